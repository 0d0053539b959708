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
    enum report_format format;   /* text, md, html or json */
    enum report_lang lang;
};

/* One value that differs between the two versions; for an amount,
 * delta is its change (compare_change); for a date, days is (has_days). */
struct diff_change {
    char *path;
    enum field_type type;
    struct val old, new;
    struct change delta;
    bool has_days;
    int64_t days;
};

/* A finding of the same rule at the same key path in both versions whose
 * message differs: the case worker reads it as changed, not as one gone
 * and one new. */
struct diff_finding_pair {
    const struct diag *old, *new;
};

/* Everything that differs between two versions of a file. */
struct diff_versions {
    const struct checked *old, *new;
    size_t nchanges;
    const struct diff_change *changes;
    const struct diag **gone, **came;    /* findings resolved, new */
    size_t ngone, ncame;
    const struct diff_finding_pair *changed;
    size_t nchanged;
};

/* Write the changes between two versions. */
void report_diff_versions(FILE *out, const struct diff_format *o,
                          const struct diff_versions *v);

/* Two stages of one project (both present) and what changed between
 * them (compare_pair, and compare_stated for dwellings and areas). */
struct diff_stages {
    const struct checked *c;
    enum stage from, to;
    struct comparison cmp;
    struct stated_changes stated;
};

/* Write the table of two stages; changed: whether anything did. */
void report_diff_stages(FILE *out, const struct diff_format *o,
                        const struct diff_stages *d, bool changed);
