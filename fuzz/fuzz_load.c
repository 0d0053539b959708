/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the skema/1 loader on arbitrary bytes.  It must never
 * crash, leak or read out of bounds, whatever the input. */
#include <stddef.h>
#include <stdint.h>

#include "project.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct diag_list *diags = diag_list_new();
    struct project p;
    struct project_store *store = project_load((const char *)data, size, &p, diags);
    project_release(store);
    diag_list_free(diags);
    return 0;
}
