/* SPDX-License-Identifier: MIT */
/*
 * The skema/1 format as a table of keys (walked by load_schema.c into
 * struct project); documented in include/project.h.  The same table drives
 * `skema keys`, which a test compares with the JSON Schema.
 */
#include "project.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "message.h"
#include "schema.h"
#include "strbuf.h"
#include "yamldoc.h"

#define VAL(rec, member, type, flags, what) \
    { #member, type, offsetof(struct rec, member), NULL, NULL, flags, what, 0, 0, 0 }
#define MAP(key, rec, member, spec, flags, what) \
    { key, FT_MAP, offsetof(struct rec, member), &spec, NULL, flags, what, 0, 0, 0 }

static const char *const housing_values[] = {
    "familie", "aeldre", "ungdom", "blandet", NULL
};
static const char *const form_values[] = { "etage", "lav", NULL };
static const char *const format_values[] = { "skema/1", NULL };

static const struct field dates_fields[] = {
    VAL(dates, tilsagn, FT_DATE, 0, "the date of the tilsagn (skema A)"),
    VAL(dates, skema_b, FT_DATE, 0, "the date skema B was approved"),
    VAL(dates, skaeringsdag, FT_DATE, 0, "the cut-off date of the accounts"),
    VAL(dates, skema_c_indsendt, FT_DATE, 0, "the date skema C was submitted"),
};
static const struct mapspec dates_spec = MAPSPEC(dates_fields);

static const struct field projekt_fields[] = {
    VAL(project_info, sagsnummer, FT_TEXT, 0, "the case number"),
    VAL(project_info, navn, FT_TEXT, F_REQUIRED, "the project's name"),
    VAL(project_info, kommune, FT_TEXT, 0, "the municipality"),
    VAL(project_info, boligorganisation, FT_TEXT, 0, "the housing organisation"),
    VAL(project_info, afdeling, FT_TEXT, 0, "the afdeling"),
    { "boligtype", FT_ENUM, offsetof(struct project_info, boligtype), NULL,
      housing_values, F_REQUIRED, N_("the housing type"), 0, 0, 0 },
    { "byggeform", FT_ENUM, offsetof(struct project_info, byggeform), NULL,
      form_values, 0, N_("the building form"), 0, 0, 0 },
    MAP("datoer", project_info, datoer, dates_spec, 0, "the dates"),
};
static const struct mapspec projekt_spec = MAPSPEC(projekt_fields);

static const struct field finansiering_fields[] = {
    VAL(financing, realkredit_pct, FT_PCT, 0, "the loan share"),
    VAL(financing, grundkapital_pct, FT_PCT, 0, "the grundkapital share"),
    VAL(financing, beboerindskud_pct, FT_PCT, 0, "the beboerindskud share"),
};
static const struct mapspec finansiering_spec = MAPSPEC(finansiering_fields);

static const struct field garanti_fields[] = {
    VAL(guarantee, pct, FT_PCT, 0, "the guaranteed share of the loan"),
    VAL(guarantee, ejendomsvaerdi_kr, FT_AMOUNT, 0, "the property value"),
};
static const struct mapspec garanti_spec = MAPSPEC(garanti_fields);

static const struct field cap_fields[] = {
    VAL(cost_cap, kr_m2, FT_AMOUNT, 0, "the cap in kr per m²"),
    VAL(cost_cap, kr_bolig, FT_AMOUNT, 0, "the cap's part in kr per dwelling"),
    VAL(cost_cap, energitillaeg_kr_m2, FT_AMOUNT, 0,
        "the energitillæg in kr per m²"),
    VAL(cost_cap, zone, FT_ID, 0, "the zone of the cost cap"),
};
static const struct mapspec cap_spec = MAPSPEC(cap_fields);

static const struct field areas_fields[] = {
    VAL(areas, boliger, FT_COUNT, 0, "the number of dwellings"),
    VAL(areas, bruttoetageareal_m2, FT_AREA, 0, "the gross floor area"),
    VAL(areas, boligareal_m2, FT_AREA, 0, "the dwelling area"),
};
static const struct mapspec areas_spec = MAPSPEC(areas_fields);

/* the descriptions spelt out, so that xgettext sees each whole */
#define SPLIT(i, key, what) \
    { key, FT_MAP, offsetof(struct split, type) + (i) * sizeof(struct areas), \
      &areas_spec, NULL, 0, what, 0, 0, 0 }
static const struct field split_fields[] = {
    SPLIT(HOUSING_FAMILIE, "familie", N_("the familie dwellings")),
    SPLIT(HOUSING_AELDRE, "aeldre", N_("the aeldre dwellings")),
    SPLIT(HOUSING_UNGDOM, "ungdom", N_("the ungdom dwellings")),
};
static const struct mapspec split_spec = MAPSPEC(split_fields);

#define LINE(i, key, what) \
    { key, FT_AMOUNT, offsetof(struct costs, line) + (i) * sizeof(struct val), \
      NULL, NULL, 0, what, 0, 0, 0 }
static const struct field costs_fields[] = {
    LINE(LINE_GRUND, "grundudgifter", "land costs"),
    LINE(LINE_HAANDVAERKER, "haandvaerkerudgifter", "building works"),
    LINE(LINE_OMKOSTNINGER, "omkostninger", "costs"),
    LINE(LINE_GEBYRER, "gebyrer", "fees"),
    VAL(costs, i_alt, FT_AMOUNT, 0, "the stated total"),
};
static const struct mapspec costs_spec = MAPSPEC(costs_fields);

static const struct field service_fields[] = {
    VAL(service_area, anskaffelsessum_kr, FT_AMOUNT, 0,
        "the serviceareal's anskaffelsessum"),
    VAL(service_area, tilskud_kr, FT_AMOUNT, 0, "the state servicearealtilskud"),
};
static const struct mapspec service_spec = MAPSPEC(service_fields);

static const struct field stage_fields[] = {
    VAL(stage_data, boliger, FT_COUNT, 0, "the number of dwellings"),
    VAL(stage_data, bruttoetageareal_m2, FT_AREA, 0, "the gross floor area"),
    VAL(stage_data, boligareal_m2, FT_AREA, 0, "the dwelling area"),
    MAP("fordeling", stage_data, fordeling, split_spec, 0, "the split by type"),
    MAP("anskaffelsessum", stage_data, anskaffelsessum, costs_spec, 0,
        "the cost lines"),
    VAL(stage_data, afrundet_til, FT_UNIT, 0, "the rounding unit"),
    VAL(stage_data, husleje_kr_m2, FT_AMOUNT, 0, "the rent per m²"),
    VAL(stage_data, realkreditlaan_kr, FT_AMOUNT, 0, "the stated loan"),
    VAL(stage_data, grundkapital_kr, FT_AMOUNT, 0, "the stated grundkapital"),
    VAL(stage_data, beboerindskud_kr, FT_AMOUNT, 0, "the stated beboerindskud"),
    VAL(stage_data, garanti_kr, FT_AMOUNT, 0, "the stated guarantee"),
    VAL(stage_data, afsatte_beloeb, FT_AMOUNT, F_ONLY_C, "the amounts set aside"),
    MAP("serviceareal", stage_data, serviceareal, service_spec, 0,
        "the serviceareal, a separate account"),
};
static const struct mapspec stage_spec = MAPSPEC(stage_fields);

#define STAGE(i, key, flags, what) \
    { key, FT_MAP, offsetof(struct stages, stage) + (i) * sizeof(struct stage_data), \
      &stage_spec, NULL, flags, what, 0, 0, 0 }
static const struct field stages_fields[] = {
    STAGE(STAGE_A, "A", 0, N_("skema A")),
    STAGE(STAGE_B, "B", 0, N_("skema B")),
    STAGE(STAGE_C, "C", F_IS_C, N_("skema C")),
};
static const struct mapspec stages_spec = MAPSPEC(stages_fields);

/* ---- renovering: a renovation of an existing afdeling ---- */

static const struct field renov_finance_fields[] = {
    VAL(renovation_financing, realkreditlaan_kr, FT_AMOUNT, F_REQUIRED,
        "the mortgage loan"),
    VAL(renovation_financing, loebetid_aar, FT_COUNT, 0,
        "the loan's term in years"),
    VAL(renovation_financing, traekningsret_kr, FT_AMOUNT, 0,
        "the afdeling's own drawing right (egen trækningsret)"),
    VAL(renovation_financing, henlaeggelser_kr, FT_AMOUNT, 0,
        "the afdeling's own savings (egne henlæggelser)"),
    VAL(renovation_financing, lbf_stoette_kr, FT_AMOUNT, 0,
        "support from Landsbyggefonden"),
};
static const struct mapspec renov_finance_spec = MAPSPEC(renov_finance_fields);

static const struct field rent_increase_fields[] = {
    VAL(rent_increase, kr_m2_aar, FT_AMOUNT, F_REQUIRED,
        "the rent increase in kr per m² per year"),
    VAL(rent_increase, pct, FT_PCT, 0, "the rent increase in %"),
};
static const struct mapspec rent_increase_spec = MAPSPEC(rent_increase_fields);

static const struct field rent_example_fields[] = {
    VAL(rent_example, areal_m2, FT_AREA, F_REQUIRED, "the dwelling's area"),
    VAL(rent_example, leje_foer_kr, FT_AMOUNT, F_REQUIRED,
        "the monthly rent before"),
    VAL(rent_example, leje_efter_kr, FT_AMOUNT, F_REQUIRED,
        "the monthly rent after"),
};
static const struct mapspec rent_example_spec = MAPSPEC(rent_example_fields);

static const struct field renovation_fields[] = {
    VAL(renovation, beskrivelse, FT_TEXT, F_REQUIRED, "the works"),
    VAL(renovation, boliger, FT_COUNT, 0, "the number of dwellings"),
    VAL(renovation, anskaffelsessum_kr, FT_AMOUNT, F_REQUIRED,
        "the works' anskaffelsessum"),
    MAP("finansiering", renovation, finansiering, renov_finance_spec,
        F_REQUIRED, "the financing sources"),
    MAP("huslejeforhoejelse", renovation, huslejeforhoejelse,
        rent_increase_spec, 0, "the rent increase"),
    { "eksempler", FT_LIST, offsetof(struct renovation, eksempler),
      &rent_example_spec, NULL, 0, "example dwellings",
      sizeof(struct rent_example), 0, 0 },
    VAL(renovation, kommunal_garanti_kr, FT_AMOUNT, 0,
        "the municipality's guarantee (0: none)"),
};
static const struct mapspec renovation_spec = MAPSPEC(renovation_fields);

static const struct field root_fields[] = {
    { "format", FT_FORMAT, offsetof(struct project, format), NULL,
      format_values, F_REQUIRED, N_("the format, skema/1"), 0, 0, 0 },
    MAP("projekt", project, projekt, projekt_spec, F_REQUIRED, "the project"),
    MAP("finansiering", project, finansiering, finansiering_spec, 0,
        "the financing shares"),
    MAP("garanti", project, garanti, garanti_spec, 0, "the guarantee"),
    MAP("maksimumsbeloeb", project, maksimumsbeloeb, cap_spec, 0,
        "a stated cost cap"),
    /* required unless renovering is given: see project_load */
    MAP("skema", project, skema, stages_spec, F_ONE_CHILD,
        "the stages A, B and C"),
    MAP("renovering", project, renovering, renovation_spec, 0,
        "a renovation, instead of skema"),
};
static const struct mapspec root_spec = MAPSPEC(root_fields);

/* ---- names ---------------------------------------------------------- */

const char *stage_name(enum stage stage)
{
    return stages_fields[stage].key;
}

const char *cost_line_key(enum cost_line line)
{
    return costs_fields[line].key;
}

const char *housing_key(enum housing housing)
{
    return housing_values[housing];
}

/* ---- the walk -------------------------------------------------------- */

struct project_store {
    struct ydoc *doc;
};

/* A project is new building (skema) or a renovation (renovering), one of
 * the two: a renovation has no skema A, B or C. */
static void require_one_kind(const struct project *p, struct diag_list *diags)
{
    /* the description is the table's, so that the two never differ */
    const struct field *skema = root_fields;
    while (strcmp(skema->key, "skema") != 0)
        skema++;
    if (!p->skema.sec.set && !p->renovering.sec.set)
        diag_add(diags, RULE_KEY_REQUIRED, p->root.pos, "",
                 N_("required key '{key}' is missing ({what})"),
                 ARGS(ARG_TEXT("key", skema->key),
                      ARG_MSG("what", skema->what)));
    else if (p->skema.sec.set && p->renovering.sec.set)
        diag_add(diags, RULE_KEY_CONFLICT, p->renovering.sec.pos, "renovering",
                 N_("'renovering' and 'skema' are both given: a renovation "
                    "has no skema A, B or C; give one of the two"), NO_ARGS);
}

struct project_store *project_load(const char *data, size_t len,
                                   struct project *out,
                                   struct diag_list *diags)
{
    memset(out, 0, sizeof *out);
    struct project_store *store = xcalloc(1, sizeof *store);
    store->doc = ydoc_parse(data, len, NULL, diags);
    const struct ynode *root = ydoc_root(store->doc);
    if (root) {
        schema_load(root, &root_spec, out, ydoc_arena(store->doc), diags);
        if (root->kind == YNODE_MAP)
            require_one_kind(out, diags);
    }
    return store;
}

void project_release(struct project_store *store)
{
    if (!store)
        return;
    ydoc_free(store->doc);
    free(store);
}

void project_diff(const struct project *a, const struct project *b,
                  schema_diff_fn fn, void *ctx)
{
    schema_diff(&root_spec, a, b, fn, ctx);
}

void project_list_keys(FILE *out, enum report_lang lang)
{
    schema_list_keys(out, &root_spec, lang);
}

static void walk_keys(const struct mapspec *spec, unsigned depth, bool in_c,
                      struct strbuf *path, project_key_fn fn, void *ctx)
{
    for (size_t i = 0; i < spec->count; i++) {
        const struct field *f = &spec->fields[i];
        if ((f->flags & F_ONLY_C) && !in_c)
            continue;
        size_t saved = path->len;
        if (saved)
            strbuf_addch(path, '.');
        strbuf_addstr(path, f->key);
        fn(ctx, depth, f, path->buf);
        if (f->type == FT_MAP)
            walk_keys(f->map, depth + 1, in_c || (f->flags & F_IS_C), path,
                      fn, ctx);
        strbuf_setlen(path, saved);
    }
}

void project_walk_keys(project_key_fn fn, void *ctx)
{
    struct strbuf path = STRBUF_INIT;
    walk_keys(&root_spec, 0, false, &path, fn, ctx);
    strbuf_release(&path);
}
