/* SPDX-License-Identifier: MIT */
/*
 * Writing a report file so that it is either wholly there or not changed:
 * the report goes to a temporary file in the same directory, which is
 * renamed over the target only when every byte was written.  A report
 * written over a file keeps that file's permission bits; a path that is a
 * symbolic link writes the link's target (beside which the temporary
 * file is made), as editors do, and the link stays.  While the temporary
 * file exists, SIGINT, SIGTERM and SIGHUP remove it before the program
 * dies of them.  One report file at a time.
 */
#pragma once

#include <stdbool.h>
#include <stdio.h>

struct output {
    FILE *file;          /* write the report here */
    char *path;          /* the target: the file the path names, through links */
    char *tmp;           /* the temporary file, beside it */
};

/*
 * Open a temporary file beside path.  Refuses a path that names one of
 * the inputs (so that a report never replaces what it reports on).  On
 * failure returns false with a caller-owned message in *err.
 */
bool output_open(struct output *o, const char *path, const char *const *inputs,
                 size_t ninputs, char **err);

/* Flush, sync and rename into place; on any failure the temporary file is
 * removed, the target untouched, and *err says why. */
bool output_commit(struct output *o, char **err);

/* Give up: remove the temporary file.  Safe after a failed commit. */
void output_abort(struct output *o);
