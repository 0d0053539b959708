/* SPDX-License-Identifier: MIT */
/* The commands of the skema program, each called with its own argv. */
#pragma once

#include <stdbool.h>
#include <stddef.h>

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

struct rates;
/*
 * The rates for a run: built in (unless builtin is false), then each file.
 * Problems are reported on stderr; NULL if any source was broken.
 */
struct rates *load_rates(bool builtin, char **files, size_t nfiles,
                         size_t max_bytes);

/*
 * Read a whole file, refusing more than max bytes, directories and other
 * non-regular files.  On success *data is caller-owned (NUL-terminated)
 * and the result is NULL; on failure a caller-owned message.
 */
char *read_input(const char *path, size_t max, char **data, size_t *len);

/* Say a usage error of `skema COMMAND` on stderr, with the pointer to its
 * --help; returns EXIT_TROUBLE. */
int usage_error(const char *command, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Check that everything written to stdout arrived; message on stderr. */
int finish_stdout(int code);
