/* SPDX-License-Identifier: MIT */
/* The pipeline for one file; documented in include/checked.h */
#include "checked.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"

bool checked_run(struct checked *c, const char *file, const struct rates *rates,
                 size_t max_bytes, enum severity keep, char **err)
{
    /* project_load and check_project each fill their part whole; the
     * project and its figures are 8 KB, not worth clearing twice per
     * file of a batch, so only what they leave is cleared here */
    c->file = file;
    c->data = NULL;
    c->len = 0;
    c->store = NULL;
    c->loaded = false;
    c->diags = diag_list_new();
    diag_keep(c->diags, keep);
    *err = read_input(file, max_bytes, &c->data, &c->len);
    if (*err) {
        memset(&c->project, 0, sizeof c->project);
        memset(&c->figures, 0, sizeof c->figures);
        return false;
    }
    c->store = project_load(c->data, c->len, &c->project, c->diags);
    c->loaded = diag_count_severity(c->diags, SEV_ERROR) == 0;
    if (c->loaded)
        check_project(&c->project, rates, &c->figures, c->diags);
    else
        memset(&c->figures, 0, sizeof c->figures);
    diag_sort(c->diags);
    return true;
}

void checked_free(struct checked *c)
{
    diag_list_free(c->diags);
    project_release(c->store);
    free(c->data);
    c->diags = NULL;
    c->store = NULL;
    c->data = NULL;
    c->len = 0;
    c->loaded = false;
}
