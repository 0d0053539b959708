/* SPDX-License-Identifier: MIT */
/* The output of skema diff; documented in include/report_diff.h */
#include "report_diff.h"

#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "report_model.h"

/* A value as the user reads it: amounts and percentages in the report's
 * number format, the rest as written. */
static const char *value_words(char buf[NUM_FMT_MAX + 64], enum field_type type,
                               const struct val *v, enum report_lang lang)
{
    struct report_opts o = { .lang = lang };
    if (!v->set)
        return "–";
    switch (type) {
    case FT_AMOUNT: case FT_UNIT:
        return report_amount(buf, v->n, &o, false);
    default:
        snprintf(buf, NUM_FMT_MAX + 64, "%s", v->text ? v->text : "");
        return buf;
    }
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

void report_diff_versions(FILE *out, const struct diff_format *df,
                          const struct diff_versions *v)
{
    enum report_format format = df->format;
    enum report_lang lang = df->lang;
    const struct checked *a = v->old, *b = v->new;
    const struct diag **gone = v->gone, **came = v->came;
    size_t ngone = v->ngone, ncame = v->ncame;
    char x[NUM_FMT_MAX + 64], y[NUM_FMT_MAX + 64], z[NUM_FMT_MAX];
    bool dk = lang == LANG_DA;
    struct report_opts o = { .lang = lang };
    if (format == REPORT_JSON) {
        fputs("{\n  \"report\": \"skema-diff/1\",\n  \"old\": ", out);
        json_write_string(out, a->file);
        fputs(",\n  \"new\": ", out);
        json_write_string(out, b->file);
        fputs(",\n  \"changes\": [", out);
        for (size_t i = 0; i < v->nchanges; i++) {
            const struct diff_change *c = &v->changes[i];
            bool money = c->type == FT_AMOUNT || c->type == FT_UNIT;
            fprintf(out, "%s\n    {\"path\": ", i ? "," : "");
            json_write_string(out, c->path);
            if (money) {
                fputs(", \"old_ore\": ", out);
                c->old.set ? fprintf(out, "%lld", (long long)c->old.n) : fputs("null", out);
                fputs(", \"new_ore\": ", out);
                c->new.set ? fprintf(out, "%lld", (long long)c->new.n) : fputs("null", out);
                fputs(", \"delta_ore\": ", out);
                c->old.set && c->new.set
                    ? fprintf(out, "%lld", (long long)(c->new.n - c->old.n))
                    : fputs("null", out);
            } else {
                fputs(", \"old\": ", out);
                c->old.set ? json_write_string(out, c->old.text) : (void)fputs("null", out);
                fputs(", \"new\": ", out);
                c->new.set ? json_write_string(out, c->new.text) : (void)fputs("null", out);
            }
            fputc('}', out);
        }
        fputs(v->nchanges ? "\n  ],\n" : "],\n", out);
        json_findings(out, "findings_appeared", came, ncame);
        fputs(",\n", out);
        json_findings(out, "findings_gone", gone, ngone);
        fputs("\n}\n", out);
        return;
    }
    bool md = format == REPORT_MD;
    if (md)
        fprintf(out, "# %s: %s → %s\n\n| %s | %s | %s | %s |\n|---|---:|---:|---:|\n",
                dk ? "Ændringer" : "Changes", a->file, b->file,
                dk ? "Nøgle" : "Key", dk ? "Før" : "Old", dk ? "Efter" : "New",
                dk ? "Ændring" : "Change");
    else
        fprintf(out, "--- %s\n+++ %s\n", a->file, b->file);
    for (size_t i = 0; i < v->nchanges; i++) {
        const struct diff_change *c = &v->changes[i];
        bool money = c->type == FT_AMOUNT || c->type == FT_UNIT;
        const char *delta = "";
        if (money && c->old.set && c->new.set) {
            struct num_style st = *report_style(lang);
            st.plus = true;
            num_format(c->new.n - c->old.n, MONEY_DECIMALS,
                       (c->new.n - c->old.n) % ORE_PER_KR ? MONEY_DECIMALS : 0, &st, z);
            delta = z;
        }
        const char *was = value_words(x, c->type, &c->old, lang);
        const char *is = value_words(y, c->type, &c->new, lang);
        if (md)
            fprintf(out, "| `%s` | %s | %s | %s |\n", c->path, was, is, delta);
        else
            fprintf(out, "%s: %s → %s%s%s%s\n", c->path, was, is, *delta ? " (" : "",
                    delta, *delta ? ")" : "");
    }
    (void)o;
    const struct { const char *title; const struct diag **d; size_t n; const char *file; } sets[] = {
        { dk ? "Nye fund" : "Findings that appeared", came, ncame, b->file },
        { dk ? "Fund, der er væk" : "Findings that went away", gone, ngone, a->file },
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
            v->nchanges, dk ? "ændrede værdier" : "values changed", ncame,
            dk ? "nye fund" : "findings appeared", ngone,
            dk ? "fund væk" : "findings went away");
}

bool report_diff_stages(FILE *out, const struct diff_format *df,
                        const struct checked *c, enum stage from, enum stage to)
{
    enum report_format format = df->format;
    enum report_lang lang = df->lang;
    const struct stage_figures *a = &c->figures.stage[from], *b = &c->figures.stage[to];
    struct report_opts o = { .lang = lang };
    size_t width = 20;   /* at least, or the widest row label */
    for (int r = 0; r < ROW__COUNT; r++)
        if (display_width(report_labels(lang)->row[r]) > width)
            width = display_width(report_labels(lang)->row[r]);
    bool changed = false;
    char x[NUM_FMT_MAX], y[NUM_FMT_MAX], z[NUM_FMT_MAX], w[NUM_FMT_MAX + 2];
    if (format == REPORT_JSON) {
        fputs("{\n  \"report\": \"skema-diff/1\",\n  \"file\": ", out);
        json_write_string(out, c->file);
        fprintf(out, ",\n  \"from\": \"%s\",\n  \"to\": \"%s\",\n  \"rows\": {",
                stage_name(from), stage_name(to));
    }
    else if (format == REPORT_MD)
        fprintf(out, "# %s: skema %s → skema %s\n\n| | Skema %s | Skema %s | %s | %% |\n"
                "|---|---:|---:|---:|---:|\n", c->project.projekt.navn.text,
                stage_name(from), stage_name(to), stage_name(from), stage_name(to),
                lang == LANG_DA ? "kr." : "kr");
    else
        fprintf(out, "%s: skema %s → skema %s\n", c->project.projekt.navn.text,
                stage_name(from), stage_name(to));
    for (int r = 0; r < ROW__COUNT; r++) {
        const struct amount_opt *p = &a->row[r], *q = &b->row[r];
        int64_t d = p->set && q->set ? q->ore - p->ore : 0, pct = 0;
        bool has_pct = p->set && q->set && p->ore != 0 &&
                       money_mul_div(d, 10000, p->ore, &pct);
        changed |= p->set != q->set || d != 0;
        struct num_style st = *report_style(lang);
        st.plus = true;
        num_format(d, MONEY_DECIMALS, d % ORE_PER_KR ? MONEY_DECIMALS : 0, &st, z);
        num_format(pct, 2, 2, &st, w);
        strcat(w, " %");
        const char *label = report_labels(lang)->row[r];
        if (format == REPORT_JSON) {
            fprintf(out, "%s\n    \"%s\": {\"from_ore\": ", r ? "," : "", row_key((enum row)r));
            p->set ? fprintf(out, "%lld", (long long)p->ore) : fputs("null", out);
            fputs(", \"to_ore\": ", out);
            q->set ? fprintf(out, "%lld", (long long)q->ore) : fputs("null", out);
            fputs(", \"delta_ore\": ", out);
            p->set && q->set ? fprintf(out, "%lld", (long long)d) : fputs("null", out);
            fputc('}', out);
        } else if (format == REPORT_MD) {
            fprintf(out, "| %s | %s | %s | %s | %s |\n", label,
                    p->set ? report_amount(x, p->ore, &o, false) : "–",
                    q->set ? report_amount(y, q->ore, &o, false) : "–",
                    p->set && q->set ? z : "–", has_pct ? w : "–");
        } else {
            /* widths that hold any amount up to a thousand million kroner */
            fputs("  ", out);
            fput_padded(out, label, width, false);
            fput_padded(out, p->set ? report_amount(x, p->ore, &o, false) : "–", 16, true);
            fput_padded(out, q->set ? report_amount(y, q->ore, &o, false) : "–", 16, true);
            fput_padded(out, p->set && q->set ? z : "–", 16, true);
            fput_padded(out, has_pct ? w : "–", 11, true);
            fputc('\n', out);
        }
    }
    if (format == REPORT_JSON)
        fprintf(out, "\n  },\n  \"changed\": %s\n}\n", changed ? "true" : "false");
    return changed;
}

