/* SPDX-License-Identifier: MIT */
/* Excel workbooks; documented in include/report_xlsx.h */
#include "report_xlsx.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "dynlib.h"
#include "report_committee.h"
#include "report_model.h"
#include "strbuf.h"

/*
 * The one conversion from øre to an Excel number (a double, in kroner).
 * øre / 100.0 is the double nearest to the exact amount: the division of
 * two doubles is correctly rounded, and ore itself is exact as a double
 * for every amount below 2^53 øre (90 billion kr), so the kroner a cell
 * holds differ from the amount by less than half a unit in the last
 * place, and Excel's 15 significant digits show it exactly.  Nothing is
 * computed with the result: it is only written.
 */
static double xlsx_kr(int64_t ore)
{
    return (double)ore / 100.0;
}

/* A percentage held in hundredths (243 is 2,43 %) as Excel's fraction
 * (0.0243), for a cell formatted 0.00%. */
static double xlsx_pct_x100(int64_t x100)
{
    return (double)x100 / 10000.0;
}

/* ---- libxlsxwriter, opened when a workbook is asked for ---------------- */

/* Not linked (include/dynlib.h says why): every function used, once. */
#define XLSX_FUNCTIONS(X) \
    X(format_set_bg_color) X(format_set_bold) X(format_set_bottom) \
    X(format_set_num_format) X(format_set_top) X(workbook_add_format) \
    X(workbook_add_worksheet) X(workbook_close) X(workbook_new_opt) \
    X(worksheet_autofilter) X(worksheet_freeze_panes) X(worksheet_set_column) \
    X(worksheet_write_boolean) X(worksheet_write_datetime) \
    X(worksheet_write_number) X(worksheet_write_string)

static struct {
#define X(name) __typeof__(name) *name;
    XLSX_FUNCTIONS(X)
#undef X
} lxw;

bool report_xlsx_ready(void)
{
    static const struct dynlib_fn fn[] = {
#define X(name) DYNLIB_FN(lxw, name),
        XLSX_FUNCTIONS(X)
#undef X
    };
    return dynlib_open(XLSX_SONAME, "libxlsxwriter4", fn, sizeof fn / sizeof fn[0]);
}

/* ---- the workbook in a temporary file, copied to out ------------------- */

struct xlsx {
    lxw_workbook *wb;
    struct strbuf path;
    lxw_format *head, *text, *kr, *kr_ore, *pct, *date, *count, *total;
    lxw_format *status[BATCH_STATUS__COUNT];   /* batch: the status fills */
    enum report_lang lang;
};

static bool xlsx_open(struct xlsx *x)
{
    strbuf_init(&x->path);
    if (!report_xlsx_ready())
        return false;
    const char *dir = getenv("TMPDIR");
    strbuf_addf(&x->path, "%s/skema-xlsx-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(x->path.buf);
    if (fd < 0)
        return false;
    close(fd);
    lxw_workbook_options opt = { .constant_memory = LXW_FALSE, .tmpdir = NULL };
    x->wb = lxw.workbook_new_opt(x->path.buf, &opt);
    if (!x->wb) {
        unlink(x->path.buf);
        return false;
    }
    x->head = lxw.workbook_add_format(x->wb);
    lxw.format_set_bold(x->head);
    lxw.format_set_bottom(x->head, LXW_BORDER_THIN);
    x->text = NULL;
    x->kr = lxw.workbook_add_format(x->wb);
    lxw.format_set_num_format(x->kr, "#,##0");
    x->kr_ore = lxw.workbook_add_format(x->wb);
    lxw.format_set_num_format(x->kr_ore, "#,##0.00");
    x->pct = lxw.workbook_add_format(x->wb);
    lxw.format_set_num_format(x->pct, "0.00%");
    x->date = lxw.workbook_add_format(x->wb);
    lxw.format_set_num_format(x->date, "yyyy-mm-dd");
    x->count = lxw.workbook_add_format(x->wb);
    lxw.format_set_num_format(x->count, "0");
    x->total = lxw.workbook_add_format(x->wb);
    lxw.format_set_bold(x->total);
    lxw.format_set_top(x->total, LXW_BORDER_THIN);
    return true;
}

/* Close the workbook and copy it to out; the temporary file goes. */
static bool xlsx_close(struct xlsx *x, FILE *out)
{
    bool ok = lxw.workbook_close(x->wb) == LXW_NO_ERROR;
    FILE *in = ok ? fopen(x->path.buf, "rb") : NULL;
    if (in) {
        char chunk[65536];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, in)) > 0)
            if (fwrite(chunk, 1, n, out) != n)
                ok = false;
        ok = ok && !ferror(in);
        fclose(in);
    } else {
        ok = false;
    }
    unlink(x->path.buf);
    strbuf_release(&x->path);
    return ok && !ferror(out);
}

/* Text in a cell: escaped as for a terminal, since XML 1.0, and so a
 * workbook, cannot hold most control characters, and a reader should see
 * them as the text report shows them. */
static void write_text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
                       lxw_format *fmt)
{
    struct strbuf sb = STRBUF_INIT;
    esc_add(&sb, ESC_TERM, s);
    lxw.worksheet_write_string(ws, row, col, sb.buf, fmt);
    strbuf_release(&sb);
}

static void write_head(lxw_worksheet *ws, const struct xlsx *x, lxw_col_t col,
                       const char *text, double width)
{
    write_text(ws, 0, col, text, x->head);
    lxw.worksheet_set_column(ws, col, col, width, NULL);
}

/* ---- batch ----------------------------------------------------------------- */

static const enum batch_col xlsx_cols[] = {
    BC_PATH, BC_SAGSNUMMER, BC_NAVN, BC_KOMMUNE, BC_HOUSING, BC_STAGE, BC_TOTAL,
    BC_HEADROOM, BC_HEADROOM_OPEN, BC_GRUNDKAPITAL, BC_ERRORS, BC_WARNINGS,
    BC_STATUS, BC_FIRST_SEV, BC_FIRST,
};
enum { XLSX_COLS = sizeof xlsx_cols / sizeof xlsx_cols[0] };

/* Status fills: green, yellow, red, grey (Excel's own "good", "neutral",
 * "bad" and a plain grey for a file that could not be read). */
static const lxw_color_t status_fill[BATCH_STATUS__COUNT] = {
    0xC6EFCE, 0xFFEB9C, 0xFFC7CE, 0xD9D9D9,
};

static void batch_cell(lxw_worksheet *ws, const struct xlsx *x, lxw_row_t row,
                       lxw_col_t col, char *const cell[BC__COUNT])
{
    enum report_lang lang = x->lang;
    enum batch_col c = xlsx_cols[col];
    const char *v = cell[c];
    switch (c) {
    case BC_TOTAL:
    case BC_HEADROOM:
    case BC_GRUNDKAPITAL:
        if (*v)
            lxw.worksheet_write_number(ws, row, col, xlsx_kr(strtoll(v, NULL, 10)),
                                   c == BC_GRUNDKAPITAL ? x->kr_ore : x->kr);
        return;
    case BC_HEADROOM_OPEN:
        if (*cell[BC_HEADROOM])
            lxw.worksheet_write_boolean(ws, row, col, *v == '1', NULL);
        return;
    case BC_ERRORS:
    case BC_WARNINGS:
        lxw.worksheet_write_number(ws, row, col, (double)strtoull(v, NULL, 10), x->count);
        return;
    case BC_STATUS: {
        int s = atoi(v);
        lxw.worksheet_write_string(ws, row, col, batch_status_label((enum batch_status)s, lang),
                               x->status[s]);
        return;
    }
    case BC_FIRST_SEV:
        if (*v)
            lxw.worksheet_write_string(ws, row, col, report_labels(lang)->severity[atoi(v)],
                                   NULL);
        return;
    default:
        if (*v)
            lxw.worksheet_write_string(ws, row, col, v, NULL);
        return;
    }
}

static const double batch_widths[XLSX_COLS] = {
    36, 12, 30, 18, 16, 7, 16, 16, 10, 16, 8, 10, 12, 10, 80,
};

static void batch_totals_row(lxw_worksheet *ws, const struct xlsx *x, lxw_row_t row,
                             enum report_lang lang, const size_t count[BATCH_STATUS__COUNT])
{
    struct strbuf sb = STRBUF_INIT;
    batch_totals_text(&sb, lang, count);
    lxw.worksheet_write_string(ws, row, 0, sb.buf, x->total);
    strbuf_release(&sb);
}

bool batch_write_xlsx(FILE *out, const struct batch_format *o, char *buf, size_t len,
                      const size_t count[BATCH_STATUS__COUNT])
{
    struct xlsx x;
    if (!xlsx_open(&x))
        return false;
    lxw_worksheet *ws = lxw.workbook_add_worksheet(x.wb, msg_ctext("sheet", C_("sheet", "Projects"), o->lang));
    x.lang = o->lang;
    for (int s = 0; s < BATCH_STATUS__COUNT; s++) {
        x.status[s] = lxw.workbook_add_format(x.wb);
        lxw.format_set_bg_color(x.status[s], status_fill[s]);
    }
    for (lxw_col_t c = 0; c < XLSX_COLS; c++)
        write_head(ws, &x, c, batch_column_label(xlsx_cols[c], o->lang), batch_widths[c]);
    char *cell[BC__COUNT], *p = buf, *end = buf + len;
    lxw_row_t row = 1;
    for (; batch_record_split(&p, end, cell); row++)
        for (lxw_col_t c = 0; c < XLSX_COLS; c++)
            batch_cell(ws, &x, row, c, cell);
    lxw.worksheet_freeze_panes(ws, 1, 0);
    lxw.worksheet_autofilter(ws, 0, 0, row - 1, XLSX_COLS - 1);
    batch_totals_row(ws, &x, row + 1, o->lang, count);
    return xlsx_close(&x, out);
}

/* ---- check: a sheet per table ---------------------------------------------- */

/* A sheet's name: Excel allows 31 characters and none of []:*?/\ . */
static lxw_worksheet *add_sheet(lxw_workbook *wb, const char *title)
{
    struct strbuf sb = STRBUF_INIT;
    size_t chars = 0;
    for (const unsigned char *p = (const unsigned char *)title; *p && chars < 31; chars++) {
        size_t n = utf8_seq_len(p);
        if (n == 0 || strchr("[]:*?/\\", *p))
            strbuf_addch(&sb, ' ');
        else
            strbuf_add(&sb, p, n);
        p += n ? n : 1;
    }
    lxw_worksheet *ws = lxw.workbook_add_worksheet(wb, sb.buf);
    strbuf_release(&sb);
    return ws;
}

/* The stages a table has a column for, in order. */
static size_t table_stages(const struct rtable *t, const struct figures *f,
                           enum stage stage[STAGE__COUNT])
{
    size_t n = 0;
    for (int s = 0; s < STAGE__COUNT; s++)
        if (t->kind == RT_CAP ? f->stage[s].cap.set : f->stage[s].present)
            stage[n++] = (enum stage)s;
    return n;
}

static void write_amount(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
                         struct amount_opt a, lxw_format *fmt)
{
    if (a.set)
        lxw.worksheet_write_number(ws, row, col, xlsx_kr(a.ore), fmt);
}

static void write_pct(lxw_worksheet *ws, const struct xlsx *x, lxw_row_t row,
                      lxw_col_t col, bool set, int64_t x100)
{
    if (set)
        lxw.worksheet_write_number(ws, row, col, xlsx_pct_x100(x100), x->pct);
}

static const struct comparison *find_cmp(const struct figures *f, enum stage from,
                                         enum stage to)
{
    for (int i = 0; i < COMPARISONS; i++)
        if (f->cmp[i].done && f->cmp[i].from == from && f->cmp[i].to == to)
            return &f->cmp[i];
    return NULL;
}

/* Row r of table t, its numbers from the figures the model was built from. */
static void table_row(lxw_worksheet *ws, const struct xlsx *x, const struct rtable *t,
                      size_t r, const struct figures *f)
{
    lxw_row_t row = (lxw_row_t)(r + 1);
    enum stage st[STAGE__COUNT];
    size_t n = table_stages(t, f, st);
    write_text(ws, row, 0, t->label[r], t->total_last && r + 1 == t->rows
                                                        ? x->total : NULL);
    if (t->kind == RT_CHANGE) {
        const struct comparison *c = find_cmp(f, t->from, t->to);
        const struct change *ch = c ? &c->row[r] : NULL;
        if (ch && ch->set) {
            write_amount(ws, row, 1, (struct amount_opt){ true, ch->delta_ore }, x->kr_ore);
            write_pct(ws, x, row, 2, ch->has_pct, ch->pct_x100);
        }
        if (ch)
            write_pct(ws, x, row, 3, ch->has_share, ch->share_x100);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const struct stage_figures *g = &f->stage[st[i]];
        lxw_col_t col = (lxw_col_t)(i + 1);
        if (t->kind == RT_COSTS)
            write_amount(ws, row, col, g->row[r], x->kr);
        else if (t->kind == RT_FINANCING)
            write_amount(ws, row, col, r == 0 ? g->loan : r == 1 ? g->grundkapital
                                     : r == 2 ? g->beboerindskud : g->guarantee, x->kr_ore);
        else if (r < 3)
            write_amount(ws, row, col, r == 0 ? g->cap : r == 1 ? g->row[ROW_TOTAL]
                                                             : g->cap_room, x->kr);
        else
            write_pct(ws, x, row, col, g->cap_room_pct.set, g->cap_room_pct.x100);
    }
}

/* Row r of a renovation's table: the sources and rents as stated, the
 * monthly increase as the check derived it. */
static void renovation_row(lxw_worksheet *ws, const struct xlsx *x,
                           const struct rtable *t, size_t r,
                           const struct report *rep)
{
    const struct renovation_figures *rf = &rep->figures->renovation;
    lxw_row_t row = (lxw_row_t)(r + 1);
    write_text(ws, row, 0, t->label[r], t->total_last && r + 1 == t->rows
                                                        ? x->total : NULL);
    if (t->kind == RT_RENOV_FINANCE) {
        if (t->total_last && r + 1 == t->rows) {
            write_amount(ws, row, 1, rf->sources_sum, x->kr);
            return;
        }
        /* the table lists the sources given, in their order */
        for (size_t i = 0, k = 0; i < 4; i++)
            if (rf->source[i].set && k++ == r)
                write_amount(ws, row, 1, rf->source[i], x->kr);
        return;
    }
    const struct rent_example *ex = rep->project->renovering.eksempler.items;
    if (r >= rf->examples || !ex)
        return;
    write_amount(ws, row, 1, (struct amount_opt){ ex[r].leje_foer_kr.set,
                                                  ex[r].leje_foer_kr.n }, x->kr);
    write_amount(ws, row, 2, rf->example[r].increase, x->kr_ore);
    write_amount(ws, row, 3, (struct amount_opt){ ex[r].leje_efter_kr.set,
                                                  ex[r].leje_efter_kr.n }, x->kr);
}

static void table_sheet(const struct xlsx *x, const struct rtable *t,
                        const struct report *rep)
{
    const struct figures *f = rep->figures;
    bool renovation = t->kind == RT_RENOV_FINANCE || t->kind == RT_RENOV_RENT;
    lxw_worksheet *ws = add_sheet(x->wb, t->title);
    write_head(ws, x, 0, "", 34);
    for (size_t c = 0; c < t->cols; c++)
        write_head(ws, x, (lxw_col_t)(c + 1), t->head[c], 18);
    for (size_t r = 0; r < t->rows; r++) {
        if (renovation)
            renovation_row(ws, x, t, r, rep);
        else
            table_row(ws, x, t, r, f);
    }
    if (t->note)
        write_text(ws, (lxw_row_t)(t->rows + 2), 0, t->note, NULL);
    lxw.worksheet_freeze_panes(ws, 1, 1);
}

/* Økonomi for kommunen: the figures the committee decides on. */
static void economy_sheet(const struct xlsx *x, const struct report *r,
                          const struct report_opts *o)
{
    struct economy e;
    committee_economy(&e, r, o->lang);
    if (!e.shown) {
        committee_economy_release(&e);
        return;
    }
    const struct labels *l = report_labels(o->lang);
    lxw_worksheet *ws = add_sheet(x->wb, committee_heading(CH_ECONOMY, o->lang));
    write_head(ws, x, 0, "", 34);
    for (int i = 0; i < 2; i++) {
        struct strbuf sb = STRBUF_INIT;
        msg_render(&sb, N_("Skema {stage}"),
                   ARGS(ARG_TEXT("stage", stage_name(i ? e.to : e.from))), o->lang);
        write_head(ws, x, (lxw_col_t)(i + 1), sb.buf, 18);
        strbuf_release(&sb);
    }
    write_head(ws, x, 3, l->change, 18);
    write_head(ws, x, 4, l->pct, 10);
    lxw_row_t row = 1;
    for (int i = 0; i < ECON__COUNT; i++) {
        const struct economy_row *er = &e.row[i];
        if (!er->from.set && !er->to.set)
            continue;
        write_text(ws, row, 0, er->label.buf, NULL);
        write_amount(ws, row, 1, er->from, x->kr_ore);
        write_amount(ws, row, 2, er->to, x->kr_ore);
        if (er->change.set)
            write_amount(ws, row, 3, (struct amount_opt){ true, er->change.delta_ore },
                         x->kr_ore);
        write_pct(ws, x, row, 4, er->change.set && er->change.has_pct, er->change.pct_x100);
        row++;
    }
    if (e.text.len)
        write_text(ws, row + 1, 0, e.text.buf, NULL);
    lxw.worksheet_freeze_panes(ws, 1, 1);
    committee_economy_release(&e);
}

/* The project's fields, and its dates as dates. */
static void project_sheet(const struct xlsx *x, const struct report *r,
                          const struct rmodel *m, enum report_lang lang)
{
    lxw_worksheet *ws = add_sheet(x->wb, msg_ctext("sheet", C_("sheet", "Project"), lang));
    write_head(ws, x, 0, msg_ctext("sheet", C_("sheet", "Field"), lang), 30);
    write_head(ws, x, 1, msg_ctext("sheet", C_("sheet", "Value"), lang), 40);
    lxw_row_t row = 1;
    write_text(ws, row, 0, msg_ctext("sheet", C_("sheet", "Name"), lang), NULL);
    write_text(ws, row++, 1, m->title, NULL);
    for (size_t i = 0; i < m->nfields; i++) {
        if (!m->field[i].label)
            continue;
        write_text(ws, row, 0, m->field[i].label, NULL);
        write_text(ws, row++, 1, m->field[i].value, NULL);
    }
    const struct dates *d = &r->project->projekt.datoer;
    const struct { const char *label; const struct val *v; } dates[] = {
        { C_("sheet", "Tilsagn (skema A)"), &d->tilsagn },
        { C_("sheet", "Skema B approved"), &d->skema_b },
        { C_("sheet", "Skæringsdag"), &d->skaeringsdag },
        { C_("sheet", "Skema C submitted"), &d->skema_c_indsendt },
    };
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        if (!dates[i].v->set)
            continue;
        int64_t ymd = dates[i].v->n;
        lxw_datetime dt = { (int)(ymd / 10000), (int)(ymd / 100 % 100), (int)(ymd % 100),
                            0, 0, 0 };
        write_text(ws, row, 0, msg_ctext("sheet", dates[i].label, lang), NULL);
        lxw.worksheet_write_datetime(ws, row++, 1, &dt, x->date);
    }
    lxw.worksheet_freeze_panes(ws, 1, 0);
}

static const char *const finding_cols[] = {
    C_("sheet", "Line"), C_("sheet", "Column"), C_("sheet", "Severity"),
    C_("sheet", "Key path"), C_("sheet", "Message"), C_("sheet", "Rule"),
};

static void findings_sheet(const struct xlsx *x, const struct report *r,
                           enum report_lang lang)
{
    static const double widths[] = { 8, 8, 12, 36, 100, 20 };
    lxw_worksheet *ws = add_sheet(x->wb, report_labels(lang)->findings);
    for (lxw_col_t c = 0; c < 6; c++)
        write_head(ws, x, c, msg_ctext("sheet", finding_cols[c], lang), widths[c]);
    struct rfindings f;
    rfindings_build(r, lang, &f);
    for (size_t i = 0; i < f.n; i++) {
        const struct diag *d = f.item[i].d;
        lxw_row_t row = (lxw_row_t)(i + 1);
        lxw.worksheet_write_number(ws, row, 0, (double)d->pos.line, x->count);
        lxw.worksheet_write_number(ws, row, 1, (double)d->pos.col, x->count);
        write_text(ws, row, 2, f.item[i].severity, NULL);
        write_text(ws, row, 3, d->path, NULL);
        write_text(ws, row, 4, f.item[i].message, NULL);
        write_text(ws, row, 5, rule_info(d->rule)->id, NULL);
    }
    if (f.not_shown_text)
        write_text(ws, (lxw_row_t)(f.n + 2), 0, f.not_shown_text, NULL);
    lxw.worksheet_freeze_panes(ws, 1, 0);
    lxw.worksheet_autofilter(ws, 0, 0, (lxw_row_t)f.n, 5);
    rfindings_free(&f);
}

bool report_xlsx(FILE *out, const struct report *r, const struct report_opts *o)
{
    struct xlsx x;
    if (!xlsx_open(&x))
        return false;
    if (r->loaded) {
        /* whole kroner always: the number format shows them, and a
         * reader can divide by 1.000 in the sheet */
        struct report_opts whole = *o;
        whole.thousands = false;
        struct rmodel m;
        rmodel_build(r, &whole, &m);
        project_sheet(&x, r, &m, o->lang);
        for (size_t i = 0; i < m.ntables; i++)
            table_sheet(&x, &m.table[i], r);
        economy_sheet(&x, r, o);
        rmodel_free(&m);
    }
    findings_sheet(&x, r, o->lang);
    return xlsx_close(&x, out);
}
