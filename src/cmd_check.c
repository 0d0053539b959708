/* SPDX-License-Identifier: MIT */
/*
 * skema check FILE: load → check → compare → report.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "compare.h"
#include "rates.h"
#include "report.h"

static const char check_usage[] =
    "Usage: skema check [OPTION]... FILE\n"
    "Check one project's skema A/B/C figures (a skema/1 YAML file) and\n"
    "report them: the cost table, the changes between stages, the\n"
    "financing and guarantee, and every finding at FILE:LINE:COL.\n"
    "\n"
    "  -f, --format=FORMAT   text (default) or json\n"
    "      --strict          warnings fail too (exit 1)\n"
    "      --rates=FILE      add the rates of FILE (skema-rates/1) to the\n"
    "                        built-in ones; its rows win; may be repeated\n"
    "      --no-default-rates  leave the built-in rates out\n"
    "      --max-bytes=N     refuse files larger than N bytes (default 4194304)\n"
    "  -h, --help            show this help and exit\n"
    "\n"
    "Exit status: 0 no errors in the data; 1 errors in the data (or\n"
    "warnings, with --strict); 2 unreadable input or wrong usage.\n";

static int usage_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

static int usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("skema check: ", stderr);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\nTry 'skema check --help'.\n", stderr);
    return EXIT_TROUBLE;
}

static bool parse_size(const char *s, size_t *out)
{
    char *end;
    if (*s < '0' || *s > '9')
        return false;
    unsigned long long v = strtoull(s, &end, 10);
    if (*end || v == 0 || v > SIZE_MAX / 2)
        return false;
    *out = (size_t)v;
    return true;
}

/* Load the rates: built in, then each --rates file.  NULL after
 * reporting on stderr when any is broken. */
struct rates *load_rates(bool builtin, char **files, size_t nfiles,
                         size_t max_bytes)
{
    struct rates *rates = rates_new();
    bool ok = true;
    for (size_t i = 0; i <= nfiles && ok; i++) {
        if (i == 0 && !builtin)
            continue;
        const char *name = i == 0 ? "data/rates.yaml (built in)" : files[i - 1];
        char *data = NULL;
        size_t len = 0;
        if (i > 0) {
            char *err = read_input(name, max_bytes, &data, &len);
            if (err) {
                fprintf(stderr, "skema: %s: %s\n", name, err);
                free(err);
                ok = false;
                break;
            }
        }
        struct diag_list *diags = diag_list_new();
        ok = rates_add(rates, data, len, diags);
        diag_sort(diags);
        for (size_t k = 0; k < diag_count(diags); k++)
            report_diag_line(stderr, name, diag_get(diags, k));
        diag_list_free(diags);
        free(data);
    }
    if (!ok) {
        rates_free(rates);
        return NULL;
    }
    return rates;
}

int cmd_check(int argc, char **argv)
{
    static const struct option options[] = {
        { "format", required_argument, NULL, 'f' },
        { "max-bytes", required_argument, NULL, 'm' },
        { "strict", no_argument, NULL, 's' },
        { "rates", required_argument, NULL, 'r' },
        { "no-default-rates", no_argument, NULL, 'n' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    enum report_format format = REPORT_TEXT;
    size_t max_bytes = 4u << 20;
    bool strict = false, builtin = true;
    char *rate_files[16];
    size_t nrate_files = 0;
    int c, code = EXIT_TROUBLE;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":f:h", options, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (!report_format_parse(optarg, &format))
                return usage_error("unknown format '%s'; use text or json", optarg);
            break;
        case 'm':
            if (!parse_size(optarg, &max_bytes))
                return usage_error("--max-bytes needs a positive number of bytes, not '%s'", optarg);
            break;
        case 's':
            strict = true;
            break;
        case 'r':
            if (nrate_files == sizeof rate_files / sizeof rate_files[0])
                return usage_error("at most %zu --rates files", nrate_files);
            rate_files[nrate_files++] = optarg;
            break;
        case 'n':
            builtin = false;
            break;
        case 'h':
            fputs(check_usage, stdout);
            return finish_stdout(EXIT_CLEAN);
        case ':':
            return usage_error("option '%s' needs a value", argv[optind - 1]);
        default:
            return usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind != argc - 1)
        return usage_error("%s", optind == argc ? "no FILE given"
                                                : "give exactly one FILE");
    const char *file = argv[optind];

    struct rates *rates = load_rates(builtin, rate_files, nrate_files, max_bytes);
    if (!rates)
        return EXIT_TROUBLE;
    char *data;
    size_t len;
    char *err = read_input(file, max_bytes, &data, &len);
    if (err) {
        fprintf(stderr, "skema: %s: %s\n", file, err);
        free(err);
        rates_free(rates);
        return EXIT_TROUBLE;
    }

    struct diag_list *diags = diag_list_new();
    struct project project;
    struct project_store *store = project_load(data, len, &project, diags);
    bool loaded = diag_count_severity(diags, SEV_ERROR) == 0;
    struct figures figures;
    struct comparison cmp[COMPARISONS];
    if (loaded) {
        check_project(&project, rates, &figures, diags);
        compare_stages(&project, &figures, cmp, diags);
    }
    diag_sort(diags);

    struct report report = {
        .file = file,
        .loaded = loaded,
        .project = &project,
        .figures = &figures,
        .comparisons = cmp,
        .diags = diags,
    };
    report_write(stdout, format, &report);
    code = diag_any_unreadable(diags) ? EXIT_TROUBLE
         : diag_count_severity(diags, SEV_ERROR) ? EXIT_FINDINGS
         : strict && diag_count_severity(diags, SEV_WARNING) ? EXIT_FINDINGS
         : EXIT_CLEAN;
    diag_list_free(diags);
    project_release(store);
    rates_free(rates);
    free(data);
    return finish_stdout(code);
}
