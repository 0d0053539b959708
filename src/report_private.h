/* SPDX-License-Identifier: MIT */
/* The report writers behind report_write(). */
#pragma once

#include "report.h"

bool report_text(FILE *out, const struct report *r, const struct report_opts *o);
bool report_md(FILE *out, const struct report *r, const struct report_opts *o);
bool report_html(FILE *out, const struct report *r, const struct report_opts *o);
bool report_json(FILE *out, const struct report *r, const struct report_opts *o);
bool report_csv(FILE *out, const struct report *r, const struct report_opts *o);
