/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of escape.h: each output kind, table-driven, over the
 * classes of hostile text (controls, C1, bidi, bytes that are not UTF-8,
 * Markdown, CSV formulas, JSON and HTML specials).
 */
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
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
        { "Høje-Taastrup", "Høje-Taastrup" },
        { "\"æ\"\x1b,\xc2\x9b\xff", "\"\"\"æ\"\"\\x1b,\xc2\x9b\xef\xbf\xbd\"" },
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

/*
 * Text of printable ASCII with nothing special in it is written whole,
 * without the character-by-character path (plain_len).  That shortcut
 * must never pass a character the long path would change: each
 * printable ASCII character X that comes out of esc_add unchanged must
 * also come out unchanged between two "é" (which send the text the long
 * way), and esc_write must write what esc_add gives.
 */
static void test_plain_shortcut(void **state)
{
    (void)state;
    static const enum esc_kind kinds[] = { ESC_TERM, ESC_MD, ESC_CSV, ESC_JSON,
                                           ESC_HTML };
    struct strbuf alone = STRBUF_INIT, mid = STRBUF_INIT, want = STRBUF_INIT;
    unsigned shortcut = 0;
    for (size_t k = 0; k < ALEN(kinds); k++) {
        bool json = kinds[k] == ESC_JSON;
        for (char x = 0x20; x < 0x7F; x++) {
            char in[2] = { x, '\0' }, in_mid[8];
            snprintf(in_mid, sizeof in_mid, "\xc3\xa9%c\xc3\xa9", x);
            strbuf_reset(&alone);
            strbuf_reset(&mid);
            strbuf_reset(&want);
            esc_add(&alone, kinds[k], in);
            esc_add(&mid, kinds[k], in_mid);
            strbuf_addstr(&want, json ? "\"" : "");
            strbuf_addstr(&want, in);
            strbuf_addstr(&want, json ? "\"" : "");
            if (strcmp(alone.buf, want.buf) == 0) {
                shortcut++;
                strbuf_reset(&want);
                strbuf_addstr(&want, json ? "\"" : "");
                strbuf_addstr(&want, in_mid);
                strbuf_addstr(&want, json ? "\"" : "");
                EXPECT_STR(mid.buf, want.buf, "kind %d, '%c' in the middle",
                           (int)kinds[k], x);
            }
            char *written = NULL;
            size_t len = 0;
            FILE *f = open_memstream(&written, &len);
            esc_write(f, kinds[k], in);
            fclose(f);
            EXPECT_STR(written, alone.buf, "esc_write, kind %d, '%c'",
                       (int)kinds[k], x);
            free(written);
        }
    }
    /* letters and digits at least, in every kind */
    EXPECT_TRUE(shortcut >= 5 * 62, "%u characters written as they are", shortcut);
    strbuf_release(&alone);
    strbuf_release(&mid);
    strbuf_release(&want);
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
        cmocka_unit_test(test_plain_shortcut),
        cmocka_unit_test(test_utf8_len),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
