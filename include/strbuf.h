/* SPDX-License-Identifier: MIT */
/*
 * A growable text buffer, after git's strbuf: always NUL-terminated,
 * never cut.  Every piece of text skema builds goes through one, so no
 * fixed char[N] can overflow or truncate in the middle of a character.
 *
 * A zeroed struct strbuf (STRBUF_INIT) is an empty buffer that owns
 * nothing; sb.buf is then "" and may be read but not freed.
 */
#pragma once

#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

struct strbuf {
    size_t len;     /* bytes in buf, not counting the NUL */
    size_t alloc;   /* bytes allocated; 0 while buf is the shared "" */
    char *buf;
};

extern char strbuf_empty[];
#define STRBUF_INIT { 0, 0, strbuf_empty }

void strbuf_init(struct strbuf *sb);

/* Free what sb owns and leave it empty (reusable). */
void strbuf_release(struct strbuf *sb);

/* Make room for at least extra more bytes (and the NUL). */
void strbuf_grow(struct strbuf *sb, size_t extra);

/* Bytes that can be added without growing. */
static inline size_t strbuf_avail(const struct strbuf *sb)
{
    return sb->alloc ? sb->alloc - sb->len - 1 : 0;
}

/* Set the length (at most the current length); the NUL follows. */
static inline void strbuf_setlen(struct strbuf *sb, size_t len)
{
    if (!sb->alloc)
        return;     /* the shared "" has length 0 already */
    if (len > sb->len)
        abort();
    sb->len = len;
    sb->buf[len] = '\0';
}

static inline void strbuf_reset(struct strbuf *sb) { strbuf_setlen(sb, 0); }

/* Inline, as git's: the loader and the writers add to a buffer that has
 * room nearly every time, a character or a key at a time. */
static inline void strbuf_add(struct strbuf *sb, const void *data, size_t len)
{
    if (!sb->alloc || strbuf_avail(sb) < len)
        strbuf_grow(sb, len);   /* also when empty: never write the shared "" */
    memcpy(sb->buf + sb->len, data, len);
    sb->len += len;
    sb->buf[sb->len] = '\0';
}

static inline void strbuf_addch(struct strbuf *sb, int c)
{
    if (strbuf_avail(sb) < 1)
        strbuf_grow(sb, 1);     /* also when empty, as avail is 0 */
    sb->buf[sb->len++] = (char)c;
    sb->buf[sb->len] = '\0';
}

void strbuf_addstr(struct strbuf *sb, const char *s);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));

/* Hand over the text: caller-owned, and sb is left empty. */
char *strbuf_detach(struct strbuf *sb, size_t *len);
