/* SPDX-License-Identifier: MIT */
/*
 * Check: the arithmetic of each stage (do the lines add up, the split by
 * type, the financing shares) and the figures derived from it (loan,
 * grundkapital, beboerindskud, guarantee).  Every finding goes into the
 * diagnostics list; every figure that could not be derived says why.
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

struct stage_figures {
    bool present;
    struct amount_opt row[ROW__COUNT];
    bool total_from_lines;          /* no i_alt: the total is the lines' sum */
    struct amount_opt lines_sum;    /* of the lines given, when all three main lines are */
    struct amount_opt loan, grundkapital, beboerindskud, guarantee;
    /* the cost cap (B and C): cap_open means the energitillæg is unknown,
     * so cap is only what the cap is at least */
    struct amount_opt cap;
    bool cap_open;
};

/* The financing shares used: as stated, or as the law gives them. */
struct shares {
    bool set;
    bool from_law;                    /* finansiering not stated */
    int64_t realkredit, grundkapital, beboerindskud;   /* millionths of % */
};

struct figures {
    struct stage_figures stage[STAGE__COUNT];
    struct shares shares;
};

/*
 * Check a loaded project (one whose load reported no errors) against the
 * arithmetic and, with rates (NULL: none), the rules; derive its figures
 * into *out.  Findings are appended to diags.
 */
void check_project(const struct project *p, const struct rates *rates,
                   struct figures *out, struct diag_list *diags);

/* The rule checks of check_rules.c, run by check_project. */
void check_financing_rule(const struct project *p, const struct rates *rates,
                          struct figures *f, struct diag_list *diags);
void check_rules(const struct project *p, const struct rates *rates,
                 struct figures *f, struct diag_list *diags);

/* "skema.B" or "skema.B.rest" (rest may be NULL); caller-owned. */
char *stage_path(enum stage s, const char *rest);

/* The row's key in JSON, e.g. "omkostninger_gebyrer". */
const char *row_key(enum row row);
