/* SPDX-License-Identifier: MIT */
/*
 * Numbers as a Danish reader writes them: 65.893.137 kr, 6.589.313,70 kr,
 * 55,51 %.  Never locale-dependent.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "money.h"

/* An amount in kr, øre shown only when not whole: "65.893.137". */
const char *fmt_kr(char buf[NUM_FMT_MAX], int64_t ore);
/* An amount in kr with øre always shown: "6.589.313,70". */
const char *fmt_kr_ore(char buf[NUM_FMT_MAX], int64_t ore);
/* A signed change in kr: "+594.000", "-1.638.863", "0". */
const char *fmt_kr_delta(char buf[NUM_FMT_MAX], int64_t ore);
/* A decimal held in millionths, without trailing zeros, in a style. */
const char *fmt_dec(char buf[NUM_FMT_MAX], int64_t micro, const struct num_style *style);
/* A percentage held in millionths, without trailing zeros: "55,51". */
const char *fmt_pct(char buf[NUM_FMT_MAX], int64_t micro);
/* A signed percentage held in hundredths: "+1,16", "-30,90". */
const char *fmt_pct_x100(char buf[NUM_FMT_MAX], int64_t x100);
/* A percentage held in hundredths, without a sign for positives: "2,81". */
const char *fmt_x100(char buf[NUM_FMT_MAX], int64_t x100);
/* A decimal held in millionths, rounded to one decimal: "116,7". */
const char *fmt_dec1(char buf[NUM_FMT_MAX], int64_t micro);
/* A plain decimal for JSON, in millionths, without trailing zeros: "55.51". */
const char *fmt_dec_plain(char buf[NUM_FMT_MAX], int64_t micro);

/* Characters in a UTF-8 string, as a terminal shows them (æ is one). */
size_t display_width(const char *s);

/* Write s padded with spaces to width characters, right-aligned or left. */
void fput_padded(FILE *out, const char *s, size_t width, bool right);

/* s as a JSON string, quoted: escape.h's ESC_JSON (always valid UTF-8). */
void json_write_string(FILE *out, const char *s);

/* s as one CSV text field: escape.h's ESC_CSV (RFC 4180 quoting, a
 * leading = + - @ tab or CR neutralised).  Not for amount columns. */
void csv_write_field(FILE *out, const char *s);
