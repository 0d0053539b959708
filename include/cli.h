/* SPDX-License-Identifier: MIT */
/* The commands of the skema program, each called with its own argv. */
#pragma once

#include <stdbool.h>
#include <stddef.h>

#include "options.h"
#include "skema_limits.h"

/* Exit codes, as documented in the README. */
enum exit_code {
    EXIT_CLEAN = 0,      /* no errors in the data */
    EXIT_FINDINGS = 1,   /* errors in the data (warnings too with --strict) */
    EXIT_TROUBLE = 2,    /* unreadable input, or wrong usage */
};

int cmd_check(int argc, char **argv);
int cmd_keys(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_rates(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_batch(int argc, char **argv);
int cmd_init(int argc, char **argv);

/* What every command that reads projects shares: the rates and the
 * limit on the size of an input. */
struct run_opts {
    struct opt_list rates;       /* --rates FILE, in order */
    bool no_default_rates;
    size_t max_bytes;
};
#define RUN_OPTS_INIT { .max_bytes = SKEMA_MAX_BYTES_DEFAULT }

/* The options of struct run_opts, the same in every command. */
#define OPT_RUN(r) \
    OPT_LIST_(0, "rates", &(r)->rates, "FILE", \
              "add the rates of FILE (skema-rates/1) to the\n" \
              "built-in ones; its rows win; may be repeated"), \
    OPT_FLAG_(0, "no-default-rates", &(r)->no_default_rates, \
              "leave the built-in rates out"), \
    OPT_SIZE_(0, "max-bytes", &(r)->max_bytes, "N", \
              "refuse files larger than N bytes (default " \
              SKEMA_MAX_BYTES_DEFAULT_TEXT ")")

/* --lang, the same in every command (value: an int holding enum
 * report_lang). */
extern const struct opt_choice cli_langs[];
extern const char *const cli_lang_error;
#define OPT_LANG(v, help) \
    OPT_CHOICE_(0, "lang", (v), "LANG", (help), cli_langs, cli_lang_error)

struct rates;
/*
 * The rates for a run: built in (unless o->no_default_rates), then each
 * --rates file, read with o->max_bytes.  Problems are reported on
 * stderr; NULL if any source was broken.
 */
struct rates *load_rates(const struct run_opts *o);

/*
 * Read a whole file, refusing more than max bytes, directories and other
 * non-regular files.  On success *data is caller-owned (NUL-terminated)
 * and the result is NULL; on failure a caller-owned message.
 */
char *read_input(const char *path, size_t max, char **data, size_t *len);

/* "what: the text of errno e", caller-owned; safe in any thread (no
 * strerror). */
char *errno_message(const char *what, int e);

/* Check that everything written to stdout arrived; message on stderr. */
int finish_stdout(int code);
