/* SPDX-License-Identifier: MIT */
/* Stage-to-stage changes; documented in include/compare.h */
#include "compare.h"

#include <stdio.h>
#include <string.h>

#include "money.h"

static const enum stage pairs[COMPARISONS][2] = {
    { STAGE_A, STAGE_B }, { STAGE_B, STAGE_C }, { STAGE_A, STAGE_C },
};

static void compare_pair(const struct stage_figures *from,
                         const struct stage_figures *to, struct comparison *cmp)
{
    for (int r = 0; r < ROW__COUNT; r++) {
        struct change *ch = &cmp->row[r];
        if (!from->row[r].set || !to->row[r].set)
            continue;
        if (!money_sub(to->row[r].ore, from->row[r].ore, &ch->delta_ore))
            continue;
        ch->set = true;
        /* percent in hundredths: delta * 10000 / from */
        ch->has_pct = from->row[r].ore != 0 &&
                      money_mul_div(ch->delta_ore, 10000, from->row[r].ore,
                                    &ch->pct_x100);
    }
}

void compare_stages(const struct project *p, const struct figures *f,
                    struct comparison out[COMPARISONS], struct diag_list *diags)
{
    unsigned given = 0;
    for (int s = 0; s < STAGE__COUNT; s++)
        given += f->stage[s].present;
    for (int i = 0; i < COMPARISONS; i++) {
        memset(&out[i], 0, sizeof out[i]);
        out[i].from = pairs[i][0];
        out[i].to = pairs[i][1];
        const struct stage_figures *a = &f->stage[out[i].from];
        const struct stage_figures *b = &f->stage[out[i].to];
        if (a->present && b->present) {
            out[i].done = true;
            compare_pair(a, b, &out[i]);
        }
    }
    if (given == 1) {
        for (int s = 0; s < STAGE__COUNT; s++)
            if (f->stage[s].present)
                diag_note(diags, RULE_COMPARE_STAGES, p->skema.sec.pos, "skema",
                          "not compared: only skema %s is given", stage_name(s));
        return;
    }
    if (given == 2) {
        for (int s = 0; s < STAGE__COUNT; s++) {
            if (f->stage[s].present)
                continue;
            const char *which = s == STAGE_A ? "A→B and A→C"
                              : s == STAGE_B ? "A→B and B→C" : "B→C and A→C";
            diag_note(diags, RULE_COMPARE_STAGES, p->skema.sec.pos, "skema",
                      "%s not compared: skema %s is not given", which,
                      stage_name(s));
        }
    }
    /* a row one stage gives and the other does not */
    for (int i = 0; i < COMPARISONS; i++) {
        if (!out[i].done)
            continue;
        const struct stage_figures *a = &f->stage[out[i].from];
        const struct stage_figures *b = &f->stage[out[i].to];
        for (int r = 0; r < ROW__COUNT; r++) {
            if (out[i].row[r].set || (!a->row[r].set && !b->row[r].set))
                continue;
            enum stage lacking = a->row[r].set ? out[i].to : out[i].from;
            char path[16];
            snprintf(path, sizeof path, "skema.%s", stage_name(lacking));
            diag_note(diags, RULE_COMPARE_STAGES,
                      p->skema.stage[lacking].sec.pos, path,
                      "%s %s→%s not compared: skema %s does not give it",
                      row_label((enum row)r), stage_name(out[i].from),
                      stage_name(out[i].to), stage_name(lacking));
        }
    }
}
