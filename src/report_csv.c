/* SPDX-License-Identifier: MIT */
/*
 * The CSV report (RFC 4180): one row per cost line and stage, for a
 * spreadsheet.  Amounts are integers in øre and, beside them, kroner
 * with a '.' decimal point, so that no locale can misread them.
 * Documented in include/report.h.
 */
#include <string.h>

#include "format.h"
#include "report_model.h"
#include "report_private.h"

static void csv_row(FILE *out, const struct project *p, const char *file,
                    const char *stage, const char *line, bool set, int64_t ore,
                    const char *kind)
{
    const struct val *sag = &p->projekt.sagsnummer;
    csv_write_field(out, file);
    fputc(',', out);
    csv_write_field(out, sag->set ? sag->text : "");
    fputc(',', out);
    csv_write_field(out, p->projekt.navn.text);
    fprintf(out, ",%s,%s,%s,", stage, line, kind);
    if (set) {
        char kr[NUM_FMT_MAX];
        num_format(ore, MONEY_DECIMALS, MONEY_DECIMALS, &NUM_STYLE_PLAIN, kr);
        fprintf(out, "%lld,%s", (long long)ore, kr);
    } else {
        fputc(',', out);
    }
    fputs("\r\n", out);
}

static const char *const kind_names[] = {
    [RF_STATED] = "stated", [RF_USED] = "used", [RF_DERIVED] = "derived",
};

bool report_csv(FILE *out, const struct report *r, const struct report_opts *o)
{
    fputs("file,sagsnummer,navn,stage,line,kind,amount_ore,amount_kr\r\n", out);
    if (!r->loaded)
        return !ferror(out);
    struct rmodel m;
    rmodel_build(r, o, &m);
    for (int s = 0; s < STAGE__COUNT; s++) {
        const struct rstage *st = &m.stage[s];
        for (size_t i = 0; st->present && i < st->nfigs; i++) {
            const struct rfig *g = &st->fig[i];
            if (g->kind != RF_CHECK)
                csv_row(out, r->project, r->file, stage_name((enum stage)s),
                        g->key, g->a.set, g->a.ore, kind_names[g->kind]);
        }
    }
    rmodel_free(&m);
    return !ferror(out);
}
