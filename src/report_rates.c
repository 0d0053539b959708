/* SPDX-License-Identifier: MIT */
/*
 * skema rates: the rows in force, each with its source; documented
 * (rates_print) in include/rates.h.  Lists are joined in a strbuf, so no
 * row of any length can overflow or be cut.
 */
#include <stdio.h>

#include "format.h"
#include "rates_private.h"
#include "strbuf.h"

static const char *const form_names[] = { "etage", "lav" };

static void print_date(FILE *out, const struct val *v)
{
    if (v->set)
        fprintf(out, "%04lld-%02lld-%02lld", (long long)(v->n / 10000),
                (long long)(v->n / 100 % 100), (long long)(v->n % 100));
    else
        fputs("          ", out);
}

static void print_period(FILE *out, const struct val *from, const struct val *to)
{
    print_date(out, from);
    fputs("..", out);
    print_date(out, to);
}

static void print_caps(FILE *out, const struct rates_doc *doc, int64_t year,
                       int type, const char *zone)
{
    char a[NUM_FMT_MAX];
    struct strbuf zones = STRBUF_INIT;
    EACH(doc, maksimumsbeloeb, const struct rate_cap, cap) {
        if ((year && cap->aar.n != year) || (type >= 0 && cap->boligtype.n != type) ||
            (zone && !names_zone(cap, zone)))
            continue;
        fprintf(out, "  %lld  %-8s", (long long)cap->aar.n,
                housing_key((enum housing)cap->boligtype.n));
        strbuf_reset(&zones);
        const struct val *z = cap->zoner.items;
        for (size_t i = 0; i < cap->zoner.count; i++)
            strbuf_addf(&zones, "%s%s", i ? ", " : "", z[i].text);
        fprintf(out, "%-40s %10s", zones.buf, fmt_kr(a, cap->kr_m2.n));
        if (includes_energy(cap))
            fputs("  incl. energitillæg", out);
        if (cap->tilsagn_fra.set || cap->tilsagn_til.set) {
            fputs("  tilsagn ", out);
            print_period(out, &cap->tilsagn_fra, &cap->tilsagn_til);
        }
        fprintf(out, "  [%s]\n", cap->kilde.text);
    }
    strbuf_release(&zones);
}

static void print_energy(FILE *out, const struct rates_doc *doc, int64_t year)
{
    char a[NUM_FMT_MAX];
    EACH(doc, energitillaeg, const struct rate_energy, e) {
        if (year && e->aar.set && e->aar.n != year)
            continue;
        fputs("  tilsagn ", out);
        print_period(out, &e->tilsagn_fra, &e->tilsagn_til);
        if (e->kr_m2.set)
            fprintf(out, "  %lld level, %s: %s kr/m²", (long long)e->aar.n,
                    form_names[e->byggeform.n], fmt_kr(a, e->kr_m2.n));
        else
            fputs("  applies (amount per year below, where known)", out);
        fprintf(out, "  [%s]\n", e->kilde.text);
    }
}

static void print_split(FILE *out, const struct rate_split *s, struct strbuf *types)
{
    char a[NUM_FMT_MAX], b[NUM_FMT_MAX], c[NUM_FMT_MAX];
    fputs("  ", out);
    print_period(out, &s->tilsagn_fra, &s->tilsagn_til);
    strbuf_reset(types);
    const struct val *t = s->boligtype.items;
    for (size_t i = 0; i < s->boligtype.count; i++)
        strbuf_addf(types, "%s%s", i ? "," : "", housing_key((enum housing)t[i].n));
    fprintf(out, "  %-21s %s / %s / %s %%", types->buf,
            fmt_pct(a, s->grundkapital_pct.n), fmt_pct(b, s->realkredit_pct.n),
            fmt_pct(c, s->beboerindskud_pct.n));
    if (s->bea_fra_m2.set || s->bea_under_m2.set) {
        fputs("  avg. BEA ", out);
        if (s->bea_fra_m2.set)
            fprintf(out, ">= %s ", fmt_pct(a, s->bea_fra_m2.n));
        if (s->bea_under_m2.set)
            fprintf(out, "< %s ", fmt_pct(a, s->bea_under_m2.n));
        fputs("m²", out);
    }
    fprintf(out, "  [%s]\n", s->kilde.text);
}

static void print_splits(FILE *out, const struct rates_doc *doc, int64_t year,
                         int type)
{
    struct strbuf types = STRBUF_INIT;
    EACH(doc, grundkapital, const struct rate_split, s) {
        if (type >= 0 && !names_type(s, (enum housing)type))
            continue;
        if (year && ((s->tilsagn_fra.set && s->tilsagn_fra.n / 10000 > year) ||
                     (s->tilsagn_til.set && s->tilsagn_til.n / 10000 < year)))
            continue;
        print_split(out, s, &types);
    }
    strbuf_release(&types);
}

static void print_zones(FILE *out, const struct rates_doc *doc, int64_t year,
                        const char *zone)
{
    EACH(doc, zoner, const struct rate_zone, z) {
        if (zone && strcmp(z->id.text, zone) != 0)
            continue;
        if (year && ((z->gyldig_fra.n / 10000 > year) ||
                     (z->gyldig_til.set && z->gyldig_til.n / 10000 < year)))
            continue;
        fprintf(out, "  %-16s ", z->id.text);
        print_period(out, &z->gyldig_fra, &z->gyldig_til);
        fprintf(out, "  %s", z->navn.text);
        if (z->oevrige.set && z->oevrige.n)
            fputs(": all other municipalities", out);
        const struct val *names = z->kommuner.items;
        for (size_t i = 0; i < z->kommuner.count; i++)
            fprintf(out, "%s%s", i ? ", " : ": ", names[i].text);
        fprintf(out, "  [%s]\n", z->kilde.text);
    }
}

void rates_print(FILE *out, const struct rates *r, int64_t year, int type,
                 const char *zone)
{
    fputs("Maksimumsbeløb, kr per m² boligareal, by the year skema B was approved\n",
          out);
    for (size_t d = 0; d < r->ndocs; d++)
        print_caps(out, &r->docs[d], year, type, zone);
    fputs("\nEnergitillæg\n", out);
    for (size_t d = 0; d < r->ndocs; d++)
        print_energy(out, &r->docs[d], year);
    fputs("\nGrundkapital / realkreditlån / beboerindskud, by tilsagn date\n", out);
    for (size_t d = 0; d < r->ndocs; d++)
        print_splits(out, &r->docs[d], year, type);
    fputs("\nZones\n", out);
    for (size_t d = 0; d < r->ndocs; d++)
        print_zones(out, &r->docs[d], year, zone);
    fputs("\nSources\n", out);
    for (size_t d = 0; d < r->ndocs; d++)
        EACH(&r->docs[d], kilder, const struct rate_source, s)
            fprintf(out, "  %s: %s\n    %s\n", s->id.text, s->titel.text,
                    s->url.text);
}
