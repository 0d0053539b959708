/* SPDX-License-Identifier: MIT */
/*
 * skema check FILE: load → check → compare → report.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "checked.h"
#include "compare.h"
#include "output.h"
#include "rates.h"
#include "report.h"

static const char check_usage[] =
    "Usage: skema check [OPTION]... FILE\n"
    "Check one project's skema A/B/C figures (a skema/1 YAML file) and\n"
    "report them: the cost table, the changes between stages, the\n"
    "financing and guarantee, and every finding at FILE:LINE:COL.\n"
    "\n"
    "  -f, --format=FORMAT   text (default), md, html, json or csv\n"
    "      --lang=LANG       da (default) or en: labels and number format\n"
    "      --thousands       amounts rounded to whole thousands, as in\n"
    "                        committee tables\n"
    "  -o, --output=FILE     write the report to FILE, whole or not at all\n"
    "      --strict          warnings fail too (exit 1)\n"
    "      --rates=FILE      add the rates of FILE (skema-rates/1) to the\n"
    "                        built-in ones; its rows win; may be repeated\n"
    "      --no-default-rates  leave the built-in rates out\n"
    "      --max-bytes=N     refuse files larger than N bytes (default 4194304)\n"
    "  -h, --help            show this help and exit\n"
    "\n"
    "Exit status: 0 no errors in the data; 1 errors in the data (or\n"
    "warnings, with --strict); 2 unreadable input or wrong usage.\n";

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

/* Write to FILE whole, or to stdout; EXIT_TROUBLE (said) when it fails. */
static int write_report(const struct report *report, struct report_opts *opts,
                        const char *output, const char *input,
                        char *const *rate_files, size_t nrate_files)
{
    if (!output) {
        opts->color = opts->format == REPORT_TEXT && isatty(STDOUT_FILENO) &&
                      !getenv("NO_COLOR");
        report_write(stdout, opts, report);
        return EXIT_CLEAN;
    }
    const char *inputs[17] = { input };
    for (size_t i = 0; i < nrate_files; i++)
        inputs[i + 1] = rate_files[i];
    struct output out;
    char *err = NULL;
    if (!output_open(&out, output, inputs, nrate_files + 1, &err)) {
        fprintf(stderr, "skema: %s\n", err);
        free(err);
        return EXIT_TROUBLE;
    }
    report_write(out.file, opts, report);
    if (!output_commit(&out, &err)) {
        fprintf(stderr, "skema: %s\n", err);
        free(err);
        return EXIT_TROUBLE;
    }
    return EXIT_CLEAN;
}

int cmd_check(int argc, char **argv)
{
    static const struct option options[] = {
        { "format", required_argument, NULL, 'f' },
        { "lang", required_argument, NULL, 'l' },
        { "thousands", no_argument, NULL, 't' },
        { "output", required_argument, NULL, 'o' },
        { "max-bytes", required_argument, NULL, 'm' },
        { "strict", no_argument, NULL, 's' },
        { "rates", required_argument, NULL, 'r' },
        { "no-default-rates", no_argument, NULL, 'n' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    struct report_opts opts = { .format = REPORT_TEXT, .lang = LANG_DA };
    const char *output = NULL;
    size_t max_bytes = 4u << 20;
    bool strict = false, builtin = true;
    char *rate_files[16];
    size_t nrate_files = 0;
    int c, code = EXIT_TROUBLE;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":f:o:h", options, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (!report_format_parse(optarg, &opts.format))
                return usage_error("check", "unknown format '%s'; use text, md, html, "
                                   "json or csv", optarg);
            break;
        case 'l':
            if (!report_lang_parse(optarg, &opts.lang))
                return usage_error("check", "unknown language '%s'; use da or en", optarg);
            break;
        case 't':
            opts.thousands = true;
            break;
        case 'o':
            output = optarg;
            break;
        case 'm':
            if (!parse_size(optarg, &max_bytes))
                return usage_error("check", "--max-bytes needs a positive number of bytes, not '%s'", optarg);
            break;
        case 's':
            strict = true;
            break;
        case 'r':
            if (nrate_files == sizeof rate_files / sizeof rate_files[0])
                return usage_error("check", "at most %zu --rates files", nrate_files);
            rate_files[nrate_files++] = optarg;
            break;
        case 'n':
            builtin = false;
            break;
        case 'h':
            fputs(check_usage, stdout);
            return finish_stdout(EXIT_CLEAN);
        case ':':
            return usage_error("check", "option '%s' needs a value", argv[optind - 1]);
        default:
            return usage_error("check", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind != argc - 1)
        return usage_error("check", "%s", optind == argc ? "no FILE given"
                                                : "give exactly one FILE");
    const char *file = argv[optind];

    struct rates *rates = load_rates(builtin, rate_files, nrate_files, max_bytes);
    if (!rates)
        return EXIT_TROUBLE;
    struct checked run;
    char *err;
    if (!checked_run(&run, file, rates, max_bytes, SEV_NOTE, &err)) {
        fprintf(stderr, "skema: %s: %s\n", file, err);
        free(err);
        checked_free(&run);
        rates_free(rates);
        return EXIT_TROUBLE;
    }
    struct diag_list *diags = run.diags;
    struct report report = {
        .file = file,
        .loaded = run.loaded,
        .project = &run.project,
        .figures = &run.figures,
        .diags = diags,
    };
    int written = write_report(&report, &opts, output, file, rate_files,
                               nrate_files);
    code = written != EXIT_CLEAN ? written
         : diag_any_unreadable(diags) ? EXIT_TROUBLE
         : diag_count_severity(diags, SEV_ERROR) ? EXIT_FINDINGS
         : strict && diag_count_severity(diags, SEV_WARNING) ? EXIT_FINDINGS
         : EXIT_CLEAN;
    checked_free(&run);
    rates_free(rates);
    return finish_stdout(code);
}
