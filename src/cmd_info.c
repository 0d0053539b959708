/* SPDX-License-Identifier: MIT */
/* skema keys and skema explain: what the format and the rules are. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "project.h"
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
