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
    for (int r = 0; r < ROW__COUNT; r++) {
        struct change *ch = &cmp->row[r];
        ch->has_share = ch->set && from->row[ROW_TOTAL].set &&
                        from->row[ROW_TOTAL].ore != 0 &&
                        money_mul_div(ch->delta_ore, 10000,
                                      from->row[ROW_TOTAL].ore, &ch->share_x100);
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
                diag_notef(diags, RULE_COMPARE_STAGES, p->skema.sec.pos, "skema",
                          "not compared: only skema %s is given", stage_name(s));
        return;
    }
    if (given == 2) {
        for (int s = 0; s < STAGE__COUNT; s++) {
            if (f->stage[s].present)
                continue;
            const char *which = s == STAGE_A ? "A→B and A→C"
                              : s == STAGE_B ? "A→B and B→C" : "B→C and A→C";
            diag_notef(diags, RULE_COMPARE_STAGES, p->skema.sec.pos, "skema",
                      "%s not compared: skema %s is not given", which,
                      stage_name(s));
        }
    }
    /* rows one stage gives and the other does not: one note per stage */
    for (int i = 0; i < COMPARISONS; i++) {
        if (!out[i].done)
            continue;
        const enum stage side[2] = { out[i].from, out[i].to };
        for (int k = 0; k < 2; k++) {
            const struct stage_figures *lacking = &f->stage[side[k]];
            const struct stage_figures *other = &f->stage[side[1 - k]];
            char rows[128] = "";
            unsigned n = 0;
            for (int r = 0; r < ROW__COUNT; r++) {
                if (lacking->row[r].set || !other->row[r].set)
                    continue;
                if (n++)
                    strcat(rows, ", ");
                strcat(rows, row_key((enum row)r));
            }
            if (n == 0)
                continue;
            char path[16];
            snprintf(path, sizeof path, "skema.%s", stage_name(side[k]));
            bool none = true;
            for (int r = 0; r < ROW__COUNT; r++)
                none &= !lacking->row[r].set;
            if (none)
                diag_notef(diags, RULE_COMPARE_STAGES,
                          p->skema.stage[side[k]].sec.pos, path,
                          "%s→%s not compared: skema %s gives no amounts",
                          stage_name(out[i].from), stage_name(out[i].to),
                          stage_name(side[k]));
            else
                diag_notef(diags, RULE_COMPARE_STAGES,
                          p->skema.stage[side[k]].sec.pos, path,
                          "%s→%s not compared for %s: skema %s does not give %s",
                          stage_name(out[i].from), stage_name(out[i].to), rows,
                          stage_name(side[k]), n == 1 ? "it" : "them");
        }
    }
}
