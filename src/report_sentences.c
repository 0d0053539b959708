/* SPDX-License-Identifier: MIT */
/*
 * The committee's sentences about a project, as the minutes write them:
 * the total and how it changed, the lines that moved, the costs share, the
 * cap, the financing, rent and afsatte beløb, and the verdict.  Every
 * number is a figure of the check (struct figures), only written here;
 * nothing is computed.  Documented in src/report_model.h.
 */
#include <stdlib.h>
#include <string.h>

#include "report_model.h"

struct say {
    struct rmodel *m;
    const struct report_opts *o;
};

/* A sentence: msgid in the report's language, with its arguments in. */
static void say(const struct say *c, const char *msgid, size_t nargs,
                const struct msg_arg *args)
{
    struct strbuf sb = STRBUF_INIT;
    msg_render(&sb, msgid, nargs, args, c->o->lang);
    rmodel_say(c->m, sb.buf);
    strbuf_release(&sb);
}

/* An amount without its sign: the sentence says "rise" or "fall". */
static const char *size_of(char buf[NUM_FMT_MAX], int64_t ore,
                           const struct report_opts *o)
{
    report_amount(buf, ore, o, false);
    return buf[0] == '-' ? buf + 1 : buf;
}

/* With --thousands a change below 500 kr is shown as 0: it is then no rise
 * or fall that the reader can see, and is not called one. */
static bool shown_as_zero(int64_t ore, const struct report_opts *o)
{
    char buf[NUM_FMT_MAX];
    return ore == 0 || strcmp(size_of(buf, ore, o), "0") == 0;
}

static const struct comparison *comparison(const struct figures *f,
                                           int from, int to)
{
    for (int i = 0; i < COMPARISONS; i++)
        if (f->cmp[i].done && (int)f->cmp[i].from == from && (int)f->cmp[i].to == to)
            return &f->cmp[i];
    return NULL;
}

/*
 * The numbers go into the sentences as text (ARG_TEXT), written as the
 * report's tables write them (report_amount and report_pct_*): in the
 * report's language and, with --thousands, in whole thousands.
 */

static void total_change(const struct say *c, const struct change *ch,
                         const char *pn)
{
    char a[NUM_FMT_MAX], b[NUM_FMT_MAX];
    if (ch->delta_ore == 0) {
        say(c, N_("The acquisition cost is unchanged from skema {stage}."),
            ARGS(ARG_TEXT("stage", pn)));
        return;
    }
    if (shown_as_zero(ch->delta_ore, c->o)) {
        say(c, N_("In whole thousands of kr, the acquisition cost is unchanged "
                  "from skema {stage}."), ARGS(ARG_TEXT("stage", pn)));
        return;
    }
    bool fall = ch->delta_ore < 0;
    const char *pct = ch->has_pct ? report_pct_x100(b, ch->pct_x100, c->o, false) : "";
    if (*pct == '-')
        pct++;
    const char *msgid =
        ch->has_pct ? (fall ? N_("The acquisition cost has fallen by {amount} kr "
                                 "({pct} %) against skema {stage}.")
                            : N_("The acquisition cost has risen by {amount} kr "
                                 "({pct} %) against skema {stage}."))
                    : (fall ? N_("The acquisition cost has fallen by {amount} kr "
                                 "against skema {stage}.")
                            : N_("The acquisition cost has risen by {amount} kr "
                                 "against skema {stage}."));
    say(c, msgid, ARGS(ARG_TEXT("amount", size_of(a, ch->delta_ore, c->o)),
                       ARG_TEXT("pct", pct), ARG_TEXT("stage", pn)));
}

/* The sentences about each line, by enum row: a rise, a fall. */
static const struct {
    const char *rise, *fall;
} line_msg[] = {
    { N_("Land costs rose by {amount} kr against skema {stage}."),
      N_("Land costs are {amount} kr lower than in skema {stage}.") },
    { N_("Building works rose by {amount} kr against skema {stage}."),
      N_("Building works are {amount} kr lower than in skema {stage}.") },
    { N_("Costs and fees rose by {amount} kr against skema {stage}."),
      N_("Costs and fees are {amount} kr lower than in skema {stage}.") },
};

static void line_changes(const struct say *c, const struct comparison *cmp,
                         const char *pn)
{
    for (int row = 0; row < ROW_TOTAL; row++) {
        const struct change *ch = &cmp->row[row];
        if (!ch->set || shown_as_zero(ch->delta_ore, c->o))
            continue;
        char buf[NUM_FMT_MAX];
        say(c, ch->delta_ore > 0 ? line_msg[row].rise : line_msg[row].fall,
            ARGS(ARG_TEXT("amount", size_of(buf, ch->delta_ore, c->o)),
                 ARG_TEXT("stage", pn)));
    }
}

static void cap(const struct say *c, const struct stage_figures *L)
{
    char buf[NUM_FMT_MAX], b[NUM_FMT_MAX];
    if (!L->cap.set || !L->cap_room.set) {
        say(c, N_("The cost cap is not checked; see the findings."), NO_ARGS);
        return;
    }
    const char *msgid;
    if (L->cap_room.ore >= 0)
        /* without the energitillæg the cap is at least the one shown, so
         * the room is at least the one shown */
        msgid = L->cap_open
            ? N_("The acquisition cost is at least {room} kr under the cost cap, "
                 "which is {cap} kr without the energitillæg.")
            : N_("The acquisition cost is {room} kr under the cost cap of {cap} kr.");
    else if (!L->cap_open && L->cap_scheme_ok)
        msgid = N_("The acquisition cost exceeds the cost cap of {cap} kr by {room} "
                   "kr, within the 20 % the 2022 scheme lets the kommunalbestyrelse "
                   "and Landsbyggefonden approve.");
    else if (!L->cap_open)
        msgid = N_("The acquisition cost exceeds the cost cap of {cap} kr by {room} kr.");
    else if (L->energy_needed.set)
        msgid = N_("Whether the acquisition cost stays within the cost cap cannot be "
                   "decided: it is {room} kr above it without the energitillæg, whose "
                   "amount is not known, and the energitillæg would have to be "
                   "{needed} kr per m² boligareal.");
    else
        msgid = N_("Whether the acquisition cost stays within the cost cap cannot be "
                   "decided: it is {room} kr above it without the energitillæg, whose "
                   "amount is not known.");
    char n[NUM_FMT_MAX];
    say(c, msgid, ARGS(ARG_TEXT("room", size_of(buf, L->cap_room.ore, c->o)),
                       ARG_TEXT("cap", report_amount(b, L->cap.ore, c->o, false)),
                       ARG_TEXT("needed", L->energy_needed.set
                                ? report_amount(n, L->energy_needed.ore, c->o, true)
                                : "")));
}

static void financing(const struct say *c, const struct report *r,
                      const struct stage_figures *L)
{
    char a[NUM_FMT_MAX], b[NUM_FMT_MAX], d[NUM_FMT_MAX];
    const struct shares *sh = &r->figures->shares;
    const struct project *p = r->project;
    if (sh->set) {
        say(c, sh->from_law
                   ? N_("The acquisition cost is financed with {loan} % mortgage loans, "
                        "{grundkapital} % municipal grundkapital and {deposit} % "
                        "tenants' deposits (the law's shares).")
                   : N_("The acquisition cost is financed with {loan} % mortgage loans, "
                        "{grundkapital} % municipal grundkapital and {deposit} % "
                        "tenants' deposits."),
            ARGS(ARG_TEXT("loan", report_pct_micro(a, sh->realkredit, c->o)),
                 ARG_TEXT("grundkapital", report_pct_micro(b, sh->grundkapital, c->o)),
                 ARG_TEXT("deposit", report_pct_micro(d, sh->beboerindskud, c->o))));
        if (L->grundkapital.set)
            say(c, N_("The grundkapital loan is {pct} % of the acquisition cost, "
                      "{amount} kr."),
                ARGS(ARG_TEXT("pct", report_pct_micro(a, sh->grundkapital, c->o)),
                     ARG_TEXT("amount", report_amount(b, L->grundkapital.ore, c->o,
                                                      true))));
    }
    if (L->guarantee.set && p->garanti.pct.set)
        say(c, N_("The municipality guarantees {pct} % of the mortgage loan, "
                  "{amount} kr."),
            ARGS(ARG_TEXT("pct", report_pct_micro(a, p->garanti.pct.n, c->o)),
                 ARG_TEXT("amount", report_amount(b, L->guarantee.ore, c->o, true))));
}

static void rent_and_afsatte(const struct say *c, const struct figures *f)
{
    char a[NUM_FMT_MAX], b[NUM_FMT_MAX];
    const struct stage_figures *B = &f->stage[STAGE_B], *C = &f->stage[STAGE_C];
    /* rents are kr per m², never rounded to thousands */
    struct report_opts exact = *c->o;
    exact.thousands = false;
    if (B->rent.set && C->rent.set)
        say(c, N_("The rent was {b} kr/m² in skema B and is {c} kr/m² in skema C."),
            ARGS(ARG_TEXT("b", report_amount(a, B->rent.ore, &exact, false)),
                 ARG_TEXT("c", report_amount(b, C->rent.ore, &exact, false))));
    if (C->afsatte.set)
        say(c, N_("The final accounts hold amounts set aside of {amount} kr."),
            ARGS(ARG_TEXT("amount", report_amount(a, C->afsatte.ore, c->o, false))));
}

static void verdict(const struct say *c, const struct diag_list *diags)
{
    size_t e = diag_count_severity(diags, SEV_ERROR);
    size_t w = diag_count_severity(diags, SEV_WARNING);
    enum report_lang lang = c->o->lang;
    if (e == 0 && w == 0) {
        say(c, N_("The check found no errors and nothing that needs a decision."),
            NO_ARGS);
        return;
    }
    struct strbuf errors = STRBUF_INIT, matters = STRBUF_INIT;
    msg_render_plural(&errors, NP_("{n} error", "{n} errors"), e,
                      ARGS(ARG_INT("n", e)), lang);
    msg_render_plural(&matters, NP_("{n} matter that needs a decision",
                                    "{n} matters that need a decision"), w,
                      ARGS(ARG_INT("n", w)), lang);
    if (e > 0 && w > 0)
        say(c, N_("The check found {errors} and {matters}; see the findings below."),
            ARGS(ARG_TEXT("errors", errors.buf), ARG_TEXT("matters", matters.buf)));
    else
        say(c, N_("The check found {findings}; see the findings below."),
            ARGS(ARG_TEXT("findings", e > 0 ? errors.buf : matters.buf)));
    strbuf_release(&errors);
    strbuf_release(&matters);
}

void rmodel_sentences(struct rmodel *m, const struct report *r,
                      const struct report_opts *o)
{
    const struct figures *f = r->figures;
    const struct say c = { m, o };
    int last = -1, prev = -1;
    for (int s = 0; s < STAGE__COUNT; s++)
        if (f->stage[s].present && f->stage[s].row[ROW_TOTAL].set) {
            prev = last;
            last = s;
        }
    if (last < 0)
        return;
    const struct stage_figures *L = &f->stage[last];
    char a[NUM_FMT_MAX];
    say(&c, N_("The total acquisition cost in skema {stage} is {amount} kr."),
        ARGS(ARG_TEXT("stage", stage_name((enum stage)last)),
             ARG_TEXT("amount", report_amount(a, L->row[ROW_TOTAL].ore, o, false))));
    const struct comparison *cmp = prev >= 0 ? comparison(f, prev, last) : NULL;
    if (cmp && cmp->row[ROW_TOTAL].set) {
        total_change(&c, &cmp->row[ROW_TOTAL], stage_name((enum stage)prev));
        line_changes(&c, cmp, stage_name((enum stage)prev));
    }
    if (L->costs_share.set)
        say(&c, N_("Costs and fees are {pct} % of the building works."),
            ARGS(ARG_TEXT("pct", report_pct_x100(a, L->costs_share.x100, o, false))));
    if (last >= STAGE_B)
        cap(&c, L);
    financing(&c, r, L);
    rent_and_afsatte(&c, f);
    verdict(&c, r->diags);
}
