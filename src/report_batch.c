/* SPDX-License-Identifier: MIT */
/* The rows of skema batch; documented in include/report_batch.h */
#include "report_batch.h"

#include <string.h>

#include "checked.h"
#include "report_model.h"
#include "xalloc.h"

static const char *const status_names[] = { "ok", "warnings", "errors", "unreadable" };

/* Markdown and text cells must stay on one line and in their column. */
static void plain_str(FILE *out, const char *s, bool md)
{
    for (; *s; s++) {
        char ch = *s == '\n' || *s == '\r' || *s == '\t' ? ' ' : *s;
        if (md && strchr("|\\`*_[]<>", ch))
            fputc('\\', out);
        fputc(ch, out);
    }
}

static void write_csv(FILE *out, const struct batch_fields *f,
                      const struct batch_row *r)
{
    csv_write_field(out, f->path);
    fputc(',', out);
    csv_write_field(out, f->sagsnummer);
    fputc(',', out);
    csv_write_field(out, f->navn);
    fputc(',', out);
    csv_write_field(out, f->kommune);
    fprintf(out, ",%s,%s,", f->boligtype, f->stage);
    if (f->has_total)
        fprintf(out, "%lld", (long long)f->total_ore);
    fputc(',', out);
    if (f->has_headroom)
        fprintf(out, "%lld", (long long)f->headroom_ore);
    fputc(',', out);
    if (f->has_grundkapital)
        fprintf(out, "%lld", (long long)f->grundkapital_ore);
    fprintf(out, ",%zu,%zu,%s,", r->errors, r->warnings, status_names[r->status]);
    csv_write_field(out, f->first ? f->first : "");
    fputs("\r\n", out);
}

static void write_jsonl(FILE *out, const struct batch_fields *f,
                        const struct batch_row *r)
{
    fputs("{\"path\": ", out);
    json_write_string(out, f->path);
    const struct { const char *key, *value; } texts[] = {
        { "sagsnummer", f->sagsnummer }, { "navn", f->navn },
        { "kommune", f->kommune }, { "boligtype", f->boligtype },
        { "stage", f->stage },
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        fprintf(out, ", \"%s\": ", texts[i].key);
        if (*texts[i].value)
            json_write_string(out, texts[i].value);
        else
            fputs("null", out);
    }
    const struct { const char *key; bool set; int64_t v; } nums[] = {
        { "total_ore", f->has_total, f->total_ore },
        { "headroom_ore", f->has_headroom, f->headroom_ore },
        { "grundkapital_ore", f->has_grundkapital, f->grundkapital_ore },
    };
    for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++) {
        fprintf(out, ", \"%s\": ", nums[i].key);
        if (nums[i].set)
            fprintf(out, "%lld", (long long)nums[i].v);
        else
            fputs("null", out);
    }
    fprintf(out, ", \"errors\": %zu, \"warnings\": %zu, \"status\": \"%s\"",
            r->errors, r->warnings, status_names[r->status]);
    fputs(", \"first\": ", out);
    if (f->first)
        json_write_string(out, f->first);
    else
        fputs("null", out);
    fputs("}\n", out);
}

static void write_table_row(FILE *out, bool md, const struct batch_fields *f,
                            const struct batch_row *r)
{
    fputs(md ? "| " : "", out);
    plain_str(out, f->path, md);
    const char *cells[] = { f->sagsnummer, f->navn, f->kommune, f->boligtype,
                            f->stage, f->has_total ? f->total : "",
                            f->has_headroom ? f->headroom : "",
                            f->has_grundkapital ? f->grundkapital : "" };
    for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++) {
        fputs(md ? " | " : "\t", out);
        plain_str(out, *cells[i] ? cells[i] : "–", md);
    }
    fprintf(out, md ? " | %zu | %zu | %s | " : "\t%zu\t%zu\t%s\t", r->errors,
            r->warnings, status_names[r->status]);
    plain_str(out, f->first ? f->first : "", md);
    fputs(md ? " |\n" : "\n", out);
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
    default:
        write_table_row(out, o->format == REPORT_MD, f, r);
        return;
    }
}

char *batch_first_error(const struct checked *c)
{
    for (size_t i = 0; i < diag_count(c->diags); i++) {
        const struct diag *d = diag_get(c->diags, i);
        if (d->severity != SEV_ERROR)
            continue;
        struct strbuf sb = STRBUF_INIT;
        char *first = xasprintf("%u:%u: %s%s%s [%s]", (unsigned)d->pos.line,
                                (unsigned)d->pos.col, d->path, *d->path ? ": " : "",
                                diag_text(&sb, d, LANG_EN), rule_info(d->rule)->id);
        strbuf_release(&sb);
        return first;
    }
    return NULL;
}

void batch_fields_fill(struct batch_fields *f, const struct checked *c,
                       enum report_lang lang)
{
    const struct project_info *i = &c->project.projekt;
    struct report_opts ro = { .lang = lang };
    f->sagsnummer = i->sagsnummer.set ? i->sagsnummer.text : "";
    f->navn = i->navn.text;
    f->kommune = i->kommune.set ? i->kommune.text : "";
    f->boligtype = housing_key((enum housing)i->boligtype.n);
    const struct renovation_figures *rf = &c->figures.renovation;
    if (rf->present) {
        /* no stage: the row names the kind of case, and its sum */
        f->stage = "renovering";
        if ((f->has_total = rf->total.set)) {
            f->total_ore = rf->total.ore;
            report_amount(f->total, f->total_ore, &ro, false);
        }
        return;
    }
    for (int s = STAGE__COUNT; s-- > 0;) {
        const struct stage_figures *fig = &c->figures.stage[s];
        if (!fig->present)
            continue;
        f->stage = stage_name((enum stage)s);
        if ((f->has_total = fig->row[ROW_TOTAL].set)) {
            f->total_ore = fig->row[ROW_TOTAL].ore;
            report_amount(f->total, f->total_ore, &ro, false);
        }
        /* the room under the cap, as check derived it; not shown while
         * the cap is only a lower bound (energitillæg unknown) */
        if ((f->has_headroom = fig->cap_room.set && !fig->cap_open)) {
            f->headroom_ore = fig->cap_room.ore;
            report_amount(f->headroom, f->headroom_ore, &ro, false);
        }
        if ((f->has_grundkapital = fig->grundkapital.set)) {
            f->grundkapital_ore = fig->grundkapital.ore;
            report_amount(f->grundkapital, f->grundkapital_ore, &ro, true);
        }
        break;
    }
}

/* ---- header and totals ------------------------------------------------ */

static const char *const columns[] = {
    "path", "sagsnummer", "navn", "kommune", "boligtype", "stage", "total",
    "headroom", "grundkapital", "errors", "warnings", "status", "first",
};

void batch_write_header(FILE *out, const struct batch_format *o)
{
    size_t n = sizeof columns / sizeof columns[0];
    if (o->format == REPORT_JSON)
        return;
    for (size_t i = 0; i < n; i++) {
        const char *name = columns[i];
        if (o->format == REPORT_CSV && (i >= 6 && i <= 8))
            name = i == 6 ? "total_ore" : i == 7 ? "headroom_ore" : "grundkapital_ore";
        fprintf(out, "%s%s", o->format == REPORT_MD ? "| " : i ? (o->format == REPORT_CSV ? "," : "\t") : "",
                name);
        if (o->format == REPORT_MD)
            fputc(' ', out);
    }
    fputs(o->format == REPORT_MD ? "|\n" : o->format == REPORT_CSV ? "\r\n" : "\n", out);
    if (o->format == REPORT_MD) {
        for (size_t i = 0; i < n; i++)
            fputs(i >= 6 && i <= 10 ? "|---:" : "|---", out);
        fputs("|\n", out);
    }
}

void batch_write_totals(FILE *out, const struct batch_format *o,
                        const size_t count[BATCH_STATUS__COUNT])
{
    size_t all = count[0] + count[1] + count[2] + count[3];
    if (o->format == REPORT_JSON) {
        fprintf(out, "{\"totals\": {\"projects\": %zu, \"clean\": %zu, \"warnings\": %zu, "
                "\"errors\": %zu, \"unreadable\": %zu}}\n", all, count[BATCH_OK],
                count[BATCH_WARNINGS], count[BATCH_ERRORS], count[BATCH_UNREADABLE]);
    } else if (o->format == REPORT_CSV) {
        /* a CSV table keeps one shape: its totals go to stderr */
        fprintf(stderr, "%zu projects: %zu clean, %zu with warnings, %zu with "
                "errors, %zu unreadable\n", all, count[BATCH_OK], count[BATCH_WARNINGS],
                count[BATCH_ERRORS], count[BATCH_UNREADABLE]);
    } else {
        bool dk = o->lang == LANG_DA;
        fprintf(out, o->format == REPORT_MD ? "\n%zu %s: %zu %s, %zu %s, %zu %s, %zu %s.\n"
                                            : "\n%zu %s: %zu %s, %zu %s, %zu %s, %zu %s\n",
                all, dk ? "projekter" : "projects", count[BATCH_OK], dk ? "rene" : "clean",
                count[BATCH_WARNINGS], dk ? "med advarsler" : "with warnings",
                count[BATCH_ERRORS], dk ? "med fejl" : "with errors",
                count[BATCH_UNREADABLE], dk ? "ulæselige" : "unreadable");
    }
}
