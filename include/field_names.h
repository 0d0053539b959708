/* SPDX-License-Identifier: MIT */
/*
 * The form's name of a key path, for a reader who knows skema A, B and C
 * and not the YAML: "skema.C.anskaffelsessum.haandvaerkerudgifter" is
 * "Skema C, håndværkerudgifter".  The committee report names a finding's
 * place this way; the key path itself goes to the technical appendix.
 */
#pragma once

#include <stdbool.h>

#include "message.h"
#include "strbuf.h"

/* Append the name of path in lang.  A key the table does not know is
 * written as it stands, so nothing is ever left out; the result says
 * whether every key was known. */
bool field_name(struct strbuf *out, const char *path, enum report_lang lang);
