/* SPDX-License-Identifier: MIT */
/*
 * skema diff: what changed between two stages of one project
 * (FILE --from B --to C), or between two versions of one project
 * (OLD NEW): every figure, and the findings that appeared or went away.
 * Exit status as diff(1): 0 nothing changed, 1 something did, 2 trouble.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checked.h"
#include "cli.h"
#include "report.h"
#include "report_diff.h"
#include "xalloc.h"

static const char diff_usage[] =
    "Usage: skema diff [OPTION]... FILE --from STAGE --to STAGE\n"
    "   or: skema diff [OPTION]... OLD NEW\n"
    "Show what changed between two stages of one project (A, B or C), or\n"
    "between two versions of one project's file: every figure, with old,\n"
    "new and the change, and the findings that appeared or went away.\n"
    "\n"
    "      --from=STAGE      the earlier stage: A, B or C\n"
    "      --to=STAGE        the later stage\n"
    "  -f, --format=FORMAT   text (default), md or json\n"
    "      --lang=LANG       da (default) or en\n"
    "      --rates=FILE      add the rates of FILE (skema-rates/1)\n"
    "  -h, --help            show this help and exit\n"
    "\n"
    "Exit status: 0 nothing changed; 1 something changed; 2 unreadable or\n"
    "invalid input, or wrong usage.\n";

static bool parse_stage(const char *s, enum stage *out)
{
    for (int i = 0; i < STAGE__COUNT; i++) {
        if (strcmp(s, stage_name((enum stage)i)) == 0) {
            *out = (enum stage)i;
            return true;
        }
    }
    return false;
}

/* ---- two versions of a file ------------------------------------------- */

struct change_list {
    size_t count, cap;
    struct diff_change *items;
};

static void collect(void *ctx, const char *path, enum field_type type,
                    const struct val *a, const struct val *b)
{
    struct change_list *l = ctx;
    if (l->count == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 16;
        l->items = xrealloc(l->items, l->cap * sizeof *l->items);
    }
    l->items[l->count++] = (struct diff_change){ xstrdup(path), type, *a, *b };
}

static bool same_finding(const struct diag *a, const struct diag *b)
{
    if (a->rule != b->rule || a->severity != b->severity ||
        strcmp(a->path, b->path) != 0)
        return false;
    struct strbuf x = STRBUF_INIT, y = STRBUF_INIT;
    bool same = strcmp(diag_text(&x, a, LANG_EN), diag_text(&y, b, LANG_EN)) == 0;
    strbuf_release(&x);
    strbuf_release(&y);
    return same;
}

/* The findings of `in` that `other` does not have; caller frees the array. */
static size_t only_in(const struct diag_list *in, const struct diag_list *other,
                      const struct diag ***out)
{
    size_t n = 0;
    *out = xcalloc(diag_count(in) + 1, sizeof **out);
    for (size_t i = 0; i < diag_count(in); i++) {
        const struct diag *d = diag_get(in, i);
        bool found = false;
        for (size_t k = 0; k < diag_count(other) && !found; k++)
            found = same_finding(d, diag_get(other, k));
        if (!found)
            (*out)[n++] = d;
    }
    return n;
}

static int diff_versions(const struct checked *a, const struct checked *b,
                         const struct diff_format *df)
{
    struct change_list ch = { 0 };
    project_diff(&a->project, &b->project, collect, &ch);
    struct diff_versions v = { .old = a, .new = b };
    v.ngone = only_in(a->diags, b->diags, &v.gone);
    v.ncame = only_in(b->diags, a->diags, &v.came);
    v.nchanges = ch.count;
    v.changes = ch.items;
    report_diff_versions(stdout, df, &v);
    bool changed = ch.count || v.ngone || v.ncame;
    for (size_t i = 0; i < ch.count; i++)
        free(ch.items[i].path);
    free(ch.items);
    free(v.gone);
    free(v.came);
    return changed ? EXIT_FINDINGS : EXIT_CLEAN;
}

/* ---- two stages of one project ---------------------------------------- */

static int diff_stages(const struct checked *c, enum stage from, enum stage to,
                       const struct diff_format *df)
{
    if (!c->figures.stage[from].present || !c->figures.stage[to].present) {
        fprintf(stderr, "skema diff: %s: skema %s is not given\n", c->file,
                stage_name(c->figures.stage[from].present ? to : from));
        return EXIT_TROUBLE;
    }
    return report_diff_stages(stdout, df, c, from, to) ? EXIT_FINDINGS : EXIT_CLEAN;
}

int cmd_diff(int argc, char **argv)
{
    static const struct option options[] = {
        { "from", required_argument, NULL, 'F' },
        { "to", required_argument, NULL, 'T' },
        { "format", required_argument, NULL, 'f' },
        { "lang", required_argument, NULL, 'l' },
        { "rates", required_argument, NULL, 'r' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    enum report_format format = REPORT_TEXT;
    enum report_lang lang = LANG_DA;
    enum stage from = STAGE__COUNT, to = STAGE__COUNT;
    char *rate_files[16];
    size_t nrate_files = 0;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":f:h", options, NULL)) != -1) {
        switch (c) {
        case 'F':
        case 'T':
            if (!parse_stage(optarg, c == 'F' ? &from : &to))
                return usage_error("diff", "no stage '%s'; use A, B or C", optarg);
            break;
        case 'f':
            if (!report_format_parse(optarg, &format) ||
                (format != REPORT_TEXT && format != REPORT_MD && format != REPORT_JSON))
                return usage_error("diff", "unknown format '%s'; use text, md or json", optarg);
            break;
        case 'l':
            if (!report_lang_parse(optarg, &lang))
                return usage_error("diff", "unknown language '%s'; use da or en", optarg);
            break;
        case 'r':
            if (nrate_files == 16)
                return usage_error("diff", "at most %d --rates files", 16);
            rate_files[nrate_files++] = optarg;
            break;
        case 'h':
            fputs(diff_usage, stdout);
            return finish_stdout(EXIT_CLEAN);
        case ':':
            return usage_error("diff", "option '%s' needs a value", argv[optind - 1]);
        default:
            return usage_error("diff", "unknown option '%s'", argv[optind - 1]);
        }
    }
    int files = argc - optind;
    bool stages = from != STAGE__COUNT || to != STAGE__COUNT;
    if (stages && (from == STAGE__COUNT || to == STAGE__COUNT))
        return usage_error("diff", "give both --from and --to");
    if (stages ? files != 1 : files != 2)
        return usage_error("diff", "%s", stages ? "give one FILE with --from and --to"
                                        : "give OLD and NEW, or one FILE with --from and --to");

    struct rates *rates = load_rates(true, rate_files, nrate_files, 4u << 20);
    if (!rates)
        return EXIT_TROUBLE;
    struct checked run[2];
    int code = EXIT_TROUBLE;
    int loaded = 0;
    for (; loaded < files; loaded++) {
        char *err;
        const char *file = argv[optind + loaded];
        bool ok = checked_run(&run[loaded], file, rates, 4u << 20, SEV_NOTE, &err);
        if (!ok || !run[loaded].loaded) {
            /* a file with errors cannot be compared figure by figure */
            if (!ok)
                fprintf(stderr, "skema: %s: %s\n", file, err);
            for (size_t k = 0; ok && k < diag_count(run[loaded].diags); k++)
                if (diag_get(run[loaded].diags, k)->severity == SEV_ERROR)
                    report_diag_line(stderr, file, diag_get(run[loaded].diags, k));
            free(err);
            checked_free(&run[loaded]);
            goto out;
        }
    }
    struct diff_format df = { format, lang };
    code = stages ? diff_stages(&run[0], from, to, &df)
                  : diff_versions(&run[0], &run[1], &df);
out:
    for (int i = 0; i < loaded; i++)
        checked_free(&run[i]);
    rates_free(rates);
    return finish_stdout(code);
}
