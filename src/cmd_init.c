/* SPDX-License-Identifier: MIT */
/* skema init: a commented skema/1 file to start a project from. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "project.h"
#include "template.h"

static const struct opt_choice init_types[] = {
    { "familie", HOUSING_FAMILIE }, { "aeldre", HOUSING_AELDRE },
    { "ungdom", HOUSING_UNGDOM }, { "blandet", HOUSING_BLANDET }, { NULL, 0 },
};

/* "A,B,C", any of them once and in order, into a set of stage bits. */
static bool parse_stages(const char *s, unsigned *out)
{
    *out = 0;
    int last = -1;
    for (;;) {
        if (s[0] < 'A' || s[0] > 'C' || (s[1] && s[1] != ','))
            return false;
        int stage = s[0] - 'A';
        if (stage <= last)
            return false;
        last = stage;
        *out |= 1u << stage;
        if (!s[1])
            return true;
        s += 2;
    }
}

/* Write text to a new file at path, never over one that is there: the
 * template may be the only copy of nothing, but what it would replace may
 * be someone's filled-in accounts. */
static int write_new(const char *path, const struct strbuf *text,
                     enum report_lang lang)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0666);
    if (fd < 0) {
        struct strbuf sb = STRBUF_INIT;
        if (errno == EEXIST) {
            msg_render(&sb, N_("{file} is there already; skema init never "
                               "writes over a file: give another name with -o"),
                       ARGS(ARG_TEXT("file", path)), lang);
        } else {
            char *err = errno_message(path, errno);
            strbuf_addstr(&sb, err);
            free(err);
        }
        fprintf(stderr, "skema init: %s\n", sb.buf);
        strbuf_release(&sb);
        return EXIT_TROUBLE;
    }
    size_t done = 0;
    while (done < text->len) {
        ssize_t n = write(fd, text->buf + done, text->len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += (size_t)n;
    }
    int e = done < text->len ? errno : 0;
    if (close(fd) != 0 && !e)
        e = errno;
    if (e || done < text->len) {
        char *err = errno_message(path, e ? e : EIO);
        fprintf(stderr, "skema init: %s\n", err);
        free(err);
        unlink(path);
        return EXIT_TROUBLE;
    }
    return EXIT_CLEAN;
}

int cmd_init(int argc, char **argv)
{
    int housing = -1, lang = LANG_DA;
    const char *stages = "A,B,C", *out = NULL;
    const struct opt opts[] = {
        OPT_CHOICE_(0, "type", &housing, "TYPE",
                    "the boligtype: familie, aeldre, ungdom or blandet", init_types,
                    N_("{option} is familie, aeldre, ungdom or blandet, not '{value}'")),
        OPT_STRING_(0, "stages", &stages, "A,B,C",
                    "the stages to give, in order (default A,B,C)"),
        OPT_STRING_('o', "output", &out, "FILE",
                    "write to FILE, which must not exist (default: stdout)"),
        OPT_LANG(&lang, "da (default) or en: the language of the comments"),
        OPT_HELP_(),
        OPT_END_(),
    };
    const struct opt_command cmd = {
        "init",
        "Usage: skema init [OPTION]...\n"
        "Write a commented skema/1 file to start a project from: every key\n"
        "with its meaning, UDFYLD where a figure is to be written, the\n"
        "optional keys commented out.\n",
        NULL, opts,
    };
    int code;
    if (!options_parse_none(&cmd, argc, argv, &code))
        return code;
    struct template_opts t = { .housing = housing,
                               .lang = (enum report_lang)lang };
    if (!parse_stages(stages, &t.stages))
        return usage_error("init",
                           N_("--stages is A, B and C, any of them, in order and "
                              "with commas (A,B or B,C), not '{value}'"),
                           ARGS(ARG_TEXT("value", stages)));
    struct strbuf text = STRBUF_INIT;
    template_write(&text, &t);
    if (out) {
        code = write_new(out, &text, t.lang);
    } else {
        fwrite(text.buf, 1, text.len, stdout);
        code = finish_stdout(EXIT_CLEAN);
    }
    strbuf_release(&text);
    return code;
}
