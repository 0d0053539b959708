/* SPDX-License-Identifier: MIT */
/*
 * Check, part 3: the rules of almene byggeregnskaber — the financing split
 * the law gives, the cost cap, the guarantee from the valuation, the
 * dates, what may not change from B to C, and plausibility.  The figures
 * are derived before (check_figures.c); these rules only read them and
 * say what they find.  Where rates do not reach, the finding says "not
 * checked" and why.  Documented in src/check_private.h.
 */
#include <stdlib.h>
#include <string.h>

#include "check_private.h"
#include "money.h"
#include "xalloc.h"

static const char *source_title(const struct check_ctx *c, const char *id)
{
    const struct rate_source *s = c->rates ? rates_source(c->rates, id) : NULL;
    return s ? s->titel.text : id;
}

/* ---- the financing split the law gives ------------------------------- */

void check_financing_rule(const struct check_ctx *c)
{
    const struct project *p = c->p;
    const struct financing *fin = &p->finansiering;
    const struct val *tilsagn = &p->projekt.datoer.tilsagn;
    const struct rate_split *law = c->b->law;
    struct pos where = fin->sec.set ? fin->sec.pos : p->root.pos;
    if (!law) {
        reason_note(c->diags, RULE_GRUNDKAPITAL_PCT, where, "finansiering",
                    &c->b->law_why);
        return;
    }
    const char *title = source_title(c, law->kilde.text);
    if (c->f->shares.from_law) {
        bool partial = fin->realkredit_pct.set || fin->grundkapital_pct.set ||
                       fin->beboerindskud_pct.set;
        diag_note(c->diags, RULE_GRUNDKAPITAL_PCT, where, "finansiering",
                  partial
                  ? N_("finansiering is incomplete: the law's {realkredit} % "
                       "realkreditlån, {grundkapital} % grundkapital and "
                       "{beboerindskud} % beboerindskud for a tilsagn of "
                       "{date} are used ({source})")
                  : N_("finansiering is not stated: the law's {realkredit} % "
                       "realkreditlån, {grundkapital} % grundkapital and "
                       "{beboerindskud} % beboerindskud for a tilsagn of "
                       "{date} are used ({source})"),
                  ARGS(ARG_DEC("realkredit", law->realkredit_pct.n),
                       ARG_DEC("grundkapital", law->grundkapital_pct.n),
                       ARG_DEC("beboerindskud", law->beboerindskud_pct.n),
                       ARG_DATE("date", tilsagn->n), ARG_TEXT("source", title)));
    }
    const struct {
        const struct val *stated;
        int64_t law;
        enum rule rule;
        const char *path;
    } rows[] = {
        { &fin->grundkapital_pct, law->grundkapital_pct.n, RULE_GRUNDKAPITAL_PCT,
          "finansiering.grundkapital_pct" },
        { &fin->realkredit_pct, law->realkredit_pct.n, RULE_FINANCE_SPLIT,
          "finansiering.realkredit_pct" },
        { &fin->beboerindskud_pct, law->beboerindskud_pct.n, RULE_FINANCE_SPLIT,
          "finansiering.beboerindskud_pct" },
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        if (!rows[i].stated->set || rows[i].stated->n == rows[i].law)
            continue;
        diag_add(c->diags, rows[i].rule, rows[i].stated->pos, rows[i].path,
                 N_("{stated} % is stated, but for a tilsagn of {date} the law "
                    "gives {law} % ({source})"),
                 ARGS(ARG_DEC("stated", rows[i].stated->n),
                      ARG_DATE("date", tilsagn->n), ARG_DEC("law", rows[i].law),
                      ARG_TEXT("source", title)));
    }
}

/* ---- the cost cap ---------------------------------------------------- */

/* The zone lookup is a step of deriving the cap (check_figures.c calls
 * it); it stays in this file while the rates work changes how a kommune
 * finds its zone, so that the two changes meet in one place. */
bool cap_zone(const struct project *p, const struct rates *rates,
              const char **zone_out, const char **why_out)
{
    const struct val *skema_b = &p->projekt.datoer.skema_b;
    const char *zone = *zone_out;
    const char *why = NULL;
    if (!skema_b->set)
        why = N_("projekt.datoer.skema_b is not given (the year skema B is "
                 "approved decides the cap)");
    else if (!rates)
        why = N_("no rates data is loaded");
    else if (!zone && !p->projekt.kommune.set)
        why = N_("projekt.kommune is not given (it decides the zone)");
    if (!why && !zone) {
        const struct rate_zone *z = rates_zone(rates, p->projekt.kommune.text,
                                               skema_b->n, &why);
        zone = z ? z->id.text : NULL;
    }
    if (why) {
        *why_out = why;
        return false;
    }
    *zone_out = zone;
    return true;
}

/*
 * How far beyond the highest known energitillæg a needed one must be
 * before a person must look: 3 times.  The energitillæg is indexed like
 * the maksimumsbeløb, and the caps with a source rose by about a third
 * from 2006 to 2018 (familie, Hovedstadsregionen: 17.700 to 23.280 kr per
 * m²); the one later municipal figure (Næstved 2018: 1.010 kr per m²) is
 * below the 2009 level.  No plausible indexation triples the amount, so a
 * need beyond 3 times the highest level is no open question of the
 * energitillæg: the total is very likely above the cap.
 */
enum { ENERGY_FACTOR = 3 };

/* Over the cap without an energitillæg of unknown amount: a warning when
 * the energitillæg needed is beyond ENERGY_FACTOR times the highest known
 * level; false (the caller notes it) when it is not, or none is known. */
static bool energy_implausible(const struct check_ctx *c, enum stage s,
                               struct pos at, const char *path)
{
    const struct stage_figures *fig = &c->f->stage[s];
    const struct rate_energy *etage = c->b->energy_top[FORM_ETAGE],
                             *lav = c->b->energy_top[FORM_LAV];
    const struct rate_energy *top = !lav ? etage : !etage ? lav
        : etage->kr_m2.n >= lav->kr_m2.n ? etage : lav;
    int64_t limit;
    if (!fig->energy_needed.set || !top ||
        !money_mul_div(top->kr_m2.n, ENERGY_FACTOR, 1, &limit) ||
        fig->energy_needed.ore <= limit)
        return false;
    /* one form known: the first 7 */
    struct msg_arg args[] = {
        ARG_KR("total", fig->row[ROW_TOTAL].ore),
        ARG_KR("over", -fig->cap_room.ore), ARG_KR("cap", fig->cap.ore),
        ARG_KR_ORE("needed", fig->energy_needed.ore),
        ARG_INT("factor", ENERGY_FACTOR), ARG_KR("highest", top->kr_m2.n),
        ARG_INT("year", top->aar.n),
        ARG_KR("etage", etage ? etage->kr_m2.n : 0),
        ARG_KR("lav", lav ? lav->kr_m2.n : 0),
    };
    if (etage && lav)
        diag_add(c->diags, RULE_CAP_ENERGY, at, path,
                 N_("the anskaffelsessum {total} kr is {over} kr above the cap "
                    "without the energitillæg ({cap} kr): the energitillæg "
                    "would have to be {needed} kr per m² boligareal, more than "
                    "{factor} times the highest known level (at {year} level "
                    "{etage} kr per m² for etagebyggeri and {lav} kr per m² "
                    "for lavt byggeri)"), ARGV(9, args));
    else
        diag_add(c->diags, RULE_CAP_ENERGY, at, path,
                 N_("the anskaffelsessum {total} kr is {over} kr above the cap "
                    "without the energitillæg ({cap} kr): the energitillæg "
                    "would have to be {needed} kr per m² boligareal, more than "
                    "{factor} times the highest known level ({highest} kr per "
                    "m² at {year} level)"), ARGV(7, args));
    return true;
}

/* Over the cap (not open).  Under the 2022 scheme, up to 20 % above it is
 * a warning (cap-excess); beyond, or outside the scheme, an error. */
static void cap_over(const struct check_ctx *c, enum stage s, struct pos at,
                     const char *path)
{
    const struct stage_figures *fig = &c->f->stage[s];
    int64_t over = -fig->cap_room.ore;
    bool within = fig->cap_scheme_ok;   /* derived in check_figures.c */
    /* without a percentage, the first 3 */
    struct msg_arg args[] = {
        ARG_KR("total", fig->row[ROW_TOTAL].ore), ARG_KR("cap", fig->cap.ore),
        ARG_KR("over", over), ARG_X100("pct", -fig->cap_room_pct.x100),
    };
    size_t n = fig->cap_room_pct.set ? 4 : 3;
    if (within)
        diag_add(c->diags, RULE_CAP_EXCESS, at, path,
                 N_("the anskaffelsessum {total} kr exceeds the maksimumsbeløb "
                    "{cap} kr by {over} kr ({pct} %): within the 20 % of the "
                    "2022 scheme (skema A before 1.1.2022, skema B by "
                    "30.6.2024), it needs the approval of both the "
                    "kommunalbestyrelse and Landsbyggefonden, within the "
                    "national pool of 1.400 boliger"), ARGV(n, args));
    else if (c->f->excess_scheme && n == 4)
        diag_add(c->diags, RULE_CAP_LIMIT, at, path,
                 N_("the anskaffelsessum {total} kr exceeds the maksimumsbeløb "
                    "{cap} kr by {over} kr ({pct} %), more than the 20 % the "
                    "2022 scheme allows"), ARGV(n, args));
    else if (n == 4)
        diag_add(c->diags, RULE_CAP_LIMIT, at, path,
                 N_("the anskaffelsessum {total} kr exceeds the "
                    "maksimumsbeløb {cap} kr by {over} kr ({pct} %)"), ARGV(n, args));
    else
        diag_add(c->diags, RULE_CAP_LIMIT, at, path,
                 N_("the anskaffelsessum {total} kr exceeds the "
                    "maksimumsbeløb {cap} kr by {over} kr"), ARGV(n, args));
}

/* The cap of one stage against its total. */
static void check_stage_cap(const struct check_ctx *c, enum stage s)
{
    const struct stage_data *st = &c->p->skema.stage[s];
    const struct stage_figures *fig = &c->f->stage[s];
    char *path = stage_path(s, NULL);
    const char *open_why = c->b->cap_open_why[s];
    struct pos at = st->anskaffelsessum.i_alt.set ? st->anskaffelsessum.i_alt.pos
                                                  : st->sec.pos;
    if (!fig->cap.set) {
        reason_note(c->diags, RULE_CAP_LIMIT, st->sec.pos, path,
                    &c->b->stage_cap_why[s]);
    } else if (fig->cap_room.set && fig->cap_room.ore < 0 && fig->cap_open) {
        if (!energy_implausible(c, s, at, path))
            diag_unchecked(c->diags, RULE_CAP_LIMIT, at, path,
                UNCHECKED_DECIDED,
                N_("the anskaffelsessum {total} kr is {over} kr above the cap "
                   "without the energitillæg ({cap} kr), and {why}; state "
                   "maksimumsbeloeb.energitillaeg_kr_m2"),
                ARGS(ARG_KR("total", fig->row[ROW_TOTAL].ore),
                     ARG_KR("over", -fig->cap_room.ore),
                     ARG_KR("cap", fig->cap.ore), ARG_MSG("why", open_why)));
    } else if (fig->cap_room.set && fig->cap_room.ore < 0) {
        /* a cap of 0 gives no percentage: the share of nothing is not said */
        cap_over(c, s, at, path);
    } else if (fig->cap_open) {
        diag_note(c->diags, RULE_CAP_LIMIT, at, path,
                  N_("within the cap even without the energitillæg ({cap} kr "
                     "without it; {why})"),
                  ARGS(ARG_KR("cap", fig->cap.ore), ARG_MSG("why", open_why)));
    }
    /* a municipality's figure inkl. energitillæg: say whose, and what it
     * does not say */
    if (fig->cap.set && fig->cap_incl_source)
        diag_note(c->diags, RULE_CAP_LIMIT, at, path,
                  N_("the maksimumsbeløb {cap} kr includes the energitillæg, "
                     "as stated in {source}; the source does not say whether "
                     "for etagebyggeri or lavt byggeri"),
                  ARGS(ARG_KR("cap", fig->cap.ore),
                       ARG_TEXT("source",
                                source_title(c, fig->cap_incl_source))));
    free(path);
}

static void check_cap(const struct check_ctx *c)
{
    const struct project *p = c->p;
    if (!p->skema.stage[STAGE_B].sec.set && !p->skema.stage[STAGE_C].sec.set)
        return;
    if (c->b->cap_why.msgid) {
        const struct cost_cap *stated = &p->maksimumsbeloeb;
        reason_note(c->diags, RULE_CAP_LIMIT,
                    stated->sec.set ? stated->sec.pos : p->skema.sec.pos,
                    "maksimumsbeloeb", &c->b->cap_why);
        return;
    }
    for (enum stage s = STAGE_B; s <= STAGE_C; s++)
        if (p->skema.stage[s].sec.set)
            check_stage_cap(c, s);
}

/* ---- the guarantee from the valuation --------------------------------- */

static void check_valuation(const struct check_ctx *c)
{
    const struct guarantee *g = &c->p->garanti;
    const struct valuation *v = &c->f->valuation;
    if (!g->ejendomsvaerdi_kr.set)
        return;
    if (!v->set) {
        bool loan = c->f->stage[STAGE_C].loan.set || c->f->stage[STAGE_B].loan.set;
        diag_unchecked(c->diags, RULE_GUARANTEE_VALUATION,
                       g->ejendomsvaerdi_kr.pos, "garanti.ejendomsvaerdi_kr",
                       UNCHECKED_CHECKED, loan
                       ? N_("the valuation and the loan are too large to "
                            "compute the guaranteed part exactly")
                       : N_("no loan of skema C or B is known to set the "
                            "valuation against"), NO_ARGS);
        return;
    }
    /* shown at the decimals garanti.pct is written with (at least 2) */
    unsigned d = g->pct.set ? pct_decimals(&g->pct) : 0;
    /* the share alone takes the first 5, the comparison all 6 */
    struct msg_arg args[] = {
        ARG_KR("valuation", g->ejendomsvaerdi_kr.n),
        ARG_TEXT("stage", stage_name(v->stage)), ARG_KR_ORE("loan", v->loan_ore),
        ARG_DEC_SHOWN("share", v->share, d < 2 ? 2 : d),
        ARG_KR_ORE("part", v->part_ore),
        ARG_DEC("stated", g->pct.set ? g->pct.n : 0),
    };
    if (!g->pct.set) {
        diag_note(c->diags, RULE_GUARANTEE_VALUATION, g->ejendomsvaerdi_kr.pos,
                  "garanti.ejendomsvaerdi_kr",
                  N_("the valuation {valuation} kr gives a guaranteed part of "
                     "{part} kr, {share} % of skema {stage}'s loan {loan} kr"),
                  ARGV(5, args));
        return;
    }
    /* compared at the precision garanti.pct is stated with: 55.51
     * agrees with 55,505 to 55,515 %, six decimals exactly */
    if (!pct_covers(&g->pct, v->share))
        diag_add(c->diags, RULE_GUARANTEE_VALUATION, g->pct.pos, "garanti.pct",
                 N_("{stated} % is stated, but the valuation {valuation} kr "
                    "against skema {stage}'s loan {loan} kr gives "
                    "(L − 0,60 × V) / L = {share} %"), ARGV(6, args));
}

/* ---- dates ------------------------------------------------------------ */

/* ymd plus n months, the day clamped to the month's end. */
static int64_t add_months(int64_t ymd, int months)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int64_t y = ymd / 10000, m = ymd / 100 % 100 + months, d = ymd % 100;
    y += (m - 1) / 12;
    m = (m - 1) % 12 + 1;
    int64_t last = days[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
    return y * 10000 + m * 100 + (d > last ? last : d);
}

static void check_dates(const struct check_ctx *c)
{
    const struct dates *d = &c->p->projekt.datoer;
    const struct { const struct val *v; const char *key, *path; } seq[] = {
        { &d->tilsagn, "tilsagn", "projekt.datoer.tilsagn" },
        { &d->skema_b, "skema_b", "projekt.datoer.skema_b" },
        { &d->skaeringsdag, "skaeringsdag", "projekt.datoer.skaeringsdag" },
        { &d->skema_c_indsendt, "skema_c_indsendt",
          "projekt.datoer.skema_c_indsendt" },
    };
    for (size_t i = 1; i < sizeof seq / sizeof seq[0]; i++) {
        for (size_t j = 0; j < i; j++) {
            if (!seq[i].v->set || !seq[j].v->set || seq[j].v->n <= seq[i].v->n)
                continue;
            diag_add(c->diags, RULE_DATES_ORDER, seq[i].v->pos, seq[i].path,
                     N_("{key} {date} is before {other} {other_date}"),
                     ARGS(ARG_TEXT("key", seq[i].key),
                          ARG_DATE("date", seq[i].v->n),
                          ARG_TEXT("other", seq[j].key),
                          ARG_DATE("other_date", seq[j].v->n)));
            break;
        }
    }
    if (!c->p->skema.stage[STAGE_C].sec.set)
        return;
    if (!d->skaeringsdag.set || !d->skema_c_indsendt.set) {
        diag_unchecked(c->diags, RULE_C_DEADLINE,
                       d->sec.set ? d->sec.pos : c->p->projekt.sec.pos,
                       "projekt.datoer", UNCHECKED_CHECKED,
                       N_("the deadline of skema C needs skaeringsdag and "
                          "skema_c_indsendt"), NO_ARGS);
        return;
    }
    int64_t due = add_months(d->skaeringsdag.n, 6);
    if (d->skema_c_indsendt.n > due)
        diag_add(c->diags, RULE_C_DEADLINE, d->skema_c_indsendt.pos,
                 "projekt.datoer.skema_c_indsendt",
                 N_("skema C was submitted {submitted}, after the deadline "
                    "{due} (6 months after the skæringsdag {cutoff}); it needs "
                    "an extension from the municipality"),
                 ARGS(ARG_DATE("submitted", d->skema_c_indsendt.n),
                      ARG_DATE("due", due), ARG_DATE("cutoff", d->skaeringsdag.n)));
}

/* ---- what may not change from B to C ---------------------------------- */

/* type is NULL for the stage's own totals, else the fordeling type. */
static void same_in_c(const struct check_ctx *c, const struct val *b,
                      const struct val *cv, const char *type, const char *field,
                      bool *compared)
{
    if (!b->set || !cv->set)
        return;
    *compared = true;
    if (b->n == cv->n)
        return;
    char *path = type ? xasprintf("skema.C.fordeling.%s.%s", type, field)
                      : stage_path(STAGE_C, field);
    if (strcmp(field, "boliger") == 0)
        diag_add(c->diags, RULE_AREAS_UNCHANGED, cv->pos, path,
                 N_("{c} in skema C, but {b} in skema B"),
                 ARGS(ARG_INT("c", cv->n), ARG_INT("b", b->n)));
    else
        diag_add(c->diags, RULE_AREAS_UNCHANGED, cv->pos, path,
                 N_("{c} m² in skema C, but {b} m² in skema B"),
                 ARGS(ARG_DEC("c", cv->n), ARG_DEC("b", b->n)));
    free(path);
}

static void check_areas_b_to_c(const struct check_ctx *c)
{
    const struct stage_data *b = &c->p->skema.stage[STAGE_B];
    const struct stage_data *cs = &c->p->skema.stage[STAGE_C];
    bool compared = false;
    same_in_c(c, &b->boliger, &cs->boliger, NULL, "boliger", &compared);
    same_in_c(c, &b->bruttoetageareal_m2, &cs->bruttoetageareal_m2, NULL,
              "bruttoetageareal_m2", &compared);
    same_in_c(c, &b->boligareal_m2, &cs->boligareal_m2, NULL, "boligareal_m2",
              &compared);
    for (int t = 0; t < HOUSING_TYPES; t++) {
        const struct areas *x = &b->fordeling.type[t], *y = &cs->fordeling.type[t];
        const char *type = housing_key((enum housing)t);
        same_in_c(c, &x->boliger, &y->boliger, type, "boliger", &compared);
        same_in_c(c, &x->bruttoetageareal_m2, &y->bruttoetageareal_m2, type,
                  "bruttoetageareal_m2", &compared);
        same_in_c(c, &x->boligareal_m2, &y->boligareal_m2, type, "boligareal_m2",
                  &compared);
    }
    if (!compared)
        diag_unchecked(c->diags, RULE_AREAS_UNCHANGED, cs->sec.pos, "skema.C",
                       UNCHECKED_CHECKED,
                       N_("skema B and C do not both give boliger or areas"),
                       NO_ARGS);
}

static void check_total_above_b(const struct check_ctx *c)
{
    const struct stage_data *cs = &c->p->skema.stage[STAGE_C];
    const struct change *up = &c->f->cmp[COMPARE_BC].row[ROW_TOTAL];
    if (!up->set || up->delta_ore <= 0)
        return;
    /* without a percentage, the first 3 */
    struct msg_arg args[] = {
        ARG_KR("c", c->f->stage[STAGE_C].row[ROW_TOTAL].ore),
        ARG_KR("b", c->f->stage[STAGE_B].row[ROW_TOTAL].ore),
        ARG_KR("up", up->delta_ore), ARG_X100("pct", up->pct_x100),
    };
    struct pos at = cs->anskaffelsessum.i_alt.set ? cs->anskaffelsessum.i_alt.pos
                                                  : cs->sec.pos;
    /* B's total of 0 gives no percentage: a rise from nothing has none */
    if (up->has_pct)
        diag_add(c->diags, RULE_TOTAL_ABOVE_B, at, "skema.C.anskaffelsessum",
                 N_("skema C's {c} kr is {up} kr ({pct} %) above skema B's "
                    "{b} kr; the increase needs the municipality's approval"),
                 ARGV(4, args));
    else
        diag_add(c->diags, RULE_TOTAL_ABOVE_B, at, "skema.C.anskaffelsessum",
                 N_("skema C's {c} kr is {up} kr above skema B's {b} kr; the "
                    "increase needs the municipality's approval"), ARGV(3, args));
}

static void check_rent(const struct check_ctx *c)
{
    const struct change *rent = &c->f->cmp[COMPARE_BC].rent;
    if (!rent->set)
        return;
    /* without a percentage, the first 3 */
    struct msg_arg args[] = {
        ARG_KR("c", c->f->stage[STAGE_C].rent.ore),
        ARG_KR("b", c->f->stage[STAGE_B].rent.ore),
        ARG_KR_DELTA("delta", rent->delta_ore),
        ARG_X100_DELTA("pct", rent->pct_x100),
    };
    struct pos at = c->p->skema.stage[STAGE_C].husleje_kr_m2.pos;
    if (rent->has_pct)
        diag_note(c->diags, RULE_RENT_CHANGE, at, "skema.C.husleje_kr_m2",
                  N_("the rent is {c} kr per m² in skema C against {b} kr in "
                     "skema B: {delta} kr ({pct} %)"), ARGV(4, args));
    else
        diag_note(c->diags, RULE_RENT_CHANGE, at, "skema.C.husleje_kr_m2",
                  N_("the rent is {c} kr per m² in skema C against {b} kr in "
                     "skema B: {delta} kr"), ARGV(3, args));
}

static void check_afsatte(const struct check_ctx *c)
{
    const struct stage_figures *fc = &c->f->stage[STAGE_C];
    if (!fc->afsatte.set || !fc->afsatte_share.set)
        return;
    diag_note(c->diags, RULE_AFSATTE_SHARE,
              c->p->skema.stage[STAGE_C].afsatte_beloeb.pos,
              "skema.C.afsatte_beloeb",
              N_("afsatte beløb of {afsatte} kr are {pct} % of the "
                 "anskaffelsessum {total} kr; their use is still to be "
                 "documented and audited"),
              ARGS(ARG_KR("afsatte", fc->afsatte.ore),
                   ARG_X100("pct", fc->afsatte_share.x100),
                   ARG_KR("total", fc->row[ROW_TOTAL].ore)));
}

/* ---- the serviceareal, a separate account ------------------------------ */

/* One change of the serviceareal's anskaffelsessum: from B to C up is a
 * warning (like the dwellings' total), every other change a note. */
static void service_change(const struct check_ctx *c, enum compare_index i,
                           enum stage from, enum stage to)
{
    const struct change *ch = &c->f->cmp[i].service;
    if (!ch->set)
        return;
    const struct service_area *sa = &c->p->skema.stage[to].serviceareal;
    char *path = stage_path(to, "serviceareal.anskaffelsessum_kr");
    /* without a percentage, the first 5 */
    struct msg_arg args[] = {
        ARG_KR("to", c->f->stage[to].service.ore),
        ARG_TEXT("to_stage", stage_name(to)),
        ARG_KR("from", c->f->stage[from].service.ore),
        ARG_TEXT("from_stage", stage_name(from)),
        ARG_KR_DELTA("delta", ch->delta_ore),
        ARG_X100_DELTA("pct", ch->pct_x100),
    };
    size_t n = ch->has_pct ? 6 : 5;
    if (i == COMPARE_BC && ch->delta_ore > 0)
        diag_add(c->diags, RULE_SERVICE_AREA, sa->anskaffelsessum_kr.pos, path,
                 ch->has_pct
                 ? N_("the serviceareal costs {to} kr in skema {to_stage} "
                      "against {from} kr in skema {from_stage}: {delta} kr "
                      "({pct} %); the increase needs the municipality's "
                      "approval")
                 : N_("the serviceareal costs {to} kr in skema {to_stage} "
                      "against {from} kr in skema {from_stage}: {delta} kr; "
                      "the increase needs the municipality's approval"),
                 ARGV(n, args));
    else
        diag_note(c->diags, RULE_SERVICE_AREA, sa->anskaffelsessum_kr.pos, path,
                  ch->has_pct
                  ? N_("the serviceareal costs {to} kr in skema {to_stage} "
                       "against {from} kr in skema {from_stage}: {delta} kr "
                       "({pct} %), a separate account")
                  : N_("the serviceareal costs {to} kr in skema {to_stage} "
                       "against {from} kr in skema {from_stage}: {delta} kr, "
                       "a separate account"), ARGV(n, args));
    free(path);
}

static void check_service(const struct check_ctx *c)
{
    service_change(c, COMPARE_AB, STAGE_A, STAGE_B);
    service_change(c, COMPARE_BC, STAGE_B, STAGE_C);
    /* the tilskud is computed only from a dated, sourced rate, and the
     * rates data holds none: say so once */
    for (int s = 0; s < STAGE__COUNT; s++) {
        const struct val *t = &c->p->skema.stage[s].serviceareal.tilskud_kr;
        if (!t->set)
            continue;
        char *path = stage_path((enum stage)s, "serviceareal.tilskud_kr");
        diag_unchecked(c->diags, RULE_SERVICE_AREA, t->pos, path,
                       UNCHECKED_CHECKED,
                       N_("the servicearealtilskud is not computed, as the "
                          "rates data holds no dated rate for it "
                          "(almenboligloven § 141)"), NO_ARGS);
        free(path);
        break;
    }
}

/* ---- plausibility ----------------------------------------------------- */

static void check_area_limit(const struct check_ctx *c, enum stage s,
                             enum housing type, const struct areas *a,
                             bool split)
{
    static const int64_t limit_m2[] = { [HOUSING_FAMILIE] = 115,
                                        [HOUSING_UNGDOM] = 50 };
    if (type != HOUSING_FAMILIE && type != HOUSING_UNGDOM)
        return;
    int64_t avg = average_bea(&a->bruttoetageareal_m2, &a->boliger);
    if (avg < 0 || avg <= limit_m2[type] * DEC_ONE)
        return;
    char *path = split ? xasprintf("skema.%s.fordeling.%s.bruttoetageareal_m2",
                                   stage_name(s), housing_key(type))
                       : stage_path(s, "bruttoetageareal_m2");
    diag_add(c->diags, RULE_AREA_PLAUSIBLE, a->bruttoetageareal_m2.pos, path,
             N_("the average {type} dwelling is {area} m² bruttoetageareal, "
                "above the {limit} m² of almenboligloven § 109"),
             ARGS(ARG_TEXT("type", housing_key(type)),
                  ARG_DEC_SHOWN("area", avg, 1), ARG_INT("limit", limit_m2[type])));
    free(path);
}

static void check_costs_share(const struct check_ctx *c, enum stage s)
{
    const struct pct_opt *share = &c->f->stage[s].costs_share;
    /* a judgement from the reference case, not law: 5-25 % */
    if (!share->set || (share->x100 >= 500 && share->x100 <= 2500))
        return;
    char *path = stage_path(s, "anskaffelsessum.omkostninger");
    diag_add(c->diags, RULE_COSTS_SHARE,
             c->p->skema.stage[s].anskaffelsessum.line[LINE_OMKOSTNINGER].pos,
             path, N_("omkostninger are {pct} % of håndværkerudgifter, outside "
                      "the usual 5-25 %"), ARGS(ARG_X100("pct", share->x100)));
    free(path);
}

static void check_plausible(const struct check_ctx *c)
{
    const struct project *p = c->p;
    for (int s = 0; s < STAGE__COUNT; s++) {
        const struct stage_data *st = &p->skema.stage[s];
        if (!st->sec.set)
            continue;
        /* the stage's own figures, as an areas record */
        const struct areas own = { .boliger = st->boliger,
                                   .bruttoetageareal_m2 = st->bruttoetageareal_m2 };
        if (p->projekt.boligtype.n != HOUSING_BLANDET)
            check_area_limit(c, (enum stage)s,
                             (enum housing)p->projekt.boligtype.n, &own, false);
        for (int t = 0; t < HOUSING_TYPES; t++)
            check_area_limit(c, (enum stage)s, (enum housing)t,
                             &st->fordeling.type[t], true);
        check_costs_share(c, (enum stage)s);
    }
}

void check_rules(const struct check_ctx *c)
{
    check_cap(c);
    check_valuation(c);
    check_dates(c);
    if (c->p->skema.stage[STAGE_B].sec.set && c->p->skema.stage[STAGE_C].sec.set) {
        check_areas_b_to_c(c);
        check_total_above_b(c);
        check_rent(c);
    }
    check_afsatte(c);
    check_service(c);
    check_plausible(c);
}
