/* SPDX-License-Identifier: MIT */
/* The text report, for a person at a terminal; documented in include/report.h */
#include "report.h"

#include <string.h>

#include "money.h"

#include "format.h"
#include "report_private.h"

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

/*
 * A table: a label column and up to three right-aligned value columns,
 * each as wide as its widest cell, so that any amount lines up.
 */
enum { MAX_COLS = 3, MAX_ROWS = 8, CELL = NUM_FMT_MAX + 8 };

struct table {
    char title[64];
    size_t cols;
    char head[MAX_COLS][CELL];
    size_t rows;
    char label[MAX_ROWS][64];
    char cell[MAX_ROWS][MAX_COLS][CELL];
};

static void table_print(FILE *out, const struct table *t)
{
    size_t label_w = display_width(t->title);
    size_t col_w[MAX_COLS];
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
    pad(out, t->title, label_w, false);
    for (size_t c = 0; c < t->cols; c++) {
        fputs("   ", out);
        pad(out, t->head[c], col_w[c], true);
    }
    fputc('\n', out);
    for (size_t r = 0; r < t->rows; r++) {
        size_t used = t->cols;     /* no trailing blanks after empty cells */
        while (used > 0 && !t->cell[r][used - 1][0])
            used--;
        pad(out, t->label[r], used ? label_w : 0, false);
        for (size_t c = 0; c < used; c++) {
            fputs("   ", out);
            pad(out, t->cell[r][c], col_w[c], true);
        }
        fputc('\n', out);
    }
}

/* A table with one column per stage given. */
static void stage_table(struct table *t, const char *title, const struct figures *f)
{
    memset(t, 0, sizeof *t);
    snprintf(t->title, sizeof t->title, "%s", title);
    for (int s = 0; s < STAGE__COUNT; s++)
        if (f->stage[s].present)
            snprintf(t->head[t->cols++], CELL, "Skema %s",
                     stage_name((enum stage)s));
}

typedef const char *(*amount_fmt)(char buf[NUM_FMT_MAX], int64_t ore);

static void amount_row(struct table *t, const char *label,
                       const struct figures *f, size_t member, amount_fmt fmt)
{
    size_t r = t->rows++, c = 0;
    snprintf(t->label[r], sizeof t->label[r], "%s", label);
    for (int s = 0; s < STAGE__COUNT; s++) {
        if (!f->stage[s].present)
            continue;
        const struct amount_opt *a = (const struct amount_opt *)
            ((const char *)&f->stage[s] + member);
        char buf[NUM_FMT_MAX];
        snprintf(t->cell[r][c++], CELL, "%s", a->set ? fmt(buf, a->ore) : "–");
    }
}

static void cost_table(FILE *out, const struct figures *f)
{
    struct table t;
    stage_table(&t, "Anskaffelsessum, kr", f);
    for (int r = 0; r < ROW__COUNT; r++)
        amount_row(&t, row_label((enum row)r), f,
                   offsetof(struct stage_figures, row) +
                       (size_t)r * sizeof(struct amount_opt),
                   fmt_kr);
    table_print(out, &t);
}

static void change_tables(FILE *out, const struct comparison *cmp)
{
    for (int i = 0; i < COMPARISONS; i++) {
        if (!cmp[i].done)
            continue;
        struct table t = { .cols = 3 };
        snprintf(t.title, sizeof t.title, "Change %s → %s",
                 stage_name(cmp[i].from), stage_name(cmp[i].to));
        strcpy(t.head[0], "kr");
        strcpy(t.head[1], "%");
        strcpy(t.head[2], "of total");
        for (int r = 0; r < ROW__COUNT; r++) {
            const struct change *ch = &cmp[i].row[r];
            char buf[NUM_FMT_MAX];
            snprintf(t.label[r], sizeof t.label[r], "%s", row_label((enum row)r));
            snprintf(t.cell[r][0], CELL, "%s",
                     ch->set ? fmt_kr_delta(buf, ch->delta_ore) : "–");
            if (ch->set && ch->has_pct)
                snprintf(t.cell[r][1], CELL, "%s %%", fmt_pct_x100(buf, ch->pct_x100));
            else
                strcpy(t.cell[r][1], "–");
            if (ch->has_share)
                snprintf(t.cell[r][2], CELL, "%s %%",
                         fmt_pct_x100(buf, ch->share_x100));
            else
                strcpy(t.cell[r][2], "–");
        }
        t.rows = ROW__COUNT;
        table_print(out, &t);
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
    const struct shares *sh = &f->shares;
    char pct[NUM_FMT_MAX], label[64];
    struct table t;
    stage_table(&t, sh->from_law ? "Finansiering (the law's shares), kr"
                                 : "Finansiering, kr", f);
    const struct {
        const char *name;
        int64_t share;
        size_t member;
    } rows[] = {
        { "Realkreditlån", sh->realkredit, offsetof(struct stage_figures, loan) },
        { "Grundkapital", sh->grundkapital,
          offsetof(struct stage_figures, grundkapital) },
        { "Beboerindskud", sh->beboerindskud,
          offsetof(struct stage_figures, beboerindskud) },
    };
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        snprintf(label, sizeof label, "%s %s %%", rows[r].name,
                 fmt_pct(pct, rows[r].share));
        amount_row(&t, label, f, rows[r].member, fmt_kr_ore);
    }
    if (p->garanti.pct.set) {
        snprintf(label, sizeof label, "Garanti %s %% of loan",
                 fmt_pct(pct, p->garanti.pct.n));
        amount_row(&t, label, f, offsetof(struct stage_figures, guarantee),
                   fmt_kr_ore);
    }
    table_print(out, &t);
}

/* The cost cap of B and C, and the room left under it. */
static void cap_table(FILE *out, const struct figures *f)
{
    struct table t = { .cols = 0 };
    snprintf(t.title, sizeof t.title, "Maksimumsbeløb, kr");
    int cols[2];
    for (enum stage s = STAGE_B; s <= STAGE_C; s++)
        if (f->stage[s].cap.set) {
            cols[t.cols] = s;
            snprintf(t.head[t.cols++], CELL, "Skema %s", stage_name(s));
        }
    if (t.cols == 0)
        return;
    bool open = false;
    char buf[NUM_FMT_MAX];
    strcpy(t.label[0], "Maksimumsbeløb");
    strcpy(t.label[1], "Anskaffelsessum");
    strcpy(t.label[2], "Under (+) / over (-) the cap");
    strcpy(t.label[3], "  in % of the cap");
    for (size_t c = 0; c < t.cols; c++) {
        const struct stage_figures *fig = &f->stage[cols[c]];
        int64_t room = 0;
        open |= fig->cap_open;
        snprintf(t.cell[0][c], CELL, "%s%s", fig->cap_open ? "≥ " : "",
                 fmt_kr(buf, fig->cap.ore));
        snprintf(t.cell[1][c], CELL, "%s", fmt_kr(buf, fig->row[ROW_TOTAL].ore));
        int64_t pct;
        if (money_sub(fig->cap.ore, fig->row[ROW_TOTAL].ore, &room)) {
            snprintf(t.cell[2][c], CELL, "%s", fmt_kr_delta(buf, room));
            if (fig->cap.ore > 0 && money_mul_div(room, 10000, fig->cap.ore, &pct))
                snprintf(t.cell[3][c], CELL, "%s %%", fmt_pct_x100(buf, pct));
        }
    }
    t.rows = 4;
    table_print(out, &t);
    if (open)
        fputs("≥: without the energitillæg, whose amount is not known\n", out);
}

static void findings(FILE *out, const struct report *r)
{
    size_t n = diag_count(r->diags);
    if (n > 0) {
        fputs(r->loaded ? "\nFindings\n" : "", out);
        for (size_t i = 0; i < n; i++)
            report_diag_line(out, r->file, diag_get(r->diags, i));
        if (diag_dropped(r->diags))
            fprintf(out, "%s: %zu more findings are not shown\n", r->file,
                    diag_dropped(r->diags));
    }
    if (n > 0 && r->loaded) {
        /* each rule cited once, with its basis, in the order of the table */
        bool cited[RULE__COUNT] = { false };
        for (size_t i = 0; i < n; i++)
            cited[diag_get(r->diags, i)->rule] = true;
        fputs("\nRules cited\n", out);
        for (unsigned k = 0; k < RULE__COUNT; k++)
            if (cited[k])
                fprintf(out, "%s: %s\n", rule_info((enum rule)k)->id,
                        rule_info((enum rule)k)->basis);
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
        cap_table(out, r->figures);
        financing_table(out, r->project, r->figures);
    }
    findings(out, r);
    return !ferror(out);
}
