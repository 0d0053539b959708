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

static const char *const kind_names[] = {
    [RF_STATED] = "stated", [RF_USED] = "used", [RF_DERIVED] = "derived",
};

static void csv_row(FILE *out, const struct rmodel *m, const char *file,
                    const char *stage, const struct rfig *g)
{
    csv_write_field(out, file);
    fputc(',', out);
    csv_write_field(out, rmodel_field(m, "sagsnummer"));
    fputc(',', out);
    csv_write_field(out, rmodel_field(m, "navn"));
    fprintf(out, ",%s,%s,%s,", stage, g->key, kind_names[g->kind]);
    if (g->a.set) {
        char kr[NUM_FMT_MAX];
        num_format(g->a.ore, MONEY_DECIMALS, MONEY_DECIMALS, &NUM_STYLE_PLAIN, kr);
        fprintf(out, "%lld,%s", (long long)g->a.ore, kr);
    } else {
        fputc(',', out);
    }
    fputs("\r\n", out);
}

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
                csv_row(out, &m, r->file, stage_name((enum stage)s), g);
        }
    }
    rmodel_free(&m);
    return !ferror(out);
}
