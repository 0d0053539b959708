/* SPDX-License-Identifier: MIT */
/*
 * Libraries opened when first needed rather than linked, as systemd opens
 * its optional ones.  A linked library is loaded and relocated by every
 * run of skema, before main; nettle (the digest of the committee
 * formats) and libxlsxwriter (with its libcrypto, minizip and zlib) are
 * needed by few runs and cost each run more than checking a project
 * (bench/RESULTS.md).  Their headers are still compiled against, so each
 * function pointer has the library's own type (__typeof__ of the
 * declaration), and the SONAME opened is the one of the library the build
 * found (meson.build).
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>

/* One function of a library: its name, and the function pointer its
 * address goes into (copied in with memcpy, as POSIX lets a void * hold a
 * function's address; no function pointer is read as a void *). */
struct dynlib_fn {
    const char *name;
    void *slot;
};

#define DYNLIB_FN(table, name) { #name, &(table).name }

/*
 * Open soname once and fill every slot.  True when the library and all
 * its functions are there; else false, with a line on stderr naming the
 * library, the Debian package that holds it and what failed.  Not
 * thread-safe: called from the main thread, before a report is written.
 */
bool dynlib_open(const char *soname, const char *package,
                 const struct dynlib_fn *fn, size_t n);
