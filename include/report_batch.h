/* SPDX-License-Identifier: MIT */
/*
 * The rows of skema batch: one line per project, its header and the
 * totals, in text, md, csv, jsonl or xlsx.  Owns the batch row's columns
 * and how they are written; the figures come from the checked result
 * (struct figures), never computed here.
 *
 * text and xlsx are laid out only when every row is in (the text table's
 * column widths, the workbook): their rows are records, one a line, cells
 * separated by a tab, user text escaped for a terminal (so no cell holds
 * a tab or a line break), amounts in øre.  batch_record_split reads one
 * back.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "check.h"
#include "format.h"
#include "report.h"

struct checked;

/* What became of one project. */
enum batch_status { BATCH_OK, BATCH_WARNINGS, BATCH_ERRORS, BATCH_UNREADABLE,
                    BATCH_STATUS__COUNT };

/* How the rows are written. */
struct batch_format {
    enum report_format format;   /* REPORT_JSON stands for jsonl */
    enum report_lang lang;
};

/* One project's row: its status and counts, and the row as written
 * (caller-owned) when it waits for its turn. */
struct batch_row {
    enum batch_status status;
    size_t errors, warnings;
    char *line;
};

/* The cells of a row, borrowed from a checked result (or the message of
 * a file that could not be read). */
struct batch_fields {
    const char *path, *sagsnummer, *navn, *kommune, *stage;
    int housing;                  /* enum housing, or -1 when not known */
    struct amount_opt total, headroom, grundkapital;
    bool headroom_open;           /* the cap is a lower bound: room ≥ headroom */
    int first_sev;                /* enum severity of first, or -1 */
    const char *first;            /* the first finding of the worst severity */
};

/* A record's cells (text and xlsx), in this order. */
enum batch_col {
    BC_PATH, BC_SAGSNUMMER, BC_NAVN, BC_KOMMUNE, BC_HOUSING, BC_STAGE,
    BC_TOTAL, BC_HEADROOM, BC_HEADROOM_OPEN, BC_GRUNDKAPITAL, BC_ERRORS,
    BC_WARNINGS, BC_STATUS, BC_FIRST_SEV, BC_FIRST, BC__COUNT
};

/* Fill f's project cells from the latest stage of a loaded project. */
void batch_fields_fill(struct batch_fields *f, const struct checked *c);

/* The first finding of the worst severity kept in c (an error, else a
 * warning) as one line in lang, caller-owned, its severity in *sev; NULL
 * when none. */
char *batch_worst_finding(const struct checked *c, enum report_lang lang, int *sev);

/* Write one row. */
void batch_write_row(FILE *out, const struct batch_format *o,
                     const struct batch_fields *f, const struct batch_row *r);

/* The header line(s) before the rows (md and csv only). */
void batch_write_header(FILE *out, const struct batch_format *o);

/* The totals after the rows, counted by status (CSV: to stderr). */
void batch_write_totals(FILE *out, const struct batch_format *o,
                        const size_t count[BATCH_STATUS__COUNT]);

/* The text table of the records in buf (len bytes, changed in place):
 * header, rows with aligned columns, by display width. */
void batch_write_table(FILE *out, const struct batch_format *o, char *buf, size_t len);

/* Split the record at *p (up to end) into cell[BC__COUNT], NUL-ending
 * each cell in place; *p moves past the record.  False at the end or
 * on a record of another shape. */
bool batch_record_split(char **p, char *end, char *cell[BC__COUNT]);

/* The column headers and the status names, in lang. */
const char *batch_column_label(enum batch_col col, enum report_lang lang);
const char *batch_status_label(enum batch_status s, enum report_lang lang);

/* The totals line in lang ("8 projekter: 2 rene, ..."), appended to sb. */
void batch_totals_text(struct strbuf *sb, enum report_lang lang,
                       const size_t count[BATCH_STATUS__COUNT]);
