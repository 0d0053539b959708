/* SPDX-License-Identifier: MIT */
/*
 * The report as a model, built once from the report and its checked
 * figures (struct figures): its tables, with every number already written
 * in the chosen language, the committee's sentences, the raw figures the
 * machine formats need, and (struct rfindings, below) the findings with
 * their messages rendered.  The five writers (text, md, html, json, csv)
 * only lay it out and escape it (escape.h), so they cannot disagree on a
 * figure; nothing here computes one.
 *
 * Owns: the labels of the report in each language (struct labels), the
 * model, and the findings as shown.  To add a section (the committee's
 * Økonomi for kommunen, Ikke kontrolleret, Teknisk bilag), add its table
 * or sentences in rmodel_build from fields of struct figures, and let the
 * md and html writers place it; rfindings.by_severity gives the findings
 * grouped as Fejl, Advarsler, Bemærkninger.
 */
#pragma once

#include "check.h"
#include "money.h"
#include "report.h"
#include "xalloc.h"

/*
 * Every text of the model is allocated in the model's arena, as long as
 * it needs (nothing is cut, least of all in the middle of a character),
 * and freed with it by rmodel_free.  Beside the texts, the model keeps
 * the raw figures (øre, hundredths of a percent) that json, csv and the
 * html chart need as numbers: every format reads the one model.
 */

enum { RT_COLS = 4, RT_ROWS = 8 };

/* What a table shows: the committee formats place each in its section. */
enum rtable_kind { RT_COSTS, RT_CHANGE, RT_CAP, RT_FINANCING,
                   RT_RENOV_FINANCE, RT_RENOV_RENT /* a renovation's */ };

struct rtable {
    enum rtable_kind kind;
    enum stage from, to;                  /* RT_CHANGE: the comparison */
    const char *title;
    size_t cols;
    const char *head[RT_COLS];
    size_t rows;
    const char *label[RT_ROWS];
    const char *cell[RT_ROWS][RT_COLS];   /* "" where a row has no value */
    bool total_last;                      /* the last row is a total */
    const char *note;                     /* a line under the table, or NULL */
};

/* A number with its text: raw in øre (or hundredths of a percent). */
struct rnum {
    bool set;
    int64_t raw;
    const char *text;         /* as the report shows it; "–" when not set */
};

/* A figure of one stage, for the machine formats. */
enum rfig_kind {
    RF_STATED,                /* as the file gives it */
    RF_USED,                  /* the anskaffelsessum the checks use */
    RF_DERIVED,               /* derived by the check */
    RF_CHECK,                 /* a figure of the check itself (json only) */
};

struct rfig {
    const char *key;          /* "grundudgifter", "realkreditlaan", ... */
    enum rfig_kind kind;
    struct amount_opt a;
    const char *flag_key;     /* a flag that belongs with it, or NULL */
    bool flag;
};

enum { RM_STAGE_FIGS = 20 };

struct rstage {
    bool present;
    size_t nfigs;
    struct rfig fig[RM_STAGE_FIGS];
    /* for the chart: the rows and the cap, raw and as text */
    struct rnum row[ROW__COUNT];
    struct rnum cap;
    bool cap_open;
};

enum { RM_FIELDS = 7, RM_TABLES = 8 };

/* A field of the project, in the order json gives them: sagsnummer,
 * navn, kommune, boligorganisation, afdeling, boligtype, and the zone of
 * the cost cap used (stated, or the kommune's). */
struct rfield {
    const char *key;          /* json's key */
    const char *label;        /* NULL: not in the list of fields (navn is
                                 the title) */
    const char *value;        /* as shown; user text: escape it */
    const char *raw;          /* as json writes it (boligtype's key) */
};

struct rmodel {
    struct arena *arena;              /* owns every text below */
    const char *title;                /* the project's name: user text */
    size_t nfields;
    struct rfield field[RM_FIELDS];
    size_t ntables;
    struct rtable table[RM_TABLES];   /* [0] is the committee table */
    size_t nsentences;
    const char **sentence;            /* the committee's sentences */
    struct rstage stage[STAGE__COUNT];
    const struct figures *figures;    /* what it was built from, borrowed */
    const struct report_opts *opts;
    const struct shares *shares;      /* the financing shares used */
    const struct comparison *cmp;     /* [COMPARISONS]: A→B, B→C, A→C */
};

/* The words of a report in one language.  Never printf formats: the
 * writers put the numbers in with formats of their own. */
struct labels {
    const char *row[ROW__COUNT];
    const char *housing[4];           /* by enum housing */
    const char *field[5];             /* sagsnummer, kommune, boligorganisation,
                                         afdeling, boligtype */
    const char *costs_title, *change, *kr, *pct, *of_total;
    const char *cap_title, *cap, *total, *room, *room_pct, *cap_open;
    const char *costs_title_k, *cap_title_k, *fin_title_k, *fin_title_law_k,
        *kr_k;                        /* in tables of 1.000 kr (--thousands) */
    const char *fin_title, *fin_title_law, *loan, *grundkapital,
        *beboerindskud, *guarantee, *of_loan;
    const char *severity[3];          /* by enum severity */
    const char *findings, *rules_cited;
    /* the summary's counts, by enum severity: "1 advarsel", "2 advarsler" */
    const char *count_one[3], *count_many[3];
    const char *more_not_shown;       /* after a count */
    const char *not_checked_figures;  /* when the file did not load */
    const char *committee_heading;
    const char *zone;                 /* the zone of the cost cap used */
};

const struct labels *report_labels(enum report_lang lang);
const struct num_style *report_style(enum report_lang lang);

/* An amount as the options want it: kr (øre when not whole, or always
 * with with_ore), or rounded to whole thousands. */
const char *report_amount(char buf[NUM_FMT_MAX], int64_t ore,
                          const struct report_opts *o, bool with_ore);

/* An amount in a table cell: as report_amount, but in units of 1.000 kr
 * with --thousands (the table's title says so). */
const char *report_cell_amount(char buf[NUM_FMT_MAX], int64_t ore,
                               const struct report_opts *o, bool with_ore,
                               bool plus);

/* A signed amount ("+594.000"); percentages in hundredths ("+1,16", with
 * sign when asked) and in millionths ("55,51"), in the report's style. */
const char *report_signed_amount(char buf[NUM_FMT_MAX], int64_t ore,
                                 const struct report_opts *o);
const char *report_pct_x100(char buf[NUM_FMT_MAX], int64_t x100,
                            const struct report_opts *o, bool sign);
const char *report_pct_micro(char buf[NUM_FMT_MAX], int64_t micro,
                             const struct report_opts *o);

/* The value of the project's field with json's key, or "". */
const char *rmodel_field(const struct rmodel *m, const char *key);

/* A text formatted into the model's arena. */
const char *rm_str(struct rmodel *m, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* A new, empty table of the model (its cells ""). */
struct rtable *rmodel_table(struct rmodel *m, const char *title);
/* A renovation's tables and sentences (report_renovation.c). */
void rmodel_renovation(struct rmodel *m, const struct report *r);

/* Add a sentence (copied into the arena). */
void rmodel_say(struct rmodel *m, const char *text);
/* The committee's sentences, from the figures (report_sentences.c). */
void rmodel_sentences(struct rmodel *m, const struct report *r,
                      const struct report_opts *o);

/* The tables of one kind, in the order the committee reads them (the
 * change B→C first: the decision), into out; their number. */
size_t rmodel_tables_of(const struct rmodel *m, enum rtable_kind kind,
                        const struct rtable *out[RM_TABLES]);

/* Build the model of a loaded report (r->loaded); free it with rmodel_free. */
void rmodel_build(const struct report *r, const struct report_opts *o,
                  struct rmodel *m);
void rmodel_free(struct rmodel *m);

/*
 * The findings of a report, each message rendered once (report_findings.c)
 * for every format; the writers only lay them out and escape them.
 */
struct rfinding {
    const struct diag *d;       /* rule, severity, position, key path */
    const char *severity;       /* its word in the report's language */
    char *message;              /* owned */
};

struct rfindings {
    const char *file;           /* as the user named it; escape it */
    bool loaded;
    size_t n;
    struct rfinding *item;      /* owned */
    size_t not_shown;
    char *not_shown_text;       /* "3 fund mere vises ikke"; NULL if none */
    size_t ncited;              /* rules cited, only when loaded */
    const struct rule_info *cited[RULE__COUNT];
    size_t count[3];            /* by enum severity, shown or not */
    size_t *by_severity;        /* indexes into item: errors, then warnings,
                                   then notes, each in file order (for
                                   sections grouped by severity); owned */
    char *summary;              /* "0 fejl, 1 advarsel, 8 bemærkninger" */
};

void rfindings_build(const struct report *r, enum report_lang lang,
                     struct rfindings *f);
void rfindings_free(struct rfindings *f);
/* Finding i as a line of terminal text, as report_finding_line writes. */
void rfinding_line(FILE *out, const struct rfindings *f, size_t i, bool color);
