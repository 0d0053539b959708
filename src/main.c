/* SPDX-License-Identifier: MIT */
/* skema: the command table.  Each command lives in src/cmd_*.c. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

#ifndef SKEMA_VERSION
#define SKEMA_VERSION "unknown"
#endif

static const struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} commands[] = {
    { "check", cmd_check, "check one project's skema A/B/C file and report it" },
    { "batch", cmd_batch, "check many projects at once and print one summary" },
    { "diff", cmd_diff, "show what changed between two stages or two versions" },
    { "init", cmd_init, "write a commented skema/1 file to start from" },
    { "explain", cmd_explain, "say what a rule checks, why, and its basis" },
    { "keys", cmd_keys, "list every key of the skema/1 file format" },
    { "rates", cmd_rates, "print the rates in force, each with its source" },
};

static void usage(FILE *out)
{
    fputs("Usage: skema COMMAND [ARG]...\n"
          "Validate the construction accounts (skema A, B and C) of Danish\n"
          "almene boliger.\n\nCommands:\n", out);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fputs("\n'skema COMMAND --help' tells more of each.\n"
          "  -h, --help      show this help and exit\n"
          "      --version   show the version and exit\n", out);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_TROUBLE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        usage(stdout);
        return finish_stdout(EXIT_CLEAN);
    }
    if (strcmp(argv[1], "--version") == 0) {
        puts("skema " SKEMA_VERSION);
        return finish_stdout(EXIT_CLEAN);
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "skema: no command '%s'\nTry 'skema --help'.\n", argv[1]);
    return EXIT_TROUBLE;
}
