/* SPDX-License-Identifier: MIT */
/* libyaml events to a positioned node tree; documented in include/yamldoc.h */
#include "yamldoc.h"

#include <assert.h>
#include <string.h>
#include <yaml.h>

#include "xalloc.h"

const struct ydoc_limits YDOC_LIMITS_DEFAULT = {
    .max_depth = 32,
    .max_scalar = 64 * 1024,
    .max_nodes = 200000,
    .max_keys = 1000,   /* keeps the duplicate-key scan well below quadratic harm */
    .max_path = YDOC_PATH_MAX,
};

struct ydoc {
    struct arena *arena;
    struct ynode *root;
};

struct frame {
    struct ynode *node;
    struct ynode *last;       /* last child, for appending */
    const struct ynode *key;  /* of a mapping: its last key, if a scalar */
    size_t base;              /* length of the path to this container */
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
    /* The key path of a finding, e.g. "skema.C.anskaffelsessum.i_alt",
     * is made only when a finding is: a clean file never needs one.  Each
     * open container knows the length of its path (bounded by max_path
     * and max_depth, so that no finding's copy is large); `prefix` holds
     * the path of container prefix_depth - 1, extended when a finding
     * needs a deeper one and cut back as containers close, so that a
     * hostile file with a finding per node does not rebuild it each time.
     * `path` is the finding's own, reused. */
    struct strbuf prefix;
    unsigned prefix_depth;
    struct strbuf path;
};

/* libyaml marks are 0-based */
static struct pos mark_pos(yaml_mark_t m)
{
    return (struct pos){ (uint32_t)m.line + 1, (uint32_t)m.column + 1 };
}

/* What a container adds to the path of a place in it: "[i]", ".key"
 * ("key" at the top) or nothing, for the container itself. */
struct segment {
    const struct ynode *key;
    size_t index;
    bool indexed;
};

/*
 * The segment of the place the next node of f goes (innermost), or of
 * the place of f's open child, its last node (not innermost): after a
 * key, that key; in a list, the index; else none (the container itself).
 */
static struct segment place_of(const struct frame *f, bool innermost)
{
    size_t count = f->node->count - (innermost ? 0 : 1);
    if (f->node->kind == YNODE_SEQ)
        return (struct segment){ .index = count, .indexed = true };
    if (count % 2 == 1)
        return (struct segment){ .key = f->key };
    return (struct segment){ 0 };
}

/* Exported function, documented in include/yamldoc.h */
size_t ydoc_index_text(char out[YDOC_INDEX_MAX], size_t i)
{
    char digits[YDOC_INDEX_MAX], *d = digits + sizeof digits;
    *--d = ']';
    do {
        *--d = (char)('0' + i % 10);
        i /= 10;
    } while (i);
    *--d = '[';
    size_t len = (size_t)(digits + sizeof digits - d);
    memcpy(out, d, len);
    return len;
}

/* The bytes add_segment adds to a path of base bytes. */
static size_t segment_len(struct segment seg, size_t base)
{
    if (seg.indexed) {
        char index[YDOC_INDEX_MAX];
        return ydoc_index_text(index, seg.index);
    }
    return seg.key ? (base > 0) + seg.key->len : 0;
}

static void add_segment(struct strbuf *out, struct segment seg)
{
    if (seg.indexed) {
        char index[YDOC_INDEX_MAX];
        strbuf_add(out, index, ydoc_index_text(index, seg.index));
    } else if (seg.key) {
        if (out->len > 0)
            strbuf_addch(out, '.');
        strbuf_add(out, seg.key->text, seg.key->len);
    }
}

/* b->prefix as the path of the innermost open container. */
static void prefix_to_innermost(struct builder *b)
{
    unsigned k = b->prefix_depth;
    strbuf_setlen(&b->prefix, k > 0 ? b->stack[k - 1].base : 0);
    for (k = k > 0 ? k : 1; k < b->depth; k++)
        add_segment(&b->prefix, place_of(&b->stack[k - 1], false));
    b->prefix_depth = b->depth;
    assert(b->depth == 0 || b->prefix.len == b->stack[b->depth - 1].base);
}

/* A finding at the innermost container, or at the place in it the next
 * node goes (at_place). */
static void report_path(struct builder *b, bool at_place, enum rule rule,
                        struct pos pos, const char *msgid, struct msg_args args)
{
    prefix_to_innermost(b);
    strbuf_reset(&b->path);
    strbuf_add(&b->path, b->prefix.buf, b->prefix.len);
    if (at_place && b->depth > 0)
        add_segment(&b->path, place_of(&b->stack[b->depth - 1], true));
    diag_add(b->diags, rule, pos, b->path.buf, msgid, args);
}

static void report(struct builder *b, enum rule rule, struct pos pos,
                   const char *msgid, struct msg_args args)
{
    report_path(b, true, rule, pos, msgid, args);
}

/* A key that would take the path past max_path: reported at its
 * mapping, as the path with the key is what must not be copied. */
static bool key_fits(struct builder *b, const struct frame *f,
                     const struct ynode *key)
{
    if (f->base + 1 + key->len <= b->limits->max_path)
        return true;
    report_path(b, false, RULE_YAML_LIMIT, key->pos,
                N_("a key path longer than {max} bytes; skema's keys are "
                   "short names, nested a few levels"),
                ARGS(ARG_INT("max", b->limits->max_path)));
    return false;
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
static size_t invalid_utf8(const unsigned char *s, size_t len)
{
    size_t i = len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < len) {
        unsigned char c = s[i];
        if (c == 0)
            return i;
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
        if (!ok)
            return i;
        i += n;
    }
    return len;
}

/* A byte as two hex digits, for a message that names it. */
static const char *hex_byte(char out[3], unsigned byte)
{
    static const char digit[] = "0123456789abcdef";
    out[0] = digit[(byte >> 4) & 0xF];
    out[1] = digit[byte & 0xF];
    out[2] = '\0';
    return out;
}

static void report_reader_error(struct builder *b, const yaml_parser_t *p)
{
    char hex[3];
    size_t bad = invalid_utf8((const unsigned char *)b->data, b->len);
    /* libyaml refuses the same bytes, but only now, when it has, is it
     * worth scanning for the character to name: a clean file is not
     * scanned twice */
    if (bad < b->len) {
        struct pos pos = offset_pos(b->data, b->len, bad);
        unsigned char byte = (unsigned char)b->data[bad];
        if (byte == 0)
            diag_add(b->diags, RULE_YAML_ENCODING, pos, "",
                     N_("a NUL byte; a skema file is text"), NO_ARGS);
        else
            diag_add(b->diags, RULE_YAML_ENCODING, pos, "",
                     N_("byte 0x{byte} is not UTF-8; the file may be saved as "
                        "Latin-1 or Windows-1252: save it as UTF-8"),
                     ARGS(ARG_TEXT("byte", hex_byte(hex, byte))));
        return;
    }
    struct pos pos = offset_pos(b->data, b->len, p->problem_offset);
    if (p->problem_value != -1)
        report(b, RULE_YAML_ENCODING, pos, N_("{problem} (byte 0x{byte})"),
               ARGS(ARG_TEXT("problem", p->problem),
                    ARG_TEXT("byte", hex_byte(hex, (unsigned)p->problem_value))));
    else
        report(b, RULE_YAML_ENCODING, pos, N_("{problem}"),
               ARGS(ARG_TEXT("problem", p->problem)));
}

static void report_parser_error(struct builder *b, const yaml_parser_t *p)
{
    if (p->error == YAML_READER_ERROR) {
        report_reader_error(b, p);
        return;
    }
    if (p->error == YAML_MEMORY_ERROR) {
        report(b, RULE_YAML_LIMIT, (struct pos){ 1, 1 },
               N_("out of memory while parsing"), NO_ARGS);
        return;
    }
    struct pos pos = mark_pos(p->problem_mark);
    const char *problem = p->problem ? p->problem : "syntax error";
    /* libyaml's own words, in English: they name YAML's grammar */
    if (p->context)
        report(b, RULE_YAML_SYNTAX, pos,
               N_("{problem}, {context} at line {line} column {column}"),
               ARGS(ARG_TEXT("problem", problem),
                    ARG_TEXT("context", p->context),
                    ARG_INT("line", p->context_mark.line + 1),
                    ARG_INT("column", p->context_mark.column + 1)));
    else
        report(b, RULE_YAML_SYNTAX, pos, N_("{problem}"),
               ARGS(ARG_TEXT("problem", problem)));
}

/* Append a node to the innermost open container, or make it the root. */
static bool attach(struct builder *b, struct ynode *node)
{
    if (++b->nodes > b->limits->max_nodes) {
        report(b, RULE_YAML_LIMIT, node->pos,
               N_("more than {max} values in one file"),
               ARGS(ARG_INT("max", b->limits->max_nodes)));
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
               N_("more than {max} keys in one mapping"),
               ARGS(ARG_INT("max", b->limits->max_keys)));
        return false;
    }
    if (f->node->kind == YNODE_MAP && f->node->count % 2 == 0) {
        bool scalar = node->kind == YNODE_SCALAR;
        if (scalar && !key_fits(b, f, node))
            return false;
        f->key = scalar ? node : NULL;
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

/* The tag as the user would write it: the core schema's as "!!str". */
static const char *tag_shown(const yaml_char_t *tag)
{
    static const char core[] = "tag:yaml.org,2002:";
    const char *t = (const char *)tag;
    return strncmp(t, core, sizeof core - 1) == 0 ? t + sizeof core - 3 : t;
}

/* Anchors and tags are reported but the node is still read. */
static void check_properties(struct builder *b, const yaml_char_t *anchor,
                             const yaml_char_t *tag, yaml_mark_t mark)
{
    if (anchor)
        report(b, RULE_YAML_ANCHOR, mark_pos(mark),
               N_("anchor '&{anchor}': anchors and aliases are not used in "
                  "skema files; write the value out"),
               ARGS(ARG_TEXT("anchor", (const char *)anchor)));
    if (tag) {
        const char *shown = tag_shown(tag);
        bool core = shown != (const char *)tag;
        report(b, RULE_YAML_TAG, mark_pos(mark),
               core ? N_("tag '!!{tag}': explicit tags are not used in skema "
                         "files; remove it")
                    : N_("tag '{tag}': explicit tags are not used in skema "
                         "files; remove it"),
               ARGS(ARG_TEXT("tag", core ? shown + 2 : shown)));
    }
}

static bool open_container(struct builder *b, enum ynode_kind kind,
                           yaml_mark_t mark)
{
    struct ynode *n = new_node(b, kind, mark);
    if (b->depth >= b->limits->max_depth) {
        report(b, RULE_YAML_LIMIT, n->pos,
               N_("nesting deeper than {max} levels"),
               ARGS(ARG_INT("max", b->limits->max_depth)));
        return false;
    }
    /* the length of its path, from where it stands, before attach
     * counts it */
    size_t base = 0;
    if (b->depth > 0) {
        const struct frame *parent = &b->stack[b->depth - 1];
        base = parent->base + segment_len(place_of(parent, true), parent->base);
    }
    if (!attach(b, n))
        return false;
    b->stack[b->depth++] = (struct frame){ .node = n, .base = base };
    return true;
}

static bool close_container(struct builder *b)
{
    b->depth--;
    if (b->prefix_depth > b->depth)
        b->prefix_depth = b->depth;
    return true;
}

/*
 * A scalar; a NUL in it (written "\0" or "\x00" in a quoted scalar) is
 * refused, as every C string comparison would stop there and read
 * "i_alt\0 - draft" as "i_alt".
 */
static bool on_scalar(struct builder *b, const yaml_event_t *e)
{
    const yaml_char_t *tag =
        (e->data.scalar.plain_implicit || e->data.scalar.quoted_implicit)
            ? NULL : e->data.scalar.tag;
    check_properties(b, e->data.scalar.anchor, tag, e->start_mark);
    size_t len = e->data.scalar.length;
    if (len > b->limits->max_scalar) {
        report(b, RULE_YAML_LIMIT, mark_pos(e->start_mark),
               N_("a value of {size} bytes; the limit is {max}"),
               ARGS(ARG_INT("size", len), ARG_INT("max", b->limits->max_scalar)));
        return false;
    }
    struct ynode *n = new_node(b, YNODE_SCALAR, e->start_mark);
    n->plain = e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
    n->len = len;
    n->end_line = (uint32_t)e->end_mark.line + 1;
    n->text = arena_strndup(b->doc->arena,
                            (const char *)e->data.scalar.value, len);
    /* libyaml refuses a NUL byte in the input (report_reader_error), so
     * only a double-quoted scalar's escapes ("\0", "\x00", "\u0000") can
     * make one: the others are not searched */
    const char *nul = e->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
                          ? memchr(e->data.scalar.value, 0, len) : NULL;
    if (nul && nul == (const char *)e->data.scalar.value) {
        report(b, RULE_YAML_ENCODING, n->pos,
               N_("a NUL character (\\0) at the start: a key or value is "
                  "text and cannot hold one; remove it"), NO_ARGS);
        n->len = 0;
    } else if (nul) {
        report(b, RULE_YAML_ENCODING, n->pos,
               N_("a NUL character (\\0) after \"{text}\": a key or value "
                  "is text and cannot hold one; remove it"),
               ARGS(ARG_TEXT("text", n->text)));
        n->len = (size_t)(nul - (const char *)e->data.scalar.value);
    }
    return attach(b, n);
}

/* Handle one event; false stops the parse. */
static bool on_event(struct builder *b, const yaml_event_t *e)
{
    switch (e->type) {
    case YAML_DOCUMENT_START_EVENT:
        if (++b->documents > 1) {
            report(b, RULE_YAML_DOCUMENTS, mark_pos(e->start_mark),
                   N_("a second YAML document; a skema file holds exactly "
                      "one project"), NO_ARGS);
            return false;
        }
        return true;
    case YAML_SCALAR_EVENT:
        return on_scalar(b, e);
    case YAML_ALIAS_EVENT:
        report(b, RULE_YAML_ANCHOR, mark_pos(e->start_mark),
               N_("alias '*{anchor}': anchors and aliases are not used in "
                  "skema files; write the value out"),
               ARGS(ARG_TEXT("anchor", (const char *)e->data.alias.anchor)));
        return attach(b, new_node(b, YNODE_ALIAS, e->start_mark));
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
        return close_container(b);
    default:
        return true;
    }
}

/* Feed libyaml's events to the builder until the stream ends or a
 * problem stops it. */
static void parse_events(struct builder *b)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        fputs("skema: cannot initialise the YAML parser\n", stderr);
        abort();
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)b->data, b->len);
    bool done = false;
    while (!done) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            report_parser_error(b, &parser);
            b->doc->root = NULL;
            break;
        }
        done = event.type == YAML_STREAM_END_EVENT;
        bool go_on = on_event(b, &event);
        yaml_event_delete(&event);
        if (!go_on) {
            b->doc->root = NULL;
            break;
        }
    }
    if (done && b->documents == 0)
        diag_add(b->diags, RULE_YAML_DOCUMENTS, (struct pos){ 1, 1 }, "",
                 N_("the file holds no YAML document: it is empty or only "
                    "comments"), NO_ARGS);
    yaml_parser_delete(&parser);
}

struct ydoc *ydoc_parse(const char *data, size_t len,
                        const struct ydoc_limits *limits,
                        struct diag_list *diags)
{
    struct ydoc *doc = xcalloc(1, sizeof *doc);
    doc->arena = arena_new();
    const unsigned char *bytes = (const unsigned char *)data;
    if (len >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) ||
                     (bytes[0] == 0xFE && bytes[1] == 0xFF))) {
        /* libyaml would read UTF-16; a skema file is UTF-8 */
        diag_add(diags, RULE_YAML_ENCODING, (struct pos){ 1, 1 }, "",
                 N_("the file is UTF-16; save it as UTF-8"), NO_ARGS);
        return doc;
    }
    struct builder b = {
        .doc = doc,
        .limits = limits ? limits : &YDOC_LIMITS_DEFAULT,
        .diags = diags,
        .data = data,
        .len = len,
        .prefix = STRBUF_INIT,
        .path = STRBUF_INIT,
    };
    b.stack = xcalloc(b.limits->max_depth + 1, sizeof *b.stack);
    parse_events(&b);
    free(b.stack);
    strbuf_release(&b.prefix);
    strbuf_release(&b.path);
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
