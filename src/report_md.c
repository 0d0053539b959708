/* SPDX-License-Identifier: MIT */
/*
 * The Markdown report, for a committee case: the table in the minutes'
 * shape, the generated sentences, the other tables and the findings.
 * Documented in include/report.h.
 */
#include <string.h>

#include "escape.h"
#include "report_model.h"
#include "report_private.h"

/* Every text, ours or the user's, through escape.h's ESC_MD: no value
 * can add a heading, list item, link, image or table column. */
static void md_text(FILE *out, const char *s)
{
    esc_write(out, ESC_MD, s);
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
            md_text(out, t->cell[r][c]);
            fputs(bold && t->cell[r][c][0] ? "**" : "", out);
        }
        fputs(" |\n", out);
    }
}

static void md_finding(FILE *out, const struct rfindings *f, size_t i)
{
    const struct diag *d = f->item[i].d;
    struct strbuf loc = STRBUF_INIT;
    strbuf_addf(&loc, "%s:%u:%u", f->file, (unsigned)d->pos.line,
                (unsigned)d->pos.col);
    fprintf(out, "- **%s** ", f->item[i].severity);
    esc_md_code(out, loc.buf);
    strbuf_release(&loc);
    if (*d->path) {
        fputc(' ', out);
        esc_md_code(out, d->path);
    }
    fputs(": ", out);
    md_text(out, f->item[i].message);
    fprintf(out, " (%s)\n", rule_info(d->rule)->id);
}

static void md_findings(FILE *out, const struct rfindings *f, const struct labels *l)
{
    if (f->n == 0)
        return;
    fprintf(out, "\n## %s\n\n", l->findings);
    for (size_t i = 0; i < f->n; i++)
        md_finding(out, f, i);
    if (f->not_shown_text) {
        fputs("- ", out);
        md_text(out, f->not_shown_text);
        fputc('\n', out);
    }
    if (f->ncited)
        fprintf(out, "\n## %s\n\n", l->rules_cited);
    for (size_t k = 0; k < f->ncited; k++) {
        fprintf(out, "- `%s`: ", f->cited[k]->id);
        md_text(out, f->cited[k]->basis);
        fputc('\n', out);
    }
}

bool report_md(FILE *out, const struct report *r, const struct report_opts *o)
{
    const struct labels *l = report_labels(o->lang);
    if (!r->loaded) {
        fputs("# ", out);
        md_text(out, r->file);
        fputc('\n', out);
    } else {
        struct rmodel m;
        rmodel_build(r, o, &m);
        fputs("# ", out);
        md_text(out, m.title);
        fputs("\n\n", out);
        for (size_t i = 0; i < m.nfields; i++) {
            if (!m.field[i].label)
                continue;
            fprintf(out, "- %s: ", m.field[i].label);
            md_text(out, m.field[i].value);
            fputc('\n', out);
        }
        fprintf(out, "\n## %s\n\n", l->committee_heading);
        md_table(out, &m.table[0]);
        fputc('\n', out);
        for (size_t i = 0; i < m.nsentences; i++) {
            md_text(out, m.sentence[i]);
            fputs(i + 1 < m.nsentences ? " " : "\n", out);
        }
        for (size_t i = 1; i < m.ntables; i++) {
            fputc('\n', out);
            md_table(out, &m.table[i]);
            if (m.table[i].note) {
                fputc('\n', out);
                md_text(out, m.table[i].note);
                fputc('\n', out);
            }
        }
        rmodel_free(&m);
    }
    struct rfindings f;
    rfindings_build(r, o->lang, &f);
    md_findings(out, &f, l);
    fputc('\n', out);
    md_text(out, f.summary);
    fputs(".\n", out);
    rfindings_free(&f);
    return !ferror(out);
}
