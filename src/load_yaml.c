/* SPDX-License-Identifier: MIT */
/* libyaml events to a positioned node tree; documented in include/yamldoc.h */
#include "yamldoc.h"

#include <string.h>
#include <yaml.h>

#include "xalloc.h"

const struct ydoc_limits YDOC_LIMITS_DEFAULT = {
    .max_depth = 32,
    .max_scalar = 64 * 1024,
    .max_nodes = 200000,
    .max_keys = 1000,   /* keeps the duplicate-key scan well below quadratic harm */
};

struct ydoc {
    struct arena *arena;
    struct ynode *root;
};

struct frame {
    struct ynode *node;
    struct ynode *last;       /* last child, for appending */
};

struct builder {
    struct ydoc *doc;
    const struct ydoc_limits *limits;
    struct diag_list *diags;
    const char *data;
    size_t len;
    struct frame *stack;      /* max_depth + 1 frames */
    unsigned depth;
    size_t nodes;
    int documents;
};

/* libyaml marks are 0-based */
static struct pos mark_pos(yaml_mark_t m)
{
    return (struct pos){ (uint32_t)m.line + 1, (uint32_t)m.column + 1 };
}

/* The key path of the open containers, e.g. "skema.C.anskaffelsessum". */
static char *stack_path(const struct builder *b)
{
    size_t cap = 64, n = 0;
    char *path = xmalloc(cap);
    path[0] = '\0';
    for (unsigned i = 0; i < b->depth; i++) {
        const struct frame *f = &b->stack[i];
        char item[48];
        const char *part = NULL;
        size_t plen = 0;
        if (f->node->kind == YNODE_MAP && f->node->count % 2 == 1 &&
            f->last->kind == YNODE_SCALAR) {
            part = f->last->text;           /* a key awaiting its value */
            plen = f->last->len;
        } else if (f->node->kind == YNODE_MAP && f->node->count > 0 &&
                   f->node->count % 2 == 0 && i + 1 < b->depth) {
            /* the value being built is the child frame; its key precedes */
            const struct ynode *k = f->node->child;
            for (size_t c = 0; c + 2 < f->node->count; c++)
                k = k->next;
            if (k->kind == YNODE_SCALAR) {
                part = k->text;
                plen = k->len;
            }
        } else if (f->node->kind == YNODE_SEQ) {
            /* inside an item being built, or at the next one to come */
            snprintf(item, sizeof item, "[%zu]",
                     i + 1 < b->depth ? f->node->count - 1 : f->node->count);
            part = item;
            plen = strlen(item);
        }
        if (!part)
            break;
        bool dot = n > 0 && part[0] != '[';
        while (n + plen + 2 > cap)
            cap *= 2;
        path = xrealloc(path, cap);
        if (dot)
            path[n++] = '.';
        memcpy(path + n, part, plen);
        n += plen;
        path[n] = '\0';
    }
    return path;
}

static void report(struct builder *b, enum rule rule, struct pos pos,
                   const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void report(struct builder *b, enum rule rule, struct pos pos,
                   const char *fmt, ...)
{
    char *path = stack_path(b);
    va_list ap;
    va_start(ap, fmt);
    char *msg = xvasprintf(fmt, ap);
    va_end(ap);
    diag_addf(b->diags, rule, pos, path, "%s", msg);
    free(msg);
    free(path);
}

/* Line and column of a byte offset, counting UTF-8 characters; a
 * leading byte-order mark is not a column. */
static struct pos offset_pos(const char *data, size_t len, size_t offset)
{
    struct pos p = { 1, 1 };
    size_t i = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (offset > len)
        offset = len;
    for (; i < offset; i++) {
        unsigned char c = (unsigned char)data[i];
        bool crlf = c == '\r' && i + 1 < len && data[i + 1] == '\n';
        if (c == '\n' || (c == '\r' && !crlf)) {
            p.line++;
            p.col = 1;
        } else if (!crlf && (c & 0xC0) != 0x80) {
            p.col++;
        }
    }
    return p;
}

/*
 * The offset of the first byte that is not part of valid UTF-8 (or is
 * NUL), or len if all is well.  libyaml checks this too, but names the
 * byte after a bad lead byte; a person needs the character itself.
 */
static size_t invalid_utf8(const unsigned char *s, size_t len, const char **why)
{
    size_t i = len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < len) {
        unsigned char c = s[i];
        if (c == 0) {
            *why = "a NUL byte; a skema file is text";
            return i;
        }
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n = c >= 0xC2 && c <= 0xDF ? 2
                 : c >= 0xE0 && c <= 0xEF ? 3
                 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        bool ok = n > 0 && i + n <= len;
        for (size_t k = 1; ok && k < n; k++)
            ok = (s[i + k] & 0xC0) == 0x80;
        /* overlong forms, surrogates and code points past U+10FFFF */
        if (ok && n == 3)
            ok = !(c == 0xE0 && s[i + 1] < 0xA0) && !(c == 0xED && s[i + 1] >= 0xA0);
        if (ok && n == 4)
            ok = !(c == 0xF0 && s[i + 1] < 0x90) && !(c == 0xF4 && s[i + 1] >= 0x90);
        if (!ok) {
            *why = "is not UTF-8; the file may be saved as Latin-1 or "
                   "Windows-1252: save it as UTF-8";
            return i;
        }
        i += n;
    }
    return len;
}

static void report_parser_error(struct builder *b, const yaml_parser_t *p)
{
    const char *why = NULL;
    size_t bad;
    /* libyaml refuses the same bytes, but only now, when it has, is it
     * worth scanning for the character to name: a clean file is not
     * scanned twice */
    if (p->error == YAML_READER_ERROR &&
        (bad = invalid_utf8((const unsigned char *)b->data, b->len, &why)) < b->len) {
        struct pos pos = offset_pos(b->data, b->len, bad);
        unsigned char byte = (unsigned char)b->data[bad];
        if (byte == 0)
            diag_addf(b->diags, RULE_YAML_ENCODING, pos, "", "%s", why);
        else
            diag_addf(b->diags, RULE_YAML_ENCODING, pos, "", "byte 0x%02x %s",
                     byte, why);
        return;
    }
    if (p->error == YAML_READER_ERROR) {
        struct pos pos = offset_pos(b->data, b->len, p->problem_offset);
        if (p->problem_value != -1)
            report(b, RULE_YAML_ENCODING, pos, "%s (byte 0x%02x)",
                   p->problem, (unsigned)p->problem_value & 0xFFu);
        else
            report(b, RULE_YAML_ENCODING, pos, "%s", p->problem);
        return;
    }
    if (p->error == YAML_MEMORY_ERROR) {
        report(b, RULE_YAML_LIMIT, (struct pos){ 1, 1 },
               "out of memory while parsing");
        return;
    }
    struct pos pos = mark_pos(p->problem_mark);
    const char *problem = p->problem ? p->problem : "syntax error";
    if (p->context)
        report(b, RULE_YAML_SYNTAX, pos, "%s, %s at line %u column %u",
               problem, p->context, (unsigned)p->context_mark.line + 1,
               (unsigned)p->context_mark.column + 1);
    else
        report(b, RULE_YAML_SYNTAX, pos, "%s", problem);
}

/* Append a node to the innermost open container, or make it the root. */
static bool attach(struct builder *b, struct ynode *node)
{
    if (++b->nodes > b->limits->max_nodes) {
        report(b, RULE_YAML_LIMIT, node->pos,
               "more than %zu values in one file", b->limits->max_nodes);
        return false;
    }
    if (b->depth == 0) {
        b->doc->root = node;
        return true;
    }
    struct frame *f = &b->stack[b->depth - 1];
    if (f->node->kind == YNODE_MAP && f->node->count / 2 >= b->limits->max_keys &&
        f->node->count % 2 == 0) {
        report(b, RULE_YAML_LIMIT, node->pos,
               "more than %zu keys in one mapping", b->limits->max_keys);
        return false;
    }
    if (f->last)
        f->last->next = node;
    else
        f->node->child = node;
    f->last = node;
    f->node->count++;
    return true;
}

static struct ynode *new_node(struct builder *b, enum ynode_kind kind,
                              yaml_mark_t mark)
{
    struct ynode *n = arena_alloc(b->doc->arena, sizeof *n);
    n->kind = kind;
    n->pos = mark_pos(mark);
    return n;
}

/* Anchors and tags are reported but the node is still read. */
static void check_properties(struct builder *b, const yaml_char_t *anchor,
                             const yaml_char_t *tag, yaml_mark_t mark)
{
    static const char core[] = "tag:yaml.org,2002:";
    if (anchor)
        report(b, RULE_YAML_ANCHOR, mark_pos(mark),
               "anchor '&%s': anchors and aliases are not used in skema "
               "files; write the value out", (const char *)anchor);
    if (tag)
        report(b, RULE_YAML_TAG, mark_pos(mark),
               "tag '%s%s': explicit tags are not used in skema files; "
               "remove it",
               strncmp((const char *)tag, core, sizeof core - 1) ? "" : "!!",
               (const char *)tag +
                   (strncmp((const char *)tag, core, sizeof core - 1)
                        ? 0 : sizeof core - 1));
}

static bool open_container(struct builder *b, enum ynode_kind kind,
                           yaml_mark_t mark)
{
    struct ynode *n = new_node(b, kind, mark);
    if (b->depth >= b->limits->max_depth) {
        report(b, RULE_YAML_LIMIT, n->pos,
               "nesting deeper than %u levels", b->limits->max_depth);
        return false;
    }
    if (!attach(b, n))
        return false;
    b->stack[b->depth++] = (struct frame){ .node = n };
    return true;
}

/* Handle one event; false stops the parse. */
static bool on_event(struct builder *b, const yaml_event_t *e)
{
    switch (e->type) {
    case YAML_DOCUMENT_START_EVENT:
        if (++b->documents > 1) {
            report(b, RULE_YAML_DOCUMENTS, mark_pos(e->start_mark),
                   "a second YAML document; a skema file holds exactly "
                   "one project");
            return false;
        }
        return true;
    case YAML_SCALAR_EVENT: {
        const yaml_char_t *tag =
            (e->data.scalar.plain_implicit || e->data.scalar.quoted_implicit)
                ? NULL : e->data.scalar.tag;
        check_properties(b, e->data.scalar.anchor, tag, e->start_mark);
        if (e->data.scalar.length > b->limits->max_scalar) {
            report(b, RULE_YAML_LIMIT, mark_pos(e->start_mark),
                   "a value of %zu bytes; the limit is %zu",
                   e->data.scalar.length, b->limits->max_scalar);
            return false;
        }
        struct ynode *n = new_node(b, YNODE_SCALAR, e->start_mark);
        n->plain = e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
        n->len = e->data.scalar.length;
        n->text = arena_strndup(b->doc->arena,
                                (const char *)e->data.scalar.value, n->len);
        return attach(b, n);
    }
    case YAML_ALIAS_EVENT: {
        report(b, RULE_YAML_ANCHOR, mark_pos(e->start_mark),
               "alias '*%s': anchors and aliases are not used in skema "
               "files; write the value out",
               (const char *)e->data.alias.anchor);
        return attach(b, new_node(b, YNODE_ALIAS, e->start_mark));
    }
    case YAML_MAPPING_START_EVENT:
        check_properties(b, e->data.mapping_start.anchor,
                         e->data.mapping_start.implicit
                             ? NULL : e->data.mapping_start.tag,
                         e->start_mark);
        return open_container(b, YNODE_MAP, e->start_mark);
    case YAML_SEQUENCE_START_EVENT:
        check_properties(b, e->data.sequence_start.anchor,
                         e->data.sequence_start.implicit
                             ? NULL : e->data.sequence_start.tag,
                         e->start_mark);
        return open_container(b, YNODE_SEQ, e->start_mark);
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT:
        b->depth--;
        return true;
    default:
        return true;
    }
}

struct ydoc *ydoc_parse(const char *data, size_t len,
                        const struct ydoc_limits *limits,
                        struct diag_list *diags)
{
    struct ydoc *doc = xcalloc(1, sizeof *doc);
    doc->arena = arena_new();
    struct builder b = {
        .doc = doc,
        .limits = limits ? limits : &YDOC_LIMITS_DEFAULT,
        .diags = diags,
        .data = data,
        .len = len,
    };
    b.stack = xcalloc(b.limits->max_depth + 1, sizeof *b.stack);

    const unsigned char *bytes = (const unsigned char *)data;
    if (len >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) ||
                     (bytes[0] == 0xFE && bytes[1] == 0xFF))) {
        /* libyaml would read UTF-16; a skema file is UTF-8 */
        diag_addf(diags, RULE_YAML_ENCODING, (struct pos){ 1, 1 }, "",
                 "the file is UTF-16; save it as UTF-8");
        free(b.stack);
        return doc;
    }

    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        fputs("skema: cannot initialise the YAML parser\n", stderr);
        abort();
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
    bool done = false;
    while (!done) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            report_parser_error(&b, &parser);
            doc->root = NULL;
            break;
        }
        done = event.type == YAML_STREAM_END_EVENT;
        bool go_on = on_event(&b, &event);
        yaml_event_delete(&event);
        if (!go_on) {
            doc->root = NULL;
            break;
        }
    }
    if (done && b.documents == 0)
        diag_addf(diags, RULE_YAML_DOCUMENTS, (struct pos){ 1, 1 }, "",
                 "the file holds no YAML document: it is empty or only "
                 "comments");
    yaml_parser_delete(&parser);
    free(b.stack);
    return doc;
}

const struct ynode *ydoc_root(const struct ydoc *doc)
{
    return doc->root;
}

struct arena *ydoc_arena(struct ydoc *doc)
{
    return doc->arena;
}

void ydoc_free(struct ydoc *doc)
{
    if (!doc)
        return;
    arena_free(doc->arena);
    free(doc);
}
