/* SPDX-License-Identifier: MIT */
/*
 * Messages: a text a user reads is a message ID (its English text, as
 * gettext's msgid) with named, typed arguments, written out only when a
 * report is, in the report's language.  After clang's diagnostics: the
 * checks say *what* (a rule outcome and its figures), this module says
 * it in words, in one place.
 *
 * A message text names its arguments in braces: "the lines add up to
 * {sum} kr, but i_alt is {total} kr".  An argument's type decides how it
 * is written (an amount as 65.893.137, a percentage as 55,51, a date as
 * 2021-11-03), so a translation can move the arguments but never has to
 * format a number.  "{{" is a literal brace.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"

enum report_lang { LANG_DA, LANG_EN };

/* Parse "da" or "en"; false if neither. */
bool report_lang_parse(const char *name, enum report_lang *out);

/* Mark a message text for extraction (xgettext --keyword=N_) without
 * translating it where it stands: it is translated when written. */
#define N_(text) (text)

enum msg_type {
    MSG_KR,         /* øre; kr with øre only when not whole: 65.893.137 */
    MSG_KR_ORE,     /* øre; kr with øre always: 6.589.313,70 */
    MSG_KR_DELTA,   /* øre; signed: +594.000 */
    MSG_DEC,        /* millionths (a percentage or an area), no trailing zeros */
    MSG_DEC_SHOWN,  /* millionths, with exactly `shown` decimals, 1 to 6
                       (0 gives the default, 2) */
    MSG_X100,       /* hundredths of a percent: 2,43 */
    MSG_X100_DELTA, /* hundredths of a percent, signed: +2,43 */
    MSG_INT,        /* a whole number */
    MSG_DATE,       /* YYYYMMDD as an ISO date */
    MSG_TEXT,       /* text from the user's file, or a key of the format */
    MSG_MSGID,      /* a message text of the program (a literal marked N_()),
                       translated when written: a reason inside a message */
};

struct msg_arg {
    const char *name;
    enum msg_type type;
    unsigned shown;     /* MSG_DEC_SHOWN only */
    int64_t n;
    const char *s;      /* MSG_TEXT, MSG_MSGID (never NULL) */
};

#define ARG_KR(name, ore) ((struct msg_arg){ (name), MSG_KR, 0, (ore), NULL })
#define ARG_KR_ORE(name, ore) ((struct msg_arg){ (name), MSG_KR_ORE, 0, (ore), NULL })
#define ARG_KR_DELTA(name, ore) ((struct msg_arg){ (name), MSG_KR_DELTA, 0, (ore), NULL })
#define ARG_DEC(name, micro) ((struct msg_arg){ (name), MSG_DEC, 0, (micro), NULL })
#define ARG_DEC_SHOWN(name, micro, d) \
    ((struct msg_arg){ (name), MSG_DEC_SHOWN, (d), (micro), NULL })
#define ARG_X100(name, x100) ((struct msg_arg){ (name), MSG_X100, 0, (x100), NULL })
#define ARG_X100_DELTA(name, x100) \
    ((struct msg_arg){ (name), MSG_X100_DELTA, 0, (x100), NULL })
#define ARG_INT(name, v) ((struct msg_arg){ (name), MSG_INT, 0, (int64_t)(v), NULL })
#define ARG_DATE(name, ymd) ((struct msg_arg){ (name), MSG_DATE, 0, (ymd), NULL })
#define ARG_TEXT(name, text) ((struct msg_arg){ (name), MSG_TEXT, 0, 0, (text) })
/* msgid must be a literal marked N_() (it is not copied, and it is
 * looked up in the catalogue when the message is written). */
#define ARG_MSG(name, msgid) ((struct msg_arg){ (name), MSG_MSGID, 0, 0, (msgid) })

/*
 * The argument list of a call, as one value (a count and an array):
 *   diag_add(list, RULE_X, pos, path, N_("{a} is not {b}"),
 *            ARGS(ARG_KR("a", x), ARG_KR("b", y)));
 * NO_ARGS for a message without arguments.
 */
struct msg_args {
    size_t n;
    const struct msg_arg *v;
};
#define ARGS(...) \
    ((struct msg_args){ \
        sizeof((const struct msg_arg[]){ __VA_ARGS__ }) / sizeof(struct msg_arg), \
        (const struct msg_arg[]){ __VA_ARGS__ } })
#define NO_ARGS ((struct msg_args){ 0, NULL })
/* The first n arguments of an array built by hand (a message that takes
 * fewer arguments than its sibling, from one list). */
#define ARGV(n, array) ((struct msg_args){ (n), (array) })

/* Mark a message with a context (msgctxt) for extraction; look it up
 * with msg_ctext.  Mark a plural pair with NP_, which gives both texts as
 * two arguments (for msg_plural, msg_render_plural) or initialisers. */
#define C_(context, text) (text)
#define NP_(one, many) (one), (many)

/* A plural pair kept in a table: { NP_("{n} error", "{n} errors") }. */
struct msg_plural_pair {
    const char *one, *many;
};

/*
 * The message's text in lang: its translation from the catalogue built
 * into the program (po/da.po, compiled by msgfmt at build time), or the
 * msgid itself for English and for a message not translated.
 */
const char *msg_text(const char *msgid, enum report_lang lang);

/* The same for a message given a context, as pgettext does. */
const char *msg_ctext(const char *context, const char *msgid,
                      enum report_lang lang);

/* one or many, as ngettext chooses for n in lang (Danish and English:
 * one for n == 1, many otherwise). */
const char *msg_plural(const char *one, const char *many, uint64_t n,
                       enum report_lang lang);

/*
 * Append msgid, translated into lang, with its arguments written in.  A
 * placeholder whose name no argument has is written as it stands, so a
 * mistake shows in the output (and tests/unit/test_message.c fails).
 */
void msg_render(struct strbuf *out, const char *msgid, struct msg_args args,
                enum report_lang lang);

/* One argument as the message would write it. */
void msg_arg_render(struct strbuf *out, const struct msg_arg *arg,
                    enum report_lang lang);

/* msg_render for a plural pair (NP_): one or many as n chooses, in lang.
 * n is usually also one of the arguments. */
void msg_render_plural(struct strbuf *out, const char *one, const char *many,
                       uint64_t n, struct msg_args args,
                       enum report_lang lang);
