/* SPDX-License-Identifier: MIT */
/* skema keys, explain and rates: what the format, the rules and the rates are. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "project.h"
#include "rates.h"
#include "rules.h"

static bool is_help(const char *arg)
{
    return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0;
}

int cmd_keys(int argc, char **argv)
{
    static const char usage[] =
        "Usage: skema keys\nList every key of the skema/1 format, one per "
        "line:\nPATH<TAB>TYPE<TAB>required|optional.\n";
    if (argc == 2 && is_help(argv[1])) {
        fputs(usage, stdout);
        return finish_stdout(EXIT_CLEAN);
    }
    if (argc != 1) {
        fputs(usage, stderr);
        return EXIT_TROUBLE;
    }
    project_list_keys(stdout);
    return finish_stdout(EXIT_CLEAN);
}

static void explain_one(const struct rule_info *r)
{
    printf("%s (%s): %s\n  basis: %s\n\n", r->id, severity_name(r->severity),
           r->title, r->basis);
    /* wrap the explanation at 72 columns */
    const char *s = r->explain;
    while (*s) {
        size_t n = strlen(s);
        if (n > 70) {
            n = 70;
            while (n > 0 && s[n] != ' ')
                n--;
            if (n == 0)
                n = 70;
        }
        printf("  %.*s\n", (int)n, s);
        s += n;
        while (*s == ' ')
            s++;
    }
}

int cmd_explain(int argc, char **argv)
{
    if (argc == 2 && is_help(argv[1])) {
        fputs("Usage: skema explain [RULE]\nWithout RULE, list every rule; "
              "with RULE, say what it checks, why, and its basis.\n", stdout);
        return finish_stdout(EXIT_CLEAN);
    }
    if (argc == 1) {
        for (unsigned i = 0; i < RULE__COUNT; i++) {
            const struct rule_info *r = rule_info((enum rule)i);
            printf("%-18s %-7s %s\n", r->id, severity_name(r->severity), r->title);
        }
        return finish_stdout(EXIT_CLEAN);
    }
    if (argc != 2) {
        fputs("skema explain: give one RULE\nTry 'skema explain --help'.\n", stderr);
        return EXIT_TROUBLE;
    }
    enum rule rule;
    if (!rule_by_id(argv[1], &rule)) {
        fprintf(stderr, "skema explain: no rule '%s'; 'skema explain' lists them\n",
                argv[1]);
        return EXIT_TROUBLE;
    }
    explain_one(rule_info(rule));
    return finish_stdout(EXIT_CLEAN);
}

int cmd_rates(int argc, char **argv)
{
    static const char usage[] =
        "Usage: skema rates [OPTION]...\n"
        "Print the rates in force, each with its source: the maksimumsbeløb,\n"
        "the energitillæg, the financing split by tilsagn date, the zones.\n"
        "\n"
        "      --year=YEAR       only what applies to skema B approved in YEAR\n"
        "      --type=TYPE       only familie, aeldre or ungdom\n"
        "      --zone=ZONE       only the zone with this id\n"
        "      --rates=FILE      add the rates of FILE (skema-rates/1)\n"
        "      --no-default-rates  leave the built-in rates out\n"
        "  -h, --help            show this help and exit\n";
    static const struct option options[] = {
        { "year", required_argument, NULL, 'y' },
        { "type", required_argument, NULL, 't' },
        { "zone", required_argument, NULL, 'z' },
        { "rates", required_argument, NULL, 'r' },
        { "no-default-rates", no_argument, NULL, 'n' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    static const char *const types[] = { "familie", "aeldre", "ungdom" };
    int64_t year = 0;
    int type = -1;
    const char *zone = NULL;
    char *files[16];
    size_t nfiles = 0;
    bool builtin = true;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", options, NULL)) != -1) {
        switch (c) {
        case 'y': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 1900 || v > 2199) {
                fprintf(stderr, "skema rates: --year needs a year, not '%s'\n", optarg);
                return EXIT_TROUBLE;
            }
            year = v;
            break;
        }
        case 't':
            for (type = 0; type < 3 && strcmp(types[type], optarg) != 0; type++)
                ;
            if (type == 3) {
                fprintf(stderr, "skema rates: --type is familie, aeldre or ungdom, "
                        "not '%s'\n", optarg);
                return EXIT_TROUBLE;
            }
            break;
        case 'z':
            zone = optarg;
            break;
        case 'r':
            if (nfiles == sizeof files / sizeof files[0]) {
                fputs("skema rates: at most 16 --rates files\n", stderr);
                return EXIT_TROUBLE;
            }
            files[nfiles++] = optarg;
            break;
        case 'n':
            builtin = false;
            break;
        case 'h':
            fputs(usage, stdout);
            return finish_stdout(EXIT_CLEAN);
        default:
            fprintf(stderr, "skema rates: %s '%s'\nTry 'skema rates --help'.\n",
                    c == ':' ? "missing value for" : "unknown option",
                    argv[optind - 1]);
            return EXIT_TROUBLE;
        }
    }
    if (optind != argc) {
        fprintf(stderr, "skema rates: unexpected '%s'\nTry 'skema rates --help'.\n",
                argv[optind]);
        return EXIT_TROUBLE;
    }
    struct rates *rates = load_rates(builtin, files, nfiles, 4u << 20);
    if (!rates)
        return EXIT_TROUBLE;
    rates_print(stdout, rates, year, type, zone);
    rates_free(rates);
    return finish_stdout(EXIT_CLEAN);
}
