/* SPDX-License-Identifier: MIT */
#include "report_committee.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "diag.h"
#include "field_names.h"
#include "project.h"
#include "rates.h"
#include "rules.h"

/* The comparison of from → to in f->cmp (compare.c's order). */
static const struct comparison *comparison_of(const struct figures *f,
                                              enum stage from, enum stage to)
{
    for (int i = 0; i < COMPARISONS; i++)
        if (f->cmp[i].from == from && f->cmp[i].to == to)
            return &f->cmp[i];
    return NULL;
}

/* The last stage given, and the one before it that is given (or the
 * last stage itself when it is the only one). */
static bool last_stages(const struct figures *f, enum stage *before,
                        enum stage *last)
{
    int l = -1, b = -1;
    for (int s = STAGE__COUNT - 1; s >= 0; s--) {
        if (!f->stage[s].present)
            continue;
        if (l < 0)
            l = s;
        else if (b < 0)
            b = s;
    }
    if (l < 0)
        return false;
    *last = (enum stage)l;
    *before = b < 0 ? (enum stage)l : (enum stage)b;
    return true;
}

/* The number of dwellings the latest stage gives that gives one. */
static int64_t dwellings(const struct project *p)
{
    for (int s = STAGE__COUNT - 1; s >= 0; s--)
        if (p->skema.stage[s].boliger.set)
            return p->skema.stage[s].boliger.n;
    return 0;
}

static void add_dwellings(struct strbuf *out, const struct project *p,
                          enum report_lang lang)
{
    static const struct msg_plural_pair kind[] = {
        [HOUSING_FAMILIE] = { NP_("{n} family dwelling", "{n} family dwellings") },
        [HOUSING_AELDRE] = { NP_("{n} dwelling for the elderly",
                                 "{n} dwellings for the elderly") },
        [HOUSING_UNGDOM] = { NP_("{n} youth dwelling", "{n} youth dwellings") },
        [HOUSING_BLANDET] = { NP_("{n} social dwelling", "{n} social dwellings") },
    };
    int64_t n = dwellings(p);
    enum housing h = p->projekt.boligtype.set ? (enum housing)p->projekt.boligtype.n
                                              : HOUSING_BLANDET;
    if (n > 0)
        msg_render_plural(out, kind[h].one, kind[h].many, (uint64_t)n,
                          ARGS(ARG_INT("n", n)), lang);
    else
        msg_render(out, N_("social dwellings"), NO_ARGS, lang);
}

void committee_title(struct strbuf *out, const struct report *r,
                     enum report_lang lang)
{
    static const char *const kind[STAGE__COUNT] = {
        N_("Commitment (tilsagn, skema A) for {what}"),
        N_("Approval of the anskaffelsessum (skema B) for {what}"),
        N_("Final accounts (byggeregnskab, skema C) for {what}"),
    };
    const struct project *p = r->project;
    enum stage before, last;
    if (r->loaded && r->figures->renovation.present) {
        committee_renovation_title(out, r, lang);
        return;
    }
    if (!r->loaded || !last_stages(r->figures, &before, &last)) {
        strbuf_addstr(out, p && p->projekt.navn.set ? p->projekt.navn.text
                                                    : r->file);
        return;
    }
    struct strbuf what = STRBUF_INIT;
    add_dwellings(&what, p, lang);
    msg_render(out, kind[last], ARGS(ARG_TEXT("what", what.buf)), lang);
    if (p->projekt.navn.set)
        strbuf_addf(out, ", %s", p->projekt.navn.text);
    strbuf_release(&what);
}

/* "Ingen fejl eller advarsler." / "2 fejl og 1 advarsel." */
static void add_verdict(struct strbuf *out, const struct diag_list *d,
                        enum report_lang lang)
{
    size_t errors = diag_count_severity(d, SEV_ERROR),
           warnings = diag_count_severity(d, SEV_WARNING);
    if (!errors && !warnings) {
        msg_render(out, N_("No errors or warnings."), NO_ARGS, lang);
        return;
    }
    struct strbuf e = STRBUF_INIT, w = STRBUF_INIT;
    msg_render_plural(&e, NP_("{n} error", "{n} errors"), errors,
                      ARGS(ARG_INT("n", errors)), lang);
    msg_render_plural(&w, NP_("{n} warning", "{n} warnings"), warnings,
                      ARGS(ARG_INT("n", warnings)), lang);
    if (errors && warnings)
        msg_render(out, N_("{errors} and {warnings}."),
                   ARGS(ARG_TEXT("errors", e.buf), ARG_TEXT("warnings", w.buf)),
                   lang);
    else
        strbuf_addf(out, "%s.", errors ? e.buf : w.buf);
    strbuf_release(&e);
    strbuf_release(&w);
}

static const char *const stage_msgid[STAGE__COUNT] = {
    N_("skema A"), N_("skema B"), N_("skema C"),
};

static void add_total_change(struct strbuf *out, const struct figures *f,
                             enum stage before, enum stage last,
                             enum report_lang lang)
{
    const struct comparison *c = comparison_of(f, before, last);
    const struct change *ch = c ? &c->row[ROW_TOTAL] : NULL;
    if (!ch || !ch->set)
        return;
    const char *from = msg_text(stage_msgid[before], lang);
    strbuf_addch(out, ' ');
    if (ch->delta_ore == 0) {
        msg_render(out, N_("Unchanged against {from}."),
                   ARGS(ARG_TEXT("from", from)), lang);
        return;
    }
    int64_t size = ch->delta_ore < 0 ? -ch->delta_ore : ch->delta_ore;
    const char *msgid = ch->delta_ore < 0
        ? N_("A fall of {delta} kr against {from}")
        : N_("A rise of {delta} kr against {from}");
    msg_render(out, msgid, ARGS(ARG_KR("delta", size), ARG_TEXT("from", from)),
               lang);
    if (ch->has_pct) {
        int64_t pct = ch->pct_x100 < 0 ? -ch->pct_x100 : ch->pct_x100;
        msg_render(out, N_(" ({pct} %)"), ARGS(ARG_X100("pct", pct)), lang);
    }
    strbuf_addch(out, '.');
}

static void add_cap_room(struct strbuf *out, const struct stage_figures *sf,
                         enum report_lang lang)
{
    if (!sf->cap.set || !sf->cap_room.set)
        return;
    strbuf_addch(out, ' ');
    if (sf->cap_room.ore < 0) {
        msg_render(out, N_("It is {excess} kr above the maksimumsbeløb."),
                   ARGS(ARG_KR("excess", -sf->cap_room.ore)), lang);
        return;
    }
    const char *msgid = sf->cap_open
        ? N_("It is at least {room} kr under the maksimumsbeløb.")
        : N_("It is {room} kr under the maksimumsbeløb.");
    msg_render(out, msgid, ARGS(ARG_KR("room", sf->cap_room.ore)), lang);
}

void committee_summary(struct strbuf *out, const struct report *r,
                       enum report_lang lang)
{
    add_verdict(out, r->diags, lang);
    if (r->loaded && r->figures->renovation.present) {
        committee_renovation_summary(out, r, lang);
        return;
    }
    enum stage before, last;
    if (!r->loaded || !last_stages(r->figures, &before, &last))
        return;
    const struct stage_figures *sf = &r->figures->stage[last];
    if (!sf->row[ROW_TOTAL].set)
        return;
    strbuf_addch(out, ' ');
    msg_render(out, N_("Anskaffelsessum in {stage}: {total} kr."),
               ARGS(ARG_TEXT("stage", msg_text(stage_msgid[last], lang)),
                    ARG_KR("total", sf->row[ROW_TOTAL].ore)),
               lang);
    if (before != last)
        add_total_change(out, r->figures, before, last, lang);
    add_cap_room(out, sf, lang);
}

/* ---- Økonomi for kommunen ---- */

static void economy_label(struct strbuf *out, enum economy_line line,
                          const struct report *r, enum report_lang lang)
{
    const struct shares *sh = &r->figures->shares;
    const struct project *p = r->project;
    switch (line) {
    case ECON_GRUNDKAPITAL:
        msg_render(out, N_("Grundkapital {pct} %"),
                   ARGS(ARG_DEC("pct", sh->grundkapital)), lang);
        return;
    case ECON_LOAN:
        msg_render(out, N_("Realkreditlån {pct} %"),
                   ARGS(ARG_DEC("pct", sh->realkredit)), lang);
        return;
    case ECON_GUARANTEE:
        if (p->garanti.pct.set)
            msg_render(out, N_("Guarantee {pct} % of the loan"),
                       ARGS(ARG_DEC("pct", p->garanti.pct.n)), lang);
        else
            msg_render(out, N_("Guarantee"), NO_ARGS, lang);
        return;
    case ECON_BEBOERINDSKUD:
        msg_render(out, N_("Beboerindskud {pct} %"),
                   ARGS(ARG_DEC("pct", sh->beboerindskud)), lang);
        return;
    case ECON__COUNT:
        return;
    }
}

static struct amount_opt economy_amount(const struct stage_figures *sf,
                                        enum economy_line line)
{
    switch (line) {
    case ECON_GRUNDKAPITAL: return sf->grundkapital;
    case ECON_LOAN: return sf->loan;
    case ECON_GUARANTEE: return sf->guarantee;
    case ECON_BEBOERINDSKUD: return sf->beboerindskud;
    case ECON__COUNT: break;
    }
    return (struct amount_opt){ 0 };
}

static struct change economy_change(const struct comparison *c,
                                    enum economy_line line)
{
    switch (line) {
    case ECON_GRUNDKAPITAL: return c->grundkapital;
    case ECON_LOAN: return c->loan;
    case ECON_GUARANTEE: return c->guarantee;
    case ECON_BEBOERINDSKUD: return c->beboerindskud;
    case ECON__COUNT: break;
    }
    return (struct change){ 0 };
}

/* "Grundkapitalen falder med 163.886,30 kr. til 6.589.313,70 kr. ..." */
static void economy_sentence(struct strbuf *out, const struct economy *e,
                             enum economy_line line, enum report_lang lang)
{
    static const char *const msgid[ECON__COUNT][2] = {
        [ECON_GRUNDKAPITAL] = {
            N_("The grundkapital falls by {delta} kr to {to} kr against the {from_amount} kr set aside at {from}."),
            N_("The grundkapital rises by {delta} kr to {to} kr against the {from_amount} kr set aside at {from}: the bevilling must be raised by that amount."),
        },
        [ECON_GUARANTEE] = {
            N_("The municipality's guarantee falls by {delta} kr to {to} kr."),
            N_("The municipality's guarantee rises by {delta} kr to {to} kr."),
        },
    };
    const struct economy_row *row = &e->row[line];
    if (!row->change.set || row->change.delta_ore == 0 || !msgid[line][0])
        return;
    bool rise = row->change.delta_ore > 0;
    int64_t delta = rise ? row->change.delta_ore : -row->change.delta_ore;
    if (out->len)
        strbuf_addch(out, ' ');
    msg_render(out, msgid[line][rise],
               ARGS(ARG_KR_ORE("delta", delta), ARG_KR_ORE("to", row->to.ore),
                    ARG_KR_ORE("from_amount", row->from.ore),
                    ARG_TEXT("from", msg_text(stage_msgid[e->from], lang))),
               lang);
}

/* The stated grundkapital of the last stage beside the exact one. */
static void economy_stated(struct strbuf *out, const struct economy *e,
                           const struct report *r, enum report_lang lang)
{
    const struct val *stated = &r->project->skema.stage[e->to].grundkapital_kr;
    const struct amount_opt *exact = &e->row[ECON_GRUNDKAPITAL].to;
    if (!stated->set || !exact->set || stated->n == exact->ore)
        return;
    if (out->len)
        strbuf_addch(out, ' ');
    msg_render(out, N_("The grundkapital is stated in {stage} as {stated} kr; the exact amount is {exact} kr (see Kontrolresultater)."),
               ARGS(ARG_TEXT("stage", msg_text(stage_msgid[e->to], lang)),
                    ARG_KR("stated", stated->n), ARG_KR_ORE("exact", exact->ore)),
               lang);
}

void committee_economy(struct economy *e, const struct report *r,
                       enum report_lang lang)
{
    memset(e, 0, sizeof *e);
    for (int i = 0; i < ECON__COUNT; i++)
        strbuf_init(&e->row[i].label);
    strbuf_init(&e->text);
    if (!r->loaded || !last_stages(r->figures, &e->from, &e->to) ||
        e->from == e->to)
        return;
    const struct figures *f = r->figures;
    const struct comparison *c = comparison_of(f, e->from, e->to);
    for (int i = 0; i < ECON__COUNT; i++) {
        struct economy_row *row = &e->row[i];
        row->from = economy_amount(&f->stage[e->from], (enum economy_line)i);
        row->to = economy_amount(&f->stage[e->to], (enum economy_line)i);
        if (c)
            row->change = economy_change(c, (enum economy_line)i);
        if (row->from.set || row->to.set) {
            economy_label(&row->label, (enum economy_line)i, r, lang);
            e->shown = true;
        }
    }
    economy_sentence(&e->text, e, ECON_GRUNDKAPITAL, lang);
    economy_sentence(&e->text, e, ECON_GUARANTEE, lang);
    economy_stated(&e->text, e, r, lang);
}

void committee_economy_release(struct economy *e)
{
    for (int i = 0; i < ECON__COUNT; i++)
        strbuf_release(&e->row[i].label);
    strbuf_release(&e->text);
}

/* ---- Forslag til indstilling ---- */

static struct strbuf *next_item(struct indstilling *in)
{
    return in->nitems < INDSTILLING_ITEMS ? &in->item[in->nitems++] : NULL;
}

static void item(struct indstilling *in, const char *msgid, struct msg_args args, enum report_lang lang)
{
    struct strbuf *sb = next_item(in);
    if (sb)
        msg_render(sb, msgid, args, lang);
}

/* A byggeregnskab: approve it; a merudgift and the larger grundkapital
 * too; the afsatte beløb by the administration. */
static void propose_c(struct indstilling *in, const struct report *r,
                      enum report_lang lang)
{
    const struct figures *f = r->figures;
    const struct stage_figures *c = &f->stage[STAGE_C];
    item(in, N_("The byggeregnskab (skema C) with a total anskaffelsessum of {total} kr."),
         ARGS(ARG_KR("total", c->row[ROW_TOTAL].ore)), lang);
    const struct comparison *bc = comparison_of(f, STAGE_B, STAGE_C);
    if (bc && bc->row[ROW_TOTAL].set && bc->row[ROW_TOTAL].delta_ore > 0) {
        item(in, N_("A merudgift of {delta} kr against skema B."),
             ARGS(ARG_KR("delta", bc->row[ROW_TOTAL].delta_ore)), lang);
        if (bc->grundkapital.set && bc->grundkapital.delta_ore > 0)
            item(in, N_("A grundkapital raised by {delta} kr to {to} kr, and the bevilling adjusted by that amount."),
                 ARGS(ARG_KR_ORE("delta", bc->grundkapital.delta_ore),
                      ARG_KR_ORE("to", c->grundkapital.ore)), lang);
    }
    if (c->afsatte.set && c->afsatte.ore > 0)
        item(in, N_("That the administration is authorised to approve the documentation for the use of the afsatte beløb."),
             NO_ARGS, lang);
}

static void propose(struct indstilling *in, const struct report *r,
                    enum stage last, enum report_lang lang)
{
    const struct stage_figures *sf = &r->figures->stage[last];
    msg_render(&in->lead, N_("It is proposed that the kommunalbestyrelse approves:"),
               NO_ARGS, lang);
    switch (last) {
    case STAGE_A:
        item(in, N_("Tilsagn (skema A) with a provisional anskaffelsessum of {total} kr."),
             ARGS(ARG_KR("total", sf->row[ROW_TOTAL].ore)), lang);
        break;
    case STAGE_B:
        item(in, N_("The anskaffelsessum (skema B) of {total} kr."),
             ARGS(ARG_KR("total", sf->row[ROW_TOTAL].ore)), lang);
        break;
    default:
        propose_c(in, r, lang);
        return;
    }
    if (sf->grundkapital.set)
        item(in, N_("A grundkapital of {amount} kr."),
             ARGS(ARG_KR_ORE("amount", sf->grundkapital.ore)), lang);
}

void committee_indstilling(struct indstilling *in, const struct report *r,
                           enum report_lang lang)
{
    memset(in, 0, sizeof *in);
    strbuf_init(&in->lead);
    strbuf_init(&in->after);
    for (int i = 0; i < INDSTILLING_ITEMS; i++)
        strbuf_init(&in->item[i]);
    enum stage before, last;
    size_t errors = diag_count_severity(r->diags, SEV_ERROR),
           warnings = diag_count_severity(r->diags, SEV_WARNING);
    if (r->loaded && r->figures->renovation.present) {
        committee_renovation_indstilling(in, r, lang);
        return;
    }
    if (!r->loaded || !last_stages(r->figures, &before, &last)) {
        msg_render(&in->lead, N_("No indstilling can be proposed: the file could not be checked."),
                   NO_ARGS, lang);
        return;
    }
    if (!r->figures->stage[last].row[ROW_TOTAL].set) {
        msg_render(&in->lead, N_("No indstilling can be proposed: {stage} gives no "
                                 "anskaffelsessum."),
                   ARGS(ARG_TEXT("stage", msg_text(stage_msgid[last], lang))), lang);
        return;
    }
    if (errors) {
        static const char *const what[STAGE__COUNT] = {
            N_("The tilsagn (skema A)"), N_("The anskaffelsessum (skema B)"),
            N_("The byggeregnskab (skema C)"),
        };
        msg_render_plural(&in->lead,
                          NP_("{what} cannot yet be recommended for approval: the check found {n} error, listed under Kontrolresultater, which must be corrected first.",
                              "{what} cannot yet be recommended for approval: the check found {n} errors, listed under Kontrolresultater, which must be corrected first."),
                          errors,
                          ARGS(ARG_TEXT("what", msg_text(what[last], lang)),
                               ARG_INT("n", errors)),
                          lang);
        return;
    }
    propose(in, r, last, lang);
    if (warnings)
        msg_render_plural(&in->after,
                          NP_("The proposal assumes that the warning under Kontrolresultater has been assessed.",
                              "The proposal assumes that the {n} warnings under Kontrolresultater have been assessed."),
                          warnings, ARGS(ARG_INT("n", warnings)), lang);
}

void committee_indstilling_release(struct indstilling *in)
{
    strbuf_release(&in->lead);
    strbuf_release(&in->after);
    for (int i = 0; i < INDSTILLING_ITEMS; i++)
        strbuf_release(&in->item[i]);
}

/* ---- headings, findings and the audit trail ---- */

const char *committee_heading(enum committee_heading h, enum report_lang lang)
{
    static const char *const text[CH__COUNT] = {
        [CH_SUMMARY] = N_("Summary"),
        [CH_CASE] = N_("Case"),
        [CH_COSTS] = N_("Anskaffelsessum"),
        [CH_CHANGES] = N_("Changes"),
        [CH_CAP] = N_("Maksimumsbeløb"),
        [CH_ECONOMY] = N_("The municipality's economy"),
        [CH_RESULTS] = N_("Results of the check"),
        [CH_ERRORS] = N_("Errors"),
        [CH_WARNINGS] = N_("Warnings"),
        [CH_NOTES] = N_("Notes"),
        [CH_UNCHECKED] = N_("Not checked"),
        [CH_PROPOSAL] = N_("Proposed recommendation"),
        [CH_APPENDIX] = N_("Technical appendix"),
        [CH_LOCATIONS] = N_("Where each finding is in the file"),
        [CH_RULES] = N_("Rules and their basis"),
        [CH_FINANCING] = N_("Financing"),
        [CH_RENT] = N_("Rent"),
    };
    return msg_text((unsigned)h < CH__COUNT ? text[h] : "", lang);
}

const char *committee_proposal_mark(enum report_lang lang)
{
    return msg_text(N_("Proposal generated by skema from the figures and the "
                       "findings; the administration decides the indstilling."),
                    lang);
}

bool committee_unchecked(const struct diag *d)
{
    return d->unchecked != UNCHECKED_NONE;
}

enum committee_group committee_group_of(const struct diag *d)
{
    switch (d->severity) {
    case SEV_ERROR: return CG_ERRORS;
    case SEV_WARNING: return CG_WARNINGS;
    case SEV_NOTE: break;
    }
    return committee_unchecked(d) ? CG_UNCHECKED : CG_NOTES;
}

enum committee_heading committee_group_heading(enum committee_group g)
{
    static const enum committee_heading h[CG__COUNT] = {
        CH_ERRORS, CH_WARNINGS, CH_NOTES, CH_UNCHECKED,
    };
    return h[g];
}

void committee_finding(struct strbuf *field, struct strbuf *text,
                       const struct diag *d, const char *message,
                       enum report_lang lang)
{
    if (*d->path)
        field_name(field, d->path, lang);
    else
        strbuf_addstr(field, msg_text(N_("The file"), lang));
    /* the heading says "not checked"; the line gives the reason */
    if (committee_unchecked(d))
        diag_reason(text, d, lang);
    else
        strbuf_addstr(text, message);
    const char *cite = rule_cite(d->rule);
    if (cite && !committee_unchecked(d))
        msg_render(text, N_(" (cf. {paragraph})"),
                   ARGS(ARG_MSG("paragraph", cite)), lang);
    /* a sentence ends in a full stop, unless it asks or ends already */
    if (text->len && !strchr(".?!", text->buf[text->len - 1]))
        strbuf_addch(text, '.');
}

/* The report's moment: SOURCE_DATE_EPOCH (reproducible builds' variable)
 * when it holds a number of seconds, else now. */
static time_t report_time(void)
{
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    if (epoch && *epoch) {
        char *end;
        errno = 0;
        long long t = strtoll(epoch, &end, 10);
        if (errno == 0 && *end == '\0' && t >= 0)
            return (time_t)t;
    }
    return time(NULL);
}

static void add_date(struct strbuf *out, time_t t, enum report_lang lang)
{
    static const char *const months[12] = {
        N_("January"), N_("February"), N_("March"), N_("April"), N_("May"),
        N_("June"), N_("July"), N_("August"), N_("September"), N_("October"),
        N_("November"), N_("December"),
    };
    struct tm tm;
    if (!gmtime_r(&t, &tm)) {
        strbuf_addstr(out, "?");
        return;
    }
    msg_render(out, N_("{day} {month} {year}"),
               ARGS(ARG_INT("day", tm.tm_mday),
                    ARG_MSG("month", months[tm.tm_mon]),
                    ARG_INT("year", tm.tm_year + 1900)), lang);
}

static struct strbuf *audit_item(struct audit *a, const char *label,
                                 enum report_lang lang)
{
    if (a->n == AUDIT_ITEMS)
        return NULL;
    strbuf_addstr(&a->label[a->n], msg_text(label, lang));
    return &a->value[a->n++];
}

void committee_audit(struct audit *a, const struct report *r,
                     enum report_lang lang)
{
    memset(a, 0, sizeof *a);
    for (size_t i = 0; i < AUDIT_ITEMS; i++) {
        strbuf_init(&a->label[i]);
        strbuf_init(&a->value[i]);
    }
    add_date(audit_item(a, N_("Date of the report"), lang), report_time(), lang);
    strbuf_addstr(audit_item(a, N_("Program"), lang), "skema " SKEMA_VERSION);
    strbuf_addstr(audit_item(a, N_("Input file"), lang), r->file);
    if (r->sha256)
        strbuf_addstr(audit_item(a, N_("SHA-256 of the input file"), lang),
                      r->sha256);
    const struct figures *f = r->loaded ? r->figures : NULL;
    for (size_t i = 0; f && i < f->sources.n; i++) {
        const struct rate_source *s =
            r->rates ? rates_source(r->rates, f->sources.id[i]) : NULL;
        struct strbuf *v = audit_item(a, N_("Source of rates used"), lang);
        if (!v)
            break;
        strbuf_addstr(v, s && s->titel.set ? s->titel.text : f->sources.id[i]);
        if (s && s->url.set)
            strbuf_addf(v, " (%s)", s->url.text);
    }
}

void committee_audit_release(struct audit *a)
{
    for (size_t i = 0; i < AUDIT_ITEMS; i++) {
        strbuf_release(&a->label[i]);
        strbuf_release(&a->value[i]);
    }
}

void committee_background(struct strbuf *out, const struct report *r,
                          enum report_lang lang)
{
    if (r->loaded && r->figures->renovation.present) {
        committee_renovation_background(out, r, lang);
        return;
    }
    msg_render(out, N_("The kommunalbestyrelse gives the tilsagn of public "
                       "support when the building is planned (skema A), "
                       "approves the anskaffelsessum when the project has "
                       "been to tender and the costs are known (skema B), "
                       "and approves the byggeregnskab when the building is "
                       "finished (skema C)."), NO_ARGS, lang);
    enum stage before, last;
    if (!r->loaded || !last_stages(r->figures, &before, &last))
        return;
    static const char *const holds[STAGE__COUNT] = {
        N_("This case is the tilsagn (skema A)."),
        N_("This case is the approval of the anskaffelsessum (skema B)."),
        N_("This case is the byggeregnskab (skema C), compared with the "
           "stages before it."),
    };
    strbuf_addch(out, ' ');
    msg_render(out, holds[last], NO_ARGS, lang);
}

void committee_cap_unchecked(struct strbuf *out, const struct report *r,
                             enum report_lang lang)
{
    struct strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < diag_count(r->diags); i++) {
        const struct diag *d = diag_get(r->diags, i);
        if (d->rule != RULE_CAP_LIMIT || !committee_unchecked(d))
            continue;
        diag_reason(&sb, d, lang);
        msg_render(out, N_("The maksimumsbeløb is not checked: {why}."),
                   ARGS(ARG_TEXT("why", sb.buf)), lang);
        break;
    }
    strbuf_release(&sb);
    if (!out->len)
        msg_render(out, N_("The maksimumsbeløb is not checked (see Not checked)."),
                   NO_ARGS, lang);
}
