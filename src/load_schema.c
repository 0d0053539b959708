/* SPDX-License-Identifier: MIT */
/* The table-driven walk over a node tree; documented in include/schema.h */
#include "schema.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "money.h"
#include "template.h"

struct walk {
    struct diag_list *diags;
    struct arena *arena;
    /* the key path of the value being read; appended to on the way down and
     * cut back on the way up, so that no key costs an allocation (the
     * loader bounds it: YDOC_PATH_MAX) */
    struct strbuf path;
    bool in_c;           /* inside skema C, where F_ONLY_C keys belong */
};

static bool load_map(struct walk *w, const struct ynode *node,
                     const struct mapspec *spec, char *base, const char *path,
                     struct pos key_pos);

static char *join(const char *path, const char *key)
{
    return *path ? xasprintf("%s.%s", path, key) : xstrdup(key);
}

/* Room for the longest path the loader lets through, and some: the walk
 * hands w->path.buf down as the path of each value, so it must never move. */
enum { WALK_PATH_ROOM = YDOC_PATH_MAX + 64 };

/*
 * Append ".part" (or "part" at the top, or "[i]") to the walk's path and
 * return the length to cut back to.  Never past WALK_PATH_ROOM (a tree the
 * loader built never gets there): a part that would be is cut before a
 * character, never inside one.
 */
static size_t path_push(struct walk *w, const char *part, size_t n, bool dot)
{
    size_t saved = w->path.len, room = WALK_PATH_ROOM - 1 - saved;
    if (dot && saved > 0 && room > 0) {
        strbuf_addch(&w->path, '.');
        room--;
    }
    if (n > room) {
        n = room;
        while (n > 0 && ((unsigned char)part[n] & 0xC0) == 0x80)
            n--;
    }
    strbuf_add(&w->path, part, n);
    return saved;
}

/* path_push of "[i]". */
static size_t path_push_index(struct walk *w, size_t i)
{
    char index[YDOC_INDEX_MAX];
    return path_push(w, index, ydoc_index_text(index, i), false);
}

static void path_pop(struct walk *w, size_t saved)
{
    strbuf_setlen(&w->path, saved);
}

/* Exported function, documented in include/schema.h */
char *schema_transliterate(const char *s)
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

/* Exported function, documented in include/schema.h */
size_t schema_distance(const char *a, const char *b)
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
    char *t = schema_transliterate(given);
    const char *best = NULL;
    size_t best_d = SIZE_MAX;
    for (size_t i = 0; i < spec->count; i++) {
        const char *key = spec->fields[i].key;
        char *tk = schema_transliterate(key);
        size_t d = schema_distance(t, tk);
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

/* What the user wrote instead, for "expected X, got Y", as the argument
 * "got": a kind of node in words, or the text itself (in *owned,
 * caller-owned; NULL when none). */
static struct msg_arg node_got(const struct ynode *n, char **owned)
{
    *owned = NULL;
    switch (n->kind) {
    case YNODE_MAP: return ARG_MSG("got", N_("a mapping"));
    case YNODE_SEQ: return ARG_MSG("got", N_("a list"));
    case YNODE_ALIAS: return ARG_MSG("got", N_("an alias"));
    case YNODE_SCALAR: break;
    }
    /* at most 40 bytes of it, cut before a character, never inside one */
    size_t shown = n->len > 40 ? 40 : n->len;
    while (shown < n->len && shown > 0 &&
           ((unsigned char)n->text[shown] & 0xC0) == 0x80)
        shown--;
    *owned = xasprintf(n->plain ? "'%.*s%s'" : "\"%.*s%s\"",
                       (int)shown, n->text, n->len > shown ? "…" : "");
    return ARG_TEXT("got", *owned);
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
    char *t = schema_transliterate(n->text);
    bool hit = false;
    for (size_t i = 0; bools[i] && !hit; i++)
        hit = strcmp(t, bools[i]) == 0;
    free(t);
    return hit;
}

static const char *type_words(enum field_type t)
{
    switch (t) {
    case FT_MAP: case FT_DICT: return N_("a mapping");
    case FT_LIST: return N_("a list");
    case FT_FORMAT: case FT_TEXT: return N_("text");
    case FT_ID: return N_("an id (lower-case letters, digits and '-')");
    case FT_BOOL: return N_("true or false");
    case FT_YEAR: return N_("a year");
    case FT_ENUM: return N_("one of the listed words");
    case FT_DATE: return N_("a date (YYYY-MM-DD)");
    case FT_AMOUNT: case FT_UNIT: return N_("an amount in kroner");
    case FT_PCT: return N_("a percentage");
    case FT_AREA: return N_("an area in m²");
    case FT_COUNT: return N_("a whole number");
    }
    return N_("a value");
}

/* Exported function, documented in include/schema.h */
const char *schema_type_words(enum field_type t)
{
    return type_words(t);
}

static enum rule type_rule(enum field_type t)
{
    switch (t) {
    case FT_FORMAT: return RULE_FORMAT_VERSION;
    case FT_TEXT: case FT_ID: return RULE_VALUE_TEXT;
    case FT_BOOL: return RULE_VALUE_ENUM;
    case FT_YEAR: return RULE_VALUE_NUMBER;
    case FT_ENUM: return RULE_VALUE_ENUM;
    case FT_DATE: return RULE_VALUE_DATE;
    case FT_AMOUNT: case FT_UNIT: return RULE_VALUE_AMOUNT;
    case FT_PCT: case FT_AREA: case FT_COUNT: return RULE_VALUE_NUMBER;
    case FT_MAP: case FT_LIST: case FT_DICT: break;
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

/* A date's part as text ("13" of "2021-13-01"), for a message. */
static const char *date_part(struct strbuf *sb, const char *s, size_t n)
{
    strbuf_reset(sb);
    strbuf_add(sb, s, n);
    return sb->buf;
}

/* YYYY-MM-DD that is not a day of the calendar: say which part is wrong. */
static bool bad_day(struct walk *w, const struct ynode *n, const char *path,
                    int64_t y, int64_t m, int64_t d)
{
    struct strbuf part = STRBUF_INIT;
    bool bad = true;
    if (y < 1)
        diag_add(w->diags, RULE_VALUE_DATE, n->pos, path,
                 N_("'{text}' is not a date: there is no year 0000; dates are "
                    "written YYYY-MM-DD"), ARGS(ARG_TEXT("text", n->text)));
    else if (m < 1 || m > 12)
        diag_add(w->diags, RULE_VALUE_DATE, n->pos, path,
                 N_("'{text}' is not a date: there is no month {month}; dates "
                    "are written YYYY-MM-DD"),
                 ARGS(ARG_TEXT("text", n->text),
                      ARG_TEXT("month", date_part(&part, n->text + 5, 2))));
    else if (d < 1 || d > days_in_month(y, m))
        diag_add(w->diags, RULE_VALUE_DATE, n->pos, path,
                 N_("'{text}' is not a date: {month} {year} has {days} days"),
                 ARGS(ARG_TEXT("text", n->text),
                      ARG_TEXT("month", month_names[m - 1]), ARG_INT("year", y),
                      ARG_INT("days", days_in_month(y, m))));
    else
        bad = false;
    strbuf_release(&part);
    return bad;
}

static void load_date(struct walk *w, const struct ynode *n, struct val *out,
                      const char *path)
{
    const char *s = n->text;
    if (n->len == 10 && s[4] == '-' && s[7] == '-' && digits(s, 4) &&
        digits(s + 5, 2) && digits(s + 8, 2)) {
        int64_t y = number(s, 4), m = number(s + 5, 2), d = number(s + 8, 2);
        if (bad_day(w, n, path, y, m, d))
            return;
        out->set = true;
        out->pos = n->pos;
        out->n = y * 10000 + m * 100 + d;
        out->text = n->text;
        return;
    }
    /* DD-MM-YYYY and DD.MM.YYYY are common in Danish documents */
    if (n->len == 10 && (s[2] == '-' || s[2] == '.' || s[2] == '/') &&
        s[5] == s[2] && digits(s, 2) && digits(s + 3, 2) && digits(s + 6, 4)) {
        struct strbuf guess = STRBUF_INIT;
        strbuf_addf(&guess, "%.4s-%.2s-%.2s", s + 6, s + 3, s);
        diag_add(w->diags, RULE_VALUE_DATE, n->pos, path,
                 N_("'{text}' is not a date in the form YYYY-MM-DD; did you "
                    "mean {guess}?"),
                 ARGS(ARG_TEXT("text", s), ARG_TEXT("guess", guess.buf)));
        strbuf_release(&guess);
    } else {
        diag_add(w->diags, RULE_VALUE_DATE, n->pos, path,
                 N_("'{text}' is not a date; dates are written YYYY-MM-DD, "
                    "e.g. 2021-06-15"), ARGS(ARG_TEXT("text", s)));
    }
}

/* Strip a trailing unit the user wrote after an amount ("kr", "kr.",
 * "DKK", ",-") and the spaces before it; returns the new length. */
static size_t strip_unit(const char *s, size_t n)
{
    static const char *const units[] = { "kr.", "kr", "DKK", ",-", NULL };
    for (size_t i = 0; units[i]; i++) {
        size_t u = strlen(units[i]);
        if (n > u && memcmp(s + n - u, units[i], u) == 0) {
            n -= u;
            break;
        }
    }
    while (n > 0 && s[n - 1] == ' ')
        n--;
    return n;
}

/* The decimal separator of s[0..n): a last ',' or '.' with one or two
 * digits after it; NULL if none. */
static const char *decimal_mark(const char *s, size_t n)
{
    for (size_t k = 1; k <= 2 && k < n; k++)
        if ((s[n - k - 1] == ',' || s[n - k - 1] == '.') &&
            digits(s + n - k, k))
            return s + n - k - 1;
    return NULL;
}

/*
 * For a refused amount, the text it most likely meant, or NULL: groups
 * of digits apart by '.', ',', '_', spaces or no-break spaces (U+00A0), a
 * decimal comma, a unit after it.  "8 959 000" is 8959000, "8959000,50 kr"
 * 8959000.50.  Caller-owned.
 */
static char *amount_guess(const char *s)
{
    size_t n = strip_unit(s, strlen(s));
    const char *mark = decimal_mark(s, n);
    struct strbuf g = STRBUF_INIT;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (s + i == mark)
            strbuf_addch(&g, '.');
        else if (c >= '0' && c <= '9')
            strbuf_addch(&g, (char)c);
        else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
            i++;
        else if (!strchr(" .,_", c))
            break;
        if (i + 1 == n) {
            int64_t v;
            if (g.len && strcmp(g.buf, s) != 0 &&
                num_parse(g.buf, g.len, MONEY_DECIMALS, &v) == NUM_OK)
                return strbuf_detach(&g, NULL);
        }
    }
    strbuf_release(&g);
    return NULL;
}

/* "0.000": a zero with more decimals than øre; the thousands reading
 * (0000) is no amount either, so the meaning is 0. */
static bool zero_decimals(const char *s)
{
    if (s[0] != '0' || s[1] != '.')
        return false;
    for (const char *p = s + 2; *p; p++)
        if (*p != '0')
            return false;
    return true;
}

/* A refused amount with too many decimals, with what was likely meant. */
static void amount_decimals(struct walk *w, const struct ynode *n,
                            const char *path)
{
    const char *dot = strchr(n->text, '.');
    if (zero_decimals(n->text)) {
        diag_add(w->diags, RULE_VALUE_AMOUNT, n->pos, path,
                 N_("'{text}' is not an amount: at most two decimals (øre); "
                    "did you mean 0?"), ARGS(ARG_TEXT("text", n->text)));
    } else if (dot && strlen(dot) == 4 && dot - n->text <= 3) {
        struct strbuf g = STRBUF_INIT;
        strbuf_add(&g, n->text, (size_t)(dot - n->text));
        strbuf_addstr(&g, dot + 1);
        diag_add(w->diags, RULE_VALUE_AMOUNT, n->pos, path,
                 N_("'{text}' is not an amount: at most two decimals (øre); "
                    "if '.' separates thousands here, write {guess}"),
                 ARGS(ARG_TEXT("text", n->text), ARG_TEXT("guess", g.buf)));
        strbuf_release(&g);
    } else {
        diag_add(w->diags, RULE_VALUE_AMOUNT, n->pos, path,
                 N_("'{text}' is not an amount: at most two decimals (øre)"),
                 ARGS(ARG_TEXT("text", n->text)));
    }
}

/* A refused amount of any other kind: what is wrong, and a guess. */
static void amount_other(struct walk *w, const struct ynode *n,
                         const char *path, enum num_status st)
{
    /* "1_852_0000" may mean 1852000 as well as 18520000: no guess */
    char *guess = st == NUM_GROUPING ? NULL : amount_guess(n->text);
    const char *why = num_status_str(st);
    if (guess && n->end_line > n->pos.line)
        diag_add(w->diags, RULE_VALUE_AMOUNT, n->pos, path,
                 N_("'{text}' is not an amount: it is split over lines {from} "
                    "to {to}; write it on one line, as {guess}"),
                 ARGS(ARG_TEXT("text", n->text), ARG_INT("from", n->pos.line),
                      ARG_INT("to", n->end_line), ARG_TEXT("guess", guess)));
    else if (guess)
        diag_add(w->diags, RULE_VALUE_AMOUNT, n->pos, path,
                 N_("'{text}' is not an amount: {why}; did you mean {guess}?"),
                 ARGS(ARG_TEXT("text", n->text), ARG_MSG("why", why),
                      ARG_TEXT("guess", guess)));
    else
        diag_add(w->diags, RULE_VALUE_AMOUNT, n->pos, path,
                 N_("'{text}' is not an amount: {why}; write kroner as "
                    "8959000, 8_959_000 or 8959000.50"),
                 ARGS(ARG_TEXT("text", n->text), ARG_MSG("why", why)));
    free(guess);
}

/* Report a number that did not parse (st != NUM_OK). */
static void bad_number(struct walk *w, const struct field *f,
                       const struct ynode *n, const char *path,
                       enum num_status st)
{
    bool money = f->type == FT_AMOUNT || f->type == FT_UNIT;
    enum rule rule = type_rule(f->type);
    const struct msg_arg text = ARG_TEXT("text", n->text);
    if (money && st == NUM_DECIMALS)
        amount_decimals(w, n, path);
    else if (st == NUM_DECIMALS)
        diag_add(w->diags, rule, n->pos, path,
                 N_("'{text}' has more than {decimals} decimals"),
                 ARGS(text, ARG_INT("decimals", f->type == FT_COUNT ||
                                    f->type == FT_YEAR ? 0 : DEC_DECIMALS)));
    else if (st == NUM_RANGE && money)
        diag_add(w->diags, rule, n->pos, path,
                 N_("'{text}' is too large: the largest amount skema holds "
                    "exactly is 92233720368547758.07 kr"), ARGS(text));
    else if (st == NUM_RANGE)
        diag_add(w->diags, rule, n->pos, path, N_("'{text}' is too large"),
                 ARGS(text));
    else if (st == NUM_NOT_INTEGER)
        diag_add(w->diags, rule, n->pos, path,
                 N_("'{text}' is not a whole number"), ARGS(text));
    else if (money)
        amount_other(w, n, path, st);
    else if (f->type == FT_PCT)
        diag_add(w->diags, rule, n->pos, path,
                 N_("'{text}' is not a percentage: {why}; write e.g. 55.51 "
                    "for 55,51 %"),
                 ARGS(text, ARG_MSG("why", num_status_str(st))));
    else
        diag_add(w->diags, rule, n->pos, path, N_("'{text}' is not {type}: {why}"),
                 ARGS(text, ARG_MSG("type", type_words(f->type)),
                      ARG_MSG("why", num_status_str(st))));
}

/* The range a field's number must lie in, as words, or NULL if v is in it. */
static const char *out_of_range(enum field_type type, int64_t v)
{
    if (type == FT_PCT && v > DEC_HUNDRED)
        return N_("{text} is out of range: a percentage lies from 0 to 100");
    if ((type == FT_AREA || type == FT_UNIT) && v == 0)
        return N_("{text} is out of range: it must be above zero");
    if (type == FT_COUNT && v == 0)
        return N_("{text} is out of range: it must be at least 1");
    if (type == FT_YEAR && (v < 1900 || v > 2199))
        return N_("{text} is out of range: a year from 1900 to 2199");
    return NULL;
}

static bool load_number(struct walk *w, const struct field *f,
                        const struct ynode *n, struct val *out,
                        const char *path)
{
    bool money = f->type == FT_AMOUNT || f->type == FT_UNIT;
    unsigned decimals = money ? MONEY_DECIMALS
                      : f->type == FT_COUNT || f->type == FT_YEAR ? 0
                      : DEC_DECIMALS;
    if (!n->plain) {
        diag_add(w->diags, RULE_VALUE_TYPE, n->pos, path,
                 N_("expected {type}, got quoted text \"{text}\"; write the "
                    "number without quotes"),
                 ARGS(ARG_MSG("type", type_words(f->type)),
                      ARG_TEXT("text", n->text)));
        return false;
    }
    if (is_null(n)) {
        diag_add(w->diags, type_rule(f->type), n->pos, path,
                 N_("no value given ({what}); if it is not known, leave the "
                    "key out"), ARGS(ARG_MSG("what", f->what)));
        return false;
    }
    int64_t v = 0;
    enum num_status st = num_parse(n->text, n->len, decimals, &v);
    if (st != NUM_OK) {
        bad_number(w, f, n, path, st);
        return false;
    }
    const char *range = out_of_range(f->type, v);
    if (range) {
        diag_add(w->diags, RULE_VALUE_RANGE, n->pos, path, range,
                 ARGS(ARG_TEXT("text", n->text)));
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
                 N_("no text given; {what} is needed here"),
                 ARGS(ARG_MSG("what", f->what)));
        return false;
    }
    if (f->type == FT_BOOL) {
        if (n->plain && (strcmp(n->text, "true") == 0 || strcmp(n->text, "false") == 0)) {
            out->n = n->text[0] == 't';
            return true;
        }
        diag_add(w->diags, RULE_VALUE_ENUM, n->pos, path,
                 N_("'{text}' is not true or false"), ARGS(ARG_TEXT("text", n->text)));
        return false;
    }
    if (is_bool(n)) {
        diag_add(w->diags, type_rule(f->type), n->pos, path,
                 N_("unquoted '{text}' reads as a yes/no value in YAML; quote "
                    "it: \"{text}\""), ARGS(ARG_TEXT("text", n->text)));
        return false;
    }
    if (f->type == FT_FORMAT && strcmp(n->text, f->values[0]) != 0) {
        diag_add(w->diags, RULE_FORMAT_VERSION, n->pos, path,
                 N_("format '{text}' is not supported; this version of skema "
                    "reads {format}"),
                 ARGS(ARG_TEXT("text", n->text), ARG_TEXT("format", f->values[0])));
        return false;
    }
    if (f->type == FT_ID) {
        bool ok = isalnum((unsigned char)n->text[0]) && !isupper((unsigned char)n->text[0]);
        for (const char *p = n->text; ok && *p; p++)
            ok = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-';
        if (!ok) {
            diag_add(w->diags, RULE_VALUE_TEXT, n->pos, path,
                     N_("'{text}' is not an id: use lower-case letters a-z, "
                        "digits and '-'"), ARGS(ARG_TEXT("text", n->text)));
            return false;
        }
    }
    if (f->type == FT_ENUM) {
        for (size_t i = 0; f->values[i]; i++) {
            if (strcmp(n->text, f->values[i]) == 0) {
                out->n = (int64_t)i;
                return true;
            }
        }
        char *t = schema_transliterate(n->text), *list = value_list(f->values);
        const char *hit = NULL;
        for (size_t i = 0; f->values[i] && !hit; i++)
            if (strcmp(t, f->values[i]) == 0)
                hit = f->values[i];
        if (hit)
            diag_add(w->diags, RULE_VALUE_ENUM, n->pos, path,
                     N_("'{text}' is not one of {values}; did you mean {near}?"),
                     ARGS(ARG_TEXT("text", n->text), ARG_TEXT("values", list),
                          ARG_TEXT("near", hit)));
        else
            diag_add(w->diags, RULE_VALUE_ENUM, n->pos, path,
                     N_("'{text}' is not one of {values}"),
                     ARGS(ARG_TEXT("text", n->text), ARG_TEXT("values", list)));
        free(t);
        free(list);
        return false;
    }
    out->text = n->text;
    return true;
}

/* One scalar into out by the field's type; reports and returns on error. */
static void load_scalar(struct walk *w, const struct field *f, enum field_type type,
                        const struct ynode *n, struct val *out, const char *path)
{
    struct field as = *f;
    as.type = type;
    if (n->kind != YNODE_SCALAR) {
        char *owned;
        struct msg_arg got = node_got(n, &owned);
        diag_add(w->diags, RULE_VALUE_TYPE, n->pos, path,
                 N_("expected {type} ({what}), got {got}"),
                 ARGS(ARG_MSG("type", type_words(type)),
                      ARG_MSG("what", f->what), got));
        free(owned);
        return;
    }
    /* the template's mark of a key still to fill in, said as such
     * rather than as a value of the wrong kind */
    if (n->plain && n->len == sizeof TEMPLATE_PLACEHOLDER - 1 &&
        memcmp(n->text, TEMPLATE_PLACEHOLDER, n->len) == 0) {
        diag_add(w->diags, RULE_VALUE_TYPE, n->pos, path,
                 N_("'{key}' is not filled in yet: write {what} in place of "
                    "{placeholder}, or remove the key"),
                 ARGS(ARG_TEXT("key", f->key), ARG_MSG("what", f->what),
                      ARG_TEXT("placeholder", TEMPLATE_PLACEHOLDER)));
        return;
    }
    bool ok;
    switch (type) {
    case FT_DATE:
        load_date(w, n, out, path);
        return;
    case FT_AMOUNT: case FT_UNIT: case FT_PCT: case FT_AREA: case FT_COUNT:
    case FT_YEAR:
        ok = load_number(w, &as, n, out, path);
        break;
    default:
        ok = load_text(w, &as, n, out, path);
        break;
    }
    if (ok) {
        out->set = true;
        out->pos = n->pos;
        out->text = n->text;   /* as written, e.g. to know its decimals */
    }
}

static void wrong_container(struct walk *w, const struct field *f,
                            const struct ynode *n, const char *path)
{
    const char *want = f->type == FT_LIST ? N_("a list") : N_("a mapping");
    if (n->kind == YNODE_SCALAR && is_null(n)) {
        diag_add(w->diags, RULE_VALUE_TYPE, n->pos, path,
                 N_("expected {type} ({what}), got nothing; write {empty} or "
                    "leave the key out"),
                 ARGS(ARG_MSG("type", want), ARG_MSG("what", f->what),
                      ARG_TEXT("empty", f->type == FT_LIST ? "[]" : "{}")));
        return;
    }
    char *owned;
    struct msg_arg got = node_got(n, &owned);
    diag_add(w->diags, RULE_VALUE_TYPE, n->pos, path,
             N_("expected {type} ({what}), got {got}"),
             ARGS(ARG_MSG("type", want), ARG_MSG("what", f->what), got));
    free(owned);
}

static void load_list(struct walk *w, const struct field *f,
                      const struct ynode *n, struct list *out, const char *path)
{
    size_t size = f->map ? f->item_size : sizeof(struct val);
    out->items = n->count ? arena_alloc(w->arena, n->count * size) : NULL;
    size_t i = 0;
    (void)path;   /* the walk's path, extended here */
    for (const struct ynode *item = n->child; item; item = item->next, i++) {
        size_t saved = path_push_index(w, i);
        const char *ipath = w->path.buf;
        char *rec = (char *)out->items + i * size;
        if (item->kind == YNODE_ALIAS) {
            /* reported where it was read */
        } else if (f->map && item->kind != YNODE_MAP) {
            struct field as = *f;
            as.type = FT_MAP;
            wrong_container(w, &as, item, ipath);
        } else if (f->map) {
            ((struct section *)(void *)rec)->set = true;
            ((struct section *)(void *)rec)->pos = item->pos;
            load_map(w, item, f->map, rec, ipath, item->pos);
        } else {
            load_scalar(w, f, f->item_type, item, (struct val *)(void *)rec, ipath);
        }
        path_pop(w, saved);
    }
    out->count = n->count;
}

/*
 * Step into one key of a mapping node: true with the key on the walk's
 * path (cut back with path_pop(w, *saved)), or false (reported, path as it
 * was) when the key is no plain name or repeats an earlier key.
 */
static bool map_key(struct walk *w, const struct ynode *node,
                    const struct ynode *key, size_t *saved)
{
    if (key->kind == YNODE_ALIAS)
        return false;   /* reported where it was read */
    if (key->kind != YNODE_SCALAR) {
        char *owned;
        struct msg_arg got = node_got(key, &owned);
        diag_add(w->diags, RULE_KEY_TYPE, key->pos, w->path.buf,
                 N_("a key must be a plain name, not {got}"), ARGS(got));
        free(owned);
        return false;
    }
    *saved = path_push(w, key->text, key->len, true);
    for (const struct ynode *prev = node->child; prev != key;
         prev = prev->next->next) {
        if (prev->kind == YNODE_SCALAR && prev->len == key->len &&
            memcmp(prev->text, key->text, key->len) == 0) {
            diag_add(w->diags, RULE_KEY_DUPLICATE, key->pos, w->path.buf,
                     N_("'{key}' is given twice in this mapping (first at "
                        "line {line} column {column}); give it once"),
                     ARGS(ARG_TEXT("key", key->text),
                          ARG_INT("line", prev->pos.line),
                          ARG_INT("column", prev->pos.col)));
            path_pop(w, *saved);
            return false;
        }
    }
    return true;
}

/* A mapping of ids to records: each key is an id, each value a record. */
static void load_dict(struct walk *w, const struct field *f,
                      const struct ynode *n, struct list *out, const char *path)
{
    size_t pairs = n->count / 2;
    out->items = pairs ? arena_alloc(w->arena, pairs * f->item_size) : NULL;
    size_t i = 0;
    for (const struct ynode *key = n->child; key && key->next;
         key = key->next->next) {
        const struct ynode *value = key->next;
        size_t saved;
        if (!map_key(w, n, key, &saved))
            continue;
        const char *kpath = w->path.buf;
        struct field id = { .key = key->text, .type = FT_ID, .what = "an id" };
        char *rec = (char *)out->items + i * f->item_size;
        struct val *idval = (struct val *)(void *)(rec + f->key_offset);
        if (load_text(w, &id, key, idval, kpath)) {
            idval->set = true;
            idval->pos = key->pos;
            idval->text = key->text;
            if (value->kind == YNODE_MAP) {
                ((struct section *)(void *)rec)->set = true;
                ((struct section *)(void *)rec)->pos = key->pos;
                load_map(w, value, f->map, rec, kpath, key->pos);
            } else if (value->kind != YNODE_ALIAS) {
                struct field as = *f;
                as.type = FT_MAP;
                wrong_container(w, &as, value, kpath);
            }
            i++;
        }
        path_pop(w, saved);
    }
    (void)path;
    out->count = i;
}

static void load_value(struct walk *w, const struct field *f,
                       const struct ynode *n, char *base, const char *path,
                       struct pos key_pos)
{
    if (n->kind == YNODE_ALIAS)
        return;   /* reported where it was read */
    switch (f->type) {
    case FT_MAP: {
        struct section *sec = (struct section *)(void *)(base + f->offset);
        if (n->kind != YNODE_MAP) {
            wrong_container(w, f, n, path);
            return;
        }
        sec->set = true;
        sec->pos = key_pos;
        bool was_c = w->in_c;
        w->in_c = was_c || (f->flags & F_IS_C);
        bool any = load_map(w, n, f->map, base + f->offset, path, key_pos);
        w->in_c = was_c;
        if (!any && (f->flags & F_ONE_CHILD)) {
            char *list = key_list(f->map);
            diag_add(w->diags, RULE_KEY_REQUIRED, key_pos, path,
                     N_("nothing given; give at least one of {keys}"),
                     ARGS(ARG_TEXT("keys", list)));
            free(list);
        }
        return;
    }
    case FT_LIST:
    case FT_DICT: {
        struct list *out = (struct list *)(void *)(base + f->offset);
        if (n->kind != (f->type == FT_LIST ? YNODE_SEQ : YNODE_MAP)) {
            wrong_container(w, f, n, path);
            return;
        }
        out->sec.set = true;
        out->sec.pos = key_pos;
        if (f->type == FT_LIST)
            load_list(w, f, n, out, path);
        else
            load_dict(w, f, n, out, path);
        return;
    }
    default:
        load_scalar(w, f, f->type, n, (struct val *)(void *)(base + f->offset), path);
        return;
    }
}

/* Load one mapping; true if it held at least one known key. */
static bool load_map(struct walk *w, const struct ynode *node,
                     const struct mapspec *spec, char *base, const char *path,
                     struct pos key_pos)
{
    bool seen[32] = { false };
    bool any = false;
    const struct ynode *key = node->child;
    for (; key && key->next; key = key->next->next) {
        const struct ynode *value = key->next;
        size_t saved;
        if (!map_key(w, node, key, &saved))
            continue;
        const char *kpath = w->path.buf;
        const struct field *f = NULL;
        size_t i = 0;
        for (; i < spec->count; i++) {
            const char *k = spec->fields[i].key;
            if (k[0] == key->text[0] && strcmp(k, key->text) == 0) {
                f = &spec->fields[i];
                break;
            }
        }
        if (!f) {
            const char *near = closest(spec, key->text);
            char *list = key_list(spec);
            if (near)
                diag_add(w->diags, RULE_KEY_UNKNOWN, key->pos, kpath,
                         N_("unknown key '{key}'; did you mean '{near}'?"),
                         ARGS(ARG_TEXT("key", key->text), ARG_TEXT("near", near)));
            else
                diag_add(w->diags, RULE_KEY_UNKNOWN, key->pos, kpath,
                         N_("unknown key '{key}'; the keys here are {keys}"),
                         ARGS(ARG_TEXT("key", key->text), ARG_TEXT("keys", list)));
            free(list);
        } else if ((f->flags & F_ONLY_C) && !w->in_c) {
            diag_add(w->diags, RULE_KEY_ONLY_C, key->pos, kpath,
                     N_("'{key}' ({what}) belongs in skema C only"),
                     ARGS(ARG_TEXT("key", key->text), ARG_MSG("what", f->what)));
        } else {
            seen[i] = true;
            any = true;
            load_value(w, f, value, base, kpath, key->pos);
        }
        path_pop(w, saved);
    }

    for (size_t i = 0; i < spec->count; i++) {
        if (!seen[i] && (spec->fields[i].flags & F_REQUIRED))
            diag_add(w->diags, RULE_KEY_REQUIRED, key_pos, path,
                     N_("required key '{key}' is missing ({what})"),
                     ARGS(ARG_TEXT("key", spec->fields[i].key),
                          ARG_MSG("what", spec->fields[i].what)));
    }
    return any;
}

void schema_load(const struct ynode *root, const struct mapspec *spec,
                 void *record, struct arena *arena, struct diag_list *diags)
{
    struct walk w = { .diags = diags, .arena = arena, .path = STRBUF_INIT };
    if (root->kind != YNODE_MAP) {
        const char *format = NULL;
        for (size_t i = 0; i < spec->count; i++)
            if (spec->fields[i].type == FT_FORMAT)
                format = spec->fields[i].values[0];
        char *owned;
        struct msg_arg got = node_got(root, &owned);
        if (format)
            diag_add(diags, RULE_VALUE_TYPE, root->pos, "",
                     N_("the document is {got}; a {format} file is a mapping "
                        "that starts with 'format: {format}'"),
                     ARGS(got, ARG_TEXT("format", format)));
        else
            diag_add(diags, RULE_VALUE_TYPE, root->pos, "",
                     N_("the document is {got}, not a mapping of keys"),
                     ARGS(got));
        free(owned);
        return;
    }
    struct section *sec = record;
    sec->set = true;
    sec->pos = root->pos;
    strbuf_grow(&w.path, WALK_PATH_ROOM);
    load_map(&w, root, spec, record, "", root->pos);
    strbuf_release(&w.path);
}

/* ---- the key listing ------------------------------------------------ */

static const char *const type_names[] = {
    [FT_MAP] = "map", [FT_LIST] = "list", [FT_DICT] = "dict",
    [FT_FORMAT] = "text", [FT_TEXT] = "text", [FT_ID] = "id",
    [FT_ENUM] = "enum", [FT_BOOL] = "bool", [FT_DATE] = "date",
    [FT_YEAR] = "year", [FT_AMOUNT] = "amount", [FT_UNIT] = "unit",
    [FT_PCT] = "pct", [FT_AREA] = "area", [FT_COUNT] = "count",
};

static void list_keys(FILE *out, const struct mapspec *spec, const char *path,
                      bool in_c, enum report_lang lang)
{
    for (size_t i = 0; i < spec->count; i++) {
        const struct field *f = &spec->fields[i];
        if ((f->flags & F_ONLY_C) && !in_c)
            continue;
        char *p = join(path, f->key);
        fputs(p, out);
        fputc('\t', out);
        if (f->type == FT_LIST && !f->map)
            fprintf(out, "list:%s", type_names[f->item_type]);
        else
            fputs(type_names[f->type], out);
        for (size_t v = 0; f->type != FT_FORMAT && f->values && f->values[v]; v++)
            fprintf(out, "%c%s", v ? '|' : ':', f->values[v]);
        fprintf(out, "\t%s\t%s\n", f->flags & F_REQUIRED ? "required" : "optional",
                msg_text(f->what, lang));
        if (f->map) {
            char *sub = f->type == FT_LIST ? xasprintf("%s[]", p)
                      : f->type == FT_DICT ? xasprintf("%s.*", p) : xstrdup(p);
            list_keys(out, f->map, sub, in_c || (f->flags & F_IS_C), lang);
            free(sub);
        }
        free(p);
    }
}

void schema_list_keys(FILE *out, const struct mapspec *spec,
                      enum report_lang lang)
{
    list_keys(out, spec, "", false, lang);
}

/* ---- comparing two records ------------------------------------------- */

/* Where the differences go: schema_diff's callback and its context. */
struct diff_sink {
    schema_diff_fn fn;
    void *ctx;
};

static void diff_map(const struct mapspec *spec, const char *a, const char *b,
                     const char *path, bool in_c, const struct diff_sink *out)
{
    for (size_t i = 0; i < spec->count; i++) {
        const struct field *f = &spec->fields[i];
        if ((f->flags & F_ONLY_C) && !in_c)
            continue;
        char *p = join(path, f->key);
        if (f->type == FT_MAP) {
            diff_map(f->map, a + f->offset, b + f->offset, p,
                     in_c || (f->flags & F_IS_C), out);
        } else if (f->type != FT_LIST && f->type != FT_DICT) {
            const struct val *va = (const struct val *)(const void *)(a + f->offset);
            const struct val *vb = (const struct val *)(const void *)(b + f->offset);
            bool same = va->set == vb->set &&
                        (!va->set || (f->type == FT_TEXT || f->type == FT_FORMAT ||
                                      f->type == FT_ID
                                          ? strcmp(va->text, vb->text) == 0
                                          : va->n == vb->n));
            if (!same)
                out->fn(out->ctx, p, f->type, va, vb);
        }
        free(p);
    }
}

void schema_diff(const struct mapspec *spec, const void *a, const void *b,
                 schema_diff_fn fn, void *ctx)
{
    const struct diff_sink out = { fn, ctx };
    diff_map(spec, a, b, "", false, &out);
}
