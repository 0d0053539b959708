/* SPDX-License-Identifier: MIT */
/*
 * skema diff: what changed between two stages of one project
 * (FILE --from B --to C), or between two versions of one project
 * (OLD NEW): every figure, and the findings that appeared or went away.
 * Exit status as diff(1): 0 nothing changed, 1 something did, 2 trouble.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checked.h"
#include "cli.h"
#include "format.h"
#include "report.h"
#include "report_model.h"
#include "xalloc.h"

static const char diff_usage[] =
    "Usage: skema diff [OPTION]... FILE --from STAGE --to STAGE\n"
    "   or: skema diff [OPTION]... OLD NEW\n"
    "Show what changed between two stages of one project (A, B or C), or\n"
    "between two versions of one project's file: every figure, with old,\n"
    "new and the change, and the findings that appeared or went away.\n"
    "\n"
    "      --from=STAGE      the earlier stage: A, B or C\n"
    "      --to=STAGE        the later stage\n"
    "  -f, --format=FORMAT   text (default), md or json\n"
    "      --lang=LANG       da (default) or en\n"
    "      --rates=FILE      add the rates of FILE (skema-rates/1)\n"
    "  -h, --help            show this help and exit\n"
    "\n"
    "Exit status: 0 nothing changed; 1 something changed; 2 unreadable or\n"
    "invalid input, or wrong usage.\n";

static bool parse_stage(const char *s, enum stage *out)
{
    for (int i = 0; i < STAGE__COUNT; i++) {
        if (strcmp(s, stage_name((enum stage)i)) == 0) {
            *out = (enum stage)i;
            return true;
        }
    }
    return false;
}

/* A value as the user reads it: amounts and percentages in the report's
 * number format, the rest as written. */
static const char *value_words(char buf[NUM_FMT_MAX + 64], enum field_type type,
                               const struct val *v, enum report_lang lang)
{
    struct report_opts o = { .lang = lang };
    if (!v->set)
        return "–";
    switch (type) {
    case FT_AMOUNT: case FT_UNIT:
        return report_amount(buf, v->n, &o, false);
    default:
        snprintf(buf, NUM_FMT_MAX + 64, "%s", v->text ? v->text : "");
        return buf;
    }
}

/* ---- two versions of a file ------------------------------------------- */

struct change_list {
    size_t count, cap;
    struct changed {
        char *path;
        enum field_type type;
        struct val old, new;
    } *items;
};

static void collect(void *ctx, const char *path, enum field_type type,
                    const struct val *a, const struct val *b)
{
    struct change_list *l = ctx;
    if (l->count == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 16;
        l->items = xrealloc(l->items, l->cap * sizeof *l->items);
    }
    l->items[l->count++] = (struct changed){ xstrdup(path), type, *a, *b };
}

static bool same_finding(const struct diag *a, const struct diag *b)
{
    if (a->rule != b->rule || a->severity != b->severity ||
        strcmp(a->path, b->path) != 0)
        return false;
    struct strbuf x = STRBUF_INIT, y = STRBUF_INIT;
    bool same = strcmp(diag_text(&x, a, LANG_EN), diag_text(&y, b, LANG_EN)) == 0;
    strbuf_release(&x);
    strbuf_release(&y);
    return same;
}

/* The findings of `in` that `other` does not have; caller frees the array. */
static size_t only_in(const struct diag_list *in, const struct diag_list *other,
                      const struct diag ***out)
{
    size_t n = 0;
    *out = xcalloc(diag_count(in) + 1, sizeof **out);
    for (size_t i = 0; i < diag_count(in); i++) {
        const struct diag *d = diag_get(in, i);
        bool found = false;
        for (size_t k = 0; k < diag_count(other) && !found; k++)
            found = same_finding(d, diag_get(other, k));
        if (!found)
            (*out)[n++] = d;
    }
    return n;
}

static void json_findings(FILE *out, const char *key, const struct diag **d, size_t n)
{
    fprintf(out, "  \"%s\": [", key);
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "%s\n    {\"rule\": \"%s\", \"severity\": \"%s\", \"path\": ",
                i ? "," : "", rule_info(d[i]->rule)->id, severity_name(d[i]->severity));
        json_write_string(out, d[i]->path);
        fprintf(out, ", \"line\": %u, \"column\": %u, \"message\": ",
                (unsigned)d[i]->pos.line, (unsigned)d[i]->pos.col);
        struct strbuf sb = STRBUF_INIT;
        json_write_string(out, diag_text(&sb, d[i], LANG_EN));
        strbuf_release(&sb);
        fputc('}', out);
    }
    fputs(n ? "\n  ]" : "]", out);
}

static void write_versions(FILE *out, enum report_format format, enum report_lang lang,
                           const struct checked *a, const struct checked *b,
                           const struct change_list *ch, const struct diag **gone,
                           size_t ngone, const struct diag **came, size_t ncame)
{
    char x[NUM_FMT_MAX + 64], y[NUM_FMT_MAX + 64], z[NUM_FMT_MAX];
    bool dk = lang == LANG_DA;
    struct report_opts o = { .lang = lang };
    if (format == REPORT_JSON) {
        fputs("{\n  \"report\": \"skema-diff/1\",\n  \"old\": ", out);
        json_write_string(out, a->file);
        fputs(",\n  \"new\": ", out);
        json_write_string(out, b->file);
        fputs(",\n  \"changes\": [", out);
        for (size_t i = 0; i < ch->count; i++) {
            const struct changed *c = &ch->items[i];
            bool money = c->type == FT_AMOUNT || c->type == FT_UNIT;
            fprintf(out, "%s\n    {\"path\": ", i ? "," : "");
            json_write_string(out, c->path);
            if (money) {
                fputs(", \"old_ore\": ", out);
                c->old.set ? fprintf(out, "%lld", (long long)c->old.n) : fputs("null", out);
                fputs(", \"new_ore\": ", out);
                c->new.set ? fprintf(out, "%lld", (long long)c->new.n) : fputs("null", out);
                fputs(", \"delta_ore\": ", out);
                c->old.set && c->new.set
                    ? fprintf(out, "%lld", (long long)(c->new.n - c->old.n))
                    : fputs("null", out);
            } else {
                fputs(", \"old\": ", out);
                c->old.set ? json_write_string(out, c->old.text) : (void)fputs("null", out);
                fputs(", \"new\": ", out);
                c->new.set ? json_write_string(out, c->new.text) : (void)fputs("null", out);
            }
            fputc('}', out);
        }
        fputs(ch->count ? "\n  ],\n" : "],\n", out);
        json_findings(out, "findings_appeared", came, ncame);
        fputs(",\n", out);
        json_findings(out, "findings_gone", gone, ngone);
        fputs("\n}\n", out);
        return;
    }
    bool md = format == REPORT_MD;
    if (md)
        fprintf(out, "# %s: %s → %s\n\n| %s | %s | %s | %s |\n|---|---:|---:|---:|\n",
                dk ? "Ændringer" : "Changes", a->file, b->file,
                dk ? "Nøgle" : "Key", dk ? "Før" : "Old", dk ? "Efter" : "New",
                dk ? "Ændring" : "Change");
    else
        fprintf(out, "--- %s\n+++ %s\n", a->file, b->file);
    for (size_t i = 0; i < ch->count; i++) {
        const struct changed *c = &ch->items[i];
        bool money = c->type == FT_AMOUNT || c->type == FT_UNIT;
        const char *delta = "";
        if (money && c->old.set && c->new.set) {
            struct num_style st = *report_style(lang);
            st.plus = true;
            num_format(c->new.n - c->old.n, MONEY_DECIMALS,
                       (c->new.n - c->old.n) % ORE_PER_KR ? MONEY_DECIMALS : 0, &st, z);
            delta = z;
        }
        const char *was = value_words(x, c->type, &c->old, lang);
        const char *is = value_words(y, c->type, &c->new, lang);
        if (md)
            fprintf(out, "| `%s` | %s | %s | %s |\n", c->path, was, is, delta);
        else
            fprintf(out, "%s: %s → %s%s%s%s\n", c->path, was, is, *delta ? " (" : "",
                    delta, *delta ? ")" : "");
    }
    (void)o;
    const struct { const char *title; const struct diag **d; size_t n; const char *file; } sets[] = {
        { dk ? "Nye fund" : "Findings that appeared", came, ncame, b->file },
        { dk ? "Fund, der er væk" : "Findings that went away", gone, ngone, a->file },
    };
    for (size_t s = 0; s < 2; s++) {
        if (!sets[s].n)
            continue;
        fprintf(out, md ? "\n## %s\n\n" : "\n%s\n", sets[s].title);
        for (size_t i = 0; i < sets[s].n; i++) {
            if (md)
                fputs("- ", out);
            report_diag_line(out, sets[s].file, sets[s].d[i]);
        }
    }
    fprintf(out, md ? "\n%zu %s, %zu %s, %zu %s.\n" : "\n%zu %s, %zu %s, %zu %s\n",
            ch->count, dk ? "ændrede værdier" : "values changed", ncame,
            dk ? "nye fund" : "findings appeared", ngone,
            dk ? "fund væk" : "findings went away");
}

static int diff_versions(const struct checked *a, const struct checked *b,
                         enum report_format format, enum report_lang lang)
{
    struct change_list ch = { 0 };
    project_diff(&a->project, &b->project, collect, &ch);
    const struct diag **gone, **came;
    size_t ngone = only_in(a->diags, b->diags, &gone);
    size_t ncame = only_in(b->diags, a->diags, &came);
    write_versions(stdout, format, lang, a, b, &ch, gone, ngone, came, ncame);
    bool changed = ch.count || ngone || ncame;
    for (size_t i = 0; i < ch.count; i++)
        free(ch.items[i].path);
    free(ch.items);
    free(gone);
    free(came);
    return changed ? EXIT_FINDINGS : EXIT_CLEAN;
}

/* ---- two stages of one project ---------------------------------------- */

static int diff_stages(const struct checked *c, enum stage from, enum stage to,
                       enum report_format format, enum report_lang lang)
{
    const struct stage_figures *a = &c->figures.stage[from], *b = &c->figures.stage[to];
    if (!a->present || !b->present) {
        fprintf(stderr, "skema diff: %s: skema %s is not given\n", c->file,
                stage_name(a->present ? to : from));
        return EXIT_TROUBLE;
    }
    struct report_opts o = { .lang = lang };
    size_t width = 20;   /* at least, or the widest row label */
    for (int r = 0; r < ROW__COUNT; r++)
        if (display_width(report_labels(lang)->row[r]) > width)
            width = display_width(report_labels(lang)->row[r]);
    bool changed = false;
    char x[NUM_FMT_MAX], y[NUM_FMT_MAX], z[NUM_FMT_MAX], w[NUM_FMT_MAX + 2];
    if (format == REPORT_JSON) {
        fputs("{\n  \"report\": \"skema-diff/1\",\n  \"file\": ", stdout);
        json_write_string(stdout, c->file);
        fprintf(stdout, ",\n  \"from\": \"%s\",\n  \"to\": \"%s\",\n  \"rows\": {",
                stage_name(from), stage_name(to));
    }
    else if (format == REPORT_MD)
        fprintf(stdout, "# %s: skema %s → skema %s\n\n| | Skema %s | Skema %s | %s | %% |\n"
                "|---|---:|---:|---:|---:|\n", c->project.projekt.navn.text,
                stage_name(from), stage_name(to), stage_name(from), stage_name(to),
                lang == LANG_DA ? "kr." : "kr");
    else
        fprintf(stdout, "%s: skema %s → skema %s\n", c->project.projekt.navn.text,
                stage_name(from), stage_name(to));
    for (int r = 0; r < ROW__COUNT; r++) {
        const struct amount_opt *p = &a->row[r], *q = &b->row[r];
        int64_t d = p->set && q->set ? q->ore - p->ore : 0, pct = 0;
        bool has_pct = p->set && q->set && p->ore != 0 &&
                       money_mul_div(d, 10000, p->ore, &pct);
        changed |= p->set != q->set || d != 0;
        struct num_style st = *report_style(lang);
        st.plus = true;
        num_format(d, MONEY_DECIMALS, d % ORE_PER_KR ? MONEY_DECIMALS : 0, &st, z);
        num_format(pct, 2, 2, &st, w);
        strcat(w, " %");
        const char *label = report_labels(lang)->row[r];
        if (format == REPORT_JSON) {
            fprintf(stdout, "%s\n    \"%s\": {\"from_ore\": ", r ? "," : "", row_key((enum row)r));
            p->set ? fprintf(stdout, "%lld", (long long)p->ore) : fputs("null", stdout);
            fputs(", \"to_ore\": ", stdout);
            q->set ? fprintf(stdout, "%lld", (long long)q->ore) : fputs("null", stdout);
            fputs(", \"delta_ore\": ", stdout);
            p->set && q->set ? fprintf(stdout, "%lld", (long long)d) : fputs("null", stdout);
            fputc('}', stdout);
        } else if (format == REPORT_MD) {
            fprintf(stdout, "| %s | %s | %s | %s | %s |\n", label,
                    p->set ? report_amount(x, p->ore, &o, false) : "–",
                    q->set ? report_amount(y, q->ore, &o, false) : "–",
                    p->set && q->set ? z : "–", has_pct ? w : "–");
        } else {
            /* widths that hold any amount up to a thousand million kroner */
            fputs("  ", stdout);
            fput_padded(stdout, label, width, false);
            fput_padded(stdout, p->set ? report_amount(x, p->ore, &o, false) : "–", 16, true);
            fput_padded(stdout, q->set ? report_amount(y, q->ore, &o, false) : "–", 16, true);
            fput_padded(stdout, p->set && q->set ? z : "–", 16, true);
            fput_padded(stdout, has_pct ? w : "–", 11, true);
            fputc('\n', stdout);
        }
    }
    if (format == REPORT_JSON)
        fprintf(stdout, "\n  },\n  \"changed\": %s\n}\n", changed ? "true" : "false");
    return changed ? EXIT_FINDINGS : EXIT_CLEAN;
}

int cmd_diff(int argc, char **argv)
{
    static const struct option options[] = {
        { "from", required_argument, NULL, 'F' },
        { "to", required_argument, NULL, 'T' },
        { "format", required_argument, NULL, 'f' },
        { "lang", required_argument, NULL, 'l' },
        { "rates", required_argument, NULL, 'r' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    enum report_format format = REPORT_TEXT;
    enum report_lang lang = LANG_DA;
    enum stage from = STAGE__COUNT, to = STAGE__COUNT;
    char *rate_files[16];
    size_t nrate_files = 0;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":f:h", options, NULL)) != -1) {
        switch (c) {
        case 'F':
        case 'T':
            if (!parse_stage(optarg, c == 'F' ? &from : &to))
                return usage_error("diff", "no stage '%s'; use A, B or C", optarg);
            break;
        case 'f':
            if (!report_format_parse(optarg, &format) ||
                (format != REPORT_TEXT && format != REPORT_MD && format != REPORT_JSON))
                return usage_error("diff", "unknown format '%s'; use text, md or json", optarg);
            break;
        case 'l':
            if (!report_lang_parse(optarg, &lang))
                return usage_error("diff", "unknown language '%s'; use da or en", optarg);
            break;
        case 'r':
            if (nrate_files == 16)
                return usage_error("diff", "at most %d --rates files", 16);
            rate_files[nrate_files++] = optarg;
            break;
        case 'h':
            fputs(diff_usage, stdout);
            return finish_stdout(EXIT_CLEAN);
        case ':':
            return usage_error("diff", "option '%s' needs a value", argv[optind - 1]);
        default:
            return usage_error("diff", "unknown option '%s'", argv[optind - 1]);
        }
    }
    int files = argc - optind;
    bool stages = from != STAGE__COUNT || to != STAGE__COUNT;
    if (stages && (from == STAGE__COUNT || to == STAGE__COUNT))
        return usage_error("diff", "give both --from and --to");
    if (stages ? files != 1 : files != 2)
        return usage_error("diff", "%s", stages ? "give one FILE with --from and --to"
                                        : "give OLD and NEW, or one FILE with --from and --to");

    struct rates *rates = load_rates(true, rate_files, nrate_files, 4u << 20);
    if (!rates)
        return EXIT_TROUBLE;
    struct checked run[2];
    int code = EXIT_TROUBLE;
    int loaded = 0;
    for (; loaded < files; loaded++) {
        char *err;
        const char *file = argv[optind + loaded];
        bool ok = checked_run(&run[loaded], file, rates, 4u << 20, SEV_NOTE, &err);
        if (!ok || !run[loaded].loaded) {
            /* a file with errors cannot be compared figure by figure */
            if (!ok)
                fprintf(stderr, "skema: %s: %s\n", file, err);
            for (size_t k = 0; ok && k < diag_count(run[loaded].diags); k++)
                if (diag_get(run[loaded].diags, k)->severity == SEV_ERROR)
                    report_diag_line(stderr, file, diag_get(run[loaded].diags, k));
            free(err);
            checked_free(&run[loaded]);
            goto out;
        }
    }
    code = stages ? diff_stages(&run[0], from, to, format, lang)
                  : diff_versions(&run[0], &run[1], format, lang);
out:
    for (int i = 0; i < loaded; i++)
        checked_free(&run[i]);
    rates_free(rates);
    return finish_stdout(code);
}
