/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of escape.h: each output kind, table-driven, over the
 * classes of hostile text (controls, C1, bidi, bytes that are not UTF-8,
 * Markdown, CSV formulas, JSON and HTML specials).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "escape.h"
#include "expect.h"
#include "strbuf.h"

struct esc_case {
    const char *in, *want;
};

static void run(enum esc_kind kind, const struct esc_case *c, size_t n)
{
    struct strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < n; i++) {
        strbuf_reset(&sb);
        esc_add(&sb, kind, c[i].in);
        EXPECT_STR(sb.buf, c[i].want, "%s", c[i].in);
    }
    strbuf_release(&sb);
}

static void test_term(void **state)
{
    (void)state;
    static const struct esc_case c[] = {
        { "Gartnergården", "Gartnergården" },
        { "a\x1b[2Jb", "a\\x1b[2Jb" },
        { "\x1b]0;t\x07", "\\x1b]0;t\\x07" },
        { "cr\rlf\ntab\t", "cr\\x0dlf\\x0atab\\x09" },
        { "del\x7f", "del\\x7f" },
        { "c1\xc2\x9b", "c1\\u009b" },
        { "bidi\xe2\x80\xae", "bidi\\u202e" },
        { "bad\xff\xc3", "bad\\xff\\xc3" },
        { "over\xc0\xaf", "over\\xc0\\xaf" },
        { "sur\xed\xa0\x80", "sur\\xed\\xa0\\x80" },
        { "", "" },
    };
    run(ESC_TERM, c, ALEN(c));
}

static void test_md(void **state)
{
    (void)state;
    static const struct esc_case c[] = {
        { "Gartnergården", "Gartnergården" },
        { "# H", "\\# H" },
        { "- item", "\\- item" },
        { "+ item", "\\+ item" },
        { "-5.855.000", "-5.855.000" },
        { "1. first", "1\\. first" },
        { "18/10869", "18/10869" },
        { "65.893.137", "65.893.137" },
        { "a | b", "a \\| b" },
        { "![x](y)", "\\!\\[x\\](y)" },
        { "K&amp;<b>", "K\\&amp;\\<b\\>" },
        { "*_`~", "\\*\\_\\`\\~" },
        { "http://x", "http\\://x" },
        { "www.x.dk", "www\\.x.dk" },
        { "a\nb", "a\\\\x0ab" },
        { "bad\xff", "bad\xef\xbf\xbd" },
        { "Høje-Taastrup", "Høje-Taastrup" },
    };
    run(ESC_MD, c, ALEN(c));
}

static void test_csv(void **state)
{
    (void)state;
    static const struct esc_case c[] = {
        { "plain", "plain" },
        { "a,b", "\"a,b\"" },
        { "say \"x\"", "\"say \"\"x\"\"\"" },
        { "=1+1", "\"'=1+1\"" },
        { "+1", "\"'+1\"" },
        { "-1", "\"'-1\"" },
        { "@SUM(A1)", "\"'@SUM(A1)\"" },
        { "\tx", "\"'\tx\"" },
        { "\rx", "\"'\rx\"" },
        { "a=b", "a=b" },
        { "esc\x1b", "esc\\x1b" },
        { "bad\xff", "bad\xef\xbf\xbd" },
        { "", "" },
    };
    run(ESC_CSV, c, ALEN(c));
}

static void test_json(void **state)
{
    (void)state;
    static const struct esc_case c[] = {
        { "plain", "\"plain\"" },
        { "q\"b\\", "\"q\\\"b\\\\\"" },
        { "\n\r\t", "\"\\n\\r\\t\"" },
        { "\x1b\x7f", "\"\\u001b\\u007f\"" },
        { "\xc2\x9b", "\"\\u009b\"" },
        { "bad\xff\xc3", "\"bad\xef\xbf\xbd\xef\xbf\xbd\"" },
        { "æøå", "\"æøå\"" },
    };
    run(ESC_JSON, c, ALEN(c));
}

static void test_html(void **state)
{
    (void)state;
    static const struct esc_case c[] = {
        { "<b>&\"'", "&lt;b&gt;&amp;&quot;&#39;" },
        { "&amp;", "&amp;amp;" },
        { "esc\x1b", "esc\xef\xbf\xbd" },
        { "bad\xff", "bad\xef\xbf\xbd" },
        { "c1\xc2\x85", "c1\xef\xbf\xbd" },
        { "æ\n", "æ\n" },
    };
    run(ESC_HTML, c, ALEN(c));
}

static void test_utf8_len(void **state)
{
    (void)state;
    EXPECT_I64((int64_t)utf8_seq_len((const unsigned char *)"a"), 1, "ascii");
    EXPECT_I64((int64_t)utf8_seq_len((const unsigned char *)"æ"), 2, "æ");
    EXPECT_I64((int64_t)utf8_seq_len((const unsigned char *)"€"), 3, "€");
    EXPECT_I64((int64_t)utf8_seq_len((const unsigned char *)"\xf0\x9f\x98\x80"), 4, "emoji");
    EXPECT_I64((int64_t)utf8_seq_len((const unsigned char *)"\xc3"), 0, "cut");
    EXPECT_I64((int64_t)utf8_seq_len((const unsigned char *)"\xe0\x80\x80"), 0, "overlong");
    EXPECT_I64((int64_t)utf8_seq_len((const unsigned char *)"\xf4\x90\x80\x80"), 0,
               "above U+10FFFF");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_term),
        cmocka_unit_test(test_md),
        cmocka_unit_test(test_csv),
        cmocka_unit_test(test_json),
        cmocka_unit_test(test_html),
        cmocka_unit_test(test_utf8_len),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
