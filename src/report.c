/* SPDX-License-Identifier: MIT */
/* Report dispatch; documented in include/report.h */
#include <string.h>

#include "report_private.h"
#include "report_xlsx.h"

static const char *const format_names[] = {
    [REPORT_TEXT] = "text", [REPORT_MD] = "md", [REPORT_HTML] = "html",
    [REPORT_JSON] = "json", [REPORT_CSV] = "csv", [REPORT_XLSX] = "xlsx",
};

bool report_format_parse(const char *name, enum report_format *out)
{
    for (size_t i = 0; i < sizeof format_names / sizeof format_names[0]; i++) {
        if (strcmp(name, format_names[i]) == 0) {
            *out = (enum report_format)i;
            return true;
        }
    }
    return false;
}

enum esc_kind report_esc_kind(enum report_format format)
{
    static const enum esc_kind kinds[] = {
        [REPORT_TEXT] = ESC_TERM, [REPORT_MD] = ESC_MD, [REPORT_HTML] = ESC_HTML,
        [REPORT_JSON] = ESC_JSON, [REPORT_CSV] = ESC_CSV, [REPORT_XLSX] = ESC_TERM,
    };
    return (size_t)format < sizeof kinds / sizeof kinds[0] ? kinds[format] : ESC_TERM;
}

bool report_write(FILE *out, const struct report_opts *o, const struct report *r)
{
    switch (o->format) {
    case REPORT_MD: return report_md(out, r, o);
    case REPORT_HTML: return report_html(out, r, o);
    case REPORT_JSON: return report_json(out, r, o);
    case REPORT_CSV: return report_csv(out, r, o);
    case REPORT_XLSX: return report_xlsx(out, r, o);
    case REPORT_TEXT: break;
    }
    return report_text(out, r, o);
}
