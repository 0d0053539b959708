/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of options.h, table-driven: one argv per row, with the
 * operands it leaves, the exit status when it stops, the values it sets
 * and the usage error it says, in Danish as without --lang (stderr is
 * caught in a file).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "cli.h"
#include "expect.h"
#include "options.h"

struct values {
    int format;
    bool flag;
    const char *out;
    uint64_t jobs;
    struct run_opts run;
};

static const struct opt_choice formats[] = {
    { "text", 0 }, { "md", 1 }, { "json", 2 }, { NULL, 0 },
};

struct opt_case {
    const char *args;       /* apart by spaces; "" is no argument */
    int n;                  /* operands left, or -1 */
    int code;               /* when n is -1 */
    const char *err;        /* the first line of stderr, or NULL: none */
    int format;
    bool flag;
    const char *out;        /* -o, or NULL */
    uint64_t jobs;
    size_t max_bytes, nrates;
};

/* Parse c->args against a table of every kind of option. */
static int parse(const struct opt_case *c, struct values *v, char *err, size_t errlen)
{
    const struct opt opts[] = {
        OPT_CHOICE_('f', "format", &v->format, "FORMAT", "the format", formats,
                    N_("unknown format '{value}'; use text, md, html or json")),
        OPT_FLAG_(0, "flag", &v->flag, "a flag"),
        OPT_STRING_('o', "output", &v->out, "FILE", "write to FILE"),
        OPT_UINT_('j', "jobs", &v->jobs, "N", "workers", 1, 256,
                  N_("{option} needs a number of workers from {min} to {max}, not '{value}'")),
        OPT_FLAG_('0', "null", &v->flag, "NUL"),
        OPT_RUN(&v->run),
        OPT_HELP_(),
        OPT_END_(),
    };
    const struct opt_command cmd = { "test", "Usage: skema test\n", NULL, opts };
    /* static: the values set point into it, and are read after the parse */
    static char buf[1024];
    char *argv[64] = { (char *)"test" };
    int argc = 1;
    snprintf(buf, sizeof buf, "%s", c->args);
    for (char *t = strtok(buf, " "); t && argc < 63; t = strtok(NULL, " "))
        argv[argc++] = strcmp(t, "''") == 0 ? (char *)"" : t;
    FILE *cap = tmpfile();
    assert_non_null(cap);
    fflush(stderr);
    int saved = dup(STDERR_FILENO);
    dup2(fileno(cap), STDERR_FILENO);
    int code = -1, n = options_parse(&cmd, argc, argv, &code);
    fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
    rewind(cap);
    if (!fgets(err, (int)errlen, cap))
        err[0] = '\0';
    err[strcspn(err, "\n")] = '\0';
    fclose(cap);
    return n < 0 ? -100 - code : n;
}

static void test_table(void **state)
{
    (void)state;
    static const struct opt_case cases[] = {
        { "a b", 2, 0, NULL, 0, false, NULL, 4, SKEMA_MAX_BYTES_DEFAULT, 0 },
        { "-f json a", 1, 0, NULL, 2, false, NULL, 4, SKEMA_MAX_BYTES_DEFAULT, 0 },
        { "-fjson a", 1, 0, NULL, 2, false, NULL, 4, SKEMA_MAX_BYTES_DEFAULT, 0 },
        { "a --format=md", 1, 0, NULL, 1, false, NULL, 4, SKEMA_MAX_BYTES_DEFAULT, 0 },
        { "--form md a", 1, 0, NULL, 1, false, NULL, 4, SKEMA_MAX_BYTES_DEFAULT, 0 },
        { "-0j8 -o r.txt x", 1, 0, NULL, 0, true, "r.txt", 8, SKEMA_MAX_BYTES_DEFAULT, 0 },
        { "-- -f x", 2, 0, NULL, 0, false, NULL, 4, SKEMA_MAX_BYTES_DEFAULT, 0 },
        { "- x", 2, 0, NULL, 0, false, NULL, 4, SKEMA_MAX_BYTES_DEFAULT, 0 },
        { "--rates a --rates=b --no-default-rates --max-bytes 100", 0, 0, NULL,
          0, false, NULL, 4, 100, 2 },
        { .args = "-Xf a", .n = -1, .code = 2, .err = "skema test: ukendt tilvalg '-X'" },
        { .args = "-fX a", .n = -1, .code = 2, .err = "skema test: ukendt format 'X'; brug text, md, html eller json" },
        { .args = "--fromat=json a", .n = -1, .code = 2, .err = "skema test: ukendt tilvalg '--fromat'" },
        { .args = "--n a", .n = -1, .code = 2, .err = "skema test: tilvalget '--n' er tvetydigt" },
        { .args = "--flag=yes a", .n = -1, .code = 2, .err = "skema test: tilvalget '--flag' tager ingen værdi" },
        { .args = "a -o", .n = -1, .code = 2, .err = "skema test: tilvalget '-o' skal have en værdi" },
        { .args = "a --output", .n = -1, .code = 2, .err = "skema test: tilvalget '--output' skal have en værdi" },
        { .args = "-j 0", .n = -1, .code = 2, .err = "skema test: -j skal have et antal arbejdere fra 1 til 256, ikke '0'" },
        { .args = "--jobs=257", .n = -1, .code = 2, .err =
          "skema test: --jobs skal have et antal arbejdere fra 1 til 256, ikke '257'" },
        { .args = "-j +3", .n = -1, .code = 2, .err = "skema test: -j skal have et antal arbejdere fra 1 til 256, ikke '+3'" },
        { .args = "--max-bytes=0", .n = -1, .code = 2, .err =
          "skema test: --max-bytes skal have et positivt antal byte, ikke '0'" },
        { .args = "--max-bytes=-1", .n = -1, .code = 2, .err =
          "skema test: --max-bytes skal have et positivt antal byte, ikke '-1'" },
        { .args = "--max-bytes=12k", .n = -1, .code = 2, .err =
          "skema test: --max-bytes skal have et positivt antal byte, ikke '12k'" },
        { .args = "--max-bytes ''", .n = -1, .code = 2, .err =
          "skema test: --max-bytes skal have et positivt antal byte, ikke ''" },
        { .args = "--max-bytes=99999999999999999999", .n = -1, .code = 2, .err =
          "skema test: --max-bytes er højst 9223372036854775807 byte, ikke "
          "'99999999999999999999'" },
        { .args = "--max-bytes=9223372036854775808", .n = -1, .code = 2, .err =
          "skema test: --max-bytes er højst 9223372036854775807 byte, ikke "
          "'9223372036854775808'" },
        { .args = "--rates 1 --rates 2 --rates 3 --rates 4 --rates 5 --rates 6 --rates 7 "
          "--rates 8 --rates 9 --rates 10 --rates 11 --rates 12 --rates 13 "
          "--rates 14 --rates 15 --rates 16 --rates 17", .n = -1, .code = 2, .err =
          "skema test: --rates kan højst angives 16 gange" },
        { .args = "-h --bogus", .n = -1, .code = 0, .err = "" },
    };
    for (size_t i = 0; i < ALEN(cases); i++) {
        const struct opt_case *c = &cases[i];
        struct values v = { .jobs = 4, .run = RUN_OPTS_INIT };
        char err[512];
        int got = parse(c, &v, err, sizeof err);
        EXPECT_I64(got, c->n >= 0 ? c->n : -100 - c->code, "%s", c->args);
        EXPECT_STR(err, c->err ? c->err : "", "%s", c->args);
        if (c->n < 0)
            continue;
        EXPECT_I64(v.format, c->format, "%s: format", c->args);
        EXPECT_TRUE(v.flag == c->flag, "%s: flag", c->args);
        EXPECT_STR(v.out ? v.out : "", c->out ? c->out : "", "%s: -o", c->args);
        EXPECT_I64((int64_t)v.jobs, (int64_t)c->jobs, "%s: -j", c->args);
        EXPECT_I64((int64_t)v.run.max_bytes, (int64_t)c->max_bytes, "%s: --max-bytes",
                   c->args);
        EXPECT_I64((int64_t)v.run.rates.count, (int64_t)c->nrates, "%s: --rates",
                   c->args);
    }
}

/* Operands keep their order, options taken out from among them. */
static void test_operands(void **state)
{
    (void)state;
    const struct opt opts[] = { OPT_HELP_(), OPT_END_() };
    const struct opt_command cmd = { "test", "", NULL, opts };
    char *argv[] = { (char *)"test", (char *)"c", (char *)"--", (char *)"-h",
                     (char *)"a", NULL };
    int code = -1;
    assert_int_equal(options_parse(&cmd, 5, argv, &code), 3);
    assert_string_equal(argv[0], "c");
    assert_string_equal(argv[1], "-h");
    assert_string_equal(argv[2], "a");
}

/* --help lays the table out as every command's help: the names, then the
 * text from column 25, continued lines indented as far. */
static void test_help(void **state)
{
    (void)state;
    uint64_t n = 0;
    bool b = false;
    const struct opt opts[] = {
        OPT_UINT_('j', "jobs", &n, "N", "N workers", 1, 2, N_("{value}")),
        OPT_FLAG_(0, "no-default-rates", &b, "leave the built-in rates out"),
        OPT_FLAG_(0, "thousands", &b, "amounts rounded\nto thousands"),
        OPT_HELP_(),
        OPT_END_(),
    };
    const struct opt_command cmd = { "test", "Usage: skema test\n", "Exit status: 0\n",
                                     opts };
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    options_help(&cmd, out);
    fclose(out);
    assert_string_equal(text,
                        "Usage: skema test\n"
                        "\n"
                        "  -j, --jobs=N          N workers\n"
                        "      --no-default-rates  leave the built-in rates out\n"
                        "      --thousands       amounts rounded\n"
                        "                        to thousands\n"
                        "  -h, --help            show this help and exit\n"
                        "\n"
                        "Exit status: 0\n");
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_operands),
        cmocka_unit_test(test_help),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
