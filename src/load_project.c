/* SPDX-License-Identifier: MIT */
/*
 * The skema/1 format as a table, and the walk that loads a YAML tree into
 * struct project by it; documented in include/project.h.  The same table
 * drives `skema keys`, which tests compare with the JSON Schema.
 */
#include "project.h"

#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "money.h"
#include "xalloc.h"
#include "yamldoc.h"

enum ftype {
    FT_MAP,
    FT_FORMAT,
    FT_TEXT,
    FT_ENUM,
    FT_DATE,
    FT_AMOUNT,  /* kroner, >= 0 */
    FT_UNIT,    /* kroner, > 0 */
    FT_PCT,     /* 0..100 */
    FT_AREA,    /* > 0 */
    FT_COUNT,   /* whole, >= 1 */
};

enum {
    F_REQUIRED = 1u << 0,
    F_ONLY_C = 1u << 1,      /* may stand only inside skema C */
    F_IS_C = 1u << 2,        /* this map is skema C */
    F_ONE_CHILD = 1u << 3,   /* the map needs at least one of its keys */
};

struct mapspec;

struct field {
    const char *key;
    enum ftype type;
    size_t offset;                 /* of the val or section in the record */
    const struct mapspec *map;     /* FT_MAP */
    const char *const *values;     /* FT_ENUM, NULL-terminated */
    unsigned flags;
    const char *what;              /* a few words for messages */
};

struct mapspec {
    const struct field *fields;
    size_t count;
};

#define MAPSPEC(arr) { arr, sizeof arr / sizeof arr[0] }
#define VAL(rec, member, type, flags, what) \
    { #member, type, offsetof(struct rec, member), NULL, NULL, flags, what }
#define MAP(key, rec, member, spec, flags, what) \
    { key, FT_MAP, offsetof(struct rec, member), &spec, NULL, flags, what }

static const char *const housing_values[] = {
    "familie", "aeldre", "ungdom", "blandet", NULL
};
static const char *const form_values[] = { "etage", "lav", NULL };

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
      housing_values, F_REQUIRED, "the housing type" },
    { "byggeform", FT_ENUM, offsetof(struct project_info, byggeform), NULL,
      form_values, 0, "the building form" },
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
};
static const struct mapspec cap_spec = MAPSPEC(cap_fields);

static const struct field areas_fields[] = {
    VAL(areas, boliger, FT_COUNT, 0, "the number of dwellings"),
    VAL(areas, bruttoetageareal_m2, FT_AREA, 0, "the gross floor area"),
    VAL(areas, boligareal_m2, FT_AREA, 0, "the dwelling area"),
};
static const struct mapspec areas_spec = MAPSPEC(areas_fields);

#define SPLIT(i, key) \
    { key, FT_MAP, offsetof(struct split, type) + (i) * sizeof(struct areas), \
      &areas_spec, NULL, 0, "the " key " dwellings" }
static const struct field split_fields[] = {
    SPLIT(HOUSING_FAMILIE, "familie"),
    SPLIT(HOUSING_AELDRE, "aeldre"),
    SPLIT(HOUSING_UNGDOM, "ungdom"),
};
static const struct mapspec split_spec = MAPSPEC(split_fields);

#define LINE(i, key, what) \
    { key, FT_AMOUNT, offsetof(struct costs, line) + (i) * sizeof(struct val), \
      NULL, NULL, 0, what }
static const struct field costs_fields[] = {
    LINE(LINE_GRUND, "grundudgifter", "land costs"),
    LINE(LINE_HAANDVAERKER, "haandvaerkerudgifter", "building works"),
    LINE(LINE_OMKOSTNINGER, "omkostninger", "costs"),
    LINE(LINE_GEBYRER, "gebyrer", "fees"),
    VAL(costs, i_alt, FT_AMOUNT, 0, "the stated total"),
};
static const struct mapspec costs_spec = MAPSPEC(costs_fields);

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
};
static const struct mapspec stage_spec = MAPSPEC(stage_fields);

#define STAGE(i, key, flags) \
    { key, FT_MAP, offsetof(struct stages, stage) + (i) * sizeof(struct stage_data), \
      &stage_spec, NULL, flags, "skema " key }
static const struct field stages_fields[] = {
    STAGE(STAGE_A, "A", 0),
    STAGE(STAGE_B, "B", 0),
    STAGE(STAGE_C, "C", F_IS_C),
};
static const struct mapspec stages_spec = MAPSPEC(stages_fields);

static const struct field root_fields[] = {
    { "format", FT_FORMAT, offsetof(struct project, format), NULL, NULL,
      F_REQUIRED, "the format, skema/1" },
    MAP("projekt", project, projekt, projekt_spec, F_REQUIRED, "the project"),
    MAP("finansiering", project, finansiering, finansiering_spec, 0,
        "the financing shares"),
    MAP("garanti", project, garanti, garanti_spec, 0, "the guarantee"),
    MAP("maksimumsbeloeb", project, maksimumsbeloeb, cap_spec, 0,
        "a stated cost cap"),
    MAP("skema", project, skema, stages_spec, F_REQUIRED | F_ONE_CHILD,
        "the stages A, B and C"),
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

struct walk {
    struct diag_list *diags;
    struct arena *arena;
};

static char *join(const char *path, const char *key)
{
    return *path ? xasprintf("%s.%s", path, key) : xstrdup(key);
}

/* Lower-case ASCII with æ ø å (and capitals) written ae oe aa, as keys are. */
static char *transliterate(const char *s)
{
    size_t n = strlen(s);
    char *out = xmalloc(2 * n + 1), *o = out;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xC3 && i + 1 < n) {
            unsigned char d = (unsigned char)s[i + 1];
            const char *r = NULL;
            if (d == 0xA6 || d == 0x86) r = "ae";
            else if (d == 0xB8 || d == 0x98) r = "oe";
            else if (d == 0xA5 || d == 0x85) r = "aa";
            if (r) {
                memcpy(o, r, 2);
                o += 2;
                i++;
                continue;
            }
        }
        *o++ = (char)tolower(c);
    }
    *o = '\0';
    return out;
}

/* Edit distance (insert, delete, substitute, swap neighbours). */
static size_t distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64)
        return SIZE_MAX;
    size_t d[65][65];
    for (size_t i = 0; i <= la; i++) d[i][0] = i;
    for (size_t j = 0; j <= lb; j++) d[0][j] = j;
    for (size_t i = 1; i <= la; i++) {
        for (size_t j = 1; j <= lb; j++) {
            size_t cost = a[i - 1] != b[j - 1];
            size_t best = d[i - 1][j - 1] + cost;
            if (d[i - 1][j] + 1 < best) best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best) best = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    }
    return d[la][lb];
}

/* The closest key of spec to `given`, or NULL if none is close. */
static const char *closest(const struct mapspec *spec, const char *given)
{
    char *t = transliterate(given);
    const char *best = NULL;
    size_t best_d = SIZE_MAX;
    for (size_t i = 0; i < spec->count; i++) {
        const char *key = spec->fields[i].key;
        char *tk = transliterate(key);
        size_t d = distance(t, tk);
        /* also forgive a missing or extra '_' */
        free(tk);
        size_t len = strlen(key);
        size_t allowed = len <= 3 ? 1 : len <= 7 ? 2 : 3;
        if (d <= allowed && d < best_d) {
            best = key;
            best_d = d;
        }
    }
    free(t);
    return best;
}

static char *key_list(const struct mapspec *spec)
{
    size_t cap = 16;
    for (size_t i = 0; i < spec->count; i++)
        cap += strlen(spec->fields[i].key) + 2;
    char *s = xmalloc(cap);
    s[0] = '\0';
    for (size_t i = 0; i < spec->count; i++) {
        if (i)
            strcat(s, ", ");
        strcat(s, spec->fields[i].key);
    }
    return s;
}

static char *value_list(const char *const *values)
{
    size_t cap = 16;
    for (size_t i = 0; values[i]; i++)
        cap += strlen(values[i]) + 2;
    char *s = xmalloc(cap);
    s[0] = '\0';
    for (size_t i = 0; values[i]; i++) {
        if (i)
            strcat(s, ", ");
        strcat(s, values[i]);
    }
    return s;
}

/* What the user wrote instead, for "expected X, got Y": caller-owned. */
static char *node_words(const struct ynode *n)
{
    switch (n->kind) {
    case YNODE_MAP: return xstrdup("a mapping");
    case YNODE_SEQ: return xstrdup("a list");
    case YNODE_ALIAS: return xstrdup("an alias");
    case YNODE_SCALAR: break;
    }
    int shown = n->len > 40 ? 40 : (int)n->len;
    return xasprintf(n->plain ? "'%.*s%s'" : "the quoted text \"%.*s%s\"",
                     shown, n->text, n->len > 40 ? "…" : "");
}

/* YAML 1.1 reads these plain scalars as null or booleans. */
static bool is_null(const struct ynode *n)
{
    static const char *const nulls[] = { "", "~", "null", "Null", "NULL", NULL };
    if (!n->plain)
        return false;
    for (size_t i = 0; nulls[i]; i++)
        if (strcmp(n->text, nulls[i]) == 0)
            return true;
    return false;
}

static bool is_bool(const struct ynode *n)
{
    static const char *const bools[] = {
        "y", "n", "yes", "no", "true", "false", "on", "off", NULL
    };
    if (!n->plain)
        return false;
    char *t = transliterate(n->text);
    bool hit = false;
    for (size_t i = 0; bools[i] && !hit; i++)
        hit = strcmp(t, bools[i]) == 0;
    free(t);
    return hit;
}

static const char *type_words(enum ftype t)
{
    switch (t) {
    case FT_MAP: return "a mapping";
    case FT_FORMAT: case FT_TEXT: return "text";
    case FT_ENUM: return "one of the listed words";
    case FT_DATE: return "a date (YYYY-MM-DD)";
    case FT_AMOUNT: case FT_UNIT: return "an amount in kroner";
    case FT_PCT: return "a percentage";
    case FT_AREA: return "an area in m²";
    case FT_COUNT: return "a whole number";
    }
    return "a value";
}

static enum rule type_rule(enum ftype t)
{
    switch (t) {
    case FT_FORMAT: return RULE_FORMAT_VERSION;
    case FT_TEXT: return RULE_VALUE_TEXT;
    case FT_ENUM: return RULE_VALUE_ENUM;
    case FT_DATE: return RULE_VALUE_DATE;
    case FT_AMOUNT: case FT_UNIT: return RULE_VALUE_AMOUNT;
    case FT_PCT: case FT_AREA: case FT_COUNT: return RULE_VALUE_NUMBER;
    case FT_MAP: break;
    }
    return RULE_VALUE_TYPE;
}

static int days_in_month(int64_t y, int64_t m)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

static bool digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static int64_t number(const char *s, size_t n)
{
    int64_t v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static const char *const month_names[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"
};

static void load_date(struct walk *w, const struct ynode *n, struct val *out,
                      const char *path)
{
    const char *s = n->text;
    if (n->len == 10 && s[4] == '-' && s[7] == '-' && digits(s, 4) &&
        digits(s + 5, 2) && digits(s + 8, 2)) {
        int64_t y = number(s, 4), m = number(s + 5, 2), d = number(s + 8, 2);
        if (m < 1 || m > 12) {
            diag_add(w->diags, RULE_VALUE_DATE, n->pos, path,
                     "'%s' is not a date: there is no month %02d; dates are "
                     "written YYYY-MM-DD", s, (int)m);
            return;
        }
        if (d < 1 || d > days_in_month(y, m)) {
            diag_add(w->diags, RULE_VALUE_DATE, n->pos, path,
                     "'%s' is not a date: %s %d has %d days", s,
                     month_names[m - 1], (int)y, days_in_month(y, m));
            return;
        }
        out->set = true;
        out->pos = n->pos;
        out->n = y * 10000 + m * 100 + d;
        return;
    }
    /* DD-MM-YYYY and DD.MM.YYYY are common in Danish documents */
    if (n->len == 10 && (s[2] == '-' || s[2] == '.' || s[2] == '/') &&
        s[5] == s[2] && digits(s, 2) && digits(s + 3, 2) && digits(s + 6, 4))
        diag_add(w->diags, RULE_VALUE_DATE, n->pos, path,
                 "'%s' is not a date in the form YYYY-MM-DD; did you mean "
                 "%.4s-%.2s-%.2s?", s, s + 6, s + 3, s);
    else
        diag_add(w->diags, RULE_VALUE_DATE, n->pos, path,
                 "'%s' is not a date; dates are written YYYY-MM-DD, e.g. "
                 "2021-06-15", s);
}

/* For a refused amount, the text it most likely meant, or NULL. */
static char *amount_guess(const char *s, enum num_status st)
{
    size_t n = strlen(s);
    char *g = xmalloc(n + 1), *o = g;
    const char *last_sep = NULL;
    switch (st) {
    case NUM_THOUSANDS_DOT:
    case NUM_COMMA:
        /* 8.959.000, 8,959,000 or 8.959.000,50: keep the digits; a final
         * ',' followed by 1-2 digits is a decimal comma */
        last_sep = strrchr(s, ',');
        if (last_sep && (strlen(last_sep + 1) > 2 || strlen(last_sep + 1) == 0))
            last_sep = NULL;
        for (const char *p = s; *p; p++) {
            if (p == last_sep)
                *o++ = '.';
            else if (*p >= '0' && *p <= '9')
                *o++ = *p;
        }
        break;
    case NUM_UNIT:
        for (const char *p = s; *p && strchr("0123456789._", *p); p++)
            *o++ = *p;
        break;
    default:
        free(g);
        return NULL;
    }
    *o = '\0';
    int64_t v;
    if (num_parse(g, strlen(g), MONEY_DECIMALS, &v) != NUM_OK) {
        free(g);
        return NULL;
    }
    return g;
}

static bool load_number(struct walk *w, const struct field *f,
                        const struct ynode *n, struct val *out,
                        const char *path)
{
    bool money = f->type == FT_AMOUNT || f->type == FT_UNIT;
    unsigned decimals = money ? MONEY_DECIMALS
                      : f->type == FT_COUNT ? 0 : DEC_DECIMALS;
    enum rule rule = type_rule(f->type);
    if (!n->plain) {
        diag_add(w->diags, RULE_VALUE_TYPE, n->pos, path,
                 "expected %s, got quoted text \"%s\"; write the number "
                 "without quotes", type_words(f->type), n->text);
        return false;
    }
    if (is_null(n)) {
        diag_add(w->diags, rule, n->pos, path,
                 "no value given (%s); if it is not known, leave the key out",
                 f->what);
        return false;
    }
    int64_t v = 0;
    enum num_status st = num_parse(n->text, n->len, decimals, &v);
    const char *dot = strchr(n->text, '.');
    if (st == NUM_DECIMALS && money && dot && strlen(dot) == 4 && dot - n->text <= 3)
        diag_add(w->diags, rule, n->pos, path,
                 "'%s' is not an amount: at most two decimals (øre); if '.' "
                 "separates thousands here, write %.*s%s", n->text,
                 (int)(dot - n->text), n->text, dot + 1);
    else if (st == NUM_DECIMALS && money)
        diag_add(w->diags, rule, n->pos, path,
                 "'%s' is not an amount: at most two decimals (øre)", n->text);
    else if (st == NUM_DECIMALS)
        diag_add(w->diags, rule, n->pos, path,
                 "'%s' has more than %u decimals", n->text, decimals);
    else if (st == NUM_RANGE && money)
        diag_add(w->diags, rule, n->pos, path,
                 "'%s' is too large: the largest amount skema holds exactly "
                 "is 92233720368547758.07 kr", n->text);
    else if (st == NUM_RANGE)
        diag_add(w->diags, rule, n->pos, path, "'%s' is too large", n->text);
    else if (st == NUM_NOT_INTEGER)
        diag_add(w->diags, rule, n->pos, path, "'%s' is not a whole number",
                 n->text);
    else if (st != NUM_OK && money) {
        char *guess = amount_guess(n->text, st);
        if (guess)
            diag_add(w->diags, rule, n->pos, path,
                     "'%s' is not an amount: %s; did you mean %s?", n->text,
                     num_status_str(st), guess);
        else
            diag_add(w->diags, rule, n->pos, path,
                     "'%s' is not an amount: %s; write kroner as 8959000, "
                     "8_959_000 or 8959000.50", n->text, num_status_str(st));
        free(guess);
    } else if (st != NUM_OK && f->type == FT_PCT)
        diag_add(w->diags, rule, n->pos, path,
                 "'%s' is not a percentage: %s; write e.g. 55.51 for 55,51 %%",
                 n->text, num_status_str(st));
    else if (st != NUM_OK)
        diag_add(w->diags, rule, n->pos, path, "'%s' is not %s: %s", n->text,
                 type_words(f->type), num_status_str(st));
    if (st != NUM_OK)
        return false;

    const char *range = NULL;
    if (f->type == FT_PCT && v > DEC_HUNDRED)
        range = "a percentage lies from 0 to 100";
    else if ((f->type == FT_AREA || f->type == FT_UNIT) && v == 0)
        range = "it must be above zero";
    else if (f->type == FT_COUNT && v == 0)
        range = "it must be at least 1";
    if (range) {
        diag_add(w->diags, RULE_VALUE_RANGE, n->pos, path, "%s is out of range: %s",
                 n->text, range);
        return false;
    }
    out->n = v;
    return true;
}

static bool load_text(struct walk *w, const struct field *f,
                      const struct ynode *n, struct val *out, const char *path)
{
    if (is_null(n) || n->len == 0) {
        diag_add(w->diags, type_rule(f->type), n->pos, path,
                 "no text given; %s is needed here", f->what);
        return false;
    }
    if (is_bool(n)) {
        diag_add(w->diags, type_rule(f->type), n->pos, path,
                 "unquoted '%s' reads as a yes/no value in YAML; quote it: \"%s\"",
                 n->text, n->text);
        return false;
    }
    if (f->type == FT_FORMAT && strcmp(n->text, "skema/1") != 0) {
        diag_add(w->diags, RULE_FORMAT_VERSION, n->pos, path,
                 "format '%s' is not supported; this skema reads skema/1",
                 n->text);
        return false;
    }
    if (f->type == FT_ENUM) {
        for (size_t i = 0; f->values[i]; i++) {
            if (strcmp(n->text, f->values[i]) == 0) {
                out->n = (int64_t)i;
                return true;
            }
        }
        char *t = transliterate(n->text), *list = value_list(f->values);
        const char *hit = NULL;
        for (size_t i = 0; f->values[i] && !hit; i++)
            if (strcmp(t, f->values[i]) == 0)
                hit = f->values[i];
        if (hit)
            diag_add(w->diags, RULE_VALUE_ENUM, n->pos, path,
                     "'%s' is not one of %s; did you mean %s?", n->text, list, hit);
        else
            diag_add(w->diags, RULE_VALUE_ENUM, n->pos, path,
                     "'%s' is not one of %s", n->text, list);
        free(t);
        free(list);
        return false;
    }
    out->text = n->text;
    return true;
}

static void load_map(struct walk *w, const struct ynode *node,
                     const struct mapspec *spec, char *base, const char *path,
                     struct pos key_pos, bool in_c);

static void load_value(struct walk *w, const struct field *f,
                       const struct ynode *n, char *base, const char *path,
                       struct pos key_pos, bool in_c)
{
    if (n->kind == YNODE_ALIAS)
        return;   /* reported where it was read */
    if (f->type == FT_MAP) {
        struct section *sec = (struct section *)(base + f->offset);
        if (n->kind != YNODE_MAP) {
            if (n->kind == YNODE_SCALAR && is_null(n))
                diag_add(w->diags, RULE_VALUE_TYPE, n->pos, path,
                         "expected a mapping (%s), got nothing; write {} "
                         "or leave the key out", f->what);
            else {
                char *got = node_words(n);
                diag_add(w->diags, RULE_VALUE_TYPE, n->pos, path,
                         "expected a mapping (%s), got %s", f->what, got);
                free(got);
            }
            return;
        }
        sec->set = true;
        sec->pos = key_pos;
        load_map(w, n, f->map, base + f->offset, path, key_pos,
                 in_c || (f->flags & F_IS_C));
        return;
    }
    struct val *out = (struct val *)(base + f->offset);
    if (n->kind != YNODE_SCALAR) {
        char *got = node_words(n);
        diag_add(w->diags, RULE_VALUE_TYPE, n->pos, path,
                 "expected %s (%s), got %s", type_words(f->type), f->what, got);
        free(got);
        return;
    }
    bool ok;
    switch (f->type) {
    case FT_DATE:
        load_date(w, n, out, path);
        return;
    case FT_AMOUNT: case FT_UNIT: case FT_PCT: case FT_AREA: case FT_COUNT:
        ok = load_number(w, f, n, out, path);
        break;
    default:
        ok = load_text(w, f, n, out, path);
        break;
    }
    if (ok) {
        out->set = true;
        out->pos = n->pos;
    }
}

static void load_map(struct walk *w, const struct ynode *node,
                     const struct mapspec *spec, char *base, const char *path,
                     struct pos key_pos, bool in_c)
{
    bool seen[16] = { false };
    const struct ynode *key = node->child;
    for (; key && key->next; key = key->next->next) {
        const struct ynode *value = key->next;
        if (key->kind == YNODE_ALIAS)
            continue;
        if (key->kind != YNODE_SCALAR) {
            char *got = node_words(key);
            diag_add(w->diags, RULE_KEY_TYPE, key->pos, path,
                     "a key must be a plain name, not %s", got);
            free(got);
            continue;
        }
        /* any earlier key of the same text? */
        const struct ynode *prev = node->child;
        for (; prev != key; prev = prev->next->next)
            if (prev->kind == YNODE_SCALAR && strcmp(prev->text, key->text) == 0)
                break;
        char *kpath = join(path, key->text);
        if (prev != key) {
            diag_add(w->diags, RULE_KEY_DUPLICATE, key->pos, kpath,
                     "'%s' is given twice in this mapping (first at line %u "
                     "column %u); give it once", key->text,
                     (unsigned)prev->pos.line, (unsigned)prev->pos.col);
            free(kpath);
            continue;
        }
        const struct field *f = NULL;
        size_t i = 0;
        for (; i < spec->count; i++) {
            if (strcmp(spec->fields[i].key, key->text) == 0) {
                f = &spec->fields[i];
                break;
            }
        }
        if (!f) {
            const char *near = closest(spec, key->text);
            char *list = key_list(spec);
            if (near)
                diag_add(w->diags, RULE_KEY_UNKNOWN, key->pos, kpath,
                         "unknown key '%s'; did you mean '%s'?", key->text, near);
            else
                diag_add(w->diags, RULE_KEY_UNKNOWN, key->pos, kpath,
                         "unknown key '%s'; the keys here are %s", key->text,
                         list);
            free(list);
        } else if ((f->flags & F_ONLY_C) && !in_c) {
            diag_add(w->diags, RULE_KEY_ONLY_C, key->pos, kpath,
                     "'%s' (%s) belongs in skema C only", key->text, f->what);
        } else {
            seen[i] = true;
            load_value(w, f, value, base, kpath, key->pos, in_c);
        }
        free(kpath);
    }

    bool any = false;
    for (size_t i = 0; i < spec->count; i++) {
        any |= seen[i];
        if (!seen[i] && (spec->fields[i].flags & F_REQUIRED))
            diag_add(w->diags, RULE_KEY_REQUIRED, key_pos, path,
                     "required key '%s' is missing (%s)", spec->fields[i].key,
                     spec->fields[i].what);
    }
    (void)any;
}

/* A map field whose map must hold at least one key, e.g. skema. */
static void check_one_child(struct walk *w, const struct project *p)
{
    if (!p->skema.sec.set)
        return;
    for (int s = 0; s < STAGE__COUNT; s++)
        if (p->skema.stage[s].sec.set)
            return;
    diag_add(w->diags, RULE_KEY_REQUIRED, p->skema.sec.pos, "skema",
             "no stage given; give at least one of A, B, C");
}

struct project_store *project_load(const char *data, size_t len,
                                   struct project *out,
                                   struct diag_list *diags)
{
    memset(out, 0, sizeof *out);
    struct project_store *store = xcalloc(1, sizeof *store);
    store->doc = ydoc_parse(data, len, NULL, diags);
    const struct ynode *root = ydoc_root(store->doc);
    if (!root)
        return store;
    struct walk w = { .diags = diags, .arena = ydoc_arena(store->doc) };
    if (root->kind != YNODE_MAP) {
        char *got = node_words(root);
        diag_add(diags, RULE_VALUE_TYPE, root->pos, "",
                 "the document is %s; a skema file is a mapping that starts "
                 "with 'format: skema/1'", got);
        free(got);
        return store;
    }
    out->root.set = true;
    out->root.pos = root->pos;
    load_map(&w, root, &root_spec, (char *)out, "", root->pos, false);
    check_one_child(&w, out);
    return store;
}

void project_release(struct project_store *store)
{
    if (!store)
        return;
    ydoc_free(store->doc);
    free(store);
}

/* ---- the key listing ------------------------------------------------ */

static void list_keys(FILE *out, const struct mapspec *spec, const char *path)
{
    static const char *const names[] = {
        [FT_MAP] = "map", [FT_FORMAT] = "text", [FT_TEXT] = "text",
        [FT_ENUM] = "enum", [FT_DATE] = "date", [FT_AMOUNT] = "amount",
        [FT_UNIT] = "unit", [FT_PCT] = "pct", [FT_AREA] = "area",
        [FT_COUNT] = "count",
    };
    for (size_t i = 0; i < spec->count; i++) {
        const struct field *f = &spec->fields[i];
        char *p = join(path, f->key);
        fprintf(out, "%s\t%s", p, names[f->type]);
        for (size_t v = 0; f->values && f->values[v]; v++)
            fprintf(out, "%c%s", v ? '|' : ':', f->values[v]);
        fprintf(out, "\t%s\n", f->flags & F_REQUIRED ? "required" : "optional");
        if (f->type == FT_MAP) {
            /* afsatte_beloeb is listed under C only */
            if (f->map == &stage_spec && !(f->flags & F_IS_C)) {
                for (size_t k = 0; k < stage_spec.count; k++) {
                    const struct field *sf = &stage_spec.fields[k];
                    if (sf->flags & F_ONLY_C)
                        continue;
                    struct mapspec one = { sf, 1 };
                    list_keys(out, &one, p);
                }
            } else {
                list_keys(out, f->map, p);
            }
        }
        free(p);
    }
}

void project_list_keys(FILE *out)
{
    list_keys(out, &root_spec, "");
}
