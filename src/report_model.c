/* SPDX-License-Identifier: MIT */
/* The report model and its words; documented in src/report_model.h */
#include "report_model.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "money.h"
#include "xalloc.h"

static const struct labels da = {
    .row = { "Grundudgifter", "Håndværkerudgifter", "Omkostninger, gebyr", "I alt" },
    .housing = { "familieboliger", "ældreboliger", "ungdomsboliger", "blandet" },
    .field = { "Sagsnummer", "Kommune", "Boligorganisation", "Afdeling", "Boligtype" },
    .costs_title = "Anskaffelsessum, kr.",
    .change = "Ændring",
    .kr = "kr.", .pct = "%", .of_total = "af i alt",
    .cap_title = "Maksimumsbeløb, kr.",
    .cap = "Maksimumsbeløb", .total = "Anskaffelsessum",
    .room = "Under (+) / over (-) maksimumsbeløbet",
    .room_pct = "  i % af maksimumsbeløbet",
    .cap_open = "≥: uden energitillæg, hvis beløb ikke kendes",
    .fin_title = "Finansiering, kr.",
    .fin_title_law = "Finansiering (lovens andele), kr.",
    .loan = "Realkreditlån", .grundkapital = "Grundkapital",
    .beboerindskud = "Beboerindskud", .guarantee = "Garanti",
    .of_loan = "af lånet",
    .severity = { "bemærkning", "advarsel", "fejl" },
    .findings = "Fund", .rules_cited = "Regler og grundlag",
    .count_one = { "bemærkning", "advarsel", "fejl" },
    .count_many = { "bemærkninger", "advarsler", "fejl" },
    .more_not_shown = "fund mere vises ikke",
    .not_checked_figures = "tallene er ikke kontrolleret",
    .committee_heading = "Anskaffelsessum",
};

static const struct labels en = {
    .row = { "Land costs (grundudgifter)", "Building works (håndværkerudgifter)",
             "Costs and fees (omkostninger, gebyr)", "Total (i alt)" },
    .housing = { "family dwellings", "dwellings for the elderly",
                 "youth dwellings", "mixed" },
    .field = { "Case number", "Municipality", "Housing organisation",
               "Department", "Housing type" },
    .costs_title = "Acquisition cost, kr",
    .change = "Change",
    .kr = "kr", .pct = "%", .of_total = "of total",
    .cap_title = "Cost cap (maksimumsbeløb), kr",
    .cap = "Cost cap", .total = "Acquisition cost",
    .room = "Under (+) / over (-) the cap",
    .room_pct = "  in % of the cap",
    .cap_open = "≥: without the energitillæg, whose amount is not known",
    .fin_title = "Financing, kr",
    .fin_title_law = "Financing (the law's shares), kr",
    .loan = "Mortgage loan", .grundkapital = "Grundkapital",
    .beboerindskud = "Tenants' deposit", .guarantee = "Guarantee",
    .of_loan = "of loan",
    .severity = { "note", "warning", "error" },
    .findings = "Findings", .rules_cited = "Rules cited",
    .count_one = { "note", "warning", "error" },
    .count_many = { "notes", "warnings", "errors" },
    .more_not_shown = "more findings are not shown",
    .not_checked_figures = "the figures were not checked",
    .committee_heading = "Acquisition cost",
};

const struct labels *report_labels(enum report_lang lang)
{
    return lang == LANG_EN ? &en : &da;
}

static const struct num_style style_en = { .group = ',', .point = '.' };

const struct num_style *report_style(enum report_lang lang)
{
    return lang == LANG_EN ? &style_en : &NUM_STYLE_DA;
}

static const char *amount(char buf[NUM_FMT_MAX], int64_t ore,
                          const struct report_opts *o, bool with_ore, bool plus)
{
    struct num_style st = *report_style(o->lang);
    st.plus = plus;
    int64_t thousands;
    if (o->thousands && money_mul_div(ore, 1, 1000 * ORE_PER_KR, &thousands) &&
        !__builtin_mul_overflow(thousands, 1000, &thousands)) {
        num_format(thousands, 0, 0, &st, buf);
        return buf;
    }
    num_format(ore, MONEY_DECIMALS,
               with_ore || ore % ORE_PER_KR ? MONEY_DECIMALS : 0, &st, buf);
    return buf;
}

const char *report_amount(char buf[NUM_FMT_MAX], int64_t ore,
                          const struct report_opts *o, bool with_ore)
{
    return amount(buf, ore, o, with_ore, false);
}

static const char *signed_amount(char buf[NUM_FMT_MAX], int64_t ore,
                                 const struct report_opts *o)
{
    return amount(buf, ore, o, false, true);
}

static const char *pct_x100(char buf[NUM_FMT_MAX], int64_t x100,
                            const struct report_opts *o, bool sign)
{
    struct num_style st = *report_style(o->lang);
    st.plus = sign;
    num_format(x100, 2, 2, &st, buf);
    return buf;
}

static const char *pct_micro(char buf[NUM_FMT_MAX], int64_t micro,
                             const struct report_opts *o)
{
    return fmt_dec(buf, micro, report_style(o->lang));
}

/* ---- tables ----------------------------------------------------------- */

static struct rtable *new_table(struct rmodel *m, const char *title)
{
    struct rtable *t = &m->table[m->ntables++];
    memset(t, 0, sizeof *t);
    snprintf(t->title, sizeof t->title, "%s", title);
    return t;
}

static void stage_heads(struct rtable *t, const struct figures *f)
{
    for (int s = 0; s < STAGE__COUNT; s++)
        if (f->stage[s].present)
            snprintf(t->head[t->cols++], RT_CELL, "Skema %s", stage_name((enum stage)s));
}

static void amount_row(struct rtable *t, const char *label, const struct figures *f,
                       size_t member, const struct report_opts *o, bool with_ore)
{
    size_t r = t->rows++, c = 0;
    snprintf(t->label[r], sizeof t->label[r], "%s", label);
    for (int s = 0; s < STAGE__COUNT; s++) {
        if (!f->stage[s].present)
            continue;
        const struct amount_opt *a = (const struct amount_opt *)(const void *)
            ((const char *)&f->stage[s] + member);
        char buf[NUM_FMT_MAX];
        snprintf(t->cell[r][c++], RT_CELL, "%s",
                 a->set ? report_amount(buf, a->ore, o, with_ore) : "–");
    }
}

static void cost_table(struct rmodel *m, const struct figures *f,
                       const struct report_opts *o, const struct labels *l)
{
    struct rtable *t = new_table(m, l->costs_title);
    stage_heads(t, f);
    for (int r = 0; r < ROW__COUNT; r++)
        amount_row(t, l->row[r], f,
                   offsetof(struct stage_figures, row) +
                       (size_t)r * sizeof(struct amount_opt), o, false);
    t->total_last = true;
}

static void change_tables(struct rmodel *m, const struct comparison *cmp,
                          const struct report_opts *o, const struct labels *l)
{
    for (int i = 0; i < COMPARISONS; i++) {
        if (!cmp[i].done)
            continue;
        char title[RT_LABEL];
        snprintf(title, sizeof title, "%s %s → %s", l->change,
                 stage_name(cmp[i].from), stage_name(cmp[i].to));
        struct rtable *t = new_table(m, title);
        t->cols = 3;
        snprintf(t->head[0], RT_CELL, "%s", l->kr);
        snprintf(t->head[1], RT_CELL, "%s", l->pct);
        snprintf(t->head[2], RT_CELL, "%s", l->of_total);
        for (int r = 0; r < ROW__COUNT; r++) {
            const struct change *ch = &cmp[i].row[r];
            char buf[NUM_FMT_MAX];
            snprintf(t->label[r], sizeof t->label[r], "%s", l->row[r]);
            snprintf(t->cell[r][0], RT_CELL, "%s",
                     ch->set ? signed_amount(buf, ch->delta_ore, o) : "–");
            if (ch->set && ch->has_pct)
                snprintf(t->cell[r][1], RT_CELL, "%s %%",
                         pct_x100(buf, ch->pct_x100, o, true));
            else
                strcpy(t->cell[r][1], "–");
            if (ch->has_share)
                snprintf(t->cell[r][2], RT_CELL, "%s %%",
                         pct_x100(buf, ch->share_x100, o, true));
            else
                strcpy(t->cell[r][2], "–");
        }
        t->rows = ROW__COUNT;
        t->total_last = true;
    }
}

static void cap_table(struct rmodel *m, const struct figures *f,
                      const struct report_opts *o, const struct labels *l)
{
    int cols[2];
    size_t n = 0;
    for (enum stage s = STAGE_B; s <= STAGE_C; s++)
        if (f->stage[s].cap.set)
            cols[n++] = s;
    if (n == 0)
        return;
    struct rtable *t = new_table(m, l->cap_title);
    char buf[NUM_FMT_MAX];
    snprintf(t->label[0], RT_LABEL, "%s", l->cap);
    snprintf(t->label[1], RT_LABEL, "%s", l->total);
    snprintf(t->label[2], RT_LABEL, "%s", l->room);
    snprintf(t->label[3], RT_LABEL, "%s", l->room_pct);
    for (size_t c = 0; c < n; c++) {
        const struct stage_figures *fig = &f->stage[cols[c]];
        snprintf(t->head[t->cols++], RT_CELL, "Skema %s", stage_name((enum stage)cols[c]));
        if (fig->cap_open)
            m->cap_note = l->cap_open;
        snprintf(t->cell[0][c], RT_CELL, "%s%s", fig->cap_open ? "≥ " : "",
                 report_amount(buf, fig->cap.ore, o, false));
        snprintf(t->cell[1][c], RT_CELL, "%s",
                 report_amount(buf, fig->row[ROW_TOTAL].ore, o, false));
        int64_t room, pct;
        if (money_sub(fig->cap.ore, fig->row[ROW_TOTAL].ore, &room)) {
            snprintf(t->cell[2][c], RT_CELL, "%s", signed_amount(buf, room, o));
            if (fig->cap.ore > 0 && money_mul_div(room, 10000, fig->cap.ore, &pct))
                snprintf(t->cell[3][c], RT_CELL, "%s %%", pct_x100(buf, pct, o, true));
        }
    }
    t->rows = 4;
}

static bool any_financing(const struct figures *f)
{
    for (int s = 0; s < STAGE__COUNT; s++)
        if (f->stage[s].loan.set || f->stage[s].grundkapital.set ||
            f->stage[s].beboerindskud.set || f->stage[s].guarantee.set)
            return true;
    return false;
}

static void financing_table(struct rmodel *m, const struct project *p,
                            const struct figures *f, const struct report_opts *o,
                            const struct labels *l)
{
    if (!any_financing(f))
        return;
    const struct shares *sh = &f->shares;
    struct rtable *t = new_table(m, sh->from_law ? l->fin_title_law : l->fin_title);
    stage_heads(t, f);
    char pct[NUM_FMT_MAX], label[RT_LABEL];
    const struct {
        const char *fmt;
        int64_t share;
        size_t member;
    } rows[] = {
        { l->loan, sh->realkredit, offsetof(struct stage_figures, loan) },
        { l->grundkapital, sh->grundkapital,
          offsetof(struct stage_figures, grundkapital) },
        { l->beboerindskud, sh->beboerindskud,
          offsetof(struct stage_figures, beboerindskud) },
    };
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        snprintf(label, sizeof label, "%s %s %%", rows[r].fmt,
                 pct_micro(pct, rows[r].share, o));
        amount_row(t, label, f, rows[r].member, o, true);
    }
    if (p->garanti.pct.set) {
        snprintf(label, sizeof label, "%s %s %% %s", l->guarantee,
                 pct_micro(pct, p->garanti.pct.n, o), l->of_loan);
        amount_row(t, label, f, offsetof(struct stage_figures, guarantee), o, true);
    }
}

/* ---- the committee's sentences ---------------------------------------- */

static void say(struct rmodel *m, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void say(struct rmodel *m, const char *fmt, ...)
{
    if (m->nsentences == RM_SENTENCES)
        return;
    va_list ap;
    va_start(ap, fmt);
    char *text = xvasprintf(fmt, ap);
    va_end(ap);
    /* "… 65.893.137 kr.." ends once: the abbreviation's point is the full stop */
    size_t n = strlen(text);
    if (n >= 2 && text[n - 1] == '.' && text[n - 2] == '.')
        text[n - 1] = '\0';
    m->sentence[m->nsentences++] = text;
}

/* The subjects of the sentences about each line, in definite form. */
static const char *const subject_da[] = {
    "Grundudgifterne", "Håndværkerudgifterne", "Omkostningerne",
};
static const char *const subject_en[] = {
    "Land costs", "Building works", "Costs and fees",
};

static void sentences(struct rmodel *m, const struct report *r,
                      const struct report_opts *o)
{
    const struct figures *f = r->figures;
    const struct project *p = r->project;
    bool dk = o->lang == LANG_DA;
    const char *kr = dk ? "kr." : "kr";
    char a[NUM_FMT_MAX], b[NUM_FMT_MAX], c[NUM_FMT_MAX];

    int last = -1, prev = -1;
    for (int s = 0; s < STAGE__COUNT; s++)
        if (f->stage[s].present && f->stage[s].row[ROW_TOTAL].set) {
            prev = last;
            last = s;
        }
    if (last < 0)
        return;
    const struct stage_figures *L = &f->stage[last];
    const char *ln = stage_name((enum stage)last);
    say(m, dk ? "Den samlede anskaffelsessum i skema %s er %s %s."
              : "The total acquisition cost in skema %s is %s %s.",
        ln, report_amount(a, L->row[ROW_TOTAL].ore, o, false), kr);

    if (prev >= 0) {
        const struct stage_figures *P = &f->stage[prev];
        const char *pn = stage_name((enum stage)prev);
        int64_t d = L->row[ROW_TOTAL].ore - P->row[ROW_TOTAL].ore, pct = 0;
        bool has_pct = P->row[ROW_TOTAL].ore != 0 &&
                       money_mul_div(d < 0 ? -d : d, 10000, P->row[ROW_TOTAL].ore, &pct);
        if (d == 0)
            say(m, dk ? "Anskaffelsessummen er uændret i forhold til skema %s."
                      : "The acquisition cost is unchanged from skema %s.", pn);
        else
            say(m, dk ? "Anskaffelsessummen er %s med %s %s%s%s%s i forhold til skema %s."
                      : "The acquisition cost has %s by %s %s%s%s%s against skema %s.",
                dk ? (d < 0 ? "faldet" : "steget") : (d < 0 ? "fallen" : "risen"),
                report_amount(a, d < 0 ? -d : d, o, false), kr,
                has_pct ? " (" : "", has_pct ? pct_x100(b, pct, o, false) : "",
                has_pct ? " %)" : "", pn);
        for (int row = 0; row < ROW_TOTAL; row++) {
            if (!L->row[row].set || !P->row[row].set)
                continue;
            int64_t x = L->row[row].ore - P->row[row].ore;
            if (x == 0)
                continue;
            report_amount(a, x < 0 ? -x : x, o, false);
            if (dk)
                say(m, x > 0 ? "%s er forøget med %s %s i forhold til skema %s."
                             : "%s er %s %s lavere end i skema %s.",
                    subject_da[row], a, kr, pn);
            else
                say(m, x > 0 ? "%s rose by %s %s against skema %s."
                             : "%s are %s %s lower than in skema %s.",
                    subject_en[row], a, kr, pn);
        }
    }
    if (L->row[ROW_OMKOSTNINGER].set && L->row[ROW_HAANDVAERKER].set &&
        L->row[ROW_HAANDVAERKER].ore > 0) {
        int64_t pct;
        if (money_mul_div(L->row[ROW_OMKOSTNINGER].ore, 10000,
                          L->row[ROW_HAANDVAERKER].ore, &pct))
            say(m, dk ? "Omkostningerne udgør %s %% af håndværkerudgifterne."
                      : "Costs and fees are %s %% of the building works.",
                pct_x100(a, pct, o, false));
    }

    /* the cap */
    if (last >= STAGE_B && L->cap.set) {
        int64_t room = L->cap.ore - L->row[ROW_TOTAL].ore;
        report_amount(b, L->cap.ore, o, false);
        if (room >= 0)
            say(m, dk ? "Anskaffelsessummen ligger %s %s under maksimumsbeløbet på %s%s %s%s."
                      : "The acquisition cost is %s %s under the cost cap of %s%s %s%s.",
                report_amount(a, room, o, false), kr, L->cap_open ? (dk ? "mindst " : "at least ") : "",
                b, kr, L->cap_open ? (dk ? ", også uden energitillæg" : ", even without the energitillæg") : "");
        else if (!L->cap_open)
            say(m, dk ? "Anskaffelsessummen overskrider maksimumsbeløbet på %s %s med %s %s."
                      : "The acquisition cost exceeds the cost cap of %s %s by %s %s.",
                b, kr, report_amount(a, -room, o, false), kr);
        else
            say(m, dk ? "Det kan ikke afgøres, om anskaffelsessummen holder sig inden for "
                        "maksimumsbeløbet: den er %s %s over det uden energitillæg, hvis "
                        "beløb ikke kendes."
                      : "Whether the acquisition cost stays within the cost cap cannot be "
                        "decided: it is %s %s above it without the energitillæg, whose "
                        "amount is not known.",
                report_amount(a, -room, o, false), kr);
    } else if (last >= STAGE_B) {
        say(m, dk ? "Maksimumsbeløbet er ikke kontrolleret; se fundene."
                  : "The cost cap is not checked; see the findings.");
    }

    /* financing, grundkapital and guarantee */
    const struct shares *sh = &f->shares;
    if (sh->set) {
        say(m, dk ? "Anskaffelsessummen finansieres med %s %% realkreditlån, %s %% "
                    "kommunal grundkapital og %s %% beboerindskud%s."
                  : "The acquisition cost is financed with %s %% mortgage loans, %s %% "
                    "municipal grundkapital and %s %% tenants' deposits%s.",
            pct_micro(a, sh->realkredit, o), pct_micro(b, sh->grundkapital, o),
            pct_micro(c, sh->beboerindskud, o),
            sh->from_law ? (dk ? " (lovens andele)" : " (the law's shares)") : "");
        if (L->grundkapital.set)
            say(m, dk ? "Grundkapitallånet er %s %% af anskaffelsessummen svarende til %s %s."
                      : "The grundkapital loan is %s %% of the acquisition cost, %s %s.",
                pct_micro(a, sh->grundkapital, o),
                report_amount(b, L->grundkapital.ore, o, true), kr);
    }
    if (L->guarantee.set && p->garanti.pct.set)
        say(m, dk ? "Kommunen garanterer for %s %% af realkreditlånet, svarende til %s %s."
                  : "The municipality guarantees %s %% of the mortgage loan, %s %s.",
            pct_micro(a, p->garanti.pct.n, o),
            report_amount(b, L->guarantee.ore, o, true), kr);

    const struct stage_data *B = &p->skema.stage[STAGE_B], *C = &p->skema.stage[STAGE_C];
    /* rents are kr per m², never rounded to thousands */
    struct report_opts exact = *o;
    exact.thousands = false;
    if (B->husleje_kr_m2.set && C->husleje_kr_m2.set)
        say(m, dk ? "Lejen var i skema B %s kr./m² og er i skema C %s kr./m²."
                  : "The rent was %s kr/m² in skema B and is %s kr/m² in skema C.",
            report_amount(a, B->husleje_kr_m2.n, &exact, false),
            report_amount(b, C->husleje_kr_m2.n, &exact, false));
    if (C->afsatte_beloeb.set)
        say(m, dk ? "Der er afsatte beløb i byggeregnskabet for %s %s."
                  : "The final accounts hold amounts set aside of %s %s.",
            report_amount(a, C->afsatte_beloeb.n, o, false), kr);

    size_t e = diag_count_severity(r->diags, SEV_ERROR);
    size_t w = diag_count_severity(r->diags, SEV_WARNING);
    if (e == 0 && w == 0)
        say(m, dk ? "Kontrollen fandt ingen fejl og ingen forhold, der kræver en beslutning."
                  : "The check found no errors and nothing that needs a decision.");
    else if (w == 0)
        say(m, dk ? "Kontrollen fandt %zu fejl; se fundene nedenfor."
                  : "The check found %zu errors; see the findings below.", e);
    else if (e == 0)
        say(m, dk ? "Kontrollen fandt %zu forhold, der kræver en beslutning; se "
                    "fundene nedenfor."
                  : "The check found %zu matters that need a decision; see the "
                    "findings below.", w);
    else
        say(m, dk ? "Kontrollen fandt %zu fejl og %zu forhold, der kræver en beslutning; "
                    "se fundene nedenfor."
                  : "The check found %zu errors and %zu matters that need a decision; "
                    "see the findings below.", e, w);
}

void rmodel_build(const struct report *r, const struct report_opts *o,
                  struct rmodel *m)
{
    const struct labels *l = report_labels(o->lang);
    const struct project *p = r->project;
    const struct project_info *i = &p->projekt;
    memset(m, 0, sizeof *m);
    snprintf(m->title, sizeof m->title, "%s", i->navn.text);
    const struct val *fields[] = { &i->sagsnummer, &i->kommune,
                                   &i->boligorganisation, &i->afdeling };
    for (size_t k = 0; k < 4; k++) {
        if (!fields[k]->set)
            continue;
        m->field_label[m->nfields] = l->field[k];
        snprintf(m->field_value[m->nfields++], 256, "%s", fields[k]->text);
    }
    m->field_label[m->nfields] = l->field[4];
    snprintf(m->field_value[m->nfields++], 256, "%s", l->housing[i->boligtype.n]);

    cost_table(m, r->figures, o, l);
    change_tables(m, r->figures->cmp, o, l);
    cap_table(m, r->figures, o, l);
    financing_table(m, p, r->figures, o, l);
    sentences(m, r, o);
}

void rmodel_free(struct rmodel *m)
{
    for (size_t i = 0; i < m->nsentences; i++)
        free(m->sentence[i]);
    m->nsentences = 0;
}
