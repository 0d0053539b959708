/* SPDX-License-Identifier: MIT */
/*
 * Inside the check: check_project (check.c) first derives every figure
 * (check_figures.c), then runs the rules (check.c for the arithmetic,
 * check_rules.c for the rules of almene byggeregnskaber), which only read
 * the figures.  What the derivation learnt that only the rules need —
 * the law's row, why a figure could not be had — is struct basis.
 */
#pragma once

#include "check.h"
#include "diag.h"
#include "project.h"
#include "rates.h"

/*
 * Why something was not checked: the reason (a literal marked N_(), "skema
 * B gives no bruttoetageareal") with its arguments; reason_note makes it
 * a note of UNCHECKED_CHECKED (diag.h), which says "not checked: " before
 * it.  Made only by reason_set, which refuses a NULL message, so a note
 * cannot say "(null)".
 */
enum { REASON_ARGS = 2 };
struct reason {
    const char *msgid;      /* NULL: no reason (the figure is there) */
    size_t nargs;
    struct msg_arg args[REASON_ARGS];
};

void reason_set(struct reason *r, const char *msgid, struct msg_args args);
/* The reason a rates lookup gave (a message of its own). */
void reason_rates(struct reason *r, const char *why);
/* Note the reason as a finding of rule; it must be set. */
void reason_note(struct diag_list *diags, enum rule rule, struct pos pos,
                 const char *path, const struct reason *r);

/* What the derivation of the figures found on the way. */
struct basis {
    /* the financing split the law gives for the tilsagn date */
    const struct rate_split *law;       /* NULL: unknown, see law_why */
    struct reason law_why;
    /* the cost cap: why it is not had for the whole project, else per
     * stage; cap_open_why says why the energitillæg is unknown */
    struct reason cap_why;
    struct reason stage_cap_why[STAGE__COUNT];
    const char *cap_open_why[STAGE__COUNT];   /* msgid */
    /* the highest energitillæg the rates know, per building form (NULL:
     * none): what an energitillæg_needed is set against */
    const struct rate_energy *energy_top[2];
};

struct check_ctx {
    const struct project *p;
    const struct rates *rates;      /* NULL: none */
    const struct figures *f;
    const struct basis *b;
    struct diag_list *diags;
};

/* Every figure of p into *f (zeroed first), what was learnt into *b. */
void derive_figures(const struct project *p, const struct rates *rates,
                    struct figures *f, struct basis *b);

/* The zone of the cost cap from the rates: *zone as stated, or (when
 * NULL) the kommune's.  False with *why (a msgid) when the cap cannot be
 * looked up at all: no skema B date, no rates, no kommune, no zone.
 * Defined in check_rules.c, called by the derivation. */
bool cap_zone(const struct project *p, const struct rates *rates,
              const char **zone, const char **why);

/*
 * Stated figures at their stated precision: a percentage written with d
 * decimals stands for every value within half its last digit (61.2 for
 * 61,15..61,25 %; 55.51 for 55,505..55,515 %; six decimals exactly).
 * pct_decimals is d (at most six); pct_span2 the two ends in
 * half-millionths of a percent (so that six decimals stay exact); and
 * pct_covers, the one comparison of a stated percentage with a derived
 * one (millionths), whether the stated one stands for it.
 */
unsigned pct_decimals(const struct val *pct);
void pct_span2(const struct val *pct, int64_t *lo2, int64_t *hi2);
bool pct_covers(const struct val *pct, int64_t derived);

/* The rules of check_rules.c. */
void check_financing_rule(const struct check_ctx *c);
void check_rules(const struct check_ctx *c);

/* Average bruttoetageareal per dwelling (millionths of m²), or -1. */
int64_t average_bea(const struct val *bea, const struct val *boliger);

/* "skema.B" or "skema.B.rest" (rest may be NULL); caller-owned. */
char *stage_path(enum stage s, const char *rest);

/* A renovation (check_renovation.c): its figures into f->renovation,
 * then its rules. */
void derive_renovation(const struct project *p, struct figures *f);
void check_renovation(const struct check_ctx *c);
