/* SPDX-License-Identifier: MIT */
/* The growable text buffer; documented in include/strbuf.h */
#include "strbuf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

char strbuf_empty[1];

void strbuf_init(struct strbuf *sb)
{
    *sb = (struct strbuf)STRBUF_INIT;
}

void strbuf_release(struct strbuf *sb)
{
    if (sb->alloc)
        free(sb->buf);
    strbuf_init(sb);
}

void strbuf_grow(struct strbuf *sb, size_t extra)
{
    if (extra >= SIZE_MAX / 2 - sb->len) {
        fputs("skema: text too large\n", stderr);
        abort();
    }
    size_t need = sb->len + extra + 1;
    if (need <= sb->alloc)
        return;
    size_t alloc = sb->alloc ? sb->alloc : 64;
    while (alloc < need)
        alloc *= 2;
    char *buf = xrealloc(sb->alloc ? sb->buf : NULL, alloc);
    if (!sb->alloc)
        buf[0] = '\0';
    sb->buf = buf;
    sb->alloc = alloc;
}

void strbuf_addstr(struct strbuf *sb, const char *s)
{
    strbuf_add(sb, s, strlen(s));
}

void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0)
        abort();    /* only an invalid format can do this */
    strbuf_grow(sb, (size_t)n);
    vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
    sb->len += (size_t)n;
}

void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    strbuf_vaddf(sb, fmt, ap);
    va_end(ap);
}

char *strbuf_detach(struct strbuf *sb, size_t *len)
{
    if (len)
        *len = sb->len;
    char *s = sb->alloc ? sb->buf : xstrdup("");
    strbuf_init(sb);
    return s;
}
