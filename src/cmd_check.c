/* SPDX-License-Identifier: MIT */
/*
 * skema check FILE: load → check → compare → report.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "checked.h"
#include "digest.h"
#include "cli.h"
#include "options.h"
#include "output.h"
#include "report.h"
#include "report_xlsx.h"

static const struct opt_choice formats[] = {
    { "text", REPORT_TEXT }, { "md", REPORT_MD }, { "html", REPORT_HTML },
    { "json", REPORT_JSON }, { "csv", REPORT_CSV }, { "xlsx", REPORT_XLSX }, { NULL, 0 },
};

struct check_opts {
    int format, lang;
    bool thousands, strict;
    const char *output;
    struct run_opts run;
};

/* Colour at a terminal, unless NO_COLOR is set to anything but "" (as
 * no-color.org asks). */
static bool want_color(void)
{
    const char *no = getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && !(no && *no);
}

/* Write to FILE whole, or to stdout; EXIT_TROUBLE (said) when it fails. */
static int write_report(const struct report *report, struct report_opts *opts,
                        const struct check_opts *o, const char *input)
{
    if (!o->output) {
        opts->color = opts->format == REPORT_TEXT && want_color();
        report_write(stdout, opts, report);
        return EXIT_CLEAN;
    }
    const char *inputs[1 + SKEMA_MAX_RATES_FILES] = { input };
    for (size_t i = 0; i < o->run.rates.count; i++)
        inputs[i + 1] = o->run.rates.items[i];
    struct output out;
    char *err = NULL;
    if (!output_open(&out, o->output, inputs, o->run.rates.count + 1, &err)) {
        fprintf(stderr, "skema: %s\n", err);
        free(err);
        return EXIT_TROUBLE;
    }
    if (!report_write(out.file, opts, report)) {
        output_abort(&out);
        fprintf(stderr, "skema: %s: the report could not be written\n", o->output);
        return EXIT_TROUBLE;
    }
    if (!output_commit(&out, &err)) {
        fprintf(stderr, "skema: %s\n", err);
        free(err);
        return EXIT_TROUBLE;
    }
    return EXIT_CLEAN;
}

static int check_file(const char *file, const struct check_opts *o,
                      const struct rates *rates)
{
    struct checked run;
    char *err;
    if (!checked_run(&run, file, rates, o->run.max_bytes, SEV_NOTE, &err)) {
        fprintf(stderr, "skema: %s: %s\n", file, err);
        free(err);
        checked_free(&run);
        return EXIT_TROUBLE;
    }
    const struct diag_list *diags = run.diags;
    /* the audit trail of the committee formats: only they show it, and a
     * batch of thousands of files should not pay for it */
    char sha256[SHA256_HEX_LEN + 1];
    bool audit = o->format == REPORT_MD || o->format == REPORT_HTML;
    if (audit && !digest_sha256_hex(run.data, run.len, sha256)) {
        checked_free(&run);
        return EXIT_TROUBLE;
    }
    struct report report = {
        .file = file,
        .loaded = run.loaded,
        .project = &run.project,
        .figures = &run.figures,
        .diags = diags,
        .sha256 = audit ? sha256 : NULL,
        .rates = rates,
    };
    struct report_opts ropts = { .format = (enum report_format)o->format,
                                 .lang = (enum report_lang)o->lang,
                                 .thousands = o->thousands };
    int written = write_report(&report, &ropts, o, file);
    int code = written != EXIT_CLEAN ? written
             : diag_any_unreadable(diags) ? EXIT_TROUBLE
             : diag_count_severity(diags, SEV_ERROR) ? EXIT_FINDINGS
             : o->strict && diag_count_severity(diags, SEV_WARNING) ? EXIT_FINDINGS
             : EXIT_CLEAN;
    checked_free(&run);
    return code;
}

int cmd_check(int argc, char **argv)
{
    struct check_opts o = { .format = REPORT_TEXT, .lang = LANG_DA,
                            .run = RUN_OPTS_INIT };
    const struct opt opts[] = {
        OPT_CHOICE_('f', "format", &o.format, "FORMAT",
                    "text (default), md, html, json, csv or xlsx (with -o)", formats,
                    N_("unknown format '{value}'; use text, md, html, json, csv or xlsx")),
        OPT_LANG(&o.lang, "da (default) or en: labels and number format"),
        OPT_FLAG_(0, "thousands", &o.thousands,
                  "amounts rounded to whole thousands, as in\ncommittee tables"),
        OPT_STRING_('o', "output", &o.output, "FILE",
                    "write the report to FILE, whole or not at all"),
        OPT_FLAG_(0, "strict", &o.strict, "warnings fail too (exit 1)"),
        OPT_RUN(&o.run),
        OPT_HELP_(),
        OPT_END_(),
    };
    const struct opt_command cmd = {
        "check",
        "Usage: skema check [OPTION]... FILE\n"
        "Check one project's skema A/B/C figures (a skema/1 YAML file) and\n"
        "report them: the cost table, the changes between stages, the\n"
        "financing and guarantee, and every finding at FILE:LINE:COL.\n"
        "FILE - reads the project from standard input.\n",
        "Exit status: 0 no errors in the data; 1 errors in the data (or\n"
        "warnings, with --strict); 2 unreadable input or wrong usage.\n",
        opts,
    };
    int code, n = options_parse(&cmd, argc, argv, &code);
    if (n < 0)
        return code;
    if (n == 0)
        return usage_error("check", N_("no FILE given"), NO_ARGS);
    if (n > 1)
        return usage_error("check", N_("give exactly one FILE; 'skema batch "
                                       "FILE...' checks several at once"),
                           NO_ARGS);
    if (o.format == REPORT_XLSX && !o.output)
        return usage_error("check", N_("an xlsx workbook is written to a file: "
                                       "give -o FILE"), NO_ARGS);
    if (o.format == REPORT_XLSX && !report_xlsx_ready())
        return EXIT_TROUBLE;
    struct rates *rates = load_rates(&o.run);
    if (!rates)
        return EXIT_TROUBLE;
    code = check_file(argv[0], &o, rates);
    rates_free(rates);
    return finish_stdout(code);
}
