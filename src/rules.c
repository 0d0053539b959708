/* SPDX-License-Identifier: MIT */
/* The rule table and severity policy; documented in include/rules.h */
#include "rules.h"

#include <string.h>

#define SHAPE "skema/1 file format (README, schemas/skema-projekt.schema.json)"
#define YAML "YAML 1.1 as read by libyaml"

static const struct rule_info rules[RULE__COUNT] = {
    [RULE_YAML_SYNTAX] = {
        "yaml-syntax", SEV_ERROR, true, "the file is not valid YAML", YAML,
        "libyaml could not parse the file. Parsing stops at the first "
        "syntax error, so nothing after it is checked."},
    [RULE_YAML_ENCODING] = {
        "yaml-encoding", SEV_ERROR, true,
        "the file is not valid UTF-8 text", YAML,
        "A skema file is UTF-8 text (a byte-order mark and CRLF line ends "
        "are accepted). Invalid byte sequences and NUL bytes are refused."},
    [RULE_YAML_DOCUMENTS] = {
        "yaml-documents", SEV_ERROR, true,
        "the file must hold exactly one YAML document", YAML,
        "One file describes one project. An empty file, or a second "
        "document after '---', is refused rather than half-read."},
    [RULE_YAML_LIMIT] = {
        "yaml-limit", SEV_ERROR, true, "the file exceeds a limit", YAML,
        "Nesting depth, text length and key counts are bounded far above "
        "anything a skema file needs, so that no input can exhaust "
        "memory or the stack."},
    [RULE_YAML_ANCHOR] = {
        "yaml-anchor", SEV_ERROR, false, "anchors and aliases are not used",
        SHAPE,
        "An alias makes one figure stand in two places; in an account "
        "that hides what was stated. Write every figure out."},
    [RULE_YAML_TAG] = {
        "yaml-tag", SEV_ERROR, false, "explicit tags are not used", SHAPE,
        "Tags such as !!str change how YAML reads a value; skema reads "
        "every value by the type of its key instead."},
    [RULE_FORMAT_VERSION] = {
        "format-version", SEV_ERROR, false,
        "the file must say format: skema/1", SHAPE,
        "The first key names the format so that a later, changed format "
        "is never misread as this one."},
    [RULE_KEY_UNKNOWN] = {
        "key-unknown", SEV_ERROR, false, "unknown key", SHAPE,
        "Every key must be one of the format's keys. A misspelt key "
        "would otherwise be ignored and its figure silently lost."},
    [RULE_KEY_DUPLICATE] = {
        "key-duplicate", SEV_ERROR, false, "key given twice", SHAPE,
        "YAML would keep only one of two equal keys; which figure is "
        "meant cannot be known, so both are refused."},
    [RULE_KEY_REQUIRED] = {
        "key-required", SEV_ERROR, false, "a required key is missing",
        SHAPE,
        "format, projekt.navn, projekt.boligtype and at least one stage "
        "(skema.A, skema.B or skema.C) are required."},
    [RULE_KEY_ONLY_C] = {
        "key-only-c", SEV_ERROR, false, "a key that belongs in skema C only",
        SHAPE,
        "Afsatte beløb (amounts set aside for expenses not yet paid) are "
        "part of the final accounts, skema C, only."},
    [RULE_KEY_TYPE] = {
        "key-type", SEV_ERROR, false, "a key must be plain text", SHAPE,
        "Keys are the format's names; a list or mapping used as a key "
        "is refused."},
    [RULE_VALUE_TYPE] = {
        "value-type", SEV_ERROR, false, "a value of the wrong kind", SHAPE,
        "A key expects a mapping, or a single value of its type; a "
        "quoted number is text, not an amount."},
    [RULE_VALUE_TEXT] = {
        "value-text", SEV_ERROR, false, "text is missing or ambiguous", SHAPE,
        "Text values must not be empty or null. Unquoted yes/no/true/"
        "false/on/off read as booleans in YAML 1.1: quote them."},
    [RULE_VALUE_ENUM] = {
        "value-enum", SEV_ERROR, false, "not one of the allowed values",
        SHAPE, "The value must be one of the listed words."},
    [RULE_VALUE_DATE] = {
        "value-date", SEV_ERROR, false, "not a valid date", SHAPE,
        "Dates are ISO calendar dates, YYYY-MM-DD, and must exist "
        "(2021-02-30 does not)."},
    [RULE_VALUE_AMOUNT] = {
        "value-amount", SEV_ERROR, false, "not a valid amount", SHAPE,
        "Amounts are kroner: a whole number or one with at most two "
        "decimals after '.', with '_' allowed between groups of three "
        "digits (8_959_000). Thousands dots or commas, units, exponents, "
        "signs and leading zeros are refused, because each has been "
        "misread somewhere; skema holds amounts exactly as øre."},
    [RULE_VALUE_NUMBER] = {
        "value-number", SEV_ERROR, false, "not a valid number", SHAPE,
        "Percentages and areas are decimals with '.' and at most six "
        "decimals; counts are whole numbers."},
    [RULE_VALUE_RANGE] = {
        "value-range", SEV_ERROR, false, "a number outside its range", SHAPE,
        "Percentages lie from 0 to 100; areas, counts and the rounding "
        "unit must be above zero."},
    [RULE_SUM_LINES] = {
        "sum-lines", SEV_ERROR, false,
        "the cost lines add up to the stated total",
        "Skema A/B/C: anskaffelsessum = grundudgifter + håndværkerudgifter "
        "+ omkostninger (+ gebyrer) (BOSSINF-STB, Byggeriets økonomi)",
        "Each stage's grundudgifter, håndværkerudgifter, omkostninger and "
        "gebyrer must add up to its i_alt. When the stage says its "
        "figures are rounded (afrundet_til R) and n lines are given, a "
        "difference of up to n*R/2 is rounding and only noted; more is an "
        "error."},
    [RULE_SPLIT_TYPE] = {
        "split-type", SEV_ERROR, false,
        "the per-type split matches projekt.boligtype",
        "almenboligloven § 115 (tilsagn per boligtype: familie-, ældre- og "
        "ungdomsboliger)",
        "A project of one boligtype can only split its dwellings into "
        "that type; a mixed project (boligtype: blandet) gives the split "
        "under fordeling so that each type's rules can apply."},
    [RULE_SPLIT_TOTAL] = {
        "split-total", SEV_ERROR, false,
        "the per-type split adds up to the stage's totals", "arithmetic",
        "Where a stage gives both totals (boliger, areas) and a split by "
        "type, the split must add up to the totals."},
    [RULE_COMPARE_STAGES] = {
        "compare-stages", SEV_NOTE, false,
        "the stages are compared line by line",
        "Skema B approves the anskaffelsessum after tender; skema C is the "
        "final account (støttebekendtgørelsen; see domain notes § 4)",
        "The changes A→B, B→C and A→C are computed for every line and "
        "the total, in kr and %. A comparison that lacks a figure is "
        "reported as not checked."},
    [RULE_FINANCE_SHARES] = {
        "finance-shares", SEV_ERROR, false,
        "realkreditlån, grundkapital and beboerindskud make 100 %",
        "almenboligloven § 118, stk. 1, and § 118 a",
        "The anskaffelsessum is financed by a mortgage loan, the "
        "municipality's grundkapital and the tenants' beboerindskud; the "
        "stated shares must add up to exactly 100 %."},
    [RULE_FINANCE_AMOUNT] = {
        "finance-amount", SEV_ERROR, false,
        "stated loan, grundkapital and beboerindskud amounts agree",
        "almenboligloven § 118 and § 118 a (shares of the anskaffelsessum)",
        "A stated realkreditlaan_kr, grundkapital_kr or beboerindskud_kr "
        "must equal its share of the stage's anskaffelsessum, up to the "
        "rounding the stage declares (afrundet_til), or half a krone for "
        "a figure in whole kroner."},
    [RULE_GUARANTEE_AMOUNT] = {
        "guarantee-amount", SEV_ERROR, false,
        "the stated guarantee agrees with garanti.pct of the loan",
        "almenboligloven § 127 (the municipality guarantees the part of the "
        "loan beyond 60 % of the property value; since 2018 as a "
        "regaranti towards the state, § 128 a)",
        "The guaranteed amount is garanti.pct of the stage's realkreditlån "
        "(realkredit_pct of the anskaffelsessum). A stated garanti_kr "
        "must agree with it up to the stage's rounding."},
};

const struct rule_info *rule_info(enum rule rule)
{
    if ((unsigned)rule >= RULE__COUNT)
        return NULL;
    return &rules[rule];
}

bool rule_by_id(const char *id, enum rule *out)
{
    for (unsigned i = 0; i < RULE__COUNT; i++) {
        if (strcmp(rules[i].id, id) == 0) {
            *out = (enum rule)i;
            return true;
        }
    }
    return false;
}

const char *severity_name(enum severity sev)
{
    switch (sev) {
    case SEV_NOTE: return "note";
    case SEV_WARNING: return "warning";
    case SEV_ERROR: return "error";
    }
    return "?";
}
