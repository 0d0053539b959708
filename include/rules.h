/* SPDX-License-Identifier: MIT */
/*
 * The rules: every check skema makes has a stable ID, a severity and a
 * basis.  The severity policy lives here and only here (src/rules.c):
 *   error   the law or the arithmetic is broken, or the file is not valid;
 *   warning the figures need a decision by a person;
 *   note    information, and every "not checked: why".
 */
#pragma once

#include <stdbool.h>

enum severity {
    SEV_NOTE,
    SEV_WARNING,
    SEV_ERROR,
};

enum rule {
    /* reading the YAML */
    RULE_YAML_SYNTAX,
    RULE_YAML_ENCODING,
    RULE_YAML_DOCUMENTS,
    RULE_YAML_LIMIT,
    RULE_YAML_ANCHOR,
    RULE_YAML_TAG,
    /* the shape of a skema/1 file */
    RULE_FORMAT_VERSION,
    RULE_KEY_UNKNOWN,
    RULE_KEY_DUPLICATE,
    RULE_KEY_REQUIRED,
    RULE_KEY_ONLY_C,
    RULE_KEY_TYPE,
    RULE_KEY_CONFLICT,
    RULE_VALUE_TYPE,
    RULE_VALUE_TEXT,
    RULE_VALUE_ENUM,
    RULE_VALUE_DATE,
    RULE_VALUE_AMOUNT,
    RULE_VALUE_NUMBER,
    RULE_VALUE_RANGE,
    /* the rates data */
    RULE_RATES_SOURCE,
    RULE_RATES_CONSISTENT,
    /* checks of the figures */
    RULE_SUM_LINES,
    RULE_SPLIT_TYPE,
    RULE_SPLIT_TOTAL,
    RULE_COMPARE_STAGES,
    RULE_FINANCE_SHARES,
    RULE_FINANCE_AMOUNT,
    RULE_FINANCE_TOTAL,
    RULE_GUARANTEE_AMOUNT,
    /* the rules of almene byggeregnskaber */
    RULE_GRUNDKAPITAL_PCT,
    RULE_FINANCE_SPLIT,
    RULE_CAP_LIMIT,
    RULE_CAP_ENERGY,
    RULE_CAP_EXCESS,
    RULE_GUARANTEE_VALUATION,
    RULE_DATES_ORDER,
    RULE_C_DEADLINE,
    RULE_AREAS_UNCHANGED,
    RULE_TOTAL_ABOVE_B,
    RULE_RENT_CHANGE,
    RULE_AFSATTE_SHARE,
    RULE_SERVICE_AREA,
    RULE_AREA_PLAUSIBLE,
    RULE_COSTS_SHARE,
    /* renovations of existing afdelinger */
    RULE_RENOV_FINANCE,
    RULE_RENOV_EXAMPLE,
    RULE_RENOV_PCT,
    RULE_RENOV_APPROVAL,
    RULE__COUNT
};

struct rule_info {
    const char *id;          /* stable, e.g. "sum-lines" */
    enum severity severity;  /* when the rule is broken */
    bool unreadable;         /* breaking it means the file could not be read */
    const char *title;       /* one line */
    const char *basis;       /* legal or arithmetic basis, as a citation */
    const char *explain;     /* what it checks and why, a few sentences */
};

/* The rule's description; NULL for an out-of-range value. */
const struct rule_info *rule_info(enum rule rule);

/* The paragraph of the law a finding of the rule cites, as a message ID
 * ("almenboligloven § 115, stk. 10"); NULL for a rule of the format or
 * of arithmetic. */
const char *rule_cite(enum rule rule);

/* Look a rule up by its ID; false if there is none. */
bool rule_by_id(const char *id, enum rule *out);

/* "error", "warning" or "note". */
const char *severity_name(enum severity sev);
