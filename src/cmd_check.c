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
#include "report.h"

static const char check_usage[] =
    "Usage: skema check [OPTION]... FILE\n"
    "Check one project's skema A/B/C figures (a skema/1 YAML file) and\n"
    "report them: the cost table, the changes between stages, the\n"
    "financing and guarantee, and every finding at FILE:LINE:COL.\n"
    "\n"
    "  -f, --format=FORMAT   text (default) or json\n"
    "      --max-bytes=N     refuse files larger than N bytes (default 4194304)\n"
    "  -h, --help            show this help and exit\n"
    "\n"
    "Exit status: 0 no errors in the data; 1 errors in the data;\n"
    "2 unreadable input or wrong usage.\n";

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

int cmd_check(int argc, char **argv)
{
    static const struct option options[] = {
        { "format", required_argument, NULL, 'f' },
        { "max-bytes", required_argument, NULL, 'm' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    enum report_format format = REPORT_TEXT;
    size_t max_bytes = 4u << 20;
    int c;
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

    char *data;
    size_t len;
    char *err = read_input(file, max_bytes, &data, &len);
    if (err) {
        fprintf(stderr, "skema: %s: %s\n", file, err);
        free(err);
        return EXIT_TROUBLE;
    }

    struct diag_list *diags = diag_list_new();
    struct project project;
    struct project_store *store = project_load(data, len, &project, diags);
    bool loaded = diag_count_severity(diags, SEV_ERROR) == 0;
    struct figures figures;
    struct comparison cmp[COMPARISONS];
    if (loaded) {
        check_project(&project, &figures, diags);
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
    int code = diag_any_unreadable(diags) ? EXIT_TROUBLE
             : diag_count_severity(diags, SEV_ERROR) ? EXIT_FINDINGS
             : EXIT_CLEAN;
    diag_list_free(diags);
    project_release(store);
    free(data);
    return finish_stdout(code);
}
