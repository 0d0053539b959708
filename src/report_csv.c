/* SPDX-License-Identifier: MIT */
/*
 * The CSV report (RFC 4180): one row per cost line and stage, for a
 * spreadsheet.  Amounts are integers in øre and, beside them, kroner
 * with a '.' decimal point, so that no locale can misread them.
 * Documented in include/report.h.
 */
#include <string.h>

#include "format.h"
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

bool report_csv(FILE *out, const struct report *r)
{
    fputs("file,sagsnummer,navn,stage,line,kind,amount_ore,amount_kr\r\n", out);
    if (!r->loaded)
        return !ferror(out);
    const struct project *p = r->project;
    for (int s = 0; s < STAGE__COUNT; s++) {
        const struct stage_figures *fig = &r->figures->stage[s];
        const struct costs *k = &p->skema.stage[s].anskaffelsessum;
        const char *sn = stage_name((enum stage)s);
        if (!fig->present)
            continue;
        for (int l = 0; l < LINE__COUNT; l++)
            csv_row(out, p, r->file, sn, cost_line_key((enum cost_line)l),
                    k->line[l].set, k->line[l].n, "stated");
        csv_row(out, p, r->file, sn, "i_alt", k->i_alt.set, k->i_alt.n, "stated");
        csv_row(out, p, r->file, sn, "anskaffelsessum", fig->row[ROW_TOTAL].set,
                fig->row[ROW_TOTAL].ore, "used");
        const struct {
            const char *line;
            const struct amount_opt *a;
        } derived[] = {
            { "realkreditlaan", &fig->loan },
            { "grundkapital", &fig->grundkapital },
            { "beboerindskud", &fig->beboerindskud },
            { "garanti", &fig->guarantee },
            { "maksimumsbeloeb", &fig->cap },
        };
        for (size_t d = 0; d < sizeof derived / sizeof derived[0]; d++)
            csv_row(out, p, r->file, sn, derived[d].line, derived[d].a->set,
                    derived[d].a->ore, "derived");
    }
    return !ferror(out);
}
