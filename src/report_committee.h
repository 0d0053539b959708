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

/* The headings of the committee formats, in their order. */
enum committee_heading {
    CH_SUMMARY, CH_CASE, CH_COSTS, CH_CHANGES, CH_CAP, CH_ECONOMY,
    CH_RESULTS, CH_ERRORS, CH_WARNINGS, CH_NOTES, CH_UNCHECKED,
    CH_PROPOSAL, CH_APPENDIX, CH_LOCATIONS, CH_RULES,
    CH_FINANCING, CH_RENT,          /* a renovation's */
    CH__COUNT
};

const char *committee_heading(enum committee_heading h, enum report_lang lang);

/* "Forslag": the words that mark the indstilling as a proposal. */
const char *committee_proposal_mark(enum report_lang lang);

/* The groups of Kontrolresultater, in their order. */
enum committee_group { CG_ERRORS, CG_WARNINGS, CG_NOTES, CG_UNCHECKED,
                       CG__COUNT };

/* The group a finding stands in, and the group's heading. */
enum committee_group committee_group_of(const struct diag *d);
enum committee_heading committee_group_heading(enum committee_group g);

/* Whether a finding only says that something could not be checked (a
 * note made by diag_unchecked): those go to "Ikke kontrolleret". */
bool committee_unchecked(const struct diag *d);

/*
 * A finding as the committee reads it: the form's field ("Skema C,
 * anskaffelsessum i alt") into field, and the message with the paragraph
 * it rests on ("linjerne ... (jf. almenboligloven § 115, stk. 10).") into
 * text.  For a "not checked" finding, the reason only (diag_reason),
 * without the paragraph.
 */
void committee_finding(struct strbuf *field, struct strbuf *text,
                       const struct diag *d, const char *message,
                       enum report_lang lang);

/* The audit trail: label and value pairs (Teknisk bilag). */
enum { AUDIT_ITEMS = 6 + FIGURES_SOURCES };
struct audit {
    size_t n;
    struct strbuf label[AUDIT_ITEMS], value[AUDIT_ITEMS];
};

/* The report's date (SOURCE_DATE_EPOCH when set, so that a report can be
 * made again byte for byte), skema's version, the input's name and
 * SHA-256, and the sources of the rates used. */
void committee_audit(struct audit *a, const struct report *r,
                     enum report_lang lang);
void committee_audit_release(struct audit *a);

/* The opening of the Sagsfremstilling: what skema A, B and C are, and
 * which of them this case holds. */
void committee_background(struct strbuf *out, const struct report *r,
                          enum report_lang lang);

/* Why the cap was not checked, as a sentence (the cap-limit note); empty
 * when it was. */
void committee_cap_unchecked(struct strbuf *out, const struct report *r,
                             enum report_lang lang);

/* A renovation (report_renovation.c): "Godkendelse af finansiering og
 * huslejeforhøjelse: {beskrivelse}, {navn}"; Økonomi for kommunen (the
 * guarantee, or none); the Sagsfremstilling; the indstilling in the
 * minutes' wording.  The committee functions above call these for a
 * renovation. */
void committee_renovation_title(struct strbuf *out, const struct report *r,
                                enum report_lang lang);
void committee_renovation_summary(struct strbuf *out, const struct report *r,
                                  enum report_lang lang);
void committee_renovation_economy(struct strbuf *out, const struct report *r,
                                  enum report_lang lang);
void committee_renovation_background(struct strbuf *out,
                                     const struct report *r,
                                     enum report_lang lang);
void committee_renovation_indstilling(struct indstilling *in,
                                      const struct report *r,
                                      enum report_lang lang);
