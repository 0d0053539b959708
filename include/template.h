/* SPDX-License-Identifier: MIT */
/* The commented skema/1 file that `skema init` writes to start from. */
#pragma once

#include "message.h"
#include "strbuf.h"

/* The value of every key the template leaves to the user.  Text where a
 * number or a date belongs, so that it can never pass for a figure; the
 * loader says of exactly this value that the key is not filled in yet. */
#define TEMPLATE_PLACEHOLDER "UDFYLD"

struct template_opts {
    int housing;          /* enum housing, or -1: boligtype left to fill in */
    unsigned stages;      /* bit 1 << STAGE_A ...: the stages to give */
    enum report_lang lang;
};

/* Append the template to out: every key of the format, each with its
 * meaning in o->lang in a comment; the ones commented out are optional. */
void template_write(struct strbuf *out, const struct template_opts *o);
