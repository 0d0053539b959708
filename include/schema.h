/* SPDX-License-Identifier: MIT */
/*
 * Load, step 2, in general: a document format as a table of keys, walked
 * over the node tree of step 1 (yamldoc.h) into a C record.  The walk
 * reports every problem it meets — unknown keys with "did you mean",
 * duplicate and missing keys, values of the wrong type — and goes on.
 * skema/1 (load_project.c) and skema-rates/1 (load_rates.c) are tables.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "xalloc.h"
#include "yamldoc.h"

/*
 * One stated value.  Which member holds it depends on the key's type:
 * amounts in øre, percentages and areas in millionths (money.h), counts
 * and years as themselves, dates as YYYYMMDD, enums as their index,
 * booleans as 0 or 1.  text is the value as written, NUL-terminated and
 * owned by the document's arena.
 */
struct val {
    bool set;
    struct pos pos;       /* where the value starts */
    int64_t n;
    const char *text;     /* the value as written (text values: the text) */
};

/* A mapping: whether it was given, and where its key stands. */
struct section {
    bool set;
    struct pos pos;
};

/* A list (or a mapping of ids to records): its items in the arena. */
struct list {
    struct section sec;
    size_t count;
    void *items;          /* count records of the field's item_size, or
                             count struct val for a list of values */
};

enum field_type {
    FT_MAP,
    FT_LIST,     /* a sequence of records (map set) or of values (item_type) */
    FT_DICT,     /* a mapping from ids to records of map */
    FT_FORMAT,   /* text that must equal values[0] */
    FT_TEXT,
    FT_ID,       /* [a-z0-9][a-z0-9-]* */
    FT_ENUM,     /* one of values[], NULL-terminated */
    FT_BOOL,     /* true or false */
    FT_DATE,
    FT_YEAR,     /* a whole year, 1900..2199 */
    FT_AMOUNT,   /* kroner, >= 0 */
    FT_UNIT,     /* kroner, > 0 */
    FT_PCT,      /* 0..100 */
    FT_AREA,     /* > 0 */
    FT_COUNT,    /* whole, >= 1 */
};

enum field_flag {
    F_REQUIRED = 1u << 0,
    F_ONLY_C = 1u << 1,      /* may stand only inside skema C */
    F_IS_C = 1u << 2,        /* this map is skema C */
    F_ONE_CHILD = 1u << 3,   /* the map needs at least one of its keys */
};

struct mapspec;

struct field {
    const char *key;
    enum field_type type;
    size_t offset;                 /* of the val, section or list in the record */
    const struct mapspec *map;     /* FT_MAP, FT_DICT, FT_LIST of records */
    const char *const *values;     /* FT_ENUM (and FT_LIST of enums), FT_FORMAT */
    unsigned flags;
    const char *what;              /* a few words for messages */
    size_t item_size;              /* FT_LIST of records, FT_DICT */
    enum field_type item_type;     /* FT_LIST of values */
    size_t key_offset;             /* FT_DICT: the struct val for the id */
};

struct mapspec {
    const struct field *fields;
    size_t count;
};

#define MAPSPEC(arr) { arr, sizeof arr / sizeof arr[0], }

/*
 * Load the mapping root into record by spec, reporting into diags.
 * Text and lists live in arena.  A root that is not a mapping is reported.
 */
void schema_load(const struct ynode *root, const struct mapspec *spec,
                 void *record, struct arena *arena, struct diag_list *diags);

/* Write every key of spec, one per line:
 * PATH<TAB>TYPE<TAB>required|optional<TAB>DESCRIPTION, the description
 * (the field's `what`) in lang. */
void schema_list_keys(FILE *out, const struct mapspec *spec,
                      enum report_lang lang);

/* The kind of value a field takes, in words: a message id (N_). */
const char *schema_type_words(enum field_type t);

/* Lower-case ASCII with æ ø å written ae oe aa, as keys are; caller-owned. */
char *schema_transliterate(const char *s);

/* Edit distance of two short texts (insert, delete, substitute, swap
 * neighbours); SIZE_MAX when either is longer than 64 bytes. */
size_t schema_distance(const char *a, const char *b);

/* Called for each value that differs between two records: a or b may be
 * unset (added or removed). */
typedef void (*schema_diff_fn)(void *ctx, const char *path, enum field_type type,
                               const struct val *a, const struct val *b);

/* Compare two records of spec, value by value, in the table's order.
 * Lists are not compared (no format of skema's that is diffed has them). */
void schema_diff(const struct mapspec *spec, const void *a, const void *b,
                 schema_diff_fn fn, void *ctx);
