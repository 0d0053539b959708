/* SPDX-License-Identifier: MIT */
/* The walk of skema batch; documented in include/batch_walk.h */
#include "batch_walk.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "xalloc.h"

int batch_by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_yaml(const char *name)
{
    size_t n = strlen(name);
    return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
           (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static void walk_dir(struct batch_walker *w, const char *dir, const struct stat *st);

void batch_walk(struct batch_walker *w, const char *path, bool given)
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

static void walk_dir(struct batch_walker *w, const char *dir, const struct stat *st)
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
    qsort(names, n, sizeof *names, batch_by_name);
    w->stack[w->depth].dev = st->st_dev;
    w->stack[w->depth].ino = st->st_ino;
    w->depth++;
    size_t dlen = strlen(dir);
    bool slash = dlen > 0 && dir[dlen - 1] == '/';
    for (size_t i = 0; i < n; i++) {
        char *p = xasprintf("%s%s%s", dir, slash ? "" : "/", names[i]);
        batch_walk(w, p, false);
        free(p);
        free(names[i]);
    }
    free(names);
    w->depth--;
}
