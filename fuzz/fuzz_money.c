/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer target: the number parser against a simple reference.  For
 * arbitrary text, num_parse must agree with a plain digit-by-digit reading
 * on whether the text is a plain decimal (digits, at most one '.', no
 * grouping) and on its value; and for every value it accepts,
 * num_format then num_parse must give the value back.
 *
 * An input of 41 to 48 bytes is instead four int64 (a, b, c, den) for
 * money_mul_div and money_mul2_div: for any inputs (the sanitizers of
 * make fuzz catch undefined behaviour), a result they give must be the
 * exact quotient rounded once, half away from zero.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "money.h"

__extension__ typedef __int128 i128;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The reference: [0-9]+ ('.' [0-9]{1,d})?, no leading zero, in 128 bits. */
static bool reference(const char *s, size_t n, unsigned d, i128 *out)
{
    size_t i = 0;
    i128 v = 0;
    if (n > 30)
        return false;   /* past int64 anyway; and i128 must not overflow */
    while (i < n && s[i] >= '0' && s[i] <= '9')
        v = v * 10 + (s[i++] - '0');
    if (i == 0 || (i > 1 && s[0] == '0'))
        return false;
    unsigned frac = 0;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && s[i] >= '0' && s[i] <= '9' && frac < d + 1) {
            v = v * 10 + (s[i++] - '0');
            frac++;
        }
        if (frac == 0 || frac > d)
            return false;
    }
    if (i != n || n > 30)
        return false;
    for (; frac < d; frac++)
        v *= 10;
    *out = v;
    return true;
}

static int64_t int64_at(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v = v << 8 | p[i];
    return (int64_t)v;
}

/* q is n / den rounded half away from zero: |n - q*den| <= |den| / 2, and
 * on a tie away from zero.  All in 128 bits: |q*den| < 2^126. */
static bool rounded_once(i128 n, int64_t den, int64_t q)
{
    i128 r = n - (i128)q * den, ad = den < 0 ? -(i128)den : den;
    i128 ar = r < 0 ? -r : r;
    if (2 * ar > ad)
        return false;
    /* a tie goes away from zero: the remainder is then toward zero */
    return 2 * ar < ad || r == 0 || (r < 0) == (n > 0);
}

static void arithmetic(const uint8_t *data)
{
    int64_t a = int64_at(data), b = int64_at(data + 8),
            c = int64_at(data + 16), den = int64_at(data + 24), q;
    if (money_mul_div(a, b, den, &q) && !rounded_once((i128)a * b, den, q))
        abort();
    if (den == 0 && money_mul_div(a, b, den, &q))
        abort();
    i128 n;
    bool fits = !__builtin_mul_overflow((i128)a * b, (i128)c, &n);
    bool ok = money_mul2_div(a, b, c, den, &q);
    if (ok && (!fits || !rounded_once(n, den, q)))
        abort();
    if (c == 1 && ok != money_mul_div(a, b, den, &(int64_t){ 0 }))
        abort();   /* times one is the same as without */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 40 && size <= 48) {
        arithmetic(data + size - 32);
        return 0;
    }
    if (size < 1 || size > 40)
        return 0;
    unsigned d = data[0] % 7;          /* 0..6 decimals */
    const char *s = (const char *)data + 1;
    size_t n = size - 1;
    int64_t v = 0;
    enum num_status st = num_parse(s, n, d, &v);
    i128 ref;
    bool plain = memchr(s, '_', n) == NULL && reference(s, n, d, &ref);
    if (plain && ref <= INT64_MAX && (st != NUM_OK || v != (int64_t)ref))
        abort();   /* a plain number the reference reads, num_parse must too */
    if (plain && ref > INT64_MAX && st != NUM_RANGE)
        abort();
    if (st == NUM_OK && !plain && !memchr(s, '_', n))
        abort();   /* nothing else without '_' is a number */
    if (st == NUM_OK) {
        char buf[NUM_FMT_MAX];
        int64_t back = -1;
        size_t len = num_format(v, d, d, &NUM_STYLE_PLAIN, buf);
        if (num_parse(buf, len, d, &back) != NUM_OK || back != v)
            abort();   /* format then parse is the identity */
    }
    return 0;
}
