/* SPDX-License-Identifier: MIT */
/*
 * The inside of struct rates, shared by the loader (src/load_rates.c)
 * and the one that prints the rates (src/report_rates.c); nothing else
 * includes it.
 */
#pragma once

#include <stdbool.h>
#include <string.h>

#include "rates.h"
#include "schema.h"

struct rates_doc {
    struct section root;
    struct val format;
    struct list kilder, kommuner, zoner, maksimumsbeloeb, energitillaeg,
        grundkapital;
};

struct rates {
    size_t ndocs;
    struct rates_doc *docs;
    struct ydoc **trees;
};

/* Every item of a list; an empty list's items are NULL, which no
 * arithmetic may touch. */
#define EACH(doc, list, type, var) \
    for (type *var = (type *)(doc)->list.items; \
         var && var < (type *)(doc)->list.items + (doc)->list.count; var++)

static inline bool names_zone(const struct rate_cap *c, const char *zone)
{
    const struct val *z = c->zoner.items;
    for (size_t i = 0; i < c->zoner.count; i++)
        if (strcmp(z[i].text, zone) == 0)
            return true;
    return false;
}

/* A cap row whose amount includes the energitillæg. */
static inline bool includes_energy(const struct rate_cap *c)
{
    return c->inkl_energitillaeg.set && c->inkl_energitillaeg.n;
}

static inline bool names_type(const struct rate_split *s, enum housing type)
{
    const struct val *t = s->boligtype.items;
    for (size_t i = 0; i < s->boligtype.count; i++)
        if (t[i].n == (int64_t)type)
            return true;
    return false;
}
