/* SPDX-License-Identifier: MIT */
/* Diagnostics; documented in include/diag.h */
#include "diag.h"

#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

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
    enum severity keep;   /* below this, counted but never stored */
    struct arena *text;   /* paths and argument texts of the kept ones */
};

struct diag_list *diag_list_new(void)
{
    struct diag_list *list = xcalloc(1, sizeof(struct diag_list));
    list->text = arena_new();
    return list;
}

void diag_list_free(struct diag_list *list)
{
    if (!list)
        return;
    arena_free(list->text);
    free(list->items);
    free(list);
}

static const char *keep_text(struct diag_list *list, const char *s)
{
    return arena_strndup(list->text, s, strlen(s));
}

/* Add `d` (its rule, severity, place, path and msgid) with args. */
static void add(struct diag_list *list, struct diag d, struct msg_args args)
{
    const enum rule rule = d.rule;
    const enum severity sev = d.severity;
    /* a finding always says something, and a reason inside it too: a
     * "not checked: (null)" cannot be made */
    assert(d.msgid);
    for (size_t i = 0; i < args.n; i++)
        assert(args.v[i].type != MSG_MSGID || args.v[i].s);
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
    struct msg_arg *copy = NULL;
    if (args.n) {
        copy = arena_alloc(list->text, args.n * sizeof *copy);
        for (size_t i = 0; i < args.n; i++) {
            copy[i] = args.v[i];
            if (args.v[i].type == MSG_TEXT)
                copy[i].s = keep_text(list, args.v[i].s ? args.v[i].s : "");
        }
    }
    d.seq = list->count;
    d.path = keep_text(list, d.path ? d.path : "");
    d.nargs = args.n;
    d.args = copy;
    list->items[list->count] = d;
    list->count++;
}

void diag_add(struct diag_list *list, enum rule rule, struct pos pos,
              const char *path, const char *msgid, struct msg_args args)
{
    add(list, (struct diag){ .rule = rule, .severity = rule_info(rule)->severity,
                             .pos = pos, .path = path, .msgid = msgid }, args);
}

void diag_note(struct diag_list *list, enum rule rule, struct pos pos,
               const char *path, const char *msgid, struct msg_args args)
{
    add(list, (struct diag){ .rule = rule, .severity = SEV_NOTE, .pos = pos,
                             .path = path, .msgid = msgid }, args);
}

void diag_unchecked(struct diag_list *list, enum rule rule, struct pos pos,
                    const char *path, enum unchecked kind, const char *msgid,
                    struct msg_args args)
{
    assert(kind != UNCHECKED_NONE);
    add(list, (struct diag){ .rule = rule, .severity = SEV_NOTE,
                             .unchecked = kind, .pos = pos, .path = path,
                             .msgid = msgid }, args);
}

void diag_reason(struct strbuf *out, const struct diag *d,
                 enum report_lang lang)
{
    msg_render(out, d->msgid, ARGV(d->nargs, d->args), lang);
}

void diag_message(struct strbuf *out, const struct diag *d,
                  enum report_lang lang)
{
    static const char *const said[] = {
        [UNCHECKED_CHECKED] = N_("not checked: {reason}"),
        [UNCHECKED_PER_TYPE] = N_("not checked per type: {reason}"),
        [UNCHECKED_COMPUTED] = N_("not computed: {reason}"),
        [UNCHECKED_DECIDED] = N_("not decided: {reason}"),
        [UNCHECKED_COMPARED] = N_("not compared: {reason}"),
    };
    if (d->unchecked == UNCHECKED_NONE || d->unchecked == UNCHECKED_WHOLE) {
        diag_reason(out, d, lang);
        return;
    }
    struct strbuf reason = STRBUF_INIT;
    diag_reason(&reason, d, lang);
    msg_render(out, said[d->unchecked], ARGS(ARG_TEXT("reason", reason.buf)),
               lang);
    strbuf_release(&reason);
}

const char *diag_text(struct strbuf *sb, const struct diag *d,
                      enum report_lang lang)
{
    strbuf_reset(sb);
    diag_message(sb, d, lang);
    return sb->buf;
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
