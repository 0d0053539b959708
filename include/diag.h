/* SPDX-License-Identifier: MIT */
/*
 * Diagnostics: every problem skema finds, with where it is in the user's
 * file.  A list collects them all; nothing is printed until the caller
 * decides (practice: collect, then decide).
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "message.h"
#include "rules.h"
#include "strbuf.h"

/* A place in the user's file, 1-based.  line 0 means "no place". */
struct pos {
    uint32_t line;
    uint32_t col;
};

/*
 * What a note says could not be done.  Such a note's message is only the
 * reason; diag_message puts the words of its kind before it ("not
 * checked: " and the reason), and the committee report lists the reason
 * under its heading "Ikke kontrolleret".  So no writer needs to read a
 * message's words to know what kind of finding it is.
 */
enum unchecked {
    UNCHECKED_NONE,         /* a finding of what was checked */
    UNCHECKED_WHOLE,        /* the message says it whole ("A→B and A→C
                               not compared: skema A is not given") */
    UNCHECKED_CHECKED,      /* "not checked: {reason}" */
    UNCHECKED_PER_TYPE,     /* "not checked per type: {reason}" */
    UNCHECKED_COMPUTED,     /* "not computed: {reason}" */
    UNCHECKED_DECIDED,      /* "not decided: {reason}" */
    UNCHECKED_COMPARED,     /* "not compared: {reason}" */
};

/*
 * A finding is data: the rule, where, and a message ID with typed
 * arguments (message.h).  Its words are written only when it is shown,
 * in the report's language, by diag_message: one renderer for every
 * format.
 */
struct diag {
    enum rule rule;
    enum severity severity;
    enum unchecked unchecked;   /* UNCHECKED_NONE but for diag_unchecked */
    struct pos pos;
    const char *path;    /* key path such as "skema.C.anskaffelsessum.i_alt"; "" for the document */
    const char *msgid;   /* the message, an English text with {named} arguments */
    size_t nargs;
    const struct msg_arg *args;   /* owned by the list, text included */
    size_t seq;          /* order of insertion, for a stable sort */
};

struct diag_list;

/* A new, empty list.  Never NULL (allocation failure aborts). */
struct diag_list *diag_list_new(void);

/* Free the list and every diagnostic in it; NULL is a no-op. */
void diag_list_free(struct diag_list *list);

/*
 * Add a finding of `rule` at its policy severity (rules.h): msgid is a
 * message text (a literal marked N_(), which lives as long as the
 * program) and args its arguments, as ARGS(...) or NO_ARGS gives them.
 * path and the arguments' texts are copied.
 */
void diag_add(struct diag_list *list, enum rule rule, struct pos pos,
              const char *path, const char *msgid, struct msg_args args);

/* Add information under `rule`: always a note, whatever the policy
 * severity (rounding differences, figures noted). */
void diag_note(struct diag_list *list, enum rule rule, struct pos pos,
               const char *path, const char *msgid, struct msg_args args);

/* Add a note that `rule` could not be applied, of `kind`: msgid is the
 * reason alone ("skema C gives no anskaffelsessum"), but for
 * UNCHECKED_WHOLE. */
void diag_unchecked(struct diag_list *list, enum rule rule, struct pos pos,
                    const char *path, enum unchecked kind, const char *msgid,
                    struct msg_args args);

/* Append the finding's message in lang: for a note of what could not be
 * done, the words of its kind and the reason. */
void diag_message(struct strbuf *out, const struct diag *d,
                  enum report_lang lang);
/* Append the reason of a note of what could not be done, alone (the
 * whole message for UNCHECKED_WHOLE and for any other finding). */
void diag_reason(struct strbuf *out, const struct diag *d,
                 enum report_lang lang);
/* The finding's message in lang, in sb (emptied first): sb->buf. */
const char *diag_text(struct strbuf *sb, const struct diag *d,
                      enum report_lang lang);

/*
 * Keep only diagnostics of severity `least` or above; the others are
 * counted (diag_count_severity) but never formatted.  For a summary that
 * shows counts, where formatting every note would be wasted work.
 */
void diag_keep(struct diag_list *list, enum severity least);

/* Diagnostics kept (at most 1000; later ones are only counted). */
size_t diag_count(const struct diag_list *list);
/* All diagnostics of a severity, kept or not. */
size_t diag_count_severity(const struct diag_list *list, enum severity sev);
/* How many were counted but not kept. */
size_t diag_dropped(const struct diag_list *list);

/* True if any diagnostic's rule makes the input unreadable (rules.h). */
bool diag_any_unreadable(const struct diag_list *list);

/* The i-th diagnostic, borrowed; valid until the list changes or is freed. */
const struct diag *diag_get(const struct diag_list *list, size_t i);

/* Order by position (line, column), keeping the order of equal places. */
void diag_sort(struct diag_list *list);
