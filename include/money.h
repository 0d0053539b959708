/* SPDX-License-Identifier: MIT */
/*
 * Exact numbers: money as int64 øre, percentages and areas as int64
 * millionths.  No floating point touches these values.
 *
 * The one rounding rule of skema: a derived amount is computed exactly as
 * one rational expression of stated figures (in 128-bit arithmetic) and
 * rounded once, at the end, to whole øre, half away from zero.
 *
 * Invariant: an amount read from a file is >= 0.  The grammar has no sign
 * (a '-' or '+' is refused as NUM_NEGATIVE or NUM_PLUS), and num_parse
 * asserts it.  Only derived figures (a change between stages, room under
 * a cap) may be negative; every function below accepts any int64 all the
 * same, so a difference can be fed back in.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decimal places kept: 2 for money (øre), 6 for percentages and areas. */
#define MONEY_DECIMALS 2
#define DEC_DECIMALS 6
#define ORE_PER_KR INT64_C(100)
#define DEC_ONE INT64_C(1000000)        /* 1.000000 */
#define DEC_HUNDRED INT64_C(100000000)  /* 100.000000, i.e. 100 % */

/* Why a number's text was refused.  The order is the order in which the
 * parser tries to name the user's mistake; NUM__COUNT ends the list. */
enum num_status {
    NUM_OK,
    NUM_EMPTY,          /* nothing there */
    NUM_NEGATIVE,       /* -5000 */
    NUM_PLUS,           /* +5000 */
    NUM_LEADING_ZERO,   /* 010 */
    NUM_RADIX,          /* 0x1F, 0o17, 0b101 */
    NUM_EXPONENT,       /* 1e6 */
    NUM_THOUSANDS_DOT,  /* 8.959.000 */
    NUM_COMMA,          /* 8,959,000 or 8959000,50 */
    NUM_GROUPING,       /* 1_0000, 1__000, 1000_ */
    NUM_DECIMALS,       /* more decimals than the kind allows */
    NUM_DOT_EDGE,       /* .5 or 5. */
    NUM_UNIT,           /* 8959000 kr, 55.51% */
    NUM_NOT_INTEGER,    /* 30.5 where a whole number is needed */
    NUM_RANGE,          /* does not fit in int64 at this scale */
    NUM_SYNTAX,         /* anything else */
    NUM__COUNT
};

/* A short English description of a status, e.g. "thousands separated by
 * '.'".  Never NULL; out-of-range codes give "unknown status". */
const char *num_status_str(enum num_status status);

/*
 * Parse the decimal text s[0..len) into a fixed-point integer with
 * `decimals` places (0..9): "8959000.5" with decimals 2 gives 895900050.
 * Grammar: 0 | [1-9][0-9]* | [1-9][0-9]{0,2}(_[0-9]{3})+, then optionally
 * '.' and 1..decimals digits.  The whole text must match.
 * On NUM_OK *out is set; on failure *out is untouched.
 */
enum num_status num_parse(const char *s, size_t len, unsigned decimals,
                          int64_t *out);

/* Overflow-checked arithmetic: false (and *out untouched) on overflow. */
bool money_add(int64_t a, int64_t b, int64_t *out);
bool money_sub(int64_t a, int64_t b, int64_t *out);

/*
 * *out = a * b / den, rounded once, half away from zero.  All three may
 * be any int64 (den != 0); the product is exact in 128 bits.  False on a
 * zero den or a result outside int64.
 */
bool money_mul_div(int64_t a, int64_t b, int64_t den, int64_t *out);

/* *out = a * b / den rounded up (to the next whole unit), for a, b >= 0
 * and den > 0: the least amount that is enough.  False otherwise, or on
 * a result outside int64. */
bool money_mul_div_up(int64_t a, int64_t b, int64_t den, int64_t *out);

/* *out = a * b * c / den, exact then rounded once as above; for any int64
 * inputs: false on a zero den, a product past 128 bits or a result outside
 * int64 (including the quotient INT128_MIN / -1, which C leaves undefined). */
bool money_mul2_div(int64_t a, int64_t b, int64_t c, int64_t den,
                    int64_t *out);

/* Buffer size that holds any formatted int64 with separators. */
#define NUM_FMT_MAX 40

/* How num_format writes a number. */
struct num_style {
    char group;          /* thousands separator, or 0 for none */
    char point;          /* decimal point */
    bool plus;           /* write '+' before positive numbers */
};

extern const struct num_style NUM_STYLE_DA;   /* 65.893.137,70 */
extern const struct num_style NUM_STYLE_PLAIN; /* 65893137.70 */
extern const struct num_style NUM_STYLE_EN;    /* 65,893,137.70 */

/*
 * Format the fixed-point value v with `decimals` places, showing
 * `shown` of them (0 <= shown <= decimals): the dropped ones are rounded
 * half away from zero.  Writes a NUL-terminated string into buf (at least
 * NUM_FMT_MAX bytes) and returns its length.
 */
size_t num_format(int64_t v, unsigned decimals, unsigned shown,
                  const struct num_style *style, char *buf);
