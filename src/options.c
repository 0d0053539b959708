/* SPDX-License-Identifier: MIT */
/* One option parser for every command; documented in include/options.h */
#include "options.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "format.h"
#include "strbuf.h"

/* The language of usage errors: the command line's --lang, if it has a
 * valid one anywhere before "--", else Danish like the reports. */
static enum report_lang usage_lang = LANG_DA;

static void find_lang(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *value = NULL;
        if (strcmp(a, "--") == 0)
            return;
        if (strncmp(a, "--lang=", 7) == 0)
            value = a + 7;
        else if (strcmp(a, "--lang") == 0 && i + 1 < argc)
            value = argv[i + 1];
        if (value)
            (void)report_lang_parse(value, &usage_lang);
    }
}

int usage_error(const char *command, const char *msgid, struct msg_args args)
{
    struct strbuf sb = STRBUF_INIT;
    msg_render(&sb, msgid, args, usage_lang);
    strbuf_addch(&sb, '\n');
    msg_render(&sb, N_("Try 'skema {command} --help'."),
               ARGS(ARG_TEXT("command", command)), usage_lang);
    fprintf(stderr, "skema %s: %s\n", command, sb.buf);
    strbuf_release(&sb);
    return EXIT_TROUBLE;
}

const struct opt_choice cli_langs[] = {
    { "da", LANG_DA }, { "en", LANG_EN }, { NULL, 0 },
};
const char *const cli_lang_error = N_("unknown language '{value}'; use da or en");

/* ---- help --------------------------------------------------------------- */

enum { HELP_COLUMN = 24 };

static void help_line(FILE *out, const struct opt *o)
{
    struct strbuf left = STRBUF_INIT;
    if (o->short_name)
        strbuf_addf(&left, "  -%c%s", o->short_name, o->long_name ? ", " : "");
    else
        strbuf_addstr(&left, "      ");
    if (o->long_name)
        strbuf_addf(&left, "--%s", o->long_name);
    if (o->argh)
        strbuf_addf(&left, o->long_name ? "=%s" : " %s", o->argh);
    size_t w = display_width(left.buf);
    fputs(left.buf, out);
    for (size_t i = w; i < HELP_COLUMN || i < w + 2; i++)
        fputc(' ', out);
    for (const char *s = o->help; *s;) {
        size_t n = strcspn(s, "\n");
        fprintf(out, "%.*s\n", (int)n, s);
        s += n;
        if (*s == '\n' && *++s)
            fprintf(out, "%*s", HELP_COLUMN, "");
    }
    strbuf_release(&left);
}

void options_help(const struct opt_command *c, FILE *out)
{
    fputs(c->head, out);
    if (c->opts[0].type != OPT_END)
        fputc('\n', out);
    for (const struct opt *o = c->opts; o->type != OPT_END; o++)
        help_line(out, o);
    if (c->foot)
        fprintf(out, "\n%s", c->foot);
}

/* ---- values ------------------------------------------------------------- */

/* A decimal of digits only (no sign, no space, no base prefix); false
 * when it is not one or does not fit. */
static bool parse_decimal(const char *s, uint64_t *out)
{
    if (*s < '0' || *s > '9')
        return false;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (*end || errno == ERANGE)
        return false;
    *out = v;
    return true;
}

static bool all_digits(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return false;
    return true;
}

/* Set o's value from arg; a usage error (said) when refused. */
static int set_value(const struct opt_command *c, const struct opt *o,
                     const char *shown, char *arg)
{
    uint64_t v;
    switch (o->type) {
    case OPT_FLAG:
        *(bool *)o->value = true;
        return EXIT_CLEAN;
    case OPT_STRING:
        *(const char **)o->value = arg;
        return EXIT_CLEAN;
    case OPT_LIST: {
        struct opt_list *l = o->value;
        if (l->count == o->max || l->count == SKEMA_MAX_RATES_FILES)
            return usage_error(c->name, N_("{option} may be given at most {max} times"),
                               ARGS(ARG_TEXT("option", shown), ARG_INT("max", o->max)));
        l->items[l->count++] = arg;
        return EXIT_CLEAN;
    }
    case OPT_CHOICE:
        for (const struct opt_choice *ch = o->choices; ch->name; ch++) {
            if (strcmp(ch->name, arg) == 0) {
                *(int *)o->value = ch->num;
                return EXIT_CLEAN;
            }
        }
        break;
    case OPT_UINT:
        if (parse_decimal(arg, &v) && v >= o->min && v <= o->max) {
            *(uint64_t *)o->value = v;
            return EXIT_CLEAN;
        }
        break;
    case OPT_SIZE:
        if (parse_decimal(arg, &v) && v >= o->min && v <= o->max) {
            *(size_t *)o->value = (size_t)v;
            return EXIT_CLEAN;
        }
        if (all_digits(arg) && (!parse_decimal(arg, &v) || v > o->max))
            return usage_error(c->name, N_("{option} is at most {max} bytes, not '{value}'"),
                               ARGS(ARG_TEXT("option", shown), ARG_INT("max", o->max),
                                    ARG_TEXT("value", arg)));
        return usage_error(c->name,
                           N_("{option} needs a positive number of bytes, not '{value}'"),
                           ARGS(ARG_TEXT("option", shown), ARG_TEXT("value", arg)));
    default:
        return EXIT_CLEAN;
    }
    return usage_error(c->name, o->bad_value,
                       ARGS(ARG_TEXT("option", shown), ARG_TEXT("value", arg),
                            ARG_INT("min", o->min), ARG_INT("max", o->max)));
}

/* ---- names -------------------------------------------------------------- */

static const struct opt *find_short(const struct opt_command *c, int ch)
{
    for (const struct opt *o = c->opts; o->type != OPT_END; o++)
        if (o->short_name == ch)
            return o;
    return NULL;
}

/* The option named name[0..len), or the only one it is a prefix of;
 * *ambiguous when it is a prefix of more than one. */
static const struct opt *find_long(const struct opt_command *c, const char *name,
                                   size_t len, bool *ambiguous)
{
    const struct opt *hit = NULL;
    size_t hits = 0;
    *ambiguous = false;
    for (const struct opt *o = c->opts; o->type != OPT_END; o++) {
        if (!o->long_name || strncmp(o->long_name, name, len) != 0)
            continue;
        if (o->long_name[len] == '\0')
            return o;
        hit = o;
        hits++;
    }
    *ambiguous = hits > 1;
    return hits == 1 ? hit : NULL;
}

static bool takes_value(const struct opt *o)
{
    return o->type != OPT_FLAG && o->type != OPT_HELP;
}

/* ---- the parse ---------------------------------------------------------- */

struct parse {
    const struct opt_command *c;
    int argc, i;          /* argv[i] is the next to read */
    char **argv;
    int code;             /* the exit status when the parse stops */
};

/* Use option o, shown as the user wrote it; arg is its value when it
 * was attached ("--name=V", "-j2"), else the next argument is taken.
 * False when the parse stops. */
static bool use(struct parse *p, const struct opt *o, const char *shown, char *arg)
{
    if (o->type == OPT_HELP) {
        options_help(p->c, stdout);
        p->code = finish_stdout(EXIT_CLEAN);
        return false;
    }
    if (takes_value(o) && !arg) {
        if (p->i >= p->argc) {
            p->code = usage_error(p->c->name, N_("option '{option}' needs a value"),
                                  ARGS(ARG_TEXT("option", shown)));
            return false;
        }
        arg = p->argv[p->i++];
    }
    p->code = set_value(p->c, o, shown, arg);
    return p->code == EXIT_CLEAN;
}

static bool long_option(struct parse *p, char *word)
{
    char *name = word + 2, *eq = strchr(name, '=');
    size_t len = eq ? (size_t)(eq - name) : strlen(name);
    struct strbuf shown = STRBUF_INIT;
    strbuf_add(&shown, word, (size_t)(name - word) + len);
    bool ambiguous, ok = false;
    const struct opt *o = find_long(p->c, name, len, &ambiguous);
    if (!o)
        p->code = usage_error(p->c->name, ambiguous
                                  ? N_("option '{option}' is ambiguous")
                                  : N_("unknown option '{option}'"),
                              ARGS(ARG_TEXT("option", shown.buf)));
    else if (eq && !takes_value(o))
        p->code = usage_error(p->c->name, N_("option '{option}' takes no value"),
                              ARGS(ARG_TEXT("option", shown.buf)));
    else
        ok = use(p, o, shown.buf, eq ? eq + 1 : NULL);
    strbuf_release(&shown);
    return ok;
}

static bool short_options(struct parse *p, char *word)
{
    for (char *s = word + 1; *s; s++) {
        char shown[3] = { '-', *s, '\0' };
        const struct opt *o = find_short(p->c, (unsigned char)*s);
        if (!o) {
            p->code = usage_error(p->c->name, N_("unknown option '{option}'"),
                                  ARGS(ARG_TEXT("option", shown)));
            return false;
        }
        if (takes_value(o))
            return use(p, o, shown, s[1] ? s + 1 : NULL);
        if (!use(p, o, shown, NULL))
            return false;
    }
    return true;
}

int options_parse(const struct opt_command *c, int argc, char **argv, int *code)
{
    struct parse p = { .c = c, .argc = argc, .i = 1, .argv = argv };
    find_lang(argc, argv);
    int n = 0;
    bool options = true;
    while (p.i < argc) {
        char *word = argv[p.i++];
        bool ok = true;
        if (!options || word[0] != '-' || word[1] == '\0')
            argv[n++] = word;
        else if (strcmp(word, "--") == 0)
            options = false;
        else if (word[1] == '-')
            ok = long_option(&p, word);
        else
            ok = short_options(&p, word);
        if (!ok) {
            *code = p.code;
            return -1;
        }
    }
    return n;
}

bool options_parse_none(const struct opt_command *c, int argc, char **argv, int *code)
{
    int n = options_parse(c, argc, argv, code);
    if (n > 0)
        *code = usage_error(c->name, N_("unexpected '{value}'"),
                            ARGS(ARG_TEXT("value", argv[0])));
    return n == 0;
}
