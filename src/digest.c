/* SPDX-License-Identifier: MIT */
/* Input fingerprints; documented in include/digest.h */
#include "digest.h"

#include <nettle/sha2.h>

void digest_sha256_hex(const void *data, size_t len,
                       char out[SHA256_HEX_LEN + 1])
{
    static const char hex[] = "0123456789abcdef";
    struct sha256_ctx ctx;
    unsigned char sum[SHA256_DIGEST_SIZE];
    sha256_init(&ctx);
    sha256_update(&ctx, len, data);
    sha256_digest(&ctx, sizeof sum, sum);
    for (size_t i = 0; i < sizeof sum; i++) {
        out[2 * i] = hex[sum[i] >> 4];
        out[2 * i + 1] = hex[sum[i] & 15];
    }
    out[SHA256_HEX_LEN] = '\0';
}
