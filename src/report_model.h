/* SPDX-License-Identifier: MIT */
/*
 * The report as a model: its tables, with every number already written in
 * the chosen language, and the committee's sentences.  The text, Markdown
 * and HTML writers only lay it out, so they cannot disagree on a figure.
 */
#pragma once

#include "money.h"
#include "report.h"

enum { RT_COLS = 4, RT_ROWS = 8, RT_CELL = NUM_FMT_MAX + 16, RT_LABEL = 96 };

struct rtable {
    char title[RT_LABEL];
    size_t cols;
    char head[RT_COLS][RT_CELL];
    size_t rows;
    char label[RT_ROWS][RT_LABEL];
    char cell[RT_ROWS][RT_COLS][RT_CELL];
    bool total_last;            /* the last row is a total */
};

enum { RM_FIELDS = 6, RM_TABLES = 8, RM_SENTENCES = 32 };

struct rmodel {
    char title[256];
    size_t nfields;
    const char *field_label[RM_FIELDS];
    char field_value[RM_FIELDS][256];
    size_t ntables;
    struct rtable table[RM_TABLES];   /* [0] is the committee table */
    const char *cap_note;             /* set when a cap is only a lower bound */
    size_t nsentences;
    char *sentence[RM_SENTENCES];     /* owned */
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
    const char *fin_title, *fin_title_law, *loan, *grundkapital,
        *beboerindskud, *guarantee, *of_loan;
    const char *severity[3];          /* by enum severity */
    const char *findings, *rules_cited;
    /* the summary's counts, by enum severity: "1 advarsel", "2 advarsler" */
    const char *count_one[3], *count_many[3];
    const char *more_not_shown;       /* after a count */
    const char *not_checked_figures;  /* when the file did not load */
    const char *committee_heading;
};

const struct labels *report_labels(enum report_lang lang);
const struct num_style *report_style(enum report_lang lang);

/* An amount as the options want it: kr (øre when not whole, or always
 * with with_ore), or rounded to whole thousands. */
const char *report_amount(char buf[NUM_FMT_MAX], int64_t ore,
                          const struct report_opts *o, bool with_ore);

/* Build the model of a loaded report; free it with rmodel_free. */
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
    char *summary;              /* "0 fejl, 1 advarsel, 8 bemærkninger" */
};

void rfindings_build(const struct report *r, enum report_lang lang,
                     struct rfindings *f);
void rfindings_free(struct rfindings *f);
/* Finding i as a line of terminal text, as report_finding_line writes. */
void rfinding_line(FILE *out, const struct rfindings *f, size_t i, bool color);
