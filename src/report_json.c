/* SPDX-License-Identifier: MIT */
/*
 * The JSON report, for programs: every amount an integer in øre under a
 * key ending in _ore; documented in include/report.h and the README.
 */
#include <string.h>

#include "format.h"
#include "report_private.h"

#include <stdbool.h>

static void json_amount(FILE *out, const struct amount_opt *a)
{
    if (a->set)
        fprintf(out, "%lld", (long long)a->ore);
    else
        fputs("null", out);
}

/* A percentage held in hundredths, as a JSON number with two decimals. */
static void json_x100(FILE *out, bool set, int64_t x100)
{
    char buf[NUM_FMT_MAX];
    if (set)
        num_format(x100, 2, 2, &NUM_STYLE_PLAIN, buf);
    fputs(set ? buf : "null", out);
}

static void json_text_field(FILE *out, const char *key, const struct val *v,
                            bool *first)
{
    if (!v->set)
        return;
    fprintf(out, "%s\n    \"%s\": ", *first ? "" : ",", key);
    json_write_string(out, v->text);
    *first = false;
}

static void projekt(FILE *out, const struct project *p)
{
    const struct project_info *i = &p->projekt;
    bool first = true;
    fputs("  \"projekt\": {", out);
    json_text_field(out, "sagsnummer", &i->sagsnummer, &first);
    json_text_field(out, "navn", &i->navn, &first);
    json_text_field(out, "kommune", &i->kommune, &first);
    json_text_field(out, "boligorganisation", &i->boligorganisation, &first);
    json_text_field(out, "afdeling", &i->afdeling, &first);
    fprintf(out, ",\n    \"boligtype\": \"%s\"\n  },\n",
            housing_key((enum housing)i->boligtype.n));
}

static void stages(FILE *out, const struct project *p, const struct figures *f)
{
    fputs("  \"stages\": {", out);
    bool first = true;
    for (int s = 0; s < STAGE__COUNT; s++) {
        const struct stage_figures *fig = &f->stage[s];
        const struct costs *k = &p->skema.stage[s].anskaffelsessum;
        if (!fig->present)
            continue;
        fprintf(out, "%s\n    \"%s\": {", first ? "" : ",", stage_name((enum stage)s));
        first = false;
        for (int l = 0; l < LINE__COUNT; l++) {
            struct amount_opt a = { k->line[l].set, k->line[l].n };
            fprintf(out, "\n      \"%s_ore\": ", cost_line_key((enum cost_line)l));
            json_amount(out, &a);
            fputc(',', out);
        }
        struct amount_opt i_alt = { k->i_alt.set, k->i_alt.n };
        fputs("\n      \"i_alt_ore\": ", out);
        json_amount(out, &i_alt);
        fputs(",\n      \"lines_sum_ore\": ", out);
        json_amount(out, &fig->lines_sum);
        fputs(",\n      \"anskaffelsessum_ore\": ", out);
        json_amount(out, &fig->row[ROW_TOTAL]);
        fprintf(out, ",\n      \"total_from_lines\": %s",
                fig->total_from_lines ? "true" : "false");
        fputs(",\n      \"realkreditlaan_ore\": ", out);
        json_amount(out, &fig->loan);
        fputs(",\n      \"grundkapital_ore\": ", out);
        json_amount(out, &fig->grundkapital);
        fputs(",\n      \"beboerindskud_ore\": ", out);
        json_amount(out, &fig->beboerindskud);
        fputs(",\n      \"garanti_ore\": ", out);
        json_amount(out, &fig->guarantee);
        fputs(",\n      \"maksimumsbeloeb_ore\": ", out);
        json_amount(out, &fig->cap);
        fprintf(out, ",\n      \"maksimumsbeloeb_open\": %s",
                fig->cap_open ? "true" : "false");
        fputs("\n    }", out);
    }
    fputs(first ? "},\n" : "\n  },\n", out);
}

static void shares(FILE *out, const struct shares *sh)
{
    char a[NUM_FMT_MAX], b[NUM_FMT_MAX], c[NUM_FMT_MAX];
    if (!sh->set) {
        fputs("  \"finansiering\": null,\n", out);
        return;
    }
    fprintf(out, "  \"finansiering\": {\"realkredit_pct\": %s, "
            "\"grundkapital_pct\": %s, \"beboerindskud_pct\": %s, "
            "\"from_law\": %s},\n", fmt_dec_plain(a, sh->realkredit),
            fmt_dec_plain(b, sh->grundkapital), fmt_dec_plain(c, sh->beboerindskud),
            sh->from_law ? "true" : "false");
}

static void changes(FILE *out, const struct comparison *cmp)
{
    fputs("  \"changes\": [", out);
    bool first = true;
    for (int i = 0; i < COMPARISONS; i++) {
        if (!cmp[i].done)
            continue;
        fprintf(out, "%s\n    {\n      \"from\": \"%s\",\n      \"to\": \"%s\",\n"
                "      \"rows\": {", first ? "" : ",",
                stage_name(cmp[i].from), stage_name(cmp[i].to));
        first = false;
        for (int r = 0; r < ROW__COUNT; r++) {
            const struct change *ch = &cmp[i].row[r];
            fprintf(out, "%s\n        \"%s\": ", r ? "," : "", row_key((enum row)r));
            if (!ch->set) {
                fputs("null", out);
                continue;
            }
            fprintf(out, "{\"delta_ore\": %lld, \"delta_pct\": ",
                    (long long)ch->delta_ore);
            json_x100(out, ch->has_pct, ch->pct_x100);
            fputs(", \"of_total_pct\": ", out);
            json_x100(out, ch->has_share, ch->share_x100);
            fputc('}', out);
        }
        fputs("\n      }\n    }", out);
    }
    fputs(first ? "],\n" : "\n  ],\n", out);
}

static void findings(FILE *out, const struct diag_list *diags)
{
    size_t n = diag_count(diags);
    fputs("  \"findings\": [", out);
    for (size_t i = 0; i < n; i++) {
        fputs(i ? ",\n    " : "\n    ", out);
        report_finding_json(out, diag_get(diags, i), LANG_EN, true);
    }
    fputs(n ? "\n  ],\n" : "],\n", out);
    fprintf(out, "  \"summary\": {\"errors\": %zu, \"warnings\": %zu, "
            "\"notes\": %zu, \"not_shown\": %zu}\n",
            diag_count_severity(diags, SEV_ERROR),
            diag_count_severity(diags, SEV_WARNING),
            diag_count_severity(diags, SEV_NOTE), diag_dropped(diags));
}

bool report_json(FILE *out, const struct report *r)
{
    fputs("{\n  \"report\": \"skema-check/1\",\n  \"file\": ", out);
    json_write_string(out, r->file);
    fprintf(out, ",\n  \"checked\": %s,\n", r->loaded ? "true" : "false");
    if (r->loaded) {
        projekt(out, r->project);
        shares(out, &r->figures->shares);
        stages(out, r->project, r->figures);
        changes(out, r->figures->cmp);
    }
    findings(out, r->diags);
    fputs("}\n", out);
    return !ferror(out);
}
