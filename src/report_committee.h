/* SPDX-License-Identifier: MIT */
/*
 * The committee report's own parts, which only md and html have: the
 * title of the case, the résumé, the municipality's decision figures
 * (Økonomi for kommunen) and the proposed indstilling.  Each is written
 * from the checked figures and the findings, in the report's language,
 * as plain text: the md and html writers escape it and lay it out.
 * Nothing here computes a figure; every amount comes from struct figures.
 */
#pragma once

#include "check.h"
#include "report.h"
#include "strbuf.h"

/* "Byggeregnskab (skema C) for 30 ældreboliger, Gartnergården". */
void committee_title(struct strbuf *out, const struct report *r,
                     enum report_lang lang);

/* One or two lines: the verdict, the anskaffelsessum of the last stage
 * and its change against the stage before, the room under the cap. */
void committee_summary(struct strbuf *out, const struct report *r,
                       enum report_lang lang);

enum economy_line { ECON_GRUNDKAPITAL, ECON_LOAN, ECON_GUARANTEE,
                    ECON_BEBOERINDSKUD, ECON__COUNT };

struct economy_row {
    struct strbuf label;             /* "Grundkapital 10 %" */
    struct amount_opt from, to;
    struct change change;
};

/* Økonomi for kommunen: the figures the committee decides on, from the
 * stage before to the last stage (B → C for a byggeregnskab). */
struct economy {
    bool shown;                      /* two stages give the figures */
    enum stage from, to;
    struct economy_row row[ECON__COUNT];   /* rows not given: !from.set && !to.set */
    struct strbuf text;              /* what the change means for the bevilling */
};

void committee_economy(struct economy *e, const struct report *r,
                       enum report_lang lang);
void committee_economy_release(struct economy *e);

enum { INDSTILLING_ITEMS = 4 };

/* Forslag til indstilling: a lead, numbered items, and a closing line. */
struct indstilling {
    struct strbuf lead;
    size_t nitems;
    struct strbuf item[INDSTILLING_ITEMS];
    struct strbuf after;             /* a condition or a reason; may be empty */
};

void committee_indstilling(struct indstilling *out, const struct report *r,
                           enum report_lang lang);
void committee_indstilling_release(struct indstilling *out);
