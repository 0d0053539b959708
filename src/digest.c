/* SPDX-License-Identifier: MIT */
/* Input fingerprints; documented in include/digest.h */
#include "digest.h"

#include <nettle/sha2.h>

#include "dynlib.h"

/* Not linked (include/dynlib.h says why): only md and html need it.
 * sha256_init and the others are nettle's macros for these names. */
static struct {
    __typeof__(nettle_sha256_init) *init;
    __typeof__(nettle_sha256_update) *update;
    __typeof__(nettle_sha256_digest) *digest;
} nettle;

bool digest_sha256_hex(const void *data, size_t len,
                       char out[SHA256_HEX_LEN + 1])
{
    static const struct dynlib_fn fn[] = {
        { "nettle_sha256_init", &nettle.init },
        { "nettle_sha256_update", &nettle.update },
        { "nettle_sha256_digest", &nettle.digest },
    };
    if (!dynlib_open(NETTLE_SONAME, "libnettle8", fn, sizeof fn / sizeof fn[0]))
        return false;
    static const char hex[] = "0123456789abcdef";
    struct sha256_ctx ctx;
    unsigned char sum[SHA256_DIGEST_SIZE];
    nettle.init(&ctx);
    nettle.update(&ctx, len, data);
    nettle.digest(&ctx, sizeof sum, sum);
    for (size_t i = 0; i < sizeof sum; i++) {
        out[2 * i] = hex[sum[i] >> 4];
        out[2 * i + 1] = hex[sum[i] & 15];
    }
    out[SHA256_HEX_LEN] = '\0';
    return true;
}
