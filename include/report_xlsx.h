/* SPDX-License-Identifier: MIT */
/*
 * Excel workbooks (xlsx, written with libxlsxwriter) for check and batch:
 * amounts as numbers in kroner with a thousands format (Excel shows them
 * in the reader's locale), percentages as percentages, dates as dates,
 * headers in the report's language, a frozen header row.  A workbook is
 * binary: the commands write it only to a file (-o), never to a terminal
 * or a pipe.  Owns the one conversion of an amount to an Excel number.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "report.h"
#include "report_batch.h"

/* Whether libxlsxwriter can be opened (include/dynlib.h); when not, said
 * on stderr.  Asked before any work, so that a long batch does not end
 * in finding it missing. */
bool report_xlsx_ready(void);

/* check: one sheet per table of the report, and the findings. */
bool report_xlsx(FILE *out, const struct report *r, const struct report_opts *o);

/* batch: one row per record in buf (batch_record_split's records, len
 * bytes, changed in place), a totals row, autofilter and the status
 * coloured. */
bool batch_write_xlsx(FILE *out, const struct batch_format *o, char *buf, size_t len,
                      const size_t count[BATCH_STATUS__COUNT]);
