/* SPDX-License-Identifier: MIT */
/*
 * The rates skema applies — the cost caps (maksimumsbeløb), the zones of
 * municipalities they depend on, the energitillæg, and the financing split
 * by tilsagn date — loaded from skema-rates/1 data, every row with its
 * source.  data/rates.yaml is built into the program; --rates FILE adds
 * to it (its rows win) and --no-default-rates leaves it out.
 *
 * A lookup never guesses: where no row covers the case it says so, and
 * why, and the check that needed it reports "not checked".
 */
#pragma once

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "project.h"

struct rate_source {
    struct section sec;
    struct val id, titel, url, note;
};

struct rate_zone {
    struct section sec;
    struct val id, navn, gyldig_fra, gyldig_til, oevrige, kilde, note;
    struct list kommuner;            /* of text */
    char **keys;                     /* the kommuner as compared, made once */
};

/* The municipalities there are: a name not among them is a typo, never
 * "all other municipalities" (the provins zone). */
struct rate_kommuner {
    struct section sec;
    struct val kilde, note;
    struct list navne;               /* of text */
    char **keys;                     /* the navne as compared, made once */
};

/* A cap row; with inkl_energitillaeg true its amount is the cap
 * including the energitillæg as a source states it (a municipality's
 * minutes), so nothing is added to it. */
struct rate_cap {
    struct section sec;
    struct val aar, boligtype, tilsagn_fra, tilsagn_til, kr_m2, kr_bolig,
        inkl_energitillaeg, kilde, note;
    struct list zoner;               /* of ids */
};

struct rate_energy {
    struct section sec;
    struct val tilsagn_fra, tilsagn_til, aar, byggeform, kr_m2, kilde, note;
};

struct rate_split {
    struct section sec;
    struct val tilsagn_fra, tilsagn_til, bea_fra_m2, bea_under_m2,
        grundkapital_pct, realkredit_pct, beboerindskud_pct, kilde, note;
    struct list boligtype;           /* of enum housing */
};

struct rates;

/* A new, empty set of rates; caller-owned. */
struct rates *rates_new(void);

/*
 * Add one skema-rates/1 text (the built-in data when data is NULL).
 * Rows added later win over earlier rows for the same case.  Problems go
 * into diags; on any error nothing is added and the result is false.
 */
bool rates_add(struct rates *r, const char *data, size_t len,
               struct diag_list *diags);

/* Free the rates and everything loaded into them; NULL is a no-op. */
void rates_free(struct rates *r);

/* The source named by id, or NULL. */
const struct rate_source *rates_source(const struct rates *r, const char *id);

/* Municipality names compared as a person means them: case, æ/ae, ø/oe,
 * å/aa, hyphens, spaces and a trailing "Kommune" do not matter. */
bool rates_same_kommune(const char *a, const char *b);

/*
 * The zone of kommune for a skema B approved on date (YYYYMMDD).  On
 * success *zone is borrowed from r; otherwise NULL and *why says why.
 * When the rates data lists the municipalities (kommuner), a name not
 * among them has no zone: it never falls to the zone of all others.
 */
const struct rate_zone *rates_zone(const struct rates *r, const char *kommune,
                                   int64_t date, const char **why);

/*
 * For a name the rates data does not know as a municipality, the known
 * one it most likely means ("Dragor": "Dragør"), borrowed from r; NULL
 * when the name is known, nothing is close, or no list is loaded.
 */
const char *rates_kommune_suggestion(const struct rates *r, const char *kommune);

/*
 * The cap row for year, housing type and zone, given the tilsagn date
 * (0 when unknown).  NULL with *why when no row, or more than one, fits.
 */
const struct rate_cap *rates_cap(const struct rates *r, int64_t year,
                                 enum housing type, const char *zone,
                                 int64_t tilsagn, const char **why);

/*
 * The cap row for the same case that includes the energitillæg (a row
 * with inkl_energitillaeg: true), or NULL when none fits.  rates_cap
 * never returns such a row.
 */
const struct rate_cap *rates_cap_incl(const struct rates *r, int64_t year,
                                      enum housing type, const char *zone,
                                      int64_t tilsagn);

/*
 * The highest energitillæg amount of the rates data for a building form
 * (any period or year), or NULL when none is known: the yardstick for an
 * energitillæg a cap would need.
 */
const struct rate_energy *rates_energy_highest(const struct rates *r, int form);

/*
 * Whether an energitillæg applied to a project with this tilsagn date;
 * if so, and the amount for `year` and the building form is known,
 * *amount is that row.  *period is the row saying it applied.
 */
bool rates_energy(const struct rates *r, int64_t tilsagn, int64_t year,
                  int form, const struct rate_energy **period,
                  const struct rate_energy **amount);

/* Whether an energitillæg period began on or before date (a tilsagn
 * before a skema B of that date may have fallen in it). */
bool rates_energy_began(const struct rates *r, int64_t date);

/*
 * The financing split for a tilsagn date, housing type and average
 * bruttoetageareal per dwelling (millionths of m², or -1 when unknown).
 * NULL with *why when no row fits (or the area is needed but unknown).
 */
const struct rate_split *rates_split(const struct rates *r, int64_t tilsagn,
                                     enum housing type, int64_t avg_bea,
                                     const char **why);

/* What `skema rates` shows: year 0, type -1 and zone NULL mean all. */
struct rates_filter {
    int64_t year;
    int type;
    const char *zone;
    enum report_lang lang;    /* of the sentences saying what is not known */
};

/* Print the rows in force that pass the filter, then the sources of those
 * rows only.  A section the filter leaves empty says what is not known. */
void rates_print(FILE *out, const struct rates *r, const struct rates_filter *f);
