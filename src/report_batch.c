/* SPDX-License-Identifier: MIT */
/* The rows of skema batch; documented in include/report_batch.h */
#include "report_batch.h"

#include <stdlib.h>
#include <string.h>

#include "checked.h"
#include "report_model.h"
#include "strbuf.h"
#include "xalloc.h"

/* Programs read these (csv, jsonl): they stay English. */
static const char *const status_names[] = { "ok", "warnings", "errors", "unreadable" };

/* ---- the words ---------------------------------------------------------- */

static const char *const column_ids[BC__COUNT] = {
    [BC_PATH] = C_("batch column", "File"),
    [BC_SAGSNUMMER] = C_("batch column", "Case no."),
    [BC_NAVN] = C_("batch column", "Name"),
    [BC_KOMMUNE] = C_("batch column", "Municipality"),
    [BC_HOUSING] = C_("batch column", "Housing type"),
    [BC_STAGE] = C_("batch column", "Skema"),
    [BC_TOTAL] = C_("batch column", "Acquisition cost, kr"),
    [BC_HEADROOM] = C_("batch column", "Room under the cap, kr"),
    [BC_HEADROOM_OPEN] = C_("batch column", "Cap is a lower bound"),
    [BC_GRUNDKAPITAL] = C_("batch column", "Grundkapital, kr"),
    [BC_ERRORS] = C_("batch column", "Errors"),
    [BC_WARNINGS] = C_("batch column", "Warnings"),
    [BC_STATUS] = C_("batch column", "Status"),
    [BC_FIRST_SEV] = C_("batch column", "Severity"),
    [BC_FIRST] = C_("batch column", "First finding of the worst severity"),
};

static const char *const status_ids[] = {
    C_("batch status", "ok"), C_("batch status", "warnings"),
    C_("batch status", "errors"), C_("batch status", "unreadable"),
};

const char *batch_column_label(enum batch_col col, enum report_lang lang)
{
    return msg_ctext("batch column", column_ids[col], lang);
}

const char *batch_status_label(enum batch_status s, enum report_lang lang)
{
    return msg_ctext("batch status", status_ids[s], lang);
}

void batch_totals_text(struct strbuf *sb, enum report_lang lang,
                       const size_t count[BATCH_STATUS__COUNT])
{
    size_t all = count[0] + count[1] + count[2] + count[3];
    msg_render_plural(sb, NP_("{n} project: {clean} clean, {warnings} with warnings, "
                              "{errors} with errors, {unreadable} unreadable",
                              "{n} projects: {clean} clean, {warnings} with warnings, "
                              "{errors} with errors, {unreadable} unreadable"),
                      all, ARGS(ARG_INT("n", all), ARG_INT("clean", count[BATCH_OK]),
                                ARG_INT("warnings", count[BATCH_WARNINGS]),
                                ARG_INT("errors", count[BATCH_ERRORS]),
                                ARG_INT("unreadable", count[BATCH_UNREADABLE])),
                      lang);
}

/* ---- the figures -------------------------------------------------------- */

char *batch_worst_finding(const struct checked *c, enum report_lang lang, int *sev)
{
    static const enum severity worst_first[] = { SEV_ERROR, SEV_WARNING };
    for (size_t k = 0; k < sizeof worst_first / sizeof worst_first[0]; k++) {
        for (size_t i = 0; i < diag_count(c->diags); i++) {
            const struct diag *d = diag_get(c->diags, i);
            if (d->severity != worst_first[k])
                continue;
            struct strbuf sb = STRBUF_INIT;
            char *first = xasprintf("%u:%u: %s%s%s [%s]", (unsigned)d->pos.line,
                                    (unsigned)d->pos.col, d->path, *d->path ? ": " : "",
                                    diag_text(&sb, d, lang), rule_info(d->rule)->id);
            strbuf_release(&sb);
            *sev = (int)d->severity;
            return first;
        }
    }
    *sev = -1;
    return NULL;
}

void batch_fields_fill(struct batch_fields *f, const struct checked *c)
{
    const struct project_info *i = &c->project.projekt;
    f->sagsnummer = i->sagsnummer.set ? i->sagsnummer.text : "";
    f->navn = i->navn.text;
    f->kommune = i->kommune.set ? i->kommune.text : "";
    f->housing = (int)i->boligtype.n;
    const struct renovation_figures *rf = &c->figures.renovation;
    if (rf->present) {
        /* no stage: the row names the kind of case, and its sum */
        f->stage = "renovering";
        f->total = rf->total;
        return;
    }
    for (int s = STAGE__COUNT; s-- > 0;) {
        const struct stage_figures *fig = &c->figures.stage[s];
        if (!fig->present)
            continue;
        f->stage = stage_name((enum stage)s);
        f->total = fig->row[ROW_TOTAL];
        /* the room under the cap, as check derived it; while the
         * energitillæg is unknown the cap is a lower bound, and so is
         * the room (check says "at least") */
        f->headroom = fig->cap_room;
        f->headroom_open = fig->cap_room.set && fig->cap_open;
        f->grundkapital = fig->grundkapital;
        break;
    }
}

/* ---- csv and jsonl: for programs ----------------------------------------- */

static void csv_amount(FILE *out, struct amount_opt a)
{
    if (a.set) {
        char kr[NUM_FMT_MAX];
        num_format(a.ore, MONEY_DECIMALS, MONEY_DECIMALS, &NUM_STYLE_PLAIN, kr);
        fprintf(out, ",%lld,%s", (long long)a.ore, kr);
    } else {
        fputs(",,", out);
    }
}

static void write_csv(FILE *out, const struct batch_fields *f,
                      const struct batch_row *r)
{
    const char *texts[] = { f->path, f->sagsnummer, f->navn, f->kommune };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        if (i)
            fputc(',', out);
        csv_write_field(out, texts[i]);
    }
    fprintf(out, ",%s,%s", f->housing >= 0 ? housing_key((enum housing)f->housing) : "",
            f->stage);
    csv_amount(out, f->total);
    csv_amount(out, f->headroom);
    fprintf(out, ",%s", f->headroom.set ? (f->headroom_open ? "true" : "false") : "");
    csv_amount(out, f->grundkapital);
    fprintf(out, ",%zu,%zu,%s,%s,", r->errors, r->warnings, status_names[r->status],
            f->first_sev >= 0 ? severity_name((enum severity)f->first_sev) : "");
    csv_write_field(out, f->first ? f->first : "");
    fputs("\r\n", out);
}

static void json_text(FILE *out, const char *key, const char *value)
{
    fprintf(out, ", \"%s\": ", key);
    if (value && *value)
        json_write_string(out, value);
    else
        fputs("null", out);
}

static void write_jsonl(FILE *out, const struct batch_fields *f,
                        const struct batch_row *r)
{
    fputs("{\"path\": ", out);
    json_write_string(out, f->path);
    json_text(out, "sagsnummer", f->sagsnummer);
    json_text(out, "navn", f->navn);
    json_text(out, "kommune", f->kommune);
    json_text(out, "boligtype", f->housing >= 0 ? housing_key((enum housing)f->housing) : "");
    json_text(out, "stage", f->stage);
    const struct { const char *key; struct amount_opt a; } nums[] = {
        { "total_ore", f->total }, { "headroom_ore", f->headroom },
        { "grundkapital_ore", f->grundkapital },
    };
    for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++) {
        fprintf(out, ", \"%s\": ", nums[i].key);
        if (nums[i].a.set)
            fprintf(out, "%lld", (long long)nums[i].a.ore);
        else
            fputs("null", out);
        if (i == 1)
            fprintf(out, ", \"headroom_open\": %s",
                    !f->headroom.set ? "null" : f->headroom_open ? "true" : "false");
    }
    fprintf(out, ", \"errors\": %zu, \"warnings\": %zu, \"status\": \"%s\"",
            r->errors, r->warnings, status_names[r->status]);
    json_text(out, "first_severity",
              f->first_sev >= 0 ? severity_name((enum severity)f->first_sev) : NULL);
    json_text(out, "first", f->first);
    fputs("}\n", out);
}

/* ---- records: text and xlsx, laid out at the end --------------------------- */

static void record_amount(FILE *out, struct amount_opt a)
{
    if (a.set)
        fprintf(out, "\t%lld", (long long)a.ore);
    else
        fputc('\t', out);
}

/* User text in a record: escaped for a terminal, so that no control
 * character (a tab, a line break, an escape sequence) reaches the
 * record, the terminal or the workbook's XML. */
static void record_text(FILE *out, const char *s, bool tab)
{
    if (tab)
        fputc('\t', out);
    esc_write(out, ESC_TERM, s);
}

static void write_record(FILE *out, const struct batch_format *o,
                         const struct batch_fields *f, const struct batch_row *r)
{
    record_text(out, f->path, false);
    record_text(out, f->sagsnummer, true);
    record_text(out, f->navn, true);
    record_text(out, f->kommune, true);
    record_text(out, f->housing >= 0 ? report_labels(o->lang)->housing[f->housing] : "",
                true);
    record_text(out, f->stage, true);
    record_amount(out, f->total);
    record_amount(out, f->headroom);
    fprintf(out, "\t%d", f->headroom_open ? 1 : 0);
    record_amount(out, f->grundkapital);
    fprintf(out, "\t%zu\t%zu\t%d\t", r->errors, r->warnings, (int)r->status);
    if (f->first_sev >= 0)
        fprintf(out, "%d", f->first_sev);
    record_text(out, f->first ? f->first : "", true);
    fputc('\n', out);
}

bool batch_record_split(char **p, char *end, char *cell[BC__COUNT])
{
    char *s = *p;
    if (s >= end)
        return false;
    char *nl = memchr(s, '\n', (size_t)(end - s));
    if (!nl)
        return false;
    *nl = '\0';
    *p = nl + 1;
    for (int i = 0; i < BC__COUNT; i++) {
        cell[i] = s;
        char *tab = strchr(s, '\t');
        if (!tab)
            return i == BC__COUNT - 1;
        *tab = '\0';
        s = tab + 1;
    }
    return false;
}

/* ---- text and md: for a person --------------------------------------------- */

static const enum batch_col shown[] = {
    BC_PATH, BC_SAGSNUMMER, BC_NAVN, BC_KOMMUNE, BC_HOUSING, BC_STAGE, BC_TOTAL,
    BC_HEADROOM, BC_GRUNDKAPITAL, BC_ERRORS, BC_WARNINGS, BC_STATUS, BC_FIRST,
};
enum { SHOWN = sizeof shown / sizeof shown[0] };

static bool right_aligned(enum batch_col c)
{
    return c == BC_TOTAL || c == BC_HEADROOM || c == BC_GRUNDKAPITAL ||
           c == BC_ERRORS || c == BC_WARNINGS;
}

/* An amount cell as the report writes it: "≥ 1.234.567" while the cap
 * is a lower bound. */
static void add_amount(struct strbuf *sb, struct amount_opt a, bool open, bool with_ore,
                       enum report_lang lang)
{
    struct report_opts ro = { .lang = lang };
    char buf[NUM_FMT_MAX];
    if (!a.set) {
        strbuf_addstr(sb, "–");
        return;
    }
    if (open)
        strbuf_addstr(sb, "≥ ");
    strbuf_addstr(sb, report_amount(buf, a.ore, &ro, with_ore));
}

/* The worst finding with its severity in front: "advarsel: 12:3: ...". */
static void add_first(struct strbuf *sb, int sev, const char *first, enum report_lang lang)
{
    if (sev >= 0)
        strbuf_addf(sb, "%s: ", report_labels(lang)->severity[sev]);
    strbuf_addstr(sb, first);
}

/* The shown text of a record's cell (already escaped for a terminal). */
static void text_cell(struct strbuf *sb, char *const cell[BC__COUNT], enum batch_col c,
                      enum report_lang lang)
{
    strbuf_reset(sb);
    struct amount_opt a = { *cell[c] != '\0', strtoll(cell[c], NULL, 10) };
    switch (c) {
    case BC_TOTAL:
    case BC_HEADROOM:
    case BC_GRUNDKAPITAL:
        add_amount(sb, a, c == BC_HEADROOM && *cell[BC_HEADROOM_OPEN] == '1',
                   c == BC_GRUNDKAPITAL, lang);
        return;
    case BC_STATUS:
        strbuf_addstr(sb, batch_status_label((enum batch_status)atoi(cell[c]), lang));
        return;
    case BC_FIRST:
        add_first(sb, *cell[BC_FIRST_SEV] ? atoi(cell[BC_FIRST_SEV]) : -1, cell[c], lang);
        return;
    default:
        strbuf_addstr(sb, *cell[c] ? cell[c] : "–");
        return;
    }
}

static void table_line(FILE *out, const char *const text[SHOWN], const size_t width[SHOWN])
{
    for (size_t i = 0; i < SHOWN; i++) {
        if (i == SHOWN - 1) {
            /* the last column is not padded, nor a line ended in blanks */
            if (*text[i])
                fprintf(out, "  %s", text[i]);
            break;
        }
        if (i)
            fputs("  ", out);
        if (i == SHOWN - 2 && !*text[i + 1])
            fputs(text[i], out);
        else
            fput_padded(out, text[i], width[i], right_aligned(shown[i]));
    }
    fputc('\n', out);
}

void batch_write_table(FILE *out, const struct batch_format *o, char *buf, size_t len)
{
    size_t width[SHOWN];
    const char *head[SHOWN];
    for (size_t i = 0; i < SHOWN; i++) {
        head[i] = batch_column_label(shown[i], o->lang);
        width[i] = display_width(head[i]);
    }
    struct strbuf sb = STRBUF_INIT;
    char *cell[BC__COUNT], *p = buf, *end = buf + len;
    while (batch_record_split(&p, end, cell))
        for (size_t i = 0; i < SHOWN; i++) {
            text_cell(&sb, cell, shown[i], o->lang);
            size_t w = display_width(sb.buf);
            width[i] = w > width[i] ? w : width[i];
        }
    table_line(out, head, width);
    /* the records were cut in place: walk them again by their NULs */
    struct strbuf line[SHOWN];
    const char *text[SHOWN];
    for (size_t i = 0; i < SHOWN; i++)
        strbuf_init(&line[i]);
    for (p = buf; p < end && memchr(p, '\0', (size_t)(end - p));) {
        for (int c = 0; c < BC__COUNT; c++) {
            cell[c] = p;
            p += strlen(p) + 1;
        }
        for (size_t i = 0; i < SHOWN; i++) {
            text_cell(&line[i], cell, shown[i], o->lang);
            text[i] = line[i].buf;
        }
        table_line(out, text, width);
    }
    for (size_t i = 0; i < SHOWN; i++)
        strbuf_release(&line[i]);
    strbuf_release(&sb);
}

static void write_md_row(FILE *out, const struct batch_format *o,
                         const struct batch_fields *f, const struct batch_row *r)
{
    struct strbuf sb = STRBUF_INIT;
    const char *texts[] = { f->path, f->sagsnummer, f->navn, f->kommune,
                            f->housing >= 0 ? report_labels(o->lang)->housing[f->housing] : "",
                            f->stage };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        fputs(i ? " | " : "| ", out);
        esc_write(out, ESC_MD, *texts[i] ? texts[i] : "–");
    }
    const struct amount_opt amounts[] = { f->total, f->headroom, f->grundkapital };
    for (size_t i = 0; i < 3; i++) {
        strbuf_reset(&sb);
        add_amount(&sb, amounts[i], i == 1 && f->headroom_open, i == 2, o->lang);
        fprintf(out, " | %s", sb.buf);
    }
    fprintf(out, " | %zu | %zu | %s | ", r->errors, r->warnings,
            batch_status_label(r->status, o->lang));
    strbuf_reset(&sb);
    add_first(&sb, f->first_sev, f->first ? f->first : "", o->lang);
    esc_write(out, ESC_MD, sb.buf);
    fputs(" |\n", out);
    strbuf_release(&sb);
}

void batch_write_row(FILE *out, const struct batch_format *o,
                     const struct batch_fields *f, const struct batch_row *r)
{
    switch (o->format) {
    case REPORT_CSV:
        write_csv(out, f, r);
        return;
    case REPORT_JSON:
        write_jsonl(out, f, r);
        return;
    case REPORT_MD:
        write_md_row(out, o, f, r);
        return;
    default:
        write_record(out, o, f, r);
        return;
    }
}

/* ---- header and totals ------------------------------------------------ */

static const char *const csv_header =
    "path,sagsnummer,navn,kommune,boligtype,stage,total_ore,total_kr,"
    "headroom_ore,headroom_kr,headroom_open,grundkapital_ore,grundkapital_kr,"
    "errors,warnings,status,first_severity,first\r\n";

void batch_write_header(FILE *out, const struct batch_format *o)
{
    if (o->format == REPORT_CSV) {
        fputs(csv_header, out);
        return;
    }
    if (o->format != REPORT_MD)
        return;
    for (size_t i = 0; i < SHOWN; i++) {
        fputs("| ", out);
        esc_write(out, ESC_MD, batch_column_label(shown[i], o->lang));
        fputc(' ', out);
    }
    fputs("|\n", out);
    for (size_t i = 0; i < SHOWN; i++)
        fputs(right_aligned(shown[i]) ? "|---:" : "|---", out);
    fputs("|\n", out);
}

void batch_write_totals(FILE *out, const struct batch_format *o,
                        const size_t count[BATCH_STATUS__COUNT])
{
    size_t all = count[0] + count[1] + count[2] + count[3];
    if (o->format == REPORT_JSON) {
        fprintf(out, "{\"totals\": {\"projects\": %zu, \"clean\": %zu, \"warnings\": %zu, "
                "\"errors\": %zu, \"unreadable\": %zu}}\n", all, count[BATCH_OK],
                count[BATCH_WARNINGS], count[BATCH_ERRORS], count[BATCH_UNREADABLE]);
        return;
    }
    if (o->format == REPORT_XLSX)
        return;   /* the workbook's own totals row */
    struct strbuf sb = STRBUF_INIT;
    batch_totals_text(&sb, o->lang, count);
    if (o->format == REPORT_CSV)
        /* a CSV table keeps one shape: its totals go to stderr */
        fprintf(stderr, "%s\n", sb.buf);
    else
        fprintf(out, o->format == REPORT_MD ? "\n%s.\n" : "\n%s\n", sb.buf);
    strbuf_release(&sb);
}
