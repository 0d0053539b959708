/* SPDX-License-Identifier: MIT */
/*
 * LD_PRELOAD shim for tests/xlsx_check.py: dlopen finds nothing, as on a
 * machine without libxlsxwriter, so that skema's answer to a workbook it
 * cannot write is seen.
 */
#include <stddef.h>

void *dlopen(const char *file, int mode);
char *dlerror(void);

void *dlopen(const char *file, int mode)
{
    (void)file;
    (void)mode;
    return NULL;
}

char *dlerror(void)
{
    static char text[] = "cannot open shared object file (no_dlopen.c)";
    return text;
}
