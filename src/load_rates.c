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
#include "message.h"
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

static const struct field kommuner_fields[] = {
    RLIST(rate_kommuner, navne, FT_TEXT, NULL, F_REQUIRED, "the municipalities"),
    RVAL(rate_kommuner, kilde, FT_ID, F_REQUIRED, "the source"),
    RVAL(rate_kommuner, note, FT_TEXT, 0, "a note"),
};
static const struct mapspec kommuner_spec = MAPSPEC(kommuner_fields);

static const struct field cap_fields[] = {
    RVAL(rate_cap, aar, FT_YEAR, F_REQUIRED, "the year of skema B"),
    { "boligtype", FT_ENUM, offsetof(struct rate_cap, boligtype), NULL,
      housing_values, F_REQUIRED, N_("the housing type"), 0, 0, 0 },
    RLIST(rate_cap, zoner, FT_ID, NULL, F_REQUIRED, "the zones"),
    RVAL(rate_cap, tilsagn_fra, FT_DATE, 0, "the first tilsagn date"),
    RVAL(rate_cap, tilsagn_til, FT_DATE, 0, "the last tilsagn date"),
    RVAL(rate_cap, kr_m2, FT_AMOUNT, F_REQUIRED, "kr per m² boligareal"),
    RVAL(rate_cap, kr_bolig, FT_AMOUNT, 0, "kr per dwelling"),
    RVAL(rate_cap, inkl_energitillaeg, FT_BOOL, 0,
         "the amount includes the energitillæg"),
    RVAL(rate_cap, kilde, FT_ID, F_REQUIRED, "the source"),
    RVAL(rate_cap, note, FT_TEXT, 0, "a note"),
};
static const struct mapspec cap_spec = MAPSPEC(cap_fields);

static const struct field energy_fields[] = {
    RVAL(rate_energy, tilsagn_fra, FT_DATE, F_REQUIRED, "the first tilsagn date"),
    RVAL(rate_energy, tilsagn_til, FT_DATE, 0, "the last tilsagn date"),
    RVAL(rate_energy, aar, FT_YEAR, 0, "the year of the amount"),
    { "byggeform", FT_ENUM, offsetof(struct rate_energy, byggeform), NULL,
      form_values, 0, N_("the building form"), 0, 0, 0 },
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
      format_values, F_REQUIRED, N_("the format, skema-rates/1"), 0, 0, 0 },
    { "kilder", FT_DICT, offsetof(struct rates_doc, kilder), &source_spec, NULL,
      F_REQUIRED, N_("the sources"), sizeof(struct rate_source), 0,
      offsetof(struct rate_source, id) },
    { "kommuner", FT_LIST, offsetof(struct rates_doc, kommuner), &kommuner_spec,
      NULL, 0, N_("the municipalities there are"), sizeof(struct rate_kommuner),
      0, 0 },
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
        t[n -= 7] = '\0';
    /* "Bornholms Regionskommune" is Bornholm (the "s" goes in same_key) */
    if (n > 7 && strcmp(t + n - 7, "regions") == 0)
        t[n -= 7] = '\0';
    else if (n > 6 && strcmp(t + n - 6, "region") == 0)
        t[n - 6] = '\0';
    return t;
}

static bool same_key(const char *ka, const char *kb)
{
    if (ka[0] && kb[0] && ka[0] != kb[0])
        return false;   /* the common answer, of a scan over 98 names */
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
    EACH(doc, kommuner, struct rate_kommuner, k) {
        const struct val *names = k->navne.items;
        k->keys = xcalloc(k->navne.count + 1, sizeof *k->keys);
        for (size_t i = 0; i < k->navne.count; i++)
            k->keys[i] = kommune_key(names[i].set ? names[i].text : "");
    }
    EACH(doc, zoner, struct rate_zone, z) {
        const struct val *names = z->kommuner.items;
        z->keys = xcalloc(z->kommuner.count + 1, sizeof *z->keys);
        for (size_t i = 0; i < z->kommuner.count; i++)
            z->keys[i] = kommune_key(names[i].set ? names[i].text : "");
    }
}

static void free_keys(struct rates_doc *doc)
{
    EACH(doc, kommuner, struct rate_kommuner, k) {
        for (size_t i = 0; k->keys && i < k->navne.count; i++)
            free(k->keys[i]);
        free(k->keys);
        k->keys = NULL;
    }
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
        diag_add(diags, RULE_RATES_SOURCE, k->pos, path,
                 N_("no source '{id}' in kilder"), ARGS(ARG_TEXT("id", k->text)));
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

/* "grundkapital[3]": the path of a row, in sb (emptied first). */
static const char *row_path(struct strbuf *sb, const char *list, size_t i,
                            const char *key)
{
    strbuf_reset(sb);
    strbuf_addf(sb, "%s[%zu]%s%s", list, i, key ? "." : "", key ? key : "");
    return sb->buf;
}

/*
 * Rows that must not overlap, found by sorting, not by comparing every
 * pair: a rates file of 4 MiB would otherwise take hours.  A span is one
 * row's claim on a case (the group: text, a, b) for a period [from, to].
 */
struct span {
    const char *text;        /* group: a name or zone id, or "" */
    int64_t a, b;            /* group: year, type, form or area */
    int64_t from, to;        /* the period claimed */
    size_t owner;            /* the row (or zone) it belongs to */
    const struct val *at;    /* where it is written */
};

static int span_cmp(const void *pa, const void *pb)
{
    const struct span *x = pa, *y = pb;
    int c = strcmp(x->text, y->text);
    if (c)
        return c;
    if (x->a != y->a)
        return x->a < y->a ? -1 : 1;
    if (x->b != y->b)
        return x->b < y->b ? -1 : 1;
    if (x->from != y->from)
        return x->from < y->from ? -1 : 1;
    return x->owner < y->owner ? -1 : x->owner > y->owner;
}

static bool same_group(const struct span *x, const struct span *y)
{
    return strcmp(x->text, y->text) == 0 && x->a == y->a && x->b == y->b;
}

typedef void (*conflict_fn)(void *ctx, const struct span *first,
                            const struct span *second);

/* Sort the spans and call fn for each that overlaps an earlier one of its
 * group (the one reaching furthest) from another owner: n log n.  fn gets
 * the two in the order of the file. */
static void find_overlaps(struct span *sp, size_t n, conflict_fn fn, void *ctx)
{
    qsort(sp, n, sizeof *sp, span_cmp);
    size_t best = 0;
    for (size_t i = 1; i < n; i++) {
        if (!same_group(&sp[i], &sp[best])) {
            best = i;
            continue;
        }
        /* named as the file has them: the later row is the second */
        if (sp[i].from <= sp[best].to && sp[i].owner < sp[best].owner)
            fn(ctx, &sp[i], &sp[best]);
        else if (sp[i].from <= sp[best].to && sp[i].owner > sp[best].owner)
            fn(ctx, &sp[best], &sp[i]);
        if (sp[i].to > sp[best].to)
            best = i;
    }
}

struct conflicts {
    const struct rates_doc *doc;
    struct diag_list *diags;
    struct strbuf path;
};

static void zone_conflict(void *ctx, const struct span *x, const struct span *y)
{
    struct conflicts *c = ctx;
    const struct rate_zone *zones = c->doc->zoner.items;
    diag_add(c->diags, RULE_RATES_CONSISTENT, y->at->pos, "zoner",
             N_("{kommune} is in zone {zone} and in zone {other} at the same "
                "time (line {line})"),
             ARGS(ARG_TEXT("kommune", y->at->text),
                  ARG_TEXT("zone", zones[x->owner].id.text),
                  ARG_TEXT("other", zones[y->owner].id.text),
                  ARG_INT("line", x->at->pos.line)));
}

/* The name a municipality is grouped by: kommune_key, less a final 's'
 * ("Københavns" is København); caller-owned. */
static char *group_key(const char *name)
{
    char *k = kommune_key(name);
    size_t n = strlen(k);
    if (n > 1 && k[n - 1] == 's')
        k[n - 1] = '\0';
    return k;
}

/* A municipality in two zones at once. */
static void check_zone_members(struct conflicts *c)
{
    size_t n = 0, k = 0;
    EACH(c->doc, zoner, const struct rate_zone, z)
        n += z->id.set ? z->kommuner.count : 0;
    struct span *sp = xcalloc(n + 1, sizeof *sp);
    const struct rate_zone *first = c->doc->zoner.items;
    EACH(c->doc, zoner, const struct rate_zone, z) {
        const struct val *names = z->kommuner.items;
        for (size_t i = 0; z->id.set && i < z->kommuner.count; i++) {
            if (!names[i].set)
                continue;
            sp[k++] = (struct span){
                .text = group_key(names[i].text),
                .from = z->gyldig_fra.set ? z->gyldig_fra.n : 0,
                .to = end_of(&z->gyldig_til), .owner = (size_t)(z - first),
                .at = &names[i] };
        }
    }
    find_overlaps(sp, k, zone_conflict, c);
    for (size_t i = 0; i < k; i++)
        free((char *)sp[i].text);
    free(sp);
}

/* Added to a cap row's group when it includes the energitillæg. */
enum { CAP_INCL = 16 };

static void cap_conflict(void *ctx, const struct span *x, const struct span *y)
{
    struct conflicts *c = ctx;
    diag_add(c->diags, RULE_RATES_CONSISTENT, y->at->pos,
             row_path(&c->path, "maksimumsbeloeb", y->owner, NULL),
             N_("a second cap for {year}, {type}, zone {zone} and the same "
                "tilsagn dates (the first is maksimumsbeloeb[{row}], line "
                "{line})"),
             ARGS(ARG_INT("year", y->a),
                  ARG_TEXT("type", housing_key((enum housing)(y->b % CAP_INCL))),
                  ARG_TEXT("zone", y->text), ARG_INT("row", x->owner),
                  ARG_INT("line", x->at->pos.line)));
}

/* Two caps for one year, type and zone over the same tilsagn dates. */
static void check_caps(struct conflicts *c)
{
    size_t n = 0, k = 0;
    EACH(c->doc, maksimumsbeloeb, const struct rate_cap, cap)
        n += cap->zoner.count;
    struct span *sp = xcalloc(n + 1, sizeof *sp);
    const struct rate_cap *first = c->doc->maksimumsbeloeb.items;
    EACH(c->doc, maksimumsbeloeb, const struct rate_cap, cap) {
        const struct val *zones = cap->zoner.items;
        for (size_t i = 0; i < cap->zoner.count; i++)
            if (zones[i].set && cap->aar.set && cap->boligtype.set)
                sp[k++] = (struct span){
                    /* a cap including the energitillæg is another
                     * figure than the one without: its own group */
                    .text = zones[i].text, .a = cap->aar.n,
                    .b = cap->boligtype.n + (includes_energy(cap) ? CAP_INCL : 0),
                    .from = cap->tilsagn_fra.set ? cap->tilsagn_fra.n : 0,
                    .to = end_of(&cap->tilsagn_til),
                    .owner = (size_t)(cap - first), .at = &zones[i] };
    }
    find_overlaps(sp, k, cap_conflict, c);
    free(sp);
}

static void energy_conflict(void *ctx, const struct span *x, const struct span *y)
{
    struct conflicts *c = ctx;
    diag_add(c->diags, RULE_RATES_CONSISTENT, y->at->pos,
             row_path(&c->path, "energitillaeg", y->owner, "kr_m2"),
             N_("a second energitillæg amount for {year}, {form} and the same "
                "tilsagn dates (the first is energitillaeg[{row}], line {line})"),
             ARGS(ARG_INT("year", y->a), ARG_TEXT("form", form_values[y->b]),
                  ARG_INT("row", x->owner), ARG_INT("line", x->at->pos.line)));
}

/* Two energitillæg amounts for one year and building form. */
static void check_energy(struct conflicts *c)
{
    size_t k = 0;
    struct span *sp = xcalloc(c->doc->energitillaeg.count + 1, sizeof *sp);
    const struct rate_energy *first = c->doc->energitillaeg.items;
    EACH(c->doc, energitillaeg, const struct rate_energy, e)
        if (e->kr_m2.set && e->aar.set && e->byggeform.set)
            sp[k++] = (struct span){
                .text = "", .a = e->aar.n, .b = e->byggeform.n,
                .from = e->tilsagn_fra.n, .to = end_of(&e->tilsagn_til),
                .owner = (size_t)(e - first), .at = &e->kr_m2 };
    find_overlaps(sp, k, energy_conflict, c);
    free(sp);
}

static void split_conflict(void *ctx, const struct span *x, const struct span *y)
{
    struct conflicts *c = ctx;
    const struct rate_split *rows = c->doc->grundkapital.items;
    diag_add(c->diags, RULE_RATES_CONSISTENT, rows[y->owner].sec.pos,
             row_path(&c->path, "grundkapital", y->owner, NULL),
             N_("a second financing split for {type} from tilsagn {date} "
                "(the first is grundkapital[{row}], line {line}); end the "
                "first with tilsagn_til"),
             ARGS(ARG_TEXT("type", y->text),
                  ARG_DATE("date", y->from), ARG_INT("row", x->owner),
                  ARG_INT("line", rows[x->owner].sec.pos.line)));
}

/* Two financing splits for one housing type and band of average area
 * over the same tilsagn dates. */
static void check_splits(struct conflicts *c)
{
    size_t n = 0, k = 0;
    EACH(c->doc, grundkapital, const struct rate_split, s)
        n += s->boligtype.count;
    struct span *sp = xcalloc(n + 1, sizeof *sp);
    const struct rate_split *first = c->doc->grundkapital.items;
    EACH(c->doc, grundkapital, const struct rate_split, s) {
        const struct val *t = s->boligtype.items;
        for (size_t i = 0; i < s->boligtype.count; i++)
            if (t[i].set && s->tilsagn_fra.set && t[i].n >= 0 && t[i].n < 3)
                sp[k++] = (struct span){
                    .text = housing_key((enum housing)t[i].n),
                    .a = s->bea_fra_m2.set ? s->bea_fra_m2.n : -1,
                    .b = s->bea_under_m2.set ? s->bea_under_m2.n : -1,
                    .from = s->tilsagn_fra.n, .to = end_of(&s->tilsagn_til),
                    .owner = (size_t)(s - first), .at = &t[i] };
    }
    find_overlaps(sp, k, split_conflict, c);
    free(sp);
}

static int val_cmp(const void *pa, const void *pb)
{
    const struct val *x = *(const struct val *const *)pa;
    const struct val *y = *(const struct val *const *)pb;
    int c = strcmp(x->text, y->text);
    if (c)
        return c;
    return x->pos.line != y->pos.line ? (x->pos.line < y->pos.line ? -1 : 1)
         : (x->pos.col > y->pos.col) - (x->pos.col < y->pos.col);
}

/* An item a list gives twice (sorted, so a list of any length costs
 * n log n): each repeat is an error naming the first. */
static void check_unique(const struct list *l, const char *path,
                         struct diag_list *diags)
{
    const struct val *items = l->items;
    const struct val **sorted = xcalloc(l->count + 1, sizeof *sorted);
    size_t n = 0;
    for (size_t i = 0; i < l->count; i++)
        if (items[i].set && items[i].text)
            sorted[n++] = &items[i];
    qsort(sorted, n, sizeof *sorted, val_cmp);
    size_t first = 0;
    for (size_t i = 1; i < n; i++) {
        if (strcmp(sorted[i]->text, sorted[first]->text) != 0) {
            first = i;
            continue;
        }
        diag_add(diags, RULE_RATES_CONSISTENT, sorted[i]->pos, path,
                 N_("'{item}' is listed twice (first at line {line} column "
                    "{column}); list it once"),
                 ARGS(ARG_TEXT("item", sorted[i]->text),
                      ARG_INT("line", sorted[first]->pos.line),
                      ARG_INT("column", sorted[first]->pos.col)));
    }
    free(sorted);
}

static void check_zones(const struct rates *r, size_t d, struct conflicts *c)
{
    size_t i = 0;
    EACH(c->doc, zoner, const struct rate_zone, z) {
        check_source(r, d, &z->kilde, row_path(&c->path, "zoner", i, "kilde"),
                     c->diags);
        row_path(&c->path, "zoner", i++, NULL);
        if (z->gyldig_til.set && z->gyldig_fra.set && z->gyldig_til.n < z->gyldig_fra.n)
            diag_add(c->diags, RULE_RATES_CONSISTENT, z->gyldig_til.pos,
                     c->path.buf, N_("gyldig_til is before gyldig_fra"), NO_ARGS);
        if (z->oevrige.set && z->oevrige.n && z->kommuner.count)
            diag_add(c->diags, RULE_RATES_CONSISTENT, z->oevrige.pos, c->path.buf,
                     N_("a zone is either its kommuner or all others "
                        "(oevrige), not both"), NO_ARGS);
        strbuf_addstr(&c->path, ".kommuner");
        check_unique(&z->kommuner, c->path.buf, c->diags);
    }
    check_zone_members(c);
}

static void check_cap_rows(const struct rates *r, size_t d, struct conflicts *c)
{
    size_t i = 0;
    EACH(c->doc, maksimumsbeloeb, const struct rate_cap, cap) {
        row_path(&c->path, "maksimumsbeloeb", i++, NULL);
        check_source(r, d, &cap->kilde, c->path.buf, c->diags);
        const struct val *zones = cap->zoner.items;
        for (size_t k = 0; k < cap->zoner.count; k++)
            if (zones[k].set && !known_zone(r, d, zones[k].text))
                diag_add(c->diags, RULE_RATES_CONSISTENT, zones[k].pos,
                         c->path.buf, N_("no zone '{zone}' in zoner"),
                         ARGS(ARG_TEXT("zone", zones[k].text)));
        strbuf_addstr(&c->path, ".zoner");
        check_unique(&cap->zoner, c->path.buf, c->diags);
    }
    check_caps(c);
}

static void check_doc(const struct rates *r, size_t d, struct diag_list *diags)
{
    struct conflicts c = { .doc = &r->docs[d], .diags = diags,
                           .path = STRBUF_INIT };
    size_t i = 0;
    EACH(c.doc, kommuner, const struct rate_kommuner, k) {
        check_source(r, d, &k->kilde, row_path(&c.path, "kommuner", i++, "kilde"),
                     diags);
        strbuf_addstr(&c.path, ".navne");
        check_unique(&k->navne, c.path.buf, diags);
    }
    check_zones(r, d, &c);
    check_cap_rows(r, d, &c);
    i = 0;
    EACH(c.doc, energitillaeg, const struct rate_energy, e) {
        check_source(r, d, &e->kilde, row_path(&c.path, "energitillaeg", i++, NULL),
                     diags);
        if (e->kr_m2.set && !(e->aar.set && e->byggeform.set))
            diag_add(diags, RULE_RATES_CONSISTENT, e->kr_m2.pos, c.path.buf,
                     N_("an amount needs the year (aar) and byggeform it is "
                        "for"), NO_ARGS);
    }
    check_energy(&c);
    i = 0;
    EACH(c.doc, grundkapital, const struct rate_split, s) {
        check_source(r, d, &s->kilde, row_path(&c.path, "grundkapital", i++, NULL),
                     diags);
        if (s->grundkapital_pct.set && s->realkredit_pct.set &&
            s->beboerindskud_pct.set &&
            s->grundkapital_pct.n + s->realkredit_pct.n + s->beboerindskud_pct.n
                != DEC_HUNDRED)
            diag_add(diags, RULE_RATES_CONSISTENT, s->sec.pos, c.path.buf,
                     N_("the three shares do not add up to 100 %"), NO_ARGS);
        strbuf_addstr(&c.path, ".boligtype");
        check_unique(&s->boligtype, c.path.buf, diags);
    }
    check_splits(&c);
    strbuf_release(&c.path);
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

/* Whether the rates data lists the municipalities, and if so whether
 * key (a kommune_key) is one of them. */
static bool kommune_known(const struct rates *r, const char *key, bool *listed)
{
    *listed = false;
    for (size_t d = 0; d < r->ndocs; d++) {
        EACH(&r->docs[d], kommuner, const struct rate_kommuner, k) {
            *listed = true;
            for (size_t i = 0; i < k->navne.count; i++)
                if (same_key(k->keys[i], key))
                    return true;
        }
    }
    return false;
}

/* The zone whose kommuner name key at date, the latest data first. */
static const struct rate_zone *zone_naming(const struct rates *r,
                                           const char *key, int64_t date,
                                           bool *any)
{
    for (size_t d = r->ndocs; d-- > 0;) {
        EACH(&r->docs[d], zoner, const struct rate_zone, z) {
            if (!in_period(&z->gyldig_fra, &z->gyldig_til, date))
                continue;
            *any = true;
            for (size_t i = 0; i < z->kommuner.count; i++)
                if (same_key(z->keys[i], key))
                    return z;
        }
    }
    return NULL;
}

const struct rate_zone *rates_zone(const struct rates *r, const char *kommune,
                                   int64_t date, const char **why)
{
    bool any = false, listed;
    char *key = kommune_key(kommune);
    const struct rate_zone *hit = zone_naming(r, key, date, &any);
    bool known = hit || kommune_known(r, key, &listed) || !listed;
    free(key);
    if (hit)
        return hit;
    if (!known) {
        /* a typo must not get the cap of all other municipalities */
        *why = N_("projekt.kommune is none of the 98 municipalities the rates "
                  "data lists");
        return NULL;
    }
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

/* Exported function, documented in include/rates.h */
const char *rates_kommune_suggestion(const struct rates *r, const char *kommune)
{
    bool listed;
    char *key = kommune_key(kommune);
    const char *best = NULL;
    size_t best_d = SIZE_MAX, len = strlen(key);
    /* a letter or two per word: "Dragor" is Dragør, "Hoje Taastrup"
     * Høje-Taastrup; more would suggest a different town */
    size_t allowed = len <= 4 ? 1 : len <= 10 ? 2 : 3;
    if (!kommune_known(r, key, &listed) && listed) {
        for (size_t d = 0; d < r->ndocs; d++) {
            EACH(&r->docs[d], kommuner, const struct rate_kommuner, k) {
                const struct val *names = k->navne.items;
                for (size_t i = 0; i < k->navne.count; i++) {
                    size_t dist = schema_distance(key, k->keys[i]);
                    if (dist <= allowed && dist < best_d) {
                        best = names[i].text;
                        best_d = dist;
                    }
                }
            }
        }
    }
    free(key);
    return best;
}

/* The cap row of its kind (incl: one that includes the energitillæg). */
/* What a cap row is looked up by. */
struct cap_key {
    int64_t year;
    enum housing type;
    const char *zone;
    int64_t tilsagn;        /* 0: unknown */
    bool incl;              /* a row that includes the energitillæg */
};

static const struct rate_cap *find_cap(const struct rates *r,
                                       const struct cap_key *k, const char **why)
{
    const int64_t year = k->year, tilsagn = k->tilsagn;
    const enum housing type = k->type;
    const char *zone = k->zone;
    const bool incl = k->incl;
    for (size_t d = r->ndocs; d-- > 0;) {
        const struct rate_cap *hit = NULL;
        bool any = false, ambiguous = false, needs_tilsagn = false;
        EACH(&r->docs[d], maksimumsbeloeb, const struct rate_cap, c) {
            if (c->aar.n != year || c->boligtype.n != (int64_t)type ||
                !names_zone(c, zone) || includes_energy(c) != incl)
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

const struct rate_cap *rates_cap(const struct rates *r, int64_t year,
                                 enum housing type, const char *zone,
                                 int64_t tilsagn, const char **why)
{
    const struct cap_key k = { year, type, zone, tilsagn, false };
    return find_cap(r, &k, why);
}

const struct rate_cap *rates_cap_incl(const struct rates *r, int64_t year,
                                      enum housing type, const char *zone,
                                      int64_t tilsagn)
{
    const char *why = NULL;
    const struct cap_key k = { year, type, zone, tilsagn, true };
    return find_cap(r, &k, &why);
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

const struct rate_energy *rates_energy_highest(const struct rates *r, int form)
{
    const struct rate_energy *top = NULL;
    for (size_t d = 0; d < r->ndocs; d++)
        EACH(&r->docs[d], energitillaeg, const struct rate_energy, e)
            if (e->kr_m2.set && e->byggeform.n == form &&
                (!top || e->kr_m2.n > top->kr_m2.n))
                top = e;
    return top;
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
