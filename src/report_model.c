/* SPDX-License-Identifier: MIT */
/* The report model and its words; documented in src/report_model.h */
#include "report_model.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "money.h"
#include "xalloc.h"

/* The words of the report as msgids (English), translated when a report
 * first asks for them in a language.  The counts are plural pairs: the
 * table's count_one and count_many are filled from them. */
static const struct labels ids = {
    .row = { N_("Land costs (grundudgifter)"), N_("Building works (håndværkerudgifter)"),
             N_("Costs and fees (omkostninger, gebyr)"), N_("Total (i alt)") },
    .housing = { N_("family dwellings"), N_("dwellings for the elderly"),
                 N_("youth dwellings"), N_("mixed") },
    .field = { N_("Case number"), N_("Municipality"), N_("Housing organisation"),
               N_("Department"), N_("Housing type") },
    .costs_title = N_("Acquisition cost, kr"),
    .change = N_("Change"),
    .kr = N_("kr"), .pct = "%", .of_total = N_("of total"),
    .cap_title = N_("Cost cap (maksimumsbeløb), kr"),
    .cap = N_("Cost cap"), .total = N_("Acquisition cost"),
    .room = N_("Under (+) / over (-) the cap"),
    .room_pct = N_("  in % of the cap"),
    .cap_open = N_("≥: without the energitillæg, whose amount is not known"),
    .fin_title = N_("Financing, kr"),
    .fin_title_law = N_("Financing (the law's shares), kr"),
    /* the same, in tables of whole thousands (--thousands) */
    .costs_title_k = N_("Acquisition cost, 1,000 kr"),
    .cap_title_k = N_("Cost cap (maksimumsbeløb), 1,000 kr"),
    .fin_title_k = N_("Financing, 1,000 kr"),
    .fin_title_law_k = N_("Financing (the law's shares), 1,000 kr"),
    .kr_k = N_("1,000 kr"),
    .loan = N_("Mortgage loan"), .grundkapital = N_("Grundkapital"),
    .beboerindskud = N_("Tenants' deposit"), .guarantee = N_("Guarantee"),
    .of_loan = N_("of loan"),
    /* the word for a finding's severity: see severity_ids */
    .findings = N_("Findings"), .rules_cited = N_("Rules cited"),
    .more_not_shown = N_("more findings are not shown"),
    .not_checked_figures = N_("the figures were not checked"),
    .committee_heading = N_("Acquisition cost"),
    .zone = N_("Zone of the cost cap"),
};

/* By enum severity: the word beside a finding, and the noun of a count
 * ("1 advarsel", "2 advarsler"). */
static const char *const severity_ids[3] = {
    C_("severity", "note"), C_("severity", "warning"), C_("severity", "error"),
};
static const struct msg_plural_pair count_ids[3] = {
    { NP_("note", "notes") }, { NP_("warning", "warnings") },
    { NP_("error", "errors") },
};

#define LABELS_COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void translate_labels(struct labels *l, enum report_lang lang)
{
#define T(member) (l->member = msg_text(ids.member, lang))
    for (size_t i = 0; i < LABELS_COUNT(ids.row); i++)
        T(row[i]);
    for (size_t i = 0; i < LABELS_COUNT(ids.housing); i++)
        T(housing[i]);
    for (size_t i = 0; i < LABELS_COUNT(ids.field); i++)
        T(field[i]);
    T(costs_title), T(change), T(kr), T(pct), T(of_total);
    T(cap_title), T(cap), T(total), T(room), T(room_pct), T(cap_open);
    T(fin_title), T(fin_title_law), T(loan), T(grundkapital);
    T(costs_title_k), T(cap_title_k), T(fin_title_k), T(fin_title_law_k), T(kr_k);
    T(beboerindskud), T(guarantee), T(of_loan);
    T(findings), T(rules_cited), T(more_not_shown), T(not_checked_figures);
    T(committee_heading);
    T(zone);
#undef T
    for (size_t s = 0; s < 3; s++) {
        l->severity[s] = msg_ctext("severity", severity_ids[s], lang);
        l->count_one[s] = msg_plural(count_ids[s].one, count_ids[s].many, 1, lang);
        l->count_many[s] = msg_plural(count_ids[s].one, count_ids[s].many, 2, lang);
    }
}

/* Both languages at once, the first time any report asks: batch writes
 * reports in several threads. */
static struct labels translated[2];
static pthread_once_t translated_once = PTHREAD_ONCE_INIT;

static void translate_all(void)
{
    translate_labels(&translated[0], LANG_DA);
    translate_labels(&translated[1], LANG_EN);
}

const struct labels *report_labels(enum report_lang lang)
{
    pthread_once(&translated_once, translate_all);
    return &translated[lang == LANG_EN];
}

const struct num_style *report_style(enum report_lang lang)
{
    return lang == LANG_EN ? &NUM_STYLE_EN : &NUM_STYLE_DA;
}

/* Round to whole thousands by formatting: the digits below the thousands
 * are dropped (rounded half away from zero) and written as "000", so no
 * arithmetic touches the amount.  A change that rounds to nothing is "0",
 * never "-0" or "+0". */
static const char *thousands(char buf[NUM_FMT_MAX], int64_t ore,
                             const struct num_style *st)
{
    size_t n = num_format(ore, MONEY_DECIMALS + 3, 0, st, buf);
    if (strspn(buf + (buf[0] == '-' || buf[0] == '+'), "0") ==
        n - (buf[0] == '-' || buf[0] == '+')) {
        strcpy(buf, "0");
        return buf;
    }
    buf[n] = st->group ? st->group : '\0';
    strcpy(buf + n + (st->group != 0), "000");
    return buf;
}

static const char *amount(char buf[NUM_FMT_MAX], int64_t ore,
                          const struct report_opts *o, bool with_ore, bool plus)
{
    struct num_style st = *report_style(o->lang);
    st.plus = plus;
    if (o->thousands)
        return thousands(buf, ore, &st);
    num_format(ore, MONEY_DECIMALS,
               with_ore || ore % ORE_PER_KR ? MONEY_DECIMALS : 0, &st, buf);
    return buf;
}

const char *report_amount(char buf[NUM_FMT_MAX], int64_t ore,
                          const struct report_opts *o, bool with_ore)
{
    return amount(buf, ore, o, with_ore, false);
}

const char *report_cell_amount(char buf[NUM_FMT_MAX], int64_t ore,
                               const struct report_opts *o, bool with_ore,
                               bool plus)
{
    if (!o->thousands)
        return amount(buf, ore, o, with_ore, plus);
    struct num_style st = *report_style(o->lang);
    st.plus = plus;
    num_format(ore, MONEY_DECIMALS + 3, 0, &st, buf);
    /* a change that rounds to nothing is "0", never "-0" or "+0" */
    if (strcmp(buf + (buf[0] == '-' || buf[0] == '+'), "0") == 0)
        strcpy(buf, "0");
    return buf;
}

const char *report_signed_amount(char buf[NUM_FMT_MAX], int64_t ore,
                                 const struct report_opts *o)
{
    return amount(buf, ore, o, false, true);
}

const char *report_pct_x100(char buf[NUM_FMT_MAX], int64_t x100,
                            const struct report_opts *o, bool sign)
{
    struct num_style st = *report_style(o->lang);
    st.plus = sign;
    num_format(x100, 2, 2, &st, buf);
    return buf;
}

const char *report_pct_micro(char buf[NUM_FMT_MAX], int64_t micro,
                             const struct report_opts *o)
{
    return fmt_dec(buf, micro, report_style(o->lang));
}

const char *rm_str(struct rmodel *m, const char *fmt, ...)
{
    struct strbuf sb = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    strbuf_vaddf(&sb, fmt, ap);
    va_end(ap);
    char *s = arena_strndup(m->arena, sb.buf, sb.len);
    strbuf_release(&sb);
    return s;
}

/* ---- tables ----------------------------------------------------------- */

struct rtable *rmodel_table(struct rmodel *m, const char *title)
{
    struct rtable *t = &m->table[m->ntables++];
    memset(t, 0, sizeof *t);
    t->title = title;
    for (size_t r = 0; r < RT_ROWS; r++)
        for (size_t c = 0; c < RT_COLS; c++)
            t->cell[r][c] = "";
    return t;
}

/* A stage's column head, "Skema B", in the report's language. */
static const char *stage_head(struct rmodel *m, enum stage s)
{
    struct strbuf sb = STRBUF_INIT;
    msg_render(&sb, N_("Skema {stage}"), ARGS(ARG_TEXT("stage", stage_name(s))),
               m->opts->lang);
    const char *head = arena_strndup(m->arena, sb.buf, sb.len);
    strbuf_release(&sb);
    return head;
}

static void stage_heads(struct rmodel *m, struct rtable *t, const struct figures *f)
{
    for (int s = 0; s < STAGE__COUNT; s++)
        if (f->stage[s].present)
            t->head[t->cols++] = stage_head(m, (enum stage)s);
}

static const char *amount_text(struct rmodel *m, const struct amount_opt *a,
                               const struct report_opts *o, bool with_ore)
{
    char buf[NUM_FMT_MAX];
    return a->set ? rm_str(m, "%s", report_cell_amount(buf, a->ore, o, with_ore, false))
                  : "–";
}

/* A row of the amount at `member` of struct stage_figures, per stage. */
static void amount_row(struct rmodel *m, struct rtable *t, const char *label,
                       size_t member, bool with_ore)
{
    const struct figures *f = m->figures;
    size_t r = t->rows++, c = 0;
    t->label[r] = label;
    for (int s = 0; s < STAGE__COUNT; s++) {
        if (!f->stage[s].present)
            continue;
        const struct amount_opt *a = (const struct amount_opt *)(const void *)
            ((const char *)&f->stage[s] + member);
        t->cell[r][c++] = amount_text(m, a, m->opts, with_ore);
    }
}

static void cost_table(struct rmodel *m, const struct figures *f,
                       const struct labels *l)
{
    struct rtable *t = rmodel_table(m, m->opts->thousands ? l->costs_title_k
                                                       : l->costs_title);
    t->kind = RT_COSTS;
    stage_heads(m, t, f);
    for (int r = 0; r < ROW__COUNT; r++)
        amount_row(m, t, l->row[r],
                   offsetof(struct stage_figures, row) +
                       (size_t)r * sizeof(struct amount_opt), false);
    t->total_last = true;
}

/* A percentage in hundredths, or "–" where its base is zero. */
static const char *pct_text(struct rmodel *m, bool set, int64_t x100,
                            const struct report_opts *o)
{
    char buf[NUM_FMT_MAX];
    return set ? rm_str(m, "%s %%", report_pct_x100(buf, x100, o, true)) : "–";
}

static void change_tables(struct rmodel *m, const struct comparison *cmp,
                          const struct report_opts *o, const struct labels *l)
{
    for (int i = 0; i < COMPARISONS; i++) {
        if (!cmp[i].done)
            continue;
        struct rtable *t = rmodel_table(m, rm_str(m, "%s %s → %s", l->change,
                                               stage_name(cmp[i].from),
                                               stage_name(cmp[i].to)));
        t->kind = RT_CHANGE;
        t->from = cmp[i].from;
        t->to = cmp[i].to;
        t->cols = 3;
        t->head[0] = o->thousands ? l->kr_k : l->kr;
        t->head[1] = l->pct;
        t->head[2] = l->of_total;
        for (int r = 0; r < ROW__COUNT; r++) {
            const struct change *ch = &cmp[i].row[r];
            char buf[NUM_FMT_MAX];
            t->label[r] = l->row[r];
            t->cell[r][0] = ch->set ? rm_str(m, "%s", report_cell_amount(
                                    buf, ch->delta_ore, o, false, true)) : "–";
            t->cell[r][1] = pct_text(m, ch->set && ch->has_pct, ch->pct_x100, o);
            t->cell[r][2] = pct_text(m, ch->has_share, ch->share_x100, o);
        }
        t->rows = ROW__COUNT;
        t->total_last = true;
    }
}

static void cap_table(struct rmodel *m, const struct figures *f,
                      const struct report_opts *o, const struct labels *l)
{
    struct rtable *t = NULL;
    for (enum stage s = STAGE_B; s <= STAGE_C; s++) {
        const struct stage_figures *fig = &f->stage[s];
        if (!fig->cap.set)
            continue;
        if (!t) {
            t = rmodel_table(m, o->thousands ? l->cap_title_k : l->cap_title);
            t->kind = RT_CAP;
            t->label[0] = l->cap;
            t->label[1] = l->total;
            t->label[2] = l->room;
            t->label[3] = l->room_pct;
            t->rows = 4;
        }
        size_t c = t->cols++;
        char buf[NUM_FMT_MAX];
        t->head[c] = stage_head(m, s);
        if (fig->cap_open)
            t->note = l->cap_open;
        t->cell[0][c] = rm_str(m, "%s%s", fig->cap_open ? "≥ " : "",
                               report_cell_amount(buf, fig->cap.ore, o, false,
                                                  false));
        t->cell[1][c] = amount_text(m, &fig->row[ROW_TOTAL], o, false);
        if (fig->cap_room.set) {
            t->cell[2][c] = rm_str(m, "%s", report_cell_amount(
                                       buf, fig->cap_room.ore, o, false, true));
            t->cell[3][c] = pct_text(m, fig->cap_room_pct.set,
                                     fig->cap_room_pct.x100, o);
        }
    }
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
    struct rtable *t = rmodel_table(m, o->thousands
        ? (sh->from_law ? l->fin_title_law_k : l->fin_title_k)
        : (sh->from_law ? l->fin_title_law : l->fin_title));
    t->kind = RT_FINANCING;
    stage_heads(m, t, f);
    char pct[NUM_FMT_MAX];
    const struct {
        const char *name;
        int64_t share;
        size_t member;
    } rows[] = {
        { l->loan, sh->realkredit, offsetof(struct stage_figures, loan) },
        { l->grundkapital, sh->grundkapital,
          offsetof(struct stage_figures, grundkapital) },
        { l->beboerindskud, sh->beboerindskud,
          offsetof(struct stage_figures, beboerindskud) },
    };
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++)
        amount_row(m, t, rm_str(m, "%s %s %%", rows[r].name,
                                report_pct_micro(pct, rows[r].share, o)),
                   rows[r].member, true);
    if (p->garanti.pct.set)
        amount_row(m, t, rm_str(m, "%s %s %% %s", l->guarantee,
                                report_pct_micro(pct, p->garanti.pct.n, o),
                                l->of_loan),
                   offsetof(struct stage_figures, guarantee), true);
}

/* ---- the figures of each stage, for json, csv and the chart ------------ */

static void add_fig(struct rstage *st, const char *key, enum rfig_kind kind,
                    struct amount_opt a)
{
    if (st->nfigs < RM_STAGE_FIGS)
        st->fig[st->nfigs++] = (struct rfig){ key, kind, a, NULL, false };
}

static void flag_last(struct rstage *st, const char *key, bool flag)
{
    st->fig[st->nfigs - 1].flag_key = key;
    st->fig[st->nfigs - 1].flag = flag;
}

static struct rnum num(struct rmodel *m, const struct amount_opt *a,
                       const struct report_opts *o)
{
    return (struct rnum){ a->set, a->ore, amount_text(m, a, o, false) };
}

static void stage_model(struct rmodel *m, const struct report *r,
                        const struct report_opts *o, enum stage s)
{
    const struct stage_figures *fig = &r->figures->stage[s];
    const struct costs *k = &r->project->skema.stage[s].anskaffelsessum;
    struct rstage *st = &m->stage[s];
    st->present = fig->present;
    if (!fig->present)
        return;
    for (int l = 0; l < LINE__COUNT; l++)
        add_fig(st, cost_line_key((enum cost_line)l), RF_STATED,
                (struct amount_opt){ k->line[l].set, k->line[l].n });
    add_fig(st, "i_alt", RF_STATED, (struct amount_opt){ k->i_alt.set, k->i_alt.n });
    add_fig(st, "lines_sum", RF_CHECK, fig->lines_sum);
    add_fig(st, "anskaffelsessum", RF_USED, fig->row[ROW_TOTAL]);
    flag_last(st, "total_from_lines", fig->total_from_lines);
    add_fig(st, "realkreditlaan", RF_DERIVED, fig->loan);
    add_fig(st, "grundkapital", RF_DERIVED, fig->grundkapital);
    add_fig(st, "beboerindskud", RF_DERIVED, fig->beboerindskud);
    add_fig(st, "garanti", RF_DERIVED, fig->guarantee);
    add_fig(st, "maksimumsbeloeb", RF_DERIVED, fig->cap);
    flag_last(st, "maksimumsbeloeb_open", fig->cap_open);
    /* per m² boligareal: what an unknown energitillæg would have to be */
    add_fig(st, "energitillaeg_noedvendigt_m2", RF_CHECK, fig->energy_needed);
    add_fig(st, "serviceareal", RF_STATED, fig->service);
    add_fig(st, "servicearealtilskud", RF_STATED, fig->service_tilskud);
    for (int row = 0; row < ROW__COUNT; row++)
        st->row[row] = num(m, &fig->row[row], o);
    st->cap = num(m, &fig->cap, o);
    st->cap_open = fig->cap_open;
}

/* ---- the model -------------------------------------------------------- */

static void fields(struct rmodel *m, const struct project_info *i,
                   const struct figures *fig, const struct labels *l)
{
    const struct {
        const char *key, *label;
        const struct val *v;
    } f[] = {
        { "sagsnummer", l->field[0], &i->sagsnummer },
        { "navn", NULL, &i->navn },
        { "kommune", l->field[1], &i->kommune },
        { "boligorganisation", l->field[2], &i->boligorganisation },
        { "afdeling", l->field[3], &i->afdeling },
    };
    for (size_t k = 0; k < sizeof f / sizeof f[0]; k++)
        if (f[k].v->set)
            m->field[m->nfields++] = (struct rfield){ f[k].key, f[k].label,
                                                      f[k].v->text, f[k].v->text };
    m->field[m->nfields++] = (struct rfield){
        "boligtype", l->field[4], l->housing[i->boligtype.n],
        housing_key((enum housing)i->boligtype.n) };
    /* the zone the cap was taken for, so a reader sees which table row
     * applies (a kommune that was misread would show here) */
    if (fig->cap_zone)
        m->field[m->nfields++] = (struct rfield){ "zone", l->zone,
                                                  fig->cap_zone, fig->cap_zone };
}

size_t rmodel_tables_of(const struct rmodel *m, enum rtable_kind kind,
                        const struct rtable *out[RM_TABLES])
{
    size_t n = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < m->ntables; i++) {
            const struct rtable *t = &m->table[i];
            bool first = kind != RT_CHANGE ||
                         (t->from == STAGE_B && t->to == STAGE_C);
            if (t->kind == kind && first == (pass == 0))
                out[n++] = t;
        }
    return n;
}

const char *rmodel_field(const struct rmodel *m, const char *key)
{
    for (size_t i = 0; i < m->nfields; i++)
        if (strcmp(m->field[i].key, key) == 0)
            return m->field[i].raw;
    return "";
}

void rmodel_build(const struct report *r, const struct report_opts *o,
                  struct rmodel *m)
{
    const struct labels *l = report_labels(o->lang);
    memset(m, 0, sizeof *m);
    m->arena = arena_new();
    m->figures = r->figures;
    m->opts = o;
    m->title = r->project->projekt.navn.text ? r->project->projekt.navn.text : "";
    fields(m, &r->project->projekt, r->figures, l);
    if (r->figures->renovation.present) {
        /* no stages: the renovation's own tables */
        rmodel_renovation(m, r);
        return;
    }
    cost_table(m, r->figures, l);
    change_tables(m, r->figures->cmp, o, l);
    cap_table(m, r->figures, o, l);
    financing_table(m, r->project, r->figures, o, l);
    m->shares = &r->figures->shares;
    m->cmp = r->figures->cmp;
    for (int s = 0; s < STAGE__COUNT; s++)
        stage_model(m, r, o, (enum stage)s);
    rmodel_sentences(m, r, o);
}

void rmodel_say(struct rmodel *m, const char *text)
{
    /* "… 65.893.137 kr.." ends once: the abbreviation's point is the full stop */
    size_t n = strlen(text);
    if (n >= 2 && text[n - 1] == '.' && text[n - 2] == '.')
        n--;
    m->sentence = xrealloc(m->sentence, (m->nsentences + 1) * sizeof *m->sentence);
    m->sentence[m->nsentences++] = arena_strndup(m->arena, text, n);
}

void rmodel_free(struct rmodel *m)
{
    arena_free(m->arena);
    free(m->sentence);
    memset(m, 0, sizeof *m);
}
