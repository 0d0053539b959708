/* SPDX-License-Identifier: MIT */
/*
 * Escaping: one layer per output kind, for every text that comes from the
 * user (names, file names, key paths, a finding's message with the texts
 * it quotes).  Whatever bytes the input holds, what comes out is valid
 * UTF-8 that cannot change the layout of its format or the state of a
 * terminal:
 *
 *   ESC_TERM  terminal text: control characters (C0, DEL, C1, and the
 *             bidirectional overrides) written visibly as \xNN or \uNNNN,
 *             bytes that are not UTF-8 as \xNN; never raw.
 *   ESC_MD    Markdown, for inline and block context: every character
 *             Markdown gives a meaning (headings, list markers, emphasis,
 *             links, images, table columns, entities, raw HTML) is
 *             backslash-escaped, line breaks and controls become visible
 *             text, so a value stays one piece of text in its place.
 *   ESC_CSV   one RFC 4180 field: quoted when needed; a cell that begins
 *             with = + - @ tab or CR gets a leading ' (OWASP, CSV
 *             injection).  Use it for text cells only: amounts are written
 *             as numbers and stay numeric.
 *   ESC_JSON  a quoted JSON string: control characters as \u00XX, bytes
 *             that are not UTF-8 as U+FFFD.
 *   ESC_HTML  HTML (and SVG) text or attribute value: & < > " ' as
 *             entities, controls and bytes that are not UTF-8 as U+FFFD.
 */
#pragma once

#include <stdio.h>

#include "strbuf.h"

enum esc_kind { ESC_TERM, ESC_MD, ESC_CSV, ESC_JSON, ESC_HTML };

/* Append s, escaped for kind, to out.  NULL is written as "". */
void esc_add(struct strbuf *out, enum esc_kind kind, const char *s);
/* Write s, escaped for kind, to out (a NULL stream writes nothing). */
void esc_write(FILE *out, enum esc_kind kind, const char *s);

/*
 * s as a Markdown code span (`...`), for key paths and FILE:LINE:COL: the
 * fence is one backtick longer than any run of backticks in s, and line
 * breaks, controls and invalid bytes are shown as in ESC_TERM.
 */
void esc_md_code(FILE *out, const char *s);

/* Length of the well-formed UTF-8 sequence at s (RFC 3629: no overlongs,
 * no surrogates, nothing above U+10FFFF), or 0 when s[0] does not start
 * one.  s must be NUL-terminated. */
size_t utf8_seq_len(const unsigned char *s);
