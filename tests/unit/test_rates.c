/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the rates: the built-in data loads cleanly, and every
 * lookup is right at the boundary dates the law turns on (30 Jun / 1 Jul
 * 2009, 31 Dec 2018 / 1 Jan 2019, 31 Jul / 1 Aug 2020); municipality names
 * match however they are spelt; broken rates data is refused.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "money.h"
#include "rates.h"
#include "expect.h"

static struct rates *builtin(void)
{
    struct diag_list *diags = diag_list_new();
    struct rates *r = rates_new();
    bool ok = rates_add(r, NULL, 0, diags);
    if (!ok || diag_count(diags) != 0) {
        for (size_t i = 0; i < diag_count(diags); i++)
            print_error("%u:%u %s\n", (unsigned)diag_get(diags, i)->pos.line,
                        (unsigned)diag_get(diags, i)->pos.col,
                        msg_of(diag_get(diags, i)));
    }
    assert_true(ok);
    assert_int_equal(diag_count(diags), 0);
    diag_list_free(diags);
    return r;
}

static int setup(void **state)
{
    *state = builtin();
    return 0;
}

static int teardown(void **state)
{
    rates_free(*state);
    return 0;
}

static void test_builtin_loads(void **state)
{
    const struct rates *r = *state;
    assert_non_null(rates_source(r, "bl-0511"));
    assert_non_null(rates_source(r, "elov-118a"));
    assert_null(rates_source(r, "no-such-source"));
}

static void test_kommune_spelling(void **state)
{
    (void)state;
    static const char *const same[][2] = {
        { "Høje-Taastrup", "Hoeje-Taastrup" },
        { "Høje-Taastrup", "Høje Taastrup" },
        { "Høje-Taastrup", "høje-taastrup kommune" },
        { "Høje-Taastrup", "HØJE-TAASTRUP" },
        { "Aarhus", "Århus" },
        { "Lyngby-Taarbæk", "Lyngby Taarbaek" },
        { "København", "Københavns Kommune" },
        { "Tårnby", "Taarnby" },
    };
    static const char *const different[][2] = {
        { "Høje-Taastrup", "Taastrup" },
        { "Odense", "Odder" },
        { "Frederiksberg", "Frederikssund" },
        { "Køge", "Kolding" },
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++)
        assert_true(rates_same_kommune(same[i][0], same[i][1]));
    for (size_t i = 0; i < sizeof different / sizeof different[0]; i++)
        assert_false(rates_same_kommune(different[i][0], different[i][1]));
}

static void test_zones(void **state)
{
    const struct rates *r = *state;
    static const struct {
        const char *kommune;
        int64_t date;
        const char *zone;   /* NULL: no zone */
    } cases[] = {
        { "Høje-Taastrup", 20180301, "hovedstad" },
        { "Hoeje Taastrup", 20180301, "hovedstad" },
        { "Høje-Taastrup Kommune", 20080601, "hovedstad" },
        { "Aarhus", 20180301, "aarhus-gruppen" },
        { "Århus", 20080601, "aarhus-gruppen" },
        { "Faxe", 20110101, "aarhus-gruppen" },
        { "Odense", 20180301, "odense-gruppen" },
        /* the Odense group exists for skema B from 1 July 2009 */
        { "Odense", 20090630, "provins" },
        { "Odense", 20090701, "odense-gruppen" },
        /* Stevns joins Hovedstadsregionen in 2009 (BL 5208) */
        { "Stevns", 20081231, "provins" },
        { "Stevns", 20090101, "hovedstad" },
        { "Aabenraa", 20180301, "provins" },
        { "Bornholms Regionskommune", 20180301, "provins" },
        { "Dragør", 20180301, "hovedstad" },
        { "DRAGOER KOMMUNE", 20180301, "hovedstad" },
        /* not one of the 98: no zone, never provins (kommune-typo.yaml) */
        { "Dragor", 20180301, NULL },
        { "Atlantis", 20180301, NULL },
        { "Frederiksbjerg", 20180301, NULL },
        /* 2006: the zones are defined, their members are not listable */
        { "Høje-Taastrup", 20060601, NULL },
        /* 2007: no zone definition is known */
        { "Høje-Taastrup", 20070601, NULL },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *why = NULL;
        const struct rate_zone *z = rates_zone(r, cases[i].kommune, cases[i].date,
                                               &why);
        if (cases[i].zone) {
            assert_non_null(z);
            assert_string_equal(z->id.text, cases[i].zone);
        } else {
            assert_null(z);
            assert_non_null(why);
        }
    }
}

static void test_caps(void **state)
{
    const struct rates *r = *state;
    static const struct {
        int64_t year;
        enum housing type;
        const char *zone;
        int64_t tilsagn;
        int64_t kr_m2;      /* whole kroner; 0: no row */
    } cases[] = {
        { 2018, HOUSING_AELDRE, "hovedstad", 20170601, 28900 },
        { 2018, HOUSING_FAMILIE, "provins", 0, 18720 },
        { 2017, HOUSING_AELDRE, "odense-gruppen", 0, 23550 },
        { 2006, HOUSING_FAMILIE, "hovedstad-2006", 0, 17700 },
        /* 2011: the +6 % applies to tilsagn from 1 July 2009 */
        { 2011, HOUSING_FAMILIE, "hovedstad", 20090630, 19950 },
        { 2011, HOUSING_FAMILIE, "hovedstad", 20090701, 21160 },
        { 2011, HOUSING_UNGDOM, "aarhus-gruppen", 20090701, 21770 },
        /* unknown years and the ungdom rows of 2017/2018 are absent */
        { 2015, HOUSING_AELDRE, "hovedstad", 0, 0 },
        { 2019, HOUSING_FAMILIE, "hovedstad", 20180101, 0 },
        { 2018, HOUSING_UNGDOM, "hovedstad", 0, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *why = NULL;
        const struct rate_cap *c = rates_cap(r, cases[i].year, cases[i].type,
                                             cases[i].zone, cases[i].tilsagn, &why);
        if (cases[i].kr_m2) {
            assert_non_null(c);
            assert_int_equal(c->kr_m2.n, cases[i].kr_m2 * ORE_PER_KR);
        } else {
            assert_null(c);
            assert_non_null(why);
        }
    }
    /* 2011 hovedstad familie depends on the tilsagn date: unknown, no row */
    const char *why = NULL;
    assert_null(rates_cap(r, 2011, HOUSING_FAMILIE, "hovedstad", 0, &why));
    assert_non_null(strstr(why, "tilsagn"));
}

/* Næstved's caps inkl. energitillæg: only rates_cap_incl returns them,
 * for the energitillæg's tilsagn dates (1.7.2009-31.7.2020). */
static void test_caps_incl(void **state)
{
    const struct rates *r = *state;
    const char *why = NULL;
    const struct rate_cap *c =
        rates_cap_incl(r, 2018, HOUSING_FAMILIE, "aarhus-gruppen", 20170601);
    assert_non_null(c);
    assert_int_equal(c->kr_m2.n, 20860 * ORE_PER_KR);
    c = rates_cap_incl(r, 2019, HOUSING_FAMILIE, "aarhus-gruppen", 20180101);
    assert_non_null(c);
    assert_int_equal(c->kr_m2.n, 21340 * ORE_PER_KR);
    /* the boundaries of the tilsagn dates, and the unknown date */
    assert_null(rates_cap_incl(r, 2018, HOUSING_FAMILIE, "aarhus-gruppen", 20090630));
    assert_non_null(rates_cap_incl(r, 2018, HOUSING_FAMILIE, "aarhus-gruppen", 20090701));
    assert_non_null(rates_cap_incl(r, 2018, HOUSING_FAMILIE, "aarhus-gruppen", 20200731));
    assert_null(rates_cap_incl(r, 2018, HOUSING_FAMILIE, "aarhus-gruppen", 20200801));
    assert_null(rates_cap_incl(r, 2018, HOUSING_FAMILIE, "aarhus-gruppen", 0));
    /* no other zone or type, and never from rates_cap */
    assert_null(rates_cap_incl(r, 2018, HOUSING_FAMILIE, "odense-gruppen", 20170601));
    assert_null(rates_cap_incl(r, 2018, HOUSING_AELDRE, "aarhus-gruppen", 20170601));
    c = rates_cap(r, 2018, HOUSING_FAMILIE, "aarhus-gruppen", 20170601, &why);
    assert_non_null(c);
    assert_int_equal(c->kr_m2.n, 19850 * ORE_PER_KR);
    assert_null(rates_cap(r, 2019, HOUSING_FAMILIE, "aarhus-gruppen", 20180101, &why));
    /* the highest known energitillæg per form */
    assert_int_equal(rates_energy_highest(r, FORM_ETAGE)->kr_m2.n, 1020 * ORE_PER_KR);
    assert_int_equal(rates_energy_highest(r, FORM_LAV)->kr_m2.n, 880 * ORE_PER_KR);
}

static void test_energy(void **state)
{
    const struct rates *r = *state;
    const struct rate_energy *period, *amount;
    /* 30 Jun / 1 Jul 2009 */
    assert_false(rates_energy(r, 20090630, 2009, FORM_ETAGE, &period, &amount));
    assert_true(rates_energy(r, 20090701, 2009, FORM_ETAGE, &period, &amount));
    assert_non_null(amount);
    assert_int_equal(amount->kr_m2.n, 1020 * ORE_PER_KR);
    assert_true(rates_energy(r, 20090701, 2009, FORM_LAV, &period, &amount));
    assert_int_equal(amount->kr_m2.n, 880 * ORE_PER_KR);
    /* applies, but the 2018 amount is not known */
    assert_true(rates_energy(r, 20170601, 2018, FORM_ETAGE, &period, &amount));
    assert_null(amount);
    /* 31 Jul / 1 Aug 2020: folded into the cap from the 2020 model */
    assert_true(rates_energy(r, 20200731, 2020, FORM_ETAGE, &period, &amount));
    assert_false(rates_energy(r, 20200801, 2020, FORM_ETAGE, &period, &amount));
}

static void test_splits(void **state)
{
    const struct rates *r = *state;
    const int64_t m2 = DEC_ONE;
    static const struct {
        int64_t tilsagn;
        enum housing type;
        int64_t avg_m2;     /* in millionths; -1 unknown */
        int64_t gk, rk;     /* percent; 0: no row */
    } cases[] = {
        /* 30 Jun / 1 Jul 2009 */
        { 20090630, HOUSING_AELDRE, -1, 0, 0 },
        { 20090701, HOUSING_AELDRE, -1, 7, 91 },
        { 20101231, HOUSING_FAMILIE, -1, 7, 91 },
        { 20110101, HOUSING_FAMILIE, -1, 14, 84 },
        { 20120630, HOUSING_UNGDOM, -1, 14, 84 },
        { 20120701, HOUSING_UNGDOM, -1, 10, 88 },
        /* 31 Dec 2018 / 1 Jan 2019: familie by average area from 2019 */
        { 20181231, HOUSING_FAMILIE, -1, 10, 88 },
        { 20181231, HOUSING_FAMILIE, 80 * m2, 10, 88 },
        { 20190101, HOUSING_FAMILIE, 80 * m2, 8, 90 },
        { 20190101, HOUSING_FAMILIE, 90 * m2 - 1, 8, 90 },
        { 20190101, HOUSING_FAMILIE, 90 * m2, 10, 88 },
        { 20190101, HOUSING_FAMILIE, 105 * m2 - 1, 10, 88 },
        { 20190101, HOUSING_FAMILIE, 105 * m2, 12, 86 },
        { 20190101, HOUSING_FAMILIE, -1, 0, 0 },
        { 20190101, HOUSING_AELDRE, -1, 10, 88 },
        { 20261231, HOUSING_UNGDOM, -1, 10, 88 },
        { 20270101, HOUSING_UNGDOM, -1, 0, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *why = NULL;
        const struct rate_split *s = rates_split(r, cases[i].tilsagn, cases[i].type,
                                                 cases[i].avg_m2, &why);
        if (cases[i].gk) {
            assert_non_null(s);
            assert_int_equal(s->grundkapital_pct.n, cases[i].gk * DEC_ONE);
            assert_int_equal(s->realkredit_pct.n, cases[i].rk * DEC_ONE);
            assert_int_equal(s->beboerindskud_pct.n, 2 * DEC_ONE);
        } else {
            assert_null(s);
            assert_non_null(why);
        }
    }
}

/* A small rates file added to the built-in data wins where it covers a case. */
static void test_added_rows_win(void **state)
{
    (void)state;
    static const char extra[] =
        "format: skema-rates/1\n"
        "kilder:\n"
        "  lbf-2024:\n"
        "    titel: \"LBF satser 2024\"\n"
        "    url: \"https://www.lbf.dk/regler-og-satser/satser/\"\n"
        "zoner: []\n"
        "maksimumsbeloeb:\n"
        "  - aar: 2018\n"
        "    boligtype: aeldre\n"
        "    zoner: [hovedstad]\n"
        "    kr_m2: 30_000\n"
        "    kilde: lbf-2024\n"
        "energitillaeg: []\n"
        "grundkapital: []\n";
    struct rates *r = builtin();
    struct diag_list *diags = diag_list_new();
    assert_true(rates_add(r, extra, sizeof extra - 1, diags));
    assert_int_equal(diag_count(diags), 0);
    const char *why;
    const struct rate_cap *c = rates_cap(r, 2018, HOUSING_AELDRE, "hovedstad", 0, &why);
    assert_non_null(c);
    assert_int_equal(c->kr_m2.n, 30000 * ORE_PER_KR);
    /* what it does not cover still comes from the built-in data */
    c = rates_cap(r, 2018, HOUSING_FAMILIE, "hovedstad", 0, &why);
    assert_non_null(c);
    assert_int_equal(c->kr_m2.n, 23280 * ORE_PER_KR);
    diag_list_free(diags);
    rates_free(r);
}

static void test_kommune_suggestion(void **state)
{
    const struct rates *r = *state;
    static const struct {
        const char *given, *near;   /* near NULL: none */
    } cases[] = {
        { "Dragor", "Dragør" },
        { "Hoje Taastrup", "Høje-Taastrup" },
        { "Frederiksbjerg", "Frederiksberg" },
        { "Koebenhavn", NULL },         /* known as it is */
        { "Dragør", NULL },
        { "Atlantis", NULL },           /* nothing close */
        { "Lyngby", NULL },             /* a part is not close enough */
        { "", NULL },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *near = rates_kommune_suggestion(r, cases[i].given);
        if (cases[i].near) {
            assert_non_null(near);
            assert_string_equal(near, cases[i].near);
        } else {
            assert_null(near);
        }
    }
}

static void test_broken_rates(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        enum rule rule;
        unsigned line, col;
    } cases[] = {
        { "format: skema-rates/1\nkilder: {}\nzoner: []\nmaksimumsbeloeb:\n"
          "  - {aar: 2018, boligtype: aeldre, zoner: [x], kr_m2: 1, kilde: nope}\n"
          "energitillaeg: []\ngrundkapital: []\n", RULE_RATES_SOURCE, 5, 65 },
        { "format: skema-rates/1\nkilder: {k: {titel: t, url: u}}\nzoner: []\n"
          "maksimumsbeloeb:\n"
          "  - {aar: 2018, boligtype: aeldre, zoner: [nowhere], kr_m2: 1, kilde: k}\n"
          "energitillaeg: []\ngrundkapital: []\n", RULE_RATES_CONSISTENT, 5, 44 },
        { "format: skema-rates/1\nkilder: {k: {titel: t, url: u}}\nzoner:\n"
          "  - {id: a, navn: A, gyldig_fra: 2018-01-01, kommuner: [Odense], kilde: k}\n"
          "  - {id: b, navn: B, gyldig_fra: 2017-01-01, kommuner: [Odense Kommune], kilde: k}\n"
          "maksimumsbeloeb: []\nenergitillaeg: []\ngrundkapital: []\n",
          RULE_RATES_CONSISTENT, 5, 57 },
        { "format: skema-rates/1\nkilder: {k: {titel: t, url: u}}\nzoner: []\n"
          "maksimumsbeloeb: []\nenergitillaeg: []\ngrundkapital:\n"
          "  - {tilsagn_fra: 2019-01-01, boligtype: [aeldre], grundkapital_pct: 10,\n"
          "     realkredit_pct: 88, beboerindskud_pct: 3, kilde: k}\n",
          RULE_RATES_CONSISTENT, 7, 5 },
        { "format: skema-rates/1\nkilder: {k: {titel: t, url: u}}\nzoner: []\n"
          "maksimumsbeloeb:\n"
          "  - {aar: 2018, boligtype: aeldre, zoner: [], kr_m2: 1.005, kilde: k}\n"
          "energitillaeg: []\ngrundkapital: []\n", RULE_VALUE_AMOUNT, 5, 54 },
        { "format: skema/1\n", RULE_FORMAT_VERSION, 1, 9 },
        /* a repeated list item (rates-dup.yaml) */
        { "format: skema-rates/1\nkilder: {k: {titel: t, url: u}}\n"
          "kommuner: [{navne: [Odense, Odense], kilde: k}]\nzoner: []\n"
          "maksimumsbeloeb: []\nenergitillaeg: []\ngrundkapital: []\n",
          RULE_RATES_CONSISTENT, 3, 29 },
        /* two energitillæg amounts for one year and form (rates-conflict) */
        { "format: skema-rates/1\nkilder: {k: {titel: t, url: u}}\nzoner: []\n"
          "maksimumsbeloeb: []\nenergitillaeg:\n"
          "  - {tilsagn_fra: 2000-01-01, aar: 2018, byggeform: lav, kr_m2: 5, kilde: k}\n"
          "  - {tilsagn_fra: 2010-01-01, aar: 2018, byggeform: lav, kr_m2: 7, kilde: k}\n"
          "grundkapital: []\n", RULE_RATES_CONSISTENT, 7, 65 },
        /* two caps inkl. energitillæg for one case (the one without
         * beside them is no conflict: the built-in data has such a pair) */
        { "format: skema-rates/1\nkilder: {k: {titel: t, url: u}}\n"
          "zoner: [{id: z, navn: Z, gyldig_fra: 2000-01-01, oevrige: true, kilde: k}]\n"
          "maksimumsbeloeb:\n"
          "  - {aar: 2018, boligtype: aeldre, zoner: [z], kr_m2: 1, kilde: k}\n"
          "  - {aar: 2018, boligtype: aeldre, zoner: [z], kr_m2: 2, kilde: k,\n"
          "     inkl_energitillaeg: true}\n"
          "  - {aar: 2018, boligtype: aeldre, zoner: [z], kr_m2: 3, kilde: k,\n"
          "     inkl_energitillaeg: true}\n"
          "energitillaeg: []\ngrundkapital: []\n", RULE_RATES_CONSISTENT, 8, 44 },
        /* two financing splits for one type over the same dates */
        { "format: skema-rates/1\nkilder: {k: {titel: t, url: u}}\nzoner: []\n"
          "maksimumsbeloeb: []\nenergitillaeg: []\ngrundkapital:\n"
          "  - {tilsagn_fra: 2000-01-01, boligtype: [aeldre], grundkapital_pct: 10,\n"
          "     realkredit_pct: 88, beboerindskud_pct: 2, kilde: k}\n"
          "  - {tilsagn_fra: 2010-01-01, boligtype: [ungdom, aeldre], grundkapital_pct: 50,\n"
          "     realkredit_pct: 48, beboerindskud_pct: 2, kilde: k}\n",
          RULE_RATES_CONSISTENT, 9, 5 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct rates *r = rates_new();
        struct diag_list *diags = diag_list_new();
        assert_false(rates_add(r, cases[i].text, strlen(cases[i].text), diags));
        assert_true(diag_count(diags) >= 1);
        diag_sort(diags);
        bool found = false;
        for (size_t k = 0; k < diag_count(diags); k++) {
            const struct diag *d = diag_get(diags, k);
            if (d->rule == cases[i].rule && d->pos.line == cases[i].line &&
                d->pos.col == cases[i].col)
                found = true;
        }
        if (!found)
            for (size_t k = 0; k < diag_count(diags); k++)
                print_error("case %zu: %u:%u %s %s\n", i,
                            (unsigned)diag_get(diags, k)->pos.line,
                            (unsigned)diag_get(diags, k)->pos.col,
                            rule_info(diag_get(diags, k)->rule)->id,
                            msg_of(diag_get(diags, k)));
        assert_true(found);
        /* a refused document leaves nothing behind to look up */
        const char *why;
        assert_null(rates_cap(r, 2018, HOUSING_AELDRE, "x", 0, &why));
        diag_list_free(diags);
        rates_free(r);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_builtin_loads),
        cmocka_unit_test(test_kommune_spelling),
        cmocka_unit_test(test_zones),
        cmocka_unit_test(test_caps),
        cmocka_unit_test(test_caps_incl),
        cmocka_unit_test(test_energy),
        cmocka_unit_test(test_splits),
        cmocka_unit_test(test_added_rows_win),
        cmocka_unit_test(test_kommune_suggestion),
        cmocka_unit_test(test_broken_rates),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
