/* SPDX-License-Identifier: MIT */
/*
 * The rows of skema batch: one line per project, its header and the
 * totals, in text, md, csv or jsonl.  Owns the batch row's columns and
 * how they are written; the figures come from the checked result
 * (struct figures), never computed here.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

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
    const char *path, *sagsnummer, *navn, *kommune, *boligtype, *stage;
    char total[NUM_FMT_MAX], headroom[NUM_FMT_MAX], grundkapital[NUM_FMT_MAX];
    bool has_total, has_headroom, has_grundkapital;
    int64_t total_ore, headroom_ore, grundkapital_ore;
    const char *first;    /* the first error of an unreadable or broken file */
};

/* Fill f's project cells from the latest stage of a loaded project. */
void batch_fields_fill(struct batch_fields *f, const struct checked *c,
                       enum report_lang lang);

/* The first error of c as one line, caller-owned; NULL when none. */
char *batch_first_error(const struct checked *c);

/* Write one row. */
void batch_write_row(FILE *out, const struct batch_format *o,
                     const struct batch_fields *f, const struct batch_row *r);

/* The header line(s) before the rows (none for jsonl). */
void batch_write_header(FILE *out, const struct batch_format *o);

/* The totals after the rows, counted by status (CSV: to stderr). */
void batch_write_totals(FILE *out, const struct batch_format *o,
                        const size_t count[BATCH_STATUS__COUNT]);
