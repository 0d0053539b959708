/* SPDX-License-Identifier: MIT */
/*
 * Compare: the changes between stages, A→B, B→C and A→C, for every row of
 * the committee table and every derived figure, in kr and in %.  The
 * result lives in struct figures (check.h); check_project fills it.
 */
#pragma once

#include "check.h"

/* The change of one figure; unset unless both give it.  base, when set
 * and not zero, is what share_x100 is a share of. */
void compare_change(const struct amount_opt *from, const struct amount_opt *to,
                    const struct amount_opt *base, struct change *out);

/* Every change from one stage's figures to another's (any two, also of
 * two files: skema diff). */
void compare_pair(const struct stage_figures *from,
                  const struct stage_figures *to, struct comparison *out);

/*
 * Compare the stages of f into f->cmp (A→B, B→C, A→C); no findings.
 */
void compare_stages(struct figures *f);

/* Note in diags what could not be compared for lack of a stage or a
 * figure. */
void compare_notes(const struct project *p, const struct figures *f,
                   struct diag_list *diags);

/* A percentage of a base in hundredths; unset for a zero base. */
struct pct_opt pct_of(int64_t part, int64_t base);

/* The stated dwellings and areas of two stages, compared as stated (no
 * derived figure): delta_ore holds the change in the value's own unit,
 * dwellings or millionths of a m², and pct_x100 its change in %. */
struct stated_changes {
    struct change boliger, bruttoetageareal, boligareal;
};
void compare_stated(const struct stage_data *from, const struct stage_data *to,
                    struct stated_changes *out);

/* Days from date a to date b (both set, YYYYMMDD as loaded); false when
 * either is not set. */
bool compare_days(const struct val *a, const struct val *b, int64_t *days);
