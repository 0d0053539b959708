/* SPDX-License-Identifier: MIT */
/* Messages with typed arguments; documented in include/message.h */
#include "message.h"

#include <assert.h>
#include <string.h>

#include "format.h"
#include "money.h"

bool report_lang_parse(const char *name, enum report_lang *out)
{
    if (strcmp(name, "da") == 0)
        *out = LANG_DA;
    else if (strcmp(name, "en") == 0)
        *out = LANG_EN;
    else
        return false;
    return true;
}

/* The Danish catalogue: po/da.po as msgfmt compiles it (a GNU .mo file),
 * embedded at build time by data/embed.py. */
extern const char *const skema_da_mo;
extern const size_t skema_da_mo_len;

static uint32_t mo_word(const unsigned char *mo, size_t len, size_t at, bool swap)
{
    if (at > len || len - at < 4)
        return 0;
    uint32_t w = (uint32_t)mo[at] | (uint32_t)mo[at + 1] << 8 |
                 (uint32_t)mo[at + 2] << 16 | (uint32_t)mo[at + 3] << 24;
    if (swap)
        w = (w >> 24) | ((w >> 8) & 0xff00) | ((w << 8) & 0xff0000) | (w << 24);
    return w;
}

/* String i of the table at `table` (msgids or translations), or NULL
 * when the catalogue is damaged. */
static const char *mo_string(const unsigned char *mo, size_t len, bool swap,
                             uint32_t table, uint32_t i, uint32_t *slen)
{
    size_t at = (size_t)table + (size_t)i * 8;
    uint32_t n = mo_word(mo, len, at, swap), off = mo_word(mo, len, at + 4, swap);
    if (off >= len || len - off <= n || mo[off + n] != '\0')
        return NULL;
    if (slen)
        *slen = n;
    return (const char *)mo + off;
}

/* The translation of key ("context\004msgid" or "msgid") with its length
 * (a plural's forms are separated by NULs), or NULL.  The msgids of a .mo
 * file are sorted, so this is a binary search; strcmp stops at the NUL
 * that separates a msgid from its plural. */
static const char *mo_find(const char *key, uint32_t *tlen)
{
    const unsigned char *mo = (const unsigned char *)skema_da_mo;
    size_t len = skema_da_mo_len;
    uint32_t magic = mo_word(mo, len, 0, false);
    bool swap = magic == 0xde120495u;
    if (magic != 0x950412deu && !swap)
        return NULL;
    uint32_t count = mo_word(mo, len, 8, swap),
             orig = mo_word(mo, len, 12, swap),
             trans = mo_word(mo, len, 16, swap);
    uint32_t lo = 0, hi = count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const char *id = mo_string(mo, len, swap, orig, mid, NULL);
        if (!id)
            return NULL;
        int cmp = strcmp(key, id);
        if (cmp == 0) {
            const char *t = mo_string(mo, len, swap, trans, mid, tlen);
            return t && *t ? t : NULL;
        }
        if (cmp < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

const char *msg_text(const char *msgid, enum report_lang lang)
{
    /* the empty msgid is the catalogue's header, never a text */
    const char *t = lang == LANG_DA && *msgid ? mo_find(msgid, NULL) : NULL;
    return t ? t : msgid;
}

const char *msg_ctext(const char *context, const char *msgid,
                      enum report_lang lang)
{
    if (lang != LANG_DA)
        return msgid;
    struct strbuf key = STRBUF_INIT;
    strbuf_addf(&key, "%s\004%s", context, msgid);
    const char *t = mo_find(key.buf, NULL);
    strbuf_release(&key);
    return t ? t : msgid;
}

const char *msg_plural(const char *one, const char *many, uint64_t n,
                       enum report_lang lang)
{
    uint32_t tlen;
    const char *t = lang == LANG_DA ? mo_find(one, &tlen) : NULL;
    if (!t)
        return n == 1 ? one : many;
    /* Plural-Forms: nplurals=2; plural=(n != 1) (tests/po.sh holds da.po
     * to it) */
    if (n == 1)
        return t;
    size_t first = strlen(t);
    return first < tlen ? t + first + 1 : t;
}

/* A number in the style of lang, signed when asked. */
static void add_number(struct strbuf *out, int64_t v, unsigned decimals,
                       unsigned shown, bool plus, enum report_lang lang)
{
    char buf[NUM_FMT_MAX];
    struct num_style style = lang == LANG_EN ? NUM_STYLE_EN : NUM_STYLE_DA;
    style.plus = plus;
    size_t n = num_format(v, decimals, shown, &style, buf);
    strbuf_add(out, buf, n);
}

/* A decimal without its trailing zeros (55,51 rather than 55,510000). */
static void add_decimal(struct strbuf *out, int64_t micro, enum report_lang lang)
{
    size_t at = out->len;
    add_number(out, micro, DEC_DECIMALS, DEC_DECIMALS, false, lang);
    char point = lang == LANG_EN ? NUM_STYLE_EN.point : NUM_STYLE_DA.point;
    size_t n = out->len;
    while (n > at && out->buf[n - 1] == '0')
        n--;
    if (n > at && out->buf[n - 1] == point)
        n--;
    strbuf_setlen(out, n);
}

void msg_arg_render(struct strbuf *out, const struct msg_arg *a,
                    enum report_lang lang)
{
    unsigned ore_shown = a->n % ORE_PER_KR ? MONEY_DECIMALS : 0;
    switch (a->type) {
    case MSG_KR:
        add_number(out, a->n, MONEY_DECIMALS, ore_shown, false, lang);
        return;
    case MSG_KR_ORE:
        add_number(out, a->n, MONEY_DECIMALS, MONEY_DECIMALS, false, lang);
        return;
    case MSG_KR_DELTA:
        add_number(out, a->n, MONEY_DECIMALS, ore_shown, true, lang);
        return;
    case MSG_DEC:
        add_decimal(out, a->n, lang);
        return;
    case MSG_DEC_SHOWN:
        add_number(out, a->n, DEC_DECIMALS,
                   a->shown < 1 ? 2 : a->shown > DEC_DECIMALS ? DEC_DECIMALS
                                                              : a->shown,
                   false, lang);
        return;
    case MSG_X100:
    case MSG_X100_DELTA:
        add_number(out, a->n, 2, 2, a->type == MSG_X100_DELTA, lang);
        return;
    case MSG_INT:
        strbuf_addf(out, "%lld", (long long)a->n);
        return;
    case MSG_DATE:
        strbuf_addf(out, "%04d-%02d-%02d", (int)(a->n / 10000),
                    (int)(a->n / 100 % 100), (int)(a->n % 100));
        return;
    case MSG_TEXT:
        strbuf_addstr(out, a->s ? a->s : "");
        return;
    case MSG_MSGID:
        assert(a->s);   /* a reason is always given (diag.c asserts it too) */
        if (a->s)
            strbuf_addstr(out, msg_text(a->s, lang));
        return;
    }
}

static const struct msg_arg *find_arg(const char *name, size_t len,
                                      struct msg_args args)
{
    for (size_t i = 0; i < args.n; i++)
        if (strncmp(args.v[i].name, name, len) == 0 && args.v[i].name[len] == '\0')
            return &args.v[i];
    return NULL;
}

/* Write a text already in lang with its arguments in. */
static void render_translated(struct strbuf *out, const char *s,
                              struct msg_args args, enum report_lang lang)
{
    while (*s) {
        const char *brace = strchr(s, '{');
        if (!brace) {
            strbuf_addstr(out, s);
            return;
        }
        strbuf_add(out, s, (size_t)(brace - s));
        if (brace[1] == '{') {
            strbuf_addch(out, '{');
            s = brace + 2;
            continue;
        }
        const char *close = strchr(brace, '}');
        const struct msg_arg *a = close
            ? find_arg(brace + 1, (size_t)(close - brace - 1), args)
            : NULL;
        if (!a) {
            strbuf_addch(out, '{');
            s = brace + 1;
            continue;
        }
        msg_arg_render(out, a, lang);
        s = close + 1;
    }
}

void msg_render(struct strbuf *out, const char *msgid, struct msg_args args,
                enum report_lang lang)
{
    render_translated(out, msg_text(msgid, lang), args, lang);
}

void msg_render_plural(struct strbuf *out, const char *one, const char *many,
                       uint64_t n, struct msg_args args,
                       enum report_lang lang)
{
    render_translated(out, msg_plural(one, many, n, lang), args, lang);
}
