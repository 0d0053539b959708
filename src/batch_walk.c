/* SPDX-License-Identifier: MIT */
/* The walk of skema batch; documented in include/batch_walk.h */
#include "batch_walk.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "strbuf.h"
#include "xalloc.h"

struct batch_seen {
    dev_t dev;
    ino_t ino;
    bool used;
};

int batch_by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

bool batch_is_yaml(const char *name)
{
    size_t n = strlen(name);
    return (n > 5 && strcasecmp(name + n - 5, ".yaml") == 0) ||
           (n > 4 && strcasecmp(name + n - 4, ".yml") == 0);
}

static size_t slot_of(const struct batch_walker *w, const struct stat *st)
{
    uint64_t h = ((uint64_t)st->st_dev * 0x9e3779b97f4a7c15u) ^ (uint64_t)st->st_ino;
    h *= 0xff51afd7ed558ccdu;
    return (size_t)(h ^ (h >> 32)) & (w->cap - 1);
}

static bool in_set(const struct batch_walker *w, const struct stat *st)
{
    if (!w->cap)
        return false;
    for (size_t k = slot_of(w, st); w->seen[k].used; k = (k + 1) & (w->cap - 1))
        if (w->seen[k].dev == st->st_dev && w->seen[k].ino == st->st_ino)
            return true;
    return false;
}

/* Add st to the set; false when it was there already. */
static bool first_visit(struct batch_walker *w, const struct stat *st)
{
    if (in_set(w, st))
        return false;
    if (2 * (w->nseen + 1) > w->cap) {
        struct batch_walker bigger = { .cap = w->cap ? 2 * w->cap : 256 };
        bigger.seen = xcalloc(bigger.cap, sizeof *bigger.seen);
        for (size_t i = 0; i < w->cap; i++) {
            if (!w->seen[i].used)
                continue;
            struct stat old = { .st_dev = w->seen[i].dev, .st_ino = w->seen[i].ino };
            size_t k = slot_of(&bigger, &old);
            while (bigger.seen[k].used)
                k = (k + 1) & (bigger.cap - 1);
            bigger.seen[k] = w->seen[i];
        }
        free(w->seen);
        w->seen = bigger.seen;
        w->cap = bigger.cap;
    }
    size_t k = slot_of(w, st);
    while (w->seen[k].used)
        k = (k + 1) & (w->cap - 1);
    w->seen[k] = (struct batch_seen){ st->st_dev, st->st_ino, true };
    w->nseen++;
    return true;
}

/* Whether the walk of a directory takes (took, or will take) the file a
 * path names: a regular file with a YAML name, not hidden, in a
 * directory walked. */
static bool walked_in_dir(const struct batch_walker *w, const char *path)
{
    char *real = realpath(path, NULL);
    if (!real)
        return false;
    char *slash = strrchr(real, '/');
    const char *base = slash + 1;
    bool taken = false;
    struct stat dir;
    if (*base != '.' && batch_is_yaml(base)) {
        *slash = '\0';
        taken = stat(*real ? real : "/", &dir) == 0 && in_set(w, &dir);
    }
    free(real);
    return taken;
}

void batch_walker_release(struct batch_walker *w)
{
    free(w->seen);
    w->seen = NULL;
    w->nseen = w->cap = 0;
}

/* A link whose target does not exist: said as what it is. */
static void emit_dangling(struct batch_walker *w, const char *path)
{
    struct strbuf why = STRBUF_INIT;
    size_t cap = 256;
    char *target = xmalloc(cap);
    ssize_t n;
    while ((n = readlink(path, target, cap)) >= 0 && (size_t)n == cap)
        target = xrealloc(target, cap *= 2);
    if (n >= 0)
        strbuf_addf(&why, "a dangling symbolic link to '%.*s'", (int)n, target);
    else
        strbuf_addstr(&why, "a dangling symbolic link");
    w->emit(w, path, why.buf);
    free(target);
    strbuf_release(&why);
}

static void emit_errno(struct batch_walker *w, const char *path, const char *what,
                       int e)
{
    char *why = errno_message(what, e);
    w->emit(w, path, why);
    free(why);
}

static void walk_dir(struct batch_walker *w, const char *dir);

/* A path given (given) or found in a directory. */
static void walk_path(struct batch_walker *w, const char *path, bool given)
{
    struct stat st;
    if (lstat(path, &st) != 0) {
        emit_errno(w, path, "cannot read", errno);
        return;
    }
    bool via_link = S_ISLNK(st.st_mode);
    if (via_link) {
        if (!w->follow && !given)
            return;   /* links in directories are followed only with --follow */
        if (stat(path, &st) != 0) {
            if (errno != ENOENT && errno != ENOTDIR)
                emit_errno(w, path, "cannot follow the link", errno);
            else if (given || batch_is_yaml(path))
                emit_dangling(w, path);
            return;
        }
    }
    if (!S_ISDIR(st.st_mode) && !given && !(S_ISREG(st.st_mode) && batch_is_yaml(path)))
        return;
    if (S_ISDIR(st.st_mode)) {
        if (first_visit(w, &st))   /* else walked already: a loop, a fan, twice */
            walk_dir(w, path);
        return;
    }
    /* A file is kept in the set only when another path may lead to it
     * (given, through a link, or a hard link), so that the set grows
     * with the directories, not with the projects; one the walk of its
     * directory takes is that walk's. */
    if (given || via_link) {
        if ((S_ISREG(st.st_mode) && walked_in_dir(w, path)) || !first_visit(w, &st))
            return;
    } else if (st.st_nlink > 1) {
        if (!first_visit(w, &st))
            return;   /* a hard link to a file taken already */
    } else if (in_set(w, &st)) {
        return;   /* reached before through a link, or given */
    }
    w->emit(w, path, NULL);
}

void batch_walk(struct batch_walker *w, const char *path)
{
    walk_path(w, path, true);
}

static void walk_dir(struct batch_walker *w, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        emit_errno(w, dir, "cannot open the directory", errno);
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
    qsort(names, n, sizeof *names, batch_by_name);
    size_t dlen = strlen(dir);
    bool slash = dlen > 0 && dir[dlen - 1] == '/';
    for (size_t i = 0; i < n; i++) {
        char *p = xasprintf("%s%s%s", dir, slash ? "" : "/", names[i]);
        walk_path(w, p, false);
        free(p);
        free(names[i]);
    }
    free(names);
}
