/* SPDX-License-Identifier: MIT */
/*
 * Check, part 1: every figure of the checked result, derived once and in
 * order — the rows and totals, the financing shares, the loan,
 * grundkapital, beboerindskud and guarantee per stage, the cost cap and
 * the room under it, the shares a report shows, the guarantee the
 * valuation gives, and every change between stages.  Every sum and
 * product is overflow-checked: a figure that does not fit is not set,
 * and where a rule needs to say why, struct basis holds the reason.
 * No findings here: the rules (check.c, check_rules.c) read the figures.
 * Documented in src/check_private.h.
 */
#include <assert.h>
#include <string.h>

#include "check_private.h"
#include "compare.h"
#include "money.h"

/* ---- reasons ---------------------------------------------------------- */

void reason_set(struct reason *r, const char *msgid, struct msg_args args)
{
    assert(msgid && args.n <= REASON_ARGS);
    r->msgid = msgid;
    r->nargs = args.n;
    for (size_t i = 0; i < args.n; i++)
        r->args[i] = args.v[i];
}

void reason_rates(struct reason *r, const char *why)
{
    assert(why);    /* every lookup that fails says why */
    reason_set(r, why, NO_ARGS);
}

void reason_note(struct diag_list *diags, enum rule rule, struct pos pos,
                 const char *path, const struct reason *r)
{
    assert(r->msgid);
    diag_unchecked(diags, rule, pos, path, UNCHECKED_CHECKED, r->msgid,
                   ARGV(r->nargs, r->args));
}

/* ---- the rows and the total ------------------------------------------- */

/* Remember the source of a rates row used, once (the audit trail). */
static void cite(struct figures *f, const struct val *kilde)
{
    if (!kilde->set)
        return;
    for (size_t i = 0; i < f->sources.n; i++)
        if (strcmp(f->sources.id[i], kilde->text) == 0)
            return;
    if (f->sources.n < FIGURES_SOURCES)
        f->sources.id[f->sources.n++] = kilde->text;
}

static void derive_rows(const struct stage_data *st, struct stage_figures *fig)
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

    if (!k->sec.set)
        return;
    int64_t sum = 0;
    for (int i = 0; i < LINE__COUNT; i++)
        if (k->line[i].set && !money_add(sum, k->line[i].n, &sum))
            return;     /* no total: check_sum says the lines overflow */
    bool all = k->line[LINE_GRUND].set && k->line[LINE_HAANDVAERKER].set &&
               k->line[LINE_OMKOSTNINGER].set;
    if (all)
        fig->lines_sum = (struct amount_opt){ true, sum };
    if (k->i_alt.set) {
        fig->row[ROW_TOTAL] = (struct amount_opt){ true, k->i_alt.n };
    } else if (all) {
        fig->row[ROW_TOTAL] = (struct amount_opt){ true, sum };
        fig->total_from_lines = true;
    }
}

/* ---- stated percentages at their precision ----------------------------- */

unsigned pct_decimals(const struct val *pct)
{
    const char *dot = pct->text ? strchr(pct->text, '.') : NULL;
    size_t d = dot ? strlen(dot + 1) : 0;
    return d > DEC_DECIMALS ? DEC_DECIMALS : (unsigned)d;
}

void pct_span2(const struct val *pct, int64_t *lo2, int64_t *hi2)
{
    int64_t unit = 1;     /* its last digit, in millionths */
    for (unsigned i = pct_decimals(pct); i < DEC_DECIMALS; i++)
        unit *= 10;
    /* a percentage is 0-100 %: twice it cannot overflow */
    *lo2 = 2 * pct->n - (unit > 1 ? unit : 0);
    *hi2 = 2 * pct->n + (unit > 1 ? unit : 0);
}

bool pct_covers(const struct val *pct, int64_t derived)
{
    int64_t lo2, hi2;
    pct_span2(pct, &lo2, &hi2);
    /* derived is a share of 0-100 % here: twice it cannot overflow */
    return lo2 <= 2 * derived && 2 * derived <= hi2;
}

/* ---- the financing shares --------------------------------------------- */

/* The housing types of the project: its boligtype, or those of its split. */
static unsigned project_types(const struct project *p, enum housing out[3])
{
    if (p->projekt.boligtype.n != HOUSING_BLANDET) {
        out[0] = (enum housing)p->projekt.boligtype.n;
        return 1;
    }
    unsigned n = 0;
    for (int t = 0; t < HOUSING_TYPES; t++)
        for (int s = 0; s < STAGE__COUNT; s++)
            if (p->skema.stage[s].fordeling.type[t].sec.set) {
                out[n++] = (enum housing)t;
                break;
            }
    return n;
}

/* Average bruttoetageareal per dwelling (millionths of m²), or -1. */
int64_t average_bea(const struct val *bea, const struct val *boliger)
{
    if (!bea->set || !boliger->set || boliger->n <= 0)
        return -1;
    return bea->n / boliger->n;
}

/* The average area of one type, from the earliest stage that gives it
 * (the tilsagn was given on skema A's figures). */
static int64_t type_average(const struct project *p, enum housing type)
{
    for (int s = STAGE_A; s < STAGE__COUNT; s++) {
        const struct stage_data *st = &p->skema.stage[s];
        if (!st->sec.set)
            continue;
        int64_t avg = p->projekt.boligtype.n == HOUSING_BLANDET
            ? average_bea(&st->fordeling.type[type].bruttoetageareal_m2,
                          &st->fordeling.type[type].boliger)
            : average_bea(&st->bruttoetageareal_m2, &st->boliger);
        if (avg >= 0)
            return avg;
    }
    return -1;
}

/* The split the law gives for the tilsagn date, or NULL with b->law_why. */
static const struct rate_split *law_split(const struct project *p,
                                          const struct rates *rates,
                                          struct basis *b)
{
    const struct val *tilsagn = &p->projekt.datoer.tilsagn;
    if (!tilsagn->set) {
        reason_set(&b->law_why, N_("the grundkapital % the law "
                   "gives depends on the tilsagn date, and "
                   "projekt.datoer.tilsagn is not given"), NO_ARGS);
        return NULL;
    }
    if (!rates) {
        reason_set(&b->law_why, N_("no rates data is loaded"),
                   NO_ARGS);
        return NULL;
    }
    enum housing types[3];
    unsigned ntypes = project_types(p, types);
    const struct rate_split *law = NULL;
    const char *why = N_("the project's split gives no housing type");
    for (unsigned i = 0; i < ntypes; i++) {
        const struct rate_split *r = rates_split(rates, tilsagn->n, types[i],
                                                 type_average(p, types[i]), &why);
        if (!r) {
            law = NULL;
            break;
        }
        if (law && (law->grundkapital_pct.n != r->grundkapital_pct.n ||
                    law->realkredit_pct.n != r->realkredit_pct.n)) {
            reason_set(&b->law_why, N_("the housing types of this "
                       "mixed project have different shares ({one} % and "
                       "{other} % grundkapital); skema checks one split per "
                       "project"),
                       ARGS(ARG_DEC("one", law->grundkapital_pct.n),
                            ARG_DEC("other", r->grundkapital_pct.n)));
            return NULL;
        }
        law = r;
    }
    if (!law)
        reason_rates(&b->law_why, why);
    return law;
}

static void derive_shares(const struct project *p, const struct rates *rates,
                          struct shares *sh, struct basis *b)
{
    const struct financing *fin = &p->finansiering;
    if (fin->realkredit_pct.set && fin->grundkapital_pct.set &&
        fin->beboerindskud_pct.set)
        *sh = (struct shares){ true, false, fin->realkredit_pct.n,
                               fin->grundkapital_pct.n, fin->beboerindskud_pct.n };
    b->law = law_split(p, rates, b);
    if (b->law && !sh->set)
        *sh = (struct shares){ true, true, b->law->realkredit_pct.n,
                               b->law->grundkapital_pct.n,
                               b->law->beboerindskud_pct.n };
}

/* Each share of the stage's total, and the guarantee, each rounded once:
 * the guarantee from the total, not from the rounded loan. */
static void derive_financing(const struct guarantee *g, const struct shares *sh,
                             struct stage_figures *fig)
{
    const struct amount_opt *total = &fig->row[ROW_TOTAL];
    if (!total->set || !sh->set)
        return;
    fig->loan.set = money_mul_div(total->ore, sh->realkredit, DEC_HUNDRED,
                                  &fig->loan.ore);
    fig->grundkapital.set = money_mul_div(total->ore, sh->grundkapital,
                                          DEC_HUNDRED, &fig->grundkapital.ore);
    fig->beboerindskud.set = money_mul_div(total->ore, sh->beboerindskud,
                                           DEC_HUNDRED, &fig->beboerindskud.ore);
    fig->guarantee.set = g->pct.set &&
        money_mul2_div(total->ore, sh->realkredit, g->pct.n,
                       DEC_HUNDRED * DEC_HUNDRED, &fig->guarantee.ore);
    int64_t lo2, hi2;
    if (fig->guarantee.set) {
        pct_span2(&g->pct, &lo2, &hi2);
        fig->guarantee_lo.set = money_mul2_div(total->ore, sh->realkredit, lo2,
            2 * DEC_HUNDRED * DEC_HUNDRED, &fig->guarantee_lo.ore);
        fig->guarantee_hi.set = money_mul2_div(total->ore, sh->realkredit, hi2,
            2 * DEC_HUNDRED * DEC_HUNDRED, &fig->guarantee_hi.ore);
    }
}

/* The stated loan, grundkapital and beboerindskud added up. */
static void derive_finance_sum(const struct stage_data *st,
                               struct stage_figures *fig)
{
    int64_t sum;
    if (st->realkreditlaan_kr.set && st->grundkapital_kr.set &&
        st->beboerindskud_kr.set &&
        money_add(st->realkreditlaan_kr.n, st->grundkapital_kr.n, &sum) &&
        money_add(sum, st->beboerindskud_kr.n, &sum))
        fig->finance_sum = (struct amount_opt){ true, sum };
}

/* ---- the cost cap ----------------------------------------------------- */

/* What the cap of one stage is computed from. */
struct cap_job {
    const struct project *p;
    const struct rates *rates;
    enum stage s;
    int64_t year;           /* skema B's */
    const char *zone;       /* NULL when the cap is stated */
    struct reason *why;     /* set when the cap cannot be had */
    struct figures *f;      /* the rows used are cited in it */
};

/* One housing type's part of a stage. */
struct cap_part {
    enum housing type;
    const struct val *boligareal, *boliger, *bea;
};

/* A rate of the cap: per m², and per dwelling where has_bolig; incl
 * when it includes the energitillæg (a row with inkl_energitillaeg). */
struct cap_rate {
    int64_t kr_m2, kr_bolig;
    bool has_bolig, incl;
};

/* What the parts of a stage add up to. */
struct cap_sum {
    int64_t cap;            /* without an energitillæg still to add */
    int64_t area;           /* the boligareal of the parts */
    int64_t area_excl;      /* of those whose rate excludes the energitillæg */
};

static const char *const too_large =
    N_("the cap is too large to compute");

/* kr per m² (øre) × m² (millionths), rounded once. */
static bool per_area(int64_t ore_m2, int64_t area, int64_t *out)
{
    return money_mul_div(ore_m2, area, DEC_ONE, out);
}

/* The parts of the stage, one per housing type; 0 with a reason. */
static unsigned cap_parts(const struct cap_job *j,
                          struct cap_part parts[HOUSING_TYPES])
{
    const struct project *p = j->p;
    const struct stage_data *st = &p->skema.stage[j->s];
    if (p->projekt.boligtype.n != HOUSING_BLANDET) {
        parts[0] = (struct cap_part){ (enum housing)p->projekt.boligtype.n,
                                      &st->boligareal_m2, &st->boliger,
                                      &st->bruttoetageareal_m2 };
        return 1;
    }
    unsigned n = 0;
    for (int t = 0; t < HOUSING_TYPES; t++)
        if (st->fordeling.type[t].sec.set)
            parts[n++] = (struct cap_part){ (enum housing)t,
                &st->fordeling.type[t].boligareal_m2,
                &st->fordeling.type[t].boliger,
                &st->fordeling.type[t].bruttoetageareal_m2 };
    if (n == 0)
        reason_set(j->why, N_("a mixed project needs its "
                   "boligareal per type under fordeling"), NO_ARGS);
    return n;
}

/* The rate of one type: stated, or from the rates data. */
static bool cap_rate(const struct cap_job *j, enum housing type,
                     struct cap_rate *out)
{
    const struct cost_cap *stated = &j->p->maksimumsbeloeb;
    if (stated->kr_m2.set) {
        *out = (struct cap_rate){ stated->kr_m2.n,
            stated->kr_bolig.set ? stated->kr_bolig.n : 0,
            stated->kr_bolig.set, false };
        return true;
    }
    const struct val *tilsagn = &j->p->projekt.datoer.tilsagn;
    const char *why = NULL;
    int64_t date = tilsagn->set ? tilsagn->n : 0;
    /* a sourced cap including the energitillæg decides it exactly */
    const struct rate_cap *row = rates_cap_incl(j->rates, j->year, type,
                                                j->zone, date);
    if (!row)
        row = rates_cap(j->rates, j->year, type, j->zone, date, &why);
    if (!row) {
        reason_rates(j->why, why);
        return false;
    }
    *out = (struct cap_rate){ row->kr_m2.n,
        row->kr_bolig.set ? row->kr_bolig.n : 0, row->kr_bolig.set,
        row->inkl_energitillaeg.set && row->inkl_energitillaeg.n };
    if (out->incl)
        j->f->stage[j->s].cap_incl_source = row->kilde.text;
    cite(j->f, &row->kilde);
    return true;
}

/* The cap without the energitillæg still to add, and the areas. */
static bool cap_of_parts(const struct cap_job *j, const struct cap_part *parts,
                         unsigned n, struct cap_sum *sum)
{
    const char *stage = stage_name(j->s);
    *sum = (struct cap_sum){ 0, 0, 0 };
    for (unsigned i = 0; i < n; i++) {
        if (!parts[i].boligareal->set && parts[i].bea->set) {
            /* the cap is per m² boligareal; the bruttoetageareal is
             * never taken for it (see cap-limit's explanation) */
            reason_set(j->why, N_("skema {stage} gives "
                       "bruttoetageareal_m2 but no boligareal_m2 (for {type}); "
                       "the maksimumsbeløb is per m² boligareal, and the "
                       "sources do not settle that the two are the same: "
                       "state boligareal_m2"),
                       ARGS(ARG_TEXT("stage", stage),
                            ARG_TEXT("type", housing_key(parts[i].type))));
            return false;
        }
        if (!parts[i].boligareal->set) {
            if (n > 1)
                reason_set(j->why, N_("skema {stage} gives no "
                           "boligareal_m2 for {type}"),
                           ARGS(ARG_TEXT("stage", stage),
                                ARG_TEXT("type", housing_key(parts[i].type))));
            else
                reason_set(j->why, N_("skema {stage} gives no "
                           "boligareal_m2"), ARGS(ARG_TEXT("stage", stage)));
            return false;
        }
        struct cap_rate rate;
        if (!cap_rate(j, parts[i].type, &rate))
            return false;
        int64_t homes = 0, part;
        if (rate.has_bolig && !parts[i].boliger->set) {
            reason_set(j->why, N_("the cap has a part per "
                       "dwelling, and skema {stage} gives no boliger"),
                       ARGS(ARG_TEXT("stage", stage)));
            return false;
        }
        if ((rate.has_bolig &&
             !money_mul_div(rate.kr_bolig, parts[i].boliger->n, 1, &homes)) ||
            !per_area(rate.kr_m2, parts[i].boligareal->n, &part) ||
            !money_add(sum->cap, part, &sum->cap) ||
            !money_add(sum->cap, homes, &sum->cap) ||
            !money_add(sum->area, parts[i].boligareal->n, &sum->area) ||
            (!rate.incl && !money_add(sum->area_excl, parts[i].boligareal->n,
                                      &sum->area_excl))) {
            reason_set(j->why, too_large, NO_ARGS);
            return false;
        }
    }
    return true;
}

/* The energitillæg of the cap (0 when none applies); *open_why (a
 * msgid) set when one may apply but its amount is unknown. */
static bool cap_energy(const struct cap_job *j, int64_t area, int64_t *energy,
                       const char **open_why)
{
    const struct project *p = j->p;
    const struct cost_cap *stated = &p->maksimumsbeloeb;
    const struct val *tilsagn = &p->projekt.datoer.tilsagn;
    *energy = 0;
    if (stated->energitillaeg_kr_m2.set)
        return per_area(stated->energitillaeg_kr_m2.n, area, energy);
    if (stated->kr_m2.set)
        return true;    /* a stated cap without energitillæg has none */
    const struct rate_energy *period = NULL, *amount = NULL;
    int form = p->projekt.byggeform.set ? (int)p->projekt.byggeform.n : -1;
    if (!tilsagn->set) {
        /* the tilsagn came before skema B: it may have been in a period */
        if (rates_energy_began(j->rates, p->projekt.datoer.skema_b.n))
            *open_why = N_("projekt.datoer.tilsagn is not given, and the "
                           "energitillæg depends on it");
        return true;
    }
    rates_energy(j->rates, tilsagn->n, j->year, form, &period, &amount);
    if (amount) {
        cite(j->f, &amount->kilde);
        return per_area(amount->kr_m2.n, area, energy);
    }
    if (!period)
        return true;
    /* say byggeform is missing only if it would have told */
    const struct rate_energy *p2, *etage = NULL, *lav = NULL;
    if (form < 0) {
        rates_energy(j->rates, tilsagn->n, j->year, FORM_ETAGE, &p2, &etage);
        rates_energy(j->rates, tilsagn->n, j->year, FORM_LAV, &p2, &lav);
    }
    *open_why = etage || lav
        ? N_("its amount depends on projekt.byggeform, which is not given")
        : N_("its amount for that year is not in the rates data");
    return true;
}

static void derive_cap(const struct cap_job *j, struct stage_figures *fig,
                       const char **open_why)
{
    struct cap_part parts[HOUSING_TYPES];
    struct cap_sum sum;
    int64_t cap, energy = 0, over;
    unsigned n = cap_parts(j, parts);
    if (n == 0 || !cap_of_parts(j, parts, n, &sum))
        return;
    /* every part's row includes the energitillæg: nothing to add */
    if ((sum.area_excl > 0 || sum.area == 0) &&
        !cap_energy(j, sum.area_excl, &energy, open_why)) {
        reason_set(j->why, too_large, NO_ARGS);
        return;
    }
    if (!money_add(sum.cap, energy, &cap)) {
        reason_set(j->why, too_large, NO_ARGS);
        return;
    }
    fig->cap = (struct amount_opt){ true, cap };
    fig->cap_open = *open_why != NULL;
    /* open and over: the energitillæg per m² that would be needed */
    if (fig->cap_open && sum.area_excl > 0 &&
        money_sub(fig->row[ROW_TOTAL].ore, cap, &over) && over > 0)
        fig->energy_needed.set = money_mul_div_up(over, DEC_ONE, sum.area_excl,
                                                  &fig->energy_needed.ore);
}

/*
 * The 2022 scheme (domain.md 6.2, https://www.spjraadgivning.dk/
 * forhoejelse-af-maksimumbeloeb-pr-14-september-2022/; regeringen.dk;
 * L 136, adopted 9.6.2022, in force 1.7.2022): "kommunalbestyrelsen og
 * Landsbyggefonden kan godkende skema B, selvom anskaffelsessummen
 * overskrider maksimumbeløbet med op til 20 %. Ordningen kan anvendes på
 * op til 1.400 boliger og gælder frem til og med 30. juni 2024 ... kun
 * byggerier, som har fået godkendt skema A før 1. januar 2022."  The
 * scheme cannot reach a skema B before the law was in force (1.7.2022).
 */
#define SCHEME_TILSAGN_BEFORE INT64_C(20220101)
#define SCHEME_SKEMA_B_FROM INT64_C(20220701)
#define SCHEME_SKEMA_B_UNTIL INT64_C(20240630)
/* The indexation advanced by the same bekendtgørelse raised the
 * maksimumsbeløb by "omkring 5,5 %" for 14.9.2022-31.12.2022; its table
 * was not found, and a year's cap is never derived by a percentage. */
#define RAISED_FROM INT64_C(20220914)
#define RAISED_UNTIL INT64_C(20221231)

static bool in_scheme_2022(const struct dates *d)
{
    return d->tilsagn.set && d->tilsagn.n < SCHEME_TILSAGN_BEFORE &&
           d->skema_b.set && d->skema_b.n >= SCHEME_SKEMA_B_FROM &&
           d->skema_b.n <= SCHEME_SKEMA_B_UNTIL;
}

static void derive_caps(const struct project *p, const struct rates *rates,
                        struct figures *f, struct basis *b)
{
    const struct cost_cap *stated = &p->maksimumsbeloeb;
    const struct val *skema_b = &p->projekt.datoer.skema_b;
    if (!f->stage[STAGE_B].present && !f->stage[STAGE_C].present)
        return;
    f->excess_scheme = in_scheme_2022(&p->projekt.datoer);
    if (!stated->kr_m2.set && skema_b->set && skema_b->n >= RAISED_FROM &&
        skema_b->n <= RAISED_UNTIL) {
        reason_set(&b->cap_why, N_("for a skema B approved "
                   "{date} the maksimumsbeløb was raised (14.9.2022-31.12.2022, "
                   "the bekendtgørelse of 9.9.2022), and the raised table is "
                   "not known; state maksimumsbeloeb.kr_m2"),
                   ARGS(ARG_DATE("date", skema_b->n)));
        return;
    }
    const char *zone = stated->zone.set ? stated->zone.text : NULL, *why = NULL;
    if (!stated->kr_m2.set && !cap_zone(p, rates, &zone, &why)) {
        /* an unknown name is never taken for provins: say what it may be */
        const char *near = rates && !zone && p->projekt.kommune.set
            ? rates_kommune_suggestion(rates, p->projekt.kommune.text) : NULL;
        if (near)
            reason_set(&b->cap_why, N_("'{kommune}' is none of "
                       "the 98 municipalities; did you mean {near}?"),
                       ARGS(ARG_TEXT("kommune", p->projekt.kommune.text),
                            ARG_TEXT("near", near)));
        else
            reason_rates(&b->cap_why, why);
        return;
    }
    f->cap_zone = zone;
    if (rates) {
        b->energy_top[FORM_ETAGE] = rates_energy_highest(rates, FORM_ETAGE);
        b->energy_top[FORM_LAV] = rates_energy_highest(rates, FORM_LAV);
    }
    for (enum stage s = STAGE_B; s <= STAGE_C; s++) {
        struct stage_figures *fig = &f->stage[s];
        if (!fig->present)
            continue;
        if (!fig->row[ROW_TOTAL].set) {
            reason_set(&b->stage_cap_why[s], N_("skema {stage} "
                       "has no total"), ARGS(ARG_TEXT("stage", stage_name(s))));
            continue;
        }
        struct cap_job j = { p, rates, s, skema_b->set ? skema_b->n / 10000 : 0,
                             zone, &b->stage_cap_why[s], f };
        derive_cap(&j, fig, &b->cap_open_why[s]);
    }
}

/* ---- the figures a report shows beside the table ----------------------- */

/* The share of the cap the 2022 scheme lets be approved above it. */
#define SCHEME_PCT 20

static void derive_shown(const struct stage_data *st, bool scheme,
                         struct stage_figures *fig)
{
    const struct amount_opt *total = &fig->row[ROW_TOTAL];
    int64_t scaled;
    if (fig->cap.set && total->set &&
        money_sub(fig->cap.ore, total->ore, &fig->cap_room.ore)) {
        fig->cap_room.set = true;
        fig->cap_room_pct = pct_of(fig->cap_room.ore, fig->cap.ore);
        /* up to 20 %, exactly: 100 × over <= 20 × cap */
        fig->cap_scheme_ok = scheme && !fig->cap_open &&
            fig->cap_room.ore < 0 &&
            money_mul_div(-fig->cap_room.ore, 100, SCHEME_PCT, &scaled) &&
            scaled <= fig->cap.ore;
    }
    const struct amount_opt *costs = &fig->row[ROW_OMKOSTNINGER],
                            *works = &fig->row[ROW_HAANDVAERKER];
    if (costs->set && works->set)
        fig->costs_share = pct_of(costs->ore, works->ore);
    if (st->husleje_kr_m2.set)
        fig->rent = (struct amount_opt){ true, st->husleje_kr_m2.n };
    const struct service_area *sa = &st->serviceareal;
    if (sa->anskaffelsessum_kr.set)
        fig->service = (struct amount_opt){ true, sa->anskaffelsessum_kr.n };
    if (sa->tilskud_kr.set)
        fig->service_tilskud = (struct amount_opt){ true, sa->tilskud_kr.n };
    if (st->afsatte_beloeb.set) {
        fig->afsatte = (struct amount_opt){ true, st->afsatte_beloeb.n };
        if (total->set)
            fig->afsatte_share = pct_of(st->afsatte_beloeb.n, total->ore);
    }
}

/* The guaranteed part L − 0,60 × V of the latest loan, and its share of
 * L, each rounded once; unset when a product does not fit. */
static void derive_valuation(const struct guarantee *g, struct figures *f)
{
    enum stage s = f->stage[STAGE_C].loan.set ? STAGE_C
                 : f->stage[STAGE_B].loan.set ? STAGE_B : STAGE__COUNT;
    if (!g->ejendomsvaerdi_kr.set || s == STAGE__COUNT)
        return;
    struct valuation v = { true, s, f->stage[s].loan.ore, 0, 0 };
    int64_t covered;
    if (!money_mul_div(g->ejendomsvaerdi_kr.n, 6, 10, &covered) ||
        !money_sub(v.loan_ore, covered, &v.part_ore))
        return;
    if (v.part_ore < 0)
        v.part_ore = 0;
    if (v.loan_ore > 0 &&
        !money_mul_div(v.part_ore, DEC_HUNDRED, v.loan_ore, &v.share))
        return;
    if (v.share > DEC_HUNDRED)
        v.share = DEC_HUNDRED;
    f->valuation = v;
}

void derive_figures(const struct project *p, const struct rates *rates,
                    struct figures *f, struct basis *b)
{
    memset(f, 0, sizeof *f);
    memset(b, 0, sizeof *b);
    for (int s = 0; s < STAGE__COUNT; s++) {
        if (!p->skema.stage[s].sec.set)
            continue;
        f->stage[s].present = true;
        derive_rows(&p->skema.stage[s], &f->stage[s]);
    }
    derive_shares(p, rates, &f->shares, b);
    if (b->law)
        cite(f, &b->law->kilde);
    for (int s = 0; s < STAGE__COUNT; s++)
        if (f->stage[s].present) {
            derive_financing(&p->garanti, &f->shares, &f->stage[s]);
            derive_finance_sum(&p->skema.stage[s], &f->stage[s]);
        }
    derive_caps(p, rates, f, b);
    for (int s = 0; s < STAGE__COUNT; s++)
        if (f->stage[s].present)
            derive_shown(&p->skema.stage[s], f->excess_scheme, &f->stage[s]);
    derive_valuation(&p->garanti, f);
    compare_stages(f);
}
