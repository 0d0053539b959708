/* SPDX-License-Identifier: MIT */
/* Stage-to-stage changes; documented in include/compare.h */
#include "compare.h"

#include <stdio.h>
#include <string.h>

#include "money.h"

static const enum stage pairs[COMPARISONS][2] = {
    { STAGE_A, STAGE_B }, { STAGE_B, STAGE_C }, { STAGE_A, STAGE_C },
};

struct pct_opt pct_of(int64_t part, int64_t base)
{
    struct pct_opt p = { false, 0 };
    if (base != 0)
        p.set = money_mul_div(part, 10000, base, &p.x100);
    return p;
}

void compare_change(const struct amount_opt *from, const struct amount_opt *to,
                    const struct amount_opt *base, struct change *ch)
{
    memset(ch, 0, sizeof *ch);
    if (!from->set || !to->set || !money_sub(to->ore, from->ore, &ch->delta_ore))
        return;
    ch->set = true;
    struct pct_opt pct = pct_of(ch->delta_ore, from->ore);
    ch->has_pct = pct.set;
    ch->pct_x100 = pct.x100;
    if (base && base->set) {
        struct pct_opt share = pct_of(ch->delta_ore, base->ore);
        ch->has_share = share.set;
        ch->share_x100 = share.x100;
    }
}

void compare_pair(const struct stage_figures *from,
                  const struct stage_figures *to, struct comparison *cmp)
{
    const struct amount_opt *total = &from->row[ROW_TOTAL];
    for (int r = 0; r < ROW__COUNT; r++)
        compare_change(&from->row[r], &to->row[r], total, &cmp->row[r]);
    compare_change(&from->loan, &to->loan, NULL, &cmp->loan);
    compare_change(&from->grundkapital, &to->grundkapital, NULL,
                   &cmp->grundkapital);
    compare_change(&from->beboerindskud, &to->beboerindskud, NULL,
                   &cmp->beboerindskud);
    compare_change(&from->guarantee, &to->guarantee, NULL, &cmp->guarantee);
    compare_change(&from->cap, &to->cap, NULL, &cmp->cap);
    compare_change(&from->cap_room, &to->cap_room, NULL, &cmp->cap_room);
    compare_change(&from->rent, &to->rent, NULL, &cmp->rent);
}

void compare_stages(struct figures *f)
{
    for (int i = 0; i < COMPARISONS; i++) {
        struct comparison *c = &f->cmp[i];
        memset(c, 0, sizeof *c);
        c->from = pairs[i][0];
        c->to = pairs[i][1];
        const struct stage_figures *a = &f->stage[c->from];
        const struct stage_figures *b = &f->stage[c->to];
        if (a->present && b->present) {
            c->done = true;
            compare_pair(a, b, c);
        }
    }
}

void compare_notes(const struct project *p, const struct figures *f,
                   struct diag_list *diags)
{
    const struct comparison *out = f->cmp;
    unsigned given = 0;
    for (int s = 0; s < STAGE__COUNT; s++)
        given += f->stage[s].present;
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
