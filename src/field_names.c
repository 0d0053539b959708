/* SPDX-License-Identifier: MIT */
#include "field_names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* The form's words for a key, by the key alone: every key of skema/1
 * means the same wherever it stands (tests/unit/test_committee.c holds
 * this table to project_list_keys). */
static const struct {
    const char *key;
    const char *name;
} names[] = {
    { "aeldre", N_("dwellings for the elderly") },
    { "afdeling", N_("afdeling") },
    { "afrundet_til", N_("rounding") },
    { "afsatte_beloeb", N_("afsatte beløb") },
    { "anskaffelsessum", N_("anskaffelsessum") },
    { "anskaffelsessum_kr", N_("anskaffelsessum") },
    { "areal_m2", N_("area") },
    { "beboerindskud_kr", N_("beboerindskud") },
    { "beboerindskud_pct", N_("beboerindskud, %") },
    { "beskrivelse", N_("description") },
    { "boligareal_m2", N_("boligareal") },
    { "boliger", N_("number of dwellings") },
    { "boligorganisation", N_("boligorganisation") },
    { "boligtype", N_("type of housing") },
    { "bruttoetageareal_m2", N_("bruttoetageareal") },
    { "byggeform", N_("building form") },
    { "datoer", N_("dates") },
    { "ejendomsvaerdi_kr", N_("property value") },
    { "eksempler", N_("examples") },
    { "energitillaeg_kr_m2", N_("energitillæg per m²") },
    { "familie", N_("family dwellings") },
    { "finansiering", N_("financing") },
    { "fordeling", N_("split by type") },
    { "format", N_("format") },
    { "garanti", N_("guarantee") },
    { "garanti_kr", N_("guarantee") },
    { "gebyrer", N_("gebyrer") },
    { "grundkapital_kr", N_("grundkapital") },
    { "grundkapital_pct", N_("grundkapital, %") },
    { "grundudgifter", N_("grundudgifter") },
    { "haandvaerkerudgifter", N_("håndværkerudgifter") },
    { "henlaeggelser_kr", N_("egne henlæggelser") },
    { "husleje_kr_m2", N_("rent per m²") },
    { "huslejeforhoejelse", N_("rent increase") },
    { "i_alt", N_("anskaffelsessum in total") },
    { "kommunal_garanti_kr", N_("the municipality's guarantee") },
    { "kommune", N_("municipality") },
    { "kr_bolig", N_("maksimumsbeløb per dwelling") },
    { "kr_m2", N_("maksimumsbeløb per m²") },
    { "kr_m2_aar", N_("per m² per year") },
    { "lbf_stoette_kr", N_("støtte fra Landsbyggefonden") },
    { "leje_efter_kr", N_("rent after") },
    { "leje_foer_kr", N_("rent before") },
    { "loebetid_aar", N_("term in years") },
    { "maksimumsbeloeb", N_("maksimumsbeløb") },
    { "navn", N_("name") },
    { "omkostninger", N_("omkostninger") },
    { "pct", N_("share of the loan") },
    { "projekt", N_("project") },
    { "realkredit_pct", N_("realkreditlån, %") },
    { "realkreditlaan_kr", N_("realkreditlån") },
    { "renovering", N_("renovation") },
    { "sagsnummer", N_("case number") },
    { "serviceareal", N_("serviceareal") },
    { "skaeringsdag", N_("skæringsdag") },
    { "skema", N_("stages") },
    { "skema_b", N_("date skema B was approved") },
    { "skema_c_indsendt", N_("date skema C was submitted") },
    { "tilsagn", N_("date of the tilsagn") },
    { "tilskud_kr", N_("servicearealtilskud") },
    { "traekningsret_kr", N_("egen trækningsret") },
    { "ungdom", N_("youth dwellings") },
    { "zone", N_("zone") },
};

static const char *name_of(const char *key, size_t len)
{
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strncmp(names[i].key, key, len) == 0 && names[i].key[len] == '\0')
            return names[i].name;
    return NULL;
}

/* Sections whose name the form does not repeat before their fields. */
static bool is_container(const char *key, size_t len)
{
    static const char *const keys[] = { "anskaffelsessum", "datoer", "projekt" };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strncmp(keys[i], key, len) == 0 && keys[i][len] == '\0')
            return true;
    return false;
}

/* The housing types of fordeling, by their key. */
static const char *housing_name(const char *key, size_t len)
{
    static const struct { const char *key, *name; } types[] = {
        { "familie", N_("family dwellings") },
        { "aeldre", N_("dwellings for the elderly") },
        { "ungdom", N_("youth dwellings") },
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (strncmp(types[i].key, key, len) == 0 && types[i].key[len] == '\0')
            return types[i].name;
    return NULL;
}

static void add_part(struct strbuf *out, const char *text, size_t len)
{
    if (out->len)
        strbuf_addstr(out, ", ");
    strbuf_add(out, text, len);
}

bool field_name(struct strbuf *out, const char *path, enum report_lang lang)
{
    struct strbuf sb = STRBUF_INIT;
    bool all_known = true;
    const char *prev = NULL;
    size_t prev_len = 0;
    for (const char *s = path; *s;) {
        size_t len = strcspn(s, ".");
        const char *known = name_of(s, len);
        bool last = s[len] == '\0';
        bool stage = prev && prev_len == 5 && strncmp(prev, "skema", 5) == 0;
        bool split = prev && prev_len == 9 && strncmp(prev, "fordeling", 9) == 0;
        const char *type = split ? housing_name(s, len) : NULL;
        bool example = strncmp(s, "eksempler[", 10) == 0;
        /* huslejeforhoejelse.pct is the increase in %, not a share of a loan */
        bool rent_pct = prev && prev_len == 18 &&
                        strncmp(prev, "huslejeforhoejelse", 18) == 0 &&
                        len == 3 && strncmp(s, "pct", 3) == 0;
        if (example) {
            /* "Eksempel 1": the list's first item, counted from one */
            struct strbuf ex = STRBUF_INIT;
            msg_render(&ex, N_("example {n}"),
                       ARGS(ARG_INT("n", strtol(s + 10, NULL, 10) + 1)), lang);
            add_part(&sb, ex.buf, ex.len);
            strbuf_release(&ex);
        } else if (rent_pct) {
            const char *t = msg_text(N_("in %"), lang);
            add_part(&sb, t, strlen(t));
        } else if (stage) {
            /* "Skema C" says more than "stages, C" */
            char *letter = strndup(s, len);
            strbuf_reset(&sb);
            msg_render(&sb, N_("Skema {stage}"), ARGS(ARG_TEXT("stage", letter)),
                       lang);
            free(letter);
        } else if (!last && is_container(s, len)) {
            ;   /* "Skema C, håndværkerudgifter", as the form says */
        } else if (type || known) {
            const char *t = msg_text(type ? type : known, lang);
            add_part(&sb, t, strlen(t));
        } else {
            add_part(&sb, s, len);
            all_known = false;
        }
        prev = s;
        prev_len = len;
        s += len;
        if (*s == '.')
            s++;
    }
    /* a name starts a line or a sentence; every first word is ASCII */
    if (sb.len)
        sb.buf[0] = (char)toupper((unsigned char)sb.buf[0]);
    strbuf_add(out, sb.buf, sb.len);
    strbuf_release(&sb);
    return all_known;
}
