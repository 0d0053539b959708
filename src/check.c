/* SPDX-License-Identifier: MIT */
/* The stage arithmetic and derived figures; documented in include/check.h */
#include "check.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "format.h"
#include "money.h"
#include "xalloc.h"

static const char *const row_keys[ROW__COUNT] = {
    "grundudgifter", "haandvaerkerudgifter", "omkostninger_gebyrer", "i_alt",
};

const char *row_key(enum row row) { return row_keys[row]; }

/* The three lines every stage's anskaffelsessum consists of. */
static const enum cost_line main_lines[] = {
    LINE_GRUND, LINE_HAANDVAERKER, LINE_OMKOSTNINGER,
};

struct ctx {
    const struct project *p;
    struct diag_list *diags;
};

char *stage_path(enum stage s, const char *rest)
{
    return rest ? xasprintf("skema.%s.%s", stage_name(s), rest)
                : xasprintf("skema.%s", stage_name(s));
}

/* "skema.B.rest" into buf, without an allocation: most checks find nothing
 * to say, and the path is only needed when they do. */
static const char *stage_key(char buf[96], enum stage s, const char *rest)
{
    size_t n = strlen(rest);
    memcpy(buf, "skema.", 6);
    buf[6] = stage_name(s)[0];
    buf[7] = '.';
    if (n > 96 - 9)
        n = 96 - 9;
    memcpy(buf + 8, rest, n);
    buf[8 + n] = '\0';
    return buf;
}

/* ---- sum of the lines ------------------------------------------------ */

static void check_sum(struct ctx *c, enum stage s, struct stage_figures *fig)
{
    const struct stage_data *st = &c->p->skema.stage[s];
    const struct costs *k = &st->anskaffelsessum;
    char a[NUM_FMT_MAX], b[NUM_FMT_MAX], d[NUM_FMT_MAX], r[NUM_FMT_MAX],
        t[NUM_FMT_MAX];
    char pbuf[96];
    const char *path = stage_key(pbuf, s, "anskaffelsessum");
    struct pos pos = k->sec.set ? k->sec.pos : st->sec.pos;

    if (!k->sec.set) {
        diag_notef(c->diags, RULE_SUM_LINES, st->sec.pos, path,
                  "not checked: skema %s gives no anskaffelsessum",
                  stage_name(s));
        goto out;
    }

    /* which of the three main lines are missing */
    char missing[96] = "";
    for (size_t i = 0; i < sizeof main_lines / sizeof main_lines[0]; i++) {
        if (!k->line[main_lines[i]].set) {
            if (*missing)
                strcat(missing, ", ");
            strcat(missing, cost_line_key(main_lines[i]));
        }
    }

    int64_t sum = 0;
    unsigned given = 0;
    bool overflow = false;
    for (int i = 0; i < LINE__COUNT; i++) {
        if (k->line[i].set) {
            given++;
            overflow |= !money_add(sum, k->line[i].n, &sum);
        }
    }
    if (overflow) {
        diag_addf(c->diags, RULE_SUM_LINES, pos, path,
                 "the lines cannot be added up: their sum is too large to "
                 "hold exactly");
        goto out;
    }
    if (!*missing) {
        fig->lines_sum = (struct amount_opt){ true, sum };
    }

    if (!k->i_alt.set) {
        if (*missing) {
            diag_notef(c->diags, RULE_SUM_LINES, pos, path,
                      "not checked: no i_alt, and %s %s not given, so skema %s "
                      "has no total", missing,
                      strchr(missing, ',') ? "are" : "is", stage_name(s));
        } else {
            fig->row[ROW_TOTAL] = (struct amount_opt){ true, sum };
            fig->total_from_lines = true;
            diag_notef(c->diags, RULE_SUM_LINES, pos, path,
                      "not checked: no i_alt is stated; the total %s kr is "
                      "the sum of the lines", fmt_kr(a, sum));
        }
        goto out;
    }
    fig->row[ROW_TOTAL] = (struct amount_opt){ true, k->i_alt.n };
    path = stage_key(pbuf, s, "anskaffelsessum.i_alt");
    pos = k->i_alt.pos;
    if (*missing) {
        diag_notef(c->diags, RULE_SUM_LINES, pos, path,
                  "not checked: %s %s not given", missing,
                  strchr(missing, ',') ? "are" : "is");
        goto out;
    }

    int64_t diff;
    if (!money_sub(sum, k->i_alt.n, &diff) || diff == INT64_MIN) {
        diag_addf(c->diags, RULE_SUM_LINES, pos, path,
                 "the lines and i_alt are too far apart to compare exactly");
        goto out;
    }
    if (diff == 0)
        goto out;
    int64_t abs_diff = diff < 0 ? -diff : diff;
    if (st->afrundet_til.set) {
        int64_t tol;
        if (money_mul_div(st->afrundet_til.n, given, 2, &tol) &&
            abs_diff <= tol) {
            diag_notef(c->diags, RULE_SUM_LINES, pos, path,
                      "the lines add up to %s kr, %s kr from i_alt %s kr: "
                      "within the rounding of %u lines to %s kr (at most %s kr)",
                      fmt_kr(a, sum), fmt_kr(d, abs_diff),
                      fmt_kr(b, k->i_alt.n), given,
                      fmt_kr(r, st->afrundet_til.n), fmt_kr(t, tol));
            goto out;
        }
        diag_addf(c->diags, RULE_SUM_LINES, pos, path,
                 "the lines add up to %s kr, but i_alt is %s kr: %s kr apart, "
                 "more than the rounding of %u lines to %s kr allows",
                 fmt_kr(a, sum), fmt_kr(b, k->i_alt.n), fmt_kr(d, abs_diff),
                 given, fmt_kr(r, st->afrundet_til.n));
        goto out;
    }
    diag_addf(c->diags, RULE_SUM_LINES, pos, path,
             "the lines add up to %s kr, but i_alt is %s kr: %s kr apart "
             "(if the figures are rounded, say so with afrundet_til)",
             fmt_kr(a, sum), fmt_kr(b, k->i_alt.n), fmt_kr(d, abs_diff));
out:
    return;
}

static void set_rows(const struct stage_data *st, struct stage_figures *fig)
{
    const struct costs *k = &st->anskaffelsessum;
    if (k->line[LINE_GRUND].set)
        fig->row[ROW_GRUND] = (struct amount_opt){ true, k->line[LINE_GRUND].n };
    if (k->line[LINE_HAANDVAERKER].set)
        fig->row[ROW_HAANDVAERKER] =
            (struct amount_opt){ true, k->line[LINE_HAANDVAERKER].n };
    /* the minutes' row "Omkostninger, gebyr" is both lines together */
    int64_t v;
    if (k->line[LINE_OMKOSTNINGER].set &&
        money_add(k->line[LINE_OMKOSTNINGER].n,
                  k->line[LINE_GEBYRER].set ? k->line[LINE_GEBYRER].n : 0, &v))
        fig->row[ROW_OMKOSTNINGER] = (struct amount_opt){ true, v };
}

/* ---- the split by housing type --------------------------------------- */

static void check_split_total(struct ctx *c, enum stage s, const char *key,
                              const struct val *total, size_t member,
                              const char *what)
{
    const struct stage_data *st = &c->p->skema.stage[s];
    int64_t sum = 0;
    bool any = false;
    for (int t = 0; t < HOUSING_TYPES; t++) {
        const struct areas *a = &st->fordeling.type[t];
        const struct val *v = (const struct val *)(const void *)((const char *)a + member);
        if (v->set) {
            any = true;
            if (!money_add(sum, v->n, &sum)) {
                char *path = stage_path(s, "fordeling");
                diag_addf(c->diags, RULE_SPLIT_TOTAL, st->fordeling.sec.pos, path,
                         "the split's %s are too large to add up", what);
                free(path);
                return;
            }
        }
    }
    if (!any || !total->set || sum == total->n)
        return;
    char *path = stage_path(s, key);
    char x[NUM_FMT_MAX], y[NUM_FMT_MAX];
    bool count = member == offsetof(struct areas, boliger);
    if (count)
        diag_addf(c->diags, RULE_SPLIT_TOTAL, total->pos, path,
                 "%s is %lld, but the split by type adds up to %lld",
                 key, (long long)total->n, (long long)sum);
    else
        diag_addf(c->diags, RULE_SPLIT_TOTAL, total->pos, path,
                 "%s is %s m², but the split by type adds up to %s m² (%s)",
                 key, fmt_pct(x, total->n), fmt_pct(y, sum), what);
    free(path);
}

static bool stage_gives_areas(const struct stage_data *st)
{
    return st->boliger.set || st->bruttoetageareal_m2.set ||
           st->boligareal_m2.set;
}

static void check_split(struct ctx *c, enum stage s)
{
    const struct stage_data *st = &c->p->skema.stage[s];
    const struct val *type = &c->p->projekt.boligtype;
    if (!st->fordeling.sec.set) {
        if (type->n == HOUSING_BLANDET && stage_gives_areas(st)) {
            char *path = stage_path(s, NULL);
            diag_notef(c->diags, RULE_SPLIT_TYPE, st->sec.pos, path,
                      "not checked per type: a mixed project (boligtype: "
                      "blandet) gives its dwellings and areas by type under "
                      "fordeling");
            free(path);
        }
        return;
    }
    if (type->n != HOUSING_BLANDET) {
        for (int t = 0; t < HOUSING_TYPES; t++) {
            const struct areas *a = &st->fordeling.type[t];
            if (!a->sec.set || t == type->n)
                continue;
            char *path = stage_path(s, NULL);
            char *full = xasprintf("%s.fordeling.%s", path, housing_key(t));
            diag_addf(c->diags, RULE_SPLIT_TYPE, a->sec.pos, full,
                     "projekt.boligtype is %s, but skema %s gives %s "
                     "dwellings; a mixed project says boligtype: blandet",
                     housing_key((enum housing)type->n), stage_name(s), housing_key(t));
            free(full);
            free(path);
        }
    }
    check_split_total(c, s, "boliger", &st->boliger,
                      offsetof(struct areas, boliger), "dwellings");
    check_split_total(c, s, "bruttoetageareal_m2", &st->bruttoetageareal_m2,
                      offsetof(struct areas, bruttoetageareal_m2),
                      "bruttoetageareal");
    check_split_total(c, s, "boligareal_m2", &st->boligareal_m2,
                      offsetof(struct areas, boligareal_m2), "boligareal");
}

/* ---- financing and guarantee ----------------------------------------- */

static bool shares_given(const struct financing *f)
{
    return f->realkredit_pct.set && f->grundkapital_pct.set &&
           f->beboerindskud_pct.set;
}

/* The stated shares must make 100 %; the law's are checked in check_rules.c. */
static void check_shares(struct ctx *c)
{
    const struct financing *f = &c->p->finansiering;
    char x[NUM_FMT_MAX];
    if (!f->sec.set)
        return;
    if (!shares_given(f)) {
        diag_notef(c->diags, RULE_FINANCE_SHARES, f->sec.pos, "finansiering",
                  "not checked: finansiering needs realkredit_pct, "
                  "grundkapital_pct and beboerindskud_pct to split the "
                  "anskaffelsessum");
        return;
    }
    int64_t sum = f->realkredit_pct.n + f->grundkapital_pct.n +
                  f->beboerindskud_pct.n;   /* each is at most 100 % */
    if (sum != DEC_HUNDRED)
        diag_addf(c->diags, RULE_FINANCE_SHARES, f->sec.pos, "finansiering",
                 "realkredit_pct, grundkapital_pct and beboerindskud_pct add "
                 "up to %s %%, not 100 %%", fmt_pct(x, sum));
}

/*
 * A stated amount against the derived one.  The tolerance is half the
 * unit the figure was stated in: the stage's afrundet_til, else whole
 * kroner for a figure without øre, else exact.
 */
static void check_stated(struct ctx *c, enum stage s, const struct val *stated,
                         const char *key, enum rule rule, bool have,
                         int64_t derived, const char *how)
{
    if (!stated->set)
        return;
    const struct stage_data *st = &c->p->skema.stage[s];
    char *path = stage_path(s, key);
    char x[NUM_FMT_MAX], y[NUM_FMT_MAX], u[NUM_FMT_MAX];
    if (!have) {
        diag_notef(c->diags, rule, stated->pos, path,
                  "not checked: %s cannot be derived for skema %s (%s)", key,
                  stage_name(s), how);
        free(path);
        return;
    }
    int64_t unit = st->afrundet_til.set ? st->afrundet_til.n
                 : stated->n % ORE_PER_KR == 0 ? ORE_PER_KR : 1;
    int64_t diff;
    if (!money_sub(stated->n, derived, &diff) || diff == INT64_MIN) {
        diag_addf(c->diags, rule, stated->pos, path,
                 "%s kr is too far from the derived %s kr to compare",
                 fmt_kr(x, stated->n), fmt_kr_ore(y, derived));
    } else if ((diff < 0 ? -diff : diff) > unit / 2) {
        diag_addf(c->diags, rule, stated->pos, path,
                 "%s kr is stated, but %s is %s kr", fmt_kr(x, stated->n),
                 how, fmt_kr_ore(y, derived));
    } else if (diff != 0 && st->afrundet_til.set) {
        diag_notef(c->diags, rule, stated->pos, path,
                  "%s kr agrees with %s, %s kr, rounded to %s kr",
                  fmt_kr(x, stated->n), how, fmt_kr_ore(y, derived),
                  fmt_kr(u, unit));
    }
    free(path);
}

static void derive_financing(struct ctx *c, enum stage s,
                             const struct shares *sh, struct stage_figures *fig)
{
    const struct guarantee *g = &c->p->garanti;
    const struct stage_data *st = &c->p->skema.stage[s];
    bool total = fig->row[ROW_TOTAL].set;
    int64_t sum = total ? fig->row[ROW_TOTAL].ore : 0;
    char p1[NUM_FMT_MAX], p2[NUM_FMT_MAX];

    if (total && sh->set) {
        fig->loan.set = money_mul_div(sum, sh->realkredit, DEC_HUNDRED,
                                      &fig->loan.ore);
        fig->grundkapital.set = money_mul_div(sum, sh->grundkapital, DEC_HUNDRED,
                                              &fig->grundkapital.ore);
        fig->beboerindskud.set = money_mul_div(sum, sh->beboerindskud,
                                               DEC_HUNDRED, &fig->beboerindskud.ore);
        /* the guarantee from the total, so that it is rounded only once */
        fig->guarantee.set = g->pct.set &&
            money_mul2_div(sum, sh->realkredit, g->pct.n,
                           DEC_HUNDRED * DEC_HUNDRED, &fig->guarantee.ore);
    }

    const char *lack = !total ? "the stage has no total"
                     : "no financing shares are known";
    struct {
        const struct val *stated;
        const char *key;
        const struct amount_opt *derived;
        int64_t share;
    } rows[] = {
        { &st->realkreditlaan_kr, "realkreditlaan_kr", &fig->loan, sh->realkredit },
        { &st->grundkapital_kr, "grundkapital_kr", &fig->grundkapital,
          sh->grundkapital },
        { &st->beboerindskud_kr, "beboerindskud_kr", &fig->beboerindskud,
          sh->beboerindskud },
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        if (!rows[i].stated->set)
            continue;   /* nothing stated, nothing to compare or explain */
        char *how = rows[i].derived->set
            ? xasprintf("%s %% of the anskaffelsessum", fmt_pct(p1, rows[i].share))
            : xstrdup(lack);
        check_stated(c, s, rows[i].stated, rows[i].key, RULE_FINANCE_AMOUNT,
                     rows[i].derived->set, rows[i].derived->ore, how);
        free(how);
    }
    if (!st->garanti_kr.set)
        return;
    char *how = fig->guarantee.set
        ? xasprintf("%s %% of the loan of %s %%", fmt_pct(p1, g->pct.n),
                    fmt_pct(p2, sh->realkredit))
        : xstrdup(!g->pct.set ? "garanti.pct is not given" : lack);
    check_stated(c, s, &st->garanti_kr, "garanti_kr", RULE_GUARANTEE_AMOUNT,
                 fig->guarantee.set, fig->guarantee.ore, how);
    free(how);
}

static void note_missing(struct ctx *c, const struct shares *sh)
{
    const struct guarantee *g = &c->p->garanti;
    if (!sh->set)
        diag_notef(c->diags, RULE_FINANCE_SHARES,
                  c->p->finansiering.sec.set ? c->p->finansiering.sec.pos
                                             : c->p->root.pos,
                  "finansiering",
                  "not computed: no financing shares are known (finansiering "
                  "does not state all three, and the law's are not known: "
                  "see grundkapital-pct), so the loan, grundkapital and "
                  "beboerindskud of each stage are not computed");
    if (!g->pct.set)
        diag_notef(c->diags, RULE_GUARANTEE_AMOUNT,
                  g->sec.set ? g->sec.pos : c->p->root.pos, "garanti",
                  "not computed: garanti.pct is not given, so the guaranteed "
                  "part of the loan is not computed");
}

/* The figures a report shows beside the table, each computed here once. */
static void derive_stage(const struct stage_data *st, struct stage_figures *fig)
{
    const struct amount_opt *total = &fig->row[ROW_TOTAL];
    if (fig->cap.set && total->set &&
        money_sub(fig->cap.ore, total->ore, &fig->cap_room.ore)) {
        fig->cap_room.set = true;
        fig->cap_room_pct = pct_of(fig->cap_room.ore, fig->cap.ore);
    }
    const struct amount_opt *costs = &fig->row[ROW_OMKOSTNINGER],
                            *works = &fig->row[ROW_HAANDVAERKER];
    if (costs->set && works->set)
        fig->costs_share = pct_of(costs->ore, works->ore);
    if (st->husleje_kr_m2.set)
        fig->rent = (struct amount_opt){ true, st->husleje_kr_m2.n };
    if (st->afsatte_beloeb.set) {
        fig->afsatte = (struct amount_opt){ true, st->afsatte_beloeb.n };
        if (total->set)
            fig->afsatte_share = pct_of(st->afsatte_beloeb.n, total->ore);
    }
}

void check_project(const struct project *p, const struct rates *rates,
                   struct figures *out, struct diag_list *diags)
{
    struct ctx c = { .p = p, .diags = diags };
    memset(out, 0, sizeof *out);
    for (int s = 0; s < STAGE__COUNT; s++) {
        const struct stage_data *st = &p->skema.stage[s];
        struct stage_figures *fig = &out->stage[s];
        if (!st->sec.set)
            continue;
        fig->present = true;
        set_rows(st, fig);
        check_sum(&c, (enum stage)s, fig);
        check_split(&c, (enum stage)s);
    }
    check_shares(&c);
    check_financing_rule(p, rates, out, diags);
    note_missing(&c, &out->shares);
    for (int s = 0; s < STAGE__COUNT; s++)
        if (out->stage[s].present)
            derive_financing(&c, (enum stage)s, &out->shares, &out->stage[s]);
    check_rules(p, rates, out, diags);
    for (int s = 0; s < STAGE__COUNT; s++)
        if (out->stage[s].present)
            derive_stage(&p->skema.stage[s], &out->stage[s]);
    compare_stages(out);
    compare_notes(p, out, diags);
}
