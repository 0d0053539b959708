/* SPDX-License-Identifier: MIT */
/*
 * The fingerprint of an input, for the report's audit trail: SHA-256 as
 * lower-case hex, computed by nettle (a well-kept library; no crypto of
 * our own), opened when first needed (include/dynlib.h).
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>

#define SHA256_HEX_LEN 64

/* The SHA-256 of data[0..len) as 64 hex digits and a NUL into out;
 * false (said on stderr) when nettle cannot be opened. */
bool digest_sha256_hex(const void *data, size_t len,
                       char out[SHA256_HEX_LEN + 1]);
