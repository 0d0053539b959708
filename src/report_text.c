/* SPDX-License-Identifier: MIT */
/* The text report, for a person at a terminal; documented in include/report.h */
#include "report.h"

#include <string.h>

#include "format.h"
#include "report_private.h"

enum { LABEL_W = 26, COL_W = 15 };

/* Characters, not bytes: labels hold æ, ø, å. */
static size_t display_width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

static void pad(FILE *out, const char *s, size_t width, bool right)
{
    size_t w = display_width(s);
    if (right)
        for (; w < width; w++)
            fputc(' ', out);
    fputs(s, out);
    if (!right)
        for (; w < width; w++)
            fputc(' ', out);
}

void report_diag_line(FILE *out, const char *file, const struct diag *d)
{
    fprintf(out, "%s:%u:%u: %s: ", file, (unsigned)d->pos.line,
            (unsigned)d->pos.col, severity_name(d->severity));
    if (*d->path)
        fprintf(out, "%s: ", d->path);
    fprintf(out, "%s [%s]\n", d->message, rule_info(d->rule)->id);
}

static void header(FILE *out, const struct project *p)
{
    const struct project_info *i = &p->projekt;
    fprintf(out, "%s\n", i->navn.text);
    const struct { const char *label; const struct val *v; } rows[] = {
        { "sagsnummer", &i->sagsnummer },
        { "kommune", &i->kommune },
        { "boligorganisation", &i->boligorganisation },
        { "afdeling", &i->afdeling },
    };
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        if (rows[r].v->set) {
            fputs("  ", out);
            pad(out, rows[r].label, 19, false);
            fprintf(out, "%s\n", rows[r].v->text);
        }
    }
    fputs("  ", out);
    pad(out, "boligtype", 19, false);
    fprintf(out, "%s\n", housing_key((enum housing)i->boligtype.n));
}

static void stage_columns(FILE *out, const char *title, const struct figures *f)
{
    fputc('\n', out);
    pad(out, title, LABEL_W, false);
    for (int s = 0; s < STAGE__COUNT; s++) {
        if (!f->stage[s].present)
            continue;
        char name[16];
        snprintf(name, sizeof name, "Skema %s", stage_name((enum stage)s));
        pad(out, name, COL_W, true);
    }
    fputc('\n', out);
}

typedef const char *(*amount_fmt)(char buf[NUM_FMT_MAX], int64_t ore);

static void amount_row(FILE *out, const char *label, const struct figures *f,
                       size_t member, amount_fmt fmt)
{
    pad(out, label, LABEL_W, false);
    for (int s = 0; s < STAGE__COUNT; s++) {
        if (!f->stage[s].present)
            continue;
        const struct amount_opt *a = (const struct amount_opt *)
            ((const char *)&f->stage[s] + member);
        char buf[NUM_FMT_MAX];
        pad(out, a->set ? fmt(buf, a->ore) : "–", COL_W, true);
    }
    fputc('\n', out);
}

static void cost_table(FILE *out, const struct figures *f)
{
    stage_columns(out, "Anskaffelsessum, kr", f);
    for (int r = 0; r < ROW__COUNT; r++)
        amount_row(out, row_label((enum row)r), f,
                   offsetof(struct stage_figures, row) +
                       (size_t)r * sizeof(struct amount_opt),
                   fmt_kr);
}

static void change_tables(FILE *out, const struct comparison *cmp)
{
    for (int i = 0; i < COMPARISONS; i++) {
        if (!cmp[i].done)
            continue;
        char title[32];
        snprintf(title, sizeof title, "Change %s → %s",
                 stage_name(cmp[i].from), stage_name(cmp[i].to));
        fputc('\n', out);
        pad(out, title, LABEL_W, false);
        pad(out, "kr", COL_W, true);
        pad(out, "%", COL_W - 1, true);
        fputc('\n', out);
        for (int r = 0; r < ROW__COUNT; r++) {
            const struct change *ch = &cmp[i].row[r];
            char kr[NUM_FMT_MAX], pct[NUM_FMT_MAX + 4];
            pad(out, row_label((enum row)r), LABEL_W, false);
            pad(out, ch->set ? fmt_kr_delta(kr, ch->delta_ore) : "–", COL_W, true);
            if (ch->set && ch->has_pct) {
                fmt_pct_x100(pct, ch->pct_x100);
                strcat(pct, " %");
            } else {
                strcpy(pct, "–  ");
            }
            pad(out, pct, COL_W - 1, true);
            fputc('\n', out);
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

static void financing_table(FILE *out, const struct project *p,
                            const struct figures *f)
{
    if (!any_financing(f))
        return;
    const struct financing *fin = &p->finansiering;
    char pct[NUM_FMT_MAX], label[64];
    stage_columns(out, "Finansiering, kr", f);
    const struct {
        const char *name;
        const struct val *share;
        size_t member;
    } rows[] = {
        { "Realkreditlån", &fin->realkredit_pct,
          offsetof(struct stage_figures, loan) },
        { "Grundkapital", &fin->grundkapital_pct,
          offsetof(struct stage_figures, grundkapital) },
        { "Beboerindskud", &fin->beboerindskud_pct,
          offsetof(struct stage_figures, beboerindskud) },
    };
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        if (!rows[r].share->set)
            continue;
        snprintf(label, sizeof label, "%s %s %%", rows[r].name,
                 fmt_pct(pct, rows[r].share->n));
        amount_row(out, label, f, rows[r].member, fmt_kr_ore);
    }
    if (p->garanti.pct.set && fin->realkredit_pct.set) {
        snprintf(label, sizeof label, "Garanti %s %% of loan",
                 fmt_pct(pct, p->garanti.pct.n));
        amount_row(out, label, f, offsetof(struct stage_figures, guarantee),
                   fmt_kr_ore);
    }
}

static void findings(FILE *out, const struct report *r)
{
    size_t n = diag_count(r->diags);
    if (n > 0) {
        fputs(r->loaded ? "\nFindings\n" : "", out);
        for (size_t i = 0; i < n; i++)
            report_diag_line(out, r->file, diag_get(r->diags, i));
    }
    size_t e = diag_count_severity(r->diags, SEV_ERROR);
    size_t w = diag_count_severity(r->diags, SEV_WARNING);
    size_t notes = diag_count_severity(r->diags, SEV_NOTE);
    fprintf(out, "%s%zu error%s, %zu warning%s, %zu note%s", r->loaded ? "\n" : "",
            e, e == 1 ? "" : "s", w, w == 1 ? "" : "s", notes,
            notes == 1 ? "" : "s");
    if (!r->loaded)
        fputs(": the figures were not checked", out);
    fputc('\n', out);
}


bool report_text(FILE *out, const struct report *r)
{
    if (r->loaded) {
        header(out, r->project);
        cost_table(out, r->figures);
        change_tables(out, r->comparisons);
        financing_table(out, r->project, r->figures);
    }
    findings(out, r);
    return !ferror(out);
}
