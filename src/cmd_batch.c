/* SPDX-License-Identifier: MIT */
/*
 * skema batch: check every project of a municipality at once.  Paths are
 * walked in sorted order and checked by N worker threads; rows come out in
 * that order whatever N is, through a bounded window, so memory does not
 * grow with the number of projects.  One bad file is a row, never an
 * abort.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch_pool.h"
#include "batch_walk.h"
#include "checked.h"
#include "cli.h"
#include "report_batch.h"
#include "xalloc.h"

static const char batch_usage[] =
    "Usage: skema batch [OPTION]... [PATH]...\n"
    "Check many projects at once and print one summary: a row per project\n"
    "and totals at the end.  Directories are walked recursively for *.yaml\n"
    "and *.yml (entries starting with '.' are passed over); files are taken\n"
    "as given; '-' reads a list of paths from stdin.  Rows are in path order\n"
    "whatever the number of workers.\n"
    "\n"
    "  -j, --jobs=N          N workers (default: the number of CPUs)\n"
    "  -f, --format=FORMAT   text (default), md, csv or jsonl\n"
    "      --lang=LANG       da (default) or en, for text and md\n"
    "      --fail-on=LEVEL   exit 1 on error (default), warning, or never\n"
    "      --follow          follow symbolic links (loops are detected)\n"
    "  -0, --null            paths read from stdin end with NUL, not newline\n"
    "      --rates=FILE      add the rates of FILE (skema-rates/1)\n"
    "      --no-default-rates  leave the built-in rates out\n"
    "      --max-bytes=N     refuse files larger than N bytes (default 4194304)\n"
    "  -h, --help            show this help and exit\n"
    "\n"
    "Exit status: 0 no project fails --fail-on; 1 some project does (an\n"
    "unreadable file counts as an error); 2 wrong usage.\n";

enum fail_on { FAIL_ERROR, FAIL_WARNING, FAIL_NEVER };

struct options {
    struct batch_format rows;
    size_t max_bytes;
    const struct rates *rates;
};

/* Check one file and write its row to direct, or, when direct is NULL,
 * into a caller-owned string in the result (for a worker, whose row waits
 * its turn). */
static struct batch_row check_one(const char *path, const void *ctx, FILE *direct)
{
    const struct options *o = ctx;
    struct batch_row r = { 0 };
    struct checked c;
    char *err = NULL, *first = NULL;
    struct batch_fields f = { .path = path, .sagsnummer = "", .navn = "", .kommune = "",
                              .boligtype = "", .stage = "" };
    if (!checked_run(&c, path, o->rates, o->max_bytes, SEV_ERROR, &err)) {
        r.status = BATCH_UNREADABLE;
        r.errors = 1;
        f.first = err;
    } else {
        r.errors = diag_count_severity(c.diags, SEV_ERROR);
        r.warnings = diag_count_severity(c.diags, SEV_WARNING);
        r.status = diag_any_unreadable(c.diags) ? BATCH_UNREADABLE
                 : r.errors ? BATCH_ERRORS : r.warnings ? BATCH_WARNINGS : BATCH_OK;
        f.first = first = batch_first_error(&c);
        if (c.loaded)
            batch_fields_fill(&f, &c, o->rows.lang);
    }
    if (direct) {
        batch_write_row(direct, &o->rows, &f, &r);
    } else {
        char *buf = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&buf, &len);
        if (!mem) {
            fputs("skema: out of memory\n", stderr);
            abort();
        }
        batch_write_row(mem, &o->rows, &f, &r);
        fclose(mem);
        r.line = buf;
    }
    free(err);
    free(first);
    checked_free(&c);
    return r;
}

static void enqueue(struct batch_walker *w, const char *path)
{
    batch_pool_add(w->ctx, path);
}

static void count_one(struct batch_walker *w, const char *path)
{
    (void)path;
    (*(size_t *)w->ctx)++;
}

/* ---- paths from stdin ------------------------------------------------- */

struct pathlist {
    char **items;
    size_t count, cap;
};

static void read_list(struct pathlist *l, int sep)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getdelim(&line, &cap, sep, stdin)) > 0) {
        if (line[n - 1] == sep)
            line[--n] = '\0';
        if (n == 0)
            continue;
        if (l->count == l->cap)
            l->items = xrealloc(l->items, (l->cap = l->cap ? 2 * l->cap : 64) *
                                              sizeof *l->items);
        l->items[l->count++] = xstrdup(line);
    }
    free(line);
}

int cmd_batch(int argc, char **argv)
{
    static const struct option options[] = {
        { "jobs", required_argument, NULL, 'j' },
        { "format", required_argument, NULL, 'f' },
        { "lang", required_argument, NULL, 'l' },
        { "fail-on", required_argument, NULL, 'F' },
        { "follow", no_argument, NULL, 'L' },
        { "null", no_argument, NULL, '0' },
        { "rates", required_argument, NULL, 'r' },
        { "no-default-rates", no_argument, NULL, 'n' },
        { "max-bytes", required_argument, NULL, 'm' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    struct options o = { .rows = { REPORT_TEXT, LANG_DA }, .max_bytes = 4u << 20 };
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    size_t jobs = cpus > 0 ? (size_t)cpus : 1;
    enum fail_on fail_on = FAIL_ERROR;
    bool follow = false, builtin = true;
    int sep = '\n';
    char *rate_files[16];
    size_t nrate_files = 0;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":j:f:0h", options, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'j': {
            unsigned long v = strtoul(optarg, &end, 10);
            if (*optarg < '1' || *optarg > '9' || *end || v > 256)
                return usage_error("batch", "-j needs a number of workers from 1 to 256, not '%s'",
                                   optarg);
            jobs = v;
            break;
        }
        case 'f':
            if (!report_format_parse(optarg, &o.rows.format) || o.rows.format == REPORT_HTML) {
                if (strcmp(optarg, "jsonl") != 0)
                    return usage_error("batch", "unknown format '%s'; use text, md, csv or jsonl",
                                       optarg);
                o.rows.format = REPORT_JSON;
            } else if (o.rows.format == REPORT_JSON) {
                return usage_error("batch", "the batch summary is jsonl (a line per project), "
                                   "not json");
            }
            break;
        case 'l':
            if (!report_lang_parse(optarg, &o.rows.lang))
                return usage_error("batch", "unknown language '%s'; use da or en", optarg);
            break;
        case 'F':
            if (strcmp(optarg, "error") == 0)
                fail_on = FAIL_ERROR;
            else if (strcmp(optarg, "warning") == 0)
                fail_on = FAIL_WARNING;
            else if (strcmp(optarg, "never") == 0)
                fail_on = FAIL_NEVER;
            else
                return usage_error("batch", "--fail-on is error, warning or never, not '%s'", optarg);
            break;
        case 'L':
            follow = true;
            break;
        case '0':
            sep = '\0';
            break;
        case 'r':
            if (nrate_files == 16)
                return usage_error("batch", "at most %d --rates files", 16);
            rate_files[nrate_files++] = optarg;
            break;
        case 'n':
            builtin = false;
            break;
        case 'm': {
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*optarg < '0' || *optarg > '9' || *end || v == 0)
                return usage_error("batch", "--max-bytes needs a positive number of bytes, not '%s'",
                                   optarg);
            o.max_bytes = (size_t)v;
            break;
        }
        case 'h':
            fputs(batch_usage, stdout);
            return finish_stdout(EXIT_CLEAN);
        case ':':
            return usage_error("batch", "option '%s' needs a value", argv[optind - 1]);
        default:
            return usage_error("batch", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind == argc)
        return usage_error("batch", "no PATH given (use . for this directory, - for stdin)");

    /* the paths given, and those from stdin, in sorted order */
    struct pathlist given = { 0 };
    for (int i = optind; i < argc; i++) {
        if (strcmp(argv[i], "-") == 0) {
            read_list(&given, sep);
            continue;
        }
        if (given.count == given.cap)
            given.items = xrealloc(given.items, (given.cap = given.cap ? 2 * given.cap : 16) *
                                                    sizeof *given.items);
        given.items[given.count++] = xstrdup(argv[i]);
    }
    qsort(given.items, given.count, sizeof *given.items, batch_by_name);

    struct rates *rates = load_rates(builtin, rate_files, nrate_files, o.max_bytes);
    if (!rates) {
        for (size_t i = 0; i < given.count; i++)
            free(given.items[i]);
        free(given.items);
        return EXIT_TROUBLE;
    }
    o.rates = rates;

    size_t count[BATCH_STATUS__COUNT] = { 0 };
    struct batch_pool *p = batch_pool_new(jobs, stdout, check_one, &o);
    if (isatty(STDERR_FILENO)) {
        size_t total = 0;
        struct batch_walker w = { .follow = follow, .emit = count_one, .ctx = &total };
        for (size_t i = 0; i < given.count; i++)
            batch_walk(&w, given.items[i], true);
        batch_pool_progress(p, total);
    }
    batch_write_header(stdout, &o.rows);
    struct batch_walker w = { .follow = follow, .emit = enqueue, .ctx = p };
    for (size_t i = 0; i < given.count; i++)
        batch_walk(&w, given.items[i], true);
    batch_pool_finish(p, count);
    batch_pool_free(p);
    batch_write_totals(stdout, &o.rows, count);

    for (size_t i = 0; i < given.count; i++)
        free(given.items[i]);
    free(given.items);
    rates_free(rates);

    bool failed = fail_on == FAIL_NEVER ? false
                : count[BATCH_ERRORS] + count[BATCH_UNREADABLE] > 0 ||
                  (fail_on == FAIL_WARNING && count[BATCH_WARNINGS] > 0);
    return finish_stdout(failed ? EXIT_FINDINGS : EXIT_CLEAN);
}
