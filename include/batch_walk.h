/* SPDX-License-Identifier: MIT */
/*
 * The walk of skema batch: the paths given, and under each directory the
 * *.yaml and *.yml files, in sorted order.  Owns which paths are
 * projects; each is handed to the walker's emit function.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct batch_walker;
typedef void (*batch_emit_fn)(struct batch_walker *w, const char *path);

/* The directories open on the way down, to notice a loop of links. */
struct batch_walker {
    bool follow;          /* follow symbolic links found in directories */
    batch_emit_fn emit;
    void *ctx;            /* for emit */
    struct { dev_t dev; ino_t ino; } stack[64];
    size_t depth;
};

/* One path given (given) or found: a file to check, or a directory to
 * walk. */
void batch_walk(struct batch_walker *w, const char *path, bool given);

/* strcmp order of two char *, for qsort. */
int batch_by_name(const void *a, const void *b);
