/* SPDX-License-Identifier: MIT */
/*
 * The report of a renovation (renovering:): its tables for every format
 * (the financing sources, the rent before and after of each example)
 * and the committee's parts (title, résumé, Sagsfremstilling, Økonomi
 * for kommunen, indstilling) in the wording of the minutes' punkt 5.
 * Every figure is a field of figures.renovation; nothing is computed
 * here.  Declared in src/report_model.h and src/report_committee.h.
 */
#include <string.h>

#include "message.h"
#include "report_committee.h"
#include "report_model.h"
#include "strbuf.h"

static const char *rendered(struct rmodel *m, const char *msgid, struct msg_args args)
{
    struct strbuf sb = STRBUF_INIT;
    msg_render(&sb, msgid, args, m->opts->lang);
    const char *s = rm_str(m, "%s", sb.buf);
    strbuf_release(&sb);
    return s;
}

/* An amount in a cell; in thousands with --thousands unless kr_only (a
 * monthly rent of 3.261 kr is no figure to round to 3.000). */
static const char *cell(struct rmodel *m, const struct amount_opt *a,
                        bool with_ore, bool kr_only)
{
    char buf[NUM_FMT_MAX];
    struct report_opts o = *m->opts;
    o.thousands = o.thousands && !kr_only;
    return a->set ? rm_str(m, "%s", report_cell_amount(buf, a->ore, &o,
                                                         with_ore, false))
                  : "–";
}

static void finance_table(struct rmodel *m, const struct renovation *r,
                          const struct renovation_figures *rf)
{
    static const char *const names[4] = {
        N_("Mortgage loan (realkreditlån)"),
        N_("Own drawing right (egen trækningsret)"),
        N_("Own savings (egne henlæggelser)"),
        N_("Support from Landsbyggefonden"),
    };
    const struct labels *l = report_labels(m->opts->lang);
    struct rtable *t = rmodel_table(m, m->opts->thousands ? l->fin_title_k
                                                          : l->fin_title);
    t->kind = RT_RENOV_FINANCE;
    t->cols = 1;
    t->head[0] = m->opts->thousands ? l->kr_k : l->kr;
    for (size_t i = 0; i < 4 && t->rows < RT_ROWS; i++) {
        if (!rf->source[i].set)
            continue;
        size_t row = t->rows++;
        t->label[row] = msg_text(names[i], m->opts->lang);
        if (i == RENOV_LOAN && r->finansiering.loebetid_aar.set)
            t->label[row] = rendered(m, N_("Mortgage loan (realkreditlån), {years} years"),
                                     ARGS(ARG_INT("years", r->finansiering.loebetid_aar.n)));
        t->cell[row][0] = cell(m, &rf->source[i], false, false);
    }
    size_t row = t->rows++;
    t->label[row] = l->row[ROW_TOTAL];
    t->cell[row][0] = cell(m, &rf->sources_sum, false, false);
    t->total_last = true;
    t->note = rendered(m, N_("Anskaffelsessum: {total} kr."),
                       ARGS(ARG_KR("total", rf->total.ore)));
}

static void rent_table(struct rmodel *m, const struct renovation *r,
                       const struct renovation_figures *rf)
{
    const struct rent_increase *ri = &r->huslejeforhoejelse;
    struct rtable *t = rmodel_table(m, msg_text(N_("Rent per month, kr"),
                                                m->opts->lang));
    t->kind = RT_RENOV_RENT;
    t->cols = 3;
    t->head[0] = msg_text(N_("Before"), m->opts->lang);
    t->head[1] = msg_text(N_("Increase"), m->opts->lang);
    t->head[2] = msg_text(N_("After"), m->opts->lang);
    const struct rent_example *ex = r->eksempler.items;
    for (size_t i = 0; i < rf->examples && t->rows < RT_ROWS; i++) {
        size_t row = t->rows++;
        t->label[row] = rendered(m, N_("Dwelling of {area} m²"),
                                 ARGS(ARG_DEC("area", ex[i].areal_m2.n)));
        struct amount_opt before = { ex[i].leje_foer_kr.set, ex[i].leje_foer_kr.n };
        struct amount_opt after = { ex[i].leje_efter_kr.set, ex[i].leje_efter_kr.n };
        t->cell[row][0] = cell(m, &before, false, true);
        t->cell[row][1] = cell(m, &rf->example[i].increase, true, true);
        t->cell[row][2] = cell(m, &after, false, true);
    }
    if (ri->kr_m2_aar.set && ri->pct.set)
        t->note = rendered(m, N_("Rent increase: {kr} kr per m² per year, {pct} %."),
                           ARGS(ARG_KR_ORE("kr", ri->kr_m2_aar.n),
                                ARG_DEC("pct", ri->pct.n)));
    else if (ri->kr_m2_aar.set)
        t->note = rendered(m, N_("Rent increase: {kr} kr per m² per year."),
                           ARGS(ARG_KR_ORE("kr", ri->kr_m2_aar.n)));
}

void rmodel_renovation(struct rmodel *m, const struct report *r)
{
    const struct renovation_figures *rf = &r->figures->renovation;
    finance_table(m, &r->project->renovering, rf);
    if (rf->examples || r->project->renovering.huslejeforhoejelse.sec.set)
        rent_table(m, &r->project->renovering, rf);
}

/* ---- the committee's parts ------------------------------------------- */

void committee_renovation_title(struct strbuf *out, const struct report *r,
                                enum report_lang lang)
{
    const struct project *p = r->project;
    msg_render(out, N_("Approval of financing and rent increase: {what}, {name}"),
               ARGS(ARG_TEXT("what", p->renovering.beskrivelse.text
                                         ? p->renovering.beskrivelse.text : ""),
                    ARG_TEXT("name", p->projekt.navn.text ? p->projekt.navn.text
                                                          : r->file)),
               lang);
}

void committee_renovation_summary(struct strbuf *out, const struct report *r,
                                  enum report_lang lang)
{
    const struct renovation *rv = &r->project->renovering;
    const struct rent_increase *ri = &rv->huslejeforhoejelse;
    if (!rv->anskaffelsessum_kr.set)
        return;
    strbuf_addch(out, ' ');
    if (ri->pct.set)
        msg_render(out, N_("Anskaffelsessum {total} kr, financed with a "
                           "mortgage loan of {loan} kr; rent increase {pct} %."),
                   ARGS(ARG_KR("total", rv->anskaffelsessum_kr.n),
                        ARG_KR("loan", rv->finansiering.realkreditlaan_kr.n),
                        ARG_DEC("pct", ri->pct.n)), lang);
    else
        msg_render(out, N_("Anskaffelsessum {total} kr, financed with a "
                           "mortgage loan of {loan} kr."),
                   ARGS(ARG_KR("total", rv->anskaffelsessum_kr.n),
                        ARG_KR("loan", rv->finansiering.realkreditlaan_kr.n)),
                   lang);
}

void committee_renovation_economy(struct strbuf *out, const struct report *r,
                                  enum report_lang lang)
{
    const struct amount_opt *g = &r->figures->renovation.guarantee;
    if (g->set && g->ore > 0)
        msg_render(out, N_("The municipality guarantees {kr} kr of the loan."),
                   ARGS(ARG_KR("kr", g->ore)), lang);
    else
        msg_render(out, N_("The case brings no financial obligations for "
                           "the municipality."), NO_ARGS, lang);
}

void committee_renovation_background(struct strbuf *out,
                                     const struct report *r,
                                     enum report_lang lang)
{
    const struct renovation *rv = &r->project->renovering;
    msg_render(out, N_("The kommunalbestyrelse approves an afdeling's "
                       "loans in real property, and rent increases for "
                       "forbedringsarbejder that exceed 5 % of the rent "
                       "within a year."), NO_ARGS, lang);
    if (rv->boliger.set) {
        strbuf_addch(out, ' ');
        msg_render_plural(out, NP_("The afdeling has {n} dwelling.",
                                   "The afdeling has {n} dwellings."),
                          (uint64_t)rv->boliger.n,
                          ARGS(ARG_INT("n", rv->boliger.n)), lang);
    }
    if (!rv->anskaffelsessum_kr.set)
        return;
    strbuf_addch(out, ' ');
    msg_render(out, N_("The anskaffelsessum of the works is {total} kr."),
               ARGS(ARG_KR("total", rv->anskaffelsessum_kr.n)), lang);
}

/* "at Lejerbo optager et 30-årigt realkreditlån på 52.970.000 kr. samt en
 * huslejeforhøjelse på 14,98 %", as the minutes word it. */
void committee_renovation_indstilling(struct indstilling *in,
                                      const struct report *r,
                                      enum report_lang lang)
{
    const struct project *p = r->project;
    const struct renovation *rv = &p->renovering;
    size_t errors = diag_count_severity(r->diags, SEV_ERROR);
    if (errors) {
        msg_render_plural(&in->lead,
                          NP_("The financing and rent increase cannot yet be recommended for approval: the check found {n} error, listed under Kontrolresultater, which must be corrected first.",
                              "The financing and rent increase cannot yet be recommended for approval: the check found {n} errors, listed under Kontrolresultater, which must be corrected first."),
                          errors, ARGS(ARG_INT("n", errors)), lang);
        return;
    }
    msg_render(&in->lead, N_("It is recommended that the committee approves:"),
               NO_ARGS, lang);
    const char *org = p->projekt.boligorganisation.set
                          ? p->projekt.boligorganisation.text
                          : msg_text(N_("the housing organisation"), lang);
    const struct val *years = &rv->finansiering.loebetid_aar;
    const struct rent_increase *ri = &rv->huslejeforhoejelse;
    /* the loan's term and the % are optional: one wording for each case */
    const char *msgid = years->set
        ? (ri->pct.set ? N_("that {org} takes up a {years}-year mortgage loan of {loan} kr and a rent increase of {pct} %")
                       : N_("that {org} takes up a {years}-year mortgage loan of {loan} kr"))
        : (ri->pct.set ? N_("that {org} takes up a mortgage loan of {loan} kr and a rent increase of {pct} %")
                       : N_("that {org} takes up a mortgage loan of {loan} kr"));
    msg_render(&in->item[in->nitems++], msgid,
               ARGS(ARG_TEXT("org", org), ARG_INT("years", years->n),
                    ARG_KR("loan", rv->finansiering.realkreditlaan_kr.n),
                    ARG_DEC("pct", ri->pct.n)), lang);
}
