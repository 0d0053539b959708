/* SPDX-License-Identifier: MIT */
/*
 * The HTML report: one self-contained page (no scripts, no fetched
 * resources) that a committee secretary can open, mail or print on A4.
 * Documented in include/report.h.
 *
 * Everything the page shows comes from the report model, so it cannot
 * disagree with the text or Markdown report; the chart is drawn in
 * integer units from the same øre, since no floating point may touch
 * money.
 */
#include <stdarg.h>
#include <string.h>

#include "escape.h"
#include "money.h"
#include "report_committee.h"
#include "report_model.h"
#include "report_private.h"

/* ---- writing text ----------------------------------------------------- */

/*
 * Every write goes through here or esc(), so that a NULL stream means
 * "measure only": the chart lays itself out once without writing to learn
 * its height, then again for real, and the two passes cannot disagree.
 */
static void put(FILE *out, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void put(FILE *out, const char *fmt, ...)
{
    if (!out)
        return;
    va_list ap;
    va_start(ap, fmt);
    vfprintf(out, fmt, ap);
    va_end(ap);
}

/* User text (names, paths, messages quoting the file) as HTML text or an
 * attribute value: escape.h's ESC_HTML, so the page is always well-formed
 * whatever the input (or the file name) holds. */
static void esc(FILE *out, const char *s)
{
    esc_write(out, ESC_HTML, s);
}

/* A figure in a table: its minus sign is U+2212, as Danish tables print
 * it (a hyphen is too short to be read beside the digits). */
static void number(FILE *out, const char *cell)
{
    if (cell[0] == '-' && cell[1] >= '0' && cell[1] <= '9') {
        put(out, "−");
        cell++;
    }
    esc(out, cell);
}

/* Characters, not bytes: labels hold æ, ø, å, ≥. */
static int chars(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* ---- the page --------------------------------------------------------- */

/*
 * One style sheet for screen and paper.  Colours are only black, white and
 * greys, so that a black-and-white printer loses nothing; tables and the
 * chart are kept whole on a page; numbers use tabular figures so that
 * amounts line up digit under digit.
 */
static const char style[] =
    "@page { size: A4; margin: 18mm; }\n"
    "html { color: #000; background: #fff; -webkit-print-color-adjust: exact;"
    " print-color-adjust: exact; }\n"
    "body { margin: 0 auto; max-width: 174mm; padding: 10mm 0;"
    " font: 9.5pt/1.35 Charter, \"Bitstream Charter\", \"Sitka Text\", Cambria,"
    " Georgia, \"Liberation Serif\", \"DejaVu Serif\", serif; }\n"
    "@media print { body { max-width: none; padding: 0; } }\n"
    "h1 { font-size: 18pt; line-height: 1.2; margin: 0 0 6pt; }\n"
    "h2 { font-size: 12.5pt; margin: 12pt 0 4pt; padding-bottom: 2pt;"
    " border-bottom: 0.75pt solid #000; break-after: avoid;"
    " page-break-after: avoid; }\n"
    "dl.fields { display: grid; grid-template-columns: max-content auto;"
    " gap: 1pt 12pt; margin: 0 0 8pt; font-size: 9.5pt; }\n"
    "dl.fields dt { color: #444; }\n"
    "dl.fields dd { margin: 0; overflow-wrap: anywhere; }\n"
    "table { width: 100%; border-collapse: collapse; margin: 6pt 0 3pt;"
    " break-inside: avoid; page-break-inside: avoid; }\n"
    "caption { caption-side: top; text-align: left; font-weight: bold;"
    " padding: 0 0 3pt; }\n"
    "col.label { width: 46%; }\n"
    "th, td { padding: 1.5pt 6pt; vertical-align: baseline; }\n"
    "thead th, thead td { text-align: right; white-space: nowrap;"
    " border-bottom: 0.75pt solid #000; }\n"
    "thead th.title { text-align: left; }\n"
    "tbody th { text-align: left; font-weight: normal; }\n"
    "tbody th.sub { padding-left: 16pt; font-style: italic; }\n"
    "td { text-align: right; white-space: nowrap;"
    " font-variant-numeric: tabular-nums lining-nums; }\n"
    "tbody tr { border-bottom: 0.25pt solid #aaa; }\n"
    "tr.total th, tr.total td { font-weight: bold;"
    " border-top: 0.75pt solid #000; border-bottom: 2pt double #000; }\n"
    "p { margin: 0 0 4pt; }\n"
    "p.note { font-size: 9pt; }\n"
    ".sentences { margin: 8pt 0 14pt; }\n"
    ".sentences p { margin: 0 0 2pt; }\n"
    "figure.chart { margin: 8pt 0 0; break-inside: avoid;"
    " page-break-inside: avoid; }\n"
    "figure.chart svg { display: block; width: 100%; height: auto; }\n"
    "h3 { font-size: 10.5pt; margin: 10pt 0 3pt; break-after: avoid;"
    " page-break-after: avoid; }\n"
    "ul.findings, ul.rules, ul.appendix { margin: 0; padding-left: 18pt; }\n"
    "ul.findings li { margin: 0 0 2pt; overflow-wrap: anywhere;"
    " break-inside: avoid; page-break-inside: avoid; }\n"
    "ul.error li::marker { content: \"■  \"; }\n"
    "ul.warning li::marker { content: \"▲  \"; }\n"
    "section.proposal { break-inside: avoid; page-break-inside: avoid; }\n"
    "p.mark { font-style: italic; font-size: 9pt; }\n"
    "p.summary-top { font-weight: bold; }\n"
    "section.appendix { font-size: 8pt; color: #222; }\n"
    "section.appendix code, section.appendix .loc { font-size: 7.5pt; }\n"
    "ul.appendix li, ul.rules li { overflow-wrap: anywhere; }\n"
    "ul.rules li { margin: 0 0 3pt; }\n"
    ".sev { font-weight: bold; border: 0.75pt solid #000; border-radius: 2pt;"
    " padding: 0 3pt; }\n"
    "li.error .sev { background: #000; color: #fff; }\n"
    "li.warning .sev { border-width: 1.5pt; }\n"
    "li.note .sev { font-weight: normal; border-style: dotted; }\n"
    "code, .loc { font-family: ui-monospace, \"DejaVu Sans Mono\","
    " \"Liberation Mono\", monospace; font-size: 8.5pt; }\n"
    ".msg { display: block; }\n"
    ".rule { white-space: nowrap; color: #444; }\n"
    "p.summary { font-weight: bold; margin-top: 14pt; padding-top: 4pt;"
    " break-before: avoid; page-break-before: avoid;"
    " border-top: 0.75pt solid #000; }\n";

static void head(FILE *out, const struct report_opts *o, const char *title)
{
    put(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
             "<meta charset=\"utf-8\">\n"
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
             "<title>", o->lang == LANG_EN ? "en" : "da");
    esc(out, title);
    put(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", style);
}

static void fields(FILE *out, const struct rmodel *m)
{
    put(out, "<dl class=\"fields\">\n");
    for (size_t i = 0; i < m->nfields; i++) {
        if (!m->field[i].label)
            continue;
        put(out, "<dt>");
        esc(out, m->field[i].label);
        put(out, "</dt><dd>");
        esc(out, m->field[i].value);
        put(out, "</dd>\n");
    }
    put(out, "</dl>\n");
}

/*
 * A table of the model.  The committee table is laid out as the minutes
 * lay it out, its title in the top left corner; the others have it as a
 * caption above them.
 */
static void table(FILE *out, const struct rtable *t, bool minutes)
{
    put(out, "<table>\n");
    if (!minutes) {
        put(out, "<caption>");
        esc(out, t->title);
        put(out, "</caption>\n");
    }
    put(out, "<colgroup><col class=\"label\"><col span=\"%zu\"></colgroup>\n"
             "<thead><tr>", t->cols);
    if (minutes) {
        put(out, "<th scope=\"col\" class=\"title\">");
        esc(out, t->title);
        put(out, "</th>");
    } else {
        put(out, "<td></td>");
    }
    for (size_t c = 0; c < t->cols; c++) {
        put(out, "<th scope=\"col\">");
        esc(out, t->head[c]);
        put(out, "</th>");
    }
    put(out, "</tr></thead>\n<tbody>\n");
    for (size_t r = 0; r < t->rows; r++) {
        /* The text report indents a sub-row with spaces, which HTML would
         * swallow: indent it with the style instead. */
        const char *label = t->label[r];
        bool sub = *label == ' ';
        while (*label == ' ')
            label++;
        put(out, "<tr%s><th scope=\"row\"%s>",
            t->total_last && r + 1 == t->rows ? " class=\"total\"" : "",
            sub ? " class=\"sub\"" : "");
        esc(out, label);
        put(out, "</th>");
        for (size_t c = 0; c < t->cols; c++) {
            put(out, "<td>");
            number(out, t->cell[r][c]);
            put(out, "</td>");
        }
        put(out, "</tr>\n");
    }
    put(out, "</tbody>\n</table>\n");
}

/* ---- the chart -------------------------------------------------------- */

/*
 * Units of the SVG's viewBox.  It is drawn 680 units wide, about the
 * 174 mm between A4's margins, so one unit is about a quarter of a
 * millimetre and the text's 11 units print at about 8 pt.
 */
enum {
    CH_W = 680,
    CH_X0 = 76,              /* the bars start here; stage names to the left */
    CH_AMOUNT = 118,         /* room right of the longest bar for its amount */
    CH_PLOT = CH_W - CH_X0 - CH_AMOUNT,
    CH_FONT = 11,
    CH_HEAD = 18,            /* a panel's heading */
    CH_KEY = 16,             /* one row of the key */
    CH_BAR = 14, CH_BAR_GAP = 3, CH_GROUP_GAP = 12,
    CH_GROUP = 3 * CH_BAR + 2 * CH_BAR_GAP,
    CH_CAP_GROUP = 38, CH_CAP_GAP = 8,
    CH_PANEL_GAP = 20,
};

/* Dark, hatched and light, so that the three lines differ in black and
 * white as well as in grey; the key names them. */
static const char *const row_fill[3] = {
    [ROW_GRUND] = "#404040",
    [ROW_HAANDVAERKER] = "url(#skema-hatch)",
    [ROW_OMKOSTNINGER] = "#c8c8c8",
};
static const char total_fill[] = "#ffffff";

/* An estimate of the width of text: the chart has no font metrics, and
 * 0.6 em a character is generous for the serif and sans fonts a browser
 * falls back on, so labels placed by it do not collide. */
static int text_w(const char *s, int size)
{
    return (chars(s) * size * 6 + 9) / 10;
}

__extension__ typedef __int128 i128;

/* An amount in units: the bar of max is CH_PLOT long.  Geometry, not
 * money: computed in 128 bits, so any int64 amount scales without
 * overflow, and never shown as a figure. */
static int scale(int64_t ore, int64_t max)
{
    if (ore <= 0 || max <= 0)
        return 0;
    i128 px = ((i128)ore * CH_PLOT * 2 + max) / ((i128)max * 2);   /* rounded */
    return px > CH_PLOT ? CH_PLOT : (int)px;
}

static void text(FILE *out, int x, int y, const char *anchor, const char *attrs,
                 const char *s)
{
    put(out, "<text x=\"%d\" y=\"%d\"%s%s%s%s>", x, y,
        anchor ? " text-anchor=\"" : "", anchor ? anchor : "",
        anchor ? "\"" : "", attrs);
    esc(out, s);
    put(out, "</text>\n");
}

/*
 * An amount at the end of its bar: to the right of it, or, when that would
 * leave the chart (amounts of many digits), inside it, on a white box so
 * that it stays legible on any fill.
 */
static void bar_label(FILE *out, int x, int y, const char *s)
{
    int w = text_w(s, CH_FONT);
    if (x + 4 + w <= CH_W) {
        text(out, x + 4, y, NULL, "", s);
        return;
    }
    put(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#fff\"/>\n",
        x - 7 - w, y - CH_FONT + 1, w + 6, CH_FONT + 2);
    text(out, x - 4, y, "end", "", s);
}

enum swatch { SW_BAR, SW_LINE, SW_DASH };

struct key {
    enum swatch kind;
    const char *fill;
    const char *text;
};

/*
 * The key of a panel, in as many equal columns as its longest text allows,
 * so that the items line up whatever the language; returns its height.
 */
static int chart_key(FILE *out, const struct key *k, size_t n, int y)
{
    int widest = 0;
    for (size_t i = 0; i < n; i++)
        if (16 + text_w(k[i].text, CH_FONT) > widest)
            widest = 16 + text_w(k[i].text, CH_FONT);
    int cols = (int)n;
    while (cols > 1 && widest + 12 > CH_W / cols)
        cols--;
    for (size_t i = 0; i < n; i++) {
        int x = (int)i % cols * (CH_W / cols);
        int top = y + (int)i / cols * CH_KEY;
        if (k[i].kind == SW_BAR)
            put(out, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"10\" fill=\"%s\""
                     " stroke=\"#000\"/>\n", x, top + 2, k[i].fill);
        else
            put(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\""
                     " stroke-width=\"2\"%s/>\n", x + 6, top, x + 6, top + 13,
                k[i].kind == SW_DASH ? " stroke-dasharray=\"3 2\"" : "");
        text(out, x + 16, top + 11, NULL, "", k[i].text);
    }
    return ((int)n + cols - 1) / cols * CH_KEY;
}

static void stage_label(FILE *out, int s, int y)
{
    struct strbuf name = STRBUF_INIT;
    strbuf_addf(&name, "Skema %s", stage_name((enum stage)s));
    text(out, 0, y, NULL, " font-weight=\"bold\"", name.buf);
    strbuf_release(&name);
}

/* The three cost lines of each stage given, grouped by stage. */
static int chart_costs(FILE *out, const struct rmodel *m,
                       const struct labels *l, int y, int64_t max)
{
    const int y0 = y;
    text(out, 0, y + 13, NULL, " font-size=\"12\" font-weight=\"bold\"",
         l->costs_title);
    y += CH_HEAD;
    const struct key keys[] = {
        { SW_BAR, row_fill[ROW_GRUND], l->row[ROW_GRUND] },
        { SW_BAR, row_fill[ROW_HAANDVAERKER], l->row[ROW_HAANDVAERKER] },
        { SW_BAR, row_fill[ROW_OMKOSTNINGER], l->row[ROW_OMKOSTNINGER] },
    };
    y += chart_key(out, keys, 3, y) + 6;
    const int top = y;
    for (int s = 0; s < STAGE__COUNT; s++) {
        if (!m->stage[s].present)
            continue;
        if (y > top)
            y += CH_GROUP_GAP;
        stage_label(out, s, y + CH_GROUP / 2 + 4);
        for (int row = ROW_GRUND; row <= ROW_OMKOSTNINGER; row++) {
            const struct rnum *a = &m->stage[s].row[row];
            int by = y + row * (CH_BAR + CH_BAR_GAP);
            if (!a->set) {
                text(out, CH_X0 + 4, by + 11, NULL, "", "–");
                continue;
            }
            int w = scale(a->raw, max);
            put(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\""
                     " fill=\"%s\" stroke=\"#000\"/>\n",
                CH_X0, by, w, CH_BAR, row_fill[row]);
            bar_label(out, CH_X0 + w, by + 11, a->text);
        }
        y += CH_GROUP;
    }
    put(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>\n",
        CH_X0, top - 3, CH_X0, y + 3);
    return y + 3 - y0;
}

static bool any_cap(const struct rmodel *m, bool open_only)
{
    for (int s = 0; s < STAGE__COUNT; s++)
        if (m->stage[s].cap.set && (!open_only || m->stage[s].cap_open))
            return true;
    return false;
}

/*
 * The total of each stage with a cap, against a marker at the cap.  An
 * open cap (the energitillæg unknown) is only a lower bound: its marker is
 * dashed, labelled "≥", and points right, where the true cap lies.
 */
static int chart_cap(FILE *out, const struct rmodel *m,
                     const struct labels *l, int y, int64_t max)
{
    const int y0 = y;
    struct strbuf open_key = STRBUF_INIT;
    strbuf_addf(&open_key, "≥ %s", l->cap);
    text(out, 0, y + 13, NULL, " font-size=\"12\" font-weight=\"bold\"",
         l->cap_title);
    y += CH_HEAD;
    const struct key keys[] = {
        { SW_BAR, total_fill, l->total },
        { SW_LINE, NULL, l->cap },
        { SW_DASH, NULL, open_key.buf },
    };
    y += chart_key(out, keys, any_cap(m, true) ? 3 : 2, y) + 6;
    strbuf_release(&open_key);
    const int top = y;
    for (int s = 0; s < STAGE__COUNT; s++) {
        const struct rstage *fig = &m->stage[s];
        if (!fig->cap.set)
            continue;
        if (y > top)
            y += CH_CAP_GAP;
        stage_label(out, s, y + 26);
        struct strbuf cap = STRBUF_INIT;
        strbuf_addf(&cap, "%s%s", fig->cap_open ? "≥ " : "", fig->cap.text);
        int cx = CH_X0 + scale(fig->cap.raw, max);
        if (fig->row[ROW_TOTAL].set) {
            int w = scale(fig->row[ROW_TOTAL].raw, max);
            const char *buf = fig->row[ROW_TOTAL].text;
            /* the amount right of its bar, unless the marker would cross
             * it; then right of the marker */
            int tx = CH_X0 + w;
            if (cx >= tx && cx <= tx + 4 + text_w(buf, CH_FONT) + 2)
                tx = cx + 1;
            put(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\""
                     " fill=\"%s\" stroke=\"#000\"/>\n", CH_X0, y + 14, w, total_fill);
            bar_label(out, tx, y + 26, buf);
        }
        put(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\""
                 " stroke-width=\"2\"%s/>\n", cx, y + 11, cx, y + 33,
            fig->cap_open ? " stroke-dasharray=\"3 2\"" : "");
        if (fig->cap_open)
            put(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>\n"
                     "<polygon points=\"%d,%d %d,%d %d,%d\" fill=\"#000\"/>\n",
                cx, y + 33, cx + 10, y + 33,
                cx + 10, y + 30, cx + 15, y + 33, cx + 10, y + 36);
        /* the cap's amount above the marker, on the side with room */
        int cw = text_w(cap.buf, 10);
        if (cx - 4 - cw >= CH_X0)
            text(out, cx - 4, y + 9, "end", " font-size=\"10\"", cap.buf);
        else
            text(out, cx + 4, y + 9, NULL, " font-size=\"10\"", cap.buf);
        strbuf_release(&cap);
        y += CH_CAP_GROUP;
    }
    put(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>\n",
        CH_X0, top - 3, CH_X0, y + 3);
    return y + 3 - y0;
}

/* The largest amount drawn: one scale for both panels, so that a bar in
 * one can be compared with a bar in the other. */
static int64_t chart_max(const struct rmodel *m)
{
    int64_t max = 0;
    for (int s = 0; s < STAGE__COUNT; s++) {
        const struct rstage *fig = &m->stage[s];
        if (!fig->present)
            continue;
        for (int row = ROW_GRUND; row <= ROW_OMKOSTNINGER; row++)
            if (fig->row[row].set && fig->row[row].raw > max)
                max = fig->row[row].raw;
        if (fig->cap.set) {
            if (fig->cap.raw > max)
                max = fig->cap.raw;
            if (fig->row[ROW_TOTAL].set && fig->row[ROW_TOTAL].raw > max)
                max = fig->row[ROW_TOTAL].raw;
        }
    }
    return max;
}

static void chart(FILE *out, const struct rmodel *m, const struct labels *l)
{
    int64_t max = chart_max(m);
    if (max <= 0)
        return;             /* nothing to draw */
    bool caps = any_cap(m, false);
    int h = chart_costs(NULL, m, l, 0, max);
    if (caps)
        h += CH_PANEL_GAP + chart_cap(NULL, m, l, 0, max);

    put(out, "<figure class=\"chart\">\n"
             "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
             " role=\"img\" aria-labelledby=\"skema-chart-title\""
             " font-size=\"%d\" fill=\"#000\">\n<title id=\"skema-chart-title\">",
        (int)CH_W, h, (int)CH_FONT);
    esc(out, l->costs_title);
    if (caps) {
        put(out, "; ");
        esc(out, l->cap_title);
    }
    put(out, "</title>\n<defs>\n"
             "<pattern id=\"skema-hatch\" width=\"5\" height=\"5\""
             " patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
             "<rect width=\"5\" height=\"5\" fill=\"#fff\"/>"
             "<line x1=\"1\" y1=\"0\" x2=\"1\" y2=\"5\" stroke=\"#000\""
             " stroke-width=\"2\"/></pattern>\n</defs>\n");
    int y = chart_costs(out, m, l, 0, max);
    if (caps)
        chart_cap(out, m, l, y + CH_PANEL_GAP, max);
    put(out, "</svg>\n</figure>\n");
}

/* ---- the committee's sections ------------------------------------------ */

static void heading(FILE *out, const char *tag, enum committee_heading h,
                    enum report_lang lang)
{
    put(out, "<%s>", tag);
    esc(out, committee_heading(h, lang));
    put(out, "</%s>\n", tag);
}

static void paragraph(FILE *out, const char *cls, const char *text)
{
    put(out, cls ? "<p class=\"%s\">" : "<p>", cls);
    esc(out, text);
    put(out, "</p>\n");
}

/* Errors, warnings, notes, then what was not checked: each finding a
 * sentence in the form's words, with the paragraph it rests on. */
static void results(FILE *out, const struct rfindings *f, enum report_lang lang)
{
    heading(out, "h2", CH_RESULTS, lang);
    struct strbuf field = STRBUF_INIT, text = STRBUF_INIT;
    for (int g = 0; g < CG__COUNT; g++) {
        bool any = false;
        for (size_t k = 0; k < f->n; k++) {
            const struct rfinding *it = &f->item[f->by_severity[k]];
            if ((int)committee_group_of(it->d) != g)
                continue;
            if (!any) {
                heading(out, "h3", committee_group_heading((enum committee_group)g),
                        lang);
                put(out, "<ul class=\"findings %s\">\n",
                    g == CG_UNCHECKED ? "unchecked"
                                      : severity_name(it->d->severity));
            }
            any = true;
            strbuf_reset(&field);
            strbuf_reset(&text);
            committee_finding(&field, &text, it->d, it->message, lang);
            put(out, "<li><strong>");
            esc(out, field.buf);
            put(out, "</strong>: ");
            esc(out, text.buf);
            put(out, "</li>\n");
        }
        if (any)
            put(out, "</ul>\n");
    }
    strbuf_release(&field);
    strbuf_release(&text);
    if (f->not_shown_text)
        paragraph(out, "note", f->not_shown_text);
    paragraph(out, "summary", f->summary);
}

static void proposal(FILE *out, const struct report *r, enum report_lang lang)
{
    struct indstilling in;
    committee_indstilling(&in, r, lang);
    put(out, "<section class=\"proposal\">\n");
    heading(out, "h2", CH_PROPOSAL, lang);
    paragraph(out, "mark", committee_proposal_mark(lang));
    paragraph(out, NULL, in.lead.buf);
    if (in.nitems) {
        put(out, "<ol>\n");
        for (size_t i = 0; i < in.nitems; i++) {
            put(out, "<li>");
            esc(out, in.item[i].buf);
            put(out, "</li>\n");
        }
        put(out, "</ol>\n");
    }
    if (in.after.len)
        paragraph(out, NULL, in.after.buf);
    put(out, "</section>\n");
    committee_indstilling_release(&in);
}

static void locations(FILE *out, const struct rfindings *f, enum report_lang lang)
{
    if (f->n == 0)
        return;
    heading(out, "h3", CH_LOCATIONS, lang);
    put(out, "<ul class=\"appendix\">\n");
    for (size_t i = 0; i < f->n; i++) {
        const struct diag *d = f->item[i].d;
        put(out, "<li><span class=\"loc\">");
        esc(out, f->file);
        put(out, ":%u:%u</span>", (unsigned)d->pos.line, (unsigned)d->pos.col);
        if (*d->path) {
            put(out, " <code>");
            esc(out, d->path);
            put(out, "</code>");
        }
        put(out, " ");
        esc(out, f->item[i].severity);
        put(out, " <span class=\"rule\">[");
        esc(out, rule_info(d->rule)->id);
        put(out, "]</span></li>\n");
    }
    put(out, "</ul>\n");
}

/* Teknisk bilag: the audit trail, where each finding is in the file, and
 * the rules with their basis. */
static void appendix(FILE *out, const struct report *r,
                     const struct rfindings *f, enum report_lang lang)
{
    struct audit a;
    committee_audit(&a, r, lang);
    put(out, "<section class=\"appendix\">\n");
    heading(out, "h2", CH_APPENDIX, lang);
    put(out, "<dl class=\"fields\">\n");
    for (size_t i = 0; i < a.n; i++) {
        put(out, "<dt>");
        esc(out, a.label[i].buf);
        put(out, "</dt><dd>");
        esc(out, a.value[i].buf);
        put(out, "</dd>\n");
    }
    put(out, "</dl>\n");
    committee_audit_release(&a);
    locations(out, f, lang);
    if (f->ncited) {
        heading(out, "h3", CH_RULES, lang);
        put(out, "<ul class=\"rules\">\n");
    }
    for (size_t k = 0; k < f->ncited; k++) {
        put(out, "<li><code>");
        esc(out, f->cited[k]->id);
        put(out, "</code>: ");
        esc(out, msg_text(f->cited[k]->basis, lang));
        put(out, "</li>\n");
    }
    if (f->ncited)
        put(out, "</ul>\n");
    put(out, "</section>\n");
}

static void table_note(FILE *out, const struct rtable *t)
{
    table(out, t, false);
    if (t->note)
        paragraph(out, "note", t->note);
}

/* The tables of one kind; the changes B→C first, the decision. */
static bool tables(FILE *out, const struct rmodel *m, enum rtable_kind kind)
{
    const struct rtable *t[RM_TABLES];
    size_t n = rmodel_tables_of(m, kind, t);
    for (size_t i = 0; i < n; i++)
        table_note(out, t[i]);
    return n > 0;
}

static void economy_row(FILE *out, const struct economy_row *row,
                        const struct report_opts *o)
{
    char a[NUM_FMT_MAX], b[NUM_FMT_MAX], c[NUM_FMT_MAX];
    const char *cells[] = {
        row->from.set ? report_cell_amount(a, row->from.ore, o, true, false) : "–",
        row->to.set ? report_cell_amount(b, row->to.ore, o, true, false) : "–",
        row->change.set ? report_cell_amount(c, row->change.delta_ore, o, true, true)
                        : "–",
    };
    put(out, "<tr><th>");
    esc(out, row->label.buf);
    put(out, "</th>");
    for (size_t k = 0; k < 3; k++) {
        put(out, "<td>");
        number(out, cells[k]);
        put(out, "</td>");
    }
    put(out, "</tr>\n");
}

static void economy(FILE *out, const struct report *r,
                    const struct report_opts *o, const struct rmodel *m)
{
    struct economy e;
    committee_economy(&e, r, o->lang);
    if (!e.shown) {
        /* one stage: its financing is still what the municipality pays */
        committee_economy_release(&e);
        const struct rtable *t[RM_TABLES];
        if (rmodel_tables_of(m, RT_FINANCING, t))
            heading(out, "h2", CH_ECONOMY, o->lang);
        tables(out, m, RT_FINANCING);
        return;
    }
    heading(out, "h2", CH_ECONOMY, o->lang);
    put(out, "<table>\n<colgroup><col class=\"label\"><col><col><col></colgroup>\n"
             "<thead><tr><th class=\"title\">");
    esc(out, o->thousands ? report_labels(o->lang)->kr_k : report_labels(o->lang)->kr);
    put(out, "</th><th>Skema %s</th><th>Skema %s</th><th>",
        stage_name(e.from), stage_name(e.to));
    esc(out, report_labels(o->lang)->change);
    put(out, "</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < ECON__COUNT; i++)
        if (e.row[i].from.set || e.row[i].to.set)
            economy_row(out, &e.row[i], o);
    put(out, "</tbody>\n</table>\n");
    if (e.text.len)
        paragraph(out, NULL, e.text.buf);
    committee_economy_release(&e);
}

static void case_text(FILE *out, const struct report *r,
                      const struct report_opts *o, const struct rmodel *m)
{
    struct strbuf sb = STRBUF_INIT;
    heading(out, "h2", CH_SUMMARY, o->lang);
    committee_summary(&sb, r, o->lang);
    paragraph(out, "summary-top", sb.buf);
    heading(out, "h2", CH_CASE, o->lang);
    strbuf_reset(&sb);
    committee_background(&sb, r, o->lang);
    paragraph(out, NULL, sb.buf);
    strbuf_reset(&sb);
    for (size_t k = 0; k < m->nsentences; k++) {
        if (k)
            strbuf_addch(&sb, ' ');
        strbuf_addstr(&sb, m->sentence[k]);
    }
    if (sb.len)
        paragraph(out, NULL, sb.buf);
    strbuf_release(&sb);
}

/* A renovation: the sections of the minutes' punkt 5, no stages. */
static void renovation_sections(FILE *out, const struct report *r,
                                const struct report_opts *o,
                                const struct rmodel *m)
{
    case_text(out, r, o, m);
    heading(out, "h2", CH_FINANCING, o->lang);
    tables(out, m, RT_RENOV_FINANCE);
    heading(out, "h2", CH_RENT, o->lang);
    tables(out, m, RT_RENOV_RENT);
    heading(out, "h2", CH_ECONOMY, o->lang);
    struct strbuf sb = STRBUF_INIT;
    committee_renovation_economy(&sb, r, o->lang);
    paragraph(out, NULL, sb.buf);
    strbuf_release(&sb);
}

static void case_sections(FILE *out, const struct report *r,
                          const struct report_opts *o)
{
    struct rmodel m;
    rmodel_build(r, o, &m);
    const struct labels *l = report_labels(o->lang);
    fields(out, &m);
    if (r->figures->renovation.present) {
        renovation_sections(out, r, o, &m);
        rmodel_free(&m);
        return;
    }
    case_text(out, r, o, &m);
    heading(out, "h2", CH_COSTS, o->lang);
    table(out, &m.table[0], true);
    chart(out, &m, l);
    if (m.ntables > 1 && m.table[1].kind == RT_CHANGE)
        heading(out, "h2", CH_CHANGES, o->lang);
    tables(out, &m, RT_CHANGE);
    heading(out, "h2", CH_CAP, o->lang);
    if (!tables(out, &m, RT_CAP)) {
        struct strbuf why = STRBUF_INIT;
        committee_cap_unchecked(&why, r, o->lang);
        paragraph(out, NULL, why.buf);
        strbuf_release(&why);
    }
    economy(out, r, o, &m);
    rmodel_free(&m);
}

/* ---- the report ------------------------------------------------------- */

bool report_html(FILE *out, const struct report *r, const struct report_opts *o)
{
    struct strbuf title = STRBUF_INIT;
    if (r->loaded)
        committee_title(&title, r, o->lang);
    else
        strbuf_addstr(&title, r->file);
    head(out, o, title.buf);
    put(out, "<h1>");
    esc(out, title.buf);
    put(out, "</h1>\n");
    strbuf_release(&title);
    if (r->loaded)
        case_sections(out, r, o);
    struct rfindings f;
    rfindings_build(r, o->lang, &f);
    results(out, &f, o->lang);
    if (r->loaded)
        proposal(out, r, o->lang);
    appendix(out, r, &f, o->lang);
    rfindings_free(&f);
    put(out, "</body>\n</html>\n");
    return !ferror(out);
}
