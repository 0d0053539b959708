/* SPDX-License-Identifier: MIT */
/*
 * skema diff: what changed between two stages of one project
 * (FILE --from B --to C), or between two versions of one project
 * (OLD NEW): every figure, and the findings that appeared or went away.
 * Exit status as diff(1): 0 nothing changed, 1 something did, 2 trouble.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checked.h"
#include "cli.h"
#include "report.h"
#include "report_diff.h"
#include "xalloc.h"

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
    struct diff_change *c = &l->items[l->count++];
    *c = (struct diff_change){ xstrdup(path), type, *a, *b, { 0 }, false, 0 };
    if (type == FT_DATE)
        c->has_days = compare_days(a, b, &c->days);
    /* numbers get their change (øre, millionths, or a count); text none */
    if (type == FT_AMOUNT || type == FT_UNIT || type == FT_AREA || type == FT_PCT ||
        type == FT_COUNT) {
        struct amount_opt from = { a->set, a->n }, to = { b->set, b->n };
        compare_change(&from, &to, NULL, &c->delta);
    }
}

static bool same_place(const struct diag *a, const struct diag *b)
{
    return a->rule == b->rule && strcmp(a->path, b->path) == 0;
}

static bool same_finding(const struct diag *a, const struct diag *b)
{
    if (!same_place(a, b) || a->severity != b->severity)
        return false;
    struct strbuf x = STRBUF_INIT, y = STRBUF_INIT;
    bool same = strcmp(diag_text(&x, a, LANG_EN), diag_text(&y, b, LANG_EN)) == 0;
    strbuf_release(&x);
    strbuf_release(&y);
    return same;
}

/* The findings of two versions, matched by rule and key path: the same
 * finding is no change; one whose message (or severity) differs is
 * changed, not resolved and new.  Exact matches are taken first so that
 * two findings at one place pair with their own. */
struct matching {
    const struct diag **gone, **came;
    size_t ngone, ncame, nchanged;
    struct diff_finding_pair *changed;
};

static void match_pass(const struct diag_list *a, const struct diag_list *b,
                       bool *const used[2], bool exact, struct matching *m)
{
    for (size_t i = 0; i < diag_count(a); i++) {
        const struct diag *d = diag_get(a, i);
        for (size_t k = 0; k < diag_count(b) && !used[0][i]; k++) {
            const struct diag *e = diag_get(b, k);
            if (used[1][k] || !(exact ? same_finding(d, e) : same_place(d, e)))
                continue;
            used[0][i] = used[1][k] = true;
            if (!exact)
                m->changed[m->nchanged++] = (struct diff_finding_pair){ d, e };
        }
    }
}

static void match_findings(const struct diag_list *a, const struct diag_list *b,
                           struct matching *m)
{
    size_t na = diag_count(a), nb = diag_count(b);
    bool *used[2] = { xcalloc(na + 1, sizeof(bool)), xcalloc(nb + 1, sizeof(bool)) };
    m->gone = xcalloc(na + 1, sizeof *m->gone);
    m->came = xcalloc(nb + 1, sizeof *m->came);
    m->changed = xcalloc(na + 1, sizeof *m->changed);
    match_pass(a, b, used, true, m);
    match_pass(a, b, used, false, m);
    for (size_t i = 0; i < na; i++)
        if (!used[0][i])
            m->gone[m->ngone++] = diag_get(a, i);
    for (size_t k = 0; k < nb; k++)
        if (!used[1][k])
            m->came[m->ncame++] = diag_get(b, k);
    free(used[0]);
    free(used[1]);
}

static int diff_versions(const struct checked *a, const struct checked *b,
                         const struct diff_format *df)
{
    struct change_list ch = { 0 };
    project_diff(&a->project, &b->project, collect, &ch);
    struct matching m = { 0 };
    match_findings(a->diags, b->diags, &m);
    struct diff_versions v = {
        .old = a, .new = b, .nchanges = ch.count, .changes = ch.items,
        .gone = m.gone, .came = m.came, .ngone = m.ngone, .ncame = m.ncame,
        .changed = m.changed, .nchanged = m.nchanged,
    };
    report_diff_versions(stdout, df, &v);
    bool changed = ch.count || v.ngone || v.ncame || v.nchanged;
    for (size_t i = 0; i < ch.count; i++)
        free(ch.items[i].path);
    free(ch.items);
    free(m.gone);
    free(m.came);
    free(m.changed);
    return changed ? EXIT_FINDINGS : EXIT_CLEAN;
}

/* ---- two stages of one project ---------------------------------------- */

static int diff_stages(const struct checked *c, enum stage from, enum stage to,
                       const struct diff_format *df)
{
    const struct stage_figures *a = &c->figures.stage[from], *b = &c->figures.stage[to];
    if (!a->present || !b->present) {
        struct strbuf sb = STRBUF_INIT;
        msg_render(&sb, N_("skema {stage} is not given"),
                   ARGS(ARG_TEXT("stage", stage_name(a->present ? to : from))), df->lang);
        fputs("skema diff: ", stderr);
        esc_write(stderr, ESC_TERM, c->file);
        fprintf(stderr, ": %s\n", sb.buf);
        strbuf_release(&sb);
        return EXIT_TROUBLE;
    }
    struct diff_stages d = { .c = c, .from = from, .to = to };
    compare_pair(a, b, &d.cmp);
    compare_stated(&c->project.skema.stage[from], &c->project.skema.stage[to],
                   &d.stated);
    bool changed = false;
    for (int r = 0; r < ROW__COUNT; r++)
        changed |= a->row[r].set != b->row[r].set ||
                   (d.cmp.row[r].set && d.cmp.row[r].delta_ore != 0);
    const struct change *more[] = {
        &d.stated.boliger, &d.stated.bruttoetageareal, &d.stated.boligareal,
        &d.cmp.rent, &d.cmp.loan, &d.cmp.grundkapital, &d.cmp.beboerindskud,
        &d.cmp.guarantee, &d.cmp.cap, &d.cmp.cap_room,
    };
    for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
        changed |= more[i]->set && more[i]->delta_ore != 0;
    report_diff_stages(stdout, df, &d, changed);
    return changed ? EXIT_FINDINGS : EXIT_CLEAN;
}

static const struct opt_choice stages[] = {
    { "A", STAGE_A }, { "B", STAGE_B }, { "C", STAGE_C }, { NULL, 0 },
};

static const struct opt_choice formats[] = {
    { "text", REPORT_TEXT }, { "md", REPORT_MD }, { "html", REPORT_HTML },
    { "json", REPORT_JSON }, { NULL, 0 },
};

struct diff_opts {
    int from, to, format, lang;
    struct run_opts run;
};

/* Parse the command line into o; the files are argv[0..n).  -1 and
 * *code when the command is done. */
static int parse(int argc, char **argv, struct diff_opts *o, int *code)
{
    const struct opt opts[] = {
        OPT_CHOICE_(0, "from", &o->from, "STAGE", "the earlier stage: A, B or C", stages,
                    N_("no stage '{value}'; use A, B or C")),
        OPT_CHOICE_(0, "to", &o->to, "STAGE", "the later stage", stages,
                    N_("no stage '{value}'; use A, B or C")),
        OPT_CHOICE_('f', "format", &o->format, "FORMAT", "text (default), md, html or json",
                    formats, N_("unknown format '{value}'; use text, md, html or json")),
        OPT_LANG(&o->lang, "da (default) or en"),
        OPT_RUN(&o->run),
        OPT_HELP_(),
        OPT_END_(),
    };
    const struct opt_command cmd = {
        "diff",
        "Usage: skema diff [OPTION]... FILE --from STAGE --to STAGE\n"
        "   or: skema diff [OPTION]... OLD NEW\n"
        "Show what changed between two stages of one project (A, B or C), or\n"
        "between two versions of one project's file: every figure, with old,\n"
        "new and the change, and the findings that appeared or went away.\n",
        "Exit status: 0 nothing changed; 1 something changed; 2 a file could\n"
        "not be read or loaded, or wrong usage.  A file with errors in its\n"
        "figures is compared like any other.\n",
        opts,
    };
    int n = options_parse(&cmd, argc, argv, code);
    if (n < 0)
        return -1;
    bool by_stage = o->from >= 0 || o->to >= 0;
    if (by_stage && (o->from < 0 || o->to < 0))
        *code = usage_error("diff", N_("give both --from and --to"), NO_ARGS);
    else if (by_stage ? n != 1 : n != 2)
        *code = usage_error("diff", by_stage
                                ? N_("give one FILE with --from and --to")
                                : N_("give OLD and NEW, or one FILE with --from and --to"),
                            NO_ARGS);
    else
        return n;
    return -1;
}

/* Read, load and check file into c; false (said on stderr) when it
 * cannot be read or loaded: then there are no figures to compare. */
static bool load(struct checked *c, const char *file, const struct rates *rates,
                 const struct run_opts *run, enum report_lang lang)
{
    char *err;
    bool ok = checked_run(c, file, rates, run->max_bytes, SEV_NOTE, &err);
    if (ok && c->loaded)
        return true;
    if (!ok) {
        fputs("skema: ", stderr);
        esc_write(stderr, ESC_TERM, file);
        fputs(": ", stderr);
        esc_write(stderr, ESC_TERM, err);
        fputc('\n', stderr);
    }
    for (size_t k = 0; ok && k < diag_count(c->diags); k++)
        if (diag_get(c->diags, k)->severity == SEV_ERROR)
            report_finding_line(stderr, ESC_TERM, file, diag_get(c->diags, k), lang);
    free(err);
    checked_free(c);
    return false;
}

int cmd_diff(int argc, char **argv)
{
    struct diff_opts o = { .from = -1, .to = -1, .format = REPORT_TEXT,
                           .lang = LANG_DA, .run = RUN_OPTS_INIT };
    int code, files = parse(argc, argv, &o, &code);
    if (files < 0)
        return code;
    struct rates *rates = load_rates(&o.run);
    if (!rates)
        return EXIT_TROUBLE;
    struct checked run[2];
    int loaded = 0;
    while (loaded < files && load(&run[loaded], argv[loaded], rates, &o.run,
                                        (enum report_lang)o.lang))
        loaded++;
    struct diff_format df = { (enum report_format)o.format, (enum report_lang)o.lang };
    code = loaded < files ? EXIT_TROUBLE
         : o.from >= 0 ? diff_stages(&run[0], (enum stage)o.from, (enum stage)o.to, &df)
         : diff_versions(&run[0], &run[1], &df);
    for (int i = 0; i < loaded; i++)
        checked_free(&run[i]);
    rates_free(rates);
    return finish_stdout(code);
}
