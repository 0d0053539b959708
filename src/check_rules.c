/* SPDX-License-Identifier: MIT */
/*
 * Check, part 2: the rules of almene byggeregnskaber — the financing split
 * the law gives, the cost cap, the guarantee from the valuation, the
 * dates, what may not change from B to C, and plausibility.  Rates come
 * from rates.h; where they do not reach, the finding says "not checked"
 * and why.  Documented in include/check.h.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "format.h"
#include "money.h"
#include "xalloc.h"

struct ctx {
    const struct project *p;
    const struct rates *rates;
    struct figures *f;
    struct diag_list *diags;
};


static const char *date_str(char buf[16], int64_t ymd)
{
    snprintf(buf, 16, "%04d-%02d-%02d", (int)(ymd / 10000),
             (int)(ymd / 100 % 100), (int)(ymd % 100));
    return buf;
}

static const char *source_title(const struct ctx *c, const struct val *kilde)
{
    const struct rate_source *s = c->rates ? rates_source(c->rates, kilde->text)
                                           : NULL;
    return s ? s->titel.text : kilde->text;
}

/* Average bruttoetageareal per dwelling (millionths of m²), or -1. */
static int64_t average_bea(const struct val *bea, const struct val *boliger)
{
    if (!bea->set || !boliger->set || boliger->n <= 0)
        return -1;
    return bea->n / boliger->n;
}

/* ---- the financing split the law gives ------------------------------- */

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

/* The average area of one type, from the earliest stage that gives it
 * (the tilsagn was given on skema A's figures). */
static int64_t type_average(const struct project *p, enum housing type)
{
    static const enum stage order[] = { STAGE_A, STAGE_B, STAGE_C };
    for (size_t i = 0; i < 3; i++) {
        const struct stage_data *st = &p->skema.stage[order[i]];
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

void check_financing_rule(const struct project *p, const struct rates *rates,
                          struct figures *f, struct diag_list *diags)
{
    const struct financing *fin = &p->finansiering;
    const struct val *tilsagn = &p->projekt.datoer.tilsagn;
    struct shares *sh = &f->shares;
    bool stated = fin->realkredit_pct.set && fin->grundkapital_pct.set &&
                  fin->beboerindskud_pct.set;
    struct pos where = fin->sec.set ? fin->sec.pos : p->root.pos;
    char d[16], x[NUM_FMT_MAX], y[NUM_FMT_MAX], z[NUM_FMT_MAX];
    struct ctx c = { p, rates, f, diags };

    if (stated)
        *sh = (struct shares){ true, false, fin->realkredit_pct.n,
                               fin->grundkapital_pct.n, fin->beboerindskud_pct.n };
    bool partial = !stated && (fin->realkredit_pct.set ||
                               fin->grundkapital_pct.set ||
                               fin->beboerindskud_pct.set);
    if (!tilsagn->set) {
        diag_notef(diags, RULE_GRUNDKAPITAL_PCT, where, "finansiering",
                  "not checked: the grundkapital %% the law gives depends on "
                  "the tilsagn date, and projekt.datoer.tilsagn is not given");
        return;
    }
    if (!rates) {
        diag_notef(diags, RULE_GRUNDKAPITAL_PCT, where, "finansiering",
                  "not checked: no rates data is loaded");
        return;
    }

    enum housing types[3];
    unsigned ntypes = project_types(p, types);
    const struct rate_split *law = NULL;
    const char *why = "the project's split gives no housing type";
    for (unsigned i = 0; i < ntypes; i++) {
        const struct rate_split *r = rates_split(rates, tilsagn->n, types[i],
                                                 type_average(p, types[i]), &why);
        if (!r) {
            law = NULL;
            break;
        }
        if (law && (law->grundkapital_pct.n != r->grundkapital_pct.n ||
                    law->realkredit_pct.n != r->realkredit_pct.n)) {
            diag_notef(diags, RULE_GRUNDKAPITAL_PCT, where, "finansiering",
                      "not checked: the housing types of this mixed project "
                      "have different shares (%s %% and %s %% grundkapital); "
                      "skema checks one split per project",
                      fmt_pct(x, law->grundkapital_pct.n),
                      fmt_pct(y, r->grundkapital_pct.n));
            return;
        }
        law = r;
    }
    if (!law) {
        diag_notef(diags, RULE_GRUNDKAPITAL_PCT, where, "finansiering",
                  "not checked: %s", why);
        return;
    }
    if (!stated) {
        *sh = (struct shares){ true, true, law->realkredit_pct.n,
                               law->grundkapital_pct.n, law->beboerindskud_pct.n };
        diag_notef(diags, RULE_GRUNDKAPITAL_PCT, where, "finansiering",
                  "finansiering is %s: the law's %s %% realkreditlån, "
                  "%s %% grundkapital and %s %% beboerindskud for a tilsagn of "
                  "%s are used (%s)", partial ? "incomplete" : "not stated",
                  fmt_pct(x, law->realkredit_pct.n),
                  fmt_pct(y, law->grundkapital_pct.n),
                  fmt_pct(z, law->beboerindskud_pct.n),
                  date_str(d, tilsagn->n), source_title(&c, &law->kilde));
    }
    const struct {
        const struct val *stated;
        int64_t law;
        enum rule rule;
        const char *key;
    } rows[] = {
        { &fin->grundkapital_pct, law->grundkapital_pct.n, RULE_GRUNDKAPITAL_PCT,
          "grundkapital_pct" },
        { &fin->realkredit_pct, law->realkredit_pct.n, RULE_FINANCE_SPLIT,
          "realkredit_pct" },
        { &fin->beboerindskud_pct, law->beboerindskud_pct.n, RULE_FINANCE_SPLIT,
          "beboerindskud_pct" },
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        if (!rows[i].stated->set || rows[i].stated->n == rows[i].law)
            continue;
        char path[40];
        snprintf(path, sizeof path, "finansiering.%s", rows[i].key);
        diag_addf(diags, rows[i].rule, rows[i].stated->pos, path,
                 "%s %% is stated, but for a tilsagn of %s the law gives "
                 "%s %% (%s)", fmt_pct(x, rows[i].stated->n),
                 date_str(d, tilsagn->n), fmt_pct(y, rows[i].law),
                 source_title(&c, &law->kilde));
    }
}

/* ---- the cost cap ---------------------------------------------------- */

/* kr per m² (øre) × m² (millionths), rounded once. */
static bool per_area(int64_t ore_m2, int64_t area, int64_t *out)
{
    return money_mul_div(ore_m2, area, DEC_ONE, out);
}

struct cap_part {
    enum housing type;
    const struct val *boligareal, *boliger;
};

/* The cap of one stage; false with a note when it cannot be had. */
static bool stage_cap(struct ctx *c, enum stage s, int64_t year,
                      const char *zone, int64_t *cap, bool *open,
                      const char **open_why, const char **why, char *why_buf,
                      size_t why_len)
{
    const struct project *p = c->p;
    const struct stage_data *st = &p->skema.stage[s];
    const struct cost_cap *stated = &p->maksimumsbeloeb;
    struct cap_part parts[HOUSING_TYPES];
    unsigned n = 0;
    if (p->projekt.boligtype.n == HOUSING_BLANDET) {
        for (int t = 0; t < HOUSING_TYPES; t++)
            if (st->fordeling.type[t].sec.set)
                parts[n++] = (struct cap_part){ (enum housing)t,
                    &st->fordeling.type[t].boligareal_m2,
                    &st->fordeling.type[t].boliger };
        if (n == 0) {
            *why = "a mixed project needs its boligareal per type under fordeling";
            return false;
        }
    } else {
        parts[n++] = (struct cap_part){ (enum housing)p->projekt.boligtype.n,
                                        &st->boligareal_m2, &st->boliger };
    }
    int64_t total = 0, area = 0;
    for (unsigned i = 0; i < n; i++) {
        if (!parts[i].boligareal->set) {
            snprintf(why_buf, why_len, "skema %s gives no boligareal_m2%s%s",
                     stage_name(s), n > 1 ? " for " : "",
                     n > 1 ? housing_key(parts[i].type) : "");
            *why = why_buf;
            return false;
        }
        int64_t kr_m2, kr_bolig = 0, part, homes = 0;
        bool has_bolig;
        if (stated->kr_m2.set) {
            kr_m2 = stated->kr_m2.n;
            has_bolig = stated->kr_bolig.set;
            kr_bolig = has_bolig ? stated->kr_bolig.n : 0;
        } else {
            const struct rate_cap *row = rates_cap(c->rates, year, parts[i].type,
                                                   zone, p->projekt.datoer.tilsagn.set
                                                       ? p->projekt.datoer.tilsagn.n : 0,
                                                   why);
            if (!row)
                return false;
            kr_m2 = row->kr_m2.n;
            has_bolig = row->kr_bolig.set;
            kr_bolig = has_bolig ? row->kr_bolig.n : 0;
        }
        if (has_bolig) {
            if (!parts[i].boliger->set) {
                snprintf(why_buf, why_len, "the cap has a part per dwelling, "
                         "and skema %s gives no boliger", stage_name(s));
                *why = why_buf;
                return false;
            }
            if (!money_mul_div(kr_bolig, parts[i].boliger->n, 1, &homes)) {
                *why = "the cap is too large to compute";
                return false;
            }
        }
        if (!per_area(kr_m2, parts[i].boligareal->n, &part) ||
            !money_add(total, part, &total) || !money_add(total, homes, &total) ||
            !money_add(area, parts[i].boligareal->n, &area)) {
            *why = "the cap is too large to compute";
            return false;
        }
    }

    /* the energitillæg */
    *open = false;
    const struct val *tilsagn = &p->projekt.datoer.tilsagn;
    int64_t energy = 0;
    if (stated->energitillaeg_kr_m2.set) {
        if (!per_area(stated->energitillaeg_kr_m2.n, area, &energy))
            return false;
    } else if (!stated->kr_m2.set) {
        const struct rate_energy *period = NULL, *amount = NULL;
        int form = p->projekt.byggeform.set ? (int)p->projekt.byggeform.n : -1;
        if (tilsagn->set) {
            rates_energy(c->rates, tilsagn->n, year, form, &period, &amount);
        } else if (rates_energy_began(c->rates, p->projekt.datoer.skema_b.n)) {
            /* the tilsagn came before skema B: it may have been in a period */
            *open = true;
            *open_why = "projekt.datoer.tilsagn is not given, and the "
                        "energitillæg depends on it";
        }
        if (amount) {
            if (!per_area(amount->kr_m2.n, area, &energy))
                return false;
        } else if (period) {
            /* say byggeform is missing only if it would have told */
            const struct rate_energy *p2, *etage = NULL, *lav = NULL;
            if (form < 0) {
                rates_energy(c->rates, tilsagn->n, year, FORM_ETAGE, &p2, &etage);
                rates_energy(c->rates, tilsagn->n, year, FORM_LAV, &p2, &lav);
            }
            *open = true;
            *open_why = etage || lav ? "its amount depends on projekt.byggeform, "
                                       "which is not given"
                                     : "its amount for that year is not in the "
                                       "rates data";
        }
    }
    if (!money_add(total, energy, cap)) {
        *why = "the cap is too large to compute";
        return false;
    }
    return true;
}

static void check_cap(struct ctx *c)
{
    const struct project *p = c->p;
    const struct val *skema_b = &p->projekt.datoer.skema_b;
    const struct cost_cap *stated = &p->maksimumsbeloeb;
    char a[NUM_FMT_MAX], b[NUM_FMT_MAX], e[NUM_FMT_MAX], w[160];
    bool any = p->skema.stage[STAGE_B].sec.set || p->skema.stage[STAGE_C].sec.set;
    if (!any)
        return;
    struct pos where = stated->sec.set ? stated->sec.pos : p->skema.sec.pos;

    const char *zone = stated->zone.set ? stated->zone.text : NULL;
    int64_t year = skema_b->set ? skema_b->n / 10000 : 0;
    if (!stated->kr_m2.set) {
        const char *why = NULL;
        if (!skema_b->set)
            why = "projekt.datoer.skema_b is not given (the year skema B is "
                  "approved decides the cap)";
        else if (!c->rates)
            why = "no rates data is loaded";
        else if (!zone && !p->projekt.kommune.set)
            why = "projekt.kommune is not given (it decides the zone)";
        if (!why && !zone) {
            const struct rate_zone *z = rates_zone(c->rates, p->projekt.kommune.text,
                                                   skema_b->n, &why);
            zone = z ? z->id.text : NULL;
        }
        const char *near = why && !zone && p->projekt.kommune.set && c->rates
            ? rates_kommune_suggestion(c->rates, p->projekt.kommune.text) : NULL;
        if (near)
            diag_note(c->diags, RULE_CAP_LIMIT, p->projekt.kommune.pos,
                      "projekt.kommune",
                      N_("not checked: '{kommune}' is none of the 98 "
                         "municipalities; did you mean {near}?"),
                      ARGS(ARG_TEXT("kommune", p->projekt.kommune.text),
                           ARG_TEXT("near", near)));
        else if (why)
            diag_notef(c->diags, RULE_CAP_LIMIT, where, "maksimumsbeloeb",
                      "not checked: %s", why);
        if (why)
            return;
    }

    for (enum stage s = STAGE_B; s <= STAGE_C; s++) {
        const struct stage_data *st = &p->skema.stage[s];
        struct stage_figures *fig = &c->f->stage[s];
        if (!st->sec.set)
            continue;
        char *path = xasprintf("skema.%s", stage_name(s));
        const char *why = NULL, *open_why = NULL;
        int64_t cap;
        bool open;
        if (!fig->row[ROW_TOTAL].set) {
            diag_notef(c->diags, RULE_CAP_LIMIT, st->sec.pos, path,
                      "not checked: skema %s has no total", stage_name(s));
        } else if (!stage_cap(c, s, year, zone, &cap, &open, &open_why, &why,
                              w, sizeof w)) {
            diag_notef(c->diags, RULE_CAP_LIMIT, st->sec.pos, path,
                      "not checked: %s", why);
        } else {
            fig->cap = (struct amount_opt){ true, cap };
            fig->cap_open = open;
            int64_t total = fig->row[ROW_TOTAL].ore, over;
            struct pos at = st->anskaffelsessum.i_alt.set
                          ? st->anskaffelsessum.i_alt.pos : st->sec.pos;
            if (total > cap && money_sub(total, cap, &over)) {
                int64_t pct = 0;
                money_mul_div(over, 10000, cap > 0 ? cap : 1, &pct);
                if (open)
                    diag_notef(c->diags, RULE_CAP_LIMIT, at, path,
                              "not decided: the anskaffelsessum %s kr is %s kr "
                              "above the cap without the energitillæg (%s kr), "
                              "and %s; state "
                              "maksimumsbeloeb.energitillaeg_kr_m2",
                              fmt_kr(a, total), fmt_kr(b, over), fmt_kr(e, cap),
                              open_why);
                else
                    diag_addf(c->diags, RULE_CAP_LIMIT, at, path,
                             "the anskaffelsessum %s kr exceeds the maksimumsbeløb "
                             "%s kr by %s kr (%s %%)", fmt_kr(a, total),
                             fmt_kr(e, cap), fmt_kr(b, over),
                             fmt_x100(w, pct));
            } else if (open) {
                diag_notef(c->diags, RULE_CAP_LIMIT, at, path,
                          "within the cap even without the energitillæg "
                          "(%s kr without it; %s)", fmt_kr(e, cap), open_why);
            }
        }
        free(path);
    }
}

/* ---- the guarantee from the valuation --------------------------------- */

/* A share in millionths of %, with the decimals it is compared at. */
static const char *fmt_share(char buf[NUM_FMT_MAX], int64_t share, unsigned d)
{
    num_format(share, DEC_DECIMALS, d < 2 ? 2 : d, &NUM_STYLE_DA, buf);
    return buf;
}

static unsigned decimals_of(const char *text)
{
    const char *dot = text ? strchr(text, '.') : NULL;
    return dot ? (unsigned)strlen(dot + 1) : 0;
}

static void check_valuation(struct ctx *c)
{
    const struct guarantee *g = &c->p->garanti;
    if (!g->ejendomsvaerdi_kr.set)
        return;
    char a[NUM_FMT_MAX], b[NUM_FMT_MAX], e[NUM_FMT_MAX], f[NUM_FMT_MAX];
    enum stage s = c->f->stage[STAGE_C].loan.set ? STAGE_C
                 : c->f->stage[STAGE_B].loan.set ? STAGE_B : STAGE__COUNT;
    if (s == STAGE__COUNT) {
        diag_notef(c->diags, RULE_GUARANTEE_VALUATION, g->ejendomsvaerdi_kr.pos,
                  "garanti.ejendomsvaerdi_kr",
                  "not checked: no loan of skema C or B is known to set the "
                  "valuation against");
        return;
    }
    int64_t loan = c->f->stage[s].loan.ore, v = g->ejendomsvaerdi_kr.n;
    /* the guaranteed part L − 0,6 V, and its share of L, rounded once */
    int64_t part, share = 0;
    if (!money_mul_div(v, 6, 10, &part) || !money_sub(loan, part, &part))
        return;
    if (part < 0)
        part = 0;
    if (loan > 0 && !money_mul_div(part, DEC_HUNDRED, loan, &share))
        return;
    if (share > DEC_HUNDRED)
        share = DEC_HUNDRED;
    if (!g->pct.set) {
        diag_notef(c->diags, RULE_GUARANTEE_VALUATION, g->ejendomsvaerdi_kr.pos,
                  "garanti.ejendomsvaerdi_kr",
                  "the valuation %s kr gives a guaranteed part of %s kr, %s %% "
                  "of skema %s's loan %s kr", fmt_kr(a, v), fmt_kr_ore(b, part),
                  fmt_share(e, share, 2), stage_name(s), fmt_kr_ore(f, loan));
        return;
    }
    /* agree to the decimals garanti.pct is written with */
    unsigned d = decimals_of(g->pct.text);
    int64_t half = 5;
    for (unsigned i = d + 1; i < DEC_DECIMALS; i++)
        half *= 10;
    int64_t diff = share - g->pct.n;
    if (d < DEC_DECIMALS && (diff < 0 ? -diff : diff) > half) {
        diag_addf(c->diags, RULE_GUARANTEE_VALUATION, g->pct.pos, "garanti.pct",
                 "%s %% is stated, but the valuation %s kr against skema %s's "
                 "loan %s kr gives (L − 0,60 × V) / L = %s %%",
                 fmt_pct(a, g->pct.n), fmt_kr(b, v), stage_name(s),
                 fmt_kr_ore(e, loan), fmt_share(f, share, d));
    }
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

static void check_dates(struct ctx *c)
{
    const struct dates *d = &c->p->projekt.datoer;
    const struct { const struct val *v; const char *key; } seq[] = {
        { &d->tilsagn, "tilsagn" }, { &d->skema_b, "skema_b" },
        { &d->skaeringsdag, "skaeringsdag" },
        { &d->skema_c_indsendt, "skema_c_indsendt" },
    };
    char x[16], y[16], z[16];
    for (size_t i = 1; i < sizeof seq / sizeof seq[0]; i++) {
        for (size_t j = 0; j < i; j++) {
            if (!seq[i].v->set || !seq[j].v->set || seq[j].v->n <= seq[i].v->n)
                continue;
            char path[48];
            snprintf(path, sizeof path, "projekt.datoer.%s", seq[i].key);
            diag_addf(c->diags, RULE_DATES_ORDER, seq[i].v->pos, path,
                     "%s %s is before %s %s", seq[i].key,
                     date_str(x, seq[i].v->n), seq[j].key, date_str(y, seq[j].v->n));
            break;
        }
    }
    if (!c->p->skema.stage[STAGE_C].sec.set)
        return;
    if (!d->skaeringsdag.set || !d->skema_c_indsendt.set) {
        diag_notef(c->diags, RULE_C_DEADLINE,
                  d->sec.set ? d->sec.pos : c->p->projekt.sec.pos, "projekt.datoer",
                  "not checked: the deadline of skema C needs skaeringsdag and "
                  "skema_c_indsendt");
        return;
    }
    int64_t due = add_months(d->skaeringsdag.n, 6);
    if (d->skema_c_indsendt.n > due)
        diag_addf(c->diags, RULE_C_DEADLINE, d->skema_c_indsendt.pos,
                 "projekt.datoer.skema_c_indsendt",
                 "skema C was submitted %s, after the deadline %s (6 months "
                 "after the skæringsdag %s); it needs an extension from the "
                 "municipality", date_str(x, d->skema_c_indsendt.n),
                 date_str(y, due), date_str(z, d->skaeringsdag.n));
}

/* ---- what may not change from B to C ---------------------------------- */

/* type is NULL for the stage's own totals, else the fordeling type. */
static void same_in_c(struct ctx *c, const struct val *b, const struct val *cv,
                      const char *type, const char *field, bool count,
                      bool *compared)
{
    if (!b->set || !cv->set)
        return;
    *compared = true;
    if (b->n == cv->n)
        return;
    char x[NUM_FMT_MAX], y[NUM_FMT_MAX];
    char *path = type ? xasprintf("skema.C.fordeling.%s.%s", type, field)
                      : stage_path(STAGE_C, field);
    if (count)
        diag_addf(c->diags, RULE_AREAS_UNCHANGED, cv->pos, path,
                 "%lld in skema C, but %lld in skema B", (long long)cv->n,
                 (long long)b->n);
    else
        diag_addf(c->diags, RULE_AREAS_UNCHANGED, cv->pos, path,
                 "%s m² in skema C, but %s m² in skema B", fmt_pct(x, cv->n),
                 fmt_pct(y, b->n));
    free(path);
}

static void check_b_to_c(struct ctx *c)
{
    const struct stage_data *b = &c->p->skema.stage[STAGE_B];
    const struct stage_data *cs = &c->p->skema.stage[STAGE_C];
    if (!b->sec.set || !cs->sec.set)
        return;
    bool compared = false;
    same_in_c(c, &b->boliger, &cs->boliger, NULL, "boliger", true, &compared);
    same_in_c(c, &b->bruttoetageareal_m2, &cs->bruttoetageareal_m2, NULL,
              "bruttoetageareal_m2", false, &compared);
    same_in_c(c, &b->boligareal_m2, &cs->boligareal_m2, NULL, "boligareal_m2",
              false, &compared);
    for (int t = 0; t < HOUSING_TYPES; t++) {
        const struct areas *x = &b->fordeling.type[t], *y = &cs->fordeling.type[t];
        const char *type = housing_key((enum housing)t);
        same_in_c(c, &x->boliger, &y->boliger, type, "boliger", true, &compared);
        same_in_c(c, &x->bruttoetageareal_m2, &y->bruttoetageareal_m2, type,
                  "bruttoetageareal_m2", false, &compared);
        same_in_c(c, &x->boligareal_m2, &y->boligareal_m2, type, "boligareal_m2",
                  false, &compared);
    }
    if (!compared)
        diag_notef(c->diags, RULE_AREAS_UNCHANGED, cs->sec.pos, "skema.C",
                  "not checked: skema B and C do not both give boliger or areas");

    const struct stage_figures *fb = &c->f->stage[STAGE_B], *fc = &c->f->stage[STAGE_C];
    char x[NUM_FMT_MAX], y[NUM_FMT_MAX], z[NUM_FMT_MAX], w[NUM_FMT_MAX];
    if (fb->row[ROW_TOTAL].set && fc->row[ROW_TOTAL].set &&
        fc->row[ROW_TOTAL].ore > fb->row[ROW_TOTAL].ore) {
        int64_t up = fc->row[ROW_TOTAL].ore - fb->row[ROW_TOTAL].ore, pct = 0;
        money_mul_div(up, 10000, fb->row[ROW_TOTAL].ore, &pct);
        diag_addf(c->diags, RULE_TOTAL_ABOVE_B,
                 cs->anskaffelsessum.i_alt.set ? cs->anskaffelsessum.i_alt.pos
                                               : cs->sec.pos,
                 "skema.C.anskaffelsessum",
                 "skema C's %s kr is %s kr (%s %%) above skema B's %s kr; the "
                 "increase needs the municipality's approval",
                 fmt_kr(x, fc->row[ROW_TOTAL].ore), fmt_kr(y, up),
                 fmt_x100(z, pct), fmt_kr(w, fb->row[ROW_TOTAL].ore));
    }
    if (b->husleje_kr_m2.set && cs->husleje_kr_m2.set) {
        int64_t delta = cs->husleje_kr_m2.n - b->husleje_kr_m2.n, pct = 0;
        bool has_pct = b->husleje_kr_m2.n > 0 &&
                       money_mul_div(delta, 10000, b->husleje_kr_m2.n, &pct);
        diag_notef(c->diags, RULE_RENT_CHANGE, cs->husleje_kr_m2.pos,
                  "skema.C.husleje_kr_m2",
                  "the rent is %s kr per m² in skema C against %s kr in skema B: "
                  "%s kr%s%s%s", fmt_kr(x, cs->husleje_kr_m2.n),
                  fmt_kr(y, b->husleje_kr_m2.n), fmt_kr_delta(z, delta),
                  has_pct ? " (" : "", has_pct ? fmt_pct_x100(w, pct) : "",
                  has_pct ? " %)" : "");
    }
}

static void check_afsatte(struct ctx *c)
{
    const struct stage_data *cs = &c->p->skema.stage[STAGE_C];
    const struct stage_figures *fc = &c->f->stage[STAGE_C];
    if (!cs->afsatte_beloeb.set || !fc->row[ROW_TOTAL].set ||
        fc->row[ROW_TOTAL].ore == 0)
        return;
    int64_t pct;
    char x[NUM_FMT_MAX], y[NUM_FMT_MAX], z[NUM_FMT_MAX];
    if (!money_mul_div(cs->afsatte_beloeb.n, 10000, fc->row[ROW_TOTAL].ore, &pct))
        return;
    diag_notef(c->diags, RULE_AFSATTE_SHARE, cs->afsatte_beloeb.pos,
              "skema.C.afsatte_beloeb",
              "afsatte beløb of %s kr are %s %% of the anskaffelsessum %s kr; "
              "their use is still to be documented and audited",
              fmt_kr(x, cs->afsatte_beloeb.n), fmt_x100(y, pct),
              fmt_kr(z, fc->row[ROW_TOTAL].ore));
}

/* ---- plausibility ----------------------------------------------------- */

static void check_area_limit(struct ctx *c, enum stage s, enum housing type,
                             const struct val *bea, const struct val *boliger,
                             bool split)
{
    static const int64_t limit_m2[] = { [HOUSING_FAMILIE] = 115,
                                        [HOUSING_UNGDOM] = 50 };
    if (type != HOUSING_FAMILIE && type != HOUSING_UNGDOM)
        return;
    int64_t avg = average_bea(bea, boliger);
    if (avg < 0 || avg <= limit_m2[type] * DEC_ONE)
        return;
    char x[NUM_FMT_MAX];
    char *path = split ? xasprintf("skema.%s.fordeling.%s.bruttoetageareal_m2",
                                   stage_name(s), housing_key(type))
                       : stage_path(s, "bruttoetageareal_m2");
    diag_addf(c->diags, RULE_AREA_PLAUSIBLE, bea->pos, path,
             "the average %s dwelling is %s m² bruttoetageareal, above the "
             "%lld m² of almenboligloven § 109", housing_key(type),
             fmt_dec1(x, avg),
             (long long)limit_m2[type]);
    free(path);
}

static void check_plausible(struct ctx *c)
{
    const struct project *p = c->p;
    for (int s = 0; s < STAGE__COUNT; s++) {
        const struct stage_data *st = &p->skema.stage[s];
        if (!st->sec.set)
            continue;
        if (p->projekt.boligtype.n != HOUSING_BLANDET)
            check_area_limit(c, (enum stage)s, (enum housing)p->projekt.boligtype.n,
                             &st->bruttoetageareal_m2, &st->boliger, false);
        for (int t = 0; t < HOUSING_TYPES; t++)
            check_area_limit(c, (enum stage)s, (enum housing)t,
                             &st->fordeling.type[t].bruttoetageareal_m2,
                             &st->fordeling.type[t].boliger, true);
        const struct stage_figures *fig = &c->f->stage[s];
        if (!fig->row[ROW_OMKOSTNINGER].set || !fig->row[ROW_HAANDVAERKER].set ||
            fig->row[ROW_HAANDVAERKER].ore == 0)
            continue;
        int64_t pct;
        if (!money_mul_div(fig->row[ROW_OMKOSTNINGER].ore, 10000,
                           fig->row[ROW_HAANDVAERKER].ore, &pct))
            continue;
        if (pct >= 500 && pct <= 2500)
            continue;
        char x[NUM_FMT_MAX];
        char *path = stage_path((enum stage)s, "anskaffelsessum.omkostninger");
        diag_addf(c->diags, RULE_COSTS_SHARE,
                 st->anskaffelsessum.line[LINE_OMKOSTNINGER].pos, path,
                 "omkostninger are %s %% of håndværkerudgifter, outside the "
                 "usual 5-25 %%", fmt_x100(x, pct));
        free(path);
    }
}

void check_rules(const struct project *p, const struct rates *rates,
                 struct figures *f, struct diag_list *diags)
{
    struct ctx c = { p, rates, f, diags };
    check_cap(&c);
    check_valuation(&c);
    check_dates(&c);
    check_b_to_c(&c);
    check_afsatte(&c);
    check_plausible(&c);
}
