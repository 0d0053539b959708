/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the skema-rates/1 loader and its consistency checks on
 * arbitrary bytes, then every lookup on whatever loaded. */
#include <stdio.h>
#include <stdlib.h>

#include "rates.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct diag_list *diags = diag_list_new();
    struct rates *r = rates_new();
    if (rates_add(r, (const char *)data, size, diags)) {
        const char *why;
        for (int t = 0; t < HOUSING_TYPES; t++) {
            rates_cap(r, 2018, (enum housing)t, "hovedstad", 20170601, &why);
            rates_split(r, 20190101, (enum housing)t, 95000000, &why);
        }
        rates_zone(r, "Høje-Taastrup", 20180301, &why);
        const struct rate_energy *p, *a;
        rates_energy(r, 20100101, 2010, FORM_ETAGE, &p, &a);
        FILE *out = fopen("/dev/null", "w");
        if (out) {
            const struct rates_filter all = { 0, -1, NULL, LANG_DA };
            const struct rates_filter none = { 2020, HOUSING_UNGDOM, "x", LANG_EN };
            rates_print(out, r, &all);
            rates_print(out, r, &none);
            fclose(out);
        }
    }
    rates_free(r);
    diag_list_free(diags);
    return 0;
}
