/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of money.h and format.h: parsing decimal text into exact
 * fixed-point integers, the overflow-checked arithmetic, the one rounding
 * rule (half away from zero) and the Danish and plain number formats.
 *
 * Table-driven: each test walks an array of {input, expected} cases and
 * names the failing case.
 */
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "expect.h"

#include "format.h"
#include "money.h"

/* A value that no case produces, to see that *out is left alone. */
#define SENTINEL INT64_C(-7777777777777)

static enum num_status parse(const char *s, unsigned decimals, int64_t *out)
{
    return num_parse(s, strlen(s), decimals, out);
}

/* ---- num_parse: accepted forms ---------------------------------------- */

static void test_parse_valid(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        unsigned decimals;
        int64_t value;
    } cases[] = {
        /* amounts, øre (2 decimals) */
        { "0", 2, 0 },
        { "5", 2, 500 },
        { "0.5", 2, 50 },
        { "0.05", 2, 5 },
        { "0.00", 2, 0 },
        { "5.10", 2, 510 },
        { "8959000", 2, 895900000 },
        { "8959000.5", 2, 895900050 },
        { "8_959_000", 2, 895900000 },
        { "65_893_137", 2, 6589313700 },
        { "1_000", 2, 100000 },
        { "12_345", 2, 1234500 },
        { "123_456", 2, 12345600 },
        { "1_000_000.25", 2, 100000025 },
        { "92233720368547758.07", 2, INT64_MAX },
        { "92_233_720_368_547_758.07", 2, INT64_MAX },
        { "92233720368547758", 2, INT64_C(9223372036854775800) },
        /* percentages and areas, millionths (6 decimals) */
        { "0", 6, 0 },
        { "55.51", 6, 55510000 },
        { "88", 6, 88000000 },
        { "100", 6, 100000000 },
        { "0.000001", 6, 1 },
        { "1950.25", 6, 1950250000 },
        { "1_950.123456", 6, 1950123456 },
        { "9223372036854.775807", 6, INT64_MAX },
        /* counts (0 decimals) */
        { "0", 0, 0 },
        { "1", 0, 1 },
        { "30", 0, 30 },
        { "1_000", 0, 1000 },
        { "9223372036854775807", 0, INT64_MAX },
        { "9_223_372_036_854_775_807", 0, INT64_MAX },
        /* the largest scale the interface allows */
        { "1.123456789", 9, 1123456789 },
        { "9223372036.854775807", 9, INT64_MAX },
    };
    for (size_t i = 0; i < ALEN(cases); i++) {
        int64_t v = SENTINEL;
        enum num_status st = parse(cases[i].text, cases[i].decimals, &v);
        EXPECT_I64(st, NUM_OK, "num_parse(\"%s\", %u) status (%s)",
                   cases[i].text, cases[i].decimals, num_status_str(st));
        EXPECT_I64(v, cases[i].value, "num_parse(\"%s\", %u) value",
                   cases[i].text, cases[i].decimals);
    }
}

/* ---- num_parse: every refusal names its reason ------------------------ */

static void test_parse_refused(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        unsigned decimals;
        enum num_status status;
    } cases[] = {
        { "", 2, NUM_EMPTY },
        { "", 0, NUM_EMPTY },
        { "-5", 2, NUM_NEGATIVE },
        { "-0", 2, NUM_NEGATIVE },
        { "-8.959.000", 2, NUM_NEGATIVE },
        { "+5", 2, NUM_PLUS },
        { "+0.5", 6, NUM_PLUS },
        { "010", 2, NUM_LEADING_ZERO },
        { "00", 2, NUM_LEADING_ZERO },
        { "007.5", 2, NUM_LEADING_ZERO },
        { "0x1F", 2, NUM_RADIX },
        { "0X1f", 2, NUM_RADIX },
        { "0o17", 2, NUM_RADIX },
        { "0b101", 0, NUM_RADIX },
        { "1e6", 2, NUM_EXPONENT },
        { "1E6", 2, NUM_EXPONENT },
        { "1e+06", 2, NUM_EXPONENT },
        { "2.5e-3", 6, NUM_EXPONENT },
        { "8.959.000", 2, NUM_THOUSANDS_DOT },
        { "1.000.000", 6, NUM_THOUSANDS_DOT },
        { "8,959,000", 2, NUM_COMMA },
        { "8959000,50", 2, NUM_COMMA },
        { "55,51", 6, NUM_COMMA },
        { "8.959.000,50", 2, NUM_COMMA },
        { "1_0000", 2, NUM_GROUPING },
        { "1__000", 2, NUM_GROUPING },
        { "1000_", 2, NUM_GROUPING },
        { "0_100", 2, NUM_GROUPING },
        { "_100", 2, NUM_GROUPING },
        { "1000_000", 2, NUM_GROUPING },
        { "1_00", 2, NUM_GROUPING },
        { "1_000.0_0", 2, NUM_GROUPING },
        { "5.123", 2, NUM_DECIMALS },
        { "0.001", 2, NUM_DECIMALS },
        { "55.5100001", 6, NUM_DECIMALS },
        { ".5", 2, NUM_DOT_EDGE },
        { "5.", 2, NUM_DOT_EDGE },
        { ".", 2, NUM_DOT_EDGE },
        { "8959000 kr", 2, NUM_UNIT },
        { "8959000kr", 2, NUM_UNIT },
        { "55.51%", 6, NUM_UNIT },
        { "55.51 %", 6, NUM_UNIT },
        { "1950 m2", 6, NUM_UNIT },
        { "30.5", 0, NUM_NOT_INTEGER },
        { "30.0", 0, NUM_NOT_INTEGER },
        { "92233720368547758.08", 2, NUM_RANGE },
        { "92233720368547759", 2, NUM_RANGE },
        { "99999999999999999999", 2, NUM_RANGE },
        { "9223372036854775808", 0, NUM_RANGE },
        { "9223372036854.775808", 6, NUM_RANGE },
        { "abc", 2, NUM_SYNTAX },
        { "kr 5", 2, NUM_SYNTAX },
        { "e6", 2, NUM_SYNTAX },
        { " 5", 2, NUM_SYNTAX },
        { "five", 0, NUM_SYNTAX },
    };
    for (size_t i = 0; i < ALEN(cases); i++) {
        int64_t v = SENTINEL;
        enum num_status st = parse(cases[i].text, cases[i].decimals, &v);
        EXPECT_I64(st, cases[i].status, "num_parse(\"%s\", %u) status (%s)",
                   cases[i].text, cases[i].decimals, num_status_str(st));
        EXPECT_I64(v, SENTINEL, "num_parse(\"%s\", %u) touched *out",
                   cases[i].text, cases[i].decimals);
    }
}

/* num_parse reads s[0..len) and not a byte more: the bytes after len are
 * digits (or a unit, or a second group) that would change the answer. */
static void test_parse_bounded(void **state)
{
    (void)state;
    static const struct {
        const char *buffer;
        size_t len;
        unsigned decimals;
        enum num_status status;
        int64_t value;
    } cases[] = {
        { "5123", 1, 2, NUM_OK, 500 },
        { "0.5123", 3, 2, NUM_OK, 50 },
        { "1.5", 2, 2, NUM_DOT_EDGE, 0 },
        { "1_000", 4, 2, NUM_GROUPING, 0 },
        { "1_0009", 5, 2, NUM_OK, 100000 },
        { "0x1F", 1, 2, NUM_OK, 0 },
        { "5 kr", 1, 2, NUM_OK, 500 },
        { "1e6", 1, 2, NUM_OK, 100 },
        { "55.519", 5, 6, NUM_OK, 55510000 },
        { "-5", 0, 2, NUM_EMPTY, 0 },
        { "30.5", 2, 0, NUM_OK, 30 },
        { "92233720368547758.079", 20, 2, NUM_OK, INT64_MAX },
    };
    for (size_t i = 0; i < ALEN(cases); i++) {
        /* a copy with digits after len, in a buffer no longer than needed */
        char buf[64];
        size_t n = strlen(cases[i].buffer);
        assert_true(n < sizeof buf);
        memcpy(buf, cases[i].buffer, n);
        memset(buf + n, '9', sizeof buf - n);
        int64_t v = SENTINEL;
        enum num_status st =
            num_parse(buf, cases[i].len, cases[i].decimals, &v);
        EXPECT_I64(st, cases[i].status, "num_parse(\"%.*s\", %u) status (%s)",
                   (int)cases[i].len, cases[i].buffer, cases[i].decimals,
                   num_status_str(st));
        EXPECT_I64(v, cases[i].status == NUM_OK ? cases[i].value : SENTINEL,
                   "num_parse(\"%.*s\", %u) value", (int)cases[i].len,
                   cases[i].buffer, cases[i].decimals);
    }
}

static void test_status_str(void **state)
{
    (void)state;
    for (int s = 0; s < NUM__COUNT; s++) {
        const char *text = num_status_str((enum num_status)s);
        EXPECT_TRUE(text != NULL && text[0] != '\0', "num_status_str(%d)", s);
        EXPECT_TRUE(strcmp(text, "unknown status") != 0, "num_status_str(%d)",
                    s);
        for (int t = 0; t < s; t++)
            EXPECT_TRUE(strcmp(text, num_status_str((enum num_status)t)) != 0,
                        "num_status_str(%d) equals num_status_str(%d)", s, t);
    }
    EXPECT_STR(num_status_str(NUM__COUNT), "unknown status", "NUM__COUNT");
    EXPECT_STR(num_status_str((enum num_status)(NUM__COUNT + 7)),
               "unknown status", "NUM__COUNT + 7");
    EXPECT_STR(num_status_str((enum num_status)-1), "unknown status", "-1");
}

/* ---- overflow-checked add and subtract -------------------------------- */

static void test_add_sub(void **state)
{
    (void)state;
    static const struct {
        char op;                /* '+' or '-' */
        int64_t a, b;
        bool ok;
        int64_t result;
    } cases[] = {
        { '+', 0, 0, true, 0 },
        { '+', 895900000, 5178500000, true, 6074400000 },
        { '+', INT64_MAX, 0, true, INT64_MAX },
        { '+', INT64_MAX - 1, 1, true, INT64_MAX },
        { '+', INT64_MAX, 1, false, 0 },
        { '+', INT64_MAX, INT64_MAX, false, 0 },
        { '+', INT64_MIN, 0, true, INT64_MIN },
        { '+', INT64_MIN, -1, false, 0 },
        { '+', INT64_MIN, INT64_MIN, false, 0 },
        { '+', INT64_MIN, INT64_MAX, true, -1 },
        { '+', INT64_MIN + 1, -1, true, INT64_MIN },
        { '-', 0, 0, true, 0 },
        { '-', 6589313700, 6589300000, true, 13700 },
        { '-', 6589300000, 6589313700, true, -13700 },
        { '-', -1, INT64_MAX, true, INT64_MIN },
        { '-', INT64_MIN, 1, false, 0 },
        { '-', 0, INT64_MIN, false, 0 },
        { '-', -1, INT64_MIN, true, INT64_MAX },
        { '-', INT64_MAX, -1, false, 0 },
        { '-', INT64_MAX, INT64_MAX, true, 0 },
        { '-', INT64_MIN, INT64_MIN, true, 0 },
        { '-', 0, INT64_MAX, true, -INT64_MAX },
    };
    for (size_t i = 0; i < ALEN(cases); i++) {
        int64_t v = SENTINEL;
        bool ok = cases[i].op == '+'
                      ? money_add(cases[i].a, cases[i].b, &v)
                      : money_sub(cases[i].a, cases[i].b, &v);
        EXPECT_I64(ok, cases[i].ok, "%" PRId64 " %c %" PRId64 " ok",
                   cases[i].a, cases[i].op, cases[i].b);
        EXPECT_I64(v, cases[i].ok ? cases[i].result : SENTINEL,
                   "%" PRId64 " %c %" PRId64, cases[i].a, cases[i].op,
                   cases[i].b);
    }
}

/* ---- a * b / den, rounded once, half away from zero -------------------- */

static void test_mul_div(void **state)
{
    (void)state;
    static const struct {
        int64_t a, b, den;
        bool ok;
        int64_t result;
    } cases[] = {
        { 5, 1, 2, true, 3 },
        { -5, 1, 2, true, -3 },
        { 5, 1, -2, true, -3 },
        { -5, 1, -2, true, 3 },
        { 3, 1, 2, true, 2 },
        { -3, 1, 2, true, -2 },
        { 1, 1, 2, true, 1 },
        { -1, 1, 2, true, -1 },
        { 4, 1, 3, true, 1 },
        { -4, 1, 3, true, -1 },
        { 1, 2, 3, true, 1 },
        { -1, 2, 3, true, -1 },
        { 1, 1, 3, true, 0 },
        { -1, 1, 3, true, 0 },
        { 5, 2, 4, true, 3 },
        { 7, 3, 1, true, 21 },
        { 0, INT64_MAX, 7, true, 0 },
        { 1499, 1, 1000, true, 1 },
        { 1500, 1, 1000, true, 2 },
        { -1500, 1, 1000, true, -2 },
        { -1499, 1, 1000, true, -1 },
        /* Gartnergården, skema C: 88 %, 10 %, 2 % of 65.893.137 kr */
        { 6589313700, 88000000, 100000000, true, 5798596056 },
        { 6589313700, 10000000, 100000000, true, 658931370 },
        { 6589313700, 2000000, 100000000, true, 131786274 },
        /* a zero denominator */
        { 5, 1, 0, false, 0 },
        { 0, 0, 0, false, 0 },
        /* the product is exact in 128 bits */
        { INT64_MAX, INT64_MAX, INT64_MAX, true, INT64_MAX },
        { INT64_MIN, INT64_MIN, INT64_MIN, true, INT64_MIN },
        { INT64_MIN, INT64_MAX, INT64_MAX, true, INT64_MIN },
        { INT64_MAX, 2, 2, true, INT64_MAX },
        { INT64_MIN, 1, 1, true, INT64_MIN },
        /* results beyond int64 */
        { INT64_MAX, 2, 1, false, 0 },
        { INT64_MAX, INT64_MAX, 1, false, 0 },
        { INT64_MIN, -1, 1, false, 0 },
        { INT64_MIN, 1, -1, false, 0 },
        { INT64_MIN, 2, 1, false, 0 },
        /* (2^64 - 1) / 2 = INT64_MAX + 0.5 rounds out of range ... */
        { INT64_C(6148914691236517205), 3, 2, false, 0 },
        /* ... and -(INT64_MAX + 0.5) rounds to exactly INT64_MIN */
        { INT64_C(-6148914691236517205), 3, 2, true, INT64_MIN },
        /* -(2^64 + 1) / 2 = INT64_MIN - 0.5 rounds out of range */
        { -274177, INT64_C(67280421310721), 2, false, 0 },
    };
    for (size_t i = 0; i < ALEN(cases); i++) {
        int64_t v = SENTINEL;
        bool ok = money_mul_div(cases[i].a, cases[i].b, cases[i].den, &v);
        EXPECT_I64(ok, cases[i].ok,
                   "money_mul_div(%" PRId64 ", %" PRId64 ", %" PRId64 ") ok",
                   cases[i].a, cases[i].b, cases[i].den);
        EXPECT_I64(v, cases[i].ok ? cases[i].result : SENTINEL,
                   "money_mul_div(%" PRId64 ", %" PRId64 ", %" PRId64 ")",
                   cases[i].a, cases[i].b, cases[i].den);
    }
}

static void test_mul2_div(void **state)
{
    (void)state;
    static const struct {
        int64_t a, b, c, den;
        bool ok;
        int64_t result;
    } cases[] = {
        /* Gartnergården: 55,51 % of the loan of 88 % of 65.893.137 kr,
         * exactly 3218800670.6856 øre, rounded once: 32.188.006,71 kr */
        { 6589313700, 88000000, 55510000, DEC_HUNDRED * DEC_HUNDRED, true,
          3218800671 },
        { 6589313700, 88000000, 100000000, DEC_HUNDRED * DEC_HUNDRED, true,
          5798596056 },
        { 1, 1, 1, 2, true, 1 },
        { -1, 1, 1, 2, true, -1 },
        { 1, 1, 1, 3, true, 0 },
        { 2, 1, 1, 3, true, 1 },
        { 5, -1, 1, 2, true, -3 },
        { 5, -1, -1, 2, true, 3 },
        { 5, 1, 1, 0, false, 0 },
        /* the product overflows even 128 bits */
        { INT64_MAX, INT64_MAX, INT64_MAX, INT64_MAX, false, 0 },
        { INT64_MIN, INT64_MIN, INT64_MIN, INT64_MAX, false, 0 },
        { INT64_MAX, INT64_MAX, 4, 1, false, 0 },
        /* the product is exactly INT128_MIN (2^63 * 2^63 * -2): divided by
         * -1 it would be 2^127, which C leaves undefined; refused */
        { INT64_MIN, INT64_MIN, -2, -1, false, 0 },
        { INT64_MIN, INT64_MIN, -2, 1, false, 0 },
        { INT64_MIN, INT64_MIN, -2, INT64_MIN, false, 0 },
        { INT64_MIN, INT64_MIN, -2, INT64_MAX, false, 0 },
        /* fits in 128 bits, exact, result back in int64 */
        { INT64_MAX, INT64_MAX, 1, INT64_MAX, true, INT64_MAX },
        { INT64_MAX, 2, 3, 6, true, INT64_MAX },
        { INT64_C(3037000499), INT64_C(3037000499), 1000, 1000, true,
          INT64_C(9223372030926249001) },
        /* fits in 128 bits, but the result does not fit in int64 */
        { INT64_MAX, INT64_MAX, 2, INT64_MAX, false, 0 },
        { INT64_MAX, 2, 3, 5, false, 0 },
    };
    for (size_t i = 0; i < ALEN(cases); i++) {
        int64_t v = SENTINEL;
        bool ok = money_mul2_div(cases[i].a, cases[i].b, cases[i].c,
                                 cases[i].den, &v);
        EXPECT_I64(ok, cases[i].ok,
                   "money_mul2_div(%" PRId64 ", %" PRId64 ", %" PRId64
                   ", %" PRId64 ") ok",
                   cases[i].a, cases[i].b, cases[i].c, cases[i].den);
        EXPECT_I64(v, cases[i].ok ? cases[i].result : SENTINEL,
                   "money_mul2_div(%" PRId64 ", %" PRId64 ", %" PRId64
                   ", %" PRId64 ")",
                   cases[i].a, cases[i].b, cases[i].c, cases[i].den);
    }
}

/* ---- num_format -------------------------------------------------------- */

static void test_format(void **state)
{
    (void)state;
    static const struct num_style DA_PLUS = { '.', ',', true };
    static const struct num_style PLAIN_PLUS = { 0, '.', true };
    static const struct {
        int64_t v;
        unsigned decimals, shown;
        const struct num_style *style;
        const char *text;
    } cases[] = {
        { 0, 2, 2, &NUM_STYLE_DA, "0,00" },
        { 0, 2, 0, &NUM_STYLE_DA, "0" },
        { 0, 0, 0, &NUM_STYLE_DA, "0" },
        { 500, 2, 2, &NUM_STYLE_DA, "5,00" },
        { 500, 2, 0, &NUM_STYLE_DA, "5" },
        { 10000, 2, 0, &NUM_STYLE_DA, "100" },
        { 100000, 2, 0, &NUM_STYLE_DA, "1.000" },
        { 100000, 2, 2, &NUM_STYLE_DA, "1.000,00" },
        { 99999, 2, 2, &NUM_STYLE_DA, "999,99" },
        { 999, 0, 0, &NUM_STYLE_DA, "999" },
        { 1000, 0, 0, &NUM_STYLE_DA, "1.000" },
        { 1000000, 0, 0, &NUM_STYLE_DA, "1.000.000" },
        { 6589313700, 2, 0, &NUM_STYLE_DA, "65.893.137" },
        { 6589313700, 2, 2, &NUM_STYLE_DA, "65.893.137,00" },
        { 658931370, 2, 2, &NUM_STYLE_DA, "6.589.313,70" },
        { -658931370, 2, 2, &NUM_STYLE_DA, "-6.589.313,70" },
        { -100000, 2, 0, &NUM_STYLE_DA, "-1.000" },
        { 0, 2, 2, &NUM_STYLE_PLAIN, "0.00" },
        { 500, 2, 2, &NUM_STYLE_PLAIN, "5.00" },
        { 10000, 2, 2, &NUM_STYLE_PLAIN, "100.00" },
        { 100000, 2, 0, &NUM_STYLE_PLAIN, "1000" },
        { 6589313700, 2, 2, &NUM_STYLE_PLAIN, "65893137.00" },
        { 658931370, 2, 2, &NUM_STYLE_PLAIN, "6589313.70" },
        { -658931370, 2, 2, &NUM_STYLE_PLAIN, "-6589313.70" },
        { 55510000, 6, 6, &NUM_STYLE_PLAIN, "55.510000" },
        { 1, 6, 6, &NUM_STYLE_DA, "0,000001" },
        /* the int64 edges */
        { INT64_MAX, 2, 2, &NUM_STYLE_DA, "92.233.720.368.547.758,07" },
        { INT64_MIN, 2, 2, &NUM_STYLE_DA, "-92.233.720.368.547.758,08" },
        { INT64_MAX, 2, 2, &NUM_STYLE_PLAIN, "92233720368547758.07" },
        { INT64_MIN, 2, 2, &NUM_STYLE_PLAIN, "-92233720368547758.08" },
        { INT64_MAX, 0, 0, &NUM_STYLE_DA, "9.223.372.036.854.775.807" },
        { INT64_MIN, 0, 0, &NUM_STYLE_DA, "-9.223.372.036.854.775.808" },
        { INT64_MIN, 0, 0, &DA_PLUS, "-9.223.372.036.854.775.808" },
        { INT64_MAX, 0, 0, &DA_PLUS, "+9.223.372.036.854.775.807" },
        { INT64_MAX, 2, 0, &NUM_STYLE_DA, "92.233.720.368.547.758" },
        { INT64_MIN, 2, 0, &NUM_STYLE_DA, "-92.233.720.368.547.758" },
        { INT64_MAX, 6, 0, &NUM_STYLE_DA, "9.223.372.036.855" },
        { INT64_MIN, 6, 0, &NUM_STYLE_DA, "-9.223.372.036.855" },
        { INT64_MIN, 9, 9, &NUM_STYLE_PLAIN, "-9223372036.854775808" },
        /* dropped decimals rounded half away from zero */
        { 5, 3, 2, &NUM_STYLE_DA, "0,01" },
        { -5, 3, 2, &NUM_STYLE_DA, "-0,01" },
        { 4, 3, 2, &NUM_STYLE_DA, "0,00" },
        { -4, 3, 2, &NUM_STYLE_DA, "0,00" },        /* no "-0,00" */
        { 6589313750, 2, 0, &NUM_STYLE_DA, "65.893.138" },
        { 6589313749, 2, 0, &NUM_STYLE_DA, "65.893.137" },
        { -6589313750, 2, 0, &NUM_STYLE_DA, "-65.893.138" },
        { -6589313749, 2, 0, &NUM_STYLE_DA, "-65.893.137" },
        { 99950, 2, 0, &NUM_STYLE_DA, "1.000" },
        { 99999500, 6, 2, &NUM_STYLE_DA, "100,00" },
        { 55505000, 6, 2, &NUM_STYLE_DA, "55,51" },
        { -49, 2, 0, &DA_PLUS, "0" },
        { -50, 2, 0, &DA_PLUS, "-1" },
        /* the plus style */
        { 500, 2, 2, &DA_PLUS, "+5,00" },
        { 0, 2, 2, &DA_PLUS, "0,00" },
        { -500, 2, 2, &DA_PLUS, "-5,00" },
        { 59400000, 2, 0, &DA_PLUS, "+594.000" },
        { 116, 2, 2, &PLAIN_PLUS, "+1.16" },
        { 1, 2, 2, &PLAIN_PLUS, "+0.01" },
        { 49, 2, 0, &PLAIN_PLUS, "0" },
    };
    for (size_t i = 0; i < ALEN(cases); i++) {
        char buf[NUM_FMT_MAX];
        memset(buf, 'x', sizeof buf);
        size_t n = num_format(cases[i].v, cases[i].decimals, cases[i].shown,
                              cases[i].style, buf);
        EXPECT_STR(buf, cases[i].text, "num_format(%" PRId64 ", %u, %u)",
                   cases[i].v, cases[i].decimals, cases[i].shown);
        EXPECT_I64((int64_t)n, (int64_t)strlen(cases[i].text),
                   "num_format(%" PRId64 ", %u, %u) length", cases[i].v,
                   cases[i].decimals, cases[i].shown);
    }
}

/* ---- format.h ------------------------------------------------------------ */

static void test_fmt(void **state)
{
    (void)state;
    static const struct {
        const char *(*fn)(char buf[NUM_FMT_MAX], int64_t);
        const char *name;
        int64_t v;
        const char *text;
    } cases[] = {
        { fmt_kr, "fmt_kr", 6589313700, "65.893.137" },
        { fmt_kr, "fmt_kr", 658931370, "6.589.313,70" },
        { fmt_kr, "fmt_kr", 0, "0" },
        { fmt_kr, "fmt_kr", 1, "0,01" },
        { fmt_kr, "fmt_kr", -6589313700, "-65.893.137" },
        { fmt_kr, "fmt_kr", -50, "-0,50" },
        { fmt_kr_ore, "fmt_kr_ore", 658931370, "6.589.313,70" },
        { fmt_kr_ore, "fmt_kr_ore", 6589313700, "65.893.137,00" },
        { fmt_kr_ore, "fmt_kr_ore", 3218800671, "32.188.006,71" },
        { fmt_kr_ore, "fmt_kr_ore", 0, "0,00" },
        { fmt_kr_delta, "fmt_kr_delta", 59400000, "+594.000" },
        { fmt_kr_delta, "fmt_kr_delta", -163886300, "-1.638.863" },
        { fmt_kr_delta, "fmt_kr_delta", -230300000, "-2.303.000" },
        { fmt_kr_delta, "fmt_kr_delta", 0, "0" },
        { fmt_kr_delta, "fmt_kr_delta", 13700, "+137" },
        { fmt_kr_delta, "fmt_kr_delta", -5, "-0,05" },
        { fmt_pct, "fmt_pct", 55510000, "55,51" },
        { fmt_pct, "fmt_pct", 100000000, "100" },
        { fmt_pct, "fmt_pct", 10000000, "10" },
        { fmt_pct, "fmt_pct", 88000000, "88" },
        { fmt_pct, "fmt_pct", 0, "0" },
        { fmt_pct, "fmt_pct", 1, "0,000001" },
        { fmt_pct, "fmt_pct", 500000, "0,5" },
        { fmt_pct, "fmt_pct", 1950250000, "1.950,25" },
        { fmt_pct_x100, "fmt_pct_x100", 116, "+1,16" },
        { fmt_pct_x100, "fmt_pct_x100", -3090, "-30,90" },
        { fmt_pct_x100, "fmt_pct_x100", 162, "+1,62" },
        { fmt_pct_x100, "fmt_pct_x100", 0, "0,00" },
        { fmt_pct_x100, "fmt_pct_x100", -243, "-2,43" },
        { fmt_pct_x100, "fmt_pct_x100", 1000000, "+10.000,00" },
        { fmt_dec_plain, "fmt_dec_plain", 55510000, "55.51" },
        { fmt_dec_plain, "fmt_dec_plain", 100000000, "100" },
        { fmt_dec_plain, "fmt_dec_plain", 1950250000, "1950.25" },
        { fmt_dec_plain, "fmt_dec_plain", 0, "0" },
        { fmt_dec_plain, "fmt_dec_plain", 1, "0.000001" },
        { fmt_dec_plain, "fmt_dec_plain", 1000000000, "1000" },
    };
    for (size_t i = 0; i < ALEN(cases); i++) {
        char buf[NUM_FMT_MAX];
        const char *got = cases[i].fn(buf, cases[i].v);
        EXPECT_TRUE(got == buf, "%s(%" PRId64 ") returns its buffer",
                    cases[i].name, cases[i].v);
        EXPECT_STR(got, cases[i].text, "%s(%" PRId64 ")", cases[i].name,
                   cases[i].v);
    }
}

/* ---- round trip: num_format then num_parse ------------------------------ */

static void round_trip(int64_t v)
{
    char buf[NUM_FMT_MAX];
    size_t n = num_format(v, MONEY_DECIMALS, MONEY_DECIMALS, &NUM_STYLE_PLAIN,
                          buf);
    int64_t back = SENTINEL;
    enum num_status st = num_parse(buf, n, MONEY_DECIMALS, &back);
    EXPECT_I64(st, NUM_OK, "num_parse(\"%s\") after num_format(%" PRId64
               ") (%s)", buf, v, num_status_str(st));
    EXPECT_I64(back, v, "num_parse(num_format(%" PRId64 ")) = \"%s\"", v, buf);
}

static void test_round_trip(void **state)
{
    (void)state;
    static const int64_t values[] = {
        0, 1, 5, 9, 10, 50, 99, 100, 101, 999, 1000, 1001, 99999, 100000,
        100001, 895900000, 895900050, 6589313700, 658931370, 3218800671,
        5798596056, 131786274, INT64_C(100000000000000000),
        INT64_C(999999999999999999), INT64_C(1000000000000000000),
        INT64_MAX / 10, INT64_MAX / 100 * 100, INT64_MAX - 1, INT64_MAX,
        INT64_C(4611686018427387904),
    };
    for (size_t i = 0; i < ALEN(values); i++)
        round_trip(values[i]);

    /* a fixed LCG (Knuth's MMIX constants), values spread over the whole
     * non-negative int64 range by shifting to a random bit width */
    uint64_t x = UINT64_C(20211103);
    for (int i = 0; i < 5000; i++) {
        x = x * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
        unsigned width = (unsigned)(x >> 58);            /* 0..63 */
        x = x * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
        uint64_t r = (x >> 1) >> (63 - (width == 0 ? 1 : width));
        round_trip((int64_t)r);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_valid),
        cmocka_unit_test(test_parse_refused),
        cmocka_unit_test(test_parse_bounded),
        cmocka_unit_test(test_status_str),
        cmocka_unit_test(test_add_sub),
        cmocka_unit_test(test_mul_div),
        cmocka_unit_test(test_mul2_div),
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_fmt),
        cmocka_unit_test(test_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
