/* SPDX-License-Identifier: MIT */
/* Assertions that name the failing case; documented in expect.h */
#include "expect.h"

#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

void expect_i64(int64_t got, int64_t want, const char *file, int line,
                       const char *fmt, ...)
{
    if (got == want)
        return;
    va_list ap;
    va_start(ap, fmt);
    vprint_error(fmt, ap);
    va_end(ap);
    print_error(": got %" PRId64 ", expected %" PRId64 "\n", got, want);
    _fail(file, line);
}

void expect_str(const char *got, const char *want, const char *file,
                       int line, const char *fmt, ...)
{
    if (got && want && strcmp(got, want) == 0)
        return;
    va_list ap;
    va_start(ap, fmt);
    vprint_error(fmt, ap);
    va_end(ap);
    print_error(": got \"%s\", expected \"%s\"\n", got ? got : "(null)",
                want ? want : "(null)");
    _fail(file, line);
}

void expect_contains(const char *got, const char *part,
                            const char *file, int line, const char *fmt, ...)
{
    if (got && strstr(got, part))
        return;
    va_list ap;
    va_start(ap, fmt);
    vprint_error(fmt, ap);
    va_end(ap);
    print_error(": \"%s\" does not contain \"%s\"\n", got ? got : "(null)",
                part);
    _fail(file, line);
}

void expect_true(bool cond, const char *text, const char *file,
                        int line, const char *fmt, ...)
{
    if (cond)
        return;
    va_list ap;
    va_start(ap, fmt);
    vprint_error(fmt, ap);
    va_end(ap);
    print_error(": expected %s\n", text);
    _fail(file, line);
}

const char *msg_of(const struct diag *d)
{
    static struct strbuf sb = STRBUF_INIT;
    return diag_text(&sb, d, LANG_EN);
}

void dump(const struct diag_list *diags)
{
    for (size_t i = 0; i < diag_count(diags); i++) {
        const struct diag *d = diag_get(diags, i);
        print_error("  %u:%u %s %s [%s] %s\n", (unsigned)d->pos.line,
                    (unsigned)d->pos.col, severity_name(d->severity),
                    rule_info(d->rule)->id, d->path, msg_of(d));
    }
}
