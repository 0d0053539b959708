/* SPDX-License-Identifier: MIT */
/* The output of skema diff; documented in include/report_diff.h */
#include "report_diff.h"

#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "report_model.h"
#include "strbuf.h"

/* A value as the user reads it: amounts in the report's number format,
 * the rest as written (never copied, so never cut). */
static const char *value_words(char buf[NUM_FMT_MAX], enum field_type type,
                               const struct val *v, enum report_lang lang)
{
    struct report_opts o = { .lang = lang };
    if (!v->set)
        return "–";
    if (type == FT_AMOUNT || type == FT_UNIT)
        return report_amount(buf, v->n, &o, false);
    return v->text ? v->text : "";
}

static bool is_money(const struct diff_change *c)
{
    return c->type == FT_AMOUNT || c->type == FT_UNIT;
}

static void json_findings(FILE *out, const char *key, const struct diag **d, size_t n)
{
    fprintf(out, "  \"%s\": [", key);
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "%s\n    {\"rule\": \"%s\", \"severity\": \"%s\", \"path\": ",
                i ? "," : "", rule_info(d[i]->rule)->id, severity_name(d[i]->severity));
        json_write_string(out, d[i]->path);
        fprintf(out, ", \"line\": %u, \"column\": %u, \"message\": ",
                (unsigned)d[i]->pos.line, (unsigned)d[i]->pos.col);
        struct strbuf sb = STRBUF_INIT;
        json_write_string(out, diag_text(&sb, d[i], LANG_EN));
        strbuf_release(&sb);
        fputc('}', out);
    }
    fputs(n ? "\n  ]" : "]", out);
}

static void json_value(FILE *out, const char *key, const struct val *v, bool money)
{
    fprintf(out, ", \"%s\": ", key);
    if (!v->set)
        fputs("null", out);
    else if (money)
        fprintf(out, "%lld", (long long)v->n);
    else
        json_write_string(out, v->text);
}

static void versions_json(FILE *out, const struct diff_versions *v)
{
    fputs("{\n  \"report\": \"skema-diff/1\",\n  \"old\": ", out);
    json_write_string(out, v->old->file);
    fputs(",\n  \"new\": ", out);
    json_write_string(out, v->new->file);
    fputs(",\n  \"changes\": [", out);
    for (size_t i = 0; i < v->nchanges; i++) {
        const struct diff_change *c = &v->changes[i];
        bool money = is_money(c);
        fprintf(out, "%s\n    {\"path\": ", i ? "," : "");
        json_write_string(out, c->path);
        json_value(out, money ? "old_ore" : "old", &c->old, money);
        json_value(out, money ? "new_ore" : "new", &c->new, money);
        if (money) {
            fputs(", \"delta_ore\": ", out);
            if (c->delta.set)
                fprintf(out, "%lld", (long long)c->delta.delta_ore);
            else
                fputs("null", out);
        }
        fputc('}', out);
    }
    fputs(v->nchanges ? "\n  ],\n" : "],\n", out);
    json_findings(out, "findings_appeared", v->came, v->ncame);
    fputs(",\n", out);
    json_findings(out, "findings_gone", v->gone, v->ngone);
    fputs("\n}\n", out);
}

static void versions_changes(FILE *out, const struct diff_format *df,
                             const struct diff_versions *v)
{
    bool md = df->format == REPORT_MD, dk = df->lang == LANG_DA;
    struct report_opts o = { .lang = df->lang };
    char x[NUM_FMT_MAX], y[NUM_FMT_MAX], z[NUM_FMT_MAX];
    if (md)
        fprintf(out, "# %s: %s → %s\n\n| %s | %s | %s | %s |\n|---|---:|---:|---:|\n",
                dk ? "Ændringer" : "Changes", v->old->file, v->new->file,
                dk ? "Nøgle" : "Key", dk ? "Før" : "Old", dk ? "Efter" : "New",
                dk ? "Ændring" : "Change");
    else
        fprintf(out, "--- %s\n+++ %s\n", v->old->file, v->new->file);
    for (size_t i = 0; i < v->nchanges; i++) {
        const struct diff_change *c = &v->changes[i];
        const char *delta = is_money(c) && c->delta.set
                          ? report_signed_amount(z, c->delta.delta_ore, &o) : "";
        const char *was = value_words(x, c->type, &c->old, df->lang);
        const char *is = value_words(y, c->type, &c->new, df->lang);
        if (md)
            fprintf(out, "| `%s` | %s | %s | %s |\n", c->path, was, is, delta);
        else
            fprintf(out, "%s: %s → %s%s%s%s\n", c->path, was, is, *delta ? " (" : "",
                    delta, *delta ? ")" : "");
    }
}

void report_diff_versions(FILE *out, const struct diff_format *df,
                          const struct diff_versions *v)
{
    if (df->format == REPORT_JSON) {
        versions_json(out, v);
        return;
    }
    bool md = df->format == REPORT_MD, dk = df->lang == LANG_DA;
    versions_changes(out, df, v);
    const struct { const char *title; const struct diag **d; size_t n; const char *file; } sets[] = {
        { dk ? "Nye fund" : "Findings that appeared", v->came, v->ncame, v->new->file },
        { dk ? "Fund, der er væk" : "Findings that went away", v->gone, v->ngone, v->old->file },
    };
    for (size_t s = 0; s < 2; s++) {
        if (!sets[s].n)
            continue;
        fprintf(out, md ? "\n## %s\n\n" : "\n%s\n", sets[s].title);
        for (size_t i = 0; i < sets[s].n; i++) {
            if (md)
                fputs("- ", out);
            report_diag_line(out, sets[s].file, sets[s].d[i]);
        }
    }
    fprintf(out, md ? "\n%zu %s, %zu %s, %zu %s.\n" : "\n%zu %s, %zu %s, %zu %s\n",
            v->nchanges, dk ? "ændrede værdier" : "values changed", v->ncame,
            dk ? "nye fund" : "findings appeared", v->ngone,
            dk ? "fund væk" : "findings went away");
}

static void stages_head(FILE *out, const struct diff_format *df,
                        const struct diff_stages *d)
{
    const char *from = stage_name(d->from), *to = stage_name(d->to);
    const char *name = d->c->project.projekt.navn.text;
    if (df->format == REPORT_JSON) {
        fputs("{\n  \"report\": \"skema-diff/1\",\n  \"file\": ", out);
        json_write_string(out, d->c->file);
        fprintf(out, ",\n  \"from\": \"%s\",\n  \"to\": \"%s\",\n  \"rows\": {", from, to);
    } else if (df->format == REPORT_MD) {
        fprintf(out, "# %s: skema %s → skema %s\n\n| | Skema %s | Skema %s | %s | %% |\n"
                "|---|---:|---:|---:|---:|\n", name, from, to, from, to,
                df->lang == LANG_DA ? "kr." : "kr");
    } else {
        fprintf(out, "%s: skema %s → skema %s\n", name, from, to);
    }
}

static void json_ore(FILE *out, const char *key, bool set, int64_t ore)
{
    fprintf(out, "%s\"%s\": ", strcmp(key, "from_ore") ? ", " : "", key);
    if (set)
        fprintf(out, "%lld", (long long)ore);
    else
        fputs("null", out);
}

/* One row of the table: the amounts of both stages and the change. */
static void stages_row(FILE *out, const struct diff_format *df, size_t width,
                       const struct diff_stages *d, enum row r)
{
    const struct amount_opt *p = &d->c->figures.stage[d->from].row[r],
                            *q = &d->c->figures.stage[d->to].row[r];
    const struct change *ch = &d->cmp.row[r];
    struct report_opts o = { .lang = df->lang };
    char x[NUM_FMT_MAX], y[NUM_FMT_MAX], z[NUM_FMT_MAX], w[NUM_FMT_MAX];
    const char *was = p->set ? report_amount(x, p->ore, &o, false) : "–";
    const char *is = q->set ? report_amount(y, q->ore, &o, false) : "–";
    const char *delta = ch->set ? report_signed_amount(z, ch->delta_ore, &o) : "–";
    const char *pct = ch->has_pct ? report_pct_x100(w, ch->pct_x100, &o, true) : NULL;
    const char *label = report_labels(df->lang)->row[r];
    if (df->format == REPORT_JSON) {
        fprintf(out, "%s\n    \"%s\": {", r ? "," : "", row_key(r));
        json_ore(out, "from_ore", p->set, p->ore);
        json_ore(out, "to_ore", q->set, q->ore);
        json_ore(out, "delta_ore", ch->set, ch->delta_ore);
        fputc('}', out);
    } else if (df->format == REPORT_MD) {
        fprintf(out, "| %s | %s | %s | %s | %s%s |\n", label, was, is, delta,
                pct ? pct : "–", pct ? " %" : "");
    } else {
        /* widths that hold any amount up to a thousand million kroner */
        struct strbuf sb = STRBUF_INIT;
        strbuf_addf(&sb, "%s%s", pct ? pct : "–", pct ? " %" : "");
        fputs("  ", out);
        fput_padded(out, label, width, false);
        fput_padded(out, was, 16, true);
        fput_padded(out, is, 16, true);
        fput_padded(out, delta, 16, true);
        fput_padded(out, sb.buf, 11, true);
        fputc('\n', out);
        strbuf_release(&sb);
    }
}

void report_diff_stages(FILE *out, const struct diff_format *df,
                        const struct diff_stages *d, bool changed)
{
    size_t width = 20;   /* at least, or the widest row label */
    for (int r = 0; r < ROW__COUNT; r++)
        if (display_width(report_labels(df->lang)->row[r]) > width)
            width = display_width(report_labels(df->lang)->row[r]);
    stages_head(out, df, d);
    for (int r = 0; r < ROW__COUNT; r++)
        stages_row(out, df, width, d, (enum row)r);
    if (df->format == REPORT_JSON)
        fprintf(out, "\n  },\n  \"changed\": %s\n}\n", changed ? "true" : "false");
}
