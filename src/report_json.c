/* SPDX-License-Identifier: MIT */
/*
 * The JSON report, for programs: every amount an integer in øre under a
 * key ending in _ore; documented in include/report.h and the README.
 */
#include <string.h>

#include "format.h"
#include "report_model.h"
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

static void projekt(FILE *out, const struct rmodel *m)
{
    fputs("  \"projekt\": {", out);
    for (size_t i = 0; i < m->nfields; i++) {
        fprintf(out, "%s\n    \"%s\": ", i ? "," : "", m->field[i].key);
        json_write_string(out, m->field[i].raw);
    }
    fputs("\n  },\n", out);
}

/* The figures of each stage, as the model lists them (no list here). */
static void stages(FILE *out, const struct rmodel *m)
{
    fputs("  \"stages\": {", out);
    bool first = true;
    for (int s = 0; s < STAGE__COUNT; s++) {
        const struct rstage *st = &m->stage[s];
        if (!st->present)
            continue;
        fprintf(out, "%s\n    \"%s\": {", first ? "" : ",", stage_name((enum stage)s));
        first = false;
        for (size_t i = 0; i < st->nfigs; i++) {
            const struct rfig *g = &st->fig[i];
            fprintf(out, "%s\n      \"%s_ore\": ", i ? "," : "", g->key);
            json_amount(out, &g->a);
            if (g->flag_key)
                fprintf(out, ",\n      \"%s\": %s", g->flag_key,
                        g->flag ? "true" : "false");
        }
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

static void findings(FILE *out, const struct diag_list *diags,
                     enum report_lang lang)
{
    size_t n = diag_count(diags);
    fputs("  \"findings\": [", out);
    for (size_t i = 0; i < n; i++) {
        fputs(i ? ",\n    " : "\n    ", out);
        report_finding_json(out, diag_get(diags, i), lang, true);
    }
    fputs(n ? "\n  ],\n" : "],\n", out);
    fprintf(out, "  \"summary\": {\"errors\": %zu, \"warnings\": %zu, "
            "\"notes\": %zu, \"not_shown\": %zu}\n",
            diag_count_severity(diags, SEV_ERROR),
            diag_count_severity(diags, SEV_WARNING),
            diag_count_severity(diags, SEV_NOTE), diag_dropped(diags));
}

/* A micro-unit (a percentage, an area) as a JSON number. */
static void json_micro(FILE *out, bool set, int64_t micro)
{
    char buf[NUM_FMT_MAX];
    fputs(set ? fmt_dec_plain(buf, micro) : "null", out);
}

static void json_key_amount(FILE *out, const char *indent, const char *key,
                            const struct amount_opt *a)
{
    fprintf(out, "%s\"%s_ore\": ", indent, key);
    json_amount(out, a);
}

static void renovation_example(FILE *out, const struct rent_example *e,
                               const struct rent_example_figures *ef)
{
    const struct amount_opt before = { e->leje_foer_kr.set, e->leje_foer_kr.n },
                            after = { e->leje_efter_kr.set, e->leje_efter_kr.n };
    fputs("\n      {\"areal_m2\": ", out);
    json_micro(out, e->areal_m2.set, e->areal_m2.n);
    json_key_amount(out, ", ", "leje_foer", &before);
    json_key_amount(out, ", ", "leje_efter", &after);
    json_key_amount(out, ", ", "stigning", &ef->increase);
    json_key_amount(out, ", ", "leje_efter_beregnet", &ef->after);
    fputs(", \"pct_lo\": ", out);
    json_micro(out, ef->pct_set, ef->pct_lo);
    fputs(", \"pct_hi\": ", out);
    json_micro(out, ef->pct_set, ef->pct_hi);
    fputc('}', out);
}

/* A renovation's figures, under "renovering". */
static void renovation(FILE *out, const struct report *r)
{
    static const char *const keys[4] = {
        "realkreditlaan", "traekningsret", "henlaeggelser", "lbf_stoette",
    };
    const struct renovation *rv = &r->project->renovering;
    const struct renovation_figures *rf = &r->figures->renovation;
    fputs("  \"renovering\": {\n    \"beskrivelse\": ", out);
    json_write_string(out, rv->beskrivelse.text ? rv->beskrivelse.text : "");
    json_key_amount(out, ",\n    ", "anskaffelsessum", &rf->total);
    for (size_t i = 0; i < 4; i++)
        json_key_amount(out, ",\n    ", keys[i], &rf->source[i]);
    json_key_amount(out, ",\n    ", "finansiering_i_alt", &rf->sources_sum);
    fprintf(out, ",\n    \"loebetid_aar\": ");
    if (rv->finansiering.loebetid_aar.set)
        fprintf(out, "%lld", (long long)rv->finansiering.loebetid_aar.n);
    else
        fputs("null", out);
    const struct amount_opt kr = { rv->huslejeforhoejelse.kr_m2_aar.set,
                                   rv->huslejeforhoejelse.kr_m2_aar.n };
    json_key_amount(out, ",\n    ", "huslejeforhoejelse_m2_aar", &kr);
    fputs(",\n    \"huslejeforhoejelse_pct\": ", out);
    json_micro(out, rv->huslejeforhoejelse.pct.set, rv->huslejeforhoejelse.pct.n);
    fputs(",\n    \"eksempler\": [", out);
    const struct rent_example *ex = rv->eksempler.items;
    for (size_t i = 0; i < rf->examples; i++) {
        fputs(i ? "," : "", out);
        renovation_example(out, &ex[i], &rf->example[i]);
    }
    fputs(rf->examples ? "\n    ]" : "]", out);
    json_key_amount(out, ",\n    ", "kommunal_garanti", &rf->guarantee);
    fputs("\n  },\n", out);
}

bool report_json(FILE *out, const struct report *r, const struct report_opts *o)
{
    fputs("{\n  \"report\": \"skema-check/1\",\n  \"file\": ", out);
    json_write_string(out, r->file);
    fprintf(out, ",\n  \"checked\": %s,\n", r->loaded ? "true" : "false");
    if (r->loaded) {
        struct rmodel m;
        rmodel_build(r, o, &m);
        projekt(out, &m);
        if (r->figures->renovation.present)
            renovation(out, r);
        else
            shares(out, m.shares);
        if (!r->figures->renovation.present) {
            stages(out, &m);
            changes(out, m.cmp);
        }
        rmodel_free(&m);
    }
    findings(out, r->diags, o->lang);
    fputs("}\n", out);
    return !ferror(out);
}
