/* SPDX-License-Identifier: MIT */
/* Reading the user's file, and making sure output arrived; documented in
 * include/cli.h */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "xalloc.h"

char *errno_message(const char *what, int e)
{
    /* strerror_r (POSIX, not GNU's): strerror may share one buffer
     * between threads, and batch reads in its workers.  The buffer grows
     * until the text fits: nothing is cut. */
    size_t cap = 128;
    char *text = xmalloc(cap);
    int rc;
    while ((rc = strerror_r(e, text, cap)) == ERANGE && cap < 65536)
        text = xrealloc(text, cap *= 2);
    char *msg = rc == 0 ? xasprintf("%s: %s", what, text)
                        : xasprintf("%s: error %d", what, e);
    free(text);
    return msg;
}

/* Open path for reading: "-" is standard input.  -1 and *err when it
 * cannot be read: a directory, or (a path, not stdin) not a regular file. */
static int open_input(const char *path, struct stat *st, char **err)
{
    bool is_stdin = strcmp(path, "-") == 0;
    /* non-blocking, so that a FIFO without a writer cannot hang us */
    int fd = is_stdin ? STDIN_FILENO
                      : open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        *err = errno_message("cannot open", errno);
        return -1;
    }
    if (fstat(fd, st) != 0)
        *err = errno_message("cannot read", errno);
    else if (S_ISDIR(st->st_mode))
        *err = xstrdup("is a directory, not a skema file");
    else if (!S_ISREG(st->st_mode) && !is_stdin)
        *err = xstrdup("is not a regular file (a device, a FIFO or a socket)");
    else
        return fd;   /* a regular file, or stdin from a pipe or a terminal */
    if (!is_stdin)
        close(fd);
    return -1;
}

/* Read fd to its end, never past max; NULL or a caller-owned message. */
static char *read_all(int fd, const struct stat *st, size_t max, char **data,
                      size_t *len)
{
    bool regular = S_ISREG(st->st_mode);
    size_t cap = regular ? (size_t)st->st_size + 1 : 65536, n = 0;
    char *buf = xmalloc(cap + 1);
    for (;;) {
        if (n == cap) {
            if (n > max)
                break;
            cap *= 2;
            buf = xrealloc(buf, cap + 1);
        }
        ssize_t got = read(fd, buf + n, cap - n);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            int e = errno;
            free(buf);
            return errno_message("cannot read", e);
        }
        if (got == 0)
            break;
        n += (size_t)got;
        if (regular && (size_t)got < cap - (n - (size_t)got) && n <= (size_t)st->st_size)
            break;   /* a short read of a regular file is its end */
    }
    if (n > max) {
        free(buf);
        return xasprintf("is more than %zu bytes (--max-bytes)", max);
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return NULL;
}

char *read_input(const char *path, size_t max, char **data, size_t *len)
{
    struct stat st;
    char *err = NULL;
    int fd = open_input(path, &st, &err);
    if (fd < 0)
        return err;
    if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max)
        err = xasprintf("is %lld bytes; the limit is %zu (--max-bytes)",
                        (long long)st.st_size, max);
    else
        err = read_all(fd, &st, max, data, len);
    if (fd != STDIN_FILENO)
        close(fd);
    return err;
}

int finish_stdout(int code)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        char *msg = errno_message("writing the output failed", errno);
        fprintf(stderr, "skema: %s\n", msg);
        free(msg);
        return EXIT_TROUBLE;
    }
    return code;
}
