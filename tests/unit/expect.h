/* SPDX-License-Identifier: MIT */
/*
 * Assertions for the unit tests that say which table case failed, and
 * what was got against what was expected (cmocka's own only say where).
 */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include "diag.h"

#define ALEN(a) (sizeof(a) / sizeof((a)[0]))

#define EXPECT_I64(got, want, ...) \
    expect_i64((got), (want), __FILE__, __LINE__, __VA_ARGS__)
#define EXPECT_STR(got, want, ...) \
    expect_str((got), (want), __FILE__, __LINE__, __VA_ARGS__)
#define EXPECT_CONTAINS(got, part, ...) \
    expect_contains((got), (part), __FILE__, __LINE__, __VA_ARGS__)
#define EXPECT_TRUE(cond, ...) \
    expect_true((cond), #cond, __FILE__, __LINE__, __VA_ARGS__)

void expect_i64(int64_t got, int64_t want, const char *file, int line,
                const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void expect_str(const char *got, const char *want, const char *file,
                int line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void expect_contains(const char *got, const char *part, const char *file,
                     int line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void expect_true(bool cond, const char *text, const char *file, int line,
                 const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Print every diagnostic of a list, to see what a failing case gave. */
void dump(const struct diag_list *diags);

/* A finding's message in English; valid until the next call. */
const char *msg_of(const struct diag *d);
