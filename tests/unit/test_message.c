/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of message.h: arguments written by type and name, in either
 * language, and the catalogue built into the program.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "digest.h"
#include "expect.h"
#include "message.h"
#include "money.h"
#include "strbuf.h"

#define ALEN(a) (sizeof(a) / sizeof((a)[0]))

static const char *render(struct strbuf *sb, const char *msgid,
                          struct msg_args args, enum report_lang lang)
{
    strbuf_reset(sb);
    msg_render(sb, msgid, args, lang);
    return sb->buf;
}

static void test_render_types(void **state)
{
    (void)state;
    const struct {      /* not static: the ARG_ macros are compound literals */
        struct msg_arg arg;
        const char *want;
    } cases[] = {
        { ARG_KR("x", INT64_C(6589313700)), "65.893.137" },
        { ARG_KR("x", INT64_C(658931370)), "6.589.313,70" },
        { ARG_KR("x", 0), "0" },
        { ARG_KR_ORE("x", INT64_C(100)), "1,00" },
        { ARG_KR_DELTA("x", INT64_C(59400000)), "+594.000" },
        { ARG_KR_DELTA("x", INT64_C(-163886330)), "-1.638.863,30" },
        { ARG_DEC("x", INT64_C(55510000)), "55,51" },
        { ARG_DEC("x", DEC_HUNDRED), "100" },
        { ARG_DEC_SHOWN("x", INT64_C(12345678), 6), "12,345678" },
        { ARG_DEC_SHOWN("x", INT64_C(12000000), 0), "12,00" },
        { ARG_X100("x", 243), "2,43" },
        { ARG_X100("x", -3090), "-30,90" },
        { ARG_INT("x", 224), "224" },
        { ARG_INT("x", -1), "-1" },
        { ARG_DATE("x", 20211103), "2021-11-03" },
        { ARG_TEXT("x", "Gartnergården"), "Gartnergården" },
        { ARG_TEXT("x", NULL), "" },
    };
    struct strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < ALEN(cases); i++)
        EXPECT_STR(render(&sb, "{x}", ARGV(1, &cases[i].arg), LANG_DA), cases[i].want,
                   "case %zu", i);
    strbuf_release(&sb);
}

static void test_render_names(void **state)
{
    (void)state;
    struct strbuf sb = STRBUF_INIT;
    EXPECT_STR(render(&sb, "{b} before {a}, {a} again",
                      ARGS(ARG_INT("a", 1), ARG_INT("b", 2)), LANG_EN),
               "2 before 1, 1 again", "arguments by name, in any order");
    EXPECT_STR(render(&sb, "{{literal} and {missing}", ARGS(ARG_INT("a", 1)),
                      LANG_EN),
               "{literal} and {missing}", "{{ is a brace; an unknown name stays");
    EXPECT_STR(render(&sb, "open {a", ARGS(ARG_INT("a", 1)), LANG_EN),
               "open {a", "an unclosed brace stays");
    EXPECT_STR(render(&sb, "no arguments", NO_ARGS, LANG_DA), "no arguments",
               "a message the catalogue lacks is its msgid");
    EXPECT_STR(render(&sb, "{ab}{a}", ARGS(ARG_INT("a", 1), ARG_INT("ab", 2)),
                      LANG_EN),
               "21", "a name is matched whole, not by prefix");
    strbuf_release(&sb);
}

static void test_plural(void **state)
{
    (void)state;
    EXPECT_STR(msg_plural("{n} warning", "{n} warnings", 1, LANG_EN),
               "{n} warning", "English one");
    EXPECT_STR(msg_plural("{n} warning", "{n} warnings", 0, LANG_EN),
               "{n} warnings", "English zero is plural");
    EXPECT_STR(msg_plural("{n} warning", "{n} warnings", 2, LANG_EN),
               "{n} warnings", "English many");
}

static void test_lang(void **state)
{
    (void)state;
    enum report_lang lang = LANG_EN;
    EXPECT_TRUE(report_lang_parse("da", &lang) && lang == LANG_DA, "da");
    EXPECT_TRUE(report_lang_parse("en", &lang) && lang == LANG_EN, "en");
    EXPECT_TRUE(!report_lang_parse("de", &lang) && lang == LANG_EN,
                "de is refused and changes nothing");
    EXPECT_TRUE(!report_lang_parse("", &lang), "empty is refused");
}

/* The audit trail's fingerprint, against FIPS 180-2's test vectors. */
static void test_sha256(void **state)
{
    (void)state;
    char hex[SHA256_HEX_LEN + 1];
    digest_sha256_hex("", 0, hex);
    EXPECT_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
               "empty");
    digest_sha256_hex("abc", 3, hex);
    EXPECT_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
               "abc");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_render_types),
        cmocka_unit_test(test_render_names),
        cmocka_unit_test(test_plural),
        cmocka_unit_test(test_lang),
        cmocka_unit_test(test_sha256),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
