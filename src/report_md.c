/* SPDX-License-Identifier: MIT */
/*
 * The Markdown report, for a committee case: the table in the minutes'
 * shape, the generated sentences, the other tables and the findings.
 * Documented in include/report.h.
 */
#include <string.h>

#include "escape.h"
#include "report_committee.h"
#include "report_model.h"
#include "report_private.h"

/* Every text, ours or the user's, through escape.h's ESC_MD: no value
 * can add a heading, list item, link, image or table column. */
static void md_text(FILE *out, const char *s)
{
    esc_write(out, ESC_MD, s);
}

/* A figure in a table: its minus sign is U+2212, as Danish tables print
 * it (a hyphen is too short to be read beside the digits). */
static void md_number(FILE *out, const char *cell)
{
    if (cell[0] == '-' && cell[1] >= '0' && cell[1] <= '9') {
        fputs("−", out);
        cell++;
    }
    md_text(out, cell);
}

static void md_table(FILE *out, const struct rtable *t)
{
    fputs("| ", out);
    md_text(out, t->title);
    for (size_t c = 0; c < t->cols; c++) {
        fputs(" | ", out);
        md_text(out, t->head[c]);
    }
    fputs(" |\n|---", out);
    for (size_t c = 0; c < t->cols; c++)
        fputs("|---:", out);
    fputs("|\n", out);
    for (size_t r = 0; r < t->rows; r++) {
        bool bold = t->total_last && r + 1 == t->rows;
        fputs(bold ? "| **" : "| ", out);
        md_text(out, t->label[r]);
        fputs(bold ? "**" : "", out);
        for (size_t c = 0; c < t->cols; c++) {
            fputs(bold && t->cell[r][c][0] ? " | **" : " | ", out);
            md_number(out, t->cell[r][c]);
            fputs(bold && t->cell[r][c][0] ? "**" : "", out);
        }
        fputs(" |\n", out);
    }
}

static void md_heading(FILE *out, const char *level, enum committee_heading h,
                       enum report_lang lang)
{
    fprintf(out, "\n%s ", level);
    md_text(out, committee_heading(h, lang));
    fputc('\n', out);
}

/* Every block begins with the blank line that separates it. */
static void md_paragraph(FILE *out, const char *text)
{
    fputc('\n', out);
    md_text(out, text);
    fputc('\n', out);
}

/* "- **label**: text", a list item that says what it is about */
static void md_labelled(FILE *out, const char *label, const char *text)
{
    fputs("- **", out);
    md_text(out, label);
    fputs("**: ", out);
    md_text(out, text);
    fputc('\n', out);
}

/* The committee's list: errors, warnings, notes, then what was not
 * checked, each finding a sentence in the form's words. */
static void md_results(FILE *out, const struct rfindings *f, enum report_lang lang)
{
    md_heading(out, "##", CH_RESULTS, lang);
    struct strbuf field = STRBUF_INIT, text = STRBUF_INIT;
    for (int g = 0; g < CG__COUNT; g++) {
        bool any = false;
        for (size_t k = 0; k < f->n; k++) {
            const struct rfinding *it = &f->item[f->by_severity[k]];
            if ((int)committee_group_of(it->d) != g)
                continue;
            if (!any) {
                md_heading(out, "###", committee_group_heading((enum committee_group)g),
                           lang);
                fputc('\n', out);
            }
            any = true;
            strbuf_reset(&field);
            strbuf_reset(&text);
            committee_finding(&field, &text, it->d, it->message, lang);
            md_labelled(out, field.buf, text.buf);
        }
    }
    strbuf_release(&field);
    strbuf_release(&text);
    if (f->not_shown_text)
        md_paragraph(out, f->not_shown_text);
    fputc('\n', out);
    md_text(out, f->summary);
    fputs(".\n", out);
}

static void md_proposal(FILE *out, const struct report *r, enum report_lang lang)
{
    struct indstilling in;
    committee_indstilling(&in, r, lang);
    md_heading(out, "##", CH_PROPOSAL, lang);
    fputs("\n**", out);
    md_text(out, committee_proposal_mark(lang));
    fputs("**\n", out);
    md_paragraph(out, in.lead.buf);
    for (size_t i = 0; i < in.nitems; i++) {
        fprintf(out, "%s%zu. ", i ? "" : "\n", i + 1);
        md_text(out, in.item[i].buf);
        fputc('\n', out);
    }
    if (in.after.len)
        md_paragraph(out, in.after.buf);
    committee_indstilling_release(&in);
}

/* Teknisk bilag: the audit trail, where each finding is in the file, and
 * the rules with their basis (for the person who fixes the file). */
static void md_appendix(FILE *out, const struct report *r,
                        const struct rfindings *f, enum report_lang lang)
{
    struct audit a;
    committee_audit(&a, r, lang);
    md_heading(out, "##", CH_APPENDIX, lang);
    fputc('\n', out);
    for (size_t i = 0; i < a.n; i++)
        md_labelled(out, a.label[i].buf, a.value[i].buf);
    committee_audit_release(&a);
    if (f->n) {
        md_heading(out, "###", CH_LOCATIONS, lang);
        fputc('\n', out);
        for (size_t i = 0; i < f->n; i++) {
            const struct diag *d = f->item[i].d;
            struct strbuf loc = STRBUF_INIT;
            strbuf_addf(&loc, "%s:%u:%u", f->file, (unsigned)d->pos.line,
                        (unsigned)d->pos.col);
            fputs("- ", out);
            esc_md_code(out, loc.buf);
            if (*d->path) {
                fputc(' ', out);
                esc_md_code(out, d->path);
            }
            fprintf(out, " %s (", f->item[i].severity);
            esc_md_code(out, rule_info(d->rule)->id);
            fputs(")\n", out);
            strbuf_release(&loc);
        }
    }
    if (f->ncited) {
        md_heading(out, "###", CH_RULES, lang);
        fputc('\n', out);
    }
    for (size_t k = 0; k < f->ncited; k++) {
        fprintf(out, "- `%s`: ", f->cited[k]->id);
        md_text(out, msg_text(f->cited[k]->basis, lang));
        fputc('\n', out);
    }
}

static void md_table_note(FILE *out, const struct rtable *t)
{
    fputc('\n', out);
    md_table(out, t);
    if (t->note) {
        fputc('\n', out);
        md_text(out, t->note);
        fputc('\n', out);
    }
}

/* The tables of one kind; the changes B→C first, the decision. */
static bool md_tables(FILE *out, const struct rmodel *m, enum rtable_kind kind)
{
    const struct rtable *t[RM_TABLES];
    size_t n = rmodel_tables_of(m, kind, t);
    for (size_t i = 0; i < n; i++)
        md_table_note(out, t[i]);
    return n > 0;
}

static void md_economy(FILE *out, const struct report *r,
                       const struct report_opts *o, const struct rmodel *m)
{
    struct economy e;
    committee_economy(&e, r, o->lang);
    if (!e.shown) {
        /* one stage: its financing is still what the municipality pays */
        committee_economy_release(&e);
        const struct rtable *t[RM_TABLES];
        if (rmodel_tables_of(m, RT_FINANCING, t))
            md_heading(out, "##", CH_ECONOMY, o->lang);
        md_tables(out, m, RT_FINANCING);
        return;
    }
    md_heading(out, "##", CH_ECONOMY, o->lang);
    const struct labels *l = report_labels(o->lang);
    fputs("\n| ", out);
    md_text(out, o->thousands ? l->kr_k : l->kr);
    fprintf(out, " | Skema %s | Skema %s | ", stage_name(e.from), stage_name(e.to));
    md_text(out, l->change);
    fputs(" |\n|---|---:|---:|---:|\n", out);
    for (int i = 0; i < ECON__COUNT; i++) {
        const struct economy_row *row = &e.row[i];
        if (!row->from.set && !row->to.set)
            continue;
        char a[NUM_FMT_MAX], b[NUM_FMT_MAX], c[NUM_FMT_MAX];
        fputs("| ", out);
        md_text(out, row->label.buf);
        const char *cells[] = {
            row->from.set ? report_cell_amount(a, row->from.ore, o, true, false) : "–",
            row->to.set ? report_cell_amount(b, row->to.ore, o, true, false) : "–",
            row->change.set ? report_cell_amount(c, row->change.delta_ore, o, true, true)
                            : "–",
        };
        for (size_t k = 0; k < 3; k++) {
            fputs(" | ", out);
            md_number(out, cells[k]);
        }
        fputs(" |\n", out);
    }
    if (e.text.len)
        md_paragraph(out, e.text.buf);
    committee_economy_release(&e);
}

static void md_fields(FILE *out, const struct report *r,
                      const struct report_opts *o, const struct rmodel *m)
{
    struct strbuf sb = STRBUF_INIT;
    committee_title(&sb, r, o->lang);
    fputs("# ", out);
    md_text(out, sb.buf);
    fputs("\n\n", out);
    strbuf_release(&sb);
    for (size_t i = 0; i < m->nfields; i++) {
        if (!m->field[i].label)
            continue;
        fprintf(out, "- %s: ", m->field[i].label);
        md_text(out, m->field[i].value);
        fputc('\n', out);
    }
}

/* Resumé and the start of Sagsfremstilling. */
static void md_summary_case(FILE *out, const struct report *r,
                            const struct report_opts *o)
{
    struct strbuf sb = STRBUF_INIT;
    md_heading(out, "##", CH_SUMMARY, o->lang);
    committee_summary(&sb, r, o->lang);
    md_paragraph(out, sb.buf);
    md_heading(out, "##", CH_CASE, o->lang);
    strbuf_reset(&sb);
    committee_background(&sb, r, o->lang);
    md_paragraph(out, sb.buf);
    strbuf_release(&sb);
}

/* A renovation: the sections of the minutes' punkt 5, no stages. */
static void md_renovation(FILE *out, const struct report *r,
                          const struct report_opts *o, struct rmodel *m)
{
    struct strbuf sb = STRBUF_INIT;
    md_summary_case(out, r, o);
    md_heading(out, "##", CH_FINANCING, o->lang);
    md_tables(out, m, RT_RENOV_FINANCE);
    md_heading(out, "##", CH_RENT, o->lang);
    md_tables(out, m, RT_RENOV_RENT);
    md_heading(out, "##", CH_ECONOMY, o->lang);
    strbuf_reset(&sb);
    committee_renovation_economy(&sb, r, o->lang);
    md_paragraph(out, sb.buf);
    strbuf_release(&sb);
}

static void md_case(FILE *out, const struct report *r, const struct report_opts *o)
{
    struct rmodel m;
    rmodel_build(r, o, &m);
    md_fields(out, r, o, &m);
    if (r->figures->renovation.present) {
        md_renovation(out, r, o, &m);
        rmodel_free(&m);
        return;
    }
    struct strbuf sb = STRBUF_INIT;
    md_summary_case(out, r, o);
    for (size_t i = 0; i < m.nsentences; i++) {
        fputs(i ? " " : "\n", out);
        md_text(out, m.sentence[i]);
        fputs(i + 1 < m.nsentences ? "" : "\n", out);
    }
    strbuf_release(&sb);
    md_heading(out, "##", CH_COSTS, o->lang);
    fputc('\n', out);
    md_table(out, &m.table[0]);
    if (m.ntables > 1 && m.table[1].kind == RT_CHANGE)
        md_heading(out, "##", CH_CHANGES, o->lang);
    md_tables(out, &m, RT_CHANGE);
    md_heading(out, "##", CH_CAP, o->lang);
    if (!md_tables(out, &m, RT_CAP)) {
        struct strbuf why = STRBUF_INIT;
        committee_cap_unchecked(&why, r, o->lang);
        md_paragraph(out, why.buf);
        strbuf_release(&why);
    }
    md_economy(out, r, o, &m);
    rmodel_free(&m);
}

bool report_md(FILE *out, const struct report *r, const struct report_opts *o)
{
    if (!r->loaded) {
        fputs("# ", out);
        md_text(out, r->file);
        fputc('\n', out);
    } else {
        md_case(out, r, o);
    }
    struct rfindings f;
    rfindings_build(r, o->lang, &f);
    md_results(out, &f, o->lang);
    if (r->loaded)
        md_proposal(out, r, o->lang);
    md_appendix(out, r, &f, o->lang);
    rfindings_free(&f);
    return !ferror(out);
}
