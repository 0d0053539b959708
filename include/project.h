/* SPDX-License-Identifier: MIT */
/*
 * Load, step 2: one project's skema A/B/C figures, as stated in its
 * skema/1 file.  The record is plain data, read through const pointers by
 * the checks and reports; every figure remembers where it was written.
 */
#pragma once

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "schema.h"

enum stage { STAGE_A, STAGE_B, STAGE_C, STAGE__COUNT };

/* projekt.boligtype; the first three are also the keys of fordeling */
enum housing {
    HOUSING_FAMILIE,
    HOUSING_AELDRE,
    HOUSING_UNGDOM,
    HOUSING_BLANDET,
};
#define HOUSING_TYPES 3   /* familie, aeldre, ungdom */

enum building_form { FORM_ETAGE, FORM_LAV };

/* The cost lines of the anskaffelsessum, in the forms' order. */
enum cost_line {
    LINE_GRUND,
    LINE_HAANDVAERKER,
    LINE_OMKOSTNINGER,
    LINE_GEBYRER,
    LINE__COUNT
};

struct dates {
    struct section sec;
    struct val tilsagn, skema_b, skaeringsdag, skema_c_indsendt;
};

struct project_info {
    struct section sec;
    struct val sagsnummer, navn, kommune, boligorganisation, afdeling;
    struct val boligtype;     /* enum housing */
    struct val byggeform;     /* enum building_form */
    struct dates datoer;
};

struct financing {
    struct section sec;
    struct val realkredit_pct, grundkapital_pct, beboerindskud_pct;
};

struct guarantee {
    struct section sec;
    struct val pct, ejendomsvaerdi_kr;
};

struct cost_cap {
    struct section sec;
    struct val kr_m2, kr_bolig, energitillaeg_kr_m2, zone;
};

struct areas {
    struct section sec;
    struct val boliger, bruttoetageareal_m2, boligareal_m2;
};

struct split {
    struct section sec;
    struct areas type[HOUSING_TYPES];
};

struct costs {
    struct section sec;
    struct val line[LINE__COUNT];
    struct val i_alt;
};

/* A serviceareal of ældreboliger: its own account (almenboligloven
 * §§ 140-141), never counted under the dwellings' cap. */
struct service_area {
    struct section sec;
    struct val anskaffelsessum_kr, tilskud_kr;
};

struct stage_data {
    struct section sec;
    struct val boliger, bruttoetageareal_m2, boligareal_m2;
    struct split fordeling;
    struct costs anskaffelsessum;
    struct val afrundet_til, husleje_kr_m2;
    struct val realkreditlaan_kr, grundkapital_kr, beboerindskud_kr,
        garanti_kr;
    struct val afsatte_beloeb;   /* skema C only */
    struct service_area serviceareal;
};

struct stages {
    struct section sec;
    struct stage_data stage[STAGE__COUNT];
};

/* A renovation of an existing afdeling (renovering:), instead of skema
 * A/B/C: the financing of the works and the rent increase they bring,
 * as in the minutes' punkt 5 (Parkbo). */
struct renovation_financing {
    struct section sec;
    struct val realkreditlaan_kr, loebetid_aar, traekningsret_kr,
        henlaeggelser_kr, lbf_stoette_kr;
};

struct rent_increase {
    struct section sec;
    struct val kr_m2_aar, pct;
};

/* An example dwelling: its area and monthly rent before and after. */
struct rent_example {
    struct section sec;
    struct val areal_m2, leje_foer_kr, leje_efter_kr;
};

struct renovation {
    struct section sec;
    struct val beskrivelse, boliger, anskaffelsessum_kr;
    struct renovation_financing finansiering;
    struct rent_increase huslejeforhoejelse;
    struct list eksempler;          /* of struct rent_example */
    struct val kommunal_garanti_kr;
};

struct project {
    struct section root;
    struct val format;
    struct project_info projekt;
    struct financing finansiering;
    struct guarantee garanti;
    struct cost_cap maksimumsbeloeb;
    struct stages skema;
    struct renovation renovering;   /* exclusive with skema */
};

/*
 * Parse a skema/1 document from data[0..len) into *out, reporting every
 * problem into diags.  Returns an opaque holder of the text values that
 * *out points into (free it with project_release after *out is no longer
 * used).  *out is filled as far as the input allowed even when diags
 * holds errors; callers check diags before trusting it.
 */
struct project_store;
struct project_store *project_load(const char *data, size_t len,
                                   struct project *out,
                                   struct diag_list *diags);
void project_release(struct project_store *store);

/* "A", "B" or "C". */
const char *stage_name(enum stage stage);
/* "grundudgifter" ... as in the file format. */
const char *cost_line_key(enum cost_line line);
/* "familie", "aeldre", "ungdom", "blandet". */
const char *housing_key(enum housing housing);

/* Every value that differs between two projects, in the format's order. */
void project_diff(const struct project *a, const struct project *b,
                  schema_diff_fn fn, void *ctx);

/* Write every key of skema/1, one per line:
 * PATH<TAB>TYPE<TAB>required|optional<TAB>DESCRIPTION (in lang).  The
 * JSON Schema's descriptions are these (tests/schema_agrees.py). */
void project_list_keys(FILE *out, enum report_lang lang);

/* Call fn for every key of skema/1 in document order, with its path
 * depth (0 at the top), key, field and whether it lies inside skema C. */
typedef void (*project_key_fn)(void *ctx, unsigned depth, const struct field *f,
                               const char *path);
void project_walk_keys(project_key_fn fn, void *ctx);
