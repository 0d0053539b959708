/* SPDX-License-Identifier: MIT */
/*
 * The walk of skema batch: the paths given, and under each directory the
 * files whose names end in .yaml or .yml in any case, in sorted order.
 * Owns which paths are projects.  Every file and directory is visited
 * once (by device and inode), so a path given twice, a directory reached
 * again through a link, or a fan of links is walked once; there is no
 * depth limit, and whatever cannot be walked (a directory that cannot be
 * opened, a path too long, a dangling link) is handed on with the reason,
 * to become a row, never dropped.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>

struct batch_walker;

/* A path to check (why NULL), or one that cannot be, and why. */
typedef void (*batch_emit_fn)(struct batch_walker *w, const char *path,
                              const char *why);

struct batch_walker {
    bool follow;          /* follow symbolic links found in directories */
    batch_emit_fn emit;
    void *ctx;            /* for emit */
    /* the files and directories seen: a set of (device, inode) */
    struct batch_seen *seen;
    size_t nseen, cap;
};

/* One path given: a file to check, or a directory to walk. */
void batch_walk(struct batch_walker *w, const char *path);

/* Free what the walk kept. */
void batch_walker_release(struct batch_walker *w);

/* Whether a file name ends in .yaml or .yml, in any case. */
bool batch_is_yaml(const char *name);

/* strcmp order of two char *, for qsort. */
int batch_by_name(const void *a, const void *b);
