/* SPDX-License-Identifier: MIT */
/*
 * Load, step 1: a YAML document as a tree of nodes that remember where
 * they stand in the file.  Built from libyaml's event stream; knows
 * nothing of skema's keys.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"

enum ynode_kind {
    YNODE_SCALAR,
    YNODE_MAP,    /* children alternate key, value */
    YNODE_SEQ,
    YNODE_ALIAS,  /* an alias, already reported; stands for nothing */
};

struct ynode {
    enum ynode_kind kind;
    struct pos pos;
    bool plain;               /* scalar: written without quotes */
    const char *text;         /* scalar: its value, NUL-terminated */
    size_t len;               /* scalar: bytes in text */
    uint32_t end_line;        /* scalar: the line it ends on (a plain one
                               * may go on over several) */
    struct ynode *child;      /* map/seq: first child */
    struct ynode *next;       /* next sibling */
    size_t count;             /* map/seq: number of children */
};

/* Bounds that keep any input from exhausting memory or time. */
struct ydoc_limits {
    unsigned max_depth;       /* nested maps and sequences */
    size_t max_scalar;        /* bytes in one scalar */
    size_t max_nodes;         /* nodes in the document */
    size_t max_keys;          /* keys in one mapping */
    size_t max_path;          /* bytes in one key path, such as
                               * "skema.C.anskaffelsessum.i_alt" */
};

/* The default max_path.  No key path of a skema or rates format comes
 * near it; a longer one is a hostile or broken file, and refusing it keeps
 * every finding's path (copied into the list) small. */
enum { YDOC_PATH_MAX = 1024 };

/* A list item's part of a key path, "[i]", into out (not NUL-terminated);
 * its length.  By hand: a format string costs ten times more, and both
 * the loader and the walk over a format write one per list item. */
enum { YDOC_INDEX_MAX = 3 * sizeof(size_t) + 2 };
size_t ydoc_index_text(char out[YDOC_INDEX_MAX], size_t i);

extern const struct ydoc_limits YDOC_LIMITS_DEFAULT;

struct ydoc;

/*
 * Parse data[0..len) (which need not be NUL-terminated) as exactly one
 * YAML document.  Every problem goes into diags.  Returns a caller-owned
 * document, never NULL; its root is NULL when nothing could be read.
 * The data must outlive nothing: scalars are copied.
 */
struct ydoc *ydoc_parse(const char *data, size_t len,
                        const struct ydoc_limits *limits,
                        struct diag_list *diags);

/* The root node, borrowed from doc; NULL if none. */
const struct ynode *ydoc_root(const struct ydoc *doc);

/* The document's arena, for data that should live as long as it. */
struct arena *ydoc_arena(struct ydoc *doc);

/* Free the document and its nodes; NULL is a no-op. */
void ydoc_free(struct ydoc *doc);
