/* SPDX-License-Identifier: MIT */
/*
 * LD_PRELOAD shim for tests/cli.sh: fsync never returns, so that skema
 * is caught with its temporary report file open and a signal can be sent
 * to it then (after jq's tests/inject_errors).
 */
#include <unistd.h>

int fsync(int fd);

int fsync(int fd)
{
    (void)fd;
    for (;;)
        pause();
}
