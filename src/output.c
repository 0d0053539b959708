/* SPDX-License-Identifier: MIT */
/* Atomic report files; documented in include/output.h */
#include "output.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"

static bool same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
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
    const char *slash = strrchr(path, '/');
    o->tmp = slash ? xasprintf("%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1)
                   : xasprintf(".%s.XXXXXX", path);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        *err = xasprintf("cannot write beside %s: %s", path, strerror(errno));
        free(o->tmp);
        o->tmp = NULL;
        return false;
    }
    /* mkstemp makes 0600; a report is as readable as any new file */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    o->file = fdopen(fd, "w");
    if (!o->file) {
        *err = xasprintf("cannot write %s: %s", o->tmp, strerror(errno));
        close(fd);
        output_abort(o);
        return false;
    }
    o->path = xstrdup(path);
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
        *err = xasprintf("writing %s failed: %s; it is left as it was", o->path,
                         strerror(e));
        output_abort(o);
        return false;
    }
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
    free(o->tmp);
    free(o->path);
    memset(o, 0, sizeof *o);
}
