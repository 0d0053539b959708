/* SPDX-License-Identifier: MIT */
/*
 * The committee's sentences about a project, as the minutes write them:
 * the total and how it changed, the lines that moved, the costs share, the
 * cap, the financing, rent and afsatte beløb, and the verdict.  Every
 * number is a figure of the check (struct figures), only written here;
 * nothing is computed.  Documented in src/report_model.h.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "report_model.h"

struct say {
    struct rmodel *m;
    const struct report_opts *o;
    bool dk;
    const char *kr;
};

static void say(const struct say *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void say(const struct say *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *text = xvasprintf(fmt, ap);
    va_end(ap);
    rmodel_say(c->m, text);
    free(text);
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

/* The subjects of the sentences about each line, in definite form. */
static const char *const subject_da[] = {
    "Grundudgifterne", "Håndværkerudgifterne", "Omkostningerne",
};
static const char *const subject_en[] = {
    "Land costs", "Building works", "Costs and fees",
};

static void total_change(const struct say *c, const struct change *ch,
                         const char *pn)
{
    char a[NUM_FMT_MAX], b[NUM_FMT_MAX];
    bool dk = c->dk;
    if (ch->delta_ore == 0) {
        say(c, dk ? "Anskaffelsessummen er uændret i forhold til skema %s."
                  : "The acquisition cost is unchanged from skema %s.", pn);
    } else if (shown_as_zero(ch->delta_ore, c->o)) {
        say(c, dk ? "Anskaffelsessummen er i hele 1.000 kr. uændret i forhold "
                    "til skema %s."
                  : "In whole thousands of kr, the acquisition cost is unchanged "
                    "from skema %s.", pn);
    } else {
        bool fall = ch->delta_ore < 0;
        const char *pct = ch->has_pct ? report_pct_x100(b, ch->pct_x100, c->o, false) : "";
        if (*pct == '-')
            pct++;
        say(c, dk ? "Anskaffelsessummen er %s med %s %s%s%s%s i forhold til skema %s."
                  : "The acquisition cost has %s by %s %s%s%s%s against skema %s.",
            dk ? (fall ? "faldet" : "steget") : (fall ? "fallen" : "risen"),
            size_of(a, ch->delta_ore, c->o), c->kr, ch->has_pct ? " (" : "", pct,
            ch->has_pct ? " %)" : "", pn);
    }
}

static void line_changes(const struct say *c, const struct comparison *cmp,
                         const char *pn)
{
    for (int row = 0; row < ROW_TOTAL; row++) {
        const struct change *ch = &cmp->row[row];
        if (!ch->set || shown_as_zero(ch->delta_ore, c->o))
            continue;
        char buf[NUM_FMT_MAX];
        const char *a = size_of(buf, ch->delta_ore, c->o);
        bool rise = ch->delta_ore > 0;
        if (c->dk)
            say(c, rise ? "%s er forøget med %s %s i forhold til skema %s."
                        : "%s er %s %s lavere end i skema %s.",
                subject_da[row], a, c->kr, pn);
        else
            say(c, rise ? "%s rose by %s %s against skema %s."
                        : "%s are %s %s lower than in skema %s.",
                subject_en[row], a, c->kr, pn);
    }
}

static void cap(const struct say *c, const struct stage_figures *L)
{
    char buf[NUM_FMT_MAX], b[NUM_FMT_MAX];
    bool dk = c->dk;
    const char *kr = c->kr;
    if (!L->cap.set || !L->cap_room.set) {
        say(c, dk ? "Maksimumsbeløbet er ikke kontrolleret; se fundene."
                  : "The cost cap is not checked; see the findings.");
        return;
    }
    report_amount(b, L->cap.ore, c->o, false);
    const char *a = size_of(buf, L->cap_room.ore, c->o);
    if (L->cap_room.ore >= 0)
        say(c, dk ? "Anskaffelsessummen ligger %s %s under maksimumsbeløbet på %s%s %s%s."
                  : "The acquisition cost is %s %s under the cost cap of %s%s %s%s.",
            a, kr, L->cap_open ? (dk ? "mindst " : "at least ") : "", b, kr,
            L->cap_open ? (dk ? ", også uden energitillæg"
                              : ", even without the energitillæg") : "");
    else if (!L->cap_open)
        say(c, dk ? "Anskaffelsessummen overskrider maksimumsbeløbet på %s %s med %s %s."
                  : "The acquisition cost exceeds the cost cap of %s %s by %s %s.",
            b, kr, a, kr);
    else
        say(c, dk ? "Det kan ikke afgøres, om anskaffelsessummen holder sig inden for "
                    "maksimumsbeløbet: den er %s %s over det uden energitillæg, hvis "
                    "beløb ikke kendes."
                  : "Whether the acquisition cost stays within the cost cap cannot be "
                    "decided: it is %s %s above it without the energitillæg, whose "
                    "amount is not known.", a, kr);
}

static void financing(const struct say *c, const struct report *r,
                      const struct stage_figures *L)
{
    char a[NUM_FMT_MAX], b[NUM_FMT_MAX], d[NUM_FMT_MAX];
    const struct shares *sh = &r->figures->shares;
    const struct project *p = r->project;
    bool dk = c->dk;
    if (sh->set) {
        say(c, dk ? "Anskaffelsessummen finansieres med %s %% realkreditlån, %s %% "
                    "kommunal grundkapital og %s %% beboerindskud%s."
                  : "The acquisition cost is financed with %s %% mortgage loans, %s %% "
                    "municipal grundkapital and %s %% tenants' deposits%s.",
            report_pct_micro(a, sh->realkredit, c->o),
            report_pct_micro(b, sh->grundkapital, c->o),
            report_pct_micro(d, sh->beboerindskud, c->o),
            sh->from_law ? (dk ? " (lovens andele)" : " (the law's shares)") : "");
        if (L->grundkapital.set)
            say(c, dk ? "Grundkapitallånet er %s %% af anskaffelsessummen svarende til %s %s."
                      : "The grundkapital loan is %s %% of the acquisition cost, %s %s.",
                report_pct_micro(a, sh->grundkapital, c->o),
                report_amount(b, L->grundkapital.ore, c->o, true), c->kr);
    }
    if (L->guarantee.set && p->garanti.pct.set)
        say(c, dk ? "Kommunen garanterer for %s %% af realkreditlånet, svarende til %s %s."
                  : "The municipality guarantees %s %% of the mortgage loan, %s %s.",
            report_pct_micro(a, p->garanti.pct.n, c->o),
            report_amount(b, L->guarantee.ore, c->o, true), c->kr);
}

static void rent_and_afsatte(const struct say *c, const struct figures *f)
{
    char a[NUM_FMT_MAX], b[NUM_FMT_MAX];
    const struct stage_figures *B = &f->stage[STAGE_B], *C = &f->stage[STAGE_C];
    /* rents are kr per m², never rounded to thousands */
    struct report_opts exact = *c->o;
    exact.thousands = false;
    if (B->rent.set && C->rent.set)
        say(c, c->dk ? "Lejen var i skema B %s kr./m² og er i skema C %s kr./m²."
                     : "The rent was %s kr/m² in skema B and is %s kr/m² in skema C.",
            report_amount(a, B->rent.ore, &exact, false),
            report_amount(b, C->rent.ore, &exact, false));
    if (C->afsatte.set)
        say(c, c->dk ? "Der er afsatte beløb i byggeregnskabet for %s %s."
                     : "The final accounts hold amounts set aside of %s %s.",
            report_amount(a, C->afsatte.ore, c->o, false), c->kr);
}

static void verdict(const struct say *c, const struct diag_list *diags)
{
    size_t e = diag_count_severity(diags, SEV_ERROR);
    size_t w = diag_count_severity(diags, SEV_WARNING);
    enum report_lang lang = c->o->lang;
    /* English needs the plural ("1 error", "2 errors"); Danish says
     * "fejl" and "forhold" for both */
    const char *errors = c->dk ? "fejl" : msg_plural("error", "errors", e, lang);
    const char *matters = c->dk ? "forhold, der kræver"
                                : msg_plural("matter that needs", "matters that need",
                                             w, lang);
    if (e == 0 && w == 0)
        say(c, c->dk ? "Kontrollen fandt ingen fejl og ingen forhold, der kræver en beslutning."
                     : "The check found no errors and nothing that needs a decision.");
    else if (w == 0)
        say(c, c->dk ? "Kontrollen fandt %zu %s; se fundene nedenfor."
                     : "The check found %zu %s; see the findings below.", e, errors);
    else if (e == 0)
        say(c, c->dk ? "Kontrollen fandt %zu %s en beslutning; se fundene nedenfor."
                     : "The check found %zu %s a decision; see the findings below.",
            w, matters);
    else
        say(c, c->dk ? "Kontrollen fandt %zu %s og %zu %s en beslutning; se fundene "
                       "nedenfor."
                     : "The check found %zu %s and %zu %s a decision; see the findings "
                       "below.", e, errors, w, matters);
}

void rmodel_sentences(struct rmodel *m, const struct report *r,
                      const struct report_opts *o)
{
    const struct figures *f = r->figures;
    const struct say c = { m, o, o->lang == LANG_DA, o->lang == LANG_DA ? "kr." : "kr" };
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
    say(&c, c.dk ? "Den samlede anskaffelsessum i skema %s er %s %s."
                 : "The total acquisition cost in skema %s is %s %s.",
        stage_name((enum stage)last), report_amount(a, L->row[ROW_TOTAL].ore, o, false),
        c.kr);
    const struct comparison *cmp = prev >= 0 ? comparison(f, prev, last) : NULL;
    if (cmp && cmp->row[ROW_TOTAL].set) {
        total_change(&c, &cmp->row[ROW_TOTAL], stage_name((enum stage)prev));
        line_changes(&c, cmp, stage_name((enum stage)prev));
    }
    if (L->costs_share.set)
        say(&c, c.dk ? "Omkostningerne udgør %s %% af håndværkerudgifterne."
                     : "Costs and fees are %s %% of the building works.",
            report_pct_x100(a, L->costs_share.x100, o, false));
    if (last >= STAGE_B)
        cap(&c, L);
    financing(&c, r, L);
    rent_and_afsatte(&c, f);
    verdict(&c, r->diags);
}
