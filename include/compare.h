/* SPDX-License-Identifier: MIT */
/*
 * Compare: the changes between stages, A→B, B→C and A→C, for every row of
 * the committee table, in kr and in %.
 */
#pragma once

#include "check.h"

struct change {
    bool set;               /* both stages give the row */
    int64_t delta_ore;      /* to − from */
    bool has_pct;           /* false when `from` is zero */
    int64_t pct_x100;       /* delta / from in hundredths of a percent,
                               rounded half away from zero */
    bool has_share;         /* when `from` gives a total other than 0 */
    int64_t share_x100;     /* delta / the `from` stage's total, in
                               hundredths of a percent: the lines' shares
                               add up to the total's change in % */
};

struct comparison {
    enum stage from, to;
    bool done;              /* both stages are given */
    struct change row[ROW__COUNT];
};

#define COMPARISONS 3

/*
 * Compare the stages of f into out[0..2] (A→B, B→C, A→C).  What cannot
 * be compared for lack of a stage or a figure is noted in diags.
 */
void compare_stages(const struct project *p, const struct figures *f,
                    struct comparison out[COMPARISONS],
                    struct diag_list *diags);
