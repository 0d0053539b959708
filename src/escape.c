/* SPDX-License-Identifier: MIT */
/* One escaping layer per output kind; documented in include/escape.h */
#include "escape.h"

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

static const char replacement[] = "\xEF\xBF\xBD";   /* U+FFFD */

size_t utf8_seq_len(const unsigned char *s)
{
    unsigned char lo = 0x80, hi = 0xBF;
    size_t n;
    if (s[0] < 0x80)
        return 1;
    if (s[0] >= 0xC2 && s[0] <= 0xDF) {
        n = 2;
    } else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        n = 3;
        if (s[0] == 0xE0)
            lo = 0xA0;
        if (s[0] == 0xED)
            hi = 0x9F;
    } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        n = 4;
        if (s[0] == 0xF0)
            lo = 0x90;
        if (s[0] == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    return n;
}

/* What one character of the input is, for every kind of escaping. */
enum ch_class {
    CH_PLAIN,       /* printable, written as it is */
    CH_INVALID,     /* a byte that starts no UTF-8 sequence */
    CH_C0,          /* U+0000-U+001F and DEL */
    CH_C1,          /* U+0080-U+009F: a terminal may read CSI in them */
    CH_BIDI,        /* a bidirectional mark or override: U+200E-F,
                       U+202A-E, U+2066-9 ("Trojan Source") */
};

static enum ch_class classify(const unsigned char *p, size_t n, unsigned *cp)
{
    if (n == 0) {
        *cp = p[0];
        return CH_INVALID;
    }
    if (n == 1) {
        *cp = p[0];
        return p[0] < 0x20 || p[0] == 0x7F ? CH_C0 : CH_PLAIN;
    }
    if (n == 2 && p[0] == 0xC2 && p[1] < 0xA0) {
        *cp = p[1];
        return CH_C1;
    }
    if (n == 3 && p[0] == 0xE2) {
        *cp = 0x2000u | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        if ((*cp >= 0x200E && *cp <= 0x200F) || (*cp >= 0x202A && *cp <= 0x202E) ||
            (*cp >= 0x2066 && *cp <= 0x2069))
            return CH_BIDI;
    }
    return CH_PLAIN;
}

/* A character a terminal must not see raw, written so a reader sees it. */
static void add_visible(struct strbuf *out, enum ch_class c, unsigned cp)
{
    if (c == CH_INVALID || c == CH_C0)
        strbuf_addf(out, "\\x%02x", cp);
    else
        strbuf_addf(out, "\\u%04x", cp);
}

static void add_term(struct strbuf *out, const unsigned char *p)
{
    while (*p) {
        size_t n = utf8_seq_len(p);
        unsigned cp;
        enum ch_class c = classify(p, n, &cp);
        if (c == CH_PLAIN)
            strbuf_add(out, p, n);
        else
            add_visible(out, c, cp);
        p += n ? n : 1;
    }
}

/* Markdown gives these a meaning anywhere in a line. */
static const char md_inline[] = "\\`*_[]<>|#!&~@";
/* and these at the start of a line, before anything but a letter or a
 * digit (list items, setext underlines, thematic breaks); a value may be
 * put at the start of one.  "-5.855.000" stays as it is. */
static const char md_block[] = "-+=";

static bool alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static bool starts_ci(const unsigned char *p, const char *word)
{
    for (; *word; p++, word++)
        if (*p == '\0' || (*p | 0x20) != *word)
            return false;
    return true;
}

/* Does this character of s need a backslash in Markdown? */
static bool md_special(const unsigned char *s, const unsigned char *p)
{
    if (strchr(md_inline, *p))
        return true;
    if (p == s && strchr(md_block, *p) && !alnum(p[1]))
        return true;
    /* an ordered list marker: digits at the start, then . or ), then a
     * blank or the end */
    if ((*p == '.' || *p == ')') && p > s &&
        (p[1] == ' ' || p[1] == '\t' || p[1] == '\0')) {
        const unsigned char *q = s;
        while (q < p && *q >= '0' && *q <= '9')
            q++;
        if (q == p)
            return true;
    }
    /* GitHub's autolinks: scheme://, www. */
    if (*p == ':' && p[1] == '/' && p[2] == '/')
        return true;
    if (*p == '.' && p >= s + 3 && starts_ci(p - 3, "www"))
        return true;
    return false;
}

static void add_md(struct strbuf *out, const unsigned char *s)
{
    const unsigned char *p = s;
    while (*p) {
        size_t n = utf8_seq_len(p);
        unsigned cp;
        enum ch_class c = classify(p, n, &cp);
        if (c == CH_INVALID) {
            strbuf_addstr(out, replacement);
        } else if (c != CH_PLAIN) {
            strbuf_addch(out, '\\');      /* a visible backslash */
            add_visible(out, c, cp);
        } else {
            if (n == 1 && md_special(s, p))
                strbuf_addch(out, '\\');
            strbuf_add(out, p, n);
        }
        p += n ? n : 1;
    }
}

/*
 * Valid UTF-8 without C0 controls other than tab, CR and LF; in a quoted
 * field, '"' doubled.  What needs no change is copied a run at a time.
 */
static void add_csv_text(struct strbuf *out, const unsigned char *p, bool quoted)
{
    const unsigned char *run = p;
    while (*p) {
        if (*p >= 0x20 && *p < 0x7F) {
            if (quoted && *p == '"') {
                strbuf_add(out, run, (size_t)(p - run));
                strbuf_addch(out, '"');
                run = p;     /* the quote itself goes with the next run */
            }
            p++;
            continue;
        }
        size_t n = utf8_seq_len(p);
        unsigned cp;
        enum ch_class c = classify(p, n, &cp);
        bool keep = c == CH_PLAIN || c == CH_C1 || c == CH_BIDI ||
                    (c == CH_C0 && (*p == '\t' || *p == '\r' || *p == '\n'));
        if (!keep) {
            strbuf_add(out, run, (size_t)(p - run));
            if (c == CH_INVALID)
                strbuf_addstr(out, replacement);
            else
                add_visible(out, c, cp);
        }
        p += n ? n : 1;
        if (!keep)
            run = p;
    }
    strbuf_add(out, run, (size_t)(p - run));
}

static void add_csv(struct strbuf *out, const unsigned char *s)
{
    bool formula = *s && strchr("=+-@\t\r", *s);
    bool quoted = formula || strpbrk((const char *)s, ",\"\r\n");
    if (quoted)
        strbuf_addch(out, '"');
    if (formula)
        strbuf_addch(out, '\'');
    add_csv_text(out, s, quoted);
    if (quoted)
        strbuf_addch(out, '"');
}

static void add_json(struct strbuf *out, const unsigned char *p)
{
    strbuf_addch(out, '"');
    while (*p) {
        size_t n = utf8_seq_len(p);
        unsigned cp;
        enum ch_class c = classify(p, n, &cp);
        switch (*p) {
        case '"': strbuf_addstr(out, "\\\""); break;
        case '\\': strbuf_addstr(out, "\\\\"); break;
        case '\n': strbuf_addstr(out, "\\n"); break;
        case '\r': strbuf_addstr(out, "\\r"); break;
        case '\t': strbuf_addstr(out, "\\t"); break;
        default:
            if (c == CH_INVALID)
                strbuf_addstr(out, replacement);
            else if (c == CH_C0 || c == CH_C1)
                strbuf_addf(out, "\\u%04x", cp);
            else
                strbuf_add(out, p, n);
        }
        p += n ? n : 1;
    }
    strbuf_addch(out, '"');
}

static void add_html(struct strbuf *out, const unsigned char *p)
{
    while (*p) {
        size_t n = utf8_seq_len(p);
        unsigned cp;
        enum ch_class c = classify(p, n, &cp);
        switch (*p) {
        case '&': strbuf_addstr(out, "&amp;"); break;
        case '<': strbuf_addstr(out, "&lt;"); break;
        case '>': strbuf_addstr(out, "&gt;"); break;
        case '"': strbuf_addstr(out, "&quot;"); break;
        case '\'': strbuf_addstr(out, "&#39;"); break;
        default:
            /* controls are not allowed in HTML nor in the XML of the SVG */
            if (c == CH_INVALID || c == CH_C1 ||
                (c == CH_C0 && *p != '\t' && *p != '\n'))
                strbuf_addstr(out, replacement);
            else
                strbuf_add(out, p, n);
        }
        p += n ? n : 1;
    }
}

/*
 * The length of s when its kind of escaping writes it as it is: printable
 * ASCII with none of the kind's special characters (for Markdown also
 * none that is special only in some places); -1 when not.  Most values
 * (amounts, dates, keys, paths) are such, and a batch writes thousands of
 * them: they skip the character-by-character path.  The table repeats
 * the sets above, one bit per kind; test_escape checks that it never
 * lets through a character the long path would change.
 */
#define K(kind) (1u << (kind))
static const unsigned char special_in[128] = {
    [','] = K(ESC_CSV),
    ['"'] = K(ESC_CSV) | K(ESC_JSON) | K(ESC_HTML),
    ['\\'] = K(ESC_JSON) | K(ESC_MD),
    ['&'] = K(ESC_HTML) | K(ESC_MD),
    ['<'] = K(ESC_HTML) | K(ESC_MD),
    ['>'] = K(ESC_HTML) | K(ESC_MD),
    ['\''] = K(ESC_HTML),
    ['`'] = K(ESC_MD), ['*'] = K(ESC_MD), ['_'] = K(ESC_MD),
    ['['] = K(ESC_MD), [']'] = K(ESC_MD), ['|'] = K(ESC_MD),
    ['#'] = K(ESC_MD), ['!'] = K(ESC_MD), ['~'] = K(ESC_MD),
    ['@'] = K(ESC_MD),
    ['.'] = K(ESC_MD), [')'] = K(ESC_MD), [':'] = K(ESC_MD),
};
/* and at the start: a CSV formula, a Markdown block marker */
static const unsigned char special_first[128] = {
    ['='] = K(ESC_CSV) | K(ESC_MD),
    ['+'] = K(ESC_CSV) | K(ESC_MD),
    ['-'] = K(ESC_CSV) | K(ESC_MD),
    ['@'] = K(ESC_CSV) | K(ESC_MD),
};

static ptrdiff_t plain_len(enum esc_kind kind, const unsigned char *s)
{
    unsigned bit = K(kind);
    if (*s < 0x80 && (special_first[*s] & bit))
        return -1;
    const unsigned char *p = s;
    for (; *p; p++)
        if (*p < 0x20 || *p >= 0x7F || (special_in[*p] & bit))
            return -1;
    return p - s;
}
#undef K

void esc_add(struct strbuf *out, enum esc_kind kind, const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    ptrdiff_t plain = plain_len(kind, p);
    if (plain >= 0) {
        if (kind == ESC_JSON)
            strbuf_addch(out, '"');
        strbuf_add(out, p, (size_t)plain);
        if (kind == ESC_JSON)
            strbuf_addch(out, '"');
        return;
    }
    switch (kind) {
    case ESC_TERM: add_term(out, p); return;
    case ESC_MD: add_md(out, p); return;
    case ESC_CSV: add_csv(out, p); return;
    case ESC_JSON: add_json(out, p); return;
    case ESC_HTML: add_html(out, p); return;
    }
}

void esc_write(FILE *out, enum esc_kind kind, const char *s)
{
    if (!out)
        return;
    ptrdiff_t plain = plain_len(kind, (const unsigned char *)(s ? s : ""));
    if (plain >= 0 && kind != ESC_JSON) {
        fwrite(s ? s : "", 1, (size_t)plain, out);
        return;
    }
    struct strbuf sb = STRBUF_INIT;
    esc_add(&sb, kind, s);
    fwrite(sb.buf, 1, sb.len, out);
    strbuf_release(&sb);
}

void esc_md_code(FILE *out, const char *s)
{
    struct strbuf text = STRBUF_INIT;
    add_term(&text, (const unsigned char *)(s ? s : ""));
    size_t run = 0, longest = 0;
    for (size_t i = 0; i < text.len; i++) {
        run = text.buf[i] == '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    bool pad = text.len && (text.buf[0] == '`' || text.buf[text.len - 1] == '`');
    for (size_t i = 0; i <= longest; i++)
        fputc('`', out);
    fputs(pad ? " " : "", out);
    fwrite(text.buf, 1, text.len, out);
    fputs(pad ? " " : "", out);
    for (size_t i = 0; i <= longest; i++)
        fputc('`', out);
    strbuf_release(&text);
}
