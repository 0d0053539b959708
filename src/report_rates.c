/* SPDX-License-Identifier: MIT */
/*
 * skema rates: the rows in force, each with its source; documented
 * (rates_print) in include/rates.h.  Lists are joined in a strbuf, so no
 * row of any length can overflow or be cut.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "message.h"
#include "rates_private.h"
#include "strbuf.h"

static const char *const form_names[] = { "etage", "lav" };

/* The sources of the rows printed, each once, so that only those are
 * listed under Sources. */
struct used {
    const char **ids;
    size_t n, cap;
    size_t rows;          /* the rows printed in the current section */
    enum report_lang lang;   /* of the words around the figures */
};

static void put(FILE *out, const char *msgid, const struct used *u)
{
    fputs(msg_text(msgid, u->lang), out);
}

/* A section's heading, after a blank line unless it is the first. */
static void heading(FILE *out, const char *msgid, const struct used *u, bool first)
{
    if (!first)
        fputc('\n', out);
    put(out, msgid, u);
    fputc('\n', out);
}

static void use(struct used *u, const char *id)
{
    u->rows++;
    for (size_t i = 0; i < u->n; i++)
        if (strcmp(u->ids[i], id) == 0)
            return;
    if (u->n == u->cap) {
        u->cap = u->cap ? 2 * u->cap : 16;
        u->ids = xrealloc(u->ids, u->cap * sizeof *u->ids);
    }
    u->ids[u->n++] = id;
}

static bool used(const struct used *u, const char *id)
{
    for (size_t i = 0; i < u->n; i++)
        if (strcmp(u->ids[i], id) == 0)
            return true;
    return false;
}

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

static void print_caps(FILE *out, const struct rates_doc *doc,
                       const struct rates_filter *f, struct used *u)
{
    int64_t year = f->year;
    int type = f->type;
    const char *zone = f->zone;
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
            put(out, N_("  incl. energitillæg"), u);
        if (cap->tilsagn_fra.set || cap->tilsagn_til.set) {
            put(out, N_("  tilsagn "), u);
            print_period(out, &cap->tilsagn_fra, &cap->tilsagn_til);
        }
        fprintf(out, "  [%s]\n", cap->kilde.text);
        use(u, cap->kilde.text);
    }
    strbuf_release(&zones);
}

static void print_energy(FILE *out, const struct rates_doc *doc, int64_t year,
                         struct used *u)
{
    char a[NUM_FMT_MAX];
    EACH(doc, energitillaeg, const struct rate_energy, e) {
        if (year && e->aar.set && e->aar.n != year)
            continue;
        put(out, N_("  tilsagn "), u);
        print_period(out, &e->tilsagn_fra, &e->tilsagn_til);
        if (e->kr_m2.set) {
            struct strbuf sb = STRBUF_INIT;
            msg_render(&sb, N_("  {year} level, {form}: {amount} kr/m²"),
                       ARGS(ARG_INT("year", e->aar.n),
                            ARG_TEXT("form", form_names[e->byggeform.n]),
                            ARG_TEXT("amount", fmt_kr(a, e->kr_m2.n))), u->lang);
            fputs(sb.buf, out);
            strbuf_release(&sb);
        } else {
            put(out, N_("  applies (amount per year below, where known)"), u);
        }
        fprintf(out, "  [%s]\n", e->kilde.text);
        use(u, e->kilde.text);
    }
}

static void print_split(FILE *out, const struct rate_split *s, struct strbuf *types,
                        const struct used *u)
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
        put(out, N_("  avg. BEA "), u);
        if (s->bea_fra_m2.set)
            fprintf(out, ">= %s ", fmt_pct(a, s->bea_fra_m2.n));
        if (s->bea_under_m2.set)
            fprintf(out, "< %s ", fmt_pct(a, s->bea_under_m2.n));
        fputs("m²", out);
    }
    fprintf(out, "  [%s]\n", s->kilde.text);
}

static void print_splits(FILE *out, const struct rates_doc *doc, int64_t year,
                         int type, struct used *u)
{
    struct strbuf types = STRBUF_INIT;
    EACH(doc, grundkapital, const struct rate_split, s) {
        if (type >= 0 && !names_type(s, (enum housing)type))
            continue;
        if (year && ((s->tilsagn_fra.set && s->tilsagn_fra.n / 10000 > year) ||
                     (s->tilsagn_til.set && s->tilsagn_til.n / 10000 < year)))
            continue;
        print_split(out, s, &types, u);
        use(u, s->kilde.text);
    }
    strbuf_release(&types);
}

static void print_zones(FILE *out, const struct rates_doc *doc, int64_t year,
                        const char *zone, struct used *u)
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
            put(out, N_(": all other municipalities"), u);
        const struct val *names = z->kommuner.items;
        for (size_t i = 0; i < z->kommuner.count; i++)
            fprintf(out, "%s%s", i ? ", " : ": ", names[i].text);
        fprintf(out, "  [%s]\n", z->kilde.text);
        use(u, z->kilde.text);
    }
}

/* The filter as it was given on the command line, for the sentences that
 * say it matched nothing: the words are the user's own. */
static void filter_words(struct strbuf *sb, const struct rates_filter *f,
                         bool with_type, bool with_zone)
{
    strbuf_reset(sb);
    if (f->year)
        strbuf_addf(sb, "--year %lld", (long long)f->year);
    if (with_type && f->type >= 0)
        strbuf_addf(sb, "%s--type %s", sb->len ? " " : "",
                    housing_key((enum housing)f->type));
    if (with_zone && f->zone)
        strbuf_addf(sb, "%s--zone %s", sb->len ? " " : "", f->zone);
}

static bool year_has_caps(const struct rates *r, int64_t year)
{
    for (size_t d = 0; d < r->ndocs; d++)
        EACH(&r->docs[d], maksimumsbeloeb, const struct rate_cap, cap)
            if (cap->aar.n == year)
                return true;
    return false;
}

/* One sentence, in the filter's language, for a section left empty. */
static void say_unknown(FILE *out, const struct rates_filter *f,
                        const char *msgid, const char *filter)
{
    struct strbuf sb = STRBUF_INIT;
    msg_render(&sb, msgid, ARGS(ARG_TEXT("filter", filter),
                                ARG_INT("year", f->year)), f->lang);
    fprintf(out, "  %s\n", sb.buf);
    strbuf_release(&sb);
}

static void caps_section(FILE *out, const struct rates *r,
                         const struct rates_filter *f, struct used *u,
                         struct strbuf *filter)
{
    heading(out, N_("Maksimumsbeløb, kr per m² boligareal, by the year skema B "
                    "was approved"), u, true);
    u->rows = 0;
    for (size_t d = 0; d < r->ndocs; d++)
        print_caps(out, &r->docs[d], f, u);
    if (u->rows)
        return;
    filter_words(filter, f, true, true);
    if (f->year && !year_has_caps(r, f->year))
        say_unknown(out, f, N_("No maksimumsbeløb is known for skema B in {year}: "
                               "the {year} table has no source yet; state "
                               "maksimumsbeloeb.kr_m2 or give --rates FILE"),
                    filter->buf);
    else
        say_unknown(out, f, N_("No maksimumsbeløb is known for {filter}: the rates "
                               "have no such row; state maksimumsbeloeb.kr_m2 or "
                               "give --rates FILE"), filter->buf);
}

static void other_sections(FILE *out, const struct rates *r,
                           const struct rates_filter *f, struct used *u,
                           struct strbuf *filter)
{
    heading(out, N_("Energitillæg"), u, false);
    u->rows = 0;
    for (size_t d = 0; d < r->ndocs; d++)
        print_energy(out, &r->docs[d], f->year, u);
    filter_words(filter, f, false, false);
    if (!u->rows)
        say_unknown(out, f, N_("No energitillæg is known for {filter}: the rates "
                               "have no such row; state "
                               "maksimumsbeloeb.energitillaeg_kr_m2 or give "
                               "--rates FILE"), filter->buf);
    heading(out, N_("Grundkapital / realkreditlån / beboerindskud, by tilsagn "
                    "date"), u, false);
    u->rows = 0;
    for (size_t d = 0; d < r->ndocs; d++)
        print_splits(out, &r->docs[d], f->year, f->type, u);
    filter_words(filter, f, true, false);
    if (!u->rows)
        say_unknown(out, f, N_("No financing split is known for {filter}: the "
                               "rates have no such row; give --rates FILE"),
                    filter->buf);
    heading(out, N_("Zones"), u, false);
    u->rows = 0;
    for (size_t d = 0; d < r->ndocs; d++)
        print_zones(out, &r->docs[d], f->year, f->zone, u);
    /* a zone's municipalities, and "all other municipalities", are those
     * of the list of kommuner: its source is the zones' too */
    for (size_t d = 0; u->rows && d < r->ndocs; d++)
        EACH(&r->docs[d], kommuner, const struct rate_kommuner, k)
            use(u, k->kilde.text);
    filter_words(filter, f, false, true);
    if (!u->rows)
        say_unknown(out, f, N_("No zone is known for {filter}: the rates have no "
                               "such row; 'skema rates' without --zone lists "
                               "the zones"), filter->buf);
}

void rates_print(FILE *out, const struct rates *r, const struct rates_filter *f)
{
    struct used u = { .lang = f->lang };
    struct strbuf filter = STRBUF_INIT;
    caps_section(out, r, f, &u, &filter);
    other_sections(out, r, f, &u, &filter);
    strbuf_release(&filter);
    heading(out, N_("Sources"), &u, false);
    for (size_t d = 0; d < r->ndocs; d++)
        EACH(&r->docs[d], kilder, const struct rate_source, s)
            if (used(&u, s->id.text))
                fprintf(out, "  %s: %s\n    %s\n", s->id.text, s->titel.text,
                        s->url.text);
    free(u.ids);
}
