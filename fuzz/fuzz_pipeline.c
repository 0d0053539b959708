/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the whole pipeline — load, check with the built-in
 * rates, compare, and every report format in both languages — on arbitrary
 * bytes.  Reports go to memory and are checked to be NUL-free text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "rates.h"
#include "report.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct rates *rates;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!rates) {
        struct diag_list *d = diag_list_new();
        rates = rates_new();
        if (!rates_add(rates, NULL, 0, d))
            abort();   /* the built-in data must always load */
        diag_list_free(d);
    }
    struct diag_list *diags = diag_list_new();
    struct project p;
    struct project_store *store = project_load((const char *)data, size, &p, diags);
    struct figures f;
    bool loaded = diag_count_severity(diags, SEV_ERROR) == 0;
    if (loaded) {
        check_project(&p, rates, &f, diags);
    }
    diag_sort(diags);
    struct report r = { .file = "fuzz.yaml", .loaded = loaded, .project = &p,
                        .figures = &f, .diags = diags, .rates = rates };
    static const enum report_format formats[] = {
        REPORT_TEXT, REPORT_MD, REPORT_HTML, REPORT_JSON, REPORT_CSV,
    };
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        for (int lang = LANG_DA; lang <= LANG_EN; lang++) {
            char *buf = NULL;
            size_t len = 0;
            FILE *out = open_memstream(&buf, &len);
            struct report_opts o = { .format = formats[i], .lang = (enum report_lang)lang,
                                     .thousands = size % 2 == 0 };
            if (!out || !report_write(out, &o, &r))
                abort();
            fclose(out);
            if (memchr(buf, '\0', len))
                abort();   /* a report is text */
            free(buf);
        }
    }
    project_release(store);
    diag_list_free(diags);
    return 0;
}
