/* SPDX-License-Identifier: MIT */
/* The output of skema diff; documented in include/report_diff.h */
#include "report_diff.h"

#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "report_model.h"
#include "strbuf.h"

/* ---- cells ------------------------------------------------------------ */

/* One argument as the report's language writes it, appended to sb: the
 * catalogue's number formats, so no number is formatted here. */
static void put_arg(struct strbuf *sb, struct msg_arg arg, enum report_lang lang)
{
    msg_arg_render(sb, &arg, lang);
}

static void put_msg(struct strbuf *sb, const char *msgid, enum report_lang lang)
{
    msg_render(sb, msgid, NO_ARGS, lang);
}

static bool is_money(enum field_type type)
{
    return type == FT_AMOUNT || type == FT_UNIT;
}

/* A page of its own for the case file, in the check's html manner: one
 * self-contained style sheet for screen and A4, black, white and greys. */
static const char html_style[] =
    "@page { size: A4; margin: 18mm; }\n"
    "body { margin: 0 auto; max-width: 174mm; padding: 10mm 0; color: #000;"
    " background: #fff; font: 9.5pt/1.35 Charter, \"Bitstream Charter\","
    " Cambria, Georgia, \"DejaVu Serif\", serif; }\n"
    "@media print { body { max-width: none; padding: 0; } }\n"
    "h1 { font-size: 16pt; margin: 0 0 6pt; overflow-wrap: anywhere; }\n"
    "h2 { font-size: 12pt; margin: 12pt 0 4pt; border-bottom: 0.75pt solid #000; }\n"
    "table { width: 100%; border-collapse: collapse; margin: 6pt 0;"
    " break-inside: avoid; }\n"
    "caption { text-align: left; font-weight: bold; padding: 0 0 3pt; }\n"
    "th, td { padding: 1.5pt 6pt; vertical-align: baseline; text-align: left;"
    " overflow-wrap: anywhere; }\n"
    "thead th { border-bottom: 0.75pt solid #000; }\n"
    "td.n, th.n { text-align: right; white-space: nowrap;"
    " font-variant-numeric: tabular-nums; }\n"
    "tbody tr { border-bottom: 0.25pt solid #aaa; }\n"
    "ul { margin: 0; padding-left: 18pt; }\n"
    "li { margin: 0 0 2pt; overflow-wrap: anywhere; }\n"
    "code { font-family: ui-monospace, \"DejaVu Sans Mono\", monospace;"
    " font-size: 8.5pt; }\n"
    ".rule { color: #444; white-space: nowrap; }\n"
    "p.summary { font-weight: bold; margin-top: 12pt;"
    " border-top: 0.75pt solid #000; padding-top: 4pt; }\n";

static void html_head(FILE *out, enum report_lang lang, const char *title)
{
    fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
                 "<meta charset=\"utf-8\">\n<title>", lang == LANG_EN ? "en" : "da");
    esc_write(out, ESC_HTML, title);
    fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<h1>", html_style);
    esc_write(out, ESC_HTML, title);
    fputs("</h1>\n", out);
}

/* The title of a diff page: "Ændringer: OLD → NEW" (file names as given). */
static void title_of(struct strbuf *t, const char *what, const char *a,
                     const char *b, enum report_lang lang)
{
    put_msg(t, what, lang);
    strbuf_addf(t, ": %s → %s", a, b);
}

/* ---- two versions: the values ------------------------------------------ */

/* A value as the user reads it: a number in the language's numbers, the
 * rest (text, dates) as written. */
static void value_words(struct strbuf *sb, const struct diff_change *c,
                        const struct val *v, enum report_lang lang)
{
    if (!v->set)
        strbuf_addstr(sb, "–");
    else if (is_money(c->type))
        put_arg(sb, ARG_KR("v", v->n), lang);
    else if (c->type == FT_AREA || c->type == FT_PCT)
        put_arg(sb, ARG_DEC("v", v->n), lang);
    else if (c->type == FT_COUNT)
        put_arg(sb, ARG_INT("v", v->n), lang);
    else
        strbuf_addstr(sb, v->text ? v->text : "");
}

/* The change of a value: kr for an amount, days for a date, the
 * difference for an area, a percentage or a count. */
static void change_words(struct strbuf *sb, const struct diff_change *c,
                         enum report_lang lang)
{
    if (is_money(c->type) && c->delta.set) {
        put_arg(sb, ARG_KR_DELTA("v", c->delta.delta_ore), lang);
    } else if (c->delta.set) {
        if (c->delta.delta_ore > 0)
            strbuf_addch(sb, '+');
        put_arg(sb, c->type == FT_COUNT ? ARG_INT("v", c->delta.delta_ore)
                                        : ARG_DEC("v", c->delta.delta_ore), lang);
    }
    if (!c->has_days || c->days == 0)
        return;
    uint64_t n = (uint64_t)(c->days < 0 ? -c->days : c->days);
    const struct msg_arg arg[] = { ARG_INT("n", n) };
    if (c->days > 0)
        msg_render_plural(sb, NP_("{n} day later", "{n} days later"), n, 1, arg, lang);
    else
        msg_render_plural(sb, NP_("{n} day earlier", "{n} days earlier"), n, 1, arg,
                          lang);
}

static void versions_values(FILE *out, const struct diff_format *df,
                            const struct diff_versions *v)
{
    enum esc_kind kind = report_esc_kind(df->format);
    for (size_t i = 0; i < v->nchanges; i++) {
        const struct diff_change *c = &v->changes[i];
        struct strbuf was = STRBUF_INIT, is = STRBUF_INIT, delta = STRBUF_INIT;
        value_words(&was, c, &c->old, df->lang);
        value_words(&is, c, &c->new, df->lang);
        change_words(&delta, c, df->lang);
        if (df->format == REPORT_MD) {
            fputs("| ", out);
            esc_md_code(out, c->path);
        } else if (df->format == REPORT_HTML) {
            fputs("<tr><td><code>", out);
            esc_write(out, kind, c->path);
        } else {
            esc_write(out, kind, c->path);
        }
        const char *const seps[][4] = {
            [REPORT_TEXT] = { ": ", " → ", " (", ")" },
            [REPORT_MD] = { " | ", " | ", " | ", "" },
            [REPORT_HTML] = { "</code></td><td class=\"n\">", "</td><td class=\"n\">",
                              "</td><td class=\"n\">", "" },
        };
        const char *const *sep = seps[df->format];
        bool text = df->format == REPORT_TEXT;
        fputs(sep[0], out);
        esc_write(out, kind, was.buf);
        fputs(sep[1], out);
        esc_write(out, kind, is.buf);
        if (!text || delta.len)
            fprintf(out, "%s", sep[2]);
        esc_write(out, kind, delta.buf);
        if (!text || delta.len)
            fputs(sep[3], out);
        fputs(text ? "\n" : df->format == REPORT_MD ? " |\n" : "</td></tr>\n", out);
        strbuf_release(&was);
        strbuf_release(&is);
        strbuf_release(&delta);
    }
}

/* The header of the values: diff's file header in text, a table's head
 * in md and html. */
static void versions_head(FILE *out, const struct diff_format *df,
                          const struct diff_versions *v)
{
    enum report_lang lang = df->lang;
    struct strbuf t = STRBUF_INIT;
    const char *const cols[] = { N_("Key"), N_("Before"), N_("After"), N_("Change") };
    title_of(&t, N_("Changes"), v->old->file, v->new->file, lang);
    if (df->format == REPORT_TEXT) {
        fputs("--- ", out);
        esc_write(out, ESC_TERM, v->old->file);
        fputs("\n+++ ", out);
        esc_write(out, ESC_TERM, v->new->file);
        fputc('\n', out);
    } else if (df->format == REPORT_MD) {
        fputs("# ", out);
        esc_write(out, ESC_MD, t.buf);
        fputs("\n\n", out);
        for (size_t i = 0; i < 4; i++)
            fprintf(out, "| %s ", msg_text(cols[i], lang));
        fputs("|\n|---|---:|---:|---:|\n", out);
    } else {
        html_head(out, lang, t.buf);
        fputs("<table>\n<thead><tr>", out);
        for (size_t i = 0; i < 4; i++)
            fprintf(out, "<th%s>%s</th>", i ? " class=\"n\"" : "",
                    msg_text(cols[i], lang));
        fputs("</tr></thead>\n<tbody>\n", out);
    }
    strbuf_release(&t);
}

/* ---- two versions: the findings --------------------------------------- */

static void html_finding(FILE *out, const char *file, const struct diag *d,
                         enum report_lang lang)
{
    struct strbuf msg = STRBUF_INIT;
    fputs("<code>", out);
    esc_write(out, ESC_HTML, file);
    fprintf(out, ":%u:%u</code> %s: ", (unsigned)d->pos.line, (unsigned)d->pos.col,
            report_labels(lang)->severity[d->severity]);
    if (*d->path) {
        fputs("<code>", out);
        esc_write(out, ESC_HTML, d->path);
        fputs("</code>: ", out);
    }
    esc_write(out, ESC_HTML, diag_text(&msg, d, lang));
    fprintf(out, " <span class=\"rule\">[%s]</span>", rule_info(d->rule)->id);
    strbuf_release(&msg);
}

/* One finding in the format: a compiler's line (a list item in md). */
static void finding(FILE *out, const struct diff_format *df, const char *file,
                    const struct diag *d)
{
    if (df->format == REPORT_HTML) {
        fputs("<li>", out);
        html_finding(out, file, d, df->lang);
        fputs("</li>\n", out);
        return;
    }
    if (df->format == REPORT_MD)
        fputs("- ", out);
    report_finding_line(out, report_esc_kind(df->format), file, d, df->lang);
}

static void heading(FILE *out, const struct diff_format *df, const char *msgid)
{
    const char *t = msg_text(msgid, df->lang);
    if (df->format == REPORT_HTML)
        fprintf(out, "<h2>%s</h2>\n", t);
    else
        fprintf(out, df->format == REPORT_MD ? "\n## %s\n\n" : "\n%s\n", t);
}

/* A changed finding: the old message and the new, side by side (md and
 * html: a row of a table; text: the old line, then the new under it). */
static void changed_finding(FILE *out, const struct diff_format *df,
                            const struct diff_versions *v, size_t i)
{
    const struct diag *a = v->changed[i].old, *b = v->changed[i].new;
    enum esc_kind kind = report_esc_kind(df->format);
    struct strbuf x = STRBUF_INIT, y = STRBUF_INIT;
    diag_text(&x, a, df->lang);
    diag_text(&y, b, df->lang);
    if (df->format == REPORT_TEXT) {
        report_finding_line(out, kind, v->old->file, a, df->lang);
        fputs("  → ", out);
        report_finding_line(out, kind, v->new->file, b, df->lang);
    } else if (df->format == REPORT_MD) {
        fputs("| ", out);
        esc_md_code(out, b->path);
        fprintf(out, " | %s | ", rule_info(b->rule)->id);
        esc_write(out, kind, x.buf);
        fputs(" | ", out);
        esc_write(out, kind, y.buf);
        fputs(" |\n", out);
    } else {
        fputs("<tr><td><code>", out);
        esc_write(out, kind, b->path);
        fprintf(out, "</code></td><td class=\"rule\">%s</td><td>", rule_info(b->rule)->id);
        esc_write(out, kind, x.buf);
        fputs("</td><td>", out);
        esc_write(out, kind, y.buf);
        fputs("</td></tr>\n", out);
    }
    strbuf_release(&x);
    strbuf_release(&y);
}

static void changed_findings(FILE *out, const struct diff_format *df,
                             const struct diff_versions *v)
{
    const char *const cols[] = { N_("Key"), N_("Rule"), N_("Before"), N_("After") };
    heading(out, df, N_("Changed findings"));
    if (df->format == REPORT_MD) {
        for (size_t i = 0; i < 4; i++)
            fprintf(out, "| %s ", msg_text(cols[i], df->lang));
        fputs("|\n|---|---|---|---|\n", out);
    } else if (df->format == REPORT_HTML) {
        fputs("<table>\n<thead><tr>", out);
        for (size_t i = 0; i < 4; i++)
            fprintf(out, "<th>%s</th>", msg_text(cols[i], df->lang));
        fputs("</tr></thead>\n<tbody>\n", out);
    }
    for (size_t i = 0; i < v->nchanged; i++)
        changed_finding(out, df, v, i);
    if (df->format == REPORT_HTML)
        fputs("</tbody>\n</table>\n", out);
}

/* "3 values changed, 1 new finding, 1 finding resolved, 3 findings changed" */
static void versions_summary(FILE *out, const struct diff_format *df,
                             const struct diff_versions *v)
{
    const struct { const char *one, *many; size_t n; } parts[] = {
        { NP_("{n} value changed", "{n} values changed"), v->nchanges },
        { NP_("{n} new finding", "{n} new findings"), v->ncame },
        { NP_("{n} finding resolved", "{n} findings resolved"), v->ngone },
        { NP_("{n} finding changed", "{n} findings changed"), v->nchanged },
    };
    struct strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        const struct msg_arg arg[] = { ARG_INT("n", parts[i].n) };
        if (i)
            strbuf_addstr(&sb, ", ");
        msg_render_plural(&sb, parts[i].one, parts[i].many, parts[i].n, 1, arg,
                          df->lang);
    }
    if (df->format == REPORT_HTML)
        fprintf(out, "<p class=\"summary\">%s.</p>\n", sb.buf);
    else
        fprintf(out, df->format == REPORT_MD ? "\n%s.\n" : "\n%s\n", sb.buf);
    strbuf_release(&sb);
}

static void versions_json_findings(FILE *out, const char *key, const struct diag **d,
                                   size_t n, enum report_lang lang)
{
    fprintf(out, ",\n  \"%s\": [", key);
    for (size_t i = 0; i < n; i++) {
        fputs(i ? ",\n    " : "\n    ", out);
        report_finding_json(out, d[i], lang, false);
    }
    fputs(n ? "\n  ]" : "]", out);
}

static void versions_json_changed(FILE *out, const struct diff_versions *v,
                                  enum report_lang lang)
{
    fputs(",\n  \"findings_changed\": [", out);
    for (size_t i = 0; i < v->nchanged; i++) {
        fputs(i ? ",\n    {\"old\": " : "\n    {\"old\": ", out);
        report_finding_json(out, v->changed[i].old, lang, false);
        fputs(", \"new\": ", out);
        report_finding_json(out, v->changed[i].new, lang, false);
        fputc('}', out);
    }
    fputs(v->nchanged ? "\n  ]" : "]", out);
}

static void json_value(FILE *out, const char *key, const struct val *v, bool money)
{
    fprintf(out, ", \"%s\": ", key);
    if (!v->set)
        fputs("null", out);
    else if (money)
        fprintf(out, "%lld", (long long)v->n);
    else
        esc_write(out, ESC_JSON, v->text);
}

static void versions_json(FILE *out, const struct diff_versions *v, enum report_lang lang)
{
    fputs("{\n  \"report\": \"skema-diff/1\",\n  \"old\": ", out);
    esc_write(out, ESC_JSON, v->old->file);
    fputs(",\n  \"new\": ", out);
    esc_write(out, ESC_JSON, v->new->file);
    fputs(",\n  \"changes\": [", out);
    for (size_t i = 0; i < v->nchanges; i++) {
        const struct diff_change *c = &v->changes[i];
        bool money = is_money(c->type);
        fprintf(out, "%s\n    {\"path\": ", i ? "," : "");
        esc_write(out, ESC_JSON, c->path);
        json_value(out, money ? "old_ore" : "old", &c->old, money);
        json_value(out, money ? "new_ore" : "new", &c->new, money);
        if (money && c->delta.set)
            fprintf(out, ", \"delta_ore\": %lld", (long long)c->delta.delta_ore);
        else if (money)
            fputs(", \"delta_ore\": null", out);
        if (c->has_days)
            fprintf(out, ", \"delta_days\": %lld", (long long)c->days);
        fputc('}', out);
    }
    fputs(v->nchanges ? "\n  ]" : "]", out);
    versions_json_findings(out, "findings_appeared", v->came, v->ncame, lang);
    versions_json_findings(out, "findings_gone", v->gone, v->ngone, lang);
    versions_json_changed(out, v, lang);
    fputs("\n}\n", out);
}

static void finding_set(FILE *out, const struct diff_format *df, const char *msgid,
                        const struct diag **d, size_t n, const char *file)
{
    if (!n)
        return;
    heading(out, df, msgid);
    if (df->format == REPORT_HTML)
        fputs("<ul>\n", out);
    for (size_t i = 0; i < n; i++)
        finding(out, df, file, d[i]);
    if (df->format == REPORT_HTML)
        fputs("</ul>\n", out);
}

void report_diff_versions(FILE *out, const struct diff_format *df,
                          const struct diff_versions *v)
{
    if (df->format == REPORT_JSON) {
        versions_json(out, v, df->lang);
        return;
    }
    versions_head(out, df, v);
    versions_values(out, df, v);
    if (df->format == REPORT_HTML)
        fputs("</tbody>\n</table>\n", out);
    finding_set(out, df, N_("New findings"), v->came, v->ncame, v->new->file);
    finding_set(out, df, N_("Resolved findings"), v->gone, v->ngone, v->old->file);
    if (v->nchanged)
        changed_findings(out, df, v);
    versions_summary(out, df, v);
    if (df->format == REPORT_HTML)
        fputs("</body>\n</html>\n", out);
}

/* ---- two stages ------------------------------------------------------- */

/* UNIT_KR_ORE: a derived share, shown with øre always, as the check's
 * financing table shows it. */
enum unit { UNIT_COUNT, UNIT_AREA, UNIT_KR, UNIT_KR_ORE, UNIT_KR_SIGNED };

/* One row of a stage table: the figure of each stage and its change, all
 * from figures, compare_pair or compare_stated. */
struct srow {
    const char *key;            /* in json */
    struct strbuf label;
    enum unit unit;
    struct amount_opt from, to;
    const struct change *ch;
    bool open[2];               /* the cap without its energitillæg: "≥" */
};

enum { SROWS_MAX = 8 };

struct ssection {
    const char *title, *delta_head;   /* msgids; title NULL: ready in title_text */
    const char *title_text;
    size_t n;
    struct srow row[SROWS_MAX];
};

/* One row to be: its figures, and its label as text ready (name) with,
 * when has_pct, a percentage (millionths) and words after it. */
struct row_spec {
    const char *key;
    enum unit unit;
    struct amount_opt from, to;
    const struct change *ch;
    const char *name;
    bool has_pct;
    int64_t pct;
    const char *after;
};

/* Add the row unless neither stage gives its figure: "Realkreditlån 88 %". */
static struct srow *add_row(struct ssection *s, const struct row_spec *spec,
                            enum report_lang lang)
{
    if (!spec->from.set && !spec->to.set)
        return NULL;
    struct srow *r = &s->row[s->n++];
    *r = (struct srow){ spec->key, STRBUF_INIT, spec->unit, spec->from, spec->to,
                        spec->ch, { false, false } };
    strbuf_addstr(&r->label, spec->name);
    if (spec->has_pct) {
        strbuf_addch(&r->label, ' ');
        put_arg(&r->label, ARG_DEC("p", spec->pct), lang);
        strbuf_addstr(&r->label, " %");
    }
    if (spec->after)
        strbuf_addf(&r->label, " %s", spec->after);
    return r;
}

static struct amount_opt stated(const struct val *v)
{
    return (struct amount_opt){ v->set, v->n };
}

static void section_stated(const struct diff_stages *d, enum report_lang lang,
                           struct ssection *s)
{
    const struct stage_data *a = &d->c->project.skema.stage[d->from],
                            *b = &d->c->project.skema.stage[d->to];
    s->title = N_("Dwellings and areas");
    s->delta_head = N_("Change");
    const struct row_spec rows[] = {
        { "boliger", UNIT_COUNT, stated(&a->boliger), stated(&b->boliger),
          &d->stated.boliger, msg_text(N_("Dwellings"), lang), false, 0, NULL },
        { "bruttoetageareal_m2", UNIT_AREA, stated(&a->bruttoetageareal_m2),
          stated(&b->bruttoetageareal_m2), &d->stated.bruttoetageareal,
          msg_text(N_("Gross floor area, m²"), lang), false, 0, NULL },
        { "boligareal_m2", UNIT_AREA, stated(&a->boligareal_m2),
          stated(&b->boligareal_m2), &d->stated.boligareal,
          msg_text(N_("Dwelling area, m²"), lang), false, 0, NULL },
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        add_row(s, &rows[i], lang);
}

static void section_costs(const struct diff_stages *d, enum report_lang lang,
                          struct ssection *s)
{
    const struct stage_figures *a = &d->c->figures.stage[d->from],
                               *b = &d->c->figures.stage[d->to];
    s->title_text = report_labels(lang)->costs_title;
    s->delta_head = N_("kr");
    for (int r = 0; r < ROW__COUNT; r++) {
        const struct row_spec row = { row_key((enum row)r), UNIT_KR, a->row[r], b->row[r],
                                      &d->cmp.row[r], report_labels(lang)->row[r],
                                      false, 0, NULL };
        add_row(s, &row, lang);
    }
}

static void section_finance(const struct diff_stages *d, enum report_lang lang,
                            struct ssection *s)
{
    const struct stage_figures *a = &d->c->figures.stage[d->from],
                               *b = &d->c->figures.stage[d->to];
    const struct labels *l = report_labels(lang);
    const struct shares *sh = &d->c->figures.shares;
    const struct val *g = &d->c->project.garanti.pct;
    s->title = N_("Rent and financing, kr");
    s->delta_head = N_("kr");
    const struct row_spec rows[] = {
        { "husleje_kr_m2", UNIT_KR, a->rent, b->rent, &d->cmp.rent,
          msg_text(N_("Rent per m² a year"), lang), false, 0, NULL },
        { "realkreditlaan", UNIT_KR_ORE, a->loan, b->loan, &d->cmp.loan,
          l->loan, sh->set, sh->realkredit, NULL },
        { "grundkapital", UNIT_KR_ORE, a->grundkapital, b->grundkapital,
          &d->cmp.grundkapital, l->grundkapital, sh->set, sh->grundkapital, NULL },
        { "beboerindskud", UNIT_KR_ORE, a->beboerindskud, b->beboerindskud,
          &d->cmp.beboerindskud, l->beboerindskud, sh->set, sh->beboerindskud, NULL },
        { "garanti", UNIT_KR_ORE, a->guarantee, b->guarantee, &d->cmp.guarantee,
          l->guarantee, g->set, g->n, g->set ? l->of_loan : NULL },
        { "maksimumsbeloeb", UNIT_KR, a->cap, b->cap, &d->cmp.cap,
          l->cap, false, 0, NULL },
        { "maksimumsbeloeb_room", UNIT_KR_SIGNED, a->cap_room, b->cap_room,
          &d->cmp.cap_room, l->room, false, 0, NULL },
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        struct srow *r = add_row(s, &rows[i], lang);
        /* the cap and the room are only "at least" without the energitillæg */
        if (r && i >= 5) {
            r->open[0] = a->cap_open;
            r->open[1] = b->cap_open;
        }
    }
}

/* The cells of a row as the language writes them: from, to, change, %. */
static void row_cells(const struct srow *r, enum report_lang lang, struct strbuf c[4])
{
    const struct amount_opt *v[2] = { &r->from, &r->to };
    for (int i = 0; i < 2; i++) {
        if (v[i]->set && r->open[i])
            strbuf_addstr(&c[i], "≥ ");
        if (!v[i]->set)
            strbuf_addstr(&c[i], "–");
        else if (r->unit == UNIT_KR_SIGNED)
            put_arg(&c[i], ARG_KR_DELTA("v", v[i]->ore), lang);
        else if (r->unit == UNIT_KR)
            put_arg(&c[i], ARG_KR("v", v[i]->ore), lang);
        else if (r->unit == UNIT_KR_ORE)
            put_arg(&c[i], ARG_KR_ORE("v", v[i]->ore), lang);
        else if (r->unit == UNIT_AREA)
            put_arg(&c[i], ARG_DEC("v", v[i]->ore), lang);
        else
            put_arg(&c[i], ARG_INT("v", v[i]->ore), lang);
    }
    if (!r->ch->set) {
        strbuf_addstr(&c[2], "–");
    } else if (r->unit >= UNIT_KR) {
        put_arg(&c[2], ARG_KR_DELTA("v", r->ch->delta_ore), lang);
    } else {
        if (r->ch->delta_ore > 0)
            strbuf_addstr(&c[2], "+");
        put_arg(&c[2], r->unit == UNIT_AREA ? ARG_DEC("v", r->ch->delta_ore)
                                            : ARG_INT("v", r->ch->delta_ore), lang);
    }
    /* the room's change in % of a room that may cross zero means nothing */
    if (r->ch->set && r->ch->has_pct && r->unit != UNIT_KR_SIGNED) {
        put_arg(&c[3], ARG_X100_DELTA("v", r->ch->pct_x100), lang);
        strbuf_addstr(&c[3], " %");
    } else {
        strbuf_addstr(&c[3], "–");
    }
}

struct stable {
    const struct diff_format *df;
    const char *from, *to;      /* "Skema B", "Skema C" */
    size_t width;               /* text: the label column */
};

static void section_head(FILE *out, const struct stable *t, const struct ssection *s)
{
    enum report_lang lang = t->df->lang;
    const char *title = s->title ? msg_text(s->title, lang) : s->title_text;
    const char *delta = msg_text(s->delta_head, lang);
    switch (t->df->format) {
    case REPORT_MD:
        fprintf(out, "\n| %s | %s | %s | %s | %% |\n|---|---:|---:|---:|---:|\n",
                title, t->from, t->to, delta);
        break;
    case REPORT_HTML:
        fprintf(out, "<table>\n<thead><tr><th>%s</th><th class=\"n\">%s</th>"
                     "<th class=\"n\">%s</th><th class=\"n\">%s</th>"
                     "<th class=\"n\">%%</th></tr></thead>\n<tbody>\n",
                title, t->from, t->to, delta);
        break;
    default:
        fputc('\n', out);
        fput_padded(out, title, t->width, false);
        fput_padded(out, t->from, 16, true);
        fput_padded(out, t->to, 16, true);
        fput_padded(out, delta, 16, true);
        fput_padded(out, "%", 11, true);
        fputc('\n', out);
    }
}

static void section_row(FILE *out, const struct stable *t, const struct srow *r)
{
    struct strbuf c[4] = { STRBUF_INIT, STRBUF_INIT, STRBUF_INIT, STRBUF_INIT };
    row_cells(r, t->df->lang, c);
    if (t->df->format == REPORT_MD) {
        fprintf(out, "| %s | %s | %s | %s | %s |\n", r->label.buf, c[0].buf, c[1].buf,
                c[2].buf, c[3].buf);
    } else if (t->df->format == REPORT_HTML) {
        fprintf(out, "<tr><th>%s</th>", r->label.buf);
        for (int i = 0; i < 4; i++)
            fprintf(out, "<td class=\"n\">%s</td>", c[i].buf);
        fputs("</tr>\n", out);
    } else {
        fput_padded(out, r->label.buf, t->width, false);
        fput_padded(out, c[0].buf, 16, true);
        fput_padded(out, c[1].buf, 16, true);
        fput_padded(out, c[2].buf, 16, true);
        fput_padded(out, c[3].buf, 11, true);
        fputc('\n', out);
    }
    for (int i = 0; i < 4; i++)
        strbuf_release(&c[i]);
}

static void json_opt(FILE *out, const char *key, const struct srow *r, bool set,
                     int64_t n)
{
    char buf[NUM_FMT_MAX];
    fprintf(out, "%s\"%s%s\": ", strcmp(key, "from") ? ", " : "", key,
            r->unit >= UNIT_KR ? "_ore" : "");
    if (!set)
        fputs("null", out);
    else if (r->unit == UNIT_AREA)
        fputs(fmt_dec_plain(buf, n), out);
    else
        fprintf(out, "%lld", (long long)n);
}

static void json_row(FILE *out, const struct srow *r, bool first)
{
    fprintf(out, "%s\n    \"%s\": {", first ? "" : ",", r->key);
    json_opt(out, "from", r, r->from.set, r->from.ore);
    json_opt(out, "to", r, r->to.set, r->to.ore);
    json_opt(out, "delta", r, r->ch->set, r->ch->delta_ore);
    fputs(", \"delta_pct\": ", out);
    if (r->ch->set && r->ch->has_pct)
        fprintf(out, "%s%lld.%02lld", r->ch->pct_x100 < 0 ? "-" : "",
                llabs(r->ch->pct_x100) / 100, llabs(r->ch->pct_x100) % 100);
    else
        fputs("null", out);
    fputc('}', out);
}

static void stages_title(FILE *out, const struct diff_format *df,
                         const struct diff_stages *d)
{
    const char *from = stage_name(d->from), *to = stage_name(d->to);
    struct strbuf t = STRBUF_INIT;
    strbuf_addf(&t, "%s: ", d->c->project.projekt.navn.text);
    const struct msg_arg args[] = { ARG_TEXT("from", from), ARG_TEXT("to", to) };
    msg_render(&t, N_("skema {from} → skema {to}"), 2, args, df->lang);
    if (df->format == REPORT_JSON) {
        fputs("{\n  \"report\": \"skema-diff/1\",\n  \"file\": ", out);
        esc_write(out, ESC_JSON, d->c->file);
        fprintf(out, ",\n  \"from\": \"%s\",\n  \"to\": \"%s\",\n  \"rows\": {", from, to);
    } else if (df->format == REPORT_HTML) {
        html_head(out, df->lang, t.buf);
    } else {
        if (df->format == REPORT_MD)
            fputs("# ", out);
        esc_write(out, report_esc_kind(df->format), t.buf);
        fputc('\n', out);
    }
    strbuf_release(&t);
}

void report_diff_stages(FILE *out, const struct diff_format *df,
                        const struct diff_stages *d, bool changed)
{
    struct ssection s[3] = { { 0 } };
    section_stated(d, df->lang, &s[0]);
    section_costs(d, df->lang, &s[1]);
    section_finance(d, df->lang, &s[2]);
    struct strbuf from = STRBUF_INIT, to = STRBUF_INIT;
    const struct msg_arg fa[] = { ARG_TEXT("stage", stage_name(d->from)) },
                         ta[] = { ARG_TEXT("stage", stage_name(d->to)) };
    msg_render(&from, N_("Skema {stage}"), 1, fa, df->lang);
    msg_render(&to, N_("Skema {stage}"), 1, ta, df->lang);
    struct stable t = { df, from.buf, to.buf, 20 };
    for (size_t i = 0; i < 3; i++) {
        const char *title = s[i].title ? msg_text(s[i].title, df->lang) : s[i].title_text;
        if (display_width(title) > t.width)
            t.width = display_width(title);
        for (size_t k = 0; k < s[i].n; k++)
            if (display_width(s[i].row[k].label.buf) > t.width)
                t.width = display_width(s[i].row[k].label.buf);
    }
    stages_title(out, df, d);
    bool first = true;
    for (size_t i = 0; i < 3; i++) {
        if (s[i].n && df->format != REPORT_JSON)
            section_head(out, &t, &s[i]);
        for (size_t k = 0; k < s[i].n; k++) {
            if (df->format == REPORT_JSON)
                json_row(out, &s[i].row[k], first);
            else
                section_row(out, &t, &s[i].row[k]);
            first = false;
            strbuf_release(&s[i].row[k].label);
        }
        if (s[i].n && df->format == REPORT_HTML)
            fputs("</tbody>\n</table>\n", out);
    }
    if (df->format == REPORT_JSON)
        fprintf(out, "\n  },\n  \"changed\": %s\n}\n", changed ? "true" : "false");
    else if (df->format == REPORT_HTML)
        fputs("</body>\n</html>\n", out);
    strbuf_release(&from);
    strbuf_release(&to);
}
