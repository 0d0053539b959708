/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of check_project (check.h) and compare_stages (compare.h) on
 * YAML held in C strings: the Gartnergården figures exactly, then one
 * small document per outcome of each check, with the exact findings
 * (rule, severity, line, column, key path, a part of the message) and the
 * derived figures.
 */
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "expect.h"

#include "check.h"
#include "compare.h"
#include "report_model.h"
#include "diag.h"
#include "money.h"
#include "project.h"
#include "rules.h"

/* ---- loading, checking, comparing ------------------------------------------ */

struct run {
    struct project p;
    struct project_store *store;
    struct diag_list *diags;
    struct figures fig;
};

/* What the run in progress holds, freed by the teardown when an
 * assertion fails (the run itself was on the unwound stack). */
static struct project_store *live_store;
static struct diag_list *live_diags;

/* Load (which must give no diagnostic), then check (and compare). */
static void run(struct run *r, const char *name, const char *yaml)
{
    r->diags = live_diags = diag_list_new();
    r->store = live_store = project_load(yaml, strlen(yaml), &r->p, r->diags);
    if (diag_count(r->diags) != 0)
        dump(r->diags);
    EXPECT_I64((int64_t)diag_count(r->diags), 0, "%s: loads without any "
               "diagnostic", name);
    check_project(&r->p, NULL, &r->fig, r->diags);
    diag_sort(r->diags);
}

static void run_free(struct run *r)
{
    project_release(r->store);
    diag_list_free(r->diags);
    live_store = NULL;
    live_diags = NULL;
}

static int teardown(void **state)
{
    (void)state;
    project_release(live_store);
    diag_list_free(live_diags);
    live_store = NULL;
    live_diags = NULL;
    return 0;
}

struct want_diag {
    enum rule rule;
    enum severity severity;
    uint32_t line, col;
    const char *path;
    const char *message;   /* a part of the message */
};

/*
 * The rules of the arithmetic (check.c) and of the comparison
 * (compare.c), the subject of this file.  The findings of the other rules
 * that check_project runs (the rules of almene byggeregnskaber, which
 * need dates and rates) are left out of the comparison below.
 */
static bool arithmetic_rule(enum rule rule)
{
    switch (rule) {
    case RULE_SUM_LINES:
    case RULE_SPLIT_TYPE:
    case RULE_SPLIT_TOTAL:
    case RULE_COMPARE_STAGES:
    case RULE_FINANCE_SHARES:
    case RULE_FINANCE_AMOUNT:
    case RULE_GUARANTEE_AMOUNT:
        return true;
    default:
        return false;
    }
}

/* The findings of the arithmetic rules, in order, must be exactly want;
 * those of compare-stages only when the case is about comparing. */
static void check_diags(const char *name, const struct diag_list *diags,
                        bool compare, const struct want_diag *want,
                        size_t count)
{
    const struct diag *got[64];
    size_t n = 0;
    for (size_t i = 0; i < diag_count(diags); i++) {
        const struct diag *d = diag_get(diags, i);
        if (arithmetic_rule(d->rule) && n < ALEN(got) &&
            (compare || d->rule != RULE_COMPARE_STAGES))
            got[n++] = d;
    }
    if (n != count)
        dump(diags);
    EXPECT_I64((int64_t)n, (int64_t)count, "%s: number of findings", name);
    for (size_t k = 0; k < count; k++) {
        const struct want_diag *w = &want[k];
        const struct diag *d = got[k];
        EXPECT_STR(rule_info(d->rule)->id, rule_info(w->rule)->id,
                   "%s: finding %zu rule", name, k);
        EXPECT_STR(severity_name(d->severity), severity_name(w->severity),
                   "%s: finding %zu severity", name, k);
        EXPECT_I64(d->pos.line, w->line, "%s: finding %zu line", name, k);
        EXPECT_I64(d->pos.col, w->col, "%s: finding %zu column", name, k);
        EXPECT_STR(d->path, w->path, "%s: finding %zu path", name, k);
        EXPECT_CONTAINS(msg_of(d), w->message, "%s: finding %zu message",
                        name, k);
    }
}

/* Which figure of a stage. FIG_END (zero) ends a list. */
enum fig {
    FIG_END,
    FIG_PRESENT,
    FIG_GRUND,
    FIG_HAANDVAERKER,
    FIG_OMKOSTNINGER,
    FIG_TOTAL,
    FIG_FROM_LINES,
    FIG_LINES_SUM,
    FIG_LOAN,
    FIG_GRUNDKAPITAL,
    FIG_BEBOERINDSKUD,
    FIG_GUARANTEE,
};

static const char *const fig_names[] = {
    "end", "present", "grund", "haandvaerker", "omkostninger", "total",
    "total_from_lines", "lines_sum", "loan", "grundkapital", "beboerindskud",
    "guarantee",
};

struct want_fig {
    enum fig fig;
    enum stage stage;
    bool set;
    int64_t ore;
};

static struct amount_opt get_fig(const struct stage_figures *s, enum fig f)
{
    switch (f) {
    case FIG_PRESENT: return (struct amount_opt){ s->present, 0 };
    case FIG_GRUND: return s->row[ROW_GRUND];
    case FIG_HAANDVAERKER: return s->row[ROW_HAANDVAERKER];
    case FIG_OMKOSTNINGER: return s->row[ROW_OMKOSTNINGER];
    case FIG_TOTAL: return s->row[ROW_TOTAL];
    case FIG_FROM_LINES: return (struct amount_opt){ s->total_from_lines, 0 };
    case FIG_LINES_SUM: return s->lines_sum;
    case FIG_LOAN: return s->loan;
    case FIG_GRUNDKAPITAL: return s->grundkapital;
    case FIG_BEBOERINDSKUD: return s->beboerindskud;
    case FIG_GUARANTEE: return s->guarantee;
    case FIG_END: break;
    }
    return (struct amount_opt){ false, 0 };
}

static void check_figs(const char *name, const struct figures *fig,
                       const struct want_fig *want, size_t max)
{
    for (size_t k = 0; k < max && want[k].fig != FIG_END; k++) {
        const struct want_fig *w = &want[k];
        struct amount_opt got = get_fig(&fig->stage[w->stage], w->fig);
        EXPECT_I64(got.set, w->set, "%s: %s %s set", name,
                   stage_name(w->stage), fig_names[w->fig]);
        if (w->set)
            EXPECT_I64(got.ore, w->ore, "%s: %s %s", name,
                       stage_name(w->stage), fig_names[w->fig]);
    }
}

/* Which comparison. CMP_END (zero) ends a list. */
enum cmp { CMP_END, CMP_AB, CMP_BC, CMP_AC };

struct want_change {
    enum cmp cmp;
    enum row row;
    bool set;
    int64_t delta_ore;
    bool has_pct;
    int64_t pct_x100;
};

static void check_changes(const char *name, const struct comparison *cmp,
                          const bool done[COMPARISONS],
                          const struct want_change *want, size_t max)
{
    static const enum stage from[] = { STAGE_A, STAGE_B, STAGE_A };
    static const enum stage to[] = { STAGE_B, STAGE_C, STAGE_C };
    for (int i = 0; i < COMPARISONS; i++) {
        EXPECT_I64(cmp[i].from, from[i], "%s: comparison %d from", name, i);
        EXPECT_I64(cmp[i].to, to[i], "%s: comparison %d to", name, i);
        EXPECT_I64(cmp[i].done, done[i], "%s: %s→%s done", name,
                   stage_name(from[i]), stage_name(to[i]));
        if (!done[i])
            for (int r = 0; r < ROW__COUNT; r++)
                EXPECT_I64(cmp[i].row[r].set, false, "%s: %s→%s %s set", name,
                           stage_name(from[i]), stage_name(to[i]),
                           row_key((enum row)r));
    }
    for (size_t k = 0; k < max && want[k].cmp != CMP_END; k++) {
        const struct want_change *w = &want[k];
        const struct comparison *c = &cmp[w->cmp - 1];
        const struct change *ch = &c->row[w->row];
        const char *f = stage_name(c->from), *t = stage_name(c->to);
        const char *row = row_key(w->row);
        EXPECT_I64(ch->set, w->set, "%s: %s→%s %s set", name, f, t, row);
        if (!w->set)
            continue;
        EXPECT_I64(ch->delta_ore, w->delta_ore, "%s: %s→%s %s delta", name, f,
                   t, row);
        EXPECT_I64(ch->has_pct, w->has_pct, "%s: %s→%s %s has_pct", name, f,
                   t, row);
        if (w->has_pct)
            EXPECT_I64(ch->pct_x100, w->pct_x100, "%s: %s→%s %s pct", name,
                       f, t, row);
    }
}

/* ---- Gartnergården ------------------------------------------------------------- */

/* samples/gartnergaarden.yaml, byte for byte (line numbers matter). */
static const char gartnergaarden[] =
    "# Gartnergården, 30 ældreboliger, Høje-Taastrup (AKB Taastrup / KAB).\n"
    "# Every figure is from Høje-Taastrup Kommune, Socialudvalget, referat\n"
    "# 3 November 2021, punkt 6 (sag 18/10869): the table of skema A, B and C,\n"
    "# the text around it, and the financing paragraph.  The minutes give no\n"
    "# dates, areas, loan valuation or cost cap, so none are stated here.\n"
    "format: skema/1\n"
    "projekt:\n"
    "  sagsnummer: \"18/10869\"\n"
    "  navn: \"Gartnergården\"\n"
    "  kommune: \"Høje-Taastrup\"\n"
    "  boligorganisation: \"Boligselskabet AKB Taastrup\"\n"
    "  boligtype: aeldre\n"
    "# \"Anskaffelsessummen finansieres med 88 % realkreditbelåning, 10 %\n"
    "# kommunal grundkapital og 2 % beboerindskud.\"\n"
    "finansiering:\n"
    "  realkredit_pct: 88\n"
    "  grundkapital_pct: 10\n"
    "  beboerindskud_pct: 2\n"
    "# \"Høje-Taastrup Kommune har regaranteret for 55,51% af realkreditlånet.\"\n"
    "garanti:\n"
    "  pct: 55.51\n"
    "skema:\n"
    "  A:\n"
    "    boliger: 30             # \"projektkonkurrence for 30 almene ældreboliger\" (2018)\n"
    "    anskaffelsessum:\n"
    "      grundudgifter: 14_744_000\n"
    "      haandvaerkerudgifter: 42_661_000\n"
    "      omkostninger: 9_050_000\n"
    "      i_alt: 66_455_000\n"
    "    afrundet_til: 1000      # the minutes' table is in whole thousands\n"
    "  B:\n"
    "    anskaffelsessum:\n"
    "      grundudgifter: 8_889_000\n"
    "      haandvaerkerudgifter: 51_191_000\n"
    "      omkostninger: 7_452_000\n"
    "      i_alt: 67_532_000\n"
    "    afrundet_til: 1000\n"
    "    husleje_kr_m2: 1481     # \"Lejen var i skema B 1.481 kr./m2 ekskl. forbrugsudgifter\"\n"
    "  C:\n"
    "    boliger: 30             # \"Byggeregnskab for 30 ældreboliger\"\n"
    "    anskaffelsessum:\n"
    "      grundudgifter: 8_959_000\n"
    "      haandvaerkerudgifter: 51_785_000\n"
    "      omkostninger: 5_149_000\n"
    "      i_alt: 65_893_137     # \"en samlet anskaffelsessum på 65.893.137 kr.\" (the table: 65.893.000)\n"
    "    afrundet_til: 1000\n"
    "    husleje_kr_m2: 1370     # \"I skema C er lejen nu 1.370 kr./m2\"\n"
    "    afsatte_beloeb: 1_852_000\n"
    "    grundkapital_kr: 6_589_000  # \"Grundkapitallånet er 10% af anskaffelsessummen svarende til 6.589.000 kr.\"\n";

static void test_gartnergaarden(void **state)
{
    (void)state;
    struct run r;
    run(&r, "Gartnergården", gartnergaarden);

    static const struct want_fig figs[] = {
        { FIG_PRESENT, STAGE_A, true, 0 },
        { FIG_GRUND, STAGE_A, true, 1474400000 },
        { FIG_HAANDVAERKER, STAGE_A, true, 4266100000 },
        { FIG_OMKOSTNINGER, STAGE_A, true, 905000000 },
        { FIG_TOTAL, STAGE_A, true, 6645500000 },
        { FIG_FROM_LINES, STAGE_A, false, 0 },
        { FIG_LINES_SUM, STAGE_A, true, 6645500000 },
        { FIG_LOAN, STAGE_A, true, 5848040000 },
        { FIG_GRUNDKAPITAL, STAGE_A, true, 664550000 },
        { FIG_BEBOERINDSKUD, STAGE_A, true, 132910000 },
        { FIG_GUARANTEE, STAGE_A, true, 3246247004 },
        { FIG_PRESENT, STAGE_B, true, 0 },
        { FIG_GRUND, STAGE_B, true, 888900000 },
        { FIG_HAANDVAERKER, STAGE_B, true, 5119100000 },
        { FIG_OMKOSTNINGER, STAGE_B, true, 745200000 },
        { FIG_TOTAL, STAGE_B, true, 6753200000 },
        { FIG_FROM_LINES, STAGE_B, false, 0 },
        { FIG_LINES_SUM, STAGE_B, true, 6753200000 },
        { FIG_LOAN, STAGE_B, true, 5942816000 },
        { FIG_GRUNDKAPITAL, STAGE_B, true, 675320000 },
        { FIG_BEBOERINDSKUD, STAGE_B, true, 135064000 },
        /* 5942816000 * 0.5551 = 3298857161.6 */
        { FIG_GUARANTEE, STAGE_B, true, 3298857162 },
        { FIG_PRESENT, STAGE_C, true, 0 },
        { FIG_GRUND, STAGE_C, true, 895900000 },
        { FIG_HAANDVAERKER, STAGE_C, true, 5178500000 },
        { FIG_OMKOSTNINGER, STAGE_C, true, 514900000 },
        { FIG_TOTAL, STAGE_C, true, 6589313700 },
        { FIG_FROM_LINES, STAGE_C, false, 0 },
        { FIG_LINES_SUM, STAGE_C, true, 6589300000 },
        /* 88 % of 65.893.137 kr */
        { FIG_LOAN, STAGE_C, true, 5798596056 },
        { FIG_GRUNDKAPITAL, STAGE_C, true, 658931370 },
        { FIG_BEBOERINDSKUD, STAGE_C, true, 131786274 },
        /* 55,51 % of the loan: 32.188.006,71 kr */
        { FIG_GUARANTEE, STAGE_C, true, 3218800671 },
        { FIG_END, STAGE_A, false, 0 },
    };
    check_figs("Gartnergården", &r.fig, figs, ALEN(figs));

    static const bool done[COMPARISONS] = { true, true, true };
    static const struct want_change changes[] = {
        { CMP_AB, ROW_GRUND, true, -585500000, true, -3971 },
        { CMP_AB, ROW_HAANDVAERKER, true, 853000000, true, 1999 },
        { CMP_AB, ROW_OMKOSTNINGER, true, -159800000, true, -1766 },
        { CMP_AB, ROW_TOTAL, true, 107700000, true, 162 },
        { CMP_BC, ROW_GRUND, true, 7000000, true, 79 },
        { CMP_BC, ROW_HAANDVAERKER, true, 59400000, true, 116 },
        { CMP_BC, ROW_OMKOSTNINGER, true, -230300000, true, -3090 },
        { CMP_BC, ROW_TOTAL, true, -163886300, true, -243 },
        { CMP_AC, ROW_GRUND, true, -578500000, true, -3924 },
        { CMP_AC, ROW_HAANDVAERKER, true, 912400000, true, 2139 },
        { CMP_AC, ROW_OMKOSTNINGER, true, -390100000, true, -4310 },
        { CMP_AC, ROW_TOTAL, true, -56186300, true, -85 },
        { CMP_END, ROW_GRUND, false, 0, false, 0 },
    };
    check_changes("Gartnergården", r.fig.cmp, done, changes, ALEN(changes));

    EXPECT_I64((int64_t)diag_count_severity(r.diags, SEV_ERROR), 0,
               "Gartnergården: errors");
    EXPECT_I64((int64_t)diag_count_severity(r.diags, SEV_WARNING), 0,
               "Gartnergården: warnings");
    static const struct want_diag diags[] = {
        { RULE_SUM_LINES, SEV_NOTE, 45, 14, "skema.C.anskaffelsessum.i_alt",
          "the lines add up to 65,893,000 kr, 137 kr from i_alt 65,893,137 "
          "kr: within the rounding of 3 lines to 1,000 kr (at most 1,500 "
          "kr)" },
        { RULE_FINANCE_AMOUNT, SEV_NOTE, 49, 22, "skema.C.grundkapital_kr",
          "6,589,000 kr agrees with 10 % of the anskaffelsessum, "
          "6,589,313.70 kr, rounded to 1,000 kr" },
    };
    check_diags("Gartnergården", r.diags, true, diags, ALEN(diags));
    run_free(&r);
}

/*
 * The committee's "Økonomi for kommunen" (issue 11): the figures it
 * decides on, from skema B to C, as the check computes them once.  The
 * minutes: grundkapital 6.753.200,00 → 6.589.313,70 kr, guarantee
 * 32.988.571,62 → 32.188.006,71 kr.
 */
static void test_gartnergaarden_economy(void **state)
{
    (void)state;
    struct run r;
    run(&r, "Gartnergården", gartnergaarden);
    const struct stage_figures *b = &r.fig.stage[STAGE_B], *c = &r.fig.stage[STAGE_C];
    const struct comparison *bc = &r.fig.cmp[COMPARE_BC];
    EXPECT_I64(bc->from, STAGE_B, "B→C from");
    EXPECT_I64(bc->to, STAGE_C, "B→C to");
    EXPECT_I64(bc->done, true, "B→C done");
    const struct {
        const char *what;
        const struct amount_opt *b, *c;
        const struct change *change;
        int64_t want_b, want_c, want_delta;
    } rows[] = {
        { "grundkapital", &b->grundkapital, &c->grundkapital, &bc->grundkapital,
          675320000, 658931370, -16388630 },
        { "guarantee", &b->guarantee, &c->guarantee, &bc->guarantee,
          3298857162, 3218800671, -80056491 },
        { "loan", &b->loan, &c->loan, &bc->loan,
          5942816000, 5798596056, -144219944 },
        /* the mindreudgift against B */
        { "anskaffelsessum", &b->row[ROW_TOTAL], &c->row[ROW_TOTAL],
          &bc->row[ROW_TOTAL], 6753200000, 6589313700, -163886300 },
    };
    for (size_t i = 0; i < ALEN(rows); i++) {
        EXPECT_I64(rows[i].b->set && rows[i].c->set && rows[i].change->set, true,
                   "%s set at B, C and B→C", rows[i].what);
        EXPECT_I64(rows[i].b->ore, rows[i].want_b, "%s at B", rows[i].what);
        EXPECT_I64(rows[i].c->ore, rows[i].want_c, "%s at C", rows[i].what);
        EXPECT_I64(rows[i].change->delta_ore, rows[i].want_delta, "%s B→C",
                   rows[i].what);
        int64_t sum;
        EXPECT_I64(money_add(rows[i].b->ore, rows[i].change->delta_ore, &sum) &&
                   sum == rows[i].c->ore, true, "%s: B + change = C",
                   rows[i].what);
    }
    run_free(&r);
}

/* ---- one document per outcome ------------------------------------------------ */

/* lines 1-4 */
#define HEAD(type) \
    "format: skema/1\n" \
    "projekt:\n" \
    "  navn: X\n" \
    "  boligtype: " type "\n"
/* lines 5-8 */
#define FIN \
    "finansiering:\n" \
    "  realkredit_pct: 88\n" \
    "  grundkapital_pct: 10\n" \
    "  beboerindskud_pct: 2\n"
/* lines 9-10 */
#define GAR "garanti:\n  pct: 50\n"
/* lines 1-11: "skema:" is line 11, the first stage key line 12 */
#define PRE HEAD("familie") FIN GAR "skema:\n"
#define PRE_BLANDET HEAD("blandet") FIN GAR "skema:\n"

/* One line: lines that add up exactly to 6.000 kr. */
#define SUMS \
    "    anskaffelsessum: {grundudgifter: 1000, haandvaerkerudgifter: 2000, " \
    "omkostninger: 3000, i_alt: 6000}\n"
/* One line: Gartnergården C's total, with lines that add up exactly. */
#define SUMS_G \
    "    anskaffelsessum: {grundudgifter: 8_959_000, " \
    "haandvaerkerudgifter: 51_785_137, omkostninger: 5_149_000, " \
    "i_alt: 65_893_137}\n"
/* Lines 13-17: the three lines of 6.000 kr and the given i_alt. */
#define LINES(i_alt) \
    "    anskaffelsessum:\n" \
    "      grundudgifter: 1000\n" \
    "      haandvaerkerudgifter: 2000\n" \
    "      omkostninger: 3000\n" \
    "      i_alt: " i_alt "\n"

/* Empty lists, written out in full for -Wmissing-field-initializers. */
#define NO_FIGS { { FIG_END, STAGE_A, false, 0 } }
#define NO_CHANGES { { CMP_END, ROW_GRUND, false, 0, false, 0 } }

#define MAX_DIAGS 6
#define MAX_FIGS 12
#define MAX_CHANGES 10

struct check_case {
    const char *name;
    const char *yaml;
    bool compare;                     /* assert the comparisons too */
    size_t count;
    struct want_diag diags[MAX_DIAGS];
    struct want_fig figs[MAX_FIGS];   /* ended by FIG_END */
    bool done[COMPARISONS];           /* with compare */
    struct want_change changes[MAX_CHANGES];  /* ended by CMP_END */
};

static const struct check_case check_cases[] = {
    /* ---- the sum of the lines ---- */
    { "sum beyond the rounding tolerance",
      PRE "  C:\n" LINES("10_000") "    afrundet_til: 1000\n", false, 1,
      { { RULE_SUM_LINES, SEV_ERROR, 17, 14, "skema.C.anskaffelsessum.i_alt",
          "the lines add up to 6,000 kr, but i_alt is 10,000 kr: 4,000 kr "
          "apart, more than the rounding of 3 lines to 1,000 kr allows" } },
      { { FIG_TOTAL, STAGE_C, true, 1000000 },
        { FIG_LINES_SUM, STAGE_C, true, 600000 },
        { FIG_FROM_LINES, STAGE_C, false, 0 },
        { FIG_LOAN, STAGE_C, true, 880000 } }, { false }, NO_CHANGES },
    { "sum within the rounding tolerance",
      PRE "  C:\n" LINES("7_000") "    afrundet_til: 1000\n", false, 1,
      { { RULE_SUM_LINES, SEV_NOTE, 17, 14, "skema.C.anskaffelsessum.i_alt",
          "the lines add up to 6,000 kr, 1,000 kr from i_alt 7,000 kr: "
          "within the rounding of 3 lines to 1,000 kr (at most 1,500 kr)" } },
      { { FIG_TOTAL, STAGE_C, true, 700000 },
        { FIG_LINES_SUM, STAGE_C, true, 600000 },
        { FIG_GRUNDKAPITAL, STAGE_C, true, 70000 } }, { false },
      NO_CHANGES },
    { "sum exactly at the tolerance, 1,500 kr over",
      PRE "  C:\n" LINES("7_500") "    afrundet_til: 1000\n", false, 1,
      { { RULE_SUM_LINES, SEV_NOTE, 17, 14, "skema.C.anskaffelsessum.i_alt",
          "1,500 kr from i_alt 7,500 kr: within the rounding of 3 lines" } },
      NO_FIGS, { false }, NO_CHANGES },
    { "sum exactly at the tolerance, 1,500 kr under",
      PRE "  C:\n" LINES("4_500") "    afrundet_til: 1000\n", false, 1,
      { { RULE_SUM_LINES, SEV_NOTE, 17, 14, "skema.C.anskaffelsessum.i_alt",
          "1,500 kr from i_alt 4,500 kr: within the rounding of 3 lines" } },
      NO_FIGS, { false }, NO_CHANGES },
    { "sum one øre beyond the tolerance",
      PRE "  C:\n" LINES("7_500.01") "    afrundet_til: 1000\n", false, 1,
      { { RULE_SUM_LINES, SEV_ERROR, 17, 14, "skema.C.anskaffelsessum.i_alt",
          "1,500.01 kr apart, more than the rounding of 3 lines" } },
      { { FIG_TOTAL, STAGE_C, true, 750001 } }, { false }, NO_CHANGES },
    { "sum mismatch without afrundet_til",
      PRE "  C:\n" LINES("6001"), false, 1,
      { { RULE_SUM_LINES, SEV_ERROR, 17, 14, "skema.C.anskaffelsessum.i_alt",
          "the lines add up to 6,000 kr, but i_alt is 6,001 kr: 1 kr apart "
          "(if the figures are rounded, say so with afrundet_til)" } },
      NO_FIGS, { false }, NO_CHANGES },
    { "sum one øre off without afrundet_til",
      PRE "  C:\n" LINES("6000.01"), false, 1,
      { { RULE_SUM_LINES, SEV_ERROR, 17, 14, "skema.C.anskaffelsessum.i_alt",
          "0.01 kr apart" } },
      NO_FIGS, { false }, NO_CHANGES },
    { "sum exact",
      PRE "  C:\n" LINES("6000"), false, 0, { { 0 } },
      { { FIG_TOTAL, STAGE_C, true, 600000 },
        { FIG_LINES_SUM, STAGE_C, true, 600000 },
        { FIG_FROM_LINES, STAGE_C, false, 0 },
        { FIG_LOAN, STAGE_C, true, 528000 },
        { FIG_GRUNDKAPITAL, STAGE_C, true, 60000 },
        { FIG_BEBOERINDSKUD, STAGE_C, true, 12000 },
        { FIG_GUARANTEE, STAGE_C, true, 264000 } }, { false },
      NO_CHANGES },
    { "sum exact with afrundet_til",
      PRE "  C:\n" LINES("6_000") "    afrundet_til: 1000\n", false, 0,
      { { 0 } }, NO_FIGS, { false }, NO_CHANGES },
    { "no i_alt, but all lines",
      PRE "  C:\n"
      "    anskaffelsessum:\n"
      "      grundudgifter: 1000\n"
      "      haandvaerkerudgifter: 2000\n"
      "      omkostninger: 3000.5\n", false, 1,
      { { RULE_SUM_LINES, SEV_NOTE, 13, 5, "skema.C.anskaffelsessum",
          "not checked: no i_alt is stated; the total 6,000.50 kr is the sum "
          "of the lines" } },
      { { FIG_TOTAL, STAGE_C, true, 600050 },
        { FIG_FROM_LINES, STAGE_C, true, 0 },
        { FIG_LINES_SUM, STAGE_C, true, 600050 },
        { FIG_LOAN, STAGE_C, true, 528044 },
        { FIG_GRUNDKAPITAL, STAGE_C, true, 60005 } }, { false },
      NO_CHANGES },
    { "a line missing, i_alt given",
      PRE "  C:\n"
      "    anskaffelsessum:\n"
      "      grundudgifter: 1000\n"
      "      omkostninger: 3000\n"
      "      i_alt: 6000\n", false, 1,
      { { RULE_SUM_LINES, SEV_NOTE, 16, 14, "skema.C.anskaffelsessum.i_alt",
          "not checked: haandvaerkerudgifter is not given" } },
      { { FIG_TOTAL, STAGE_C, true, 600000 },
        { FIG_HAANDVAERKER, STAGE_C, false, 0 },
        { FIG_GRUND, STAGE_C, true, 100000 },
        { FIG_LINES_SUM, STAGE_C, false, 0 },
        { FIG_LOAN, STAGE_C, true, 528000 } }, { false }, NO_CHANGES },
    { "two lines missing, no i_alt",
      PRE "  C:\n    anskaffelsessum: {grundudgifter: 1000}\n", false, 1,
      { { RULE_SUM_LINES, SEV_NOTE, 13, 5, "skema.C.anskaffelsessum",
          "not checked: no i_alt, and haandvaerkerudgifter, omkostninger "
          "are not given, so skema C has no total" } },
      { { FIG_TOTAL, STAGE_C, false, 0 },
        { FIG_FROM_LINES, STAGE_C, false, 0 },
        { FIG_LINES_SUM, STAGE_C, false, 0 },
        { FIG_LOAN, STAGE_C, false, 0 },
        { FIG_GUARANTEE, STAGE_C, false, 0 } }, { false }, NO_CHANGES },
    { "no anskaffelsessum",
      PRE "  C:\n    boliger: 3\n", false, 1,
      { { RULE_SUM_LINES, SEV_NOTE, 12, 3, "skema.C.anskaffelsessum",
          "not checked: skema C gives no anskaffelsessum" } },
      { { FIG_PRESENT, STAGE_C, true, 0 },
        { FIG_PRESENT, STAGE_A, false, 0 },
        { FIG_TOTAL, STAGE_C, false, 0 },
        { FIG_LOAN, STAGE_C, false, 0 } }, { false }, NO_CHANGES },
    { "the lines' sum overflows",
      PRE "  C:\n"
      "    anskaffelsessum:\n"
      "      grundudgifter: 92_233_720_368_547_758.07\n"
      "      haandvaerkerudgifter: 0.01\n"
      "      omkostninger: 0\n"
      "      i_alt: 92_233_720_368_547_758.07\n", false, 1,
      { { RULE_SUM_LINES, SEV_ERROR, 13, 5, "skema.C.anskaffelsessum",
          "the lines cannot be added up: their sum is too large to hold "
          "exactly" } },
      { { FIG_GRUND, STAGE_C, true, INT64_MAX },
        { FIG_HAANDVAERKER, STAGE_C, true, 1 },
        { FIG_TOTAL, STAGE_C, false, 0 },
        { FIG_LINES_SUM, STAGE_C, false, 0 },
        { FIG_LOAN, STAGE_C, false, 0 } }, { false }, NO_CHANGES },
    { "gebyrer count in the sum and in the omkostninger row",
      PRE "  C:\n" LINES("6500")
      "      gebyrer: 500\n", false, 0, { { 0 } },
      { { FIG_OMKOSTNINGER, STAGE_C, true, 350000 },
        { FIG_LINES_SUM, STAGE_C, true, 650000 },
        { FIG_TOTAL, STAGE_C, true, 650000 } }, { false }, NO_CHANGES },
    { "gebyrer: four rounded lines",
      PRE "  C:\n" LINES("8500")
      "      gebyrer: 500\n"
      "    afrundet_til: 1000\n", false, 1,
      { { RULE_SUM_LINES, SEV_NOTE, 17, 14, "skema.C.anskaffelsessum.i_alt",
          "the lines add up to 6,500 kr, 2,000 kr from i_alt 8,500 kr: "
          "within the rounding of 4 lines to 1,000 kr (at most 2,000 kr)" } },
      { { FIG_OMKOSTNINGER, STAGE_C, true, 350000 } }, { false },
      NO_CHANGES },
    { "gebyrer left out of i_alt",
      PRE "  C:\n" LINES("6000")
      "      gebyrer: 500\n", false, 1,
      { { RULE_SUM_LINES, SEV_ERROR, 17, 14, "skema.C.anskaffelsessum.i_alt",
          "the lines add up to 6,500 kr, but i_alt is 6,000 kr: 500 kr "
          "apart" } },
      { { FIG_OMKOSTNINGER, STAGE_C, true, 350000 },
        { FIG_TOTAL, STAGE_C, true, 600000 } }, { false }, NO_CHANGES },

    /* ---- the financing shares ---- */
    { "shares that do not add up to 100",
      HEAD("familie") "finansiering:\n  realkredit_pct: 88\n"
      "  grundkapital_pct: 10\n  beboerindskud_pct: 3\n" GAR
      "skema:\n  C:\n" SUMS, false, 1,
      { { RULE_FINANCE_SHARES, SEV_ERROR, 5, 1, "finansiering",
          "realkredit_pct, grundkapital_pct and beboerindskud_pct add up to "
          "101 %, not 100 %" } },
      { { FIG_BEBOERINDSKUD, STAGE_C, true, 18000 } }, { false },
      NO_CHANGES },
    { "shares with decimals that add up to 100",
      HEAD("familie") "finansiering:\n  realkredit_pct: 55.555555\n"
      "  grundkapital_pct: 44.444444\n  beboerindskud_pct: 0.000001\n" GAR
      "skema:\n  C:\n" SUMS, false, 0, { { 0 } },
      /* 600000 * 0.55555555 = 333333.33 */
      { { FIG_LOAN, STAGE_C, true, 333333 },
        { FIG_BEBOERINDSKUD, STAGE_C, true, 0 } }, { false }, NO_CHANGES },
    { "shares one millionth short of 100",
      HEAD("familie") "finansiering:\n  realkredit_pct: 88\n"
      "  grundkapital_pct: 9.999999\n  beboerindskud_pct: 2\n" GAR
      "skema:\n  C:\n" SUMS, false, 1,
      { { RULE_FINANCE_SHARES, SEV_ERROR, 5, 1, "finansiering",
          "add up to 99.999999 %, not 100 %" } },
      NO_FIGS, { false }, NO_CHANGES },
    { "no finansiering",
      HEAD("familie") GAR "skema:\n  C:\n" SUMS, false, 1,
      { { RULE_FINANCE_SHARES, SEV_NOTE, 1, 1, "finansiering",
          "not computed: no financing shares are known" } },
      { { FIG_TOTAL, STAGE_C, true, 600000 },
        { FIG_LOAN, STAGE_C, false, 0 },
        { FIG_GRUNDKAPITAL, STAGE_C, false, 0 },
        { FIG_BEBOERINDSKUD, STAGE_C, false, 0 },
        { FIG_GUARANTEE, STAGE_C, false, 0 } }, { false }, NO_CHANGES },
    { "finansiering without all three shares",
      HEAD("familie") "finansiering:\n  realkredit_pct: 88\n" GAR
      "skema:\n  C:\n" SUMS, false, 2,
      { { RULE_FINANCE_SHARES, SEV_NOTE, 5, 1, "finansiering",
          "not checked: finansiering needs realkredit_pct, grundkapital_pct "
          "and beboerindskud_pct" },
        { RULE_FINANCE_SHARES, SEV_NOTE, 5, 1, "finansiering",
          "not computed: no financing shares are known" } },
      { { FIG_LOAN, STAGE_C, false, 0 },
        { FIG_GRUNDKAPITAL, STAGE_C, false, 0 },
        { FIG_GUARANTEE, STAGE_C, false, 0 } }, { false },
      NO_CHANGES },
    { "no garanti",
      HEAD("familie") FIN "skema:\n  C:\n" SUMS, false, 1,
      { { RULE_GUARANTEE_AMOUNT, SEV_NOTE, 1, 1, "garanti",
          "not computed: garanti.pct is not given" } },
      { { FIG_LOAN, STAGE_C, true, 528000 },
        { FIG_GUARANTEE, STAGE_C, false, 0 } }, { false }, NO_CHANGES },

    /* ---- stated amounts against derived ones ---- */
    { "grundkapital_kr off by more than afrundet_til allows",
      PRE "  C:\n" SUMS_G "    afrundet_til: 1000\n"
      "    grundkapital_kr: 6_590_000\n", false, 1,
      { { RULE_FINANCE_AMOUNT, SEV_ERROR, 15, 22, "skema.C.grundkapital_kr",
          "6,590,000 kr is stated, but 10 % of the anskaffelsessum is "
          "6,589,313.70 kr" } },
      { { FIG_GRUNDKAPITAL, STAGE_C, true, 658931370 } }, { false },
      NO_CHANGES },
    { "grundkapital_kr within afrundet_til",
      PRE "  C:\n" SUMS_G "    afrundet_til: 1000\n"
      "    grundkapital_kr: 6_589_000\n", false, 1,
      { { RULE_FINANCE_AMOUNT, SEV_NOTE, 15, 22, "skema.C.grundkapital_kr",
          "6,589,000 kr agrees with 10 % of the anskaffelsessum, "
          "6,589,313.70 kr, rounded to 1,000 kr" } },
      NO_FIGS, { false }, NO_CHANGES },
    { "grundkapital_kr 499.70 kr off, half afrundet_til is 500",
      PRE "  C:\n" SUMS_G "    afrundet_til: 1000\n"
      "    grundkapital_kr: 6_588_814\n", false, 1,
      { { RULE_FINANCE_AMOUNT, SEV_NOTE, 15, 22, "skema.C.grundkapital_kr",
          "6,588,814 kr agrees with" } },
      NO_FIGS, { false }, NO_CHANGES },
    { "grundkapital_kr 500.70 kr off, half afrundet_til is 500",
      PRE "  C:\n" SUMS_G "    afrundet_til: 1000\n"
      "    grundkapital_kr: 6_588_813\n", false, 1,
      { { RULE_FINANCE_AMOUNT, SEV_ERROR, 15, 22, "skema.C.grundkapital_kr",
          "6,588,813 kr is stated" } },
      NO_FIGS, { false }, NO_CHANGES },
    { "whole kroner within 0.50 kr, no afrundet_til",
      PRE "  C:\n" SUMS_G
      "    grundkapital_kr: 6_589_314\n"
      "    realkreditlaan_kr: 57_985_961\n"
      "    beboerindskud_kr: 1_317_863\n", false, 0, { { 0 } },
      { { FIG_GRUNDKAPITAL, STAGE_C, true, 658931370 },
        { FIG_LOAN, STAGE_C, true, 5798596056 },
        { FIG_BEBOERINDSKUD, STAGE_C, true, 131786274 } }, { false },
      NO_CHANGES },
    { "whole kroner 0.70 kr off, no afrundet_til",
      PRE "  C:\n" SUMS_G "    grundkapital_kr: 6_589_313\n", false, 1,
      { { RULE_FINANCE_AMOUNT, SEV_ERROR, 14, 22, "skema.C.grundkapital_kr",
          "6,589,313 kr is stated, but 10 % of the anskaffelsessum is "
          "6,589,313.70 kr" } },
      NO_FIGS, { false }, NO_CHANGES },
    { "øre exact, no afrundet_til",
      PRE "  C:\n" SUMS_G "    grundkapital_kr: 6_589_313.7\n", false, 0,
      { { 0 } }, NO_FIGS, { false }, NO_CHANGES },
    { "øre one off, no afrundet_til",
      PRE "  C:\n" SUMS_G "    grundkapital_kr: 6_589_313.71\n", false, 1,
      { { RULE_FINANCE_AMOUNT, SEV_ERROR, 14, 22, "skema.C.grundkapital_kr",
          "6,589,313.71 kr is stated" } },
      NO_FIGS, { false }, NO_CHANGES },
    { "whole kroner exactly 0.50 kr off either way",
      PRE "  C:\n"
      "    anskaffelsessum: {grundudgifter: 1, haandvaerkerudgifter: 2, "
      "omkostninger: 2, i_alt: 5}\n"
      "    grundkapital_kr: 1\n"
      "    beboerindskud_kr: 0\n", false, 0, { { 0 } },
      { { FIG_GRUNDKAPITAL, STAGE_C, true, 50 },
        { FIG_BEBOERINDSKUD, STAGE_C, true, 10 } }, { false },
      NO_CHANGES },
    { "whole kroner 1.50 kr off",
      PRE "  C:\n"
      "    anskaffelsessum: {grundudgifter: 1, haandvaerkerudgifter: 2, "
      "omkostninger: 2, i_alt: 5}\n"
      "    grundkapital_kr: 2\n", false, 1,
      { { RULE_FINANCE_AMOUNT, SEV_ERROR, 14, 22, "skema.C.grundkapital_kr",
          "2 kr is stated, but 10 % of the anskaffelsessum is 0.50 kr" } },
      NO_FIGS, { false }, NO_CHANGES },
    { "realkreditlaan_kr wrong",
      PRE "  C:\n" SUMS "    realkreditlaan_kr: 5_290\n", false, 1,
      { { RULE_FINANCE_AMOUNT, SEV_ERROR, 14, 24, "skema.C.realkreditlaan_kr",
          "5,290 kr is stated, but 88 % of the anskaffelsessum is "
          "5,280.00 kr" } },
      NO_FIGS, { false }, NO_CHANGES },
    /* garanti.pct 50 stands for 49,5..50,5 %: of the loan 5.280 kr,
     * 2.613,60..2.666,40 kr, and half a krone more either way */
    { "garanti_kr within what 50 % stands for: a note",
      PRE "  C:\n" SUMS "    garanti_kr: 2641\n", false, 1,
      { { RULE_GUARANTEE_AMOUNT, SEV_NOTE, 14, 17, "skema.C.garanti_kr",
          "2,641 kr agrees with 50 % of the loan of 88 % at the precision the "
          "percentage is stated with: 2,613.60 to 2,666.40 kr" } },
      { { FIG_GUARANTEE, STAGE_C, true, 264000 } }, { false },
      NO_CHANGES },
    { "garanti_kr at the top of what 50 % stands for",
      PRE "  C:\n" SUMS "    garanti_kr: 2666\n", false, 1,
      { { RULE_GUARANTEE_AMOUNT, SEV_NOTE, 14, 17, "skema.C.garanti_kr",
          "2,666 kr agrees with 50 %" } }, NO_FIGS, { false }, NO_CHANGES },
    { "garanti_kr wrong: above what 50 % stands for",
      PRE "  C:\n" SUMS "    garanti_kr: 2667\n", false, 1,
      { { RULE_GUARANTEE_AMOUNT, SEV_ERROR, 14, 17, "skema.C.garanti_kr",
          "2,667 kr is stated, but 50 % of the loan of 88 % is 2,640.00 kr, "
          "and at the precision the percentage is stated with 2,613.60 to "
          "2,666.40 kr" } },
      { { FIG_GUARANTEE, STAGE_C, true, 264000 } }, { false },
      NO_CHANGES },
    { "garanti_kr at the bottom of what 50 % stands for",
      PRE "  C:\n" SUMS "    garanti_kr: 2614\n", false, 1,
      { { RULE_GUARANTEE_AMOUNT, SEV_NOTE, 14, 17, "skema.C.garanti_kr",
          "2,614 kr agrees with 50 %" } }, NO_FIGS, { false }, NO_CHANGES },
    { "garanti_kr wrong: below what 50 % stands for",
      PRE "  C:\n" SUMS "    garanti_kr: 2613\n", false, 1,
      { { RULE_GUARANTEE_AMOUNT, SEV_ERROR, 14, 17, "skema.C.garanti_kr",
          "2,613 kr is stated" } }, NO_FIGS, { false }, NO_CHANGES },
    { "garanti_kr wrong at six decimals: a krone off is an error",
      HEAD("familie") FIN "garanti:\n  pct: 50.000000\n" "skema:\n  C:\n"
      SUMS "    garanti_kr: 2641\n", false, 1,
      { { RULE_GUARANTEE_AMOUNT, SEV_ERROR, 14, 17, "skema.C.garanti_kr",
          "2,641 kr is stated, but 50 % of the loan of 88 % is 2,640.00 "
          "kr" } }, NO_FIGS, { false }, NO_CHANGES },
    { "garanti_kr right",
      PRE "  C:\n" SUMS "    garanti_kr: 2640\n", false, 0, { { 0 } },
      NO_FIGS, { false }, NO_CHANGES },
    { "garanti_kr stated, no garanti.pct",
      HEAD("familie") FIN "skema:\n  C:\n" SUMS "    garanti_kr: 2640\n",
      false, 2,
      { { RULE_GUARANTEE_AMOUNT, SEV_NOTE, 1, 1, "garanti",
          "not computed: garanti.pct is not given" },
        { RULE_GUARANTEE_AMOUNT, SEV_NOTE, 12, 17, "skema.C.garanti_kr",
          "not checked: garanti_kr cannot be derived for skema C "
          "(garanti.pct is not given)" } },
      { { FIG_GUARANTEE, STAGE_C, false, 0 } }, { false }, NO_CHANGES },
    { "grundkapital_kr stated, no total",
      PRE "  C:\n    anskaffelsessum: {grundudgifter: 1000}\n"
      "    grundkapital_kr: 100\n", false, 2,
      { { RULE_SUM_LINES, SEV_NOTE, 13, 5, "skema.C.anskaffelsessum",
          "so skema C has no total" },
        { RULE_FINANCE_AMOUNT, SEV_NOTE, 14, 22, "skema.C.grundkapital_kr",
          "not checked: grundkapital_kr cannot be derived for skema C (the "
          "stage has no total)" } },
      { { FIG_GRUNDKAPITAL, STAGE_C, false, 0 } }, { false },
      NO_CHANGES },
    /* ---- the split by housing type ---- */
    { "split type differs from boligtype",
      PRE "  C:\n    fordeling:\n      aeldre: {boliger: 3}\n" SUMS, false, 1,
      { { RULE_SPLIT_TYPE, SEV_ERROR, 14, 7, "skema.C.fordeling.aeldre",
          "projekt.boligtype is familie, but skema C gives aeldre dwellings; "
          "a mixed project says boligtype: blandet" } },
      NO_FIGS, { false }, NO_CHANGES },
    { "split type equals boligtype",
      PRE "  C:\n    boliger: 3\n    fordeling:\n      familie: {boliger: 3}\n"
      SUMS, false, 0, { { 0 } }, NO_FIGS, { false }, NO_CHANGES },
    { "split totals differ",
      PRE_BLANDET "  C:\n"
      "    boliger: 30\n"
      "    boligareal_m2: 2000\n"
      "    fordeling:\n"
      "      familie: {boliger: 10, boligareal_m2: 1000}\n"
      "      aeldre: {boliger: 15, boligareal_m2: 999.5}\n" SUMS, false, 2,
      { { RULE_SPLIT_TOTAL, SEV_ERROR, 13, 14, "skema.C.boliger",
          "boliger is 30, but the split by type adds up to 25" },
        { RULE_SPLIT_TOTAL, SEV_ERROR, 14, 20, "skema.C.boligareal_m2",
          "boligareal_m2 is 2,000 m², but the split by type adds up to "
          "1,999.5 m² (boligareal)" } },
      NO_FIGS, { false }, NO_CHANGES },
    { "split totals agree",
      PRE_BLANDET "  C:\n"
      "    boliger: 25\n"
      "    boligareal_m2: 1999.5\n"
      "    bruttoetageareal_m2: 2500\n"
      "    fordeling:\n"
      "      familie: {boliger: 10, boligareal_m2: 1000}\n"
      "      ungdom: {boliger: 15, boligareal_m2: 999.5}\n" SUMS, false, 0,
      { { 0 } }, NO_FIGS, { false }, NO_CHANGES },
    { "blandet without fordeling, areas given",
      PRE_BLANDET "  C:\n    boliger: 30\n" SUMS, false, 1,
      { { RULE_SPLIT_TYPE, SEV_NOTE, 12, 3, "skema.C",
          "not checked per type: a mixed project (boligtype: blandet) gives "
          "its dwellings and areas by type under fordeling" } },
      NO_FIGS, { false }, NO_CHANGES },
    { "blandet without fordeling or areas",
      PRE_BLANDET "  C:\n" SUMS, false, 0, { { 0 } }, NO_FIGS,
      { false }, NO_CHANGES },

    /* ---- comparisons ---- */
    { "only one stage",
      PRE "  C:\n" SUMS, true, 1,
      { { RULE_COMPARE_STAGES, SEV_NOTE, 11, 1, "skema",
          "not compared: only skema C is given" } },
      { { FIG_PRESENT, STAGE_C, true, 0 },
        { FIG_PRESENT, STAGE_B, false, 0 } },
      { false, false, false }, NO_CHANGES },
    { "two stages",
      PRE "  B:\n" SUMS "  C:\n" SUMS, true, 1,
      { { RULE_COMPARE_STAGES, SEV_NOTE, 11, 1, "skema",
          "A→B and A→C not compared: skema A is not given" } },
      NO_FIGS, { false, true, false },
      { { CMP_BC, ROW_GRUND, true, 0, true, 0 },
        { CMP_BC, ROW_TOTAL, true, 0, true, 0 } } },
    { "two stages, B missing",
      PRE "  A:\n" SUMS "  C:\n" SUMS, true, 1,
      { { RULE_COMPARE_STAGES, SEV_NOTE, 11, 1, "skema",
          "A→B and B→C not compared: skema B is not given" } },
      NO_FIGS, { false, false, true }, NO_CHANGES },
    { "a row missing in one stage",
      PRE "  B:\n" SUMS "  C:\n"
      "    anskaffelsessum: {grundudgifter: 1000, omkostninger: 3000, "
      "i_alt: 6000}\n", true, 3,
      { { RULE_COMPARE_STAGES, SEV_NOTE, 11, 1, "skema",
          "A→B and A→C not compared: skema A is not given" },
        { RULE_COMPARE_STAGES, SEV_NOTE, 14, 3, "skema.C",
          "B→C not compared for haandvaerkerudgifter: skema C does not give "
          "it" },
        { RULE_SUM_LINES, SEV_NOTE, 15, 71, "skema.C.anskaffelsessum.i_alt",
          "not checked: haandvaerkerudgifter is not given" } },
      { { FIG_HAANDVAERKER, STAGE_C, false, 0 } }, { false, true, false },
      { { CMP_BC, ROW_GRUND, true, 0, true, 0 },
        { CMP_BC, ROW_HAANDVAERKER, false, 0, false, 0 },
        { CMP_BC, ROW_OMKOSTNINGER, true, 0, true, 0 },
        { CMP_BC, ROW_TOTAL, true, 0, true, 0 } } },
    { "a zero from value",
      PRE "  B:\n"
      "    anskaffelsessum: {grundudgifter: 0, haandvaerkerudgifter: 2000, "
      "omkostninger: 3000, i_alt: 5000}\n"
      "  C:\n" SUMS, true, 1,
      { { RULE_COMPARE_STAGES, SEV_NOTE, 11, 1, "skema",
          "A→B and A→C not compared: skema A is not given" } },
      { { FIG_GRUND, STAGE_B, true, 0 } }, { false, true, false },
      { { CMP_BC, ROW_GRUND, true, 100000, false, 0 },
        { CMP_BC, ROW_HAANDVAERKER, true, 0, true, 0 },
        { CMP_BC, ROW_OMKOSTNINGER, true, 0, true, 0 },
        { CMP_BC, ROW_TOTAL, true, 100000, true, 2000 } } },
    { "changes rounded half away from zero",
      PRE "  A:\n"
      "    anskaffelsessum: {grundudgifter: 200, haandvaerkerudgifter: 3, "
      "omkostninger: 30000, i_alt: 30203}\n"
      "  B:\n"
      "    anskaffelsessum: {grundudgifter: 200.01, haandvaerkerudgifter: 2, "
      "omkostninger: 30000.03, i_alt: 30202.04}\n"
      "  C:\n"
      "    anskaffelsessum: {grundudgifter: 199.99, haandvaerkerudgifter: 2, "
      "omkostninger: 29999.97, i_alt: 30201.96}\n", true, 0, { { 0 } },
      NO_FIGS, { true, true, true },
      /* +0,01 kr of 200 kr is +0,005 % -> +0,01; -0,01 kr is -0,01;
       * -1 kr of 3 kr is -33,33 %; -0,02 kr of 200,01 kr is -0,0099995 % */
      { { CMP_AB, ROW_GRUND, true, 1, true, 1 },
        { CMP_AB, ROW_HAANDVAERKER, true, -100, true, -3333 },
        { CMP_AB, ROW_OMKOSTNINGER, true, 3, true, 0 },
        { CMP_AB, ROW_TOTAL, true, -96, true, 0 },
        { CMP_BC, ROW_GRUND, true, -2, true, -1 },
        { CMP_BC, ROW_HAANDVAERKER, true, 0, true, 0 },
        { CMP_AC, ROW_GRUND, true, -1, true, -1 },
        { CMP_AC, ROW_TOTAL, true, -104, true, 0 } } },
    { "a stage that gives no amounts",
      PRE "  A:\n" SUMS "  B:\n" SUMS "  C:\n    boliger: 3\n", true, 3,
      { { RULE_SUM_LINES, SEV_NOTE, 16, 3, "skema.C.anskaffelsessum",
          "not checked: skema C gives no anskaffelsessum" },
        { RULE_COMPARE_STAGES, SEV_NOTE, 16, 3, "skema.C",
          "B→C not compared: skema C gives no amounts" },
        { RULE_COMPARE_STAGES, SEV_NOTE, 16, 3, "skema.C",
          "A→C not compared: skema C gives no amounts" } },
      NO_FIGS, { true, true, true },
      { { CMP_AB, ROW_TOTAL, true, 0, true, 0 },
        { CMP_BC, ROW_TOTAL, false, 0, false, 0 },
        { CMP_AC, ROW_GRUND, false, 0, false, 0 } } },
};

/*
 * A stated amount further from the derived one than INT64_MAX / 2 øre
 * (about 46 thousand billion kr) is as wrong as one a krone off.
 */
static const struct check_case far_off_cases[] = {
    { "grundkapital_kr absurdly large",
      PRE "  C:\n" SUMS "    grundkapital_kr: 50_000_000_000_000_000\n",
      false, 1,
      { { RULE_FINANCE_AMOUNT, SEV_ERROR, 14, 22, "skema.C.grundkapital_kr",
          "50,000,000,000,000,000 kr is stated, but 10 % of the "
          "anskaffelsessum is 600.00 kr" } },
      { { FIG_GRUNDKAPITAL, STAGE_C, true, 60000 } }, { false },
      NO_CHANGES },
    { "garanti_kr the largest amount, with afrundet_til",
      PRE "  C:\n" SUMS "    afrundet_til: 1000\n"
      "    garanti_kr: 92_233_720_368_547_758.07\n", false, 1,
      { { RULE_GUARANTEE_AMOUNT, SEV_ERROR, 15, 17, "skema.C.garanti_kr",
          "is stated, but 50 % of the loan of 88 % is 2,640.00 kr" } },
      NO_FIGS, { false }, NO_CHANGES },
};

/* One case of a table, given as the test's state: each passes or fails
 * on its own, under its own name. */
static void test_case(void **state)
{
    const struct check_case *c = *state;
    struct run r;
    run(&r, c->name, c->yaml);
    check_diags(c->name, r.diags, c->compare, c->diags, c->count);
    check_figs(c->name, &r.fig, c->figs, MAX_FIGS);
    if (c->compare)
        check_changes(c->name, r.fig.cmp, c->done, c->changes, MAX_CHANGES);
    run_free(&r);
}

/* The labels and keys of the committee table's rows. */
static void test_rows(void **state)
{
    (void)state;
    static const struct {
        enum row row;
        const char *label, *key;
    } rows[] = {
        { ROW_GRUND, "Grundudgifter", "grundudgifter" },
        { ROW_HAANDVAERKER, "Håndværkerudgifter", "haandvaerkerudgifter" },
        { ROW_OMKOSTNINGER, "Omkostninger, gebyr", "omkostninger_gebyrer" },
        { ROW_TOTAL, "I alt", "i_alt" },
    };
    for (size_t i = 0; i < ALEN(rows); i++) {
        /* the minutes' labels live with the reports' Danish words */
        EXPECT_STR(report_labels(LANG_DA)->row[rows[i].row], rows[i].label,
                   "report_labels(LANG_DA)->row[%d]", (int)rows[i].row);
        EXPECT_STR(row_key(rows[i].row), rows[i].key, "row_key(%d)",
                   (int)rows[i].row);
    }
}

/* A date's change in days (skema diff), across month ends, a leap day
 * and a century that is not a leap year. */
static void test_compare_days(void **state)
{
    (void)state;
    static const struct {
        int64_t a, b, days;
    } cases[] = {
        { 20180301, 20180315, 14 }, { 20180315, 20180301, -14 },
        { 20200228, 20200301, 2 }, { 20190228, 20190301, 1 },
        { 20201231, 20210630, 181 }, { 21000228, 21000301, 1 },
        { 20000228, 20000301, 2 }, { 19991231, 20000101, 1 },
    };
    for (size_t i = 0; i < ALEN(cases); i++) {
        struct val a = { .set = true, .n = cases[i].a }, b = { .set = true, .n = cases[i].b };
        int64_t days = 0;
        assert_true(compare_days(&a, &b, &days));
        assert_int_equal(days, cases[i].days);
    }
    struct val none = { 0 }, some = { .set = true, .n = 20200101 };
    int64_t days;
    assert_false(compare_days(&none, &some, &days));
}

/* Dwellings and areas compared as stated, in their own units. */
static void test_compare_stated(void **state)
{
    (void)state;
    struct stage_data b = { 0 }, c = { 0 };
    b.boliger = (struct val){ .set = true, .n = 30 };
    c.boliger = (struct val){ .set = true, .n = 32 };
    b.bruttoetageareal_m2 = (struct val){ .set = true, .n = 2300000000 };
    c.bruttoetageareal_m2 = (struct val){ .set = true, .n = 2310500000 };
    c.boligareal_m2 = (struct val){ .set = true, .n = 2000000000 };
    struct stated_changes ch;
    compare_stated(&b, &c, &ch);
    assert_true(ch.boliger.set);
    assert_int_equal(ch.boliger.delta_ore, 2);
    assert_int_equal(ch.boliger.pct_x100, 667);
    assert_int_equal(ch.bruttoetageareal.delta_ore, 10500000);
    assert_int_equal(ch.bruttoetageareal.pct_x100, 46);
    assert_false(ch.boligareal.set);
}

/* The minutes' punkt 5 (Parkbo), as samples/parkbo.yaml gives it, with
 * a guarantee instead of none: every figure of figures.renovation. */
static const char parkbo[] =
    "format: skema/1\n"
    "projekt: {navn: Parkbo, boligorganisation: Lejerbo, boligtype: familie}\n"
    "renovering:\n"
    "  beskrivelse: udskiftning af tag og vinduer\n"
    "  anskaffelsessum_kr: 62370000\n"
    "  finansiering: {realkreditlaan_kr: 52970000, loebetid_aar: 30,\n"
    "                 traekningsret_kr: 5000000, henlaeggelser_kr: 4400000}\n"
    "  huslejeforhoejelse: {kr_m2_aar: 117.40, pct: 14.98}\n"
    "  eksempler:\n"
    "    - {areal_m2: 49.96, leje_foer_kr: 3261, leje_efter_kr: 3750}\n"
    "    - {areal_m2: 97.62, leje_foer_kr: 6374, leje_efter_kr: 7329}\n"
    "  kommunal_garanti_kr: 1000000\n";

static void test_parkbo(void **state)
{
    (void)state;
    struct run r;
    run(&r, "Parkbo", parkbo);
    const struct renovation_figures *rf = &r.fig.renovation;
    assert_true(rf->present);
    assert_false(r.fig.stage[STAGE_B].present);
    assert_int_equal(rf->total.ore, 6237000000);
    assert_int_equal(rf->source[RENOV_LOAN].ore, 5297000000);
    assert_false(rf->source[RENOV_LBF].set);
    assert_int_equal(rf->sources_sum.ore, 6237000000);
    assert_int_equal(rf->sources_diff.ore, 0);
    assert_int_equal(rf->sources_tolerance, 150);    /* 3 × 0,50 kr */
    assert_int_equal(rf->examples, 2);
    /* 117,40 × 49,96 / 12 = 488,7753 kr a month */
    assert_int_equal(rf->example[0].increase.ore, 48878);
    assert_int_equal(rf->example[0].after.ore, 374978);
    assert_int_equal(rf->example[0].after_diff.ore, 22);
    assert_int_equal(rf->example[0].pct_lo, 14984075);
    assert_int_equal(rf->example[0].pct_hi, 14992948);
    assert_true(rf->example[0].pct_agrees);
    assert_int_equal(rf->example[1].increase.ore, 95505);
    assert_int_equal(rf->example[1].after_diff.ore, -5);
    assert_true(rf->example[1].pct_agrees);
    assert_true(rf->needs_approval);
    assert_int_equal(rf->guarantee.ore, 100000000);
    /* only renovation-approval: no new-building check runs */
    assert_int_equal(diag_count(r.diags), 1);
    assert_int_equal(diag_get(r.diags, 0)->rule, RULE_RENOV_APPROVAL);
    run_free(&r);
}

int main(void)
{
    struct CMUnitTest tests[6 + ALEN(check_cases) + ALEN(far_off_cases)] = {
        cmocka_unit_test_teardown(test_gartnergaarden, teardown),
        cmocka_unit_test_teardown(test_gartnergaarden_economy, teardown),
        cmocka_unit_test(test_rows),
        cmocka_unit_test(test_compare_days),
        cmocka_unit_test(test_compare_stated),
        cmocka_unit_test_teardown(test_parkbo, teardown),
    };
    size_t n = 6;
    const struct {
        const struct check_case *cases;
        size_t count;
    } tables[] = {
        { check_cases, ALEN(check_cases) },
        { far_off_cases, ALEN(far_off_cases) },
    };
    for (size_t t = 0; t < ALEN(tables); t++)
        for (size_t i = 0; i < tables[t].count; i++)
            tests[n++] = (struct CMUnitTest){
                .name = tables[t].cases[i].name,
                .test_func = test_case,
                .teardown_func = teardown,
                .initial_state = (void *)(uintptr_t)&tables[t].cases[i],
            };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
