/* SPDX-License-Identifier: MIT */
/*
 * Check, part 2: the order of the check (derive every figure, then the
 * rules) and the rules of the arithmetic — do the lines add up, does the
 * split by type add up, do the shares make 100 %, do the stated amounts
 * agree with the derived ones.  Documented in include/check.h.
 */
#include "check.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "check_private.h"
#include "compare.h"
#include "money.h"
#include "strbuf.h"
#include "xalloc.h"

static const char *const row_keys[ROW__COUNT] = {
    "grundudgifter", "haandvaerkerudgifter", "omkostninger_gebyrer", "i_alt",
};

const char *row_key(enum row row) { return row_keys[row]; }

/* The three lines every stage's anskaffelsessum consists of. */
static const enum cost_line main_lines[] = {
    LINE_GRUND, LINE_HAANDVAERKER, LINE_OMKOSTNINGER,
};

/* Called for every stage of every project, mostly for a finding that is
 * never made: joined by hand, as a format string costs ten times more. */
char *stage_path(enum stage s, const char *rest)
{
    static const char top[] = "skema.";
    const char *name = stage_name(s);
    size_t ln = strlen(name), lr = rest ? strlen(rest) : 0;
    char *path = xmalloc(sizeof top + ln + 1 + lr), *o = path;
    memcpy(o, top, sizeof top - 1);
    o += sizeof top - 1;
    memcpy(o, name, ln);
    o += ln;
    if (rest) {
        *o++ = '.';
        memcpy(o, rest, lr);
        o += lr;
    }
    *o = '\0';
    return path;
}

/* ---- sum of the lines ------------------------------------------------ */

/* The keys of the main lines not given, "a, b", into out; their count. */
static unsigned missing_lines(const struct costs *k, struct strbuf *out)
{
    unsigned n = 0;
    for (size_t i = 0; i < sizeof main_lines / sizeof main_lines[0]; i++) {
        if (k->line[main_lines[i]].set)
            continue;
        if (n++)
            strbuf_addstr(out, ", ");
        strbuf_addstr(out, cost_line_key(main_lines[i]));
    }
    return n;
}

/* i_alt against the lines' sum, all of them given. */
static void check_sum_total(const struct check_ctx *c, enum stage s,
                            const char *path)
{
    const struct stage_data *st = &c->p->skema.stage[s];
    const struct costs *k = &st->anskaffelsessum;
    int64_t sum = c->f->stage[s].lines_sum.ore, diff, tolerance;
    int64_t given = 0;
    for (int i = 0; i < LINE__COUNT; i++)
        given += k->line[i].set;
    if (!money_sub(sum, k->i_alt.n, &diff) || diff == INT64_MIN) {
        diag_add(c->diags, RULE_SUM_LINES, k->i_alt.pos, path,
                 N_("the lines and i_alt are too far apart to compare exactly"),
                 NO_ARGS);
        return;
    }
    if (diff == 0)
        return;
    /* each message takes the first 3, 5 or 6 of these */
    struct msg_arg args[] = {
        ARG_KR("sum", sum), ARG_KR("total", k->i_alt.n),
        ARG_KR("diff", diff < 0 ? -diff : diff), ARG_INT("count", given),
        ARG_KR("unit", st->afrundet_til.set ? st->afrundet_til.n : 0),
        ARG_KR("tolerance", 0),
    };
    if (!st->afrundet_til.set) {
        diag_add(c->diags, RULE_SUM_LINES, k->i_alt.pos, path,
                 N_("the lines add up to {sum} kr, but i_alt is {total} kr: "
                    "{diff} kr apart (if the figures are rounded, say so with "
                    "afrundet_til)"), ARGV(3, args));
        return;
    }
    /* n lines each rounded to R may miss the total by n × R / 2 */
    if (money_mul_div(st->afrundet_til.n, given, 2, &tolerance) &&
        (diff < 0 ? -diff : diff) <= tolerance) {
        args[5] = ARG_KR("tolerance", tolerance);
        diag_note(c->diags, RULE_SUM_LINES, k->i_alt.pos, path,
                  N_("the lines add up to {sum} kr, {diff} kr from i_alt "
                     "{total} kr: within the rounding of {count} lines to "
                     "{unit} kr (at most {tolerance} kr)"), ARGV(6, args));
        return;
    }
    diag_add(c->diags, RULE_SUM_LINES, k->i_alt.pos, path,
             N_("the lines add up to {sum} kr, but i_alt is {total} kr: "
                "{diff} kr apart, more than the rounding of {count} lines to "
                "{unit} kr allows"), ARGV(5, args));
}

/* A stage without i_alt: its total is the lines' sum, when they all are. */
static void check_sum_no_total(const struct check_ctx *c, enum stage s,
                               const char *path, const struct strbuf *missing,
                               unsigned nmissing)
{
    const struct costs *k = &c->p->skema.stage[s].anskaffelsessum;
    struct msg_arg args[] = {
        ARG_TEXT("lines", missing->buf), ARG_TEXT("stage", stage_name(s)),
        ARG_KR("total", c->f->stage[s].lines_sum.ore),
    };
    if (nmissing == 0)
        diag_unchecked(c->diags, RULE_SUM_LINES, k->sec.pos, path,
                       UNCHECKED_CHECKED,
                       N_("no i_alt is stated; the total {total} kr is the "
                          "sum of the lines"), ARGS(args[2]));
    else if (nmissing == 1)
        diag_unchecked(c->diags, RULE_SUM_LINES, k->sec.pos, path,
                       UNCHECKED_CHECKED,
                       N_("no i_alt, and {lines} is not given, so skema "
                          "{stage} has no total"), ARGV(2, args));
    else
        diag_unchecked(c->diags, RULE_SUM_LINES, k->sec.pos, path,
                       UNCHECKED_CHECKED,
                       N_("no i_alt, and {lines} are not given, so skema "
                          "{stage} has no total"), ARGV(2, args));
}

static void check_sum(const struct check_ctx *c, enum stage s)
{
    const struct stage_data *st = &c->p->skema.stage[s];
    const struct costs *k = &st->anskaffelsessum;
    const struct stage_figures *fig = &c->f->stage[s];
    char *path = stage_path(s, "anskaffelsessum");
    struct strbuf missing = STRBUF_INIT;
    unsigned nmissing = missing_lines(k, &missing);
    if (!k->sec.set) {
        diag_unchecked(c->diags, RULE_SUM_LINES, st->sec.pos, path,
                       UNCHECKED_CHECKED,
                       N_("skema {stage} gives no anskaffelsessum"),
                       ARGS(ARG_TEXT("stage", stage_name(s))));
    } else if (!fig->row[ROW_TOTAL].set && (k->i_alt.set || nmissing == 0)) {
        /* the figures derived no total although the lines or i_alt are
         * there: the lines overflowed (check_figures.c) */
        diag_add(c->diags, RULE_SUM_LINES, k->sec.pos, path,
                 N_("the lines cannot be added up: their sum is too large to "
                    "hold exactly"), NO_ARGS);
    } else if (!k->i_alt.set) {
        check_sum_no_total(c, s, path, &missing, nmissing);
    } else {
        free(path);
        path = stage_path(s, "anskaffelsessum.i_alt");
        if (nmissing)
            diag_unchecked(c->diags, RULE_SUM_LINES, k->i_alt.pos, path,
                           UNCHECKED_CHECKED,
                           nmissing == 1 ? N_("{lines} is not given")
                                         : N_("{lines} are not given"),
                           ARGS(ARG_TEXT("lines", missing.buf)));
        else
            check_sum_total(c, s, path);
    }
    strbuf_release(&missing);
    free(path);
}

/* ---- the split by housing type --------------------------------------- */

/* One total of a stage against the sum of its split; member is the
 * figure's offset in struct areas, what (a msgid) what it counts. */
static void check_split_total(const struct check_ctx *c, enum stage s,
                              const struct val *total, const char *key,
                              size_t member, const char *what)
{
    const struct stage_data *st = &c->p->skema.stage[s];
    int64_t sum = 0;
    bool any = false;
    for (int t = 0; t < HOUSING_TYPES; t++) {
        const struct areas *a = &st->fordeling.type[t];
        const struct val *v = (const struct val *)(const void *)((const char *)a + member);
        if (!v->set)
            continue;
        any = true;
        if (!money_add(sum, v->n, &sum)) {
            char *path = stage_path(s, "fordeling");
            diag_add(c->diags, RULE_SPLIT_TOTAL, st->fordeling.sec.pos, path,
                     N_("the split's {what} are too large to add up"),
                     ARGS(ARG_MSG("what", what)));
            free(path);
            return;
        }
    }
    if (!any || !total->set || sum == total->n)
        return;
    char *path = stage_path(s, key);
    if (member == offsetof(struct areas, boliger))
        diag_add(c->diags, RULE_SPLIT_TOTAL, total->pos, path,
                 N_("{key} is {total}, but the split by type adds up to {sum}"),
                 ARGS(ARG_TEXT("key", key), ARG_INT("total", total->n),
                      ARG_INT("sum", sum)));
    else
        diag_add(c->diags, RULE_SPLIT_TOTAL, total->pos, path,
                 N_("{key} is {total} m², but the split by type adds up to "
                    "{sum} m² ({what})"),
                 ARGS(ARG_TEXT("key", key), ARG_DEC("total", total->n),
                      ARG_DEC("sum", sum), ARG_MSG("what", what)));
    free(path);
}

static bool stage_gives_areas(const struct stage_data *st)
{
    return st->boliger.set || st->bruttoetageareal_m2.set ||
           st->boligareal_m2.set;
}

static void check_split(const struct check_ctx *c, enum stage s)
{
    const struct stage_data *st = &c->p->skema.stage[s];
    const struct val *type = &c->p->projekt.boligtype;
    if (!st->fordeling.sec.set) {
        if (type->n == HOUSING_BLANDET && stage_gives_areas(st)) {
            char *path = stage_path(s, NULL);
            diag_unchecked(c->diags, RULE_SPLIT_TYPE, st->sec.pos, path,
                           UNCHECKED_PER_TYPE,
                           N_("a mixed project (boligtype: blandet) gives its "
                              "dwellings and areas by type under fordeling"),
                           NO_ARGS);
            free(path);
        }
        return;
    }
    for (int t = 0; t < HOUSING_TYPES && type->n != HOUSING_BLANDET; t++) {
        const struct areas *a = &st->fordeling.type[t];
        if (!a->sec.set || t == type->n)
            continue;
        char *path = xasprintf("skema.%s.fordeling.%s", stage_name(s),
                               housing_key((enum housing)t));
        diag_add(c->diags, RULE_SPLIT_TYPE, a->sec.pos, path,
                 N_("projekt.boligtype is {type}, but skema {stage} gives "
                    "{other} dwellings; a mixed project says boligtype: "
                    "blandet"),
                 ARGS(ARG_TEXT("type", housing_key((enum housing)type->n)),
                      ARG_TEXT("stage", stage_name(s)),
                      ARG_TEXT("other", housing_key((enum housing)t))));
        free(path);
    }
    check_split_total(c, s, &st->boliger, "boliger",
                      offsetof(struct areas, boliger), N_("dwellings"));
    check_split_total(c, s, &st->bruttoetageareal_m2, "bruttoetageareal_m2",
                      offsetof(struct areas, bruttoetageareal_m2),
                      N_("bruttoetageareal"));
    check_split_total(c, s, &st->boligareal_m2, "boligareal_m2",
                      offsetof(struct areas, boligareal_m2), N_("boligareal"));
}

/* ---- financing and guarantee ----------------------------------------- */

/* The stated shares must make 100 %; the law's are checked in check_rules.c. */
static void check_shares(const struct check_ctx *c)
{
    const struct financing *f = &c->p->finansiering;
    if (!f->sec.set)
        return;
    if (!f->realkredit_pct.set || !f->grundkapital_pct.set ||
        !f->beboerindskud_pct.set) {
        diag_unchecked(c->diags, RULE_FINANCE_SHARES, f->sec.pos,
                       "finansiering", UNCHECKED_CHECKED,
                       N_("finansiering needs realkredit_pct, grundkapital_pct "
                          "and beboerindskud_pct to split the anskaffelsessum"),
                       NO_ARGS);
        return;
    }
    int64_t sum = f->realkredit_pct.n + f->grundkapital_pct.n +
                  f->beboerindskud_pct.n;   /* each is at most 100 % */
    if (sum != DEC_HUNDRED)
        diag_add(c->diags, RULE_FINANCE_SHARES, f->sec.pos, "finansiering",
                 N_("realkredit_pct, grundkapital_pct and beboerindskud_pct "
                    "add up to {sum} %, not 100 %"), ARGS(ARG_DEC("sum", sum)));
}

/* A stated amount and the figure it must agree with; lo and hi, when
 * not NULL, the ends of what a stated percentage stands for at its
 * precision (the guarantee of garanti.pct). */
struct stated {
    const struct val *val;
    const char *key;
    enum rule rule;
    const struct amount_opt *derived;
    const char *differs, *agrees;   /* msgids, with {pct} and {loan_pct} */
    int64_t pct, loan_pct;          /* millionths of % */
    const struct amount_opt *lo, *hi;
};

/* The unit a stated amount was given in: the stage's afrundet_til, else
 * whole kroner for a figure without øre, else one øre. */
static int64_t stated_unit(const struct val *afrundet, const struct val *v)
{
    return afrundet->set ? afrundet->n
         : v->n % ORE_PER_KR == 0 ? ORE_PER_KR : 1;
}

/* Whether v is within [lo − unit/2, hi + unit/2]. */
static bool within_span(int64_t v, const struct amount_opt *lo,
                        const struct amount_opt *hi, int64_t unit)
{
    int64_t a, b;
    return lo && hi && lo->set && hi->set &&
           money_sub(lo->ore, unit / 2, &a) && money_add(hi->ore, unit / 2, &b) &&
           a <= v && v <= b;
}

/* Why the figure a stated amount is compared with is not there (a msgid). */
static const char *lack_of(const struct check_ctx *c, enum stage s,
                           const struct stated *st)
{
    if (!c->f->stage[s].row[ROW_TOTAL].set)
        return N_("the stage has no total");
    if (!c->f->shares.set)
        return N_("no financing shares are known");
    if (st->rule == RULE_GUARANTEE_AMOUNT && !c->p->garanti.pct.set)
        return N_("garanti.pct is not given");
    return N_("the amount is too large to compute");
}

/*
 * A stated amount against the derived one.  The tolerance is half the
 * unit the figure was stated in: the stage's afrundet_til, else whole
 * kroner for a figure without øre, else exact.
 */
static void check_stated(const struct check_ctx *c, enum stage s,
                         const struct stated *st)
{
    const struct val *afrundet = &c->p->skema.stage[s].afrundet_til;
    char *path = stage_path(s, st->key);
    int64_t unit = stated_unit(afrundet, st->val);
    int64_t diff = 0;
    bool span = st->lo && st->lo->set && st->hi->set &&
                st->lo->ore != st->hi->ore;
    /* each message takes the first 2, 4, 5 or 7 of these */
    struct msg_arg args[] = {
        ARG_KR("stated", st->val->n), ARG_KR_ORE("derived", st->derived->ore),
        ARG_DEC("pct", st->pct), ARG_DEC("loan_pct", st->loan_pct),
        ARG_KR("unit", unit), ARG_KR_ORE("lo", span ? st->lo->ore : 0),
        ARG_KR_ORE("hi", span ? st->hi->ore : 0),
    };
    if (!st->derived->set) {
        diag_unchecked(c->diags, st->rule, st->val->pos, path,
                       UNCHECKED_CHECKED,
                       N_("{key} cannot be derived for skema {stage} ({why})"),
                       ARGS(ARG_TEXT("key", st->key),
                            ARG_TEXT("stage", stage_name(s)),
                            ARG_MSG("why", lack_of(c, s, st))));
    } else if (!money_sub(st->val->n, st->derived->ore, &diff) ||
               diff == INT64_MIN) {
        diag_add(c->diags, st->rule, st->val->pos, path,
                 N_("{stated} kr is too far from the derived {derived} kr to "
                    "compare"), ARGV(2, args));
    } else if ((diff < 0 ? -diff : diff) > unit / 2 && span &&
               within_span(st->val->n, st->lo, st->hi, unit)) {
        /* within what the stated percentage stands for */
        diag_note(c->diags, st->rule, st->val->pos, path,
                  N_("{stated} kr agrees with {pct} % of the loan of "
                     "{loan_pct} % at the precision the percentage is stated "
                     "with: {lo} to {hi} kr"), ARGV(7, args));
    } else if ((diff < 0 ? -diff : diff) > unit / 2 && span) {
        diag_add(c->diags, st->rule, st->val->pos, path,
                 N_("{stated} kr is stated, but {pct} % of the loan of "
                    "{loan_pct} % is {derived} kr, and at the precision the "
                    "percentage is stated with {lo} to {hi} kr"), ARGV(7, args));
    } else if ((diff < 0 ? -diff : diff) > unit / 2) {
        diag_add(c->diags, st->rule, st->val->pos, path, st->differs, ARGV(4, args));
    } else if (diff != 0 && afrundet->set) {
        diag_note(c->diags, st->rule, st->val->pos, path, st->agrees, ARGV(5, args));
    }
    free(path);
}

/* The unit of rounding of a loan rounded to whole thousands. */
#define LOAN_THOUSANDS (INT64_C(1000) * ORE_PER_KR)

/*
 * Real minutes state the financing so that it adds up: the lender rounds
 * the realkreditlån to whole thousands and the beboerindskud takes the
 * rest.  When the three stated amounts add up to the anskaffelsessum
 * exactly and the loan is its share rounded to whole thousands, that is
 * noted, and the loan and beboerindskud are not compared one by one.
 */
static bool loan_absorbed(const struct check_ctx *c, enum stage s)
{
    const struct stage_data *sd = &c->p->skema.stage[s];
    const struct stage_figures *fig = &c->f->stage[s];
    int64_t diff;
    if (!fig->finance_sum.set || !fig->row[ROW_TOTAL].set || !fig->loan.set ||
        fig->finance_sum.ore != fig->row[ROW_TOTAL].ore ||
        sd->realkreditlaan_kr.n % LOAN_THOUSANDS != 0 ||
        !money_sub(sd->realkreditlaan_kr.n, fig->loan.ore, &diff) ||
        diff == 0 || (diff < 0 ? -diff : diff) > LOAN_THOUSANDS / 2)
        return false;
    char *path = stage_path(s, "realkreditlaan_kr");
    diag_note(c->diags, RULE_FINANCE_AMOUNT, sd->realkreditlaan_kr.pos, path,
              N_("{loan} kr is {pct} % of the anskaffelsessum ({derived} kr) "
                 "rounded to whole thousands, and beboerindskud_kr {rest} kr "
                 "takes the rest: the stated amounts add up to the "
                 "anskaffelsessum {total} kr"),
              ARGS(ARG_KR("loan", sd->realkreditlaan_kr.n),
                   ARG_DEC("pct", c->f->shares.realkredit),
                   ARG_KR_ORE("derived", fig->loan.ore),
                   ARG_KR("rest", sd->beboerindskud_kr.n),
                   ARG_KR("total", fig->row[ROW_TOTAL].ore)));
    free(path);
    return true;
}

/* The stated loan, grundkapital and beboerindskud against the
 * anskaffelsessum, to the rounding each was stated with. */
static void check_finance_total(const struct check_ctx *c, enum stage s)
{
    const struct stage_data *sd = &c->p->skema.stage[s];
    const struct stage_figures *fig = &c->f->stage[s];
    int64_t diff, units = 0;
    if (!fig->finance_sum.set || !fig->row[ROW_TOTAL].set ||
        !money_sub(fig->finance_sum.ore, fig->row[ROW_TOTAL].ore, &diff) ||
        diff == 0 || diff == INT64_MIN)
        return;
    const struct val *v[] = { &sd->realkreditlaan_kr, &sd->grundkapital_kr,
                              &sd->beboerindskud_kr };
    for (size_t i = 0; i < 3; i++)
        if (!money_add(units, stated_unit(&sd->afrundet_til, v[i]), &units))
            units = INT64_MAX - 1;
    /* three amounts, each rounded to its unit, may miss by half of each */
    int64_t tolerance = units / 2;
    struct msg_arg args[] = {
        ARG_KR("sum", fig->finance_sum.ore),
        ARG_KR("total", fig->row[ROW_TOTAL].ore),
        ARG_KR("diff", diff < 0 ? -diff : diff),
        ARG_KR("tolerance", tolerance),
    };
    char *path = stage_path(s, NULL);
    if ((diff < 0 ? -diff : diff) <= tolerance)
        diag_note(c->diags, RULE_FINANCE_TOTAL, sd->realkreditlaan_kr.pos, path,
                  N_("realkreditlaan_kr, grundkapital_kr and beboerindskud_kr "
                     "add up to {sum} kr, {diff} kr from the anskaffelsessum "
                     "{total} kr: within the rounding of the three amounts "
                     "(at most {tolerance} kr)"), ARGV(4, args));
    else
        diag_add(c->diags, RULE_FINANCE_TOTAL, sd->realkreditlaan_kr.pos, path,
                 N_("realkreditlaan_kr, grundkapital_kr and beboerindskud_kr "
                    "add up to {sum} kr, but the anskaffelsessum is {total} "
                    "kr: {diff} kr apart, more than the rounding of the three "
                    "amounts allows (at most {tolerance} kr)"), ARGV(4, args));
    free(path);
}

static void check_amounts(const struct check_ctx *c, enum stage s)
{
    const struct stage_data *sd = &c->p->skema.stage[s];
    const struct stage_figures *fig = &c->f->stage[s];
    const struct shares *sh = &c->f->shares;
    const char *differs = N_("{stated} kr is stated, but {pct} % of the "
                             "anskaffelsessum is {derived} kr");
    const char *agrees = N_("{stated} kr agrees with {pct} % of the "
                            "anskaffelsessum, {derived} kr, rounded to {unit} kr");
    const struct stated rows[] = {
        { &sd->realkreditlaan_kr, "realkreditlaan_kr", RULE_FINANCE_AMOUNT,
          &fig->loan, differs, agrees, sh->realkredit, 0, NULL, NULL },
        { &sd->grundkapital_kr, "grundkapital_kr", RULE_FINANCE_AMOUNT,
          &fig->grundkapital, differs, agrees, sh->grundkapital, 0, NULL, NULL },
        { &sd->beboerindskud_kr, "beboerindskud_kr", RULE_FINANCE_AMOUNT,
          &fig->beboerindskud, differs, agrees, sh->beboerindskud, 0, NULL,
          NULL },
        { &sd->garanti_kr, "garanti_kr", RULE_GUARANTEE_AMOUNT, &fig->guarantee,
          N_("{stated} kr is stated, but {pct} % of the loan of {loan_pct} % "
             "is {derived} kr"),
          N_("{stated} kr agrees with {pct} % of the loan of {loan_pct} %, "
             "{derived} kr, rounded to {unit} kr"),
          c->p->garanti.pct.n, sh->realkredit, &fig->guarantee_lo,
          &fig->guarantee_hi },
    };
    /* the loan rounded to thousands, the beboerindskud the rest */
    bool absorbed = loan_absorbed(c, s);
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        if (rows[i].val->set &&   /* nothing stated, nothing to compare */
            !(absorbed && (i == 0 || i == 2)))
            check_stated(c, s, &rows[i]);
    check_finance_total(c, s);
}

static void note_missing(const struct check_ctx *c)
{
    const struct project *p = c->p;
    const struct guarantee *g = &p->garanti;
    if (!c->f->shares.set)
        diag_unchecked(c->diags, RULE_FINANCE_SHARES,
                       p->finansiering.sec.set ? p->finansiering.sec.pos
                                               : p->root.pos,
                       "finansiering", UNCHECKED_COMPUTED,
                       N_("no financing shares are known (finansiering does "
                          "not state all three, and the law's are not known: "
                          "see grundkapital-pct), so the loan, grundkapital "
                          "and beboerindskud of each stage are not computed"),
                       NO_ARGS);
    if (!g->pct.set)
        diag_unchecked(c->diags, RULE_GUARANTEE_AMOUNT,
                       g->sec.set ? g->sec.pos : p->root.pos, "garanti",
                       UNCHECKED_COMPUTED,
                       N_("garanti.pct is not given, so the guaranteed part "
                          "of the loan is not computed"), NO_ARGS);
}

void check_project(const struct project *p, const struct rates *rates,
                   struct figures *out, struct diag_list *diags)
{
    struct basis basis;
    if (p->renovering.sec.set) {
        /* no skema A, B or C: none of the new-building checks applies */
        memset(out, 0, sizeof *out);
        memset(&basis, 0, sizeof basis);
        derive_renovation(p, out);
        const struct check_ctx c = { p, rates, out, &basis, diags };
        check_renovation(&c);
        return;
    }
    derive_figures(p, rates, out, &basis);
    const struct check_ctx c = { p, rates, out, &basis, diags };
    for (int s = 0; s < STAGE__COUNT; s++) {
        if (!out->stage[s].present)
            continue;
        check_sum(&c, (enum stage)s);
        check_split(&c, (enum stage)s);
    }
    check_shares(&c);
    check_financing_rule(&c);
    note_missing(&c);
    for (int s = 0; s < STAGE__COUNT; s++)
        if (out->stage[s].present)
            check_amounts(&c, (enum stage)s);
    check_rules(&c);
    compare_notes(p, out, diags);
}
