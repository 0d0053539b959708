/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of project_load (yamldoc.h and project.h) on YAML held in C
 * strings, of the rule table (rules.h) and of the diagnostics list
 * (diag.h).
 *
 * Table-driven: invalid documents with the exact diagnostics they must
 * give (rule, line, column, key path, a part of the message); valid
 * documents with the exact values and positions they must load as.
 */
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "expect.h"

#include "diag.h"
#include "money.h"
#include "project.h"
#include "rules.h"
#include "yamldoc.h"

/* ---- documents ------------------------------------------------------------ */

/* A string literal and its length, so that documents may hold NUL bytes. */
#define DOC(s) s, sizeof(s) - 1

/* The smallest valid head: lines 1-4; "skema:" follows on line 5. */
#define HEAD \
    "format: skema/1\n" \
    "projekt:\n" \
    "  navn: X\n" \
    "  boligtype: familie\n"
/* A value under skema A: the fragment starts on line 7. */
#define IN_A(s) HEAD "skema:\n  A:\n" s
/* A top-level map after projekt: the fragment starts on line 5. */
#define IN_TOP(s) HEAD s "skema:\n  A: {}\n"
/* A valid item of renovering.eksempler, on a line of its own. */
#define EXAMPLE "    - {areal_m2: 1, leje_foer_kr: 1, leje_efter_kr: 1}\n"
/* A key under projekt: the fragment starts on line 4. */
#define IN_PROJEKT(s) \
    "format: skema/1\nprojekt:\n  navn: X\n" s "skema:\n  A: {}\n"

/* ---- invalid documents: the exact diagnostics ---------------------------- */

struct want_diag {
    enum rule rule;
    uint32_t line, col;
    const char *path;
    const char *message;   /* a part of the message */
};

#define MAX_WANT 6

struct bad_case {
    const char *name;
    const char *yaml;
    size_t len;
    bool unreadable;       /* diag_any_unreadable */
    size_t count;
    struct want_diag want[MAX_WANT];
};

static const struct bad_case bad_cases[] = {
    { "unknown key, did you mean",
      DOC(IN_A("    anskaffelsessum:\n      grundudgift: 5\n")), false, 1,
      { { RULE_KEY_UNKNOWN, 8, 7, "skema.A.anskaffelsessum.grundudgift",
          "unknown key 'grundudgift'; did you mean 'grundudgifter'?" } } },
    { "unknown top-level key",
      DOC(HEAD "skema:\n  A: {}\nsekma: {}\n"), false, 1,
      { { RULE_KEY_UNKNOWN, 7, 1, "sekma", "did you mean 'skema'?" } } },
    { "unknown key with Danish letters",
      DOC(IN_A("    anskaffelsessum:\n      håndværkerudgifter: 5\n")), false,
      1,
      { { RULE_KEY_UNKNOWN, 8, 7,
          "skema.A.anskaffelsessum.håndværkerudgifter",
          "did you mean 'haandvaerkerudgifter'?" } } },
    { "unknown key far from any, columns count characters",
      DOC(IN_A("    anskaffelsessum: {grundudgifter: 5, æ: 1}\n")), false, 1,
      { { RULE_KEY_UNKNOWN, 7, 41, "skema.A.anskaffelsessum.æ",
          "unknown key 'æ'; the keys here are grundudgifter, "
          "haandvaerkerudgifter, omkostninger, gebyrer, i_alt" } } },
    { "duplicate key",
      DOC(IN_A("    boliger: 3\n    boliger: 4\n")), false, 1,
      { { RULE_KEY_DUPLICATE, 8, 5, "skema.A.boliger",
          "'boliger' is given twice in this mapping (first at line 7 "
          "column 5)" } } },
    { "duplicate keys, quoted and plain, at two levels",
      DOC("format: skema/1\nformat: skema/1\nprojekt:\n  navn: X\n"
          "  \"navn\": Y\n  boligtype: familie\nskema:\n  A: {}\n"),
      false, 2,
      { { RULE_KEY_DUPLICATE, 2, 1, "format", "first at line 1 column 1" },
        { RULE_KEY_DUPLICATE, 5, 3, "projekt.navn",
          "first at line 4 column 3" } } },
    { "missing navn",
      DOC("format: skema/1\nprojekt:\n  boligtype: familie\nskema:\n"
          "  A: {}\n"), false, 1,
      { { RULE_KEY_REQUIRED, 2, 1, "projekt", "required key 'navn'" } } },
    { "missing boligtype",
      DOC("format: skema/1\nprojekt:\n  navn: X\nskema:\n  A: {}\n"), false,
      1,
      { { RULE_KEY_REQUIRED, 2, 1, "projekt",
          "required key 'boligtype'" } } },
    { "missing format",
      DOC("projekt:\n  navn: X\n  boligtype: familie\nskema:\n  A: {}\n"),
      false, 1,
      { { RULE_KEY_REQUIRED, 1, 1, "", "required key 'format'" } } },
    { "missing skema",
      DOC(HEAD), false, 1,
      { { RULE_KEY_REQUIRED, 1, 1, "", "required key 'skema'" } } },
    { "empty projekt: both required keys",
      DOC("format: skema/1\nprojekt: {}\nskema:\n  A: {}\n"), false, 2,
      { { RULE_KEY_REQUIRED, 2, 1, "projekt", "required key 'navn'" },
        { RULE_KEY_REQUIRED, 2, 1, "projekt",
          "required key 'boligtype'" } } },
    { "skema without a stage",
      DOC(HEAD "skema: {}\n"), false, 1,
      { { RULE_KEY_REQUIRED, 5, 1, "skema",
          "give at least one of A, B, C" } } },
    { "an unknown stage only",
      DOC(HEAD "skema:\n  D: {}\n"), false, 2,
      { { RULE_KEY_REQUIRED, 5, 1, "skema",
          "give at least one of A, B, C" },
        { RULE_KEY_UNKNOWN, 6, 3, "skema.D", "did you mean 'A'?" } } },
    { "the only stage is null",
      DOC(HEAD "skema:\n  C:\n"), false, 1,
      { { RULE_VALUE_TYPE, 6, 5, "skema.C",
          "expected a mapping (skema C), got nothing" } } },
    { "afsatte_beloeb under A",
      DOC(IN_A("    afsatte_beloeb: 5\n")), false, 1,
      { { RULE_KEY_ONLY_C, 7, 5, "skema.A.afsatte_beloeb",
          "belongs in skema C only" } } },
    { "afsatte_beloeb under B",
      DOC(HEAD "skema:\n  B:\n    afsatte_beloeb: 1_852_000\n"), false, 1,
      { { RULE_KEY_ONLY_C, 7, 5, "skema.B.afsatte_beloeb",
          "belongs in skema C only" } } },
    { "format version",
      DOC("format: skema/2\nprojekt:\n  navn: X\n  boligtype: familie\n"
          "skema:\n  A: {}\n"), false, 1,
      { { RULE_FORMAT_VERSION, 1, 9, "format",
          "format 'skema/2' is not supported" } } },
    { "anchor and alias",
      DOC(HEAD "skema:\n  A: &a\n    boliger: 3\n  B: *a\n"), false, 2,
      { { RULE_YAML_ANCHOR, 6, 6, "skema.A", "anchor '&a'" },
        { RULE_YAML_ANCHOR, 8, 6, "skema.B", "alias '*a'" } } },
    { "anchor on a scalar",
      DOC(IN_A("    boliger: &n 3\n    husleje_kr_m2: 1\n")), false, 1,
      { { RULE_YAML_ANCHOR, 7, 14, "skema.A.boliger", "anchor '&n'" } } },
    { "tag on a scalar",
      DOC(IN_A("    boliger: !!int 3\n")), false, 1,
      { { RULE_YAML_TAG, 7, 14, "skema.A.boliger", "tag '!!int'" } } },
    { "tags on a map and a text",
      DOC("format: skema/1\nprojekt: !!map\n  navn: X\n"
          "  boligtype: !!str familie\nskema:\n  A: {}\n"), false, 2,
      { { RULE_YAML_TAG, 2, 10, "projekt", "tag '!!map'" },
        { RULE_YAML_TAG, 4, 14, "projekt.boligtype", "tag '!!str'" } } },
    { "two documents",
      DOC(HEAD "skema:\n  A: {}\n---\nformat: skema/1\n"), true, 1,
      { { RULE_YAML_DOCUMENTS, 7, 1, "", "a second YAML document" } } },
    /* after the document's root has closed, a finding is of the file, not
     * of a place past the root's last item (it was "[2]" once) */
    { "two documents, the first a list",
      DOC("- a\n- b\n---\n- c\n"), true, 1,
      { { RULE_YAML_DOCUMENTS, 3, 1, "", "a second YAML document" } } },
    { "syntax after a list that ends the document",
      DOC("- a\n- b\n...\n]\n"), true, 1,
      { { RULE_YAML_SYNTAX, 4, 1, "", "did not find expected <document start>" } } },
    { "empty input",
      DOC(""), true, 1,
      { { RULE_YAML_DOCUMENTS, 1, 1, "",
          "the file holds no YAML document" } } },
    { "only a comment",
      DOC("# nothing here\n"), true, 1,
      { { RULE_YAML_DOCUMENTS, 1, 1, "",
          "the file holds no YAML document" } } },
    { "Latin-1 byte",
      DOC("format: skema/1\nprojekt:\n  navn: G\xe5rden\n"), true, 1,
      { { RULE_YAML_ENCODING, 3, 10, "", "byte 0xe5 is not UTF-8" } } },
    { "Latin-1 byte after UTF-8 letters, BOM and CRLF",
      DOC("\xef\xbb\xbf" "format: skema/1\r\nprojekt:\r\n"
          "  navn: \"Gård\xe5\"\r\n"), true, 1,
      { { RULE_YAML_ENCODING, 3, 14, "", "byte 0xe5 is not UTF-8" } } },
    { "truncated UTF-8 sequence",
      DOC("format: skema/1\nprojekt:\n  navn: ab\xc3\n"), true, 1,
      { { RULE_YAML_ENCODING, 3, 11, "", "byte 0xc3 is not UTF-8" } } },
    { "overlong UTF-8",
      DOC("format: skema/1\nprojekt:\n  navn: \xc0\xaf\n"), true, 1,
      { { RULE_YAML_ENCODING, 3, 9, "", "byte 0xc0 is not UTF-8" } } },
    { "UTF-16 surrogate in UTF-8",
      DOC("format: skema/1\nprojekt:\n  navn: \xed\xa0\x80\n"), true, 1,
      { { RULE_YAML_ENCODING, 3, 9, "", "byte 0xed is not UTF-8" } } },
    { "NUL byte",
      DOC(HEAD "skema:\n  A: {}\n\0\n"), true, 1,
      { { RULE_YAML_ENCODING, 7, 1, "", "a NUL byte" } } },
    { "UTF-16",
      DOC("\xff\xfe" "f\0o\0"), true, 1,
      { { RULE_YAML_ENCODING, 1, 1, "", "UTF-16" } } },
    { "depth limit: navn is 40 nested flow lists",
      DOC("format: skema/1\nprojekt:\n  navn: "
          "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
          "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n"
          "  boligtype: familie\nskema:\n  A: {}\n"), true, 1,
      /* the 31st list opens at column 39: 32 levels with the two maps */
      { { RULE_YAML_LIMIT, 3, 39,
          "projekt.navn[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]"
          "[0][0][0][0][0][0][0][0][0][0][0][0][0]",
          "nesting deeper than 32 levels" } } },
    /* the key path of a finding is joined when it is made: in both the
     * YAML loader and the walk over the key table, an index of two digits */
    { "an anchor on the eleventh item of a list",
      DOC("format: skema/1\nprojekt:\n"
          "  navn: [a, b, c, d, e, f, g, h, i, j, &x k]\n"
          "  boligtype: familie\nskema:\n  A: {}\n"), false, 2,
      { { RULE_VALUE_TYPE, 3, 9, "projekt.navn", "got a list" },
        { RULE_YAML_ANCHOR, 3, 40, "projekt.navn[10]", "anchor '&x'" } } },
    { "the eleventh example dwelling is not a mapping",
      DOC("format: skema/1\nprojekt:\n  navn: X\n  boligtype: familie\n"
          "renovering:\n  beskrivelse: x\n  anskaffelsessum_kr: 1\n"
          "  finansiering: {realkreditlaan_kr: 1}\n  eksempler:\n"
          EXAMPLE EXAMPLE EXAMPLE EXAMPLE EXAMPLE EXAMPLE EXAMPLE EXAMPLE
          EXAMPLE EXAMPLE "    - e\n"), false, 1,
      { { RULE_VALUE_TYPE, 20, 7, "renovering.eksempler[10]",
          "expected a mapping (example dwellings), got 'e'" } } },
    { "syntax: unclosed quote",
      DOC("format: skema/1\nprojekt:\n  navn: \"unclosed\n"
          "  boligtype: familie\n"), true, 1,
      { { RULE_YAML_SYNTAX, 5, 1, "projekt.navn",
          "while scanning a quoted scalar at line 3 column 9" } } },
    { "syntax: unclosed flow map",
      DOC(IN_A("    anskaffelsessum: {grundudgifter: 5\n")), true, 1,
      { { RULE_YAML_SYNTAX, 8, 1, "skema.A.anskaffelsessum",
          "while parsing a flow mapping at line 7 column 22" } } },
    { "the document is a list",
      DOC("- a\n- b\n"), false, 1,
      { { RULE_VALUE_TYPE, 1, 1, "", "the document is a list" } } },
    { "the document is a scalar",
      DOC("just text\n"), false, 1,
      { { RULE_VALUE_TYPE, 1, 1, "", "the document is 'just text'" } } },
    { "a list as key",
      DOC(HEAD "? [a]\n: 1\nskema:\n  A: {}\n"), false, 1,
      { { RULE_KEY_TYPE, 5, 3, "", "a key must be a plain name, not a list" } } },
    { "quoted amount",
      DOC(IN_A("    anskaffelsessum:\n      grundudgifter: \"8959000\"\n")),
      false, 1,
      { { RULE_VALUE_TYPE, 8, 22, "skema.A.anskaffelsessum.grundudgifter",
          "got quoted text \"8959000\"; write the number without quotes" } } },
    { "a stage that is a list",
      DOC(HEAD "skema:\n  A: [1]\n  B: {}\n"), false, 1,
      { { RULE_VALUE_TYPE, 6, 6, "skema.A",
          "expected a mapping (skema A), got a list" } } },
    { "a stage that is null, another given",
      DOC(HEAD "skema:\n  A:\n  B: {}\n"), false, 1,
      { { RULE_VALUE_TYPE, 6, 5, "skema.A", "got nothing; write {}" } } },
    { "spreadsheet amounts",
      DOC(IN_A("    anskaffelsessum:\n"
               "      grundudgifter: 8.959.000\n"
               "      omkostninger: 8959000 kr\n"
               "      haandvaerkerudgifter: 5.123\n"
               "      gebyrer: 8,959,000\n"
               "      i_alt: 1e6\n")), false, 5,
      { { RULE_VALUE_AMOUNT, 8, 22, "skema.A.anskaffelsessum.grundudgifter",
          "'8.959.000' is not an amount: '.' is the decimal point, not a "
          "thousands separator; did you mean 8959000?" },
        { RULE_VALUE_AMOUNT, 9, 21, "skema.A.anskaffelsessum.omkostninger",
          "did you mean 8959000?" },
        { RULE_VALUE_AMOUNT, 10, 29,
          "skema.A.anskaffelsessum.haandvaerkerudgifter",
          "at most two decimals (øre); if '.' separates thousands here, "
          "write 5123" },
        { RULE_VALUE_AMOUNT, 11, 16, "skema.A.anskaffelsessum.gebyrer",
          "did you mean 8959000?" },
        { RULE_VALUE_AMOUNT, 12, 14, "skema.A.anskaffelsessum.i_alt",
          "exponent notation is not allowed" } } },
    { "amount too large",
      DOC(IN_A("    garanti_kr: 92233720368547758.08\n")), false, 1,
      { { RULE_VALUE_AMOUNT, 7, 17, "skema.A.garanti_kr",
          "the largest amount skema holds exactly is "
          "92233720368547758.07 kr" } } },
    { "numbers out of form and range",
      DOC(HEAD "finansiering:\n"
          "  realkredit_pct: 55,51\n"
          "  grundkapital_pct: 100.5\n"
          "  beboerindskud_pct: 55.51%\n"
          "skema:\n  A:\n"
          "    boliger: 30.5\n"
          "    boligareal_m2: 0\n"
          "    afrundet_til: 0\n"), false, 6,
      { { RULE_VALUE_NUMBER, 6, 19, "finansiering.realkredit_pct",
          "'55,51' is not a percentage" },
        { RULE_VALUE_RANGE, 7, 21, "finansiering.grundkapital_pct",
          "a percentage lies from 0 to 100" },
        { RULE_VALUE_NUMBER, 8, 22, "finansiering.beboerindskud_pct",
          "without a unit" },
        { RULE_VALUE_NUMBER, 11, 14, "skema.A.boliger",
          "'30.5' is not a whole number" },
        { RULE_VALUE_RANGE, 12, 20, "skema.A.boligareal_m2",
          "it must be above zero" },
        { RULE_VALUE_RANGE, 13, 19, "skema.A.afrundet_til",
          "it must be above zero" } } },
    { "texts, enums and dates",
      DOC("format: skema/1\nprojekt:\n  navn: yes\n  boligtype: ældre\n"
          "  datoer:\n    tilsagn: 2021-02-29\n    skema_b: 15-06-2021\n"
          "    skaeringsdag: 2021-13-01\nskema:\n  A: {}\n"), false, 5,
      { { RULE_VALUE_TEXT, 3, 9, "projekt.navn",
          "unquoted 'yes' reads as a yes/no value" },
        { RULE_VALUE_ENUM, 4, 14, "projekt.boligtype",
          "'ældre' is not one of familie, aeldre, ungdom, blandet; did you "
          "mean aeldre?" },
        { RULE_VALUE_DATE, 6, 14, "projekt.datoer.tilsagn",
          "February 2021 has 28 days" },
        { RULE_VALUE_DATE, 7, 14, "projekt.datoer.skema_b",
          "did you mean 2021-06-15?" },
        { RULE_VALUE_DATE, 8, 19, "projekt.datoer.skaeringsdag",
          "there is no month 13" } } },
    { "null text and a list for an enum",
      DOC("format: skema/1\nprojekt:\n  navn:\n  boligtype: [familie]\n"
          "skema:\n  A: {}\n"), false, 2,
      { { RULE_VALUE_TEXT, 3, 8, "projekt.navn", "no text given" },
        { RULE_VALUE_TYPE, 4, 14, "projekt.boligtype",
          "got a list" } } },
    { "three independent errors, all reported",
      DOC("format: skema/2\nprojekt:\n  navn: X\n  boligtype: hus\nskema:\n"
          "  A:\n    boliger: 0\n"), false, 3,
      { { RULE_FORMAT_VERSION, 1, 9, "format", "'skema/2'" },
        { RULE_VALUE_ENUM, 4, 14, "projekt.boligtype", "'hus' is not one of" },
        { RULE_VALUE_RANGE, 7, 14, "skema.A.boliger",
          "it must be at least 1" } } },
};

static void test_invalid_documents(void **state)
{
    (void)state;
    for (size_t i = 0; i < ALEN(bad_cases); i++) {
        const struct bad_case *c = &bad_cases[i];
        struct diag_list *diags = diag_list_new();
        struct project p;
        struct project_store *store = project_load(c->yaml, c->len, &p, diags);
        diag_sort(diags);
        if (diag_count(diags) != c->count)
            dump(diags);
        EXPECT_I64((int64_t)diag_count(diags), (int64_t)c->count,
                   "%s: number of diagnostics", c->name);
        EXPECT_I64(diag_count_severity(diags, SEV_ERROR), (int64_t)c->count,
                   "%s: number of errors", c->name);
        EXPECT_I64(diag_any_unreadable(diags), c->unreadable,
                   "%s: unreadable", c->name);
        for (size_t k = 0; k < c->count; k++) {
            const struct want_diag *w = &c->want[k];
            const struct diag *d = diag_get(diags, k);
            EXPECT_STR(rule_info(d->rule)->id, rule_info(w->rule)->id,
                       "%s: diagnostic %zu rule", c->name, k);
            EXPECT_I64(d->severity, SEV_ERROR, "%s: diagnostic %zu severity",
                       c->name, k);
            EXPECT_I64(d->pos.line, w->line, "%s: diagnostic %zu line",
                       c->name, k);
            EXPECT_I64(d->pos.col, w->col, "%s: diagnostic %zu column",
                       c->name, k);
            EXPECT_STR(d->path, w->path, "%s: diagnostic %zu path", c->name,
                       k);
            EXPECT_CONTAINS(msg_of(d), w->message,
                            "%s: diagnostic %zu message", c->name, k);
        }
        project_release(store);
        diag_list_free(diags);
    }
}

/* ---- valid documents: they load without any diagnostic ----------------- */

static void test_valid_documents(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        const char *yaml;
        size_t len;
        bool stage[STAGE__COUNT];
    } cases[] = {
        { "a stage with no keys", DOC(HEAD "skema: {A: {}}\n"),
          { true, false, false } },
        { "empty stages in block style", DOC(HEAD "skema:\n  B: {}\n  C: {}\n"),
          { false, true, true } },
        { "afsatte_beloeb under C",
          DOC(HEAD "skema:\n  C:\n    afsatte_beloeb: 5\n"),
          { false, false, true } },
        { "quoted format and text values",
          DOC("\"format\": \"skema/1\"\nprojekt:\n  navn: 'yes'\n"
              "  boligtype: \"ungdom\"\nskema:\n  A: {}\n"),
          { true, false, false } },
        { "flow style throughout",
          DOC("{format: skema/1, projekt: {navn: X, boligtype: blandet}, "
              "skema: {A: {anskaffelsessum: {i_alt: 5}}, B: {}, C: {}}}"),
          { true, true, true } },
        { "a document start marker and a comment",
          DOC("# skema\n---\n" HEAD "skema:\n  A: {}\n...\n"),
          { true, false, false } },
        { "no final newline", DOC(HEAD "skema:\n  A: {boliger: 3}"),
          { true, false, false } },
    };
    for (size_t i = 0; i < ALEN(cases); i++) {
        struct diag_list *diags = diag_list_new();
        struct project p;
        struct project_store *store =
            project_load(cases[i].yaml, cases[i].len, &p, diags);
        if (diag_count(diags) != 0)
            dump(diags);
        EXPECT_I64((int64_t)diag_count(diags), 0, "%s: diagnostics",
                   cases[i].name);
        EXPECT_TRUE(p.root.set && p.format.set && p.projekt.sec.set &&
                        p.skema.sec.set && p.projekt.navn.set &&
                        p.projekt.boligtype.set,
                    "%s: the required keys", cases[i].name);
        for (int s = 0; s < STAGE__COUNT; s++)
            EXPECT_I64(p.skema.stage[s].sec.set, cases[i].stage[s],
                       "%s: stage %s set", cases[i].name,
                       stage_name((enum stage)s));
        project_release(store);
        diag_list_free(diags);
    }
}

/* ---- valid documents: every value and position of a full document ------ */

static const char full_doc[] =
    "format: skema/1\n"                                    /*  1 */
    "projekt:\n"                                           /*  2 */
    "  sagsnummer: \"18/10869\"\n"                         /*  3 */
    "  navn: Gartnergården\n"                              /*  4 */
    "  kommune: Høje-Taastrup\n"                           /*  5 */
    "  boligorganisation: 'AKB Taastrup'\n"                /*  6 */
    "  afdeling: \"7\"\n"                                  /*  7 */
    "  boligtype: aeldre\n"                                /*  8 */
    "  byggeform: lav\n"                                   /*  9 */
    "  datoer:\n"                                          /* 10 */
    "    tilsagn: 2020-02-29\n"                            /* 11 */
    "    skema_b: \"2021-06-15\"\n"                        /* 12 */
    "    skaeringsdag: 2000-02-29\n"                       /* 13 */
    "    skema_c_indsendt: 2021-12-31\n"                   /* 14 */
    "finansiering:\n"                                      /* 15 */
    "  realkredit_pct: 88\n"                               /* 16 */
    "  grundkapital_pct: 10\n"                             /* 17 */
    "  beboerindskud_pct: 2\n"                             /* 18 */
    "garanti:\n"                                           /* 19 */
    "  pct: 55.51\n"                                       /* 20 */
    "  ejendomsvaerdi_kr: 0.5\n"                           /* 21 */
    "maksimumsbeloeb:\n"                                   /* 22 */
    "  kr_m2: 24_500\n"                                    /* 23 */
    "skema:\n"                                             /* 24 */
    "  A:\n"                                               /* 25 */
    "    boliger: 30\n"                                    /* 26 */
    "    bruttoetageareal_m2: 1950.25\n"                   /* 27 */
    "    boligareal_m2: 1800.000001\n"                     /* 28 */
    "    anskaffelsessum:\n"                               /* 29 */
    "      grundudgifter: 14_744_000\n"                    /* 30 */
    "      haandvaerkerudgifter: 42661000.5\n"             /* 31 */
    "      omkostninger: 0\n"                              /* 32 */
    "      gebyrer: 0.05\n"                                /* 33 */
    "      i_alt: 65_893_137\n"                            /* 34 */
    "    afrundet_til: 1000\n"                             /* 35 */
    "    husleje_kr_m2: 1481\n"                            /* 36 */
    "  C:\n"                                               /* 37 */
    "    fordeling:\n"                                     /* 38 */
    "      familie:\n"                                     /* 39 */
    "        boliger: 10\n"                                /* 40 */
    "        bruttoetageareal_m2: 100\n"                   /* 41 */
    "      ungdom: {boliger: 20, boligareal_m2: 0.000001}\n" /* 42 */
    "    realkreditlaan_kr: 92233720368547758.07\n"        /* 43 */
    "    grundkapital_kr: 6_589_000\n"                     /* 44 */
    "    beboerindskud_kr: 1\n"                            /* 45 */
    "    garanti_kr: 2\n"                                  /* 46 */
    "    afsatte_beloeb: 1_852_000\n";                     /* 47 */

#define PV(member) offsetof(struct project, member)
#define SA(member) PV(skema.stage[STAGE_A].member)
#define SC(member) PV(skema.stage[STAGE_C].member)

enum what { VAL, VAL_UNSET, SEC, SEC_UNSET };

struct want_val {
    const char *name;
    size_t offset;            /* of the struct val or struct section */
    enum what what;
    int64_t n;
    const char *text;         /* text values only */
    uint32_t line, col;
};

static const struct want_val full_values[] = {
    { "root", PV(root), SEC, 0, NULL, 1, 1 },
    { "format", PV(format), VAL, 0, "skema/1", 1, 9 },
    { "projekt", PV(projekt.sec), SEC, 0, NULL, 2, 1 },
    { "sagsnummer", PV(projekt.sagsnummer), VAL, 0, "18/10869", 3, 15 },
    { "navn", PV(projekt.navn), VAL, 0, "Gartnergården", 4, 9 },
    { "kommune", PV(projekt.kommune), VAL, 0, "Høje-Taastrup", 5, 12 },
    { "boligorganisation", PV(projekt.boligorganisation), VAL, 0,
      "AKB Taastrup", 6, 22 },
    { "afdeling", PV(projekt.afdeling), VAL, 0, "7", 7, 13 },
    { "boligtype", PV(projekt.boligtype), VAL, HOUSING_AELDRE, NULL, 8, 14 },
    { "byggeform", PV(projekt.byggeform), VAL, FORM_LAV, NULL, 9, 14 },
    { "datoer", PV(projekt.datoer.sec), SEC, 0, NULL, 10, 3 },
    { "tilsagn", PV(projekt.datoer.tilsagn), VAL, 20200229, NULL, 11, 14 },
    { "skema_b", PV(projekt.datoer.skema_b), VAL, 20210615, NULL, 12, 14 },
    { "skaeringsdag", PV(projekt.datoer.skaeringsdag), VAL, 20000229, NULL,
      13, 19 },
    { "skema_c_indsendt", PV(projekt.datoer.skema_c_indsendt), VAL, 20211231,
      NULL, 14, 23 },
    { "finansiering", PV(finansiering.sec), SEC, 0, NULL, 15, 1 },
    { "realkredit_pct", PV(finansiering.realkredit_pct), VAL, 88000000, NULL,
      16, 19 },
    { "grundkapital_pct", PV(finansiering.grundkapital_pct), VAL, 10000000,
      NULL, 17, 21 },
    { "beboerindskud_pct", PV(finansiering.beboerindskud_pct), VAL, 2000000,
      NULL, 18, 22 },
    { "garanti", PV(garanti.sec), SEC, 0, NULL, 19, 1 },
    { "garanti.pct", PV(garanti.pct), VAL, 55510000, NULL, 20, 8 },
    { "ejendomsvaerdi_kr", PV(garanti.ejendomsvaerdi_kr), VAL, 50, NULL, 21,
      22 },
    { "maksimumsbeloeb", PV(maksimumsbeloeb.sec), SEC, 0, NULL, 22, 1 },
    { "kr_m2", PV(maksimumsbeloeb.kr_m2), VAL, 2450000, NULL, 23, 10 },
    { "skema", PV(skema.sec), SEC, 0, NULL, 24, 1 },
    { "A", SA(sec), SEC, 0, NULL, 25, 3 },
    { "B", PV(skema.stage[STAGE_B].sec), SEC_UNSET, 0, NULL, 0, 0 },
    { "C", SC(sec), SEC, 0, NULL, 37, 3 },
    { "A.boliger", SA(boliger), VAL, 30, NULL, 26, 14 },
    { "A.bruttoetageareal_m2", SA(bruttoetageareal_m2), VAL, 1950250000, NULL,
      27, 26 },
    { "A.boligareal_m2", SA(boligareal_m2), VAL, 1800000001, NULL, 28, 20 },
    { "A.anskaffelsessum", SA(anskaffelsessum.sec), SEC, 0, NULL, 29, 5 },
    { "A.grundudgifter", SA(anskaffelsessum.line[LINE_GRUND]), VAL,
      1474400000, NULL, 30, 22 },
    { "A.haandvaerkerudgifter", SA(anskaffelsessum.line[LINE_HAANDVAERKER]),
      VAL, 4266100050, NULL, 31, 29 },
    { "A.omkostninger", SA(anskaffelsessum.line[LINE_OMKOSTNINGER]), VAL, 0,
      NULL, 32, 21 },
    { "A.gebyrer", SA(anskaffelsessum.line[LINE_GEBYRER]), VAL, 5, NULL, 33,
      16 },
    { "A.i_alt", SA(anskaffelsessum.i_alt), VAL, 6589313700, NULL, 34, 14 },
    { "A.afrundet_til", SA(afrundet_til), VAL, 100000, NULL, 35, 19 },
    { "A.husleje_kr_m2", SA(husleje_kr_m2), VAL, 148100, NULL, 36, 20 },
    { "A.fordeling", SA(fordeling.sec), SEC_UNSET, 0, NULL, 0, 0 },
    { "A.realkreditlaan_kr", SA(realkreditlaan_kr), VAL_UNSET, 0, NULL, 0, 0 },
    { "A.afsatte_beloeb", SA(afsatte_beloeb), VAL_UNSET, 0, NULL, 0, 0 },
    { "C.boliger", SC(boliger), VAL_UNSET, 0, NULL, 0, 0 },
    { "C.anskaffelsessum", SC(anskaffelsessum.sec), SEC_UNSET, 0, NULL, 0, 0 },
    { "C.i_alt", SC(anskaffelsessum.i_alt), VAL_UNSET, 0, NULL, 0, 0 },
    { "C.fordeling", SC(fordeling.sec), SEC, 0, NULL, 38, 5 },
    { "C.familie", SC(fordeling.type[HOUSING_FAMILIE].sec), SEC, 0, NULL, 39,
      7 },
    { "C.familie.boliger", SC(fordeling.type[HOUSING_FAMILIE].boliger), VAL,
      10, NULL, 40, 18 },
    { "C.familie.bruttoetageareal_m2",
      SC(fordeling.type[HOUSING_FAMILIE].bruttoetageareal_m2), VAL, 100000000,
      NULL, 41, 30 },
    { "C.familie.boligareal_m2",
      SC(fordeling.type[HOUSING_FAMILIE].boligareal_m2), VAL_UNSET, 0, NULL,
      0, 0 },
    { "C.aeldre", SC(fordeling.type[HOUSING_AELDRE].sec), SEC_UNSET, 0, NULL,
      0, 0 },
    { "C.ungdom", SC(fordeling.type[HOUSING_UNGDOM].sec), SEC, 0, NULL, 42,
      7 },
    { "C.ungdom.boliger", SC(fordeling.type[HOUSING_UNGDOM].boliger), VAL, 20,
      NULL, 42, 25 },
    { "C.ungdom.boligareal_m2",
      SC(fordeling.type[HOUSING_UNGDOM].boligareal_m2), VAL, 1, NULL, 42, 44 },
    { "C.realkreditlaan_kr", SC(realkreditlaan_kr), VAL, INT64_MAX, NULL, 43,
      24 },
    { "C.grundkapital_kr", SC(grundkapital_kr), VAL, 658900000, NULL, 44,
      22 },
    { "C.beboerindskud_kr", SC(beboerindskud_kr), VAL, 100, NULL, 45, 23 },
    { "C.garanti_kr", SC(garanti_kr), VAL, 200, NULL, 46, 17 },
    { "C.afsatte_beloeb", SC(afsatte_beloeb), VAL, 185200000, NULL, 47, 21 },
};

static void check_values(const char *doc_name, const struct project *p,
                         const struct want_val *want, size_t count)
{
    const char *base = (const char *)p;
    for (size_t i = 0; i < count; i++) {
        const struct want_val *w = &want[i];
        if (w->what == SEC || w->what == SEC_UNSET) {
            const struct section *s =
                (const struct section *)(const void *)(base + w->offset);
            EXPECT_I64(s->set, w->what == SEC, "%s: %s set", doc_name,
                       w->name);
            if (w->what == SEC_UNSET)
                continue;
            EXPECT_I64(s->pos.line, w->line, "%s: %s line", doc_name, w->name);
            EXPECT_I64(s->pos.col, w->col, "%s: %s column", doc_name,
                       w->name);
            continue;
        }
        const struct val *v =
            (const struct val *)(const void *)(base + w->offset);
        EXPECT_I64(v->set, w->what == VAL, "%s: %s set", doc_name, w->name);
        if (w->what == VAL_UNSET)
            continue;
        if (w->text)
            EXPECT_STR(v->text, w->text, "%s: %s text", doc_name, w->name);
        else
            EXPECT_I64(v->n, w->n, "%s: %s value", doc_name, w->name);
        EXPECT_I64(v->pos.line, w->line, "%s: %s line", doc_name, w->name);
        EXPECT_I64(v->pos.col, w->col, "%s: %s column", doc_name, w->name);
    }
}

static void test_full_document(void **state)
{
    (void)state;
    struct diag_list *diags = diag_list_new();
    struct project p;
    struct project_store *store =
        project_load(full_doc, sizeof full_doc - 1, &p, diags);
    if (diag_count(diags) != 0)
        dump(diags);
    EXPECT_I64((int64_t)diag_count(diags), 0, "full document: diagnostics");
    check_values("full document", &p, full_values, ALEN(full_values));
    project_release(store);
    diag_list_free(diags);
}

/* ---- valid documents: one value each ------------------------------------ */

static void test_values(void **state)
{
    (void)state;
    static const struct {
        const char *yaml;
        size_t len;
        struct want_val want;
    } cases[] = {
        /* amounts in øre */
        { DOC(IN_A("    anskaffelsessum:\n      i_alt: 65_893_137\n")),
          { "i_alt 65_893_137", SA(anskaffelsessum.i_alt), VAL, 6589313700,
            NULL, 8, 14 } },
        { DOC(IN_A("    anskaffelsessum:\n      i_alt: 0.5\n")),
          { "i_alt 0.5", SA(anskaffelsessum.i_alt), VAL, 50, NULL, 8, 14 } },
        { DOC(IN_A("    anskaffelsessum:\n      i_alt: 0\n")),
          { "i_alt 0", SA(anskaffelsessum.i_alt), VAL, 0, NULL, 8, 14 } },
        { DOC(IN_A("    anskaffelsessum:\n      i_alt: 8959000.05\n")),
          { "i_alt 8959000.05", SA(anskaffelsessum.i_alt), VAL, 895900005,
            NULL, 8, 14 } },
        { DOC(IN_A("    anskaffelsessum:\n"
                   "      i_alt: 92_233_720_368_547_758.07\n")),
          { "i_alt largest", SA(anskaffelsessum.i_alt), VAL, INT64_MAX, NULL,
            8, 14 } },
        { DOC(IN_A("    husleje_kr_m2: 1_481.5\n")),
          { "husleje_kr_m2", SA(husleje_kr_m2), VAL, 148150, NULL, 7, 20 } },
        { DOC(IN_A("    afrundet_til: 0.01\n")),
          { "afrundet_til 0.01", SA(afrundet_til), VAL, 1, NULL, 7, 19 } },
        { DOC(IN_TOP("garanti:\n  ejendomsvaerdi_kr: 70_000_000\n")),
          { "ejendomsvaerdi_kr", PV(garanti.ejendomsvaerdi_kr), VAL,
            7000000000, NULL, 6, 22 } },
        /* percentages and areas in millionths */
        { DOC(IN_TOP("garanti:\n  pct: 55.51\n")),
          { "pct 55.51", PV(garanti.pct), VAL, 55510000, NULL, 6, 8 } },
        { DOC(IN_TOP("garanti:\n  pct: 100\n")),
          { "pct 100", PV(garanti.pct), VAL, DEC_HUNDRED, NULL, 6, 8 } },
        { DOC(IN_TOP("garanti:\n  pct: 0\n")),
          { "pct 0", PV(garanti.pct), VAL, 0, NULL, 6, 8 } },
        { DOC(IN_TOP("finansiering:\n  grundkapital_pct: 0.000001\n")),
          { "pct 0.000001", PV(finansiering.grundkapital_pct), VAL, 1, NULL, 6,
            21 } },
        { DOC(IN_A("    bruttoetageareal_m2: 1950.25\n")),
          { "area 1950.25", SA(bruttoetageareal_m2), VAL, 1950250000, NULL, 7,
            26 } },
        { DOC(IN_A("    boligareal_m2: 1_950\n")),
          { "area 1_950", SA(boligareal_m2), VAL, 1950000000, NULL, 7, 20 } },
        /* counts */
        { DOC(IN_A("    boliger: 1\n")),
          { "boliger 1", SA(boliger), VAL, 1, NULL, 7, 14 } },
        { DOC(IN_A("    boliger: 1_000\n")),
          { "boliger 1_000", SA(boliger), VAL, 1000, NULL, 7, 14 } },
        { DOC(IN_A("    boliger: 9223372036854775807\n")),
          { "boliger largest", SA(boliger), VAL, INT64_MAX, NULL, 7, 14 } },
        /* dates as YYYYMMDD */
        { DOC(IN_PROJEKT("  boligtype: familie\n  datoer:\n"
                         "    tilsagn: 2020-02-29\n")),
          { "leap day 2020", PV(projekt.datoer.tilsagn), VAL, 20200229, NULL,
            6, 14 } },
        { DOC(IN_PROJEKT("  boligtype: familie\n  datoer:\n"
                         "    tilsagn: 2000-02-29\n")),
          { "leap day 2000", PV(projekt.datoer.tilsagn), VAL, 20000229, NULL,
            6, 14 } },
        { DOC(IN_PROJEKT("  boligtype: familie\n  datoer:\n"
                         "    skema_b: '2021-12-31'\n")),
          { "quoted date", PV(projekt.datoer.skema_b), VAL, 20211231, NULL, 6,
            14 } },
        { DOC(IN_PROJEKT("  boligtype: familie\n  datoer:\n"
                         "    skaeringsdag: 2021-01-01\n")),
          { "first of January", PV(projekt.datoer.skaeringsdag), VAL,
            20210101, NULL, 6, 19 } },
        /* enums as their index */
        { DOC(IN_PROJEKT("  boligtype: familie\n")),
          { "familie", PV(projekt.boligtype), VAL, HOUSING_FAMILIE, NULL, 4,
            14 } },
        { DOC(IN_PROJEKT("  boligtype: aeldre\n")),
          { "aeldre", PV(projekt.boligtype), VAL, HOUSING_AELDRE, NULL, 4,
            14 } },
        { DOC(IN_PROJEKT("  boligtype: ungdom\n")),
          { "ungdom", PV(projekt.boligtype), VAL, HOUSING_UNGDOM, NULL, 4,
            14 } },
        { DOC(IN_PROJEKT("  boligtype: \"blandet\"\n")),
          { "blandet", PV(projekt.boligtype), VAL, HOUSING_BLANDET, NULL, 4,
            14 } },
        { DOC(IN_PROJEKT("  boligtype: familie\n  byggeform: etage\n")),
          { "etage", PV(projekt.byggeform), VAL, FORM_ETAGE, NULL, 5, 14 } },
        { DOC(IN_PROJEKT("  boligtype: familie\n  byggeform: lav\n")),
          { "lav", PV(projekt.byggeform), VAL, FORM_LAV, NULL, 5, 14 } },
        /* text */
        { DOC(IN_PROJEKT("  boligtype: familie\n  afdeling: 12\n")),
          { "number as text", PV(projekt.afdeling), VAL, 0, "12", 5, 13 } },
        { DOC(IN_PROJEKT("  boligtype: familie\n  kommune: \"yes\"\n")),
          { "quoted yes", PV(projekt.kommune), VAL, 0, "yes", 5, 12 } },
        { DOC(IN_PROJEKT("  boligtype: familie\n"
                         "  sagsnummer: \"18/10869\"  # the case\n")),
          { "text and comment", PV(projekt.sagsnummer), VAL, 0, "18/10869", 5,
            15 } },
        /* sections */
        { DOC(HEAD "skema: {A: {}}\n"),
          { "flow stage", SA(sec), SEC, 0, NULL, 5, 9 } },
        { DOC(HEAD "skema:\n  C:\n    afsatte_beloeb: 5\n"),
          { "C afsatte_beloeb", SC(afsatte_beloeb), VAL, 500, NULL, 7, 21 } },
    };
    for (size_t i = 0; i < ALEN(cases); i++) {
        struct diag_list *diags = diag_list_new();
        struct project p;
        struct project_store *store =
            project_load(cases[i].yaml, cases[i].len, &p, diags);
        if (diag_count(diags) != 0)
            dump(diags);
        EXPECT_I64((int64_t)diag_count(diags), 0, "%s: diagnostics",
                   cases[i].want.name);
        check_values(cases[i].want.name, &p, &cases[i].want, 1);
        project_release(store);
        diag_list_free(diags);
    }
}

/* ---- CRLF line ends and a byte-order mark -------------------------------- */

static void test_crlf_and_bom(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        const char *yaml;
        size_t len;
    } cases[] = {
        { "LF", DOC("format: skema/1\nprojekt:\n  navn: Gården\n"
                    "  boligtype: ungdom\nskema:\n  A:\n    boliger: 3\n"
                    "    anskaffelsessum: {i_alt: 1_000}\n") },
        { "CRLF", DOC("format: skema/1\r\nprojekt:\r\n  navn: Gården\r\n"
                      "  boligtype: ungdom\r\nskema:\r\n  A:\r\n"
                      "    boliger: 3\r\n"
                      "    anskaffelsessum: {i_alt: 1_000}\r\n") },
        { "BOM", DOC("\xef\xbb\xbf" "format: skema/1\nprojekt:\n"
                     "  navn: Gården\n  boligtype: ungdom\nskema:\n  A:\n"
                     "    boliger: 3\n    anskaffelsessum: {i_alt: 1_000}\n") },
        { "BOM and CRLF",
          DOC("\xef\xbb\xbf" "format: skema/1\r\nprojekt:\r\n"
              "  navn: Gården\r\n  boligtype: ungdom\r\nskema:\r\n  A:\r\n"
              "    boliger: 3\r\n    anskaffelsessum: {i_alt: 1_000}\r\n") },
    };
    static const struct want_val want[] = {
        { "format", PV(format), VAL, 0, "skema/1", 1, 9 },
        { "navn", PV(projekt.navn), VAL, 0, "Gården", 3, 9 },
        { "boligtype", PV(projekt.boligtype), VAL, HOUSING_UNGDOM, NULL, 4,
          14 },
        { "A", SA(sec), SEC, 0, NULL, 6, 3 },
        { "boliger", SA(boliger), VAL, 3, NULL, 7, 14 },
        { "i_alt", SA(anskaffelsessum.i_alt), VAL, 100000, NULL, 8, 30 },
    };
    for (size_t i = 0; i < ALEN(cases); i++) {
        struct diag_list *diags = diag_list_new();
        struct project p;
        struct project_store *store =
            project_load(cases[i].yaml, cases[i].len, &p, diags);
        if (diag_count(diags) != 0)
            dump(diags);
        EXPECT_I64((int64_t)diag_count(diags), 0, "%s: diagnostics",
                   cases[i].name);
        check_values(cases[i].name, &p, want, ALEN(want));
        project_release(store);
        diag_list_free(diags);
    }
    /* an error after CRLF lines and a BOM is placed as in the LF file */
    static const struct {
        const char *name;
        const char *yaml;
        size_t len;
    } bad[] = {
        { "CRLF", DOC("format: skema/1\r\nprojekt:\r\n  navn: X\r\n"
                      "  boligtype: familie\r\nskema:\r\n  A:\r\n"
                      "    boliger: 3\r\n    bogus: 1\r\n") },
        { "BOM", DOC("\xef\xbb\xbf" "format: skema/1\nprojekt:\n  navn: X\n"
                     "  boligtype: familie\nskema:\n  A:\n    boliger: 3\n"
                     "    bogus: 1\n") },
    };
    for (size_t i = 0; i < ALEN(bad); i++) {
        struct diag_list *diags = diag_list_new();
        struct project p;
        struct project_store *store =
            project_load(bad[i].yaml, bad[i].len, &p, diags);
        EXPECT_I64((int64_t)diag_count(diags), 1, "%s bogus: diagnostics",
                   bad[i].name);
        const struct diag *d = diag_get(diags, 0);
        EXPECT_I64(d->rule, RULE_KEY_UNKNOWN, "%s bogus: rule", bad[i].name);
        EXPECT_I64(d->pos.line, 8, "%s bogus: line", bad[i].name);
        EXPECT_I64(d->pos.col, 5, "%s bogus: column", bad[i].name);
        EXPECT_STR(d->path, "skema.A.bogus", "%s bogus: path", bad[i].name);
        project_release(store);
        diag_list_free(diags);
    }
}

/* The data need not be NUL-terminated: only data[0..len) is read. */
static void test_length_bounded(void **state)
{
    (void)state;
    static const char text[] =
        HEAD "skema:\n  A:\n    boliger: 3\n" "    bogus: 1\n";
    size_t len = strlen(HEAD "skema:\n  A:\n    boliger: 3\n");
    char *copy = test_malloc(len);
    memcpy(copy, text, len);   /* no NUL after it */
    struct diag_list *diags = diag_list_new();
    struct project p;
    struct project_store *store = project_load(copy, len, &p, diags);
    if (diag_count(diags) != 0)
        dump(diags);
    EXPECT_I64((int64_t)diag_count(diags), 0, "bounded: diagnostics");
    EXPECT_I64(p.skema.stage[STAGE_A].boliger.n, 3, "bounded: boliger");
    project_release(store);
    diag_list_free(diags);
    test_free(copy);
}

/* ---- the rule table --------------------------------------------------------- */

static bool is_kebab(const char *s)
{
    if (!*s || *s == '-')
        return false;
    for (const char *c = s; *c; c++) {
        if (*c == '-') {
            if (c[1] == '-' || c[1] == '\0')
                return false;
        } else if (*c < 'a' || *c > 'z') {
            return false;
        }
    }
    return true;
}

static void test_rules(void **state)
{
    (void)state;
    static const struct {
        enum rule rule;
        const char *id;
        enum severity severity;
        bool unreadable;
    } table[] = {
        { RULE_YAML_SYNTAX, "yaml-syntax", SEV_ERROR, true },
        { RULE_YAML_ENCODING, "yaml-encoding", SEV_ERROR, true },
        { RULE_YAML_DOCUMENTS, "yaml-documents", SEV_ERROR, true },
        { RULE_YAML_LIMIT, "yaml-limit", SEV_ERROR, true },
        { RULE_YAML_ANCHOR, "yaml-anchor", SEV_ERROR, false },
        { RULE_YAML_TAG, "yaml-tag", SEV_ERROR, false },
        { RULE_FORMAT_VERSION, "format-version", SEV_ERROR, false },
        { RULE_KEY_UNKNOWN, "key-unknown", SEV_ERROR, false },
        { RULE_KEY_DUPLICATE, "key-duplicate", SEV_ERROR, false },
        { RULE_KEY_REQUIRED, "key-required", SEV_ERROR, false },
        { RULE_KEY_ONLY_C, "key-only-c", SEV_ERROR, false },
        { RULE_KEY_TYPE, "key-type", SEV_ERROR, false },
        { RULE_VALUE_TYPE, "value-type", SEV_ERROR, false },
        { RULE_VALUE_TEXT, "value-text", SEV_ERROR, false },
        { RULE_VALUE_ENUM, "value-enum", SEV_ERROR, false },
        { RULE_VALUE_DATE, "value-date", SEV_ERROR, false },
        { RULE_VALUE_AMOUNT, "value-amount", SEV_ERROR, false },
        { RULE_VALUE_NUMBER, "value-number", SEV_ERROR, false },
        { RULE_VALUE_RANGE, "value-range", SEV_ERROR, false },
        { RULE_SUM_LINES, "sum-lines", SEV_ERROR, false },
        { RULE_SPLIT_TYPE, "split-type", SEV_ERROR, false },
        { RULE_SPLIT_TOTAL, "split-total", SEV_ERROR, false },
        { RULE_COMPARE_STAGES, "compare-stages", SEV_NOTE, false },
        { RULE_FINANCE_SHARES, "finance-shares", SEV_ERROR, false },
        { RULE_FINANCE_AMOUNT, "finance-amount", SEV_ERROR, false },
        { RULE_GUARANTEE_AMOUNT, "guarantee-amount", SEV_ERROR, false },
    };
    for (int r = 0; r < RULE__COUNT; r++) {
        const struct rule_info *info = rule_info((enum rule)r);
        EXPECT_TRUE(info != NULL, "rule_info(%d)", r);
        EXPECT_TRUE(info->id && is_kebab(info->id),
                    "rule %d id \"%s\" is lower-case kebab-case", r,
                    info->id ? info->id : "(null)");
        EXPECT_TRUE(info->title && info->title[0], "rule %s title", info->id);
        EXPECT_TRUE(info->basis && info->basis[0], "rule %s basis", info->id);
        EXPECT_TRUE(info->explain && info->explain[0], "rule %s explain",
                    info->id);
        EXPECT_TRUE(info->severity == SEV_NOTE ||
                        info->severity == SEV_WARNING ||
                        info->severity == SEV_ERROR,
                    "rule %s severity", info->id);
        for (int s = 0; s < r; s++)
            EXPECT_TRUE(strcmp(info->id, rule_info((enum rule)s)->id) != 0,
                        "rule %d and rule %d share the id %s", r, s, info->id);
        enum rule found = RULE__COUNT;
        EXPECT_TRUE(rule_by_id(info->id, &found), "rule_by_id(\"%s\")",
                    info->id);
        EXPECT_I64(found, r, "rule_by_id(\"%s\")", info->id);
    }
    for (size_t i = 0; i < ALEN(table); i++) {
        const struct rule_info *info = rule_info(table[i].rule);
        EXPECT_STR(info->id, table[i].id, "rule %d id", (int)table[i].rule);
        EXPECT_I64(info->severity, table[i].severity, "rule %s severity",
                   table[i].id);
        EXPECT_I64(info->unreadable, table[i].unreadable,
                   "rule %s unreadable", table[i].id);
    }

    EXPECT_TRUE(rule_info(RULE__COUNT) == NULL, "rule_info(RULE__COUNT)");
    EXPECT_TRUE(rule_info((enum rule)(RULE__COUNT + 100)) == NULL,
                "rule_info(RULE__COUNT + 100)");
    EXPECT_TRUE(rule_info((enum rule)-1) == NULL, "rule_info(-1)");

    static const char *const not_ids[] = {
        "nope", "", "sum-line", "sum-lines ", "Sum-Lines", "SUM-LINES",
        "sum_lines", "-sum-lines",
    };
    for (size_t i = 0; i < ALEN(not_ids); i++) {
        enum rule out = RULE_VALUE_TEXT;
        EXPECT_TRUE(!rule_by_id(not_ids[i], &out), "rule_by_id(\"%s\")",
                    not_ids[i]);
        EXPECT_I64(out, RULE_VALUE_TEXT, "rule_by_id(\"%s\") touched *out",
                   not_ids[i]);
    }

    EXPECT_STR(severity_name(SEV_NOTE), "note", "severity_name");
    EXPECT_STR(severity_name(SEV_WARNING), "warning", "severity_name");
    EXPECT_STR(severity_name(SEV_ERROR), "error", "severity_name");
}

/* ---- the diagnostics list ----------------------------------------------------- */


/* A list item's part of a key path, at the edges of its digits. */
static void test_index_text(void **state)
{
    (void)state;
    static const struct { size_t i; const char *want; } c[] = {
        { 0, "[0]" }, { 9, "[9]" }, { 10, "[10]" }, { 199999, "[199999]" },
        { (size_t)4294967295u, "[4294967295]" },
    };
    for (size_t k = 0; k < ALEN(c); k++) {
        char out[YDOC_INDEX_MAX + 1];
        size_t len = ydoc_index_text(out, c[k].i);
        out[len] = '\0';
        EXPECT_STR(out, c[k].want, "index %zu", c[k].i);
    }
}

/* A note of what could not be done: its kind's words, then the reason;
 * the reason alone for the committee; a WHOLE one as it is. */
static void test_diag_unchecked(void **state)
{
    (void)state;
    static const struct {
        enum unchecked kind;
        const char *en, *da;
    } c[] = {
        { UNCHECKED_CHECKED, "not checked: ", "ikke kontrolleret: " },
        { UNCHECKED_PER_TYPE, "not checked per type: ",
          "ikke kontrolleret pr. boligtype: " },
        { UNCHECKED_COMPUTED, "not computed: ", "ikke beregnet: " },
        { UNCHECKED_DECIDED, "not decided: ", "ikke afgjort: " },
        { UNCHECKED_COMPARED, "not compared: ", "ikke sammenlignet: " },
        { UNCHECKED_WHOLE, "", "" },
    };
    struct diag_list *list = diag_list_new();
    struct strbuf sb = STRBUF_INIT, want = STRBUF_INIT;
    for (size_t i = 0; i < ALEN(c); i++) {
        diag_unchecked(list, RULE_CAP_LIMIT, (struct pos){ 1, 1 }, "x",
                       c[i].kind, "reason {n}", ARGS(ARG_INT("n", (int64_t)i)));
        const struct diag *d = diag_get(list, i);
        EXPECT_I64(d->severity, SEV_NOTE, "kind %zu: a note", i);
        EXPECT_I64(d->unchecked, c[i].kind, "kind %zu kept", i);
        strbuf_reset(&want);
        strbuf_addf(&want, "%sreason %zu", c[i].en, i);
        EXPECT_STR(diag_text(&sb, d, LANG_EN), want.buf, "kind %zu, English", i);
        strbuf_reset(&want);
        strbuf_addf(&want, "%sreason %zu", c[i].da, i);
        EXPECT_STR(diag_text(&sb, d, LANG_DA), want.buf, "kind %zu, Danish", i);
        strbuf_reset(&sb);
        diag_reason(&sb, d, LANG_DA);
        strbuf_reset(&want);
        strbuf_addf(&want, "reason %zu", i);
        EXPECT_STR(sb.buf, want.buf, "kind %zu, the reason alone", i);
    }
    diag_add(list, RULE_SUM_LINES, (struct pos){ 1, 1 }, "", "found", NO_ARGS);
    EXPECT_I64(diag_get(list, ALEN(c))->unchecked, UNCHECKED_NONE,
               "a finding is of what was checked");
    strbuf_release(&sb);
    strbuf_release(&want);
    diag_list_free(list);
}

static void test_diag_list(void **state)
{
    (void)state;
    struct diag_list *list = diag_list_new();
    EXPECT_I64((int64_t)diag_count(list), 0, "new list");
    EXPECT_TRUE(diag_get(list, 0) == NULL, "diag_get on an empty list");

    diag_add(list, RULE_SUM_LINES, (struct pos){ 4, 2 }, "skema.C",
             "{what} {n}", ARGS(ARG_TEXT("what", "lines"), ARG_INT("n", 3)));
    diag_note(list, RULE_SUM_LINES, (struct pos){ 5, 1 }, NULL, "note {x}",
              ARGS(ARG_TEXT("x", "only")));
    diag_add(list, RULE_COMPARE_STAGES, (struct pos){ 0, 0 }, "", "compare",
             NO_ARGS);
    EXPECT_I64((int64_t)diag_count(list), 3, "three added");
    EXPECT_I64((int64_t)diag_count_severity(list, SEV_ERROR), 1, "errors");
    EXPECT_I64((int64_t)diag_count_severity(list, SEV_NOTE), 2, "notes");
    EXPECT_I64((int64_t)diag_count_severity(list, SEV_WARNING), 0,
               "warnings");
    EXPECT_TRUE(!diag_any_unreadable(list), "none unreadable");

    const struct diag *d = diag_get(list, 0);
    EXPECT_I64(d->rule, RULE_SUM_LINES, "diag 0 rule");
    EXPECT_I64(d->severity, SEV_ERROR, "diag_add takes the policy severity");
    EXPECT_STR(d->path, "skema.C", "diag 0 path");
    EXPECT_STR(msg_of(d), "lines 3", "diag 0 message");
    d = diag_get(list, 1);
    EXPECT_I64(d->severity, SEV_NOTE, "diag_note is always a note");
    EXPECT_STR(d->path, "", "a NULL path is the document");
    EXPECT_STR(msg_of(d), "note only", "diag 1 message");
    d = diag_get(list, 2);
    EXPECT_I64(d->severity, SEV_NOTE, "compare-stages is a note by policy");
    EXPECT_TRUE(diag_get(list, 3) == NULL, "diag_get past the end");

    /* the path and message are copies */
    char path[16] = "skema.A";
    char arg[16] = "text";
    diag_add(list, RULE_YAML_SYNTAX, (struct pos){ 1, 1 }, path, "{a}",
             ARGS(ARG_TEXT("a", arg)));
    strcpy(path, "changed");
    strcpy(arg, "changed");
    d = diag_get(list, 3);
    EXPECT_STR(d->path, "skema.A", "the path is copied");
    EXPECT_STR(msg_of(d), "text", "the message is copied");
    EXPECT_TRUE(diag_any_unreadable(list), "yaml-syntax is unreadable");

    diag_list_free(list);
    diag_list_free(NULL);
}

static void test_diag_sort(void **state)
{
    (void)state;
    /* added in this order; `order` is where each must end up */
    static const struct {
        uint32_t line, col;
        const char *tag;
    } added[] = {
        { 7, 3, "a" }, { 2, 9, "b" }, { 7, 1, "c" }, { 2, 9, "d" },
        { 0, 0, "e" }, { 12, 1, "f" }, { 2, 10, "g" }, { 7, 3, "h" },
        { 1, 1, "i" }, { 2, 9, "j" }, { 0, 0, "k" }, { 3, 1, "l" },
        { 100, 2, "m" }, { 10, 1, "n" }, { 9, 99, "o" }, { 7, 3, "p" },
    };
    /* by line, then column; equal places keep the order of adding */
    static const char *const order[] = {
        "e", "k", "i", "b", "d", "j", "g", "l", "c", "a", "h", "p", "o", "n",
        "f", "m",
    };
    assert_int_equal(ALEN(added), ALEN(order));
    struct diag_list *list = diag_list_new();
    for (size_t i = 0; i < ALEN(added); i++)
        diag_add(list, RULE_KEY_UNKNOWN, (struct pos){ added[i].line,
                 added[i].col }, added[i].tag, "{t}", ARGS(ARG_TEXT("t", added[i].tag)));
    diag_sort(list);
    EXPECT_I64((int64_t)diag_count(list), (int64_t)ALEN(order), "sorted");
    for (size_t i = 0; i < ALEN(order); i++) {
        const struct diag *d = diag_get(list, i);
        EXPECT_STR(msg_of(d), order[i], "sorted position %zu", i);
        EXPECT_STR(d->path, order[i], "sorted position %zu path", i);
    }
    /* sorting again changes nothing */
    diag_sort(list);
    for (size_t i = 0; i < ALEN(order); i++)
        EXPECT_STR(msg_of(diag_get(list, i)), order[i],
                   "sorted twice, position %zu", i);
    diag_list_free(list);

    /* an empty list and a list of one */
    list = diag_list_new();
    diag_sort(list);
    EXPECT_I64((int64_t)diag_count(list), 0, "empty list sorted");
    diag_add(list, RULE_KEY_UNKNOWN, (struct pos){ 3, 3 }, "x", "only", NO_ARGS);
    diag_sort(list);
    EXPECT_STR(msg_of(diag_get(list, 0)), "only", "list of one sorted");
    diag_list_free(list);
}

/* ---- the names of stages, lines and housing types ------------------------ */

static void test_names(void **state)
{
    (void)state;
    EXPECT_STR(stage_name(STAGE_A), "A", "stage_name");
    EXPECT_STR(stage_name(STAGE_B), "B", "stage_name");
    EXPECT_STR(stage_name(STAGE_C), "C", "stage_name");
    EXPECT_STR(cost_line_key(LINE_GRUND), "grundudgifter", "cost_line_key");
    EXPECT_STR(cost_line_key(LINE_HAANDVAERKER), "haandvaerkerudgifter",
               "cost_line_key");
    EXPECT_STR(cost_line_key(LINE_OMKOSTNINGER), "omkostninger",
               "cost_line_key");
    EXPECT_STR(cost_line_key(LINE_GEBYRER), "gebyrer", "cost_line_key");
    EXPECT_STR(housing_key(HOUSING_FAMILIE), "familie", "housing_key");
    EXPECT_STR(housing_key(HOUSING_AELDRE), "aeldre", "housing_key");
    EXPECT_STR(housing_key(HOUSING_UNGDOM), "ungdom", "housing_key");
    EXPECT_STR(housing_key(HOUSING_BLANDET), "blandet", "housing_key");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_invalid_documents),
        cmocka_unit_test(test_valid_documents),
        cmocka_unit_test(test_full_document),
        cmocka_unit_test(test_values),
        cmocka_unit_test(test_crlf_and_bom),
        cmocka_unit_test(test_length_bounded),
        cmocka_unit_test(test_rules),
        cmocka_unit_test(test_diag_list),
        cmocka_unit_test(test_diag_unchecked),
        cmocka_unit_test(test_index_text),
        cmocka_unit_test(test_diag_sort),
        cmocka_unit_test(test_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
