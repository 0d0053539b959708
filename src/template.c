/* SPDX-License-Identifier: MIT */
/* The template of `skema init`; documented in include/template.h */
#include "template.h"

#include <limits.h>
#include <string.h>

#include "project.h"
#include "schema.h"

/* The keys given as placeholders (the rest is commented out): the ones
 * the format requires and the ones every check of the stages reads.  A
 * stage is written "*".  fordeling belongs to boligtype blandet only and
 * is left out for the others. */
static const char *const active_keys[] = {
    "format", "projekt", "projekt.sagsnummer", "projekt.navn",
    "projekt.kommune", "projekt.boligorganisation", "projekt.boligtype",
    "projekt.datoer", "projekt.datoer.tilsagn", "finansiering",
    "finansiering.realkredit_pct", "finansiering.grundkapital_pct",
    "finansiering.beboerindskud_pct", "garanti", "garanti.pct", "skema",
    "skema.*", "skema.*.boliger", "skema.*.bruttoetageareal_m2",
    "skema.*.boligareal_m2", "skema.*.anskaffelsessum",
    "skema.*.anskaffelsessum.grundudgifter",
    "skema.*.anskaffelsessum.haandvaerkerudgifter",
    "skema.*.anskaffelsessum.omkostninger",
    "skema.*.anskaffelsessum.i_alt", "skema.*.husleje_kr_m2",
};

#define NO_DEPTH UINT_MAX

enum show { SHOW_KEY, SHOW_COMMENTED, SHOW_NOT };

struct walk {
    const struct template_opts *o;
    struct strbuf *out;
    struct strbuf generic;    /* the path with the stage written "*" */
    unsigned hidden_below;    /* depth from which keys are commented out */
    unsigned skipped_below;   /* depth from which keys are left out */
};

/* "skema.B.boliger" as "skema.*.boliger"; the stage in *stage. */
static void generic_path(struct strbuf *g, const char *path, int *stage)
{
    strbuf_reset(g);
    *stage = -1;
    if (strncmp(path, "skema.", 6) != 0 || !path[6]) {
        strbuf_addstr(g, path);
        return;
    }
    *stage = path[6] - 'A';
    strbuf_addstr(g, "skema.*");
    strbuf_addstr(g, path + 7);
}

static bool listed(const char *path)
{
    for (size_t i = 0; i < sizeof active_keys / sizeof active_keys[0]; i++)
        if (strcmp(active_keys[i], path) == 0)
            return true;
    return false;
}

static enum show show_of(struct walk *w, const char *path)
{
    int stage;
    generic_path(&w->generic, path, &stage);
    const char *g = w->generic.buf;
    unsigned stages = w->o->stages;
    if (stage >= 0 && !(stages & (1u << stage)))
        return SHOW_NOT;
    if (strncmp(g, "skema.*.fordeling", 17) == 0)
        return w->o->housing == HOUSING_BLANDET ? SHOW_KEY : SHOW_NOT;
    /* a template starts a new building, by stages; a renovation is
     * written instead of skema, never beside it */
    if (strncmp(g, "renovering", 10) == 0)
        return SHOW_NOT;
    /* the dates that decide the rates of the stages given */
    if (strcmp(g, "projekt.datoer.skema_b") == 0)
        return stages & ~(1u << STAGE_A) ? SHOW_KEY : SHOW_COMMENTED;
    if (strcmp(g, "projekt.datoer.skaeringsdag") == 0)
        return stages & (1u << STAGE_C) ? SHOW_KEY : SHOW_COMMENTED;
    return listed(g) ? SHOW_KEY : SHOW_COMMENTED;
}

/* What a key says of itself in its comment: its meaning and the kind of
 * value it takes. */
static void describe(struct strbuf *sb, const struct field *f,
                     enum report_lang lang)
{
    strbuf_addstr(sb, msg_text(f->what, lang));
    if (f->type == FT_MAP || f->type == FT_FORMAT || f->type == FT_TEXT)
        return;
    strbuf_addstr(sb, "; ");
    if (f->type == FT_ENUM) {
        strbuf_addstr(sb, f->values[0]);
        for (size_t i = 1; f->values[i]; i++)
            strbuf_addf(sb, ", %s", f->values[i]);
        return;
    }
    strbuf_addstr(sb, msg_text(schema_type_words(f->type), lang));
}

static const char *value_of(const struct walk *w, const struct field *f)
{
    if (f->type == FT_MAP)
        return "";
    if (f->type == FT_FORMAT)
        return f->values[0];
    if (f->type == FT_ENUM && strcmp(f->key, "boligtype") == 0 &&
        w->o->housing >= 0)
        return housing_key((enum housing)w->o->housing);
    return TEMPLATE_PLACEHOLDER;
}

/* The column where the comments start, so that they line up. */
enum { COMMENT_COLUMN = 44 };

static void key_line(struct walk *w, unsigned depth, const struct field *f,
                     bool commented)
{
    struct strbuf *out = w->out;
    size_t start = out->len;
    for (unsigned i = 0; i < depth; i++)
        strbuf_addstr(out, "  ");
    if (commented)
        strbuf_addstr(out, "# ");
    const char *value = value_of(w, f);
    strbuf_addf(out, "%s:%s%s", f->key, *value ? " " : "", value);
    size_t width = out->len - start;
    do
        strbuf_addch(out, ' ');
    while (++width < COMMENT_COLUMN);
    strbuf_addstr(out, "# ");
    describe(out, f, w->o->lang);
    strbuf_addch(out, '\n');
}

static void each_key(void *ctx, unsigned depth, const struct field *f,
                     const char *path)
{
    struct walk *w = ctx;
    if (depth <= w->skipped_below)
        w->skipped_below = NO_DEPTH;
    if (depth <= w->hidden_below)
        w->hidden_below = NO_DEPTH;
    if (depth > w->skipped_below)
        return;
    enum show show = show_of(w, path);
    if (show == SHOW_NOT) {
        w->skipped_below = depth;
        return;
    }
    bool commented = depth > w->hidden_below || show == SHOW_COMMENTED;
    if (commented && w->hidden_below == NO_DEPTH)
        w->hidden_below = depth;
    key_line(w, depth, f, commented);
}

static void header(struct strbuf *out, enum report_lang lang)
{
    static const char *const lines[] = {
        N_("A skema/1 file written by `skema init`: write each figure in place "
           "of UDFYLD."),
        N_("Remove the keys the project does not have."),
        N_("A key behind # is optional: remove the # (and the one of the key "
           "above it) to give it."),
        N_("Amounts in kr. (1_000_000 or 1000000), percentages without %, "
           "dates as YYYY-MM-DD."),
        N_("Then: skema check FILE"),
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
        strbuf_addf(out, "# %s\n", msg_text(lines[i], lang));
}

void template_write(struct strbuf *out, const struct template_opts *o)
{
    struct walk w = { .o = o, .out = out, .generic = STRBUF_INIT,
                      .hidden_below = NO_DEPTH,
                      .skipped_below = NO_DEPTH };
    header(out, o->lang);
    project_walk_keys(each_key, &w);
    strbuf_release(&w.generic);
}
