/* SPDX-License-Identifier: MIT */
/*
 * The workers of skema batch: paths go in in order, each is checked by
 * one of N threads, and the rows come out in the order the paths went
 * in, through a bounded window, so memory does not grow with the number
 * of projects.  Owns the threads, the window and the progress line.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "report_batch.h"

/*
 * Check one path, or (why not NULL) make the row of a path that cannot
 * be checked: with direct, write its row there; without, return the row
 * in r.line (caller-owned), for it to wait its turn.  Runs in a worker
 * thread: it may only read ctx, and may call no thread-unsafe function
 * (strerror, for one).
 */
typedef struct batch_row (*batch_job_fn)(const char *path, const char *why,
                                         const void *ctx, FILE *direct);

struct batch_pool;

/* A pool of jobs workers (1: no threads, rows straight out; at most
 * SKEMA_MAX_JOBS) writing rows to out; caller-owned, free with
 * batch_pool_free. */
struct batch_pool *batch_pool_new(size_t jobs, FILE *out, batch_job_fn job,
                                  const void *ctx);

/* Show a progress line on stderr once total paths are known. */
void batch_pool_progress(struct batch_pool *p, size_t total);

/* Queue one path (and why it cannot be checked, or NULL); blocks while
 * the window is full. */
void batch_pool_add(struct batch_pool *p, const char *path, const char *why);

/* Wait for every row to be written, and join the workers; count[] gets
 * the rows by status. */
void batch_pool_finish(struct batch_pool *p, size_t count[BATCH_STATUS__COUNT]);

void batch_pool_free(struct batch_pool *p);
