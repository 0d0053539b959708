/* SPDX-License-Identifier: MIT */
/* Libraries opened when first needed; documented in include/dynlib.h */
#include "dynlib.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

bool dynlib_open(const char *soname, const char *package,
                 const struct dynlib_fn *fn, size_t n)
{
    void *first = NULL;
    if (n > 0)
        memcpy(&first, fn[0].slot, sizeof first);
    if (first)
        return true;    /* opened before */
    void *lib = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        fprintf(stderr, "skema: this needs %s (Debian package %s): %s\n",
                soname, package, dlerror());
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        void *sym = dlsym(lib, fn[i].name);
        if (!sym) {
            fprintf(stderr, "skema: %s (Debian package %s) has no %s\n",
                    soname, package, fn[i].name);
            for (size_t k = 0; k < i; k++)
                memset(fn[k].slot, 0, sizeof sym);
            dlclose(lib);
            return false;
        }
        memcpy(fn[i].slot, &sym, sizeof sym);
    }
    return true;    /* kept open: the process ends soon after */
}
