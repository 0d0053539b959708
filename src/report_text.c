/* SPDX-License-Identifier: MIT */
/* The text report, for a person at a terminal; documented in include/report.h */
#include <string.h>

#include "escape.h"
#include "format.h"
#include "report_model.h"
#include "report_private.h"

static void diag_line(FILE *out, const char *file, const struct diag *d,
                      bool color)
{
    static const char *const colors[] = {
        [SEV_NOTE] = "\033[36m", [SEV_WARNING] = "\033[33m",
        [SEV_ERROR] = "\033[1;31m",
    };
    esc_write(out, ESC_TERM, file);
    fprintf(out, ":%u:%u: %s%s%s: ", (unsigned)d->pos.line,
            (unsigned)d->pos.col, color ? colors[d->severity] : "",
            severity_name(d->severity), color ? "\033[0m" : "");
    if (*d->path) {
        esc_write(out, ESC_TERM, d->path);
        fputs(": ", out);
    }
    struct strbuf sb = STRBUF_INIT;
    esc_write(out, ESC_TERM, diag_text(&sb, d, LANG_EN));
    fprintf(out, " [%s]\n", rule_info(d->rule)->id);
    strbuf_release(&sb);
}

void report_diag_line(FILE *out, const char *file, const struct diag *d)
{
    diag_line(out, file, d, false);
}

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
    size_t n = diag_count(r->diags);
    if (n > 0) {
        if (r->loaded)
            fprintf(out, "\n%s\n", l->findings);
        for (size_t i = 0; i < n; i++)
            diag_line(out, r->file, diag_get(r->diags, i), o->color);
        if (diag_dropped(r->diags)) {
            esc_write(out, ESC_TERM, r->file);
            fprintf(out, ": %zu %s", diag_dropped(r->diags), l->more_not_shown);
            fputc('\n', out);
        }
    }
    if (n > 0 && r->loaded) {
        /* each rule cited once, with its basis, in the order of the table */
        bool cited[RULE__COUNT] = { false };
        for (size_t i = 0; i < n; i++)
            cited[diag_get(r->diags, i)->rule] = true;
        fprintf(out, "\n%s\n", l->rules_cited);
        for (unsigned k = 0; k < RULE__COUNT; k++)
            if (cited[k])
                fprintf(out, "%s: %s\n", rule_info((enum rule)k)->id,
                        rule_info((enum rule)k)->basis);
    }
    if (r->loaded)
        fputc('\n', out);
    fprintf(out, "%zu %s, %zu %s, %zu %s",
            diag_count_severity(r->diags, SEV_ERROR), l->errors,
            diag_count_severity(r->diags, SEV_WARNING), l->warnings,
            diag_count_severity(r->diags, SEV_NOTE), l->notes);
    if (!r->loaded)
        fprintf(out, ": %s", report_labels(o->lang)->not_checked_figures);
    fputc('\n', out);
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
            if (display_width(m.field_label[i]) > width)
                width = display_width(m.field_label[i]);
        for (size_t i = 0; i < m.nfields; i++) {
            fputs("  ", out);
            fput_padded(out, m.field_label[i], width + 2, false);
            esc_write(out, ESC_TERM, m.field_value[i]);
            fputc('\n', out);
        }
        for (size_t i = 0; i < m.ntables; i++) {
            table_print(out, &m.table[i]);
            if (m.cap_note && strcmp(m.table[i].title,
                                     report_labels(o->lang)->cap_title) == 0)
                fprintf(out, "%s\n", m.cap_note);
        }
        rmodel_free(&m);
    }
    findings(out, r, o);
    return !ferror(out);
}
