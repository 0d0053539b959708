/* SPDX-License-Identifier: MIT */
/*
 * Check: the checked result of one project, struct figures — every figure
 * a report, batch row or diff shows (per stage, the changes between
 * stages, the financing and guarantee, the cap and the room under it),
 * derived once (src/check_figures.c) — and the findings of the
 * arithmetic and of the rules (src/check.c, src/check_rules.c; their
 * internals are in src/check_private.h).  Every finding goes into the
 * diagnostics list; every figure that could not be derived is unset, and
 * a rule that needed it says why.
 */
#pragma once

#include "diag.h"
#include "project.h"
#include "rates.h"

/* The rows of the committee table: the minutes' three lines and the total. */
enum row {
    ROW_GRUND,
    ROW_HAANDVAERKER,
    ROW_OMKOSTNINGER,   /* omkostninger + gebyrer ("Omkostninger, gebyr") */
    ROW_TOTAL,          /* the anskaffelsessum */
    ROW__COUNT
};

struct amount_opt {
    bool set;
    int64_t ore;
};

/* A percentage in hundredths (243 is 2,43 %), rounded half away from
 * zero; not set where its base is zero or missing: a share of nothing is
 * never given a number. */
struct pct_opt {
    bool set;
    int64_t x100;
};

struct stage_figures {
    bool present;
    struct amount_opt row[ROW__COUNT];
    bool total_from_lines;          /* no i_alt: the total is the lines' sum */
    struct amount_opt lines_sum;    /* of the lines given, when all three main lines are */
    struct amount_opt loan, grundkapital, beboerindskud, guarantee;
    /* the guarantee at either end of what garanti.pct stands for at the
     * decimals it is stated with (61.2: 61,15 % and 61,25 %), each rounded
     * once; set with guarantee */
    struct amount_opt guarantee_lo, guarantee_hi;
    /* the stated realkreditlaan_kr + grundkapital_kr + beboerindskud_kr,
     * when all three are stated */
    struct amount_opt finance_sum;
    /* the cost cap (B and C): cap_open means the energitillæg is unknown,
     * so cap is only what the cap is at least (and the room too) */
    struct amount_opt cap;
    bool cap_open;
    /* with cap_open and the total above the cap: the energitillæg per m²
     * boligareal the cap would need to hold the total, (total − cap) /
     * boligareal rounded up to whole øre */
    struct amount_opt energy_needed;
    /* the kilde of a rates row that gave the cap inkl. energitillæg (a
     * municipality's figure), or NULL; borrowed from the rates */
    const char *cap_incl_source;
    /* over the cap by at most 20 % of it, and the 2022 scheme applies
     * (figures.excess_scheme): approvable by the kommunalbestyrelse and
     * Landsbyggefonden */
    bool cap_scheme_ok;
    struct amount_opt cap_room;     /* cap − total: under (+) or over (−) */
    struct pct_opt cap_room_pct;    /* cap_room in % of the cap */
    /* omkostninger (with gebyrer) in % of håndværkerudgifter */
    struct pct_opt costs_share;
    struct amount_opt rent;         /* husleje per m² as stated, øre */
    struct amount_opt afsatte;      /* skema C's afsatte beløb */
    struct pct_opt afsatte_share;   /* afsatte in % of the total */
    /* the serviceareal's own account, as stated: never in the rows,
     * the total or the cap of the dwellings */
    struct amount_opt service, service_tilskud;
};

/* One figure from one stage to another. */
struct change {
    bool set;               /* both stages give the figure */
    int64_t delta_ore;      /* to − from */
    bool has_pct;           /* false when `from` is zero */
    int64_t pct_x100;       /* delta / from in hundredths of a percent,
                               rounded half away from zero */
    bool has_share;         /* when `from` gives a total other than 0 */
    int64_t share_x100;     /* delta / the `from` stage's total, in
                               hundredths of a percent: the lines' shares
                               add up to the total's change in % */
};

/* Everything that changes between two stages. */
struct comparison {
    enum stage from, to;
    bool done;              /* both stages are given */
    struct change row[ROW__COUNT];
    struct change loan, grundkapital, beboerindskud, guarantee;
    struct change cap, cap_room, rent;
    struct change service;          /* the serviceareal's anskaffelsessum */
};

#define COMPARISONS 3       /* A→B, B→C, A→C */

/* Where each pair is in figures.cmp[].  B→C holds what the committee's
 * "Økonomi for kommunen" decides on: cmp[COMPARE_BC].grundkapital (the
 * bevilling to adjust) and .guarantee are the changes from skema B to C,
 * .loan the loan's, and .row[ROW_TOTAL] the merudgift (+) or mindreudgift
 * (−) against B; the amounts themselves are stage[STAGE_B] and
 * stage[STAGE_C]. */
enum compare_index { COMPARE_AB, COMPARE_BC, COMPARE_AC };

/* The financing shares used: as stated, or as the law gives them. */
struct shares {
    bool set;
    bool from_law;                    /* finansiering not stated */
    int64_t realkredit, grundkapital, beboerindskud;   /* millionths of % */
};

/* The guarantee share the lender's valuation gives (almenboligloven
 * § 127): the guaranteed part of the loan L is L − 0,60 × V, at least 0. */
struct valuation {
    bool set;               /* a valuation and a loan of B or C are known */
    enum stage stage;       /* whose loan: C's, else B's */
    int64_t loan_ore;       /* that loan */
    int64_t part_ore;       /* the guaranteed part, rounded once */
    int64_t share;          /* part / loan in millionths of %, 0-100 % */
};

enum { FIGURES_SOURCES = 8 };

/* At most this many example dwellings of a renovation are derived; the
 * rest are noted as not checked. */
enum { RENOVATION_EXAMPLES = 16 };

/* One example dwelling of a renovation (renovering.eksempler[i]). */
struct rent_example_figures {
    /* kr_m2_aar × areal / 12, the monthly increase, rounded once */
    struct amount_opt increase;
    struct amount_opt after;        /* leje_foer + increase */
    struct amount_opt after_diff;   /* leje_efter as stated − after */
    /* the increase in % of the rent before, kr_m2_aar / (leje_foer × 12 /
     * areal), at both ends of what the three stated figures stand for
     * (half a unit of the last digit of each), millionths of a percent */
    bool pct_set;
    int64_t pct_lo, pct_hi;
    bool pct_agrees;                /* huslejeforhoejelse.pct covers it */
};

/* A renovation (renovering:): its financing and rent increase. */
struct renovation_figures {
    bool present;
    struct amount_opt total;        /* anskaffelsessum_kr */
    /* the sources stated: realkreditlån, egen trækningsret, egne
     * henlæggelser, støtte fra Landsbyggefonden (unset: not stated) */
    struct amount_opt source[4];
    struct amount_opt sources_sum;
    struct amount_opt sources_diff; /* sources_sum − total */
    int64_t sources_tolerance;      /* half the unit of each amount, øre */
    /* the municipality's guarantee; 0 or unset: none */
    struct amount_opt guarantee;
    size_t examples;                /* derived, at most RENOVATION_EXAMPLES */
    struct rent_example_figures example[RENOVATION_EXAMPLES];
    /* the stated % above the 5 % a year the afdeling may decide alone
     * (almenlejeloven § 10, stk. 3) */
    bool needs_approval;
};

enum renovation_source {
    RENOV_LOAN, RENOV_TRAEKNINGSRET, RENOV_HENLAEGGELSER, RENOV_LBF,
};

/* The checked result: every figure a report, batch row or diff shows. */
struct figures {
    struct stage_figures stage[STAGE__COUNT];
    struct shares shares;
    struct comparison cmp[COMPARISONS];   /* A→B, B→C, A→C */
    struct valuation valuation;
    struct renovation_figures renovation;   /* renovering: given */
    /* the zone of the cost cap used: maksimumsbeloeb.zone as stated, or
     * the rates' zone of the kommune; NULL when the cap is stated per m²
     * without a zone or could not be looked up.  Borrowed from the
     * project or the rates. */
    const char *cap_zone;
    /* the 2022 scheme applies (støttebekendtgørelsen as amended 9.9.2022,
     * L 136 of 2022): skema A approved before 1.1.2022 and skema B from
     * 1.7.2022 to 30.6.2024, so the kommunalbestyrelse and Landsbyggefonden
     * may approve an anskaffelsessum up to 20 % above the maksimumsbeløb */
    bool excess_scheme;
    /* the sources (kilde ids of the rates data) of the rows the check
     * used, each once, in the order used: the report's audit trail */
    struct {
        size_t n;
        const char *id[FIGURES_SOURCES];   /* borrowed from the rates */
    } sources;
};

/*
 * Check a loaded project (one whose load reported no errors) against the
 * arithmetic and, with rates (NULL: none), the rules; derive its figures
 * and the changes between its stages into *out.  Findings are appended
 * to diags.
 */
void check_project(const struct project *p, const struct rates *rates,
                   struct figures *out, struct diag_list *diags);

/* The row's key in JSON, e.g. "omkostninger_gebyrer". */
const char *row_key(enum row row);
