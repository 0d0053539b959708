/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer target: the number parser against a simple reference.  For
 * arbitrary text, num_parse must agree with a plain digit-by-digit reading
 * on whether the text is a plain decimal (digits, at most one '.', no
 * grouping) and on its value; and for every value it accepts,
 * num_format then num_parse must give the value back.
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
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
