/* SPDX-License-Identifier: MIT */
/* Atomic report files; documented in include/output.h */
#include "output.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "strbuf.h"
#include "xalloc.h"

/* ---- the temporary file, removed if a signal ends the program --------- */

/* The temporary file being written, for the signal handler; set only
 * while the file exists (and before it is freed, cleared). */
static char *volatile pending_tmp;
static struct sigaction old_int, old_term, old_hup;

static void on_signal(int sig)
{
    /* async-signal-safe only: unlink, then die of the same signal */
    char *tmp = pending_tmp;
    if (tmp)
        unlink(tmp);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void guard(char *tmp)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    pending_tmp = tmp;
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);
    sigaction(SIGHUP, &sa, &old_hup);
}

static void unguard(void)
{
    if (!pending_tmp)
        return;
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    sigaction(SIGHUP, &old_hup, NULL);
    pending_tmp = NULL;
}

/* ---- where the report goes ------------------------------------------- */

static bool same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

/* The file a path names, through any symbolic links (as an editor saves
 * through a link): the link's target, relative to the link's directory;
 * caller-owned.  NULL and *err for a loop of links. */
static char *resolve(const char *path, char **err)
{
    struct strbuf p = STRBUF_INIT;
    strbuf_addstr(&p, path);
    for (int hops = 0; hops < 40; hops++) {
        struct stat st;
        if (lstat(p.buf, &st) != 0 || !S_ISLNK(st.st_mode))
            return strbuf_detach(&p, NULL);
        size_t cap = (size_t)st.st_size + 1;
        char *target = xmalloc(cap + 1);
        ssize_t n = readlink(p.buf, target, cap);
        if (n < 0 || (size_t)n >= cap) {
            free(target);
            return strbuf_detach(&p, NULL);   /* changed under us: write it as named */
        }
        target[n] = '\0';
        const char *slash = strrchr(p.buf, '/');
        if (target[0] != '/' && slash)
            strbuf_setlen(&p, (size_t)(slash - p.buf) + 1);
        else
            strbuf_reset(&p);
        strbuf_addstr(&p, target);
        free(target);
    }
    *err = xasprintf("%s: too many levels of symbolic links", path);
    strbuf_release(&p);
    return NULL;
}

/* The mode of the report: an existing file's own, else a new file's. */
static mode_t mode_for(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0)
        return st.st_mode & 07777;
    mode_t mask = umask(0);
    umask(mask);
    return 0666 & ~mask;
}

/* "WHAT PATH: the text of errno e", caller-owned. */
static char *say_errno(const char *what_, const char *path, int e)
{
    char *what = xasprintf("%s %s", what_, path);
    char *msg = errno_message(what, e);
    free(what);
    return msg;
}

bool output_open(struct output *o, const char *path, const char *const *inputs,
                 size_t ninputs, char **err)
{
    memset(o, 0, sizeof *o);
    for (size_t i = 0; i < ninputs; i++) {
        if (same_file(path, inputs[i])) {
            *err = xasprintf("%s is an input; a report never replaces what it "
                             "reports on", path);
            return false;
        }
    }
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        *err = xasprintf("%s exists and is not a regular file", path);
        return false;
    }
    char *target = resolve(path, err);
    if (!target)
        return false;
    const char *slash = strrchr(target, '/');
    o->tmp = slash ? xasprintf("%.*s/.%s.XXXXXX", (int)(slash - target), target, slash + 1)
                   : xasprintf(".%s.XXXXXX", target);
    o->path = target;
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        *err = say_errno("cannot write beside", target, errno);
        free(o->tmp);
        o->tmp = NULL;
        output_abort(o);
        return false;
    }
    guard(o->tmp);
    /* mkstemp makes 0600: a report over a file keeps that file's mode */
    fchmod(fd, mode_for(target));
    o->file = fdopen(fd, "w");
    if (!o->file) {
        *err = say_errno("cannot write", o->tmp, errno);
        close(fd);
        output_abort(o);
        return false;
    }
    return true;
}

bool output_commit(struct output *o, char **err)
{
    bool ok = fflush(o->file) == 0 && !ferror(o->file) && fsync(fileno(o->file)) == 0;
    int e = errno;
    if (fclose(o->file) != 0 && ok) {
        ok = false;
        e = errno;
    }
    o->file = NULL;
    if (ok && rename(o->tmp, o->path) != 0) {
        ok = false;
        e = errno;
    }
    if (!ok) {
        char *what = xasprintf("writing %s failed", o->path);
        char *msg = errno_message(what, e);
        *err = xasprintf("%s; it is left as it was", msg);
        free(what);
        free(msg);
        output_abort(o);
        return false;
    }
    unguard();
    free(o->tmp);
    free(o->path);
    o->tmp = o->path = NULL;
    return true;
}

void output_abort(struct output *o)
{
    if (o->file)
        fclose(o->file);
    if (o->tmp)
        unlink(o->tmp);
    unguard();
    free(o->tmp);
    free(o->path);
    memset(o, 0, sizeof *o);
}
