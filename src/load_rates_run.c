/* SPDX-License-Identifier: MIT */
/*
 * The rates for a run of any command: the built-in data, then each
 * --rates file, each problem reported on stderr; documented in
 * include/cli.h.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "diag.h"
#include "rates.h"
#include "report.h"

struct rates *load_rates(const struct run_opts *o)
{
    bool builtin = !o->no_default_rates;
    char *const *files = o->rates.items;
    size_t nfiles = o->rates.count, max_bytes = o->max_bytes;
    struct rates *rates = rates_new();
    bool ok = true;
    for (size_t i = 0; i <= nfiles && ok; i++) {
        if (i == 0 && !builtin)
            continue;
        const char *name = i == 0 ? "data/rates.yaml (built in)" : files[i - 1];
        char *data = NULL;
        size_t len = 0;
        if (i > 0) {
            char *err = read_input(name, max_bytes, &data, &len);
            if (err) {
                fprintf(stderr, "skema: %s: %s\n", name, err);
                free(err);
                ok = false;
                break;
            }
        }
        struct diag_list *diags = diag_list_new();
        ok = rates_add(rates, data, len, diags);
        diag_sort(diags);
        for (size_t k = 0; k < diag_count(diags); k++)
            report_diag_line(stderr, name, diag_get(diags, k));
        diag_list_free(diags);
        free(data);
    }
    if (!ok) {
        rates_free(rates);
        return NULL;
    }
    return rates;
}
