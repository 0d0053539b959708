/* SPDX-License-Identifier: MIT */
/* Report dispatch; documented in include/report.h */
#include <string.h>

#include "report_private.h"

bool report_format_parse(const char *name, enum report_format *out)
{
    if (strcmp(name, "text") == 0)
        *out = REPORT_TEXT;
    else if (strcmp(name, "json") == 0)
        *out = REPORT_JSON;
    else
        return false;
    return true;
}

bool report_write(FILE *out, enum report_format format, const struct report *r)
{
    return format == REPORT_JSON ? report_json(out, r) : report_text(out, r);
}
