/* SPDX-License-Identifier: MIT */
/* Danish number formats; documented in include/format.h */
#include "format.h"

#include <string.h>

#include "escape.h"

const char *fmt_kr(char buf[NUM_FMT_MAX], int64_t ore)
{
    unsigned shown = ore % ORE_PER_KR ? MONEY_DECIMALS : 0;
    num_format(ore, MONEY_DECIMALS, shown, &NUM_STYLE_DA, buf);
    return buf;
}

const char *fmt_kr_ore(char buf[NUM_FMT_MAX], int64_t ore)
{
    num_format(ore, MONEY_DECIMALS, MONEY_DECIMALS, &NUM_STYLE_DA, buf);
    return buf;
}

const char *fmt_kr_delta(char buf[NUM_FMT_MAX], int64_t ore)
{
    struct num_style style = NUM_STYLE_DA;
    style.plus = true;
    unsigned shown = ore % ORE_PER_KR ? MONEY_DECIMALS : 0;
    num_format(ore, MONEY_DECIMALS, shown, &style, buf);
    return buf;
}

const char *fmt_dec(char buf[NUM_FMT_MAX], int64_t micro, const struct num_style *style)
{
    size_t n = num_format(micro, DEC_DECIMALS, DEC_DECIMALS, style, buf);
    while (n > 0 && buf[n - 1] == '0')
        buf[--n] = '\0';
    if (n > 0 && buf[n - 1] == style->point)
        buf[--n] = '\0';
    return buf;
}

const char *fmt_pct(char buf[NUM_FMT_MAX], int64_t micro)
{
    return fmt_dec(buf, micro, &NUM_STYLE_DA);
}

const char *fmt_dec_plain(char buf[NUM_FMT_MAX], int64_t micro)
{
    return fmt_dec(buf, micro, &NUM_STYLE_PLAIN);
}

const char *fmt_pct_x100(char buf[NUM_FMT_MAX], int64_t x100)
{
    struct num_style style = NUM_STYLE_DA;
    style.plus = true;
    num_format(x100, 2, 2, &style, buf);
    return buf;
}

const char *fmt_x100(char buf[NUM_FMT_MAX], int64_t x100)
{
    num_format(x100, 2, 2, &NUM_STYLE_DA, buf);
    return buf;
}

const char *fmt_dec1(char buf[NUM_FMT_MAX], int64_t micro)
{
    num_format(micro, DEC_DECIMALS, 1, &NUM_STYLE_DA, buf);
    return buf;
}

size_t display_width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

void fput_padded(FILE *out, const char *s, size_t width, bool right)
{
    size_t w = display_width(s);
    if (right)
        for (; w < width; w++)
            fputc(' ', out);
    fputs(s, out);
    if (!right)
        for (; w < width; w++)
            fputc(' ', out);
}

void json_write_string(FILE *out, const char *s)
{
    esc_write(out, ESC_JSON, s);
}

void csv_write_field(FILE *out, const char *s)
{
    esc_write(out, ESC_CSV, s);
}
