/* SPDX-License-Identifier: MIT */
/* Messages with typed arguments; documented in include/message.h */
#include "message.h"

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

const char *msg_text(const char *msgid, enum report_lang lang)
{
    (void)lang;     /* the catalogue comes with the Danish messages */
    return msgid;
}

void msg_arg_render(struct strbuf *out, const struct msg_arg *a,
                    enum report_lang lang)
{
    char buf[NUM_FMT_MAX];
    (void)lang;
    switch (a->type) {
    case MSG_KR:
        strbuf_addstr(out, fmt_kr(buf, a->n));
        return;
    case MSG_KR_ORE:
        strbuf_addstr(out, fmt_kr_ore(buf, a->n));
        return;
    case MSG_KR_DELTA:
        strbuf_addstr(out, fmt_kr_delta(buf, a->n));
        return;
    case MSG_DEC:
        strbuf_addstr(out, fmt_pct(buf, a->n));
        return;
    case MSG_DEC_SHOWN:
        num_format(a->n, DEC_DECIMALS,
                   a->shown < 2 ? 2 : a->shown > DEC_DECIMALS ? DEC_DECIMALS
                                                              : a->shown,
                   &NUM_STYLE_DA, buf);
        strbuf_addstr(out, buf);
        return;
    case MSG_X100:
        strbuf_addstr(out, fmt_x100(buf, a->n));
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
    }
}

static const struct msg_arg *find_arg(const char *name, size_t len, size_t nargs,
                                      const struct msg_arg *args)
{
    for (size_t i = 0; i < nargs; i++)
        if (strncmp(args[i].name, name, len) == 0 && args[i].name[len] == '\0')
            return &args[i];
    return NULL;
}

void msg_render(struct strbuf *out, const char *msgid, size_t nargs,
                const struct msg_arg *args, enum report_lang lang)
{
    const char *s = msg_text(msgid, lang);
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
            ? find_arg(brace + 1, (size_t)(close - brace - 1), nargs, args)
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
