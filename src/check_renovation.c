/* SPDX-License-Identifier: MIT */
/*
 * Check, a renovation (renovering:): its figures, derived once into
 * figures.renovation, and its rules, which only read them.  A renovation
 * has no skema A, B or C, so none of the new-building checks applies.
 * Documented in src/check_private.h.
 */
#include <stdlib.h>
#include <string.h>

#include "check_private.h"
#include "money.h"
#include "strbuf.h"

/* The percentage a renovation may raise the rent by in a regnskabsår
 * without the kommunalbestyrelse (almenlejeloven § 10, stk. 3), in
 * millionths of a percent. */
#define APPROVAL_PCT 5000000
/* Two monthly rents, each rounded to whole kroner, may miss by 1 kr. */
#define RENT_TOLERANCE_ORE 100

/* The unit of an amount as written, in øre: 100 for whole kroner. */
static int64_t amount_unit(const struct val *v)
{
    const char *dot = v->text ? strchr(v->text, '.') : NULL;
    size_t d = dot ? strlen(dot + 1) : 0;
    return d == 0 ? 100 : d == 1 ? 10 : 1;
}

static void set_amount(struct amount_opt *a, const struct val *v)
{
    a->set = v->set;
    a->ore = v->set ? v->n : 0;
}

static void derive_sources(const struct renovation *r,
                           struct renovation_figures *rf)
{
    const struct val *v[] = {
        [RENOV_LOAN] = &r->finansiering.realkreditlaan_kr,
        [RENOV_TRAEKNINGSRET] = &r->finansiering.traekningsret_kr,
        [RENOV_HENLAEGGELSER] = &r->finansiering.henlaeggelser_kr,
        [RENOV_LBF] = &r->finansiering.lbf_stoette_kr,
    };
    int64_t sum = 0, units = 0;
    bool ok = true;
    for (size_t i = 0; i < 4; i++) {
        set_amount(&rf->source[i], v[i]);
        if (!v[i]->set)
            continue;
        ok = ok && money_add(sum, v[i]->n, &sum);
        units += amount_unit(v[i]);     /* at most 400 */
    }
    rf->sources_sum.set = ok;
    rf->sources_sum.ore = ok ? sum : 0;
    /* amounts each rounded to their unit may together miss by half of each */
    rf->sources_tolerance = units / 2;
    if (ok && rf->total.set &&
        money_sub(sum, rf->total.ore, &rf->sources_diff.ore))
        rf->sources_diff.set = true;
}

/* The increase in % of the rent before that an example implies, at the
 * end lo (true) or hi of what its three stated figures stand for.  In
 * doubled units, so that half a unit stays whole: % = 100 × K × A /
 * (12 × F) with K, A, F each ×2 gives 100 × K2 × A2 / (24 × F2). */
static bool implied_pct(const struct rent_increase *ri,
                        const struct rent_example *e, bool lo, int64_t *out)
{
    int64_t k2lo, k2hi, a2lo, a2hi;
    int64_t uk = amount_unit(&ri->kr_m2_aar), uf = amount_unit(&e->leje_foer_kr);
    k2lo = 2 * ri->kr_m2_aar.n - uk;
    k2hi = 2 * ri->kr_m2_aar.n + uk;
    pct_span2(&e->areal_m2, &a2lo, &a2hi);   /* an area is millionths too */
    int64_t f2 = 2 * e->leje_foer_kr.n + (lo ? uf : -uf);
    int64_t den;
    if (f2 <= 0 || !money_mul_div(f2, 24, 1, &den))
        return false;
    return money_mul2_div(lo ? k2lo : k2hi, lo ? a2lo : a2hi, 100, den, out);
}

static void derive_example(const struct renovation *r,
                           const struct rent_example *e,
                           struct rent_example_figures *ef)
{
    const struct rent_increase *ri = &r->huslejeforhoejelse;
    if (!ri->kr_m2_aar.set || !e->areal_m2.set || !e->leje_foer_kr.set)
        return;
    /* kr per m² per year (øre) × m² (millionths) / 12 months */
    if (!money_mul_div(ri->kr_m2_aar.n, e->areal_m2.n, 12 * 1000000,
                       &ef->increase.ore))
        return;
    ef->increase.set = true;
    ef->after.set = money_add(e->leje_foer_kr.n, ef->increase.ore,
                              &ef->after.ore);
    if (ef->after.set && e->leje_efter_kr.set)
        ef->after_diff.set = money_sub(e->leje_efter_kr.n, ef->after.ore,
                                       &ef->after_diff.ore);
    ef->pct_set = e->leje_foer_kr.n > 0 &&
                  implied_pct(ri, e, true, &ef->pct_lo) &&
                  implied_pct(ri, e, false, &ef->pct_hi);
    if (ef->pct_set && ri->pct.set) {
        int64_t lo2, hi2;
        pct_span2(&ri->pct, &lo2, &hi2);
        /* the two intervals meet */
        ef->pct_agrees = lo2 <= 2 * ef->pct_hi && 2 * ef->pct_lo <= hi2;
    }
}

void derive_renovation(const struct project *p, struct figures *f)
{
    const struct renovation *r = &p->renovering;
    struct renovation_figures *rf = &f->renovation;
    if (!r->sec.set)
        return;
    rf->present = true;
    set_amount(&rf->total, &r->anskaffelsessum_kr);
    set_amount(&rf->guarantee, &r->kommunal_garanti_kr);
    derive_sources(r, rf);
    const struct rent_example *ex = r->eksempler.items;
    rf->examples = r->eksempler.count < RENOVATION_EXAMPLES
                       ? r->eksempler.count : RENOVATION_EXAMPLES;
    for (size_t i = 0; i < rf->examples; i++)
        derive_example(r, &ex[i], &rf->example[i]);
    rf->needs_approval = r->huslejeforhoejelse.pct.set &&
                         r->huslejeforhoejelse.pct.n > APPROVAL_PCT;
}

/* ---- the rules --------------------------------------------------------- */

static void check_sources(const struct check_ctx *c)
{
    const struct renovation_figures *rf = &c->f->renovation;
    const struct renovation *r = &c->p->renovering;
    if (!rf->sources_diff.set || rf->sources_diff.ore == 0)
        return;
    int64_t d = rf->sources_diff.ore;
    struct msg_arg args[] = {
        ARG_KR("sum", rf->sources_sum.ore), ARG_KR("total", rf->total.ore),
        ARG_KR("diff", d < 0 ? -d : d), ARG_KR("tolerance", rf->sources_tolerance),
    };
    bool within = (d < 0 ? -d : d) <= rf->sources_tolerance;
    (within ? diag_note : diag_add)(
        c->diags, RULE_RENOV_FINANCE, r->finansiering.sec.pos,
        "renovering.finansiering",
        within ? N_("the financing sources add up to {sum} kr, {diff} kr "
                    "from the anskaffelsessum {total} kr: within the "
                    "rounding of the amounts (at most {tolerance} kr)")
               : N_("the financing sources add up to {sum} kr, but the "
                    "anskaffelsessum is {total} kr: {diff} kr apart, more "
                    "than the rounding of the amounts allows (at most "
                    "{tolerance} kr)"), ARGV(4, args));
}

static void check_example(const struct check_ctx *c, size_t i)
{
    const struct rent_example *e =
        &((const struct rent_example *)c->p->renovering.eksempler.items)[i];
    const struct rent_example_figures *ef = &c->f->renovation.example[i];
    const struct val *pct = &c->p->renovering.huslejeforhoejelse.pct;
    struct strbuf path = STRBUF_INIT;
    strbuf_addf(&path, "renovering.eksempler[%zu]", i);
    if (ef->after_diff.set && (ef->after_diff.ore > RENT_TOLERANCE_ORE ||
                               ef->after_diff.ore < -RENT_TOLERANCE_ORE)) {
        size_t len = path.len;
        strbuf_addstr(&path, ".leje_efter_kr");
        diag_add(c->diags, RULE_RENOV_EXAMPLE, e->leje_efter_kr.pos, path.buf,
                 N_("the rent after is stated as {stated} kr, but {before} kr "
                    "plus {increase} kr a month (the increase per m² times "
                    "{area} m², divided by 12) is {after} kr: more than 1 kr "
                    "apart"),
                 ARGS(ARG_KR("stated", e->leje_efter_kr.n),
                      ARG_KR("before", e->leje_foer_kr.n),
                      ARG_KR_ORE("increase", ef->increase.ore),
                      ARG_DEC("area", e->areal_m2.n),
                      ARG_KR_ORE("after", ef->after.ore)));
        strbuf_setlen(&path, len);
    }
    if (ef->pct_set && pct->set && !ef->pct_agrees)
        diag_note(c->diags, RULE_RENOV_PCT, e->sec.pos, path.buf,
                  N_("the example of {area} m² at {before} kr a month "
                     "implies an increase of {lo}-{hi} %, not the stated "
                     "{pct} % (the % is usually computed from the "
                     "afdeling's average rent)"),
                  ARGS(ARG_DEC("area", e->areal_m2.n),
                       ARG_KR("before", e->leje_foer_kr.n),
                       ARG_DEC_SHOWN("lo", ef->pct_lo, 3),
                       ARG_DEC_SHOWN("hi", ef->pct_hi, 3),
                       ARG_DEC("pct", pct->n)));
    strbuf_release(&path);
}

static void check_approval(const struct check_ctx *c)
{
    const struct rent_increase *ri = &c->p->renovering.huslejeforhoejelse;
    if (!ri->pct.set)
        diag_unchecked(c->diags, RULE_RENOV_APPROVAL,
                       ri->sec.set ? ri->sec.pos : c->p->renovering.sec.pos,
                       "renovering.huslejeforhoejelse", UNCHECKED_CHECKED,
                       N_("the rent increase in % is not stated"), NO_ARGS);
    else if (c->f->renovation.needs_approval)
        diag_note(c->diags, RULE_RENOV_APPROVAL, ri->pct.pos,
                  "renovering.huslejeforhoejelse.pct",
                  N_("the rent increase of {pct} % is above 5 % within a "
                     "year: the case needs the municipality's approval"),
                  ARGS(ARG_DEC("pct", ri->pct.n)));
}

void check_renovation(const struct check_ctx *c)
{
    const struct renovation_figures *rf = &c->f->renovation;
    const struct renovation *r = &c->p->renovering;
    check_sources(c);
    for (size_t i = 0; i < rf->examples; i++)
        check_example(c, i);
    if (r->eksempler.count > rf->examples)
        diag_unchecked(c->diags, RULE_RENOV_EXAMPLE, r->eksempler.sec.pos,
                       "renovering.eksempler", UNCHECKED_CHECKED,
                       N_("only the first {n} examples are checked"),
                       ARGS(ARG_INT("n", RENOVATION_EXAMPLES)));
    check_approval(c);
}
