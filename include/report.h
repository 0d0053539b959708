/* SPDX-License-Identifier: MIT */
/*
 * Report: one project's figures, changes and findings, as text for a
 * person or JSON for a program.  Output is deterministic and byte-exact
 * (no locale, fixed order), so golden tests can pin it.
 */
#pragma once

#include <stdbool.h>
#include <stdio.h>

#include "compare.h"
#include "diag.h"
#include "escape.h"
#include "message.h"

enum report_format { REPORT_TEXT, REPORT_MD, REPORT_HTML, REPORT_JSON, REPORT_CSV,
                     REPORT_XLSX };


struct report_opts {
    enum report_format format;
    enum report_lang lang;
    bool thousands;      /* amounts rounded to whole thousands, as committee
                            tables give them */
    bool color;          /* text: colour the severities */
};

struct report {
    const char *file;               /* as the user named it */
    bool loaded;                    /* false: only diags are meaningful */
    const struct project *project;
    const struct figures *figures;
    const struct diag_list *diags;
    /* the audit trail of the committee formats; NULL where not known */
    const char *sha256;             /* of the input, 64 hex digits */
    const struct rates *rates;      /* for the titles of figures->sources */
};

/* The escaping every user text needs in a format (escape.h): text is
 * for a terminal, json also serves JSONL.  Batch and diff rows use it. */
enum esc_kind report_esc_kind(enum report_format format);

/* Parse "text", "md", "html", "json" or "csv"; false if none. */
bool report_format_parse(const char *name, enum report_format *out);

/* Write the report; returns false if writing to out failed. */
bool report_write(FILE *out, const struct report_opts *o, const struct report *r);

/*
 * One finding as one line, FILE:LINE:COL: severity: PATH: message [rule],
 * its message in lang and every text escaped for kind (ESC_TERM at a
 * terminal, ESC_MD in Markdown).  The one way batch and diff write a
 * finding as text.
 */
void report_finding_line(FILE *out, enum esc_kind kind, const char *file,
                         const struct diag *d, enum report_lang lang);
/* The same at a terminal, in English: report_finding_line(out, ESC_TERM, …). */
void report_diag_line(FILE *out, const char *file, const struct diag *d);

/* One finding as a JSON object {"rule", "severity", "path", "line",
 * "column", "message"[, "basis"]}, its message in lang. */
void report_finding_json(FILE *out, const struct diag *d, enum report_lang lang,
                         bool basis);
