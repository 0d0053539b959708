/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of every rule of check_rules.c, one table row per outcome:
 * the rule holds (no finding), fails, is not checked (a note with its
 * reason), and each at its boundaries.  A row gives a small project in
 * YAML, and what the rule must say: how many findings, the first one's
 * severity, a part of its English text, and its arguments by name with
 * their exact values.  The project is checked with the rates built into
 * the program unless the row says otherwise.
 */
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "expect.h"

#include "check.h"
#include "diag.h"
#include "project.h"
#include "rates.h"
#include "rules.h"

/* An argument the finding must carry: a number, or a text (MSG_TEXT) or
 * a reason (MSG_MSGID) that must contain s. */
struct want_arg {
    const char *name;
    int64_t n;
    const char *s;
};

enum { MAX_ARGS = 4 };

struct rule_case {
    const char *name;
    const char *yaml;
    bool no_rates;              /* check without any rates data */
    enum rule rule;
    size_t count;               /* findings of the rule; 0: it holds */
    enum severity severity;     /* of the first */
    const char *text;           /* a part of the first one's English text */
    struct want_arg args[MAX_ARGS];
};

static struct rates *rates;

static int setup(void **state)
{
    (void)state;
    struct diag_list *diags = diag_list_new();
    rates = rates_new();
    bool ok = rates_add(rates, NULL, 0, diags);
    diag_list_free(diags);
    return ok ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    rates_free(rates);
    return 0;
}

/* What the test in progress holds, freed when an assertion fails. */
static struct project_store *live_store;
static struct diag_list *live_diags;

static int case_teardown(void **state)
{
    (void)state;
    project_release(live_store);
    diag_list_free(live_diags);
    live_store = NULL;
    live_diags = NULL;
    return 0;
}

static const struct msg_arg *arg_named(const struct diag *d, const char *name)
{
    for (size_t i = 0; i < d->nargs; i++)
        if (strcmp(d->args[i].name, name) == 0)
            return &d->args[i];
    return NULL;
}

static void test_case(void **state)
{
    const struct rule_case *c = *state;
    struct project p;
    struct figures fig;
    live_diags = diag_list_new();
    live_store = project_load(c->yaml, strlen(c->yaml), &p, live_diags);
    if (diag_count(live_diags) != 0)
        dump(live_diags);
    EXPECT_I64((int64_t)diag_count(live_diags), 0, "%s: loads cleanly", c->name);
    check_project(&p, c->no_rates ? NULL : rates, &fig, live_diags);

    const struct diag *first = NULL;
    size_t n = 0;
    for (size_t i = 0; i < diag_count(live_diags); i++) {
        const struct diag *d = diag_get(live_diags, i);
        if (d->rule == c->rule && n++ == 0)
            first = d;
    }
    if (n != c->count)
        dump(live_diags);
    EXPECT_I64((int64_t)n, (int64_t)c->count, "%s: findings of %s", c->name,
               rule_info(c->rule)->id);
    if (!first)
        return;
    EXPECT_STR(severity_name(first->severity), severity_name(c->severity),
               "%s: severity", c->name);
    struct strbuf sb = STRBUF_INIT;
    const char *text = diag_text(&sb, first, LANG_EN);
    EXPECT_CONTAINS(text, c->text, "%s: message", c->name);
    /* every placeholder is filled: a missing argument shows as "{" */
    EXPECT_I64(strchr(text, '{') != NULL, false, "%s: \"%s\" has every "
               "argument", c->name, text);
    /* a note of what could not be done is of its kind, and its message
     * is the reason alone: no writer reads the words to know */
    static const struct { const char *said; enum unchecked kind; } kinds[] = {
        { "not checked per type: ", UNCHECKED_PER_TYPE },
        { "not checked: ", UNCHECKED_CHECKED },
        { "not computed: ", UNCHECKED_COMPUTED },
        { "not decided: ", UNCHECKED_DECIDED },
        { "not compared: ", UNCHECKED_COMPARED },
    };
    enum unchecked kind = UNCHECKED_NONE;
    size_t said = 0;
    for (size_t i = 0; i < ALEN(kinds) && !kind; i++)
        if (strncmp(c->text, kinds[i].said, strlen(kinds[i].said)) == 0) {
            kind = kinds[i].kind;
            said = strlen(kinds[i].said);
        }
    if (kind) {     /* the case gives the words the kind puts first */
        EXPECT_I64(first->unchecked, kind, "%s: kind of note", c->name);
        strbuf_reset(&sb);
        diag_reason(&sb, first, LANG_EN);
        EXPECT_CONTAINS(sb.buf, c->text + said, "%s: the reason", c->name);
        EXPECT_I64(strncmp(sb.buf, "not ", 4) != 0, true,
                   "%s: the reason alone (\"%s\")", c->name, sb.buf);
    }
    strbuf_release(&sb);
    for (size_t k = 0; k < MAX_ARGS && c->args[k].name; k++) {
        const struct want_arg *w = &c->args[k];
        const struct msg_arg *a = arg_named(first, w->name);
        EXPECT_I64(a != NULL, true, "%s: argument %s", c->name, w->name);
        if (w->s)
            EXPECT_CONTAINS(a->s, w->s, "%s: argument %s", c->name, w->name);
        else
            EXPECT_I64(a->n, w->n, "%s: argument %s", c->name, w->name);
    }
}

/* ---- the projects ----------------------------------------------------- */

#define HEAD(type) "format: skema/1\nprojekt:\n  navn: X\n  boligtype: " type "\n"
#define DATES(d) "  datoer: {" d "}\n"
#define FIN(r, g, b) \
    "finansiering: {realkredit_pct: " r ", grundkapital_pct: " g \
    ", beboerindskud_pct: " b "}\n"
#define FIN_LAW FIN("88", "10", "2")
/* A stage with only a total, in kr */
#define TOTAL(s, kr) "  " s ": {anskaffelsessum: {i_alt: " kr "}}\n"
/* A stage of 3 lines adding up to their total */
#define LINES(s, g, h, o, t) \
    "  " s ": {anskaffelsessum: {grundudgifter: " g ", haandvaerkerudgifter: " \
    h ", omkostninger: " o ", i_alt: " t "}}\n"
/* A familie project with the average area bea / boliger, tilsagn 2019 */
#define FAMILIE_2019(fin, bea) \
    HEAD("familie") DATES("tilsagn: 2019-05-01") fin \
    "skema:\n  A: {boliger: 10, bruttoetageareal_m2: " bea \
    ", anskaffelsessum: {i_alt: 1000}}\n"

/* A renovation: anskaffelsessum, the sources, the increase per m² per
 * year and in %, and one example dwelling (areal, rent before, after) */
#define RENOV(total, sources, kr, pct, ex) \
    HEAD("familie") "renovering:\n  beskrivelse: tag\n" \
    "  anskaffelsessum_kr: " total "\n  finansiering: {" sources "}\n" \
    "  huslejeforhoejelse: {kr_m2_aar: " kr pct "}\n" \
    "  eksempler:\n    - {" ex "}\n"
#define EX(a, f, e) "areal_m2: " a ", leje_foer_kr: " f ", leje_efter_kr: " e
/* 120 kr per m² a year on 50 m²: 500 kr a month on 3.000 */
#define RENOV_PCT(pct) \
    RENOV("1000", "realkreditlaan_kr: 1000", "120.00", ", pct: " pct, \
          EX("50.00", "3000.00", "3500"))
#define RENOV_AFTER(after) \
    RENOV("1000", "realkreditlaan_kr: 1000", "120", "", EX("50", "3000", after))
#define RENOV_SOURCES(total, sources) \
    RENOV(total, sources, "120", ", pct: 4", EX("50", "3000", "3500"))

#define M(pct) (INT64_C(pct) * 1000000)    /* a whole % in millionths */
#define KR(kr) (INT64_C(kr) * 100)         /* whole kr in øre */

static const struct rule_case cases[] = {
    /* ---- grundkapital-pct and finance-split: the law's split ---- */
    { "grundkapital-pct holds: familie of 95 m², 10 %",
      FAMILIE_2019(FIN_LAW, "950"), false, RULE_GRUNDKAPITAL_PCT, 0, 0, "", {{0}} },
    { "grundkapital-pct fails: 8 % stated, the law gives 10 %",
      FAMILIE_2019(FIN("90", "8", "2"), "950"), false, RULE_GRUNDKAPITAL_PCT, 1,
      SEV_ERROR, "8 % is stated, but for a tilsagn of 2019-05-01 the law gives 10 %",
      { { "stated", M(8), NULL }, { "law", M(10), NULL },
        { "date", 20190501, NULL } } },
    { "grundkapital-pct boundary: 90 m² exactly is the 10 % row",
      FAMILIE_2019(FIN_LAW, "900"), false, RULE_GRUNDKAPITAL_PCT, 0, 0, "", {{0}} },
    { "grundkapital-pct boundary: 89.999999 m² is the 8 % row",
      FAMILIE_2019(FIN_LAW, "899.99999"), false, RULE_GRUNDKAPITAL_PCT, 1,
      SEV_ERROR, "the law gives 8 %", { { "law", M(8), NULL } } },
    { "grundkapital-pct not checked: no tilsagn date",
      HEAD("aeldre") FIN_LAW "skema:\n" TOTAL("A", "1000"), false,
      RULE_GRUNDKAPITAL_PCT, 1, SEV_NOTE,
      "not checked: the grundkapital % the law gives depends on the tilsagn "
      "date", {{0}} },
    { "grundkapital-pct not checked: no rates",
      FAMILIE_2019(FIN_LAW, "950"), true, RULE_GRUNDKAPITAL_PCT, 1, SEV_NOTE,
      "not checked: no rates data is loaded", {{0}} },
    { "grundkapital-pct not checked: familie 2019 without an area",
      HEAD("familie") DATES("tilsagn: 2019-05-01") FIN_LAW "skema:\n"
      TOTAL("A", "1000"), false, RULE_GRUNDKAPITAL_PCT, 1, SEV_NOTE,
      "not checked: the share depends on the average bruttoetageareal "
      "per dwelling", {{0}} },
    { "grundkapital-pct not checked: a tilsagn before the rates reach",
      HEAD("aeldre") DATES("tilsagn: 2005-01-01") FIN_LAW "skema:\n"
      TOTAL("A", "1000"), false, RULE_GRUNDKAPITAL_PCT, 1, SEV_NOTE,
      "not checked: the rates data has no financing split for that tilsagn "
      "date", {{0}} },
    { "grundkapital-pct: finansiering not stated, the law's is used",
      HEAD("aeldre") DATES("tilsagn: 2015-01-01") "skema:\n" TOTAL("A", "1000"),
      false, RULE_GRUNDKAPITAL_PCT, 1, SEV_NOTE,
      "finansiering is not stated: the law's 88 % realkreditlån, 10 % "
      "grundkapital and 2 % beboerindskud for a tilsagn of 2015-01-01 are used",
      { { "realkredit", M(88), NULL }, { "grundkapital", M(10), NULL },
        { "beboerindskud", M(2), NULL }, { "date", 20150101, NULL } } },
    { "grundkapital-pct: 7 % in 2010",
      HEAD("ungdom") DATES("tilsagn: 2010-12-31") FIN_LAW "skema:\n"
      TOTAL("A", "1000"), false, RULE_GRUNDKAPITAL_PCT, 1, SEV_ERROR,
      "10 % is stated, but for a tilsagn of 2010-12-31 the law gives 7 %",
      { { "law", M(7), NULL } } },
    { "finance-split holds: 88 and 2 %",
      HEAD("aeldre") DATES("tilsagn: 2015-01-01") FIN_LAW "skema:\n"
      TOTAL("A", "1000"), false, RULE_FINANCE_SPLIT, 0, 0, "", {{0}} },
    { "finance-split fails: 87 and 3 %",
      HEAD("aeldre") DATES("tilsagn: 2015-01-01") FIN("87", "10", "3")
      "skema:\n" TOTAL("A", "1000"), false, RULE_FINANCE_SPLIT, 2, SEV_ERROR,
      "87 % is stated, but for a tilsagn of 2015-01-01 the law gives 88 %",
      { { "stated", M(87), NULL }, { "law", M(88), NULL } } },

    /* ---- finance-amount: the loan rounded to whole thousands, the
     * beboerindskud takes the rest (88/10/2 of the total) ---- */
#define STATED(total, loan, gk, bi, extra) \
    HEAD("aeldre") FIN_LAW "skema:\n  B: {anskaffelsessum: {i_alt: " total \
    "}, realkreditlaan_kr: " loan ", grundkapital_kr: " gk \
    ", beboerindskud_kr: " bi extra "}\n"
    { "finance-amount holds: the three amounts are the shares exactly",
      STATED("10_000_000", "8_800_000", "1_000_000", "200_000", ""), false,
      RULE_FINANCE_AMOUNT, 0, 0, "", {{0}} },
    { "finance-amount: a loan 500 kr from its share, rounded to thousands, "
      "and the beboerindskud the rest: a note",
      STATED("10_000_568.18", "8_800_000", "1_000_056.82", "200_511.36", ""),
      false, RULE_FINANCE_AMOUNT, 1, SEV_NOTE,
      "8,800,000 kr is 88 % of the anskaffelsessum (8,800,500.00 kr) rounded "
      "to whole thousands, and beboerindskud_kr 200,511.36 kr takes the rest",
      { { "derived", KR(8800500), NULL }, { "rest", 20051136, NULL } } },
    { "finance-amount: a loan 500.01 kr from its share is not rounding",
      STATED("10_000_568.19", "8_800_000", "1_000_056.82", "200_511.37", ""),
      false, RULE_FINANCE_AMOUNT, 2, SEV_ERROR,
      "8,800,000 kr is stated, but 88 % of the anskaffelsessum is "
      "8,800,500.01 kr", {{0}} },
    { "finance-amount: a loan not in whole thousands is compared alone",
      STATED("10_000_250", "8_800_100", "1_000_025", "200_125", ""), false,
      RULE_FINANCE_AMOUNT, 2, SEV_ERROR, "8,800,100 kr is stated", {{0}} },
    { "finance-amount: rounded to thousands, but not adding up: errors",
      STATED("10_000_250", "8_800_000", "1_000_025", "200_226", ""), false,
      RULE_FINANCE_AMOUNT, 2, SEV_ERROR, "8,800,000 kr is stated", {{0}} },

    /* ---- finance-total: the stated amounts add up to the total ---- */
    { "finance-total holds: exactly",
      STATED("10_000_000", "8_800_000", "1_000_000", "200_000", ""), false,
      RULE_FINANCE_TOTAL, 0, 0, "", {{0}} },
    { "finance-total: 1 kr off, within 3 × half a krone",
      STATED("10_000_000", "8_800_000", "1_000_000", "200_001", ""), false,
      RULE_FINANCE_TOTAL, 1, SEV_NOTE,
      "add up to 10,000,001 kr, 1 kr from the anskaffelsessum "
      "10,000,000 kr: within the rounding of the three amounts (at most "
      "1.50 kr)", { { "tolerance", 150, NULL }, { "diff", KR(1), NULL } } },
    { "finance-total fails: 2 kr off, beyond 1.50 kr",
      STATED("10_000_000", "8_800_000", "1_000_000", "200_002", ""), false,
      RULE_FINANCE_TOTAL, 1, SEV_ERROR,
      "add up to 10,000,002 kr, but the anskaffelsessum is 10,000,000 kr: "
      "2 kr apart", { { "diff", KR(2), NULL } } },
    { "finance-total: an øre off where all are in øre, within 3 × half an øre",
      STATED("10_000_000", "8_800_000.01", "1_000_000.01", "199_999.99", ""),
      false, RULE_FINANCE_TOTAL, 1, SEV_NOTE, "0.01 kr from the",
      { { "tolerance", 1, NULL } } },
    { "finance-total fails: two øre off where all are in øre",
      STATED("10_000_000", "8_800_000.02", "1_000_000.01", "199_999.99", ""),
      false, RULE_FINANCE_TOTAL, 1, SEV_ERROR, "0.02 kr apart",
      { { "tolerance", 1, NULL } } },
    { "finance-total: afrundet_til 1000, 1.500 kr off is rounding",
      STATED("10_000_000", "8_800_000", "1_000_000", "201_500",
             ", afrundet_til: 1000"), false, RULE_FINANCE_TOTAL, 1, SEV_NOTE,
      "(at most 1,500 kr)", { { "tolerance", KR(1500), NULL } } },
    { "finance-total fails: afrundet_til 1000, 1.501 kr off",
      STATED("10_000_000", "8_800_000", "1_000_000", "201_501",
             ", afrundet_til: 1000"), false, RULE_FINANCE_TOTAL, 1, SEV_ERROR,
      "1,501 kr apart", {{0}} },
    { "finance-total: nothing when one of the three is not stated",
      HEAD("aeldre") FIN_LAW "skema:\n  B: {anskaffelsessum: {i_alt: 100}, "
      "realkreditlaan_kr: 1, grundkapital_kr: 1}\n", false, RULE_FINANCE_TOTAL,
      0, 0, "", {{0}} },

    /* ---- cap-limit ---- */
    { "cap-limit holds: the total is the cap",
      HEAD("aeldre") "maksimumsbeloeb: {kr_m2: 30000}\nskema:\n"
      "  B: {boligareal_m2: 2000, anskaffelsessum: {i_alt: 60_000_000}}\n",
      false, RULE_CAP_LIMIT, 0, 0, "", {{0}} },
    { "cap-limit fails: 1 kr over the cap",
      HEAD("aeldre") "maksimumsbeloeb: {kr_m2: 30000}\nskema:\n"
      "  B: {boligareal_m2: 2000, anskaffelsessum: {i_alt: 60_000_001}}\n",
      false, RULE_CAP_LIMIT, 1, SEV_ERROR,
      "the anskaffelsessum 60,000,001 kr exceeds the maksimumsbeløb 60,000,000 "
      "kr by 1 kr (0.00 %)",
      { { "over", KR(1), NULL }, { "cap", KR(60000000), NULL },
        { "pct", 0, NULL } } },
    { "cap-limit fails: the rates' cap of Høje-Taastrup 2018",
      HEAD("aeldre") "  kommune: Høje-Taastrup\n  byggeform: etage\n"
      DATES("tilsagn: 2017-06-01, skema_b: 2018-03-01")
      "maksimumsbeloeb: {energitillaeg_kr_m2: 1020}\nskema:\n"
      "  C: {boligareal_m2: 2000, anskaffelsessum: {i_alt: 65_893_137}}\n",
      false, RULE_CAP_LIMIT, 1, SEV_ERROR, "by 6,053,137 kr (10.12 %)",
      { { "cap", KR(59840000), NULL }, { "over", KR(6053137), NULL },
        { "pct", 1012, NULL } } },
    { "cap-limit fails: a cap of 0 gives no percentage",
      HEAD("aeldre") "maksimumsbeloeb: {kr_m2: 0}\nskema:\n"
      "  B: {boligareal_m2: 100, anskaffelsessum: {i_alt: 1000}}\n",
      false, RULE_CAP_LIMIT, 1, SEV_ERROR,
      "the anskaffelsessum 1,000 kr exceeds the maksimumsbeløb 0 kr by 1,000 kr",
      { { "cap", 0, NULL }, { "over", KR(1000), NULL } } },
    { "cap-limit not checked: no skema B date",
      HEAD("aeldre") "skema:\n  B: {boligareal_m2: 100, anskaffelsessum: "
      "{i_alt: 1000}}\n", false, RULE_CAP_LIMIT, 1, SEV_NOTE,
      "not checked: projekt.datoer.skema_b is not given (the year skema B "
      "is approved decides the cap)", {{0}} },
    { "cap-limit not checked: no boligareal",
      HEAD("aeldre") "maksimumsbeloeb: {kr_m2: 30000}\nskema:\n"
      TOTAL("C", "1000"), false, RULE_CAP_LIMIT, 1, SEV_NOTE,
      "not checked: skema C gives no boligareal_m2",
      { { "stage", 0, "C" } } },
    { "cap-limit not checked: only the bruttoetageareal is given",
      HEAD("aeldre") "maksimumsbeloeb: {kr_m2: 30000}\nskema:\n"
      "  B: {bruttoetageareal_m2: 2000, anskaffelsessum: {i_alt: 99_000_000}}\n",
      false, RULE_CAP_LIMIT, 1, SEV_NOTE,
      "not checked: skema B gives bruttoetageareal_m2 but no boligareal_m2 "
      "(for aeldre); the maksimumsbeløb is per m² boligareal",
      { { "stage", 0, "B" }, { "type", 0, "aeldre" } } },
    { "cap-limit not checked: a mixed type with only its bruttoetageareal",
      HEAD("blandet") "maksimumsbeloeb: {kr_m2: 30000}\nskema:\n"
      "  C: {fordeling: {familie: {boligareal_m2: 100}, aeldre: "
      "{bruttoetageareal_m2: 100}}, anskaffelsessum: {i_alt: 1}}\n",
      false, RULE_CAP_LIMIT, 1, SEV_NOTE,
      "gives bruttoetageareal_m2 but no boligareal_m2 (for aeldre)", {{0}} },
    { "cap-limit holds: the boligareal is used, not the bruttoetageareal",
      HEAD("aeldre") "maksimumsbeloeb: {kr_m2: 30000}\nskema:\n"
      "  B: {boligareal_m2: 2000, bruttoetageareal_m2: 1000, anskaffelsessum: "
      "{i_alt: 60_000_000}}\n", false, RULE_CAP_LIMIT, 0, 0, "", {{0}} },
    { "cap-limit not checked: an energitillæg too large to compute",
      HEAD("aeldre") "maksimumsbeloeb: {kr_m2: 1, energitillaeg_kr_m2: "
      "92233720368547758}\nskema:\n"
      "  B: {boligareal_m2: 1000, anskaffelsessum: {i_alt: 1000}}\n",
      false, RULE_CAP_LIMIT, 1, SEV_NOTE,
      "not checked: the cap is too large to compute", {{0}} },
    { "cap-limit not checked: a cap per m² too large to compute",
      HEAD("aeldre") "maksimumsbeloeb: {kr_m2: 92233720368547758}\nskema:\n"
      "  C: {boligareal_m2: 1000, anskaffelsessum: {i_alt: 1000}}\n",
      false, RULE_CAP_LIMIT, 1, SEV_NOTE,
      "not checked: the cap is too large to compute", {{0}} },
    { "cap-limit not checked: a cap per dwelling without boliger",
      HEAD("aeldre") "maksimumsbeloeb: {kr_m2: 100, kr_bolig: 100000}\nskema:\n"
      "  C: {boligareal_m2: 1000, anskaffelsessum: {i_alt: 1000}}\n",
      false, RULE_CAP_LIMIT, 1, SEV_NOTE,
      "not checked: the cap has a part per dwelling, and skema C gives no "
      "boliger", {{0}} },
    { "cap-limit not decided: over the cap without the energitillæg",
      HEAD("aeldre") "  kommune: Høje-Taastrup\n  byggeform: etage\n"
      DATES("tilsagn: 2017-06-01, skema_b: 2018-03-01") "skema:\n"
      "  B: {boligareal_m2: 2300, anskaffelsessum: {i_alt: 67_532_000}}\n",
      false, RULE_CAP_LIMIT, 1, SEV_NOTE,
      "not decided: the anskaffelsessum 67,532,000 kr is 1,062,000 kr above "
      "the cap without the energitillæg (66,470,000 kr)",
      { { "over", KR(1062000), NULL },
        { "why", 0, "its amount for that year is not in the rates data" } } },
    { "cap-limit within the cap even without the energitillæg",
      HEAD("aeldre") "  kommune: Høje-Taastrup\n  byggeform: etage\n"
      DATES("tilsagn: 2017-06-01, skema_b: 2018-03-01") "skema:\n"
      "  C: {boligareal_m2: 2300, anskaffelsessum: {i_alt: 66_470_000}}\n",
      false, RULE_CAP_LIMIT, 1, SEV_NOTE,
      "within the cap even without the energitillæg (66,470,000 kr without it",
      { { "cap", KR(66470000), NULL } } },

    /* ---- cap-energy: familie, Hovedstadsregionen 2018, 23.280 kr per m²
     * × 1.000 m² = 23.280.000 kr without the energitillæg; 3 × the highest
     * known level (1.020 kr per m², etage 2009) is 3.060 kr per m² ---- */
#define ENERGY_OPEN(total) \
    HEAD("familie") "  kommune: Albertslund\n  byggeform: etage\n" \
    DATES("tilsagn: 2017-06-01, skema_b: 2018-03-01") "skema:\n" \
    "  B: {boligareal_m2: 1000, anskaffelsessum: {i_alt: " total "}}\n"
    { "cap-energy holds: 3 × the highest level needed exactly",
      ENERGY_OPEN("26_340_000"), false, RULE_CAP_ENERGY, 0, 0, "", {{0}} },
    { "cap-limit notes it: 3 × the highest level, not decided",
      ENERGY_OPEN("26_340_000"), false, RULE_CAP_LIMIT, 1, SEV_NOTE,
      "not decided: the anskaffelsessum 26,340,000 kr is 3,060,000 kr above",
      { { "over", KR(3060000), NULL } } },
    { "cap-energy fails: 1 kr more needs 3,060.01 kr per m² (rounded up)",
      ENERGY_OPEN("26_340_001"), false, RULE_CAP_ENERGY, 1, SEV_WARNING,
      "the energitillæg would have to be 3,060.01 kr per m² boligareal, more "
      "than 3 times the highest known level (at 2009 level 1,020 kr per m² "
      "for etagebyggeri and 880 kr per m² for lavt byggeri)",
      { { "needed", 306001, NULL }, { "factor", 3, NULL },
        { "etage", KR(1020), NULL }, { "lav", KR(880), NULL } } },
    { "cap-energy fails: the issue's case, 6.720 kr per m² needed",
      HEAD("familie") "  kommune: Albertslund\n"
      DATES("tilsagn: 2017-06-01, skema_b: 2018-03-01") "skema:\n"
      "  B: {boligareal_m2: 2500, anskaffelsessum: {i_alt: 75_000_000}}\n",
      false, RULE_CAP_ENERGY, 1, SEV_WARNING,
      "is 16,800,000 kr above the cap without the energitillæg (58,200,000 kr)",
      { { "needed", KR(6720), NULL }, { "over", KR(16800000), NULL } } },
    { "cap-energy: no warning where the cap is not over",
      ENERGY_OPEN("23_280_000"), false, RULE_CAP_ENERGY, 0, 0, "", {{0}} },
    { "cap-energy: a stated cap without energitillæg is never open",
      HEAD("familie") "maksimumsbeloeb: {kr_m2: 100}\nskema:\n"
      "  B: {boligareal_m2: 1000, anskaffelsessum: {i_alt: 99_000_000}}\n",
      false, RULE_CAP_ENERGY, 0, 0, "", {{0}} },
    /* Næstved (Århus-gruppen), familie: the cap inkl. energitillæg */
#define NAESTVED(year, total) \
    HEAD("familie") "  kommune: Næstved\n" \
    DATES("tilsagn: 2017-06-01, skema_b: " year "-03-01") "skema:\n" \
    "  B: {boligareal_m2: 1000, anskaffelsessum: {i_alt: " total "}}\n"
    { "cap-limit holds: Næstved 2018 inkl. energitillæg, exactly the cap; "
      "a note says whose figure it is",
      NAESTVED("2018", "20_860_000"), false, RULE_CAP_LIMIT, 1, SEV_NOTE,
      "the maksimumsbeløb 20,860,000 kr includes the energitillæg, as stated "
      "in Næstved Kommune, referat: skema B for almene familieboliger, 2018; "
      "the source does not say whether for etagebyggeri or lavt byggeri",
      { { "cap", KR(20860000), NULL } } },
    { "cap-limit fails: Næstved 2018 inkl. energitillæg, 1 kr over",
      NAESTVED("2018", "20_860_001"), false, RULE_CAP_LIMIT, 2, SEV_ERROR,
      "exceeds the maksimumsbeløb 20,860,000 kr by 1 kr",
      { { "cap", KR(20860000), NULL } } },
    { "cap-limit fails: Næstved 2019 inkl. energitillæg, decided",
      NAESTVED("2019", "21_340_001"), false, RULE_CAP_LIMIT, 2, SEV_ERROR,
      "exceeds the maksimumsbeløb 21,340,000 kr by 1 kr", {{0}} },
    { "cap-limit: Næstved without a tilsagn date is not decided",
      HEAD("familie") "  kommune: Næstved\n" DATES("skema_b: 2018-03-01")
      "skema:\n  B: {boligareal_m2: 1000, anskaffelsessum: {i_alt: "
      "20_860_000}}\n", false, RULE_CAP_LIMIT, 1, SEV_NOTE,
      "not decided: the anskaffelsessum 20,860,000 kr is 1,010,000 kr above "
      "the cap without the energitillæg (19,850,000 kr)", {{0}} },

    /* ---- cap-excess: the 2022 scheme, a stated cap of 30.000 kr per m²
     * × 1.000 m² = 30.000.000 kr; 20 % of it is 6.000.000 kr ---- */
#define SCHEME(dates, total) \
    HEAD("familie") DATES(dates) "maksimumsbeloeb: {kr_m2: 30000}\nskema:\n" \
    "  B: {boligareal_m2: 1000, anskaffelsessum: {i_alt: " total "}}\n"
#define IN_SCHEME "tilsagn: 2021-12-31, skema_b: 2024-06-30"
    { "cap-excess: 20 % over, skema A 31.12.2021, skema B 30.6.2024",
      SCHEME(IN_SCHEME, "36_000_000"), false, RULE_CAP_EXCESS, 1, SEV_WARNING,
      "exceeds the maksimumsbeløb 30,000,000 kr by 6,000,000 kr (20.00 %): "
      "within the 20 % of the 2022 scheme",
      { { "over", KR(6000000), NULL }, { "pct", 2000, NULL } } },
    { "cap-excess: 20 % over is no cap-limit error",
      SCHEME(IN_SCHEME, "36_000_000"), false, RULE_CAP_LIMIT, 0, 0, "", {{0}} },
    { "cap-limit fails: 1 kr beyond the 20 % of the 2022 scheme",
      SCHEME(IN_SCHEME, "36_000_001"), false, RULE_CAP_LIMIT, 1, SEV_ERROR,
      "by 6,000,001 kr (20.00 %), more than the 20 % the 2022 scheme allows",
      { { "over", KR(6000001), NULL } } },
    { "cap-excess: none beyond 20 %",
      SCHEME(IN_SCHEME, "36_000_001"), false, RULE_CAP_EXCESS, 0, 0, "", {{0}} },
    { "cap-excess: none for a skema A of 1.1.2022",
      SCHEME("tilsagn: 2022-01-01, skema_b: 2023-01-01", "30_000_001"), false,
      RULE_CAP_EXCESS, 0, 0, "", {{0}} },
    { "cap-limit fails: skema A of 1.1.2022 is outside the scheme",
      SCHEME("tilsagn: 2022-01-01, skema_b: 2023-01-01", "30_000_001"), false,
      RULE_CAP_LIMIT, 1, SEV_ERROR,
      "exceeds the maksimumsbeløb 30,000,000 kr by 1 kr (0.00 %)", {{0}} },
    { "cap-limit fails: skema B of 1.7.2024 is outside the scheme",
      SCHEME("tilsagn: 2021-12-31, skema_b: 2024-07-01", "30_000_001"), false,
      RULE_CAP_LIMIT, 1, SEV_ERROR, "by 1 kr (0.00 %)", {{0}} },
    { "cap-limit fails: skema B of 30.6.2022, before the law was in force",
      SCHEME("tilsagn: 2021-12-31, skema_b: 2022-06-30", "30_000_001"), false,
      RULE_CAP_LIMIT, 1, SEV_ERROR, "by 1 kr (0.00 %)", {{0}} },
    { "cap-excess: skema B of 1.7.2022 is in the scheme",
      SCHEME("tilsagn: 2021-12-31, skema_b: 2022-07-01", "30_000_001"), false,
      RULE_CAP_EXCESS, 1, SEV_WARNING, "by 1 kr (0.00 %): within the 20 %",
      {{0}} },
    { "cap-limit fails: without the tilsagn date the scheme is not assumed",
      SCHEME("skema_b: 2023-01-01", "30_000_001"), false, RULE_CAP_LIMIT, 1,
      SEV_ERROR, "by 1 kr (0.00 %)", {{0}} },
#define RAISED(date) \
    HEAD("familie") "  kommune: Albertslund\n" \
    DATES("tilsagn: 2021-06-01, skema_b: " date) "skema:\n" \
    "  B: {boligareal_m2: 1000, anskaffelsessum: {i_alt: 1}}\n"
    { "cap-limit not checked: skema B 14.9.2022, the raised table is unknown",
      RAISED("2022-09-14"), false, RULE_CAP_LIMIT, 1, SEV_NOTE,
      "not checked: for a skema B approved 2022-09-14 the maksimumsbeløb was "
      "raised", { { "date", 20220914, NULL } } },
    { "cap-limit not checked: skema B 31.12.2022, the raised table is unknown",
      RAISED("2022-12-31"), false, RULE_CAP_LIMIT, 1, SEV_NOTE,
      "the raised table is not known", {{0}} },
    { "cap-limit: skema B 13.9.2022 is before the raise",
      RAISED("2022-09-13"), false, RULE_CAP_LIMIT, 1, SEV_NOTE,
      "not checked: the rates data has no maksimumsbeløb for that year", {{0}} },
    { "cap-limit: skema B 1.1.2023 is after the raise",
      RAISED("2023-01-01"), false, RULE_CAP_LIMIT, 1, SEV_NOTE,
      "not checked: the rates data has no maksimumsbeløb for that year", {{0}} },
    { "cap-limit: a stated cap is used in the raised period",
      HEAD("familie") DATES("skema_b: 2022-10-01")
      "maksimumsbeloeb: {kr_m2: 30000}\nskema:\n"
      "  B: {boligareal_m2: 1000, anskaffelsessum: {i_alt: 30_000_001}}\n",
      false, RULE_CAP_LIMIT, 1, SEV_ERROR, "by 1 kr", {{0}} },

    /* ---- guarantee-valuation: L = 880.000 kr, V = 1.000.000 kr, so
     * (L − 0,60 × V) / L = 280.000 / 880.000 = 31,8181818… % ---- */
#define VALUATION(pct) \
    HEAD("aeldre") FIN_LAW "garanti: {" pct "ejendomsvaerdi_kr: 1_000_000}\n" \
    "skema:\n" TOTAL("C", "1_000_000")
    { "guarantee-valuation holds at two decimals",
      VALUATION("pct: 31.82, "), false, RULE_GUARANTEE_VALUATION, 0, 0, "", {{0}} },
    { "guarantee-valuation holds at six decimals, exactly",
      VALUATION("pct: 31.818182, "), false, RULE_GUARANTEE_VALUATION, 0, 0, "",
      {{0}} },
    { "guarantee-valuation fails at six decimals, a millionth below",
      VALUATION("pct: 31.818181, "), false, RULE_GUARANTEE_VALUATION, 1,
      SEV_ERROR, "31.818181 % is stated, but the valuation 1,000,000 kr against "
      "skema C's loan 880,000.00 kr gives (L − 0,60 × V) / L = 31.818182 %",
      { { "share", 31818182, NULL }, { "stated", 31818181, NULL },
        { "loan", KR(880000), NULL } } },
    { "guarantee-valuation fails at six decimals, a millionth above",
      VALUATION("pct: 31.818183, "), false, RULE_GUARANTEE_VALUATION, 1,
      SEV_ERROR, "= 31.818182 %", { { "share", 31818182, NULL } } },
    { "guarantee-valuation fails at six decimals, far off (gv6)",
      VALUATION("pct: 12.345678, "), false, RULE_GUARANTEE_VALUATION, 1,
      SEV_ERROR, "12.345678 % is stated", { { "stated", 12345678, NULL } } },
    { "guarantee-valuation fails at two decimals: 31.81 is 0.0082 off",
      VALUATION("pct: 31.81, "), false, RULE_GUARANTEE_VALUATION, 1, SEV_ERROR,
      "gives (L − 0,60 × V) / L = 31.82 %", {{0}} },
    /* L = 88 % of 1.363.636,36 = 1.200.000,00 kr, V = 1.190.000 kr:
     * (L − 0,60 × V) / L = 486.000 / 1.200.000 = 40,5 % exactly */
#define EDGE(pct) \
    HEAD("aeldre") FIN_LAW "garanti: {pct: " pct ", ejendomsvaerdi_kr: " \
    "1_190_000}\nskema:\n" TOTAL("C", "1_363_636.36")
    { "guarantee-valuation boundary: 40 stands for up to 40,5 %",
      EDGE("40"), false, RULE_GUARANTEE_VALUATION, 0, 0, "", {{0}} },
    { "guarantee-valuation boundary: 41 stands for from 40,5 %",
      EDGE("41"), false, RULE_GUARANTEE_VALUATION, 0, 0, "", {{0}} },
    { "guarantee-valuation boundary: 40.4 stands for 40,35..40,45 %",
      EDGE("40.4"), false, RULE_GUARANTEE_VALUATION, 1, SEV_ERROR,
      "40.4 % is stated", { { "share", 40500000, NULL } } },
    { "guarantee-valuation boundary: 40.6 stands for 40,55..40,65 %",
      EDGE("40.6"), false, RULE_GUARANTEE_VALUATION, 1, SEV_ERROR,
      "40.6 % is stated", {{0}} },
    { "guarantee-valuation: no pct, the share is told",
      VALUATION(""), false, RULE_GUARANTEE_VALUATION, 1, SEV_NOTE,
      "the valuation 1,000,000 kr gives a guaranteed part of 280,000.00 kr, "
      "31.82 % of skema C's loan 880,000.00 kr",
      { { "part", KR(280000), NULL } } },
    { "guarantee-valuation: a valuation above the loan guarantees nothing",
      HEAD("aeldre") FIN_LAW "garanti: {pct: 0, ejendomsvaerdi_kr: 9_000_000}\n"
      "skema:\n" TOTAL("C", "1_000_000"), false, RULE_GUARANTEE_VALUATION, 0, 0,
      "", {{0}} },
    { "guarantee-valuation not checked: no loan",
      HEAD("aeldre") "garanti: {pct: 50, ejendomsvaerdi_kr: 1_000_000}\n"
      "skema:\n" TOTAL("C", "1_000_000"), false, RULE_GUARANTEE_VALUATION, 1,
      SEV_NOTE, "not checked: no loan of skema C or B is known", {{0}} },

    /* ---- dates-order and skema-c-deadline ---- */
    { "dates-order holds: the same day twice",
      HEAD("aeldre") DATES("tilsagn: 2018-01-01, skema_b: 2018-01-01")
      "skema:\n" TOTAL("A", "1000"), false, RULE_DATES_ORDER, 0, 0, "", {{0}} },
    { "dates-order fails: skema B a day before the tilsagn",
      HEAD("aeldre") DATES("tilsagn: 2018-01-02, skema_b: 2018-01-01")
      "skema:\n" TOTAL("A", "1000"), false, RULE_DATES_ORDER, 1, SEV_ERROR,
      "skema_b 2018-01-01 is before tilsagn 2018-01-02",
      { { "date", 20180101, NULL }, { "other_date", 20180102, NULL },
        { "other", 0, "tilsagn" } } },
    { "skema-c-deadline not checked: no dates",
      HEAD("aeldre") "skema:\n" TOTAL("C", "1000"), false, RULE_C_DEADLINE, 1,
      SEV_NOTE, "not checked: the deadline of skema C needs skaeringsdag and "
      "skema_c_indsendt", {{0}} },
    { "skema-c-deadline holds: the last day, clamped to June's end",
      HEAD("aeldre") DATES("skaeringsdag: 2020-12-31, skema_c_indsendt: "
      "2021-06-30") "skema:\n" TOTAL("C", "1000"), false, RULE_C_DEADLINE, 0, 0,
      "", {{0}} },
    { "skema-c-deadline fails: a day late",
      HEAD("aeldre") DATES("skaeringsdag: 2020-12-31, skema_c_indsendt: "
      "2021-07-01") "skema:\n" TOTAL("C", "1000"), false, RULE_C_DEADLINE, 1,
      SEV_WARNING, "skema C was submitted 2021-07-01, after the deadline "
      "2021-06-30", { { "due", 20210630, NULL }, { "cutoff", 20201231, NULL } } },
    { "skema-c-deadline boundary: 29 February of a leap year",
      HEAD("aeldre") DATES("skaeringsdag: 2019-08-31, skema_c_indsendt: "
      "2020-03-01") "skema:\n" TOTAL("C", "1000"), false, RULE_C_DEADLINE, 1,
      SEV_WARNING, "after the deadline 2020-02-29", { { "due", 20200229, NULL } } },

    /* ---- areas-unchanged ---- */
    { "areas-unchanged holds",
      HEAD("aeldre") "skema:\n  B: {boliger: 30, anskaffelsessum: {i_alt: 1}}\n"
      "  C: {boliger: 30, anskaffelsessum: {i_alt: 1}}\n", false,
      RULE_AREAS_UNCHANGED, 0, 0, "", {{0}} },
    { "areas-unchanged fails: one dwelling more",
      HEAD("aeldre") "skema:\n  B: {boliger: 30, anskaffelsessum: {i_alt: 1}}\n"
      "  C: {boliger: 31, anskaffelsessum: {i_alt: 1}}\n", false,
      RULE_AREAS_UNCHANGED, 1, SEV_ERROR, "31 in skema C, but 30 in skema B",
      { { "c", 31, NULL }, { "b", 30, NULL } } },
    { "areas-unchanged fails: a millionth of a m² less",
      HEAD("aeldre") "skema:\n  B: {boligareal_m2: 100, anskaffelsessum: "
      "{i_alt: 1}}\n  C: {boligareal_m2: 99.999999, anskaffelsessum: "
      "{i_alt: 1}}\n", false, RULE_AREAS_UNCHANGED, 1, SEV_ERROR,
      "99.999999 m² in skema C, but 100 m² in skema B",
      { { "c", 99999999, NULL }, { "b", 100000000, NULL } } },
    { "areas-unchanged not checked: no areas",
      HEAD("aeldre") "skema:\n" TOTAL("B", "1") TOTAL("C", "1"), false,
      RULE_AREAS_UNCHANGED, 1, SEV_NOTE, "not checked: skema B and C do not "
      "both give boliger or areas", {{0}} },

    /* ---- total-above-b ---- */
    { "total-above-b holds: C equal to B",
      HEAD("aeldre") "skema:\n" TOTAL("B", "1000") TOTAL("C", "1000"), false,
      RULE_TOTAL_ABOVE_B, 0, 0, "", {{0}} },
    { "total-above-b fails: C 1 kr above B",
      HEAD("aeldre") "skema:\n" TOTAL("B", "1000") TOTAL("C", "1001"), false,
      RULE_TOTAL_ABOVE_B, 1, SEV_WARNING, "skema C's 1,001 kr is 1 kr (0.10 %) "
      "above skema B's 1,000 kr", { { "up", KR(1), NULL }, { "pct", 10, NULL } } },
    { "total-above-b fails: B of 0 gives no percentage",
      HEAD("aeldre") "skema:\n" TOTAL("B", "0") TOTAL("C", "1000"), false,
      RULE_TOTAL_ABOVE_B, 1, SEV_WARNING, "skema C's 1,000 kr is 1,000 kr "
      "above skema B's 0 kr; the increase", { { "up", KR(1000), NULL } } },
    { "total-above-b holds: C below B",
      HEAD("aeldre") "skema:\n" TOTAL("B", "1000") TOTAL("C", "0"), false,
      RULE_TOTAL_ABOVE_B, 0, 0, "", {{0}} },

    /* ---- rent-change ---- */
#define RENT(b, c) \
    HEAD("aeldre") "skema:\n  B: {husleje_kr_m2: " b ", anskaffelsessum: " \
    "{i_alt: 1}}\n  C: {husleje_kr_m2: " c ", anskaffelsessum: {i_alt: 1}}\n"
    { "rent-change: a fall, as in Gartnergården",
      RENT("1481", "1370"), false, RULE_RENT_CHANGE, 1, SEV_NOTE,
      "the rent is 1,370 kr per m² in skema C against 1,481 kr in skema B: "
      "-111 kr (-7.49 %)", { { "delta", KR(-111), NULL }, { "pct", -749, NULL } } },
    { "rent-change: a rise is signed",
      RENT("1000", "1030"), false, RULE_RENT_CHANGE, 1, SEV_NOTE,
      "+30 kr (+3.00 %)", { { "pct", 300, NULL } } },
    { "rent-change: from 0 no percentage",
      RENT("0", "1000"), false, RULE_RENT_CHANGE, 1, SEV_NOTE,
      "against 0 kr in skema B: +1,000 kr", {{0}} },
    { "rent-change: nothing when C gives no rent",
      HEAD("aeldre") "skema:\n  B: {husleje_kr_m2: 1000, anskaffelsessum: "
      "{i_alt: 1}}\n" TOTAL("C", "1"), false, RULE_RENT_CHANGE, 0, 0, "", {{0}} },

    /* ---- afsatte-share ---- */
    { "afsatte-share: a share of C",
      HEAD("aeldre") "skema:\n  C: {afsatte_beloeb: 1_852_000, anskaffelsessum: "
      "{i_alt: 65_893_137}}\n", false, RULE_AFSATTE_SHARE, 1, SEV_NOTE,
      "afsatte beløb of 1,852,000 kr are 2.81 % of the anskaffelsessum "
      "65,893,137 kr", { { "pct", 281, NULL }, { "afsatte", KR(1852000), NULL } } },
    { "afsatte-share: no share of a total of 0",
      HEAD("aeldre") "skema:\n  C: {afsatte_beloeb: 1000, anskaffelsessum: "
      "{i_alt: 0}}\n", false, RULE_AFSATTE_SHARE, 0, 0, "", {{0}} },
    { "afsatte-share: nothing without afsatte beløb",
      HEAD("aeldre") "skema:\n" TOTAL("C", "1000"), false, RULE_AFSATTE_SHARE,
      0, 0, "", {{0}} },

    /* ---- serviceareal: its own account (Vejen: 861.000 kr at B, 1.038.000
     * kr at C) ---- */
#define SERVICE(b, c) \
    HEAD("aeldre") "maksimumsbeloeb: {kr_m2: 10000}\nskema:\n" \
    "  B: {boligareal_m2: 1000, anskaffelsessum: {i_alt: 10_000_000}, " \
    "serviceareal: {anskaffelsessum_kr: " b "}}\n" \
    "  C: {boligareal_m2: 1000, anskaffelsessum: {i_alt: 10_000_000}, " \
    "serviceareal: {anskaffelsessum_kr: " c "}}\n"
    { "serviceareal: above skema B at C needs approval (Vejen)",
      SERVICE("861_000", "1_038_000"), false, RULE_SERVICE_AREA, 1, SEV_WARNING,
      "the serviceareal costs 1,038,000 kr in skema C against 861,000 kr in "
      "skema B: +177,000 kr (+20.56 %); the increase needs",
      { { "delta", KR(177000), NULL }, { "pct", 2056, NULL } } },
    { "serviceareal: 1 kr above B is a warning",
      SERVICE("861_000", "861_001"), false, RULE_SERVICE_AREA, 1, SEV_WARNING,
      "+1 kr (0.00 %); the increase needs", {{0}} },
    { "serviceareal: equal to B is a note",
      SERVICE("861_000", "861_000"), false, RULE_SERVICE_AREA, 1, SEV_NOTE,
      "against 861,000 kr in skema B: 0 kr (0.00 %), a separate account",
      {{0}} },
    { "serviceareal: below B is a note",
      SERVICE("861_000", "860_999"), false, RULE_SERVICE_AREA, 1, SEV_NOTE,
      "-1 kr (0.00 %), a separate account", {{0}} },
    { "serviceareal: from 0 at B, no percentage",
      SERVICE("0", "1000"), false, RULE_SERVICE_AREA, 1, SEV_WARNING,
      "against 0 kr in skema B: +1,000 kr; the increase needs", {{0}} },
    { "serviceareal: never under the dwellings' cap",
      SERVICE("99_000_000", "99_000_000"), false, RULE_CAP_LIMIT, 0, 0, "",
      {{0}} },
    { "serviceareal: a rise from A to B is a note",
      HEAD("aeldre") "skema:\n"
      "  A: {anskaffelsessum: {i_alt: 1}, serviceareal: {anskaffelsessum_kr: 100}}\n"
      "  B: {anskaffelsessum: {i_alt: 1}, serviceareal: {anskaffelsessum_kr: 200}}\n",
      false, RULE_SERVICE_AREA, 1, SEV_NOTE,
      "the serviceareal costs 200 kr in skema B against 100 kr in skema A: "
      "+100 kr (+100.00 %), a separate account", {{0}} },
    { "serviceareal: a stated tilskud is not checked",
      HEAD("aeldre") "skema:\n  C: {anskaffelsessum: {i_alt: 1}, "
      "serviceareal: {anskaffelsessum_kr: 1_038_000, tilskud_kr: 600_000}}\n",
      false, RULE_SERVICE_AREA, 1, SEV_NOTE,
      "not checked: the servicearealtilskud is not computed", {{0}} },
    { "serviceareal: nothing when only one stage states it",
      HEAD("aeldre") "skema:\n  C: {anskaffelsessum: {i_alt: 1}, "
      "serviceareal: {anskaffelsessum_kr: 1_038_000}}\n",
      false, RULE_SERVICE_AREA, 0, 0, "", {{0}} },

    /* ---- area-plausible ---- */
#define AREA(type, boliger, bea) \
    HEAD(type) "skema:\n  B: {boliger: " boliger ", bruttoetageareal_m2: " bea \
    ", anskaffelsessum: {i_alt: 1}}\n"
    { "area-plausible holds: familie 115 m² exactly",
      AREA("familie", "10", "1150"), false, RULE_AREA_PLAUSIBLE, 0, 0, "", {{0}} },
    { "area-plausible fails: familie 115.1 m²",
      AREA("familie", "10", "1151"), false, RULE_AREA_PLAUSIBLE, 1, SEV_WARNING,
      "the average familie dwelling is 115.1 m² bruttoetageareal, above the "
      "115 m² of almenboligloven § 109",
      { { "area", 115100000, NULL }, { "limit", 115, NULL } } },
    { "area-plausible fails: ungdom 50.000001 m²",
      AREA("ungdom", "1", "50.000001"), false, RULE_AREA_PLAUSIBLE, 1,
      SEV_WARNING, "the average ungdom dwelling is 50.0 m²",
      { { "area", 50000001, NULL }, { "limit", 50, NULL } } },
    { "area-plausible holds: ældreboliger have no limit",
      AREA("aeldre", "1", "500"), false, RULE_AREA_PLAUSIBLE, 0, 0, "", {{0}} },

    /* ---- costs-share: omkostninger 5-25 % of håndværkerudgifter ---- */
    { "costs-share holds at 5 %",
      HEAD("aeldre") "skema:\n" LINES("B", "0", "10000", "500", "10500"), false,
      RULE_COSTS_SHARE, 0, 0, "", {{0}} },
    { "costs-share fails at 4.99 %",
      HEAD("aeldre") "skema:\n" LINES("B", "0", "10000", "499", "10499"), false,
      RULE_COSTS_SHARE, 1, SEV_WARNING,
      "omkostninger are 4.99 % of håndværkerudgifter, outside the usual 5-25 %",
      { { "pct", 499, NULL } } },
    { "costs-share holds at 25 %",
      HEAD("aeldre") "skema:\n" LINES("B", "0", "10000", "2500", "12500"), false,
      RULE_COSTS_SHARE, 0, 0, "", {{0}} },
    { "costs-share fails at 25.01 %",
      HEAD("aeldre") "skema:\n" LINES("B", "0", "10000", "2501", "12501"), false,
      RULE_COSTS_SHARE, 1, SEV_WARNING, "are 25.01 %", { { "pct", 2501, NULL } } },
    { "costs-share: no share of håndværkerudgifter of 0",
      HEAD("aeldre") "skema:\n" LINES("B", "0", "0", "1000", "1000"), false,
      RULE_COSTS_SHARE, 0, 0, "", {{0}} },
    /* ---- a renovation (issue 13, item 5; the minutes' punkt 5) ---- */
    { "renovation-finance holds: the sources give the anskaffelsessum",
      RENOV_SOURCES("1000", "realkreditlaan_kr: 600, traekningsret_kr: 400"),
      false, RULE_RENOV_FINANCE, 0, 0, "", {{0}} },
    { "renovation-finance boundary: 1 kr off two whole-kroner amounts is rounding",
      RENOV_SOURCES("1000", "realkreditlaan_kr: 600, henlaeggelser_kr: 399"),
      false, RULE_RENOV_FINANCE, 1, SEV_NOTE,
      "the financing sources add up to 999 kr, 1 kr from the anskaffelsessum "
      "1,000 kr: within the rounding",
      { { "diff", KR(1), NULL }, { "tolerance", KR(1), NULL } } },
    { "renovation-finance fails: 2 kr off two whole-kroner amounts",
      RENOV_SOURCES("1000", "realkreditlaan_kr: 600, henlaeggelser_kr: 398"),
      false, RULE_RENOV_FINANCE, 1, SEV_ERROR,
      "but the anskaffelsessum is 1,000 kr: 2 kr apart",
      { { "sum", KR(998), NULL }, { "diff", KR(2), NULL },
        { "tolerance", KR(1), NULL } } },
    { "renovation-finance boundary: 1 øre off two amounts in øre",
      RENOV_SOURCES("1000", "realkreditlaan_kr: 600.00, lbf_stoette_kr: 399.99"),
      false, RULE_RENOV_FINANCE, 1, SEV_NOTE, "within the rounding",
      { { "diff", 1, NULL }, { "tolerance", 1, NULL } } },
    { "renovation-finance fails: 2 øre off two amounts in øre",
      RENOV_SOURCES("1000", "realkreditlaan_kr: 600.00, lbf_stoette_kr: 399.98"),
      false, RULE_RENOV_FINANCE, 1, SEV_ERROR, "0.02 kr apart",
      { { "diff", 2, NULL }, { "tolerance", 1, NULL } } },
    { "renovation-example holds: 3.000 + 120 × 50 / 12 = 3.500",
      RENOV_AFTER("3500"), false, RULE_RENOV_EXAMPLE, 0, 0, "", {{0}} },
    { "renovation-example boundary: 1 kr above is rounding",
      RENOV_AFTER("3501"), false, RULE_RENOV_EXAMPLE, 0, 0, "", {{0}} },
    { "renovation-example fails: 1,01 kr above",
      RENOV_AFTER("3501.01"), false, RULE_RENOV_EXAMPLE, 1, SEV_ERROR,
      "the rent after is stated as 3,501.01 kr, but 3,000 kr plus 500.00 kr a "
      "month (the increase per m² times 50 m², divided by 12) is 3,500.00 kr",
      { { "stated", 350101, NULL }, { "increase", KR(500), NULL },
        { "after", KR(3500), NULL } } },
    { "renovation-example boundary: 1 kr below is rounding",
      RENOV_AFTER("3499"), false, RULE_RENOV_EXAMPLE, 0, 0, "", {{0}} },
    { "renovation-example fails: 1,01 kr below",
      RENOV_AFTER("3498.99"), false, RULE_RENOV_EXAMPLE, 1, SEV_ERROR,
      "more than 1 kr apart", { { "stated", 349899, NULL } } },
    /* 120,00 kr, 50,00 m² and 3.000,00 kr, each ± half an øre or
     * 0,005 m², imply 16,664278-16,669056 % */
    { "renovation-pct holds: 16.67 % covers 16,665-16,675 %",
      RENOV_PCT("16.67"), false, RULE_RENOV_PCT, 0, 0, "", {{0}} },
    { "renovation-pct boundary: 16.669056 % is the interval's top",
      RENOV_PCT("16.669056"), false, RULE_RENOV_PCT, 0, 0, "", {{0}} },
    { "renovation-pct: 16.669057 % is above what the example implies",
      RENOV_PCT("16.669057"), false, RULE_RENOV_PCT, 1, SEV_NOTE,
      "the example of 50 m² at 3,000 kr a month implies an increase of "
      "16.664-16.669 %, not the stated 16.669057 %",
      { { "lo", 16664278, NULL }, { "hi", 16669056, NULL },
        { "pct", 16669057, NULL } } },
    { "renovation-pct boundary: 16.664278 % is the interval's bottom",
      RENOV_PCT("16.664278"), false, RULE_RENOV_PCT, 0, 0, "", {{0}} },
    { "renovation-pct: 16.664277 % is below what the example implies",
      RENOV_PCT("16.664277"), false, RULE_RENOV_PCT, 1, SEV_NOTE,
      "not the stated 16.664277 %", { { "lo", 16664278, NULL } } },
    { "renovation-approval holds: 5 % needs no approval",
      RENOV_PCT("5"), false, RULE_RENOV_APPROVAL, 0, 0, "", {{0}} },
    { "renovation-approval: 5.000001 % needs the municipality's approval",
      RENOV_PCT("5.000001"), false, RULE_RENOV_APPROVAL, 1, SEV_NOTE,
      "the rent increase of 5.000001 % is above 5 % within a year: the case "
      "needs the municipality's approval", { { "pct", 5000001, NULL } } },
    { "renovation-approval not checked: no % stated",
      RENOV_AFTER("3500"), false, RULE_RENOV_APPROVAL, 1, SEV_NOTE,
      "not checked: the rent increase in % is not stated", {{0}} },
};

/* The zone the cap was looked up in is a figure the reports show. */
static void test_cap_zone(void **state)
{
    (void)state;
    static const char yaml[] =
        HEAD("aeldre") "  kommune: Høje-Taastrup\n"
        DATES("tilsagn: 2017-06-01, skema_b: 2018-03-01") "skema:\n"
        "  B: {boligareal_m2: 2000, anskaffelsessum: {i_alt: 1}}\n";
    struct project p;
    struct figures fig;
    live_diags = diag_list_new();
    live_store = project_load(yaml, strlen(yaml), &p, live_diags);
    check_project(&p, rates, &fig, live_diags);
    EXPECT_STR(fig.cap_zone, "hovedstad", "the zone of Høje-Taastrup in 2018");
    EXPECT_I64(fig.stage[STAGE_B].cap.set, true, "B's cap");
}

int main(void)
{
    struct CMUnitTest tests[ALEN(cases) + 1];
    tests[ALEN(cases)] = (struct CMUnitTest){
        .name = "cap-limit: the zone used",
        .test_func = test_cap_zone,
        .teardown_func = case_teardown,
    };
    for (size_t i = 0; i < ALEN(cases); i++)
        tests[i] = (struct CMUnitTest){
            .name = cases[i].name,
            .test_func = test_case,
            .teardown_func = case_teardown,
            .initial_state = (void *)(uintptr_t)&cases[i],
        };
    return cmocka_run_group_tests(tests, setup, teardown);
}
