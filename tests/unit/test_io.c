/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the file edges (input.c, output.c): the failures the
 * end-to-end tests cannot reach from a shell — a rename over a directory,
 * a write past the file-size limit, a link with an absolute target, a
 * pipe on stdin larger than the first buffer, an errno with no text.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "cli.h"
#include "expect.h"
#include "output.h"
#include "strbuf.h"
#include "xalloc.h"

static char dir[] = "/tmp/skema-test-io.XXXXXX";

static const char *in_dir(struct strbuf *sb, const char *name)
{
    strbuf_reset(sb);
    strbuf_addf(sb, "%s/%s", dir, name);
    return sb->buf;
}

static void put(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

static char *slurp(const char *path)
{
    char *data = NULL, *err;
    size_t len;
    err = read_input(path, 1 << 20, &data, &len);
    EXPECT_TRUE(err == NULL, "read_input %s: %s", path, err ? err : "");
    return data;
}

/* Nothing but the target is left in dir: no temporary file. */
static size_t entries(void)
{
    struct strbuf cmd = STRBUF_INIT;
    strbuf_addf(&cmd, "ls -A %s | wc -l", dir);
    FILE *p = popen(cmd.buf, "r");
    unsigned n = 99;
    assert_int_equal(fscanf(p, "%u", &n), 1);
    pclose(p);
    strbuf_release(&cmd);
    return n;
}

static int setup(void **state)
{
    (void)state;
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    struct strbuf cmd = STRBUF_INIT;
    strbuf_addf(&cmd, "rm -rf %s", dir);
    int rc = system(cmd.buf);
    strbuf_release(&cmd);
    return rc;
}

static void test_commit_keeps_mode(void **state)
{
    (void)state;
    struct strbuf p = STRBUF_INIT;
    struct output o;
    char *err = NULL;
    put(in_dir(&p, "r.txt"), "old\n");
    chmod(p.buf, 0640);
    assert_true(output_open(&o, p.buf, NULL, 0, &err));
    fputs("new\n", o.file);
    assert_true(output_commit(&o, &err));
    char *got = slurp(p.buf);
    EXPECT_STR(got, "new\n", "the report");
    free(got);
    struct stat st;
    assert_int_equal(stat(p.buf, &st), 0);
    EXPECT_I64(st.st_mode & 07777, 0640, "the old report's mode");
    EXPECT_I64((int64_t)entries(), 1, "files in the directory");
    unlink(p.buf);
    strbuf_release(&p);
}

/* A link with an absolute target: the target is written, the link stays. */
static void test_absolute_link(void **state)
{
    (void)state;
    struct strbuf target = STRBUF_INIT, link = STRBUF_INIT;
    struct output o;
    char *err = NULL;
    put(in_dir(&target, "target.txt"), "old\n");
    assert_int_equal(symlink(target.buf, in_dir(&link, "link.txt")), 0);
    assert_true(output_open(&o, link.buf, NULL, 0, &err));
    EXPECT_STR(o.path, target.buf, "resolved through the absolute link");
    fputs("through the link\n", o.file);
    assert_true(output_commit(&o, &err));
    char *got = slurp(target.buf);
    EXPECT_STR(got, "through the link\n", "the target");
    free(got);
    struct stat st;
    assert_int_equal(lstat(link.buf, &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    unlink(link.buf);
    unlink(target.buf);
    strbuf_release(&target);
    strbuf_release(&link);
}

static void test_link_loop(void **state)
{
    (void)state;
    struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
    struct output o;
    char *err = NULL;
    assert_int_equal(symlink("b", in_dir(&a, "a")), 0);
    assert_int_equal(symlink("a", in_dir(&b, "b")), 0);
    assert_false(output_open(&o, a.buf, NULL, 0, &err));
    EXPECT_CONTAINS(err, "too many levels of symbolic links", "a loop");
    free(err);
    unlink(a.buf);
    unlink(b.buf);
    strbuf_release(&a);
    strbuf_release(&b);
}

/* The rename fails (the target became a directory meanwhile): the
 * temporary file goes, and the message says nothing was changed. */
static void test_rename_fails(void **state)
{
    (void)state;
    struct strbuf p = STRBUF_INIT;
    struct output o;
    char *err = NULL;
    assert_true(output_open(&o, in_dir(&p, "later-a-dir"), NULL, 0, &err));
    assert_int_equal(mkdir(p.buf, 0755), 0);
    fputs("report\n", o.file);
    assert_false(output_commit(&o, &err));
    EXPECT_CONTAINS(err, "later-a-dir failed", "the message");
    EXPECT_CONTAINS(err, "; it is left as it was", "the message");
    EXPECT_I64((int64_t)entries(), 1, "the temporary file is removed");
    free(err);
    rmdir(p.buf);
    strbuf_release(&p);
}

/* A write past RLIMIT_FSIZE fails at the flush: the old report stays. */
static void test_write_fails(void **state)
{
    (void)state;
    struct strbuf p = STRBUF_INIT;
    struct output o;
    char *err = NULL;
    struct rlimit old, small;
    put(in_dir(&p, "old.txt"), "the old report\n");
    assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
    small = old;
    small.rlim_cur = 4096;
    void (*was)(int) = signal(SIGXFSZ, SIG_IGN);
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &small), 0);
    assert_true(output_open(&o, p.buf, NULL, 0, &err));
    for (int i = 0; i < 1000; i++)
        fputs("0123456789abcdef", o.file);
    bool ok = output_commit(&o, &err);
    setrlimit(RLIMIT_FSIZE, &old);
    signal(SIGXFSZ, was);
    assert_false(ok);
    EXPECT_CONTAINS(err, "File too large", "the errno text");
    char *got = slurp(p.buf);
    EXPECT_STR(got, "the old report\n", "the old report stays");
    free(got);
    free(err);
    EXPECT_I64((int64_t)entries(), 1, "the temporary file is removed");
    unlink(p.buf);
    strbuf_release(&p);
}

static void test_abort_and_refusals(void **state)
{
    (void)state;
    struct strbuf p = STRBUF_INIT, in = STRBUF_INIT;
    struct output o;
    char *err = NULL;
    put(in_dir(&p, "kept.txt"), "kept\n");
    assert_true(output_open(&o, p.buf, NULL, 0, &err));
    fputs("never\n", o.file);
    output_abort(&o);
    char *got = slurp(p.buf);
    EXPECT_STR(got, "kept\n", "abort leaves the target");
    free(got);
    EXPECT_I64((int64_t)entries(), 1, "abort removes the temporary file");

    const char *inputs[] = { "/dev/null", p.buf };
    assert_false(output_open(&o, p.buf, inputs, 2, &err));
    EXPECT_CONTAINS(err, "is an input", "-o over an input");
    free(err);
    assert_false(output_open(&o, in_dir(&in, "no/such/r.txt"), NULL, 0, &err));
    EXPECT_CONTAINS(err, "cannot write beside", "a missing directory");
    EXPECT_CONTAINS(err, "No such file or directory", "its errno");
    free(err);
    assert_false(output_open(&o, dir, NULL, 0, &err));
    EXPECT_CONTAINS(err, "exists and is not a regular file", "a directory");
    free(err);
    unlink(p.buf);
    strbuf_release(&p);
    strbuf_release(&in);
}

static void test_read_refusals(void **state)
{
    (void)state;
    struct strbuf p = STRBUF_INIT;
    char *data = NULL, *err;
    size_t len = 0;
    put(in_dir(&p, "ten.yaml"), "0123456789");
    err = read_input(p.buf, 9, &data, &len);
    EXPECT_STR(err, "is 10 bytes; the limit is 9 (--max-bytes)", "over the limit");
    free(err);
    err = read_input(p.buf, 10, &data, &len);
    EXPECT_TRUE(err == NULL, "at the limit: %s", err ? err : "");
    EXPECT_I64((int64_t)len, 10, "its length");
    free(data);
    unlink(p.buf);
    err = read_input(dir, 100, &data, &len);
    EXPECT_STR(err, "is a directory, not a skema file", "a directory");
    free(err);
    err = read_input(in_dir(&p, "missing.yaml"), 100, &data, &len);
    EXPECT_STR(err, "cannot open: No such file or directory", "a missing file");
    free(err);
    assert_int_equal(mkfifo(in_dir(&p, "fifo"), 0600), 0);
    err = read_input(p.buf, 100, &data, &len);
    EXPECT_STR(err, "is not a regular file (a device, a FIFO or a socket)", "a FIFO");
    free(err);
    unlink(p.buf);
    strbuf_release(&p);
}

/* stdin a pipe of n bytes, written by a child; returns the child. */
static pid_t pipe_stdin(size_t n, int *saved)
{
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        char block[4096];
        memset(block, 'x', sizeof block);
        for (size_t done = 0; done < n;) {
            size_t k = n - done < sizeof block ? n - done : sizeof block;
            ssize_t w = write(fds[1], block, k);
            if (w <= 0)
                _exit(0);   /* the reader stopped: fine */
            done += (size_t)w;
        }
        _exit(0);
    }
    close(fds[1]);
    *saved = dup(STDIN_FILENO);
    dup2(fds[0], STDIN_FILENO);
    close(fds[0]);
    return pid;
}

static void restore_stdin(pid_t pid, int saved)
{
    dup2(saved, STDIN_FILENO);
    close(saved);
    waitpid(pid, NULL, 0);
}

/* A pipe is read in growing buffers (64 KiB first), to its end or past
 * the limit, whichever comes first. */
static void test_read_stdin_pipe(void **state)
{
    (void)state;
    int saved;
    char *data = NULL, *err;
    size_t len = 0;
    pid_t pid = pipe_stdin(200000, &saved);
    err = read_input("-", 1 << 20, &data, &len);
    restore_stdin(pid, saved);
    EXPECT_TRUE(err == NULL, "200000 bytes from a pipe: %s", err ? err : "");
    EXPECT_I64((int64_t)len, 200000, "all of them");
    EXPECT_I64(data[199999], 'x', "the last byte");
    EXPECT_I64(data[200000], '\0', "NUL-terminated");
    free(data);

    pid = pipe_stdin(200000, &saved);
    err = read_input("-", 100000, &data, &len);
    restore_stdin(pid, saved);
    EXPECT_STR(err, "is more than 100000 bytes (--max-bytes)", "a pipe over the limit");
    free(err);
}

static void test_errno_message(void **state)
{
    (void)state;
    char *msg = errno_message("cannot read", ENOENT);
    EXPECT_STR(msg, "cannot read: No such file or directory", "ENOENT");
    free(msg);
    /* an errno with no text: POSIX strerror_r fails, and the number is said */
    msg = errno_message("cannot read", 123456);
    EXPECT_STR(msg, "cannot read: error 123456", "an unknown errno");
    free(msg);
}

/* finish_stdout notices a stdout that could not be written (in a child,
 * so that cmocka's own output is not lost). */
static void test_finish_stdout(void **state)
{
    (void)state;
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        if (!freopen("/dev/full", "w", stdout) || !freopen("/dev/null", "w", stderr))
            _exit(99);
        fputs("report\n", stdout);
        _exit(finish_stdout(0));
    }
    int status = 0;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status));
    EXPECT_I64(WEXITSTATUS(status), EXIT_TROUBLE, "stdout on /dev/full");
    EXPECT_I64(finish_stdout(1), 1, "a stdout that works keeps the code");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_commit_keeps_mode),
        cmocka_unit_test(test_absolute_link),
        cmocka_unit_test(test_link_loop),
        cmocka_unit_test(test_rename_fails),
        cmocka_unit_test(test_write_fails),
        cmocka_unit_test(test_abort_and_refusals),
        cmocka_unit_test(test_read_refusals),
        cmocka_unit_test(test_read_stdin_pipe),
        cmocka_unit_test(test_errno_message),
        cmocka_unit_test(test_finish_stdout),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
