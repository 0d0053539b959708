/* SPDX-License-Identifier: MIT */
/*
 * One file through the whole pipeline — read, load, check, compare — as
 * the commands check and diff need it.
 */
#pragma once

#include "compare.h"
#include "rates.h"

struct checked {
    const char *file;
    char *data;
    struct project project;
    struct project_store *store;
    struct figures figures;
    struct diag_list *diags;
    bool loaded;             /* the file loaded without errors and was checked */
    size_t len;              /* of data, the bytes read */
};

/*
 * Read and check file, keeping diagnostics from severity `keep` up
 * (diag_keep).  False (with a caller-owned message in *err) only
 * when the file cannot be read at all; problems in it are in c->diags.
 * Free with checked_free either way.
 */
bool checked_run(struct checked *c, const char *file, const struct rates *rates,
                 size_t max_bytes, enum severity keep, char **err);

void checked_free(struct checked *c);
