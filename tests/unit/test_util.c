/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of what everything stands on: the text buffer (strbuf.c),
 * the allocators and the arena (xalloc.c), the number formats (format.c)
 * and the report format names (report.c), at the edges the program's own
 * runs do not reach: empty buffers, zero sizes, chunks larger than the
 * arena's, formats no report uses yet.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "expect.h"
#include "format.h"
#include "message.h"
#include "report.h"
#include "strbuf.h"
#include "xalloc.h"

static void test_strbuf_empty(void **state)
{
    (void)state;
    struct strbuf sb = STRBUF_INIT;
    strbuf_setlen(&sb, 0);      /* the shared "" stays itself */
    EXPECT_I64((int64_t)sb.alloc, 0, "nothing allocated");
    EXPECT_STR(sb.buf, "", "an empty buffer reads as \"\"");
    size_t len = 99;
    char *s = strbuf_detach(&sb, &len);
    EXPECT_STR(s, "", "detached empty");
    EXPECT_I64((int64_t)len, 0, "its length");
    free(s);                    /* caller-owned, not the shared "" */
    strbuf_release(&sb);
    strbuf_release(&sb);        /* twice is harmless */
    EXPECT_I64((int64_t)sb.len, 0, "released");
}

static void test_strbuf_grow(void **state)
{
    (void)state;
    struct strbuf sb = STRBUF_INIT;
    strbuf_grow(&sb, 1000);     /* 64 doubled to 1024 */
    EXPECT_I64((int64_t)sb.alloc, 1024, "first allocation, doubled");
    EXPECT_STR(sb.buf, "", "still empty");
    strbuf_grow(&sb, 10);       /* fits: no change */
    EXPECT_I64((int64_t)sb.alloc, 1024, "no second allocation");
    for (int i = 0; i < 300; i++)
        strbuf_addch(&sb, 'a' + i % 26);
    strbuf_addf(&sb, "|%d kr.|%s", 65893137, "æøå");
    EXPECT_I64((int64_t)sb.len, 300 + 14 + 6, "bytes added");
    EXPECT_CONTAINS(sb.buf, "xyzabc", "the letters wrap");
    EXPECT_CONTAINS(sb.buf, "|65893137 kr.|æøå", "the formatted tail");
    strbuf_setlen(&sb, 3);
    EXPECT_STR(sb.buf, "abc", "cut back");
    size_t len = 0;
    char *s = strbuf_detach(&sb, NULL);
    EXPECT_STR(s, "abc", "detached without a length");
    EXPECT_STR(sb.buf, "", "left empty");
    free(s);
    strbuf_addstr(&sb, "");
    s = strbuf_detach(&sb, &len);
    EXPECT_I64((int64_t)len, 0, "an empty add allocates but adds nothing");
    free(s);
}

static void test_xalloc_zero(void **state)
{
    (void)state;
    /* a size of 0 is one byte, never a NULL that looks like no memory */
    char *a = xmalloc(0), *b = xcalloc(0, 0), *c = xrealloc(NULL, 0);
    assert_non_null(a);
    assert_non_null(b);
    assert_non_null(c);
    EXPECT_I64(b[0], 0, "xcalloc zeroes");
    free(a);
    free(b);
    free(c);
    char *s = xasprintf("%s %d", "skema", 1);
    EXPECT_STR(s, "skema 1", "xasprintf");
    free(s);
    s = xstrdup("");
    EXPECT_STR(s, "", "xstrdup of empty");
    free(s);
}

static void test_arena(void **state)
{
    (void)state;
    arena_free(NULL);
    struct arena *a = arena_new();
    char *small = arena_strndup(a, "Gartnergården, 30 boliger", 14);
    EXPECT_STR(small, "Gartnergården", "strndup cuts at len (bytes)");
    /* larger than a chunk: a chunk of its own, zeroed */
    unsigned char *big = arena_alloc(a, 100000);
    EXPECT_I64(big[0] | big[99999], 0, "zeroed");
    memset(big, 0xff, 100000);
    /* fill the rest of the chunks: new ones follow, old pointers hold */
    for (int i = 0; i < 100; i++) {
        char *p = arena_alloc(a, 1000);
        EXPECT_I64((uintptr_t)p % _Alignof(max_align_t), 0, "aligned, %d", i);
        EXPECT_I64(p[999], 0, "zeroed, %d", i);
    }
    EXPECT_STR(small, "Gartnergården", "earlier text intact");
    EXPECT_I64(big[99999], 0xff, "earlier block intact");
    arena_free(a);
}

static void test_formats(void **state)
{
    (void)state;
    char buf[NUM_FMT_MAX];
    EXPECT_STR(fmt_x100(buf, 281), "2,81", "x100");
    EXPECT_STR(fmt_x100(buf, -3090), "-30,90", "x100 negative");
    EXPECT_STR(fmt_pct_x100(buf, 116), "+1,16", "signed x100");
    EXPECT_STR(fmt_dec1(buf, 116666667), "116,7", "one decimal, rounded");
    EXPECT_STR(fmt_dec1(buf, 125000000), "125,0", "one decimal kept");
    EXPECT_STR(fmt_pct(buf, 55510000), "55,51", "trailing zeros go");
    EXPECT_STR(fmt_pct(buf, 10000000), "10", "and the comma with them");
    EXPECT_STR(fmt_dec_plain(buf, 12345678), "12.345678", "plain, all six");
    EXPECT_STR(fmt_kr(buf, 658931370), "6.589.313,70", "kr with øre");
    EXPECT_STR(fmt_kr(buf, 6589313700), "65.893.137", "whole kr");
    EXPECT_STR(fmt_kr_ore(buf, 6589313700), "65.893.137,00", "øre always");
    EXPECT_STR(fmt_kr_delta(buf, -163886300), "-1.638.863", "a fall");
    EXPECT_STR(fmt_kr_delta(buf, 50), "+0,50", "a rise of øre");
    EXPECT_I64((int64_t)display_width("Håndværkerudgifter"), 18, "æ and å are one each");
    EXPECT_I64((int64_t)display_width(""), 0, "empty");
}

static void test_padded(void **state)
{
    (void)state;
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    fput_padded(f, "I alt", 8, false);
    fputc('|', f);
    fput_padded(f, "1.000", 8, true);
    fputc('|', f);
    fput_padded(f, "Grundudgifter", 4, true);   /* wider: never cut */
    fputc('|', f);
    fput_padded(f, "æ", 3, false);
    fclose(f);
    EXPECT_STR(text, "I alt   |   1.000|Grundudgifter|æ  ", "padding");
    free(text);
}

static void test_report_formats(void **state)
{
    (void)state;
    static const struct { const char *name; enum report_format f; enum esc_kind k; } c[] = {
        { "text", REPORT_TEXT, ESC_TERM }, { "md", REPORT_MD, ESC_MD },
        { "html", REPORT_HTML, ESC_HTML }, { "json", REPORT_JSON, ESC_JSON },
        { "csv", REPORT_CSV, ESC_CSV },
    };
    for (size_t i = 0; i < ALEN(c); i++) {
        enum report_format f = REPORT_TEXT;
        EXPECT_TRUE(report_format_parse(c[i].name, &f), "%s", c[i].name);
        EXPECT_I64(f, c[i].f, "%s", c[i].name);
        EXPECT_I64(report_esc_kind(f), c[i].k, "escaping of %s", c[i].name);
    }
    enum report_format f = REPORT_CSV;
    EXPECT_TRUE(!report_format_parse("xml", &f), "xml");
    EXPECT_TRUE(!report_format_parse("", &f), "empty");
    EXPECT_TRUE(!report_format_parse("TEXT", &f), "names are lower case");
    EXPECT_I64(f, REPORT_CSV, "untouched when refused");
    EXPECT_I64(report_esc_kind((enum report_format)99), ESC_TERM, "out of range");
}

/* An empty message is empty in Danish too: "" is the PO header's msgid,
 * which must never reach a report (as an ARG_MSG argument, say). */
static void test_empty_message(void **state)
{
    (void)state;
    EXPECT_STR(msg_text("", LANG_DA), "", "Danish");
    EXPECT_STR(msg_text("", LANG_EN), "", "English");
    struct strbuf sb = STRBUF_INIT;
    msg_render(&sb, "[{m}]", ARGS(ARG_MSG("m", "")), LANG_DA);
    EXPECT_STR(sb.buf, "[]", "an empty message argument");
    strbuf_release(&sb);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_strbuf_empty),
        cmocka_unit_test(test_strbuf_grow),
        cmocka_unit_test(test_xalloc_zero),
        cmocka_unit_test(test_arena),
        cmocka_unit_test(test_formats),
        cmocka_unit_test(test_padded),
        cmocka_unit_test(test_report_formats),
        cmocka_unit_test(test_empty_message),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
