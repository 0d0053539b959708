/* SPDX-License-Identifier: MIT */
/* Diagnostics; documented in include/diag.h */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>

#include "xalloc.h"

struct diag_list {
    struct diag *items;
    size_t count, cap;
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
    if (list->count == list->cap) {
        list->cap = list->cap ? list->cap * 2 : 16;
        list->items = xrealloc(list->items, list->cap * sizeof(struct diag));
    }
    list->items[list->count++] = (struct diag){
        .rule = rule,
        .severity = sev,
        .pos = pos,
        .path = xstrdup(path ? path : ""),
        .message = xvasprintf(fmt, ap),
    };
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

size_t diag_count(const struct diag_list *list)
{
    return list->count;
}

size_t diag_count_severity(const struct diag_list *list, enum severity sev)
{
    size_t n = 0;
    for (size_t i = 0; i < list->count; i++)
        n += list->items[i].severity == sev;
    return n;
}

bool diag_any_unreadable(const struct diag_list *list)
{
    for (size_t i = 0; i < list->count; i++)
        if (rule_info(list->items[i].rule)->unreadable)
            return true;
    return false;
}

const struct diag *diag_get(const struct diag_list *list, size_t i)
{
    return i < list->count ? &list->items[i] : NULL;
}

static bool before(const struct diag *a, const struct diag *b)
{
    if (a->pos.line != b->pos.line)
        return a->pos.line < b->pos.line;
    return a->pos.col < b->pos.col;
}

void diag_sort(struct diag_list *list)
{
    /* insertion sort: stable, and lists are short */
    for (size_t i = 1; i < list->count; i++) {
        struct diag d = list->items[i];
        size_t j = i;
        while (j > 0 && before(&d, &list->items[j - 1])) {
            list->items[j] = list->items[j - 1];
            j--;
        }
        list->items[j] = d;
    }
}
