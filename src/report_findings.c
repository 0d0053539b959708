/* SPDX-License-Identifier: MIT */
/*
 * The findings of a report, rendered once for every format: each finding's
 * message in the report's language, the count not shown, the rules cited
 * and the summary line.  The writers only lay them out and escape them.
 * Documented in src/report_model.h and include/report.h.
 */
#include <stdlib.h>
#include <string.h>

#include "report_model.h"
#include "xalloc.h"


static void summary(struct rfindings *f, const struct report *r,
                    const struct labels *l, enum report_lang lang)
{
    struct strbuf sb = STRBUF_INIT;
    static const enum severity order[] = { SEV_ERROR, SEV_WARNING, SEV_NOTE };
    for (size_t i = 0; i < 3; i++) {
        size_t n = f->count[order[i]];
        strbuf_addf(&sb, "%s%zu %s", i ? ", " : "", n,
                    msg_plural(l->count_one[order[i]], l->count_many[order[i]],
                               n, lang));
    }
    if (!r->loaded)
        strbuf_addf(&sb, ": %s", l->not_checked_figures);
    f->summary = strbuf_detach(&sb, NULL);
}

/* Errors, then warnings, then notes, each in the order of the file. */
static void group_by_severity(struct rfindings *f)
{
    f->by_severity = xcalloc(f->n + 1, sizeof *f->by_severity);
    size_t k = 0;
    for (int sev = SEV_ERROR; sev >= SEV_NOTE; sev--)
        for (size_t i = 0; i < f->n; i++)
            if ((int)f->item[i].d->severity == sev)
                f->by_severity[k++] = i;
}

void rfindings_build(const struct report *r, enum report_lang lang,
                     struct rfindings *f)
{
    const struct labels *l = report_labels(lang);
    memset(f, 0, sizeof *f);
    f->file = r->file;
    f->loaded = r->loaded;
    f->n = diag_count(r->diags);
    f->item = xcalloc(f->n + 1, sizeof *f->item);
    bool cited[RULE__COUNT] = { false };
    struct strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < f->n; i++) {
        const struct diag *d = diag_get(r->diags, i);
        f->item[i].d = d;
        f->item[i].severity = l->severity[d->severity];
        diag_text(&sb, d, lang);
        f->item[i].message = strbuf_detach(&sb, NULL);
        cited[d->rule] = true;
    }
    strbuf_release(&sb);
    group_by_severity(f);
    f->not_shown = diag_dropped(r->diags);
    if (f->not_shown)
        f->not_shown_text = xasprintf("%zu %s", f->not_shown, l->more_not_shown);
    /* each rule cited once, with its basis, in the order of the table */
    for (unsigned k = 0; r->loaded && k < RULE__COUNT; k++)
        if (cited[k])
            f->cited[f->ncited++] = rule_info((enum rule)k);
    for (int s = 0; s < 3; s++)
        f->count[s] = diag_count_severity(r->diags, (enum severity)s);
    summary(f, r, l, lang);
}

void rfindings_free(struct rfindings *f)
{
    for (size_t i = 0; i < f->n; i++)
        free(f->item[i].message);
    free(f->item);
    free(f->by_severity);
    free(f->not_shown_text);
    free(f->summary);
    memset(f, 0, sizeof *f);
}

static void line(FILE *out, enum esc_kind kind, const char *file,
                 const struct diag *d, const char *message, bool color)
{
    static const char *const colors[] = {
        [SEV_NOTE] = "\033[36m", [SEV_WARNING] = "\033[33m",
        [SEV_ERROR] = "\033[1;31m",
    };
    esc_write(out, kind, file);
    fprintf(out, ":%u:%u: %s%s%s: ", (unsigned)d->pos.line, (unsigned)d->pos.col,
            color ? colors[d->severity] : "", severity_name(d->severity),
            color ? "\033[0m" : "");
    if (*d->path) {
        esc_write(out, kind, d->path);
        fputs(": ", out);
    }
    esc_write(out, kind, message);
    fprintf(out, kind == ESC_MD ? " \\[%s\\]\n" : " [%s]\n", rule_info(d->rule)->id);
}

void rfinding_line(FILE *out, const struct rfindings *f, size_t i, bool color)
{
    line(out, ESC_TERM, f->file, f->item[i].d, f->item[i].message, color);
}

void report_finding_line(FILE *out, enum esc_kind kind, const char *file,
                         const struct diag *d, enum report_lang lang)
{
    struct strbuf sb = STRBUF_INIT;
    line(out, kind, file, d, diag_text(&sb, d, lang), false);
    strbuf_release(&sb);
}

void report_diag_line(FILE *out, const char *file, const struct diag *d)
{
    report_finding_line(out, ESC_TERM, file, d, LANG_EN);
}

void report_finding_json(FILE *out, const struct diag *d, enum report_lang lang,
                         bool basis)
{
    fprintf(out, "{\"rule\": \"%s\", \"severity\": \"%s\", \"path\": ",
            rule_info(d->rule)->id, severity_name(d->severity));
    esc_write(out, ESC_JSON, d->path);
    fprintf(out, ", \"line\": %u, \"column\": %u, \"message\": ",
            (unsigned)d->pos.line, (unsigned)d->pos.col);
    struct strbuf sb = STRBUF_INIT;
    esc_write(out, ESC_JSON, diag_text(&sb, d, lang));
    strbuf_release(&sb);
    if (basis) {
        fputs(", \"basis\": ", out);
        esc_write(out, ESC_JSON, msg_text(rule_info(d->rule)->basis, lang));
    }
    fputc('}', out);
}
