/* SPDX-License-Identifier: MIT */
/* The text report, for a person at a terminal; documented in include/report.h */
#include <string.h>

#include "escape.h"
#include "format.h"
#include "strbuf.h"
#include "report_committee.h"
#include "report_model.h"
#include "report_private.h"

/* Each column as wide as its widest cell, so that any amount lines up. */
static void table_print(FILE *out, const struct rtable *t)
{
    size_t label_w = display_width(t->title);
    size_t col_w[RT_COLS];
    for (size_t r = 0; r < t->rows; r++)
        if (display_width(t->label[r]) > label_w)
            label_w = display_width(t->label[r]);
    for (size_t c = 0; c < t->cols; c++) {
        col_w[c] = display_width(t->head[c]);
        for (size_t r = 0; r < t->rows; r++)
            if (display_width(t->cell[r][c]) > col_w[c])
                col_w[c] = display_width(t->cell[r][c]);
    }
    fputc('\n', out);
    fput_padded(out, t->title, label_w, false);
    for (size_t c = 0; c < t->cols; c++) {
        fputs("   ", out);
        fput_padded(out, t->head[c], col_w[c], true);
    }
    fputc('\n', out);
    for (size_t r = 0; r < t->rows; r++) {
        size_t used = t->cols;     /* no trailing blanks after empty cells */
        while (used > 0 && !t->cell[r][used - 1][0])
            used--;
        fput_padded(out, t->label[r], used ? label_w : 0, false);
        for (size_t c = 0; c < used; c++) {
            fputs("   ", out);
            fput_padded(out, t->cell[r][c], col_w[c], true);
        }
        fputc('\n', out);
    }
}

static void findings(FILE *out, const struct report *r, const struct report_opts *o)
{
    const struct labels *l = report_labels(o->lang);
    struct rfindings f;
    rfindings_build(r, o->lang, &f);
    if (f.n > 0 && f.loaded)
        fprintf(out, "\n%s\n", l->findings);
    for (size_t i = 0; i < f.n; i++)
        rfinding_line(out, &f, i, o->color);
    if (f.n > 0 && f.not_shown_text) {
        esc_write(out, ESC_TERM, f.file);
        fprintf(out, ": %s\n", f.not_shown_text);
    }
    if (f.ncited > 0)
        fprintf(out, "\n%s\n", l->rules_cited);
    for (size_t k = 0; k < f.ncited; k++)
        fprintf(out, "%s: %s\n", f.cited[k]->id,
                msg_text(f.cited[k]->basis, o->lang));
    if (f.loaded)
        fputc('\n', out);
    fprintf(out, "%s\n", f.summary);
    rfindings_free(&f);
}

/* Økonomi for kommunen, as the minutes say it: a renovation's guarantee. */
static void renovation_economy(FILE *out, const struct report *r,
                               const struct report_opts *o)
{
    struct strbuf sb = STRBUF_INIT;
    committee_renovation_economy(&sb, r, o->lang);
    fputc('\n', out);
    esc_write(out, ESC_TERM, sb.buf);
    fputc('\n', out);
    strbuf_release(&sb);
}

bool report_text(FILE *out, const struct report *r, const struct report_opts *o)
{
    if (r->loaded) {
        struct rmodel m;
        rmodel_build(r, o, &m);
        esc_write(out, ESC_TERM, m.title);
        fputc('\n', out);
        size_t width = 0;
        for (size_t i = 0; i < m.nfields; i++)
            if (m.field[i].label && display_width(m.field[i].label) > width)
                width = display_width(m.field[i].label);
        for (size_t i = 0; i < m.nfields; i++) {
            if (!m.field[i].label)
                continue;
            fputs("  ", out);
            fput_padded(out, m.field[i].label, width + 2, false);
            esc_write(out, ESC_TERM, m.field[i].value);
            fputc('\n', out);
        }
        for (size_t i = 0; i < m.ntables; i++) {
            table_print(out, &m.table[i]);
            if (m.table[i].note)
                fprintf(out, "%s\n", m.table[i].note);
        }
        if (r->figures->renovation.present)
            renovation_economy(out, r, o);
        rmodel_free(&m);
    }
    findings(out, r, o);
    return !ferror(out);
}
