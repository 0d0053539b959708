/* SPDX-License-Identifier: MIT */
/*
 * skema batch: check every project of a municipality at once.  Paths are
 * walked in sorted order and checked by N worker threads; rows come out in
 * that order whatever N is, through a bounded window, so memory does not
 * grow with the number of projects.  One bad file is a row, never an
 * abort.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "checked.h"
#include "cli.h"
#include "format.h"
#include "report.h"
#include "report_model.h"
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

/* ---- one project's row ----------------------------------------------- */

enum status { ST_OK, ST_WARNINGS, ST_ERRORS, ST_UNREADABLE };
static const char *const status_names[] = { "ok", "warnings", "errors", "unreadable" };

struct options {
    enum report_format format;
    enum report_lang lang;
    size_t max_bytes;
    const struct rates *rates;
};

struct summary_row {
    enum status status;
    size_t errors, warnings;
    char *line;           /* the formatted row, caller-owned */
};

/* Markdown and text cells must stay on one line and in their column. */
static void plain_str(FILE *out, const char *s, bool md)
{
    for (; *s; s++) {
        char ch = *s == '\n' || *s == '\r' || *s == '\t' ? ' ' : *s;
        if (md && strchr("|\\`*_[]<>", ch))
            fputc('\\', out);
        fputc(ch, out);
    }
}

struct fields {
    const char *path, *sagsnummer, *navn, *kommune, *boligtype, *stage;
    char total[NUM_FMT_MAX], headroom[NUM_FMT_MAX], grundkapital[NUM_FMT_MAX];
    bool has_total, has_headroom, has_grundkapital;
    int64_t total_ore, headroom_ore, grundkapital_ore;
    const char *first;    /* the first error of an unreadable or broken file */
};

static void write_row(FILE *out, const struct options *o, const struct fields *f,
                      const struct summary_row *r)
{
    const char *st = status_names[r->status];
    switch (o->format) {
    case REPORT_CSV:
        csv_write_field(out, f->path);
        fputc(',', out);
        csv_write_field(out, f->sagsnummer);
        fputc(',', out);
        csv_write_field(out, f->navn);
        fputc(',', out);
        csv_write_field(out, f->kommune);
        fprintf(out, ",%s,%s,", f->boligtype, f->stage);
        if (f->has_total)
            fprintf(out, "%lld", (long long)f->total_ore);
        fputc(',', out);
        if (f->has_headroom)
            fprintf(out, "%lld", (long long)f->headroom_ore);
        fputc(',', out);
        if (f->has_grundkapital)
            fprintf(out, "%lld", (long long)f->grundkapital_ore);
        fprintf(out, ",%zu,%zu,%s,", r->errors, r->warnings, st);
        csv_write_field(out, f->first ? f->first : "");
        fputs("\r\n", out);
        return;
    case REPORT_JSON: {
        fputs("{\"path\": ", out);
        json_write_string(out, f->path);
        const struct { const char *key, *value; } texts[] = {
            { "sagsnummer", f->sagsnummer }, { "navn", f->navn },
            { "kommune", f->kommune }, { "boligtype", f->boligtype },
            { "stage", f->stage },
        };
        for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
            fprintf(out, ", \"%s\": ", texts[i].key);
            if (*texts[i].value)
                json_write_string(out, texts[i].value);
            else
                fputs("null", out);
        }
        const struct { const char *key; bool set; int64_t v; } nums[] = {
            { "total_ore", f->has_total, f->total_ore },
            { "headroom_ore", f->has_headroom, f->headroom_ore },
            { "grundkapital_ore", f->has_grundkapital, f->grundkapital_ore },
        };
        for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++) {
            fprintf(out, ", \"%s\": ", nums[i].key);
            if (nums[i].set)
                fprintf(out, "%lld", (long long)nums[i].v);
            else
                fputs("null", out);
        }
        fprintf(out, ", \"errors\": %zu, \"warnings\": %zu, \"status\": \"%s\"",
                r->errors, r->warnings, st);
        fputs(", \"first\": ", out);
        if (f->first)
            json_write_string(out, f->first);
        else
            fputs("null", out);
        fputs("}\n", out);
        return;
    }
    default: {
        bool md = o->format == REPORT_MD;
        fputs(md ? "| " : "", out);
        plain_str(out, f->path, md);
        const char *cells[] = { f->sagsnummer, f->navn, f->kommune, f->boligtype,
                                f->stage, f->has_total ? f->total : "",
                                f->has_headroom ? f->headroom : "",
                                f->has_grundkapital ? f->grundkapital : "" };
        for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++) {
            fputs(md ? " | " : "\t", out);
            plain_str(out, *cells[i] ? cells[i] : "–", md);
        }
        fprintf(out, md ? " | %zu | %zu | %s | " : "\t%zu\t%zu\t%s\t", r->errors,
                r->warnings, st);
        plain_str(out, f->first ? f->first : "", md);
        fputs(md ? " |\n" : "\n", out);
        return;
    }
    }
}

/* Check one file and write its row to direct, or, when direct is NULL,
 * into a caller-owned string in the result (for a worker, whose row waits
 * its turn). */
static struct summary_row check_one(const char *path, const struct options *o,
                                    FILE *direct)
{
    struct summary_row r = { 0 };
    struct checked c;
    char *err = NULL, *first = NULL;
    struct fields f = { .path = path, .sagsnummer = "", .navn = "", .kommune = "",
                        .boligtype = "", .stage = "" };
    if (!checked_run(&c, path, o->rates, o->max_bytes, SEV_ERROR, &err)) {
        r.status = ST_UNREADABLE;
        r.errors = 1;
        f.first = err;
    } else {
        r.errors = diag_count_severity(c.diags, SEV_ERROR);
        r.warnings = diag_count_severity(c.diags, SEV_WARNING);
        r.status = diag_any_unreadable(c.diags) ? ST_UNREADABLE
                 : r.errors ? ST_ERRORS : r.warnings ? ST_WARNINGS : ST_OK;
        for (size_t i = 0; i < diag_count(c.diags) && !first; i++) {
            const struct diag *d = diag_get(c.diags, i);
            if (d->severity == SEV_ERROR) {
                struct strbuf sb = STRBUF_INIT;
                first = xasprintf("%u:%u: %s%s%s [%s]", (unsigned)d->pos.line,
                                  (unsigned)d->pos.col, d->path, *d->path ? ": " : "",
                                  diag_text(&sb, d, LANG_EN), rule_info(d->rule)->id);
                strbuf_release(&sb);
            }
        }
        f.first = first;
        if (c.loaded) {
            const struct project_info *i = &c.project.projekt;
            struct report_opts ro = { .lang = o->lang };
            f.sagsnummer = i->sagsnummer.set ? i->sagsnummer.text : "";
            f.navn = i->navn.text;
            f.kommune = i->kommune.set ? i->kommune.text : "";
            f.boligtype = housing_key((enum housing)i->boligtype.n);
            for (int s = STAGE__COUNT; s-- > 0;) {
                const struct stage_figures *fig = &c.figures.stage[s];
                if (!fig->present)
                    continue;
                f.stage = stage_name((enum stage)s);
                if ((f.has_total = fig->row[ROW_TOTAL].set)) {
                    f.total_ore = fig->row[ROW_TOTAL].ore;
                    report_amount(f.total, f.total_ore, &ro, false);
                }
                if ((f.has_headroom = fig->cap.set && fig->row[ROW_TOTAL].set &&
                                      !fig->cap_open)) {
                    f.headroom_ore = fig->cap.ore - fig->row[ROW_TOTAL].ore;
                    report_amount(f.headroom, f.headroom_ore, &ro, false);
                }
                if ((f.has_grundkapital = fig->grundkapital.set)) {
                    f.grundkapital_ore = fig->grundkapital.ore;
                    report_amount(f.grundkapital, f.grundkapital_ore, &ro, true);
                }
                break;
            }
        }
    }
    if (direct) {
        write_row(direct, o, &f, &r);
    } else {
        char *buf = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&buf, &len);
        if (!mem) {
            fputs("skema: out of memory\n", stderr);
            abort();
        }
        write_row(mem, o, &f, &r);
        fclose(mem);
        r.line = buf;
    }
    free(err);
    free(first);
    checked_free(&c);
    return r;
}

/* ---- the paths, in order --------------------------------------------- */

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_yaml(const char *name)
{
    size_t n = strlen(name);
    return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
           (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

struct walker;
typedef void (*path_fn)(struct walker *w, const char *path);

/* The directories open on the way down, to notice a loop of links. */
struct walker {
    bool follow;
    path_fn emit;
    void *ctx;
    struct { dev_t dev; ino_t ino; } stack[64];
    size_t depth;
};

static void walk_dir(struct walker *w, const char *dir, const struct stat *st);

/* One path given or found: a file to check, or a directory to walk. */
static void walk(struct walker *w, const char *path, bool given)
{
    struct stat st;
    if (lstat(path, &st) != 0) {
        w->emit(w, path);   /* it becomes an "unreadable" row that says why */
        return;
    }
    if (S_ISLNK(st.st_mode)) {
        if (!w->follow && !given)
            return;
        if (stat(path, &st) != 0) {
            w->emit(w, path);
            return;
        }
    }
    if (S_ISDIR(st.st_mode))
        walk_dir(w, path, &st);
    else if (given || (S_ISREG(st.st_mode) && is_yaml(path)))
        w->emit(w, path);
}

static void walk_dir(struct walker *w, const char *dir, const struct stat *st)
{
    for (size_t i = 0; i < w->depth; i++)
        if (w->stack[i].dev == st->st_dev && w->stack[i].ino == st->st_ino)
            return;   /* a link back up: walked already */
    if (w->depth == sizeof w->stack / sizeof w->stack[0])
        return;
    DIR *d = opendir(dir);
    if (!d) {
        w->emit(w, dir);
        return;
    }
    size_t n = 0, cap = 64;
    char **names = xmalloc(cap * sizeof *names);
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap)
            names = xrealloc(names, (cap *= 2) * sizeof *names);
        names[n++] = xstrdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    w->stack[w->depth].dev = st->st_dev;
    w->stack[w->depth].ino = st->st_ino;
    w->depth++;
    size_t dlen = strlen(dir);
    bool slash = dlen > 0 && dir[dlen - 1] == '/';
    for (size_t i = 0; i < n; i++) {
        char *p = xasprintf("%s%s%s", dir, slash ? "" : "/", names[i]);
        walk(w, p, false);
        free(p);
        free(names[i]);
    }
    free(names);
    w->depth--;
}

/* ---- workers, and rows in order -------------------------------------- */

enum { WINDOW = 256 };

struct slot {
    char *path;
    struct summary_row row;
    bool done;
};

struct pool {
    const struct options *opts;
    FILE *out;
    pthread_mutex_t lock;
    pthread_cond_t work, done;
    struct slot ring[WINDOW];
    size_t head, next, tail;      /* written < taken < filled */
    bool eof;
    size_t jobs;
    size_t idle;                  /* workers waiting for work */
    bool main_waiting;            /* for room in the window, or the end */
    /* totals and progress */
    size_t count[4];
    size_t total;                 /* known only when progress is shown */
    bool progress;
    struct timespec start;
    double last_shown;
};

static double seconds_since(const struct timespec *t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    /* wall time for the progress line only; never touches money */
    return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void show_progress(struct pool *p, bool final)
{
    double s = seconds_since(&p->start);
    if (!p->progress || s < 1.0 || (!final && s - p->last_shown < 0.2))
        return;
    p->last_shown = s;
    double rate = (double)p->head / s;
    fprintf(stderr, "\r%zu/%zu files, %.0f files/s, %.0f s left   ", p->head,
            p->total, rate, rate > 0 ? (double)(p->total - p->head) / rate : 0.0);
    if (final)
        fputc('\n', stderr);
}

/* Write the finished rows at the head of the window; lock held. */
static void flush(struct pool *p)
{
    while (p->head < p->next && p->ring[p->head % WINDOW].done) {
        struct slot *s = &p->ring[p->head % WINDOW];
        fputs(s->row.line, p->out);
        p->count[s->row.status]++;
        free(s->row.line);
        free(s->path);
        memset(s, 0, sizeof *s);
        p->head++;
        show_progress(p, false);
    }
}

static void *worker(void *arg)
{
    struct pool *p = arg;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (p->next == p->tail && !p->eof) {
            p->idle++;
            pthread_cond_wait(&p->work, &p->lock);
            p->idle--;
        }
        if (p->next == p->tail)
            break;
        struct slot *s = &p->ring[p->next++ % WINDOW];
        pthread_mutex_unlock(&p->lock);
        struct summary_row r = check_one(s->path, p->opts, NULL);
        pthread_mutex_lock(&p->lock);
        s->row = r;
        s->done = true;
        /* whoever finishes the oldest row writes what is ready; the main
         * thread sleeps until half the window is free (or all is written),
         * so that it is woken once per many rows, not for each */
        if (s == &p->ring[p->head % WINDOW])
            flush(p);
        if (p->main_waiting && (p->tail - p->head <= WINDOW / 2 ||
                                (p->eof && p->head == p->tail))) {
            p->main_waiting = false;
            pthread_cond_signal(&p->done);
        }
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

static void enqueue(struct walker *w, const char *path)
{
    struct pool *p = w->ctx;
    if (p->jobs == 1) {
        /* one worker: no threads, no window, the row straight out */
        struct summary_row r = check_one(path, p->opts, p->out);
        p->count[r.status]++;
        p->head++;
        show_progress(p, false);
        return;
    }
    pthread_mutex_lock(&p->lock);
    while (p->tail - p->head == WINDOW) {
        flush(p);
        if (p->tail - p->head == WINDOW) {
            p->main_waiting = true;
            pthread_cond_wait(&p->done, &p->lock);
        }
    }
    struct slot *s = &p->ring[p->tail % WINDOW];
    s->path = xstrdup(path);
    s->done = false;
    p->tail++;
    if (p->idle)   /* a wake-up is a system call: only for a waiting worker */
        pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->lock);
}

static void count_one(struct walker *w, const char *path)
{
    (void)path;
    ((struct pool *)w->ctx)->total++;
}

/* ---- header and totals ------------------------------------------------ */

static const char *const columns[] = {
    "path", "sagsnummer", "navn", "kommune", "boligtype", "stage", "total",
    "headroom", "grundkapital", "errors", "warnings", "status", "first",
};

static void header(FILE *out, const struct options *o)
{
    size_t n = sizeof columns / sizeof columns[0];
    if (o->format == REPORT_JSON)
        return;
    for (size_t i = 0; i < n; i++) {
        const char *name = columns[i];
        if (o->format == REPORT_CSV && (i >= 6 && i <= 8))
            name = i == 6 ? "total_ore" : i == 7 ? "headroom_ore" : "grundkapital_ore";
        fprintf(out, "%s%s", o->format == REPORT_MD ? "| " : i ? (o->format == REPORT_CSV ? "," : "\t") : "",
                name);
        if (o->format == REPORT_MD)
            fputc(' ', out);
    }
    fputs(o->format == REPORT_MD ? "|\n" : o->format == REPORT_CSV ? "\r\n" : "\n", out);
    if (o->format == REPORT_MD) {
        for (size_t i = 0; i < n; i++)
            fputs(i >= 6 && i <= 10 ? "|---:" : "|---", out);
        fputs("|\n", out);
    }
}

static void totals(FILE *out, const struct options *o, const size_t count[4])
{
    size_t all = count[0] + count[1] + count[2] + count[3];
    if (o->format == REPORT_JSON) {
        fprintf(out, "{\"totals\": {\"projects\": %zu, \"clean\": %zu, \"warnings\": %zu, "
                "\"errors\": %zu, \"unreadable\": %zu}}\n", all, count[ST_OK],
                count[ST_WARNINGS], count[ST_ERRORS], count[ST_UNREADABLE]);
    } else if (o->format == REPORT_CSV) {
        /* a CSV table keeps one shape: its totals go to stderr */
        fprintf(stderr, "%zu projects: %zu clean, %zu with warnings, %zu with "
                "errors, %zu unreadable\n", all, count[ST_OK], count[ST_WARNINGS],
                count[ST_ERRORS], count[ST_UNREADABLE]);
    } else {
        bool dk = o->lang == LANG_DA;
        fprintf(out, o->format == REPORT_MD ? "\n%zu %s: %zu %s, %zu %s, %zu %s, %zu %s.\n"
                                            : "\n%zu %s: %zu %s, %zu %s, %zu %s, %zu %s\n",
                all, dk ? "projekter" : "projects", count[ST_OK], dk ? "rene" : "clean",
                count[ST_WARNINGS], dk ? "med advarsler" : "with warnings",
                count[ST_ERRORS], dk ? "med fejl" : "with errors",
                count[ST_UNREADABLE], dk ? "ulæselige" : "unreadable");
    }
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
    struct options o = { .format = REPORT_TEXT, .lang = LANG_DA, .max_bytes = 4u << 20 };
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
            if (!report_format_parse(optarg, &o.format) || o.format == REPORT_HTML) {
                if (strcmp(optarg, "jsonl") != 0)
                    return usage_error("batch", "unknown format '%s'; use text, md, csv or jsonl",
                                       optarg);
                o.format = REPORT_JSON;
            } else if (o.format == REPORT_JSON) {
                return usage_error("batch", "the batch summary is jsonl (a line per project), "
                                   "not json");
            }
            break;
        case 'l':
            if (!report_lang_parse(optarg, &o.lang))
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
    qsort(given.items, given.count, sizeof *given.items, by_name);

    struct rates *rates = load_rates(builtin, rate_files, nrate_files, o.max_bytes);
    if (!rates) {
        for (size_t i = 0; i < given.count; i++)
            free(given.items[i]);
        free(given.items);
        return EXIT_TROUBLE;
    }
    o.rates = rates;

    struct pool p = { .opts = &o, .out = stdout, .jobs = jobs,
                      .progress = isatty(STDERR_FILENO) != 0 };
    clock_gettime(CLOCK_MONOTONIC, &p.start);
    struct walker w = { .follow = follow, .ctx = &p };
    if (p.progress) {
        w.emit = count_one;
        for (size_t i = 0; i < given.count; i++)
            walk(&w, given.items[i], true);
    }
    pthread_mutex_init(&p.lock, NULL);
    pthread_cond_init(&p.work, NULL);
    pthread_cond_init(&p.done, NULL);
    pthread_t threads[256];
    size_t started = 0;
    if (jobs > 1)
        for (; started < jobs; started++)
            if (pthread_create(&threads[started], NULL, worker, &p) != 0)
                break;
    if (jobs > 1 && started == 0)
        p.jobs = 1;   /* no threads to be had: do the work here */

    header(stdout, &o);
    w.emit = enqueue;
    for (size_t i = 0; i < given.count; i++)
        walk(&w, given.items[i], true);

    pthread_mutex_lock(&p.lock);
    p.eof = true;
    pthread_cond_broadcast(&p.work);
    while (p.head < p.tail) {
        flush(&p);
        if (p.head < p.tail) {
            p.main_waiting = true;
            pthread_cond_wait(&p.done, &p.lock);
        }
    }
    pthread_mutex_unlock(&p.lock);
    for (size_t i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    show_progress(&p, true);
    totals(stdout, &o, p.count);

    for (size_t i = 0; i < given.count; i++)
        free(given.items[i]);
    free(given.items);
    rates_free(rates);
    pthread_mutex_destroy(&p.lock);
    pthread_cond_destroy(&p.work);
    pthread_cond_destroy(&p.done);

    bool failed = fail_on == FAIL_NEVER ? false
                : p.count[ST_ERRORS] + p.count[ST_UNREADABLE] > 0 ||
                  (fail_on == FAIL_WARNING && p.count[ST_WARNINGS] > 0);
    return finish_stdout(failed ? EXIT_FINDINGS : EXIT_CLEAN);
}
