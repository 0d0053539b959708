/* SPDX-License-Identifier: MIT */
/* Diagnostics; documented in include/diag.h */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>

#include "xalloc.h"

/* Beyond this many, diagnostics are counted but not kept: a file of a
 * million wrong keys must not take a million lines or quadratic time. */
enum { DIAG_KEEP = 1000 };

struct diag_list {
    struct diag *items;
    size_t count, cap;
    size_t dropped;
    size_t by_severity[SEV_ERROR + 1];
    bool unreadable;
    enum severity keep;   /* below this, counted but never formatted */
};

struct diag_list *diag_list_new(void)
{
    return xcalloc(1, sizeof(struct diag_list));
}

void diag_list_free(struct diag_list *list)
{
    if (!list)
        return;
    for (size_t i = 0; i < list->count; i++) {
        free((char *)list->items[i].path);
        free((char *)list->items[i].message);
    }
    free(list->items);
    free(list);
}

static void add(struct diag_list *list, enum rule rule, enum severity sev,
                struct pos pos, const char *path, const char *fmt,
                va_list ap) __attribute__((format(printf, 6, 0)));

static void add(struct diag_list *list, enum rule rule, enum severity sev,
                struct pos pos, const char *path, const char *fmt, va_list ap)
{
    list->by_severity[sev]++;
    list->unreadable |= rule_info(rule)->unreadable;
    if (sev < list->keep)
        return;
    if (list->count == DIAG_KEEP) {
        list->dropped++;
        return;
    }
    if (list->count == list->cap) {
        list->cap = list->cap ? list->cap * 2 : 16;
        list->items = xrealloc(list->items, list->cap * sizeof(struct diag));
    }
    list->items[list->count] = (struct diag){
        .seq = list->count,
        .rule = rule,
        .severity = sev,
        .pos = pos,
        .path = xstrdup(path ? path : ""),
        .message = xvasprintf(fmt, ap),
    };
    list->count++;
}

void diag_add(struct diag_list *list, enum rule rule, struct pos pos,
              const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add(list, rule, rule_info(rule)->severity, pos, path, fmt, ap);
    va_end(ap);
}

void diag_note(struct diag_list *list, enum rule rule, struct pos pos,
               const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add(list, rule, SEV_NOTE, pos, path, fmt, ap);
    va_end(ap);
}

void diag_keep(struct diag_list *list, enum severity least)
{
    list->keep = least;
}

size_t diag_count(const struct diag_list *list)
{
    return list->count;
}

size_t diag_count_severity(const struct diag_list *list, enum severity sev)
{
    return list->by_severity[sev];
}

size_t diag_dropped(const struct diag_list *list)
{
    return list->dropped;
}

bool diag_any_unreadable(const struct diag_list *list)
{
    return list->unreadable;
}

const struct diag *diag_get(const struct diag_list *list, size_t i)
{
    return i < list->count ? &list->items[i] : NULL;
}

/* Position, then the order of insertion: qsort is not stable, so the
 * index makes it so. */
static int compare(const void *pa, const void *pb)
{
    const struct diag *a = pa, *b = pb;
    if (a->pos.line != b->pos.line)
        return a->pos.line < b->pos.line ? -1 : 1;
    if (a->pos.col != b->pos.col)
        return a->pos.col < b->pos.col ? -1 : 1;
    return (a->seq > b->seq) - (a->seq < b->seq);
}

void diag_sort(struct diag_list *list)
{
    if (list->count > 1)
        qsort(list->items, list->count, sizeof *list->items, compare);
}
