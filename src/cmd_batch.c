/* SPDX-License-Identifier: MIT */
/*
 * skema batch: check every project of a municipality at once.  Paths are
 * walked in sorted order and checked by N worker threads; rows come out in
 * that order whatever N is, through a bounded window, so memory does not
 * grow with the number of projects.  One bad file is a row, never an
 * abort.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch_pool.h"
#include "batch_walk.h"
#include "checked.h"
#include "cli.h"
#include "output.h"
#include "report_batch.h"
#include "report_xlsx.h"
#include "xalloc.h"

enum fail_on { FAIL_ERROR, FAIL_WARNING, FAIL_NEVER };

/* What a worker needs: read only. */
struct check_ctx {
    struct batch_format rows;
    size_t max_bytes;
    const struct rates *rates;
};

/* Check one file and write its row to direct, or, when direct is NULL,
 * into a caller-owned string in the result (for a worker, whose row waits
 * its turn). */
static struct batch_row check_one(const char *path, const char *why, const void *ctx,
                                  FILE *direct)
{
    const struct check_ctx *o = ctx;
    struct batch_row r = { 0 };
    struct checked c;
    char *err = NULL, *first = NULL;
    struct batch_fields f = { .path = path, .sagsnummer = "", .navn = "", .kommune = "",
                              .stage = "", .housing = -1, .first_sev = -1 };
    if (why) {
        memset(&c, 0, sizeof c);
        r.status = BATCH_UNREADABLE;
        r.errors = 1;
        f.first = why;
        f.first_sev = SEV_ERROR;
    } else if (!checked_run(&c, path, o->rates, o->max_bytes, SEV_WARNING, &err)) {
        r.status = BATCH_UNREADABLE;
        r.errors = 1;
        f.first = err;
        f.first_sev = SEV_ERROR;
    } else {
        r.errors = diag_count_severity(c.diags, SEV_ERROR);
        r.warnings = diag_count_severity(c.diags, SEV_WARNING);
        r.status = diag_any_unreadable(c.diags) ? BATCH_UNREADABLE
                 : r.errors ? BATCH_ERRORS : r.warnings ? BATCH_WARNINGS : BATCH_OK;
        f.first = first = batch_worst_finding(&c, o->rows.lang, &f.first_sev);
        if (c.loaded)
            batch_fields_fill(&f, &c);
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

static void enqueue(struct batch_walker *w, const char *path, const char *why)
{
    batch_pool_add(w->ctx, path, why);
}

static void count_one(struct batch_walker *w, const char *path, const char *why)
{
    (void)path;
    (void)why;
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

static const struct opt_choice formats[] = {
    { "text", REPORT_TEXT }, { "md", REPORT_MD }, { "csv", REPORT_CSV },
    { "jsonl", REPORT_JSON }, { "xlsx", REPORT_XLSX }, { "json", -1 }, { NULL, 0 },
};

static const struct opt_choice fail_levels[] = {
    { "error", FAIL_ERROR }, { "warning", FAIL_WARNING }, { "never", FAIL_NEVER },
    { NULL, 0 },
};

struct batch_opts {
    int format, lang, fail_on;
    uint64_t jobs;
    bool follow, null;
    const char *output;
    struct run_opts run;
};

/* The workers by default: one per CPU, at most SKEMA_DEFAULT_JOBS_MAX. */
static uint64_t default_jobs(void)
{
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    if (cpus < 1)
        return 1;
    return (uint64_t)cpus < SKEMA_DEFAULT_JOBS_MAX ? (uint64_t)cpus
                                                   : SKEMA_DEFAULT_JOBS_MAX;
}

/* Parse the command line into o; the paths are argv[0..n).  -1 and
 * *code when the command is done. */
static int parse(int argc, char **argv, struct batch_opts *o, int *code)
{
    const struct opt opts[] = {
        OPT_UINT_('j', "jobs", &o->jobs, "N",
                  "N workers (default: the number of CPUs, at most "
                  SKEMA_DEFAULT_JOBS_MAX_TEXT ")", 1, SKEMA_MAX_JOBS,
                  N_("{option} needs a number of workers from {min} to {max}, not '{value}'")),
        OPT_CHOICE_('f', "format", &o->format, "FORMAT",
                    "text (default), md, csv, jsonl or xlsx (with -o)", formats,
                    N_("unknown format '{value}'; use text, md, csv, jsonl or xlsx")),
        OPT_LANG(&o->lang, "da (default) or en: headers, findings and numbers"),
        OPT_CHOICE_(0, "fail-on", &o->fail_on, "LEVEL",
                    "exit 1 on error (default), warning, or never", fail_levels,
                    N_("{option} is error, warning or never, not '{value}'")),
        OPT_FLAG_(0, "follow", &o->follow,
                  "follow symbolic links (each directory is walked\nonce)"),
        OPT_FLAG_('0', "null", &o->null, "paths read from stdin end with NUL, not newline"),
        OPT_STRING_('o', "output", &o->output, "FILE",
                    "write the summary to FILE, whole or not at all"),
        OPT_RUN(&o->run),
        OPT_HELP_(),
        OPT_END_(),
    };
    const struct opt_command cmd = {
        "batch",
        "Usage: skema batch [OPTION]... [PATH]...\n"
        "Check many projects at once and print one summary: a row per project\n"
        "and totals at the end.  Directories are walked recursively for files\n"
        "ending in .yaml or .yml, in any case (.YAML, .Yml); entries starting\n"
        "with '.' are passed over; files are taken as given; '-' reads a list\n"
        "of paths from stdin.  A path given twice is checked once.  Rows are\n"
        "in path order whatever the number of workers.\n",
        "Exit status: 0 no project fails --fail-on; 1 some project does (an\n"
        "unreadable file counts as an error); 2 wrong usage.\n",
        opts,
    };
    int n = options_parse(&cmd, argc, argv, code);
    if (n < 0)
        return -1;
    if (o->format < 0)
        *code = usage_error("batch", N_("the batch summary is jsonl (a line per "
                                        "project), not json"), NO_ARGS);
    else if (n == 0)
        *code = usage_error("batch", N_("no PATH given (use . for this directory, "
                                        "- for stdin)"), NO_ARGS);
    else if (o->format == REPORT_XLSX && !o->output)
        *code = usage_error("batch", N_("an xlsx workbook is written to a file: "
                                        "give -o FILE"), NO_ARGS);
    else
        return n;
    return -1;
}

/* The paths given, and those from stdin, sorted and each once. */
static void gather(struct pathlist *l, int n, char **argv, int sep)
{
    for (int i = 0; i < n; i++) {
        if (strcmp(argv[i], "-") == 0) {
            read_list(l, sep);
            continue;
        }
        if (l->count == l->cap)
            l->items = xrealloc(l->items, (l->cap = l->cap ? 2 * l->cap : 16) *
                                              sizeof *l->items);
        l->items[l->count++] = xstrdup(argv[i]);
    }
    if (l->count == 0)
        return;   /* an empty list from stdin: items is NULL, which qsort may not get */
    qsort(l->items, l->count, sizeof *l->items, batch_by_name);
    size_t k = 0;
    for (size_t i = 0; i < l->count; i++) {
        if (k && strcmp(l->items[k - 1], l->items[i]) == 0)
            free(l->items[i]);
        else
            l->items[k++] = l->items[i];
    }
    l->count = k;
}

/* Check every project under the paths into out; the counts of rows by
 * status.  text and xlsx are laid out when every row is in (column
 * widths, the workbook): their rows wait in memory, a few hundred bytes
 * a project; md, csv and jsonl stream.  False when the workbook could
 * not be written. */
static bool run(const struct batch_opts *o, const struct pathlist *paths,
                const struct rates *rates, FILE *out, size_t count[BATCH_STATUS__COUNT])
{
    struct check_ctx ctx = { { (enum report_format)o->format, (enum report_lang)o->lang },
                             o->run.max_bytes, rates };
    bool laid_out = o->format == REPORT_TEXT || o->format == REPORT_XLSX;
    char *buf = NULL;
    size_t len = 0;
    FILE *rows = laid_out ? open_memstream(&buf, &len) : out;
    if (!rows) {
        fputs("skema: out of memory\n", stderr);
        abort();
    }
    struct batch_pool *p = batch_pool_new((size_t)o->jobs, rows, check_one, &ctx);
    if (isatty(STDERR_FILENO)) {
        size_t total = 0;
        struct batch_walker w = { .follow = o->follow, .emit = count_one, .ctx = &total };
        for (size_t i = 0; i < paths->count; i++)
            batch_walk(&w, paths->items[i]);
        batch_walker_release(&w);
        batch_pool_progress(p, total);
    }
    batch_write_header(rows, &ctx.rows);
    struct batch_walker w = { .follow = o->follow, .emit = enqueue, .ctx = p };
    for (size_t i = 0; i < paths->count; i++)
        batch_walk(&w, paths->items[i]);
    batch_walker_release(&w);
    batch_pool_finish(p, count);
    batch_pool_free(p);
    bool ok = true;
    if (laid_out) {
        fclose(rows);
        if (o->format == REPORT_TEXT)
            batch_write_table(out, &ctx.rows, buf, len);
        else
            ok = batch_write_xlsx(out, &ctx.rows, buf, len, count);
        free(buf);
    }
    batch_write_totals(out, &ctx.rows, count);
    return ok;
}

/* Run into -o FILE, whole or not at all, or to stdout; EXIT_TROUBLE when
 * the file could not be written (said). */
static int run_to(const struct batch_opts *o, const struct pathlist *paths,
                  const struct rates *rates, size_t count[BATCH_STATUS__COUNT])
{
    if (!o->output)
        return run(o, paths, rates, stdout, count) ? EXIT_CLEAN : EXIT_TROUBLE;
    const char **inputs = xcalloc(paths->count + o->run.rates.count + 1, sizeof *inputs);
    for (size_t i = 0; i < paths->count; i++)
        inputs[i] = paths->items[i];
    for (size_t i = 0; i < o->run.rates.count; i++)
        inputs[paths->count + i] = o->run.rates.items[i];
    struct output out;
    char *err = NULL;
    bool ok = output_open(&out, o->output, inputs, paths->count + o->run.rates.count, &err);
    free(inputs);
    if (ok && !run(o, paths, rates, out.file, count)) {
        output_abort(&out);
        err = xstrdup("the workbook could not be written");
        ok = false;
    } else if (ok) {
        ok = output_commit(&out, &err);
    }
    if (!ok) {
        fprintf(stderr, "skema: %s\n", err);
        free(err);
        return EXIT_TROUBLE;
    }
    return EXIT_CLEAN;
}

int cmd_batch(int argc, char **argv)
{
    struct batch_opts o = { .format = REPORT_TEXT, .lang = LANG_DA,
                            .fail_on = FAIL_ERROR, .jobs = default_jobs(),
                            .run = RUN_OPTS_INIT };
    int code, n = parse(argc, argv, &o, &code);
    if (n < 0)
        return code;
    if (o.format == REPORT_XLSX && !report_xlsx_ready())
        return EXIT_TROUBLE;
    struct rates *rates = load_rates(&o.run);
    if (!rates)
        return EXIT_TROUBLE;
    struct pathlist paths = { 0 };
    gather(&paths, n, argv, o.null ? '\0' : '\n');
    size_t count[BATCH_STATUS__COUNT] = { 0 };
    int trouble = run_to(&o, &paths, rates, count);
    for (size_t i = 0; i < paths.count; i++)
        free(paths.items[i]);
    free(paths.items);
    rates_free(rates);
    bool failed = o.fail_on == FAIL_NEVER ? false
                : count[BATCH_ERRORS] + count[BATCH_UNREADABLE] > 0 ||
                  (o.fail_on == FAIL_WARNING && count[BATCH_WARNINGS] > 0);
    return finish_stdout(trouble ? trouble : failed ? EXIT_FINDINGS : EXIT_CLEAN);
}
