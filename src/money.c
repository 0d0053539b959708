/* SPDX-License-Identifier: MIT */
/* Exact numbers; documented in include/money.h */
#include "money.h"

#include "message.h"

#include <assert.h>
#include <string.h>

__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

#define I128_MIN (-(i128)(((u128)1 << 127) - 1) - 1)

static const char *const status_text[NUM__COUNT] = {
    [NUM_OK] = N_("ok"),
    [NUM_EMPTY] = N_("no number given"),
    [NUM_NEGATIVE] = N_("negative numbers are not allowed here"),
    [NUM_PLUS] = N_("a leading '+' is not allowed"),
    [NUM_LEADING_ZERO] = N_("a leading zero is not allowed (YAML may read 010 as octal)"),
    [NUM_RADIX] = N_("hexadecimal, octal and binary numbers are not allowed"),
    [NUM_EXPONENT] = N_("exponent notation is not allowed"),
    [NUM_THOUSANDS_DOT] = N_("'.' is the decimal point, not a thousands separator"),
    [NUM_COMMA] = N_("',' is neither a decimal point nor a thousands separator here"),
    [NUM_GROUPING] = N_("'_' may only separate groups of three digits"),
    [NUM_DECIMALS] = N_("too many decimals"),
    [NUM_DOT_EDGE] = N_("a decimal point needs digits on both sides"),
    [NUM_UNIT] = N_("a number must stand alone, without a unit or other text"),
    [NUM_NOT_INTEGER] = N_("a whole number is needed"),
    [NUM_RANGE] = N_("the number is too large"),
    [NUM_SYNTAX] = N_("not a number"),
};

const char *num_status_str(enum num_status status)
{
    if ((unsigned)status >= NUM__COUNT)
        return "unknown status";
    return status_text[status];
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static bool is_numeric_char(char c)
{
    return is_digit(c) || c == '_' || c == '.' || c == ',';
}

/* Is s[0..len) an exponent tail like "e6", "E+06"? */
static bool is_exponent_tail(const char *s, size_t len)
{
    size_t i = 1;
    if (len < 2 || (s[0] != 'e' && s[0] != 'E'))
        return false;
    if (s[i] == '+' || s[i] == '-')
        i++;
    if (i == len)
        return false;
    for (; i < len; i++)
        if (!is_digit(s[i]))
            return false;
    return true;
}

/* [1-9][0-9]{0,2}(_[0-9]{3})+ */
static bool is_grouped(const char *s, size_t len)
{
    size_t first = 0;
    while (first < len && s[first] != '_')
        first++;
    if (first < 1 || first > 3 || s[0] == '0' || first == len)
        return false;
    for (size_t i = first; i < len; i += 4) {
        if (s[i] != '_' || len - i < 4)
            return false;
        for (size_t k = 1; k <= 3; k++)
            if (!is_digit(s[i + k]))
                return false;
    }
    return true;
}

static bool accumulate(int64_t *acc, char digit)
{
    int64_t v;
    if (__builtin_mul_overflow(*acc, 10, &v) ||
        __builtin_add_overflow(v, digit - '0', &v))
        return false;
    *acc = v;
    return true;
}

enum num_status num_parse(const char *s, size_t len, unsigned decimals,
                          int64_t *out)
{
    if (len == 0)
        return NUM_EMPTY;
    if (s[0] == '-')
        return NUM_NEGATIVE;
    if (s[0] == '+')
        return NUM_PLUS;
    if (len >= 2 && s[0] == '0' && strchr("xXoObB", s[1]) && s[1] != 0)
        return NUM_RADIX;

    size_t n = 0;
    while (n < len && is_numeric_char(s[n]))
        n++;
    if (n < len) {
        if (n > 0 && is_exponent_tail(s + n, len - n))
            return NUM_EXPONENT;
        if (n > 0 && is_digit(s[n - 1]))
            return NUM_UNIT;
        return NUM_SYNTAX;
    }

    if (memchr(s, ',', len))
        return NUM_COMMA;
    const char *dot = memchr(s, '.', len);
    size_t int_len = dot ? (size_t)(dot - s) : len;
    size_t frac_len = dot ? len - int_len - 1 : 0;
    if (dot && memchr(dot + 1, '.', frac_len))
        return NUM_THOUSANDS_DOT;
    if (dot && (int_len == 0 || frac_len == 0))
        return NUM_DOT_EDGE;
    if (dot && memchr(dot + 1, '_', frac_len))
        return NUM_GROUPING;
    if (memchr(s, '_', int_len)) {
        if (!is_grouped(s, int_len))
            return NUM_GROUPING;
    } else if (int_len > 1 && s[0] == '0') {
        return NUM_LEADING_ZERO;
    }
    if (frac_len > 0 && decimals == 0)
        return NUM_NOT_INTEGER;
    if (frac_len > decimals)
        return NUM_DECIMALS;

    int64_t v = 0;
    for (size_t i = 0; i < int_len; i++)
        if (s[i] != '_' && !accumulate(&v, s[i]))
            return NUM_RANGE;
    for (size_t i = 0; i < decimals; i++)
        if (!accumulate(&v, i < frac_len ? dot[1 + i] : '0'))
            return NUM_RANGE;
    assert(v >= 0);   /* the invariant of money.h: no sign is read */
    *out = v;
    return NUM_OK;
}

bool money_add(int64_t a, int64_t b, int64_t *out)
{
    int64_t r;
    if (__builtin_add_overflow(a, b, &r))
        return false;
    *out = r;
    return true;
}

bool money_sub(int64_t a, int64_t b, int64_t *out)
{
    int64_t r;
    if (__builtin_sub_overflow(a, b, &r))
        return false;
    *out = r;
    return true;
}

/* n / d rounded half away from zero; false if the result leaves int64. */
static bool div_round(i128 n, i128 d, int64_t *out)
{
    if (d == 0)
        return false;
    /* the one quotient 128 bits cannot hold (undefined behaviour in C);
     * its true value, 2^127, is far outside int64 */
    if (d == -1 && n == I128_MIN)
        return false;
    i128 q = n / d, r = n % d;
    i128 ar = r < 0 ? -r : r, ad = d < 0 ? -d : d;
    if (ar >= ad - ar)             /* 2|r| >= |d|, without overflow */
        q += ((n < 0) == (d < 0)) ? 1 : -1;
    if (q > INT64_MAX || q < INT64_MIN)
        return false;
    *out = (int64_t)q;
    return true;
}

bool money_mul_div(int64_t a, int64_t b, int64_t den, int64_t *out)
{
    return div_round((i128)a * b, den, out);
}

bool money_mul_div_up(int64_t a, int64_t b, int64_t den, int64_t *out)
{
    if (a < 0 || b < 0 || den <= 0)
        return false;
    i128 n = (i128)a * b, q = n / den + (n % den != 0);
    if (q > INT64_MAX)
        return false;
    *out = (int64_t)q;
    return true;
}

bool money_mul2_div(int64_t a, int64_t b, int64_t c, int64_t den,
                    int64_t *out)
{
    i128 n;
    if (__builtin_mul_overflow((i128)a * b, (i128)c, &n))
        return false;
    return div_round(n, den, out);
}

const struct num_style NUM_STYLE_DA = { .group = '.', .point = ',' };
const struct num_style NUM_STYLE_PLAIN = { .group = 0, .point = '.' };
const struct num_style NUM_STYLE_EN = { .group = ',', .point = '.' };

size_t num_format(int64_t v, unsigned decimals, unsigned shown,
                  const struct num_style *style, char *buf)
{
    i128 p = 1;
    for (unsigned i = shown; i < decimals; i++)
        p *= 10;
    /* round to `shown` places; done in 128 bits so INT64_MIN is safe */
    i128 x = v, q = x / p, r = x % p;
    if ((r < 0 ? -r : r) * 2 >= p && p > 1)
        q += x < 0 ? -1 : 1;
    bool neg = q < 0;
    u128 mag = (u128)(neg ? -q : q);

    char digits[48];
    size_t nd = 0;
    do {
        digits[nd++] = (char)('0' + (int)(mag % 10));
        mag /= 10;
    } while (mag > 0 || nd <= shown);

    size_t o = 0;
    if (neg)
        buf[o++] = '-';
    else if (style->plus && q > 0)
        buf[o++] = '+';
    size_t int_digits = nd - shown;
    for (size_t i = 0; i < int_digits; i++) {
        size_t left = int_digits - i;
        buf[o++] = digits[nd - 1 - i];
        if (style->group && left > 1 && (left - 1) % 3 == 0)
            buf[o++] = style->group;
    }
    if (shown > 0) {
        buf[o++] = style->point;
        for (size_t i = shown; i > 0; i--)
            buf[o++] = digits[i - 1];
    }
    buf[o] = '\0';
    return o;
}
