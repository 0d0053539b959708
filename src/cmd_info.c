/* SPDX-License-Identifier: MIT */
/* skema keys, explain and rates: what the format, the rules and the rates are. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "project.h"
#include "rates.h"
#include "rules.h"

static const struct opt help_only[] = { OPT_HELP_(), OPT_END_() };

int cmd_keys(int argc, char **argv)
{
    int lang = LANG_DA;
    const struct opt opts[] = {
        OPT_LANG(&lang, "da (default) or en: the language of the descriptions"),
        OPT_HELP_(),
        OPT_END_(),
    };
    const struct opt_command cmd = {
        "keys",
        "Usage: skema keys [--lang da|en]\nList every key of the skema/1 "
        "format, one per line:\n"
        "PATH<TAB>TYPE<TAB>required|optional<TAB>DESCRIPTION.\n",
        NULL, opts,
    };
    int code;
    if (!options_parse_none(&cmd, argc, argv, &code))
        return code;
    project_list_keys(stdout, (enum report_lang)lang);
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

/* One rule a line, the columns as wide as their longest entry, so that a
 * long rule id never pushes its title out of line. */
static void list_rules(void)
{
    int id_width = 0, sev_width = 0;
    for (unsigned i = 0; i < RULE__COUNT; i++) {
        const struct rule_info *r = rule_info((enum rule)i);
        int a = (int)strlen(r->id), b = (int)strlen(severity_name(r->severity));
        id_width = a > id_width ? a : id_width;
        sev_width = b > sev_width ? b : sev_width;
    }
    for (unsigned i = 0; i < RULE__COUNT; i++) {
        const struct rule_info *r = rule_info((enum rule)i);
        printf("%-*s  %-*s  %s\n", id_width, r->id, sev_width,
               severity_name(r->severity), r->title);
    }
}

int cmd_explain(int argc, char **argv)
{
    static const struct opt_command cmd = {
        "explain",
        "Usage: skema explain [RULE]\nWithout RULE, list every rule; "
        "with RULE, say what it checks, why, and its basis.\n",
        NULL, help_only,
    };
    int code, n = options_parse(&cmd, argc, argv, &code);
    if (n < 0)
        return code;
    if (n == 0) {
        list_rules();
        return finish_stdout(EXIT_CLEAN);
    }
    if (n != 1)
        return usage_error("explain", N_("give one RULE"), NO_ARGS);
    enum rule rule;
    if (!rule_by_id(argv[0], &rule)) {
        fprintf(stderr, "skema explain: no rule '%s'; 'skema explain' lists them\n",
                argv[0]);
        return EXIT_TROUBLE;
    }
    explain_one(rule_info(rule));
    return finish_stdout(EXIT_CLEAN);
}

static const struct opt_choice types[] = {
    { "familie", HOUSING_FAMILIE }, { "aeldre", HOUSING_AELDRE },
    { "ungdom", HOUSING_UNGDOM }, { NULL, 0 },
};

int cmd_rates(int argc, char **argv)
{
    uint64_t year = 0;
    int type = -1, lang = LANG_DA;
    const char *zone = NULL;
    struct run_opts run = RUN_OPTS_INIT;
    const struct opt opts[] = {
        OPT_UINT_(0, "year", &year, "YEAR", "only what applies to skema B approved in YEAR",
                  1900, 2199, N_("{option} needs a year from {min} to {max}, not '{value}'")),
        OPT_CHOICE_(0, "type", &type, "TYPE", "only familie, aeldre or ungdom", types,
                    N_("{option} is familie, aeldre or ungdom, not '{value}'")),
        OPT_STRING_(0, "zone", &zone, "ZONE", "only the zone with this id"),
        OPT_LANG(&lang, "da (default) or en: what is not known"),
        OPT_RUN(&run),
        OPT_HELP_(),
        OPT_END_(),
    };
    const struct opt_command cmd = {
        "rates",
        "Usage: skema rates [OPTION]...\n"
        "Print the rates in force, each with its source: the maksimumsbeløb,\n"
        "the energitillæg, the financing split by tilsagn date, the zones;\n"
        "then the sources of the rows printed.  A filter that matches no row\n"
        "says what is not known.\n",
        NULL, opts,
    };
    int code;
    if (!options_parse_none(&cmd, argc, argv, &code))
        return code;
    struct rates *rates = load_rates(&run);
    if (!rates)
        return EXIT_TROUBLE;
    const struct rates_filter filter = { (int64_t)year, type, zone,
                                         (enum report_lang)lang };
    rates_print(stdout, rates, &filter);
    rates_free(rates);
    return finish_stdout(EXIT_CLEAN);
}
