/* SPDX-License-Identifier: MIT */
/*
 * The limits of the program, named once: every command and its --help
 * use these, so a limit is changed in one place.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

/* The largest input file read by default (--max-bytes): 4 MiB. */
#define SKEMA_MAX_BYTES_DEFAULT ((size_t)4 << 20)
#define SKEMA_MAX_BYTES_DEFAULT_TEXT "4194304"   /* the same, for --help */
/* The largest --max-bytes accepted; a larger number is refused, never
 * saturated. */
#define SKEMA_MAX_BYTES_LIMIT (SIZE_MAX / 2)

/* How many --rates files one run takes. */
#define SKEMA_MAX_RATES_FILES 16

/* batch: the most workers -j may ask for, and the most the default (the
 * number of CPUs) gives. */
#define SKEMA_MAX_JOBS 256
#define SKEMA_DEFAULT_JOBS_MAX 32
#define SKEMA_DEFAULT_JOBS_MAX_TEXT "32"   /* the same, for --help */

/* batch: rows kept in memory while they wait for their turn. */
#define SKEMA_BATCH_WINDOW 256
