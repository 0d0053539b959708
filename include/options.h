/* SPDX-License-Identifier: MIT */
/*
 * One option parser for every command, after git's parse-options: a
 * command declares its options as one table of struct opt, and
 * options_parse reads argv against it, writes --help from it, and says
 * every usage error the same way:
 *
 *   skema COMMAND: MESSAGE
 *   Try 'skema COMMAND --help'.
 *
 * on stderr, exit 2.  Options and operands may be mixed, "--" ends the
 * options, "-" is an operand, short options bundle ("-0h", "-j2"), a long
 * option takes its value as "--name=V" or "--name V" and may be cut to
 * any unambiguous prefix.  The texts of the errors are messages (N_) with
 * named arguments: {option} is the option as the user wrote it (-X,
 * --fromat), {value} its value.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <stdio.h>

#include "message.h"
#include "skema_limits.h"

enum opt_type {
    OPT_END,        /* ends the table */
    OPT_FLAG,       /* bool *value set to true; takes no value */
    OPT_STRING,     /* const char **value */
    OPT_LIST,       /* struct opt_list *value: each use adds one, at most
                       max */
    OPT_CHOICE,     /* int *value: the .num of the choice named */
    OPT_UINT,       /* uint64_t *value: a decimal from min to max */
    OPT_SIZE,       /* size_t *value: a number of bytes, 1 to max */
    OPT_HELP,       /* write the help to stdout: the command exits 0 */
};

struct opt_choice {
    const char *name;
    int num;
};

/* The values of an OPT_LIST, borrowed from argv. */
struct opt_list {
    size_t count;
    char *items[SKEMA_MAX_RATES_FILES];
};

struct opt {
    enum opt_type type;
    int short_name;             /* 0: none */
    const char *long_name;      /* NULL: none */
    void *value;
    const char *argh;           /* the value's name in --help ("N", "FILE") */
    const char *help;           /* one line, or lines apart by '\n' */
    /* OPT_CHOICE: the names, ending in { NULL, 0 }; OPT_UINT and OPT_SIZE:
     * the range; OPT_LIST: the most uses */
    const struct opt_choice *choices;
    uint64_t min, max;
    /* the message for a value refused (N_, with {option} and {value}) */
    const char *bad_value;
};

#define OPT_FLAG_(s, l, v, h) { OPT_FLAG, (s), (l), (v), NULL, (h), NULL, 0, 0, NULL }
#define OPT_STRING_(s, l, v, a, h) { OPT_STRING, (s), (l), (v), (a), (h), NULL, 0, 0, NULL }
#define OPT_LIST_(s, l, v, a, h) \
    { OPT_LIST, (s), (l), (v), (a), (h), NULL, 0, SKEMA_MAX_RATES_FILES, NULL }
#define OPT_CHOICE_(s, l, v, a, h, c, bad) \
    { OPT_CHOICE, (s), (l), (v), (a), (h), (c), 0, 0, (bad) }
#define OPT_UINT_(s, l, v, a, h, lo, hi, bad) \
    { OPT_UINT, (s), (l), (v), (a), (h), NULL, (lo), (hi), (bad) }
#define OPT_SIZE_(s, l, v, a, h) \
    { OPT_SIZE, (s), (l), (v), (a), (h), NULL, 1, SKEMA_MAX_BYTES_LIMIT, NULL }
#define OPT_HELP_() \
    { OPT_HELP, 'h', "help", NULL, NULL, "show this help and exit", NULL, 0, 0, NULL }
#define OPT_END_() { OPT_END, 0, NULL, NULL, NULL, NULL, NULL, 0, 0, NULL }

/* A command: its name, the help before the options (the Usage: lines
 * and what it does) and after them (the exit status), and its options. */
struct opt_command {
    const char *name;
    const char *head;
    const char *foot;           /* may be NULL */
    const struct opt *opts;
};

/*
 * Parse argv[1..argc) against c's options, setting their values.  The
 * operands are moved to argv[0..n), in their order, and n is returned.
 * On --help (written to stdout) or a usage error (said on stderr)
 * returns -1, with the exit status in *code.
 */
int options_parse(const struct opt_command *c, int argc, char **argv, int *code);

/* options_parse for a command that takes no operands: false (with
 * *code) on --help, a usage error, or an operand. */
bool options_parse_none(const struct opt_command *c, int argc, char **argv, int *code);

/* Write c's help: head, the options' table, foot. */
void options_help(const struct opt_command *c, FILE *out);

/*
 * Say a usage error of `skema COMMAND`, msgid (N_) with its arguments
 * rendered in the command line's --lang (Danish without one), with the
 * pointer to --help; returns EXIT_TROUBLE.
 */
int usage_error(const char *command, const char *msgid, struct msg_args args);
