/* SPDX-License-Identifier: MIT */
/*
 * Diagnostics: every problem skema finds, with where it is in the user's
 * file.  A list collects them all; nothing is printed until the caller
 * decides (practice: collect, then decide).
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rules.h"

/* A place in the user's file, 1-based.  line 0 means "no place". */
struct pos {
    uint32_t line;
    uint32_t col;
};

struct diag {
    enum rule rule;
    enum severity severity;
    struct pos pos;
    const char *path;    /* key path such as "skema.C.anskaffelsessum.i_alt"; "" for the document */
    const char *message;
    size_t seq;          /* order of insertion, for a stable sort */
};

struct diag_list;

/* A new, empty list.  Never NULL (allocation failure aborts). */
struct diag_list *diag_list_new(void);

/* Free the list and every diagnostic in it; NULL is a no-op. */
void diag_list_free(struct diag_list *list);

/*
 * Add a diagnostic of `rule` at its policy severity (rules.h).  path and
 * the formatted message are copied.
 */
void diag_add(struct diag_list *list, enum rule rule, struct pos pos,
              const char *path, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Add information under `rule`: always a note, whatever the policy
 * severity.  Used for "not checked: why" and for rounding differences. */
void diag_note(struct diag_list *list, enum rule rule, struct pos pos,
               const char *path, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/*
 * Keep only diagnostics of severity `least` or above; the others are
 * counted (diag_count_severity) but never formatted.  For a summary that
 * shows counts, where formatting every note would be wasted work.
 */
void diag_keep(struct diag_list *list, enum severity least);

/* Diagnostics kept (at most 1000; later ones are only counted). */
size_t diag_count(const struct diag_list *list);
/* All diagnostics of a severity, kept or not. */
size_t diag_count_severity(const struct diag_list *list, enum severity sev);
/* How many were counted but not kept. */
size_t diag_dropped(const struct diag_list *list);

/* True if any diagnostic's rule makes the input unreadable (rules.h). */
bool diag_any_unreadable(const struct diag_list *list);

/* The i-th diagnostic, borrowed; valid until the list changes or is freed. */
const struct diag *diag_get(const struct diag_list *list, size_t i);

/* Order by position (line, column), keeping the order of equal places. */
void diag_sort(struct diag_list *list);
