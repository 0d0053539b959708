/* SPDX-License-Identifier: MIT */
/*
 * Unit tests of the committee report's own parts (report_committee.h):
 * the title, the résumé, Økonomi for kommunen and the proposed
 * indstilling, in Danish (the default) and English, from real checks of
 * Gartnergården (the reference case) and variations of it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "expect.h"
#include "field_names.h"
#include "check.h"
#include "diag.h"
#include "project.h"
#include "rates.h"
#include "rules.h"
#include "report.h"
#include "../../src/report_committee.h"

/* Høje-Taastrup, Socialudvalget 3.11.2021, punkt 6 (samples/gartnergaarden.yaml) */
#define GARTNERGAARDEN_HEAD \
    "format: skema/1\n" \
    "projekt:\n" \
    "  sagsnummer: \"18/10869\"\n" \
    "  navn: \"Gartnergården\"\n" \
    "  kommune: \"Høje-Taastrup\"\n" \
    "  boligtype: aeldre\n" \
    "finansiering: {realkredit_pct: 88, grundkapital_pct: 10, beboerindskud_pct: 2}\n" \
    "garanti: {pct: 55.51}\n" \
    "skema:\n" \
    "  A:\n" \
    "    boliger: 30\n" \
    "    anskaffelsessum: {grundudgifter: 14744000, haandvaerkerudgifter: 42661000,\n" \
    "                      omkostninger: 9050000, i_alt: 66455000}\n" \
    "    afrundet_til: 1000\n" \
    "  B:\n" \
    "    anskaffelsessum: {grundudgifter: 8889000, haandvaerkerudgifter: 51191000,\n" \
    "                      omkostninger: 7452000, i_alt: 67532000}\n" \
    "    afrundet_til: 1000\n"

static const char gartnergaarden[] = GARTNERGAARDEN_HEAD
    "  C:\n"
    "    boliger: 30\n"
    "    anskaffelsessum: {grundudgifter: 8959000, haandvaerkerudgifter: 51785000,\n"
    "                      omkostninger: 5149000, i_alt: 65893137}\n"
    "    afrundet_til: 1000\n"
    "    afsatte_beloeb: 1852000\n"
    "    grundkapital_kr: 6589000\n";

/* C above B by 1.468.000 kr, without afsatte beløb. */
static const char above_b[] = GARTNERGAARDEN_HEAD
    "  C:\n"
    "    boliger: 30\n"
    "    anskaffelsessum: {grundudgifter: 8959000, haandvaerkerudgifter: 54185000,\n"
    "                      omkostninger: 5856000, i_alt: 69000000}\n";

/* The lines do not add up to i_alt: an error. */
static const char sum_error[] = GARTNERGAARDEN_HEAD
    "  C:\n"
    "    anskaffelsessum: {grundudgifter: 8959000, haandvaerkerudgifter: 51785000,\n"
    "                      omkostninger: 5149000, i_alt: 66893137}\n";

/* Only A and B: a skema B case. */
static const char stage_b[] = GARTNERGAARDEN_HEAD;

/* Only a skema A, and a mixed project that gives no dwellings. */
static const char stage_a[] =
    "format: skema/1\n"
    "projekt: {navn: \"Nyt\", boligtype: blandet}\n"
    "finansiering: {realkredit_pct: 88, grundkapital_pct: 10, beboerindskud_pct: 2}\n"
    "skema:\n"
    "  A:\n"
    "    anskaffelsessum: {grundudgifter: 1000000, haandvaerkerudgifter: 8000000,\n"
    "                      omkostninger: 1000000, i_alt: 10000000}\n";

/* Skema C above a known cap (the cap-limit sample, with the built-in rates),
 * and B and C with an unchanged total. */
static const char over_cap[] =
    "format: skema/1\n"
    "projekt:\n"
    "  navn: \"Over\"\n"
    "  kommune: \"Høje Taastrup\"\n"
    "  boligtype: aeldre\n"
    "  byggeform: etage\n"
    "  datoer: {tilsagn: 2017-06-01, skema_b: 2018-03-01}\n"
    "maksimumsbeloeb: {energitillaeg_kr_m2: 1020}\n"
    "skema:\n"
    "  B:\n"
    "    boliger: 30\n"
    "    boligareal_m2: 2000\n"
    "    anskaffelsessum: {grundudgifter: 8959000, haandvaerkerudgifter: 51785000,\n"
    "                      omkostninger: 5149000, i_alt: 65893000}\n"
    "  C:\n"
    "    boliger: 30\n"
    "    boligareal_m2: 2000\n"
    "    anskaffelsessum: {grundudgifter: 8959000, haandvaerkerudgifter: 51785000,\n"
    "                      omkostninger: 5149000, i_alt: 65893000}\n";

static struct rates *builtin_rates(void)
{
    struct diag_list *d = diag_list_new();
    struct rates *rates = rates_new();
    EXPECT_TRUE(rates_add(rates, NULL, 0, d), "the built-in rates load");
    diag_list_free(d);
    return rates;
}

struct run {
    struct project p;
    struct project_store *store;
    struct diag_list *diags;
    struct figures fig;
    struct report r;
};

static void run_with(struct run *x, const char *yaml, const struct rates *rates)
{
    memset(x, 0, sizeof *x);
    x->diags = diag_list_new();
    x->store = project_load(yaml, strlen(yaml), &x->p, x->diags);
    EXPECT_I64((int64_t)diag_count_severity(x->diags, SEV_ERROR), 0,
               "the test input loads");
    check_project(&x->p, rates, &x->fig, x->diags);
    x->r = (struct report){ .file = "t.yaml", .loaded = true, .project = &x->p,
                            .figures = &x->fig, .diags = x->diags,
                            .rates = rates };
}

static void run(struct run *x, const char *yaml)
{
    run_with(x, yaml, NULL);
}

static void run_free(struct run *x)
{
    project_release(x->store);
    diag_list_free(x->diags);
}

static void test_title(void **state)
{
    (void)state;
    struct run x;
    struct strbuf sb = STRBUF_INIT;
    run(&x, gartnergaarden);
    committee_title(&sb, &x.r, LANG_DA);
    EXPECT_STR(sb.buf, "Byggeregnskab (skema C) for 30 ældreboliger, Gartnergården",
               "the title names the case as the minutes do");
    strbuf_reset(&sb);
    committee_title(&sb, &x.r, LANG_EN);
    EXPECT_STR(sb.buf, "Final accounts (byggeregnskab, skema C) for 30 dwellings "
               "for the elderly, Gartnergården", "in English");
    run_free(&x);
    run(&x, stage_b);
    strbuf_reset(&sb);
    committee_title(&sb, &x.r, LANG_DA);
    EXPECT_STR(sb.buf, "Godkendelse af anskaffelsessum (skema B) for 30 "
               "ældreboliger, Gartnergården", "a skema B case");
    run_free(&x);
    strbuf_release(&sb);
}

static void test_summary(void **state)
{
    (void)state;
    struct run x;
    struct strbuf sb = STRBUF_INIT;
    run(&x, gartnergaarden);
    committee_summary(&sb, &x.r, LANG_DA);
    EXPECT_STR(sb.buf, "Ingen fejl eller advarsler. Anskaffelsessum i skema C: "
               "65.893.137 kr. Et fald på 1.638.863 kr. i forhold til skema B "
               "(2,43 %).", "the verdict and the key figures");
    run_free(&x);
    run(&x, sum_error);
    strbuf_reset(&sb);
    committee_summary(&sb, &x.r, LANG_DA);
    EXPECT_CONTAINS(sb.buf, "1 fejl. ", "counted, singular");
    run_free(&x);
    strbuf_release(&sb);
}

static void test_economy(void **state)
{
    (void)state;
    struct run x;
    struct economy e;
    run(&x, gartnergaarden);
    committee_economy(&e, &x.r, LANG_DA);
    EXPECT_TRUE(e.shown && e.from == STAGE_B && e.to == STAGE_C, "B → C");
    const struct economy_row *g = &e.row[ECON_GRUNDKAPITAL],
                             *gu = &e.row[ECON_GUARANTEE],
                             *l = &e.row[ECON_LOAN];
    EXPECT_STR(g->label.buf, "Grundkapital 10 %", "label");
    EXPECT_I64(g->from.ore, 675320000, "grundkapital at B");
    EXPECT_I64(g->to.ore, 658931370, "grundkapital at C");
    EXPECT_I64(g->change.delta_ore, -16388630, "grundkapital change");
    EXPECT_STR(gu->label.buf, "Garanti 55,51 % af lånet", "label");
    EXPECT_I64(gu->from.ore, 3298857162, "guarantee at B");
    EXPECT_I64(gu->to.ore, 3218800671, "guarantee at C");
    EXPECT_I64(gu->change.delta_ore, -80056491, "guarantee change");
    EXPECT_I64(l->from.ore, 5942816000, "loan at B");
    EXPECT_I64(l->to.ore, 5798596056, "loan at C");
    EXPECT_I64(l->change.delta_ore, -144219944, "loan change");
    EXPECT_STR(e.text.buf,
               "Grundkapitalen falder med 163.886,30 kr. til 6.589.313,70 kr. i "
               "forhold til de 6.753.200,00 kr., der blev afsat ved skema B. "
               "Kommunens garanti falder med 800.564,91 kr. til 32.188.006,71 kr. "
               "Grundkapitalen er i skema C angivet til 6.589.000 kr.; det "
               "nøjagtige beløb er 6.589.313,70 kr. (se Kontrolresultater).",
               "what the change means");
    committee_economy_release(&e);
    run_free(&x);
}

static void test_indstilling_clean_c(void **state)
{
    (void)state;
    struct run x;
    struct indstilling in;
    run(&x, gartnergaarden);
    committee_indstilling(&in, &x.r, LANG_DA);
    EXPECT_STR(in.lead.buf, "Det indstilles, at kommunalbestyrelsen godkender:", "lead");
    EXPECT_I64((int64_t)in.nitems, 2, "the minutes' two points");
    EXPECT_STR(in.item[0].buf, "Byggeregnskabet (skema C) med en samlet "
               "anskaffelsessum på 65.893.137 kr.", "point 1 as in the minutes");
    EXPECT_STR(in.item[1].buf, "At administrationen bemyndiges til at godkende "
               "dokumentationen for anvendelse af de afsatte beløb.",
               "point 2 as in the minutes");
    EXPECT_STR(in.after.buf, "", "no condition");
    committee_indstilling_release(&in);
    run_free(&x);
}

static void test_indstilling_above_b(void **state)
{
    (void)state;
    struct run x;
    struct indstilling in;
    run(&x, above_b);
    committee_indstilling(&in, &x.r, LANG_DA);
    EXPECT_I64((int64_t)in.nitems, 3, "approve, merudgift, grundkapital");
    EXPECT_STR(in.item[1].buf, "En merudgift på 1.468.000 kr. i forhold til skema B.",
               "the merudgift against B");
    EXPECT_STR(in.item[2].buf, "En forøgelse af grundkapitalen med 146.800,00 kr. "
               "til 6.900.000,00 kr. og en tilsvarende tillægsbevilling.",
               "the larger grundkapital");
    committee_indstilling_release(&in);
    run_free(&x);
}

static void test_indstilling_errors_and_b(void **state)
{
    (void)state;
    struct run x;
    struct indstilling in;
    run(&x, sum_error);
    committee_indstilling(&in, &x.r, LANG_DA);
    EXPECT_I64((int64_t)in.nitems, 0, "nothing to approve");
    EXPECT_STR(in.lead.buf, "Byggeregnskabet (skema C) kan endnu ikke anbefales "
               "til godkendelse: kontrollen fandt 1 fejl, som er nævnt under "
               "Kontrolresultater og først skal rettes.", "why not");
    committee_indstilling_release(&in);
    run_free(&x);
    run(&x, stage_b);
    committee_indstilling(&in, &x.r, LANG_DA);
    EXPECT_STR(in.item[0].buf, "Anskaffelsessummen (skema B) på 67.532.000 kr.",
               "a skema B case approves the anskaffelsessum");
    EXPECT_STR(in.item[1].buf, "En grundkapital på 6.753.200,00 kr.", "and its grundkapital");
    committee_indstilling_release(&in);
    run_free(&x);
}

static void test_field_names(void **state)
{
    (void)state;
    static const struct { const char *path, *da, *en; } cases[] = {
        { "skema.C.anskaffelsessum.haandvaerkerudgifter",
          "Skema C, håndværkerudgifter", "Skema C, håndværkerudgifter" },
        { "skema.C.anskaffelsessum", "Skema C, anskaffelsessum",
          "Skema C, anskaffelsessum" },
        { "skema.B.husleje_kr_m2", "Skema B, husleje pr. m²", "Skema B, rent per m²" },
        { "skema.A.fordeling.aeldre.boliger",
          "Skema A, fordeling på boligtyper, ældreboliger, antal boliger",
          "Skema A, split by type, dwellings for the elderly, number of dwellings" },
        { "projekt.datoer.skema_b", "Dato for godkendelse af skema B",
          "Date skema B was approved" },
        { "projekt.kommune", "Kommune", "Municipality" },
        { "garanti.pct", "Garanti, andel af lånet", "Guarantee, share of the loan" },
        { "skema.C", "Skema C", "Skema C" },
    };
    struct strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        strbuf_reset(&sb);
        EXPECT_TRUE(field_name(&sb, cases[i].path, LANG_DA), "%s: known", cases[i].path);
        EXPECT_STR(sb.buf, cases[i].da, "%s in Danish", cases[i].path);
        strbuf_reset(&sb);
        field_name(&sb, cases[i].path, LANG_EN);
        EXPECT_STR(sb.buf, cases[i].en, "%s in English", cases[i].path);
    }
    strbuf_reset(&sb);
    EXPECT_TRUE(!field_name(&sb, "skema.C.ukendt_felt", LANG_DA), "an unknown key");
    EXPECT_STR(sb.buf, "Skema C, ukendt_felt", "is written as it stands");
    strbuf_release(&sb);
}

static void test_audit(void **state)
{
    (void)state;
    struct run x;
    struct audit a;
    run(&x, gartnergaarden);
    x.r.sha256 = "ab12";
    setenv("SOURCE_DATE_EPOCH", "1635897600", 1);
    committee_audit(&a, &x.r, LANG_DA);
    EXPECT_I64((int64_t)a.n, 4, "date, program, file, SHA-256 (no rates used)");
    EXPECT_STR(a.label[0].buf, "Rapportens dato", "label");
    EXPECT_STR(a.value[0].buf, "3. november 2021", "SOURCE_DATE_EPOCH, in Danish");
    EXPECT_STR(a.value[3].buf, "ab12", "the digest as given");
    committee_audit_release(&a);
    committee_audit(&a, &x.r, LANG_EN);
    EXPECT_STR(a.value[0].buf, "3 November 2021", "in English");
    committee_audit_release(&a);
    /* not a number of seconds: today, never a made-up date */
    setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
    committee_audit(&a, &x.r, LANG_DA);
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    char want[16];
    snprintf(want, sizeof want, "%d. ", tm.tm_mday);
    EXPECT_TRUE(strncmp(a.value[0].buf, want, strlen(want)) == 0,
                "today's date: %s", a.value[0].buf);
    committee_audit_release(&a);
    unsetenv("SOURCE_DATE_EPOCH");
    run_free(&x);
}

static void test_stage_a(void **state)
{
    (void)state;
    struct run x;
    struct strbuf sb = STRBUF_INIT;
    struct indstilling in;
    run(&x, stage_a);
    committee_title(&sb, &x.r, LANG_DA);
    EXPECT_STR(sb.buf, "Tilsagn (skema A) for almene boliger, Nyt",
               "skema A, no dwellings given");
    committee_indstilling(&in, &x.r, LANG_DA);
    EXPECT_STR(in.item[0].buf, "Tilsagn (skema A) med en foreløbig "
               "anskaffelsessum på 10.000.000 kr.", "the tilsagn");
    EXPECT_STR(in.item[1].buf, "En grundkapital på 1.000.000,00 kr.", "its grundkapital");
    committee_indstilling_release(&in);
    struct economy e;
    committee_economy(&e, &x.r, LANG_DA);
    EXPECT_TRUE(!e.shown, "one stage: no change to show");
    committee_economy_release(&e);
    strbuf_reset(&sb);
    committee_background(&sb, &x.r, LANG_DA);
    EXPECT_CONTAINS(sb.buf, "Denne sag gælder tilsagnet (skema A).", "which case");
    run_free(&x);
    strbuf_release(&sb);
}

static void test_over_cap_and_unchanged(void **state)
{
    (void)state;
    struct rates *rates = builtin_rates();
    struct run x;
    struct strbuf sb = STRBUF_INIT;
    run_with(&x, over_cap, rates);
    committee_summary(&sb, &x.r, LANG_DA);
    EXPECT_STR(sb.buf, "2 fejl. Anskaffelsessum i skema C: 65.893.000 kr. "
               "Uændret i forhold til skema B. Den ligger 6.053.000 kr. over "
               "maksimumsbeløbet.", "an error per stage; unchanged; the excess");
    struct audit a;
    committee_audit(&a, &x.r, LANG_DA);
    EXPECT_STR(a.label[a.n - 1].buf, "Kilde til anvendte satser", "a rates source");
    EXPECT_CONTAINS(a.value[a.n - 1].buf, "Aktuelle almene satser", "by its title");
    committee_audit_release(&a);
    strbuf_reset(&sb);
    committee_cap_unchecked(&sb, &x.r, LANG_DA);
    EXPECT_STR(sb.buf, "Maksimumsbeløbet er ikke kontrolleret (se Ikke kontrolleret).",
               "no cap note: the general line");
    run_free(&x);
    rates_free(rates);
    strbuf_release(&sb);
}

static void test_findings_for_the_committee(void **state)
{
    (void)state;
    struct run x;
    struct strbuf field = STRBUF_INIT, text = STRBUF_INIT, sb = STRBUF_INIT;
    run(&x, gartnergaarden);
    size_t unchecked = 0;
    for (size_t i = 0; i < diag_count(x.diags); i++) {
        const struct diag *d = diag_get(x.diags, i);
        unchecked += committee_unchecked(d);
        if (d->rule != RULE_CAP_LIMIT)
            continue;
        strbuf_reset(&field);
        strbuf_reset(&text);
        committee_finding(&field, &text, d, diag_text(&sb, d, LANG_DA), LANG_DA);
        EXPECT_STR(field.buf, "Maksimumsbeløb", "the form's word for the place");
        EXPECT_STR(text.buf, "datoen for godkendelse af skema B er ikke angivet "
                   "(året for godkendelsen af skema B afgør maksimumsbeløbet).",
                   "the reason, without 'ikke kontrolleret:'");
    }
    EXPECT_I64((int64_t)unchecked, 4, "Gartnergården's four unchecked notes");
    strbuf_reset(&sb);
    committee_cap_unchecked(&sb, &x.r, LANG_EN);
    EXPECT_STR(sb.buf, "The maksimumsbeløb is not checked: projekt.datoer.skema_b "
               "is not given (the year skema B is approved decides the cap).",
               "the cap note as a sentence");
    /* a finding about the whole file, with a citation */
    struct diag d = { .rule = RULE_FINANCE_AMOUNT, .severity = SEV_ERROR,
                      .path = "", .msgid = "x" };
    strbuf_reset(&field);
    strbuf_reset(&text);
    committee_finding(&field, &text, &d, "det stemmer ikke", LANG_DA);
    EXPECT_STR(field.buf, "Filen", "no key path");
    EXPECT_STR(text.buf, "det stemmer ikke (jf. almenboligloven § 118 og § 118 a).",
               "cited");
    run_free(&x);
    strbuf_release(&field);
    strbuf_release(&text);
    strbuf_release(&sb);
}

static void test_not_loaded(void **state)
{
    (void)state;
    struct diag_list *diags = diag_list_new();
    struct report r = { .file = "x.yaml", .loaded = false, .diags = diags };
    struct strbuf sb = STRBUF_INIT;
    struct indstilling in;
    committee_title(&sb, &r, LANG_DA);
    EXPECT_STR(sb.buf, "x.yaml", "the file's name");
    committee_indstilling(&in, &r, LANG_DA);
    EXPECT_STR(in.lead.buf, "Der kan ikke foreslås en indstilling: filen kunne "
               "ikke kontrolleres.", "nothing to propose");
    committee_indstilling_release(&in);
    struct audit a;
    committee_audit(&a, &r, LANG_DA);
    EXPECT_I64((int64_t)a.n, 3, "no SHA-256 given, no sources");
    committee_audit_release(&a);
    strbuf_release(&sb);
    diag_list_free(diags);
}

/* The edges of the report's date and of a report that was not checked:
 * a SOURCE_DATE_EPOCH that is empty, negative or past time_t is today or
 * "?", never a made-up date; each part of a file that did not load says
 * nothing rather than a figure. */
static void test_date_and_unloaded_edges(void **state)
{
    (void)state;
    struct run x;
    struct audit a;
    run(&x, gartnergaarden);
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    char today[16];
    snprintf(today, sizeof today, "%d. ", tm.tm_mday);
    static const char *const not_seconds[] = { "", "-5", "99999999999999999999999" };
    for (size_t i = 0; i < ALEN(not_seconds); i++) {
        setenv("SOURCE_DATE_EPOCH", not_seconds[i], 1);
        committee_audit(&a, &x.r, LANG_DA);
        EXPECT_TRUE(strncmp(a.value[0].buf, today, strlen(today)) == 0,
                    "'%s': today's date: %s", not_seconds[i], a.value[0].buf);
        committee_audit_release(&a);
    }
    setenv("SOURCE_DATE_EPOCH", "9223372036854775807", 1);
    committee_audit(&a, &x.r, LANG_DA);
    EXPECT_STR(a.value[0].buf, "?", "a moment no calendar holds");
    committee_audit_release(&a);
    unsetenv("SOURCE_DATE_EPOCH");
    EXPECT_STR(committee_heading(CH__COUNT, LANG_DA), "", "no such heading");

    /* the same project, as if its file had errors that stop the checks */
    x.r.loaded = false;
    struct strbuf sb = STRBUF_INIT;
    committee_title(&sb, &x.r, LANG_DA);
    EXPECT_STR(sb.buf, "Gartnergården", "the project's name, no stage");
    strbuf_reset(&sb);
    committee_summary(&sb, &x.r, LANG_DA);
    EXPECT_STR(sb.buf, "Ingen fejl eller advarsler.", "the verdict alone, no figures");
    strbuf_reset(&sb);
    committee_background(&sb, &x.r, LANG_DA);
    EXPECT_CONTAINS(sb.buf, "godkendes byggeregnskabet (skema C).", "what A, B and C are");
    EXPECT_TRUE(!strstr(sb.buf, " kr."), "but no figure: %s", sb.buf);
    strbuf_reset(&sb);
    committee_cap_unchecked(&sb, &x.r, LANG_DA);
    EXPECT_STR(sb.buf, "Maksimumsbeløbet er ikke kontrolleret: datoen for godkendelse "
               "af skema B er ikke angivet (året for godkendelsen af skema B afgør "
               "maksimumsbeløbet).", "the cap's reason, from the findings");
    struct economy e;
    committee_economy(&e, &x.r, LANG_DA);
    EXPECT_TRUE(!e.shown, "no economy");
    committee_economy_release(&e);
    strbuf_release(&sb);
    run_free(&x);
}

/* A stage without an anskaffelsessum: the file was checked, but there is
 * nothing to approve, and the reason says so. */
static void test_indstilling_no_total(void **state)
{
    (void)state;
    static const char no_total[] =
        "format: skema/1\n"
        "projekt: {navn: \"Q\", boligtype: ungdom}\n"
        "skema: {B: {boliger: 10}}\n";
    struct run x;
    struct indstilling in;
    run(&x, no_total);
    committee_indstilling(&in, &x.r, LANG_DA);
    EXPECT_I64((int64_t)in.nitems, 0, "nothing to approve");
    EXPECT_STR(in.lead.buf, "Der kan ikke foreslås en indstilling: skema B "
               "angiver ingen anskaffelsessum.", "the reason is the missing total");
    committee_indstilling_release(&in);
    run_free(&x);
}

/* Every key of skema/1 has a name: the table follows the format. */
static void test_field_names_cover_the_format(void **state)
{
    (void)state;
    char *keys = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&keys, &len);
    project_list_keys(f, LANG_EN);
    fclose(f);
    struct strbuf sb = STRBUF_INIT;
    size_t count = 0;
    for (char *line = strtok(keys, "\n"); line; line = strtok(NULL, "\n")) {
        line[strcspn(line, "\t")] = '\0';
        strbuf_reset(&sb);
        EXPECT_TRUE(field_name(&sb, line, LANG_DA), "%s has a name", line);
        count++;
    }
    EXPECT_TRUE(count > 100, "every key was tried (%zu)", count);
    strbuf_release(&sb);
    free(keys);
}

/* A renovation (the minutes' punkt 5, Parkbo): its title, Økonomi and
 * indstilling in the minutes' wording, and its variants. */
#define PARKBO(fin, rent, extra) \
    "format: skema/1\n" \
    "projekt: {navn: Parkbo, boligorganisation: Lejerbo, boligtype: familie}\n" \
    "renovering:\n  beskrivelse: udskiftning af tag og vinduer\n" \
    "  anskaffelsessum_kr: 62370000\n  finansiering: {" fin "}\n" \
    "  huslejeforhoejelse: {kr_m2_aar: 117.40" rent "}\n" extra

static void test_renovation(void **state)
{
    (void)state;
    struct run x;
    struct strbuf sb = STRBUF_INIT;
    struct indstilling in;
    run(&x, PARKBO("realkreditlaan_kr: 52970000, loebetid_aar: 30, "
                   "traekningsret_kr: 5000000, henlaeggelser_kr: 4400000",
                   ", pct: 14.98", ""));
    committee_title(&sb, &x.r, LANG_DA);
    EXPECT_STR(sb.buf, "Godkendelse af finansiering og huslejeforhøjelse: "
               "udskiftning af tag og vinduer, Parkbo", "the title");
    strbuf_reset(&sb);
    committee_renovation_economy(&sb, &x.r, LANG_DA);
    EXPECT_STR(sb.buf, "Sagen medfører ingen økonomiske forpligtelser for "
               "kommunen.", "no guarantee, as the minutes say it");
    committee_indstilling(&in, &x.r, LANG_DA);
    EXPECT_I64((int64_t)in.nitems, 1, "one point");
    EXPECT_STR(in.item[0].buf, "at Lejerbo optager et 30-årigt realkreditlån på "
               "52.970.000 kr. samt en huslejeforhøjelse på 14,98 %",
               "the minutes' indstilling");
    committee_indstilling_release(&in);
    run_free(&x);

    /* no term, no %, a guarantee, and the sources 400.000 kr short */
    run(&x, PARKBO("realkreditlaan_kr: 52970000, traekningsret_kr: 5000000, "
                   "henlaeggelser_kr: 4000000", "",
                   "  kommunal_garanti_kr: 10000000\n"));
    strbuf_reset(&sb);
    committee_renovation_economy(&sb, &x.r, LANG_DA);
    EXPECT_STR(sb.buf, "Kommunen garanterer for 10.000.000 kr. af lånet.",
               "a guarantee");
    committee_indstilling(&in, &x.r, LANG_DA);
    EXPECT_I64((int64_t)in.nitems, 0, "nothing to approve with an error");
    EXPECT_STR(in.lead.buf, "Finansieringen og huslejeforhøjelsen kan endnu ikke "
               "anbefales til godkendelse: kontrollen fandt 1 fejl, som er "
               "nævnt under Kontrolresultater og først skal rettes.", "why not");
    committee_indstilling_release(&in);
    run_free(&x);

    run(&x, PARKBO("realkreditlaan_kr: 62370000", "", ""));
    committee_indstilling(&in, &x.r, LANG_EN);
    EXPECT_STR(in.item[0].buf, "that Lejerbo takes up a mortgage loan of "
               "62,370,000 kr", "no term and no percentage: the loan alone");
    committee_indstilling_release(&in);
    run_free(&x);
    strbuf_release(&sb);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title),
        cmocka_unit_test(test_summary),
        cmocka_unit_test(test_economy),
        cmocka_unit_test(test_indstilling_clean_c),
        cmocka_unit_test(test_indstilling_above_b),
        cmocka_unit_test(test_indstilling_errors_and_b),
        cmocka_unit_test(test_field_names),
        cmocka_unit_test(test_field_names_cover_the_format),
        cmocka_unit_test(test_audit),
        cmocka_unit_test(test_stage_a),
        cmocka_unit_test(test_over_cap_and_unchanged),
        cmocka_unit_test(test_findings_for_the_committee),
        cmocka_unit_test(test_not_loaded),
        cmocka_unit_test(test_date_and_unloaded_edges),
        cmocka_unit_test(test_renovation),
        cmocka_unit_test(test_indstilling_no_total),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
