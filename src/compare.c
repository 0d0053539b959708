/* SPDX-License-Identifier: MIT */
/* Stage-to-stage changes; documented in include/compare.h */
#include "compare.h"

#include <string.h>

#include "money.h"
#include "strbuf.h"

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
    compare_change(&from->service, &to->service, NULL, &cmp->service);
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

/* The rows `lacking` does not give and `other` does, "a, b", into out. */
static unsigned rows_lacking(const struct stage_figures *lacking,
                             const struct stage_figures *other,
                             struct strbuf *out)
{
    unsigned n = 0;
    for (int r = 0; r < ROW__COUNT; r++) {
        if (lacking->row[r].set || !other->row[r].set)
            continue;
        if (n++)
            strbuf_addstr(out, ", ");
        strbuf_addstr(out, row_key((enum row)r));
    }
    return n;
}

/* One side of a comparison done that lacks rows the other gives. */
static void note_lacking(const struct project *p, const struct figures *f,
                         const struct comparison *cmp, enum stage side,
                         struct diag_list *diags)
{
    const struct stage_figures *lacking = &f->stage[side];
    const struct stage_figures *other =
        &f->stage[side == cmp->from ? cmp->to : cmp->from];
    struct strbuf rows = STRBUF_INIT;
    unsigned n = rows_lacking(lacking, other, &rows);
    bool none = true;
    for (int r = 0; r < ROW__COUNT; r++)
        none &= !lacking->row[r].set;
    struct msg_arg args[] = {
        ARG_TEXT("from", stage_name(cmp->from)), ARG_TEXT("to", stage_name(cmp->to)),
        ARG_TEXT("stage", stage_name(side)), ARG_TEXT("rows", rows.buf),
    };
    const char *msgid = none ? N_("{from}→{to} not compared: skema {stage} "
                                  "gives no amounts")
                      : n == 1 ? N_("{from}→{to} not compared for {rows}: "
                                    "skema {stage} does not give it")
                      : N_("{from}→{to} not compared for {rows}: skema {stage} "
                           "does not give them");
    char path[] = "skema.X";
    path[6] = stage_name(side)[0];
    if (n)
        diag_unchecked(diags, RULE_COMPARE_STAGES, p->skema.stage[side].sec.pos,
                       path, UNCHECKED_WHOLE, msgid, ARGV(4, args));
    strbuf_release(&rows);
}

void compare_notes(const struct project *p, const struct figures *f,
                   struct diag_list *diags)
{
    static const char *const not_given[STAGE__COUNT] = {
        N_("A→B and A→C not compared: skema A is not given"),
        N_("A→B and B→C not compared: skema B is not given"),
        N_("B→C and A→C not compared: skema C is not given"),
    };
    unsigned given = 0;
    for (int s = 0; s < STAGE__COUNT; s++)
        given += f->stage[s].present;
    for (int s = 0; s < STAGE__COUNT; s++) {
        if (given == 1 && f->stage[s].present)
            diag_unchecked(diags, RULE_COMPARE_STAGES, p->skema.sec.pos, "skema",
                           UNCHECKED_COMPARED, N_("only skema {stage} is given"),
                           ARGS(ARG_TEXT("stage", stage_name(s))));
        else if (given == 2 && !f->stage[s].present)
            diag_unchecked(diags, RULE_COMPARE_STAGES, p->skema.sec.pos, "skema",
                           UNCHECKED_WHOLE, not_given[s], NO_ARGS);
    }
    /* rows one stage gives and the other does not: one note per stage */
    for (int i = 0; i < COMPARISONS; i++) {
        if (!f->cmp[i].done)
            continue;
        note_lacking(p, f, &f->cmp[i], f->cmp[i].from, diags);
        note_lacking(p, f, &f->cmp[i], f->cmp[i].to, diags);
    }
}

static void stated_change(const struct val *a, const struct val *b, struct change *ch)
{
    struct amount_opt from = { a->set, a->n }, to = { b->set, b->n };
    compare_change(&from, &to, NULL, ch);
}

void compare_stated(const struct stage_data *from, const struct stage_data *to,
                    struct stated_changes *out)
{
    stated_change(&from->boliger, &to->boliger, &out->boliger);
    stated_change(&from->bruttoetageareal_m2, &to->bruttoetageareal_m2,
                  &out->bruttoetageareal);
    stated_change(&from->boligareal_m2, &to->boligareal_m2, &out->boligareal);
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * days_from_civil), so that a change of a date can be said in days. */
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool compare_days(const struct val *a, const struct val *b, int64_t *days)
{
    if (!a->set || !b->set)
        return false;
    *days = days_from_civil(b->n / 10000, b->n / 100 % 100, b->n % 100) -
            days_from_civil(a->n / 10000, a->n / 100 % 100, a->n % 100);
    return true;
}
