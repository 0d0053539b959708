/* SPDX-License-Identifier: MIT */
/* Reading the user's file, and making sure output arrived; documented in
 * include/cli.h */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "xalloc.h"

char *read_input(const char *path, size_t max, char **data, size_t *len)
{
    /* non-blocking, so that a FIFO without a writer cannot hang us */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return xasprintf("cannot open: %s", strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int e = errno;
        close(fd);
        return xasprintf("cannot read: %s", strerror(e));
    }
    if (S_ISDIR(st.st_mode)) {
        close(fd);
        return xstrdup("is a directory, not a skema file");
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        return xstrdup("is not a regular file (a device, a FIFO or a socket)");
    }
    /* O_NONBLOCK stays: it changes nothing for a regular file */
    if ((unsigned long long)st.st_size > max) {
        close(fd);
        return xasprintf("is %lld bytes; the limit is %zu (--max-bytes)",
                         (long long)st.st_size, max);
    }
    /* read to the end, but never past the limit: the file may grow */
    size_t cap = (size_t)st.st_size + 1, n = 0;
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
            close(fd);
            return xasprintf("cannot read: %s", strerror(e));
        }
        if (got == 0)
            break;
        n += (size_t)got;
        if ((size_t)got < cap - (n - (size_t)got) && n <= (size_t)st.st_size)
            break;   /* a short read of a regular file is its end */
    }
    close(fd);
    if (n > max) {
        free(buf);
        return xasprintf("is more than %zu bytes (--max-bytes)", max);
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return NULL;
}

int finish_stdout(int code)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "skema: writing the output failed: %s\n", strerror(errno));
        return EXIT_TROUBLE;
    }
    return code;
}

int usage_error(const char *command, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "skema %s: ", command);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'skema %s --help'.\n", command);
    return EXIT_TROUBLE;
}
