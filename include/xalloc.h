/* SPDX-License-Identifier: MIT */
/*
 * Allocation that aborts on out-of-memory, so that error paths only ever
 * deal with the user's data; and an arena for one document's nodes.
 */
#pragma once

#include <stdarg.h>
#include <stddef.h>

#define XALLOC_ATTR __attribute__((malloc, warn_unused_result))

void *xmalloc(size_t size) XALLOC_ATTR;
void *xcalloc(size_t n, size_t size) XALLOC_ATTR;
void *xrealloc(void *ptr, size_t size) __attribute__((warn_unused_result));
char *xstrdup(const char *s) XALLOC_ATTR;
/* A caller-owned, formatted string. */
char *xvasprintf(const char *fmt, va_list ap)
    __attribute__((format(printf, 1, 0))) XALLOC_ATTR;
char *xasprintf(const char *fmt, ...)
    __attribute__((format(printf, 1, 2))) XALLOC_ATTR;

/* A bump allocator: many small allocations, freed all at once. */
struct arena;

struct arena *arena_new(void);
/* Free the arena and everything allocated from it; NULL is a no-op. */
void arena_free(struct arena *arena);
/* Zeroed memory owned by the arena, aligned for any type. */
void *arena_alloc(struct arena *arena, size_t size) XALLOC_ATTR;
/* A NUL-terminated copy of s[0..len) owned by the arena. */
char *arena_strndup(struct arena *arena, const char *s, size_t len);
