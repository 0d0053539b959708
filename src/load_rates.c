/* SPDX-License-Identifier: MIT */
/*
 * The skema-rates/1 format as a table of keys, its loading (by the same
 * walk as skema/1), the checks that keep the data consistent, and the
 * lookups; documented in include/rates.h.
 */
#include "rates.h"

#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "money.h"
#include "schema.h"
#include "rates_private.h"

/* Generated at build time from data/rates.yaml (data/embed.py). */
extern const char *const skema_rates_yaml;
extern const size_t skema_rates_yaml_len;

#define RVAL(rec, member, type, flags, what) \
    { #member, type, offsetof(struct rec, member), NULL, NULL, flags, what, 0, 0, 0 }
#define RLIST(rec, member, type, values, flags, what) \
    { #member, FT_LIST, offsetof(struct rec, member), NULL, values, flags, what, 0, type, 0 }

static const char *const housing_values[] = { "familie", "aeldre", "ungdom", NULL };
static const char *const form_values[] = { "etage", "lav", NULL };
static const char *const format_values[] = { "skema-rates/1", NULL };

static const struct field source_fields[] = {
    RVAL(rate_source, titel, FT_TEXT, F_REQUIRED, "the source's title"),
    RVAL(rate_source, url, FT_TEXT, F_REQUIRED, "where it is published"),
    RVAL(rate_source, note, FT_TEXT, 0, "a note"),
};
static const struct mapspec source_spec = MAPSPEC(source_fields);

static const struct field zone_fields[] = {
    RVAL(rate_zone, id, FT_ID, F_REQUIRED, "the zone's id"),
    RVAL(rate_zone, navn, FT_TEXT, F_REQUIRED, "the zone's name"),
    RVAL(rate_zone, gyldig_fra, FT_DATE, F_REQUIRED, "the first skema B date"),
    RVAL(rate_zone, gyldig_til, FT_DATE, 0, "the last skema B date"),
    RLIST(rate_zone, kommuner, FT_TEXT, NULL, 0, "the municipalities"),
    RVAL(rate_zone, oevrige, FT_BOOL, 0, "all other municipalities"),
    RVAL(rate_zone, kilde, FT_ID, F_REQUIRED, "the source"),
    RVAL(rate_zone, note, FT_TEXT, 0, "a note"),
};
static const struct mapspec zone_spec = MAPSPEC(zone_fields);

static const struct field cap_fields[] = {
    RVAL(rate_cap, aar, FT_YEAR, F_REQUIRED, "the year of skema B"),
    { "boligtype", FT_ENUM, offsetof(struct rate_cap, boligtype), NULL,
      housing_values, F_REQUIRED, "the housing type", 0, 0, 0 },
    RLIST(rate_cap, zoner, FT_ID, NULL, F_REQUIRED, "the zones"),
    RVAL(rate_cap, tilsagn_fra, FT_DATE, 0, "the first tilsagn date"),
    RVAL(rate_cap, tilsagn_til, FT_DATE, 0, "the last tilsagn date"),
    RVAL(rate_cap, kr_m2, FT_AMOUNT, F_REQUIRED, "kr per m² boligareal"),
    RVAL(rate_cap, kr_bolig, FT_AMOUNT, 0, "kr per dwelling"),
    RVAL(rate_cap, kilde, FT_ID, F_REQUIRED, "the source"),
    RVAL(rate_cap, note, FT_TEXT, 0, "a note"),
};
static const struct mapspec cap_spec = MAPSPEC(cap_fields);

static const struct field energy_fields[] = {
    RVAL(rate_energy, tilsagn_fra, FT_DATE, F_REQUIRED, "the first tilsagn date"),
    RVAL(rate_energy, tilsagn_til, FT_DATE, 0, "the last tilsagn date"),
    RVAL(rate_energy, aar, FT_YEAR, 0, "the year of the amount"),
    { "byggeform", FT_ENUM, offsetof(struct rate_energy, byggeform), NULL,
      form_values, 0, "the building form", 0, 0, 0 },
    RVAL(rate_energy, kr_m2, FT_AMOUNT, 0, "kr per m²"),
    RVAL(rate_energy, kilde, FT_ID, F_REQUIRED, "the source"),
    RVAL(rate_energy, note, FT_TEXT, 0, "a note"),
};
static const struct mapspec energy_spec = MAPSPEC(energy_fields);

static const struct field split_fields[] = {
    RVAL(rate_split, tilsagn_fra, FT_DATE, F_REQUIRED, "the first tilsagn date"),
    RVAL(rate_split, tilsagn_til, FT_DATE, 0, "the last tilsagn date"),
    RLIST(rate_split, boligtype, FT_ENUM, housing_values, F_REQUIRED,
          "the housing types"),
    RVAL(rate_split, bea_fra_m2, FT_AREA, 0, "the lowest average area"),
    RVAL(rate_split, bea_under_m2, FT_AREA, 0, "the area it stays under"),
    RVAL(rate_split, grundkapital_pct, FT_PCT, F_REQUIRED, "the grundkapital share"),
    RVAL(rate_split, realkredit_pct, FT_PCT, F_REQUIRED, "the loan share"),
    RVAL(rate_split, beboerindskud_pct, FT_PCT, F_REQUIRED, "the beboerindskud share"),
    RVAL(rate_split, kilde, FT_ID, F_REQUIRED, "the source"),
    RVAL(rate_split, note, FT_TEXT, 0, "a note"),
};
static const struct mapspec split_spec = MAPSPEC(split_fields);

#define RROWS(key, member, spec, type, what) \
    { key, FT_LIST, offsetof(struct rates_doc, member), &spec, NULL, F_REQUIRED, \
      what, sizeof(struct type), 0, 0 }
static const struct field doc_fields[] = {
    { "format", FT_FORMAT, offsetof(struct rates_doc, format), NULL,
      format_values, F_REQUIRED, "the format, skema-rates/1", 0, 0, 0 },
    { "kilder", FT_DICT, offsetof(struct rates_doc, kilder), &source_spec, NULL,
      F_REQUIRED, "the sources", sizeof(struct rate_source), 0,
      offsetof(struct rate_source, id) },
    RROWS("zoner", zoner, zone_spec, rate_zone, "the zones"),
    RROWS("maksimumsbeloeb", maksimumsbeloeb, cap_spec, rate_cap, "the caps"),
    RROWS("energitillaeg", energitillaeg, energy_spec, rate_energy,
          "the energitillæg"),
    RROWS("grundkapital", grundkapital, split_spec, rate_split,
          "the financing split"),
};
static const struct mapspec doc_spec = MAPSPEC(doc_fields);

/* ---- municipality names ---------------------------------------------- */

/* Letters and digits only, lower case, æøå as ae oe aa, without a
 * trailing "kommune"; caller-owned. */
static char *kommune_key(const char *name)
{
    char *t = schema_transliterate(name), *o = t;
    for (const char *p = t; *p; p++)
        if (isalnum((unsigned char)*p))
            *o++ = *p;
    *o = '\0';
    size_t n = strlen(t);
    if (n > 7 && strcmp(t + n - 7, "kommune") == 0)
        t[n - 7] = '\0';
    if (n > 6 && strcmp(t + n - 6, "region") == 0)
        t[n - 6] = '\0';
    return t;
}

static bool same_key(const char *ka, const char *kb)
{
    size_t la = strlen(ka), lb = strlen(kb);
    /* "Københavns Kommune" is København */
    return strcmp(ka, kb) == 0 ||
           (la == lb + 1 && ka[la - 1] == 's' && strncmp(ka, kb, lb) == 0) ||
           (lb == la + 1 && kb[lb - 1] == 's' && strncmp(ka, kb, la) == 0);
}

bool rates_same_kommune(const char *a, const char *b)
{
    char *ka = kommune_key(a), *kb = kommune_key(b);
    bool same = same_key(ka, kb);
    free(ka);
    free(kb);
    return same;
}

/* Each zone's names in the form they are compared in, made once when the
 * data loads: a lookup per project must not normalise 34 names again. */
static void make_keys(struct rates_doc *doc)
{
    EACH(doc, zoner, struct rate_zone, z) {
        const struct val *names = z->kommuner.items;
        z->keys = xcalloc(z->kommuner.count + 1, sizeof *z->keys);
        for (size_t i = 0; i < z->kommuner.count; i++)
            z->keys[i] = kommune_key(names[i].set ? names[i].text : "");
    }
}

static void free_keys(struct rates_doc *doc)
{
    EACH(doc, zoner, struct rate_zone, z) {
        for (size_t i = 0; z->keys && i < z->kommuner.count; i++)
            free(z->keys[i]);
        free(z->keys);
        z->keys = NULL;
    }
}

/* ---- consistency of the data ----------------------------------------- */

static bool known_source(const struct rates *r, size_t upto, const char *id)
{
    for (size_t d = 0; d <= upto; d++)
        EACH(&r->docs[d], kilder, const struct rate_source, s)
            if (s->id.set && strcmp(s->id.text, id) == 0)
                return true;
    return false;
}

static void check_source(const struct rates *r, size_t d, const struct val *k,
                         const char *path, struct diag_list *diags)
{
    if (k->set && !known_source(r, d, k->text))
        diag_addf(diags, RULE_RATES_SOURCE, k->pos, path,
                 "no source '%s' in kilder", k->text);
}

static bool known_zone(const struct rates *r, size_t upto, const char *id)
{
    for (size_t d = 0; d <= upto; d++)
        EACH(&r->docs[d], zoner, const struct rate_zone, z)
            if (z->id.set && strcmp(z->id.text, id) == 0)
                return true;
    return false;
}

static int64_t end_of(const struct val *til)
{
    return til->set ? til->n : INT64_MAX;
}

static bool periods_overlap(const struct val *fa, const struct val *ta,
                            const struct val *fb, const struct val *tb)
{
    int64_t a0 = fa->set ? fa->n : 0, b0 = fb->set ? fb->n : 0;
    return a0 <= end_of(tb) && b0 <= end_of(ta);
}

static void check_doc(const struct rates *r, size_t d, struct diag_list *diags)
{
    const struct rates_doc *doc = &r->docs[d];
    char path[64];
    size_t i = 0;
    EACH(doc, zoner, const struct rate_zone, z) {
        snprintf(path, sizeof path, "zoner[%zu].kilde", i);
        check_source(r, d, &z->kilde, path, diags);
        if (z->gyldig_til.set && z->gyldig_fra.set && z->gyldig_til.n < z->gyldig_fra.n)
            diag_addf(diags, RULE_RATES_CONSISTENT, z->gyldig_til.pos, path,
                     "gyldig_til is before gyldig_fra");
        if (z->oevrige.set && z->oevrige.n && z->kommuner.count)
            diag_addf(diags, RULE_RATES_CONSISTENT, z->oevrige.pos, path,
                     "a zone is either its kommuner or all others (oevrige), not both");
        /* a municipality in two zones at once */
        const struct val *names = z->kommuner.items;
        EACH(doc, zoner, const struct rate_zone, y) {
            if (y <= z || !z->id.set || !y->id.set ||
                !periods_overlap(&z->gyldig_fra, &z->gyldig_til,
                                 &y->gyldig_fra, &y->gyldig_til))
                continue;
            const struct val *other = y->kommuner.items;
            for (size_t a = 0; a < z->kommuner.count; a++)
                for (size_t b = 0; b < y->kommuner.count; b++)
                    if (names[a].set && other[b].set &&
                        rates_same_kommune(names[a].text, other[b].text))
                        diag_addf(diags, RULE_RATES_CONSISTENT, other[b].pos,
                                 "zoner", "%s is in zone %s and in zone %s at "
                                 "the same time", other[b].text, z->id.text,
                                 y->id.text);
        }
        i++;
    }
    i = 0;
    EACH(doc, maksimumsbeloeb, const struct rate_cap, c) {
        snprintf(path, sizeof path, "maksimumsbeloeb[%zu]", i++);
        check_source(r, d, &c->kilde, path, diags);
        const struct val *zones = c->zoner.items;
        for (size_t k = 0; k < c->zoner.count; k++)
            if (zones[k].set && !known_zone(r, d, zones[k].text))
                diag_addf(diags, RULE_RATES_CONSISTENT, zones[k].pos, path,
                         "no zone '%s' in zoner", zones[k].text);
        /* two rows for the same case */
        EACH(doc, maksimumsbeloeb, const struct rate_cap, o) {
            if (o <= c || o->aar.n != c->aar.n || o->boligtype.n != c->boligtype.n ||
                !periods_overlap(&c->tilsagn_fra, &c->tilsagn_til,
                                 &o->tilsagn_fra, &o->tilsagn_til))
                continue;
            const struct val *oz = o->zoner.items;
            for (size_t a = 0; a < c->zoner.count; a++)
                for (size_t b = 0; b < o->zoner.count; b++)
                    if (zones[a].set && oz[b].set &&
                        strcmp(zones[a].text, oz[b].text) == 0)
                        diag_addf(diags, RULE_RATES_CONSISTENT, oz[b].pos,
                                 "maksimumsbeloeb", "a second cap for %lld, "
                                 "%s, zone %s and the same tilsagn dates",
                                 (long long)c->aar.n,
                                 housing_key((enum housing)c->boligtype.n),
                                 zones[a].text);
        }
    }
    i = 0;
    EACH(doc, energitillaeg, const struct rate_energy, e) {
        snprintf(path, sizeof path, "energitillaeg[%zu]", i++);
        check_source(r, d, &e->kilde, path, diags);
        if (e->kr_m2.set && !(e->aar.set && e->byggeform.set))
            diag_addf(diags, RULE_RATES_CONSISTENT, e->kr_m2.pos, path,
                     "an amount needs the year (aar) and byggeform it is for");
    }
    i = 0;
    EACH(doc, grundkapital, const struct rate_split, s) {
        snprintf(path, sizeof path, "grundkapital[%zu]", i++);
        check_source(r, d, &s->kilde, path, diags);
        if (s->grundkapital_pct.set && s->realkredit_pct.set &&
            s->beboerindskud_pct.set &&
            s->grundkapital_pct.n + s->realkredit_pct.n + s->beboerindskud_pct.n
                != DEC_HUNDRED)
            diag_addf(diags, RULE_RATES_CONSISTENT, s->sec.pos, path,
                     "the three shares do not add up to 100 %%");
    }
}

/* ---- loading --------------------------------------------------------- */

struct rates *rates_new(void)
{
    return xcalloc(1, sizeof(struct rates));
}

bool rates_add(struct rates *r, const char *data, size_t len,
               struct diag_list *diags)
{
    if (!data) {
        data = skema_rates_yaml;
        len = skema_rates_yaml_len;
    }
    size_t errors = diag_count_severity(diags, SEV_ERROR);
    r->docs = xrealloc(r->docs, (r->ndocs + 1) * sizeof *r->docs);
    r->trees = xrealloc(r->trees, (r->ndocs + 1) * sizeof *r->trees);
    struct rates_doc *doc = &r->docs[r->ndocs];
    memset(doc, 0, sizeof *doc);
    struct ydoc *tree = ydoc_parse(data, len, NULL, diags);
    r->trees[r->ndocs] = tree;
    r->ndocs++;
    if (ydoc_root(tree))
        schema_load(ydoc_root(tree), &doc_spec, doc, ydoc_arena(tree), diags);
    /* consistency too, so that one run reports every problem; values
     * that did not load are unset and skipped */
    check_doc(r, r->ndocs - 1, diags);
    if (diag_count_severity(diags, SEV_ERROR) == errors) {
        make_keys(doc);
        return true;
    }
    r->ndocs--;           /* a document with errors is not used */
    ydoc_free(tree);
    return false;
}

void rates_free(struct rates *r)
{
    if (!r)
        return;
    for (size_t d = 0; d < r->ndocs; d++) {
        free_keys(&r->docs[d]);
        ydoc_free(r->trees[d]);
    }
    free(r->trees);
    free(r->docs);
    free(r);
}

/* ---- lookups --------------------------------------------------------- */

const struct rate_source *rates_source(const struct rates *r, const char *id)
{
    for (size_t d = r->ndocs; d-- > 0;)
        EACH(&r->docs[d], kilder, const struct rate_source, s)
            if (s->id.set && strcmp(s->id.text, id) == 0)
                return s;
    return NULL;
}

static bool in_period(const struct val *fra, const struct val *til, int64_t date)
{
    return (!fra->set || fra->n <= date) && (!til->set || date <= til->n);
}

const struct rate_zone *rates_zone(const struct rates *r, const char *kommune,
                                   int64_t date, const char **why)
{
    bool any = false;
    char *key = kommune_key(kommune);
    /* a zone that names the municipality, the latest data first ... */
    for (size_t d = r->ndocs; d-- > 0;) {
        EACH(&r->docs[d], zoner, const struct rate_zone, z) {
            if (!in_period(&z->gyldig_fra, &z->gyldig_til, date))
                continue;
            any = true;
            for (size_t i = 0; i < z->kommuner.count; i++) {
                if (same_key(z->keys[i], key)) {
                    free(key);
                    return z;
                }
            }
        }
    }
    free(key);
    /* ... else the zone of all others */
    for (size_t d = r->ndocs; d-- > 0;)
        EACH(&r->docs[d], zoner, const struct rate_zone, z)
            if (in_period(&z->gyldig_fra, &z->gyldig_til, date) &&
                z->oevrige.set && z->oevrige.n)
                return z;
    *why = any ? N_("no zone of the rates data lists this municipality at the "
                    "skema B date; state maksimumsbeloeb.zone")
               : N_("the rates data defines no zones for the skema B date; "
                    "state maksimumsbeloeb.zone");
    return NULL;
}

const struct rate_cap *rates_cap(const struct rates *r, int64_t year,
                                 enum housing type, const char *zone,
                                 int64_t tilsagn, const char **why)
{
    for (size_t d = r->ndocs; d-- > 0;) {
        const struct rate_cap *hit = NULL;
        bool any = false, ambiguous = false, needs_tilsagn = false;
        EACH(&r->docs[d], maksimumsbeloeb, const struct rate_cap, c) {
            if (c->aar.n != year || c->boligtype.n != (int64_t)type ||
                !names_zone(c, zone))
                continue;
            any = true;
            bool bounded = c->tilsagn_fra.set || c->tilsagn_til.set;
            if (!tilsagn && bounded) {
                needs_tilsagn = true;   /* it may or may not apply */
                continue;
            }
            if (tilsagn && !in_period(&c->tilsagn_fra, &c->tilsagn_til, tilsagn))
                continue;
            if (hit && hit->kr_m2.n != c->kr_m2.n)
                ambiguous = true;
            if (!hit)
                hit = c;
        }
        if (!any)
            continue;
        if (needs_tilsagn) {
            *why = N_("the amount depends on the tilsagn date, and "
                      "projekt.datoer.tilsagn is not given");
            return NULL;
        }
        if (ambiguous) {
            *why = N_("the rates data has more than one amount for that case");
            return NULL;
        }
        if (!hit) {
            *why = N_("no row of the rates data covers that tilsagn date");
            return NULL;
        }
        return hit;
    }
    *why = N_("the rates data has no maksimumsbeløb for that year, type and zone");
    return NULL;
}

bool rates_energy(const struct rates *r, int64_t tilsagn, int64_t year,
                  int form, const struct rate_energy **period,
                  const struct rate_energy **amount)
{
    *period = NULL;
    *amount = NULL;
    for (size_t d = r->ndocs; d-- > 0;) {
        EACH(&r->docs[d], energitillaeg, const struct rate_energy, e) {
            if (!in_period(&e->tilsagn_fra, &e->tilsagn_til, tilsagn))
                continue;
            if (!e->kr_m2.set && !*period)
                *period = e;
            if (e->kr_m2.set && !*amount && e->aar.n == year &&
                form >= 0 && e->byggeform.n == form)
                *amount = e;
        }
    }
    if (!*period)
        *amount = NULL;
    return *period != NULL;
}

bool rates_energy_began(const struct rates *r, int64_t date)
{
    for (size_t d = 0; d < r->ndocs; d++)
        EACH(&r->docs[d], energitillaeg, const struct rate_energy, e)
            if (!e->kr_m2.set && e->tilsagn_fra.n <= date)
                return true;
    return false;
}

const struct rate_split *rates_split(const struct rates *r, int64_t tilsagn,
                                     enum housing type, int64_t avg_bea,
                                     const char **why)
{
    for (size_t d = r->ndocs; d-- > 0;) {
        bool any = false;
        EACH(&r->docs[d], grundkapital, const struct rate_split, s) {
            if (!in_period(&s->tilsagn_fra, &s->tilsagn_til, tilsagn) ||
                !names_type(s, type))
                continue;
            any = true;
            bool by_area = s->bea_fra_m2.set || s->bea_under_m2.set;
            if (!by_area)
                return s;
            if (avg_bea < 0)
                continue;
            if ((!s->bea_fra_m2.set || avg_bea >= s->bea_fra_m2.n) &&
                (!s->bea_under_m2.set || avg_bea < s->bea_under_m2.n))
                return s;
        }
        if (any) {
            *why = avg_bea < 0
                 ? N_("the share depends on the average bruttoetageareal per "
                      "dwelling, and the stage gives no boliger and "
                      "bruttoetageareal_m2")
                 : N_("no row of the rates data covers that average area");
            return NULL;
        }
    }
    *why = N_("the rates data has no financing split for that tilsagn date "
              "and type");
    return NULL;
}
