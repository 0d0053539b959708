/* SPDX-License-Identifier: MIT */
/*
 * The output of skema diff: the changes between two stages of one
 * project, or between two versions of its file, in text, md or json.
 * Owns how a diff is written; what changed is found by compare
 * (compare.h) and project_diff (project.h), never here.
 */
#pragma once

#include <stdbool.h>
#include <stdio.h>

#include "checked.h"
#include "report.h"
#include "schema.h"

struct diff_format {
    enum report_format format;   /* text, md or json */
    enum report_lang lang;
};

/* One value that differs between the two versions. */
struct diff_change {
    char *path;
    enum field_type type;
    struct val old, new;
};

/* Everything that differs between two versions of a file. */
struct diff_versions {
    const struct checked *old, *new;
    size_t nchanges;
    const struct diff_change *changes;
    const struct diag **gone, **came;    /* findings that went away, appeared */
    size_t ngone, ncame;
};

/* Write the changes between two versions. */
void report_diff_versions(FILE *out, const struct diff_format *o,
                          const struct diff_versions *v);

/* Write the table of the stages from and to of c (both present); true
 * when anything changed. */
bool report_diff_stages(FILE *out, const struct diff_format *o,
                        const struct checked *c, enum stage from, enum stage to);
