#!/usr/bin/python3
"""--format xlsx, read back with openpyxl (Debian's python3-openpyxl).

    /usr/bin/python3 tests/xlsx_check.py SKEMA SOURCE_ROOT NO_DLOPEN_SO

check: Gartnergården's workbook has a sheet per table, Økonomi for
kommunen and the findings, every amount a number in kroner with a
thousands format, percentages as fractions formatted 0.00%, dates as
dates, Danish headers (English with --lang en), a frozen header row.
batch: a row per project with numbers, the status filled by colour, an
autofilter, the totals row.  Both refuse to write a workbook to stdout.
Over the adversarial corpus every workbook opens and holds no control
character.  The library is opened only for a workbook, and its absence
is said.
"""
import datetime
import glob
import os
import subprocess
import sys
import tempfile

import openpyxl

skema, root = os.path.abspath(sys.argv[1]), sys.argv[2]
no_dlopen = os.path.abspath(sys.argv[3])
failures = []


def fail(msg):
    failures.append(msg)


def expect(what, got, want):
    if got != want:
        fail(f"{what}: {got!r}, expected {want!r}")


def cell(ws, ref, value, fmt=None, kind=None):
    c = ws[ref]
    expect(f"{ws.title}!{ref}", c.value, value)
    if kind is not None and not isinstance(c.value, kind):
        fail(f"{ws.title}!{ref}: a {type(c.value).__name__}, not a {kind.__name__}")
    if fmt is not None:
        expect(f"{ws.title}!{ref} format", c.number_format, fmt)


def run(*args):
    return subprocess.run([skema, *args], cwd=root, capture_output=True)


def check_da(tmp):
    out = os.path.join(tmp, "g.xlsx")
    p = run("check", "-f", "xlsx", "-o", out, "samples/gartnergaarden.yaml")
    expect("check exit", p.returncode, 0)
    wb = openpyxl.load_workbook(out)
    expect("sheets", wb.sheetnames,
           ["Projekt", "Anskaffelsessum, kr.", "Ændring A → B", "Ændring B → C",
            "Ændring A → C", "Finansiering, kr.", "Økonomi for kommunen",
            "Kontrolresultater"])
    for ws in wb.worksheets:
        if ws.freeze_panes not in ("A2", "B2"):
            fail(f"{ws.title}: header row not frozen ({ws.freeze_panes})")
    ws = wb["Anskaffelsessum, kr."]
    cell(ws, "B1", "Skema A")
    cell(ws, "A5", "I alt")
    cell(ws, "D5", 65893137, "#,##0", int)
    cell(ws, "D2", 8959000, "#,##0", int)
    ws = wb["Ændring B → C"]
    cell(ws, "B5", -1638863, "#,##0.00", int)
    cell(ws, "C5", -0.0243, "0.00%", float)
    cell(ws, "D4", -0.0341, "0.00%", float)
    ws = wb["Finansiering, kr."]
    cell(ws, "D3", 6589313.7, "#,##0.00", float)
    cell(ws, "D5", 32188006.71, "#,##0.00", float)
    ws = wb["Økonomi for kommunen"]
    cell(ws, "B1", "Skema B")
    cell(ws, "C1", "Skema C")
    cell(ws, "D2", -163886.3, "#,##0.00", float)
    cell(ws, "D4", -800564.91, "#,##0.00", float)
    ws = wb["Kontrolresultater"]
    cell(ws, "A1", "Linje")
    cell(ws, "C2", "bemærkning")
    cell(ws, "F2", "skema-c-deadline")
    cell(ws, "A2", 7, None, int)
    expect("findings rows", ws.max_row, 9)
    expect("findings filter", ws.auto_filter.ref, "A1:F9")
    ws = wb["Projekt"]
    cell(ws, "B2", "Gartnergården")


def check_en_dates(tmp):
    src = os.path.join(tmp, "dated.yaml")
    with open(os.path.join(root, "samples/gartnergaarden.yaml"), encoding="utf-8") as f:
        text = f.read()
    text = text.replace("projekt:\n", "projekt:\n  datoer:\n    tilsagn: 2018-06-20\n", 1)
    with open(src, "w", encoding="utf-8") as f:
        f.write(text)
    out = os.path.join(tmp, "en.xlsx")
    p = run("check", "--lang", "en", "-f", "xlsx", "-o", out, src)
    if p.returncode not in (0, 1):
        fail(f"check --lang en exit {p.returncode}: {p.stderr!r}")
        return
    wb = openpyxl.load_workbook(out)
    ws = wb["Project"]
    dates = [r for r in ws.iter_rows(values_only=True) if r[0] == "Tilsagn (skema A)"]
    if len(dates) != 1:
        fail(f"no tilsagn date row in {[r[0] for r in ws.iter_rows(values_only=True)]}")
    else:
        expect("tilsagn", dates[0][1], datetime.datetime(2018, 6, 20))
    expect("en sheet", wb.sheetnames[1], "Acquisition cost, kr")


def check_batch(tmp):
    out = os.path.join(tmp, "b.xlsx")
    p = run("batch", "-j2", "-f", "xlsx", "-o", out, "samples")
    expect("batch exit", p.returncode, 1)
    expect("batch stdout", p.stdout, b"")
    wb = openpyxl.load_workbook(out)
    ws = wb["Projekter"]
    head = [c.value for c in ws[1]]
    expect("batch header", head[:7], ["Fil", "Sagsnr.", "Navn", "Kommune", "Boligtype",
                                      "Skema", "Anskaffelsessum, kr."])
    expect("frozen", ws.freeze_panes, "A2")
    # one row per sample project, then the totals row
    nsamples = sum(len([f for f in fs if f.endswith(".yaml")])
                   for _, _, fs in os.walk(os.path.join(root, "samples")))
    expect("autofilter", ws.auto_filter.ref, "A1:O%d" % (1 + nsamples))
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, max_row=1 + nsamples,
                                          values_only=True)}
    g = rows["samples/gartnergaarden.yaml"]
    expect("total", g[6], 65893137)
    expect("grundkapital", g[9], 6589313.7)
    expect("status", g[12], "ok")
    o = rows["samples/rules/cap-open.yaml"]
    expect("open headroom", (o[7], o[8]), (576863, True))
    c = rows["samples/rules/cap-limit.yaml"]
    expect("over the cap", (c[7], c[8], c[10], c[12], c[13]), (-6053137, False, 2, "fejl", "fejl"))
    w = rows["samples/rules/area-plausible.yaml"]
    expect("a warning is shown", (w[12], w[13]), ("advarsler", "advarsel"))
    if not (w[14] or "").endswith("[area-plausible]"):
        fail(f"worst finding: {w[14]!r}")
    expect("amount format", ws["G2"].number_format, "#,##0")
    expect("grundkapital format", ws["J2"].number_format, "#,##0.00")
    fills = {ws.cell(row=r, column=13).value: ws.cell(row=r, column=13).fill.fgColor.rgb
             for r in range(2, 2 + nsamples)}
    expect("status fills", {k: v[-6:] for k, v in fills.items()},
           {"ok": "C6EFCE", "advarsler": "FFEB9C", "fejl": "FFC7CE"})
    # the totals row says what batch's text table says, word for word
    text = run("batch", "-j2", "samples").stdout.decode().rstrip("\n").split("\n")[-1]
    expect("totals", ws.cell(row=3 + nsamples, column=1).value, text)
    if not text.startswith("%d projekter: " % nsamples):
        fail(f"batch's totals line: {text!r}")


CONTROL = set(chr(c) for c in range(32) if chr(c) not in "\t\n\r") | {"\x7f"}


def no_controls(what, path):
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if isinstance(v, str) and CONTROL & set(v):
                    fail(f"{what}: {ws.title}: a control character in {v[:80]!r}")


def check_adversarial(tmp):
    """Hostile names and values: every workbook opens, and no cell holds
    a control character (they are shown as the text report shows them)."""
    corpus = sorted(glob.glob(os.path.join(root, "tests/adversarial/*.yaml")))
    for n, path in enumerate(corpus):
        out = os.path.join(tmp, f"adv{n}.xlsx")
        p = run("check", "-f", "xlsx", "-o", out, path)
        # 2: a file that cannot be read as YAML gets its findings only
        if p.returncode not in (0, 1, 2):
            fail(f"{path}: exit {p.returncode}")
        elif os.path.exists(out):
            no_controls(os.path.basename(path), out)
    out = os.path.join(tmp, "adv-batch.xlsx")
    p = run("batch", "-f", "xlsx", "-o", out, "tests/adversarial")
    expect("batch over the corpus: exit", p.returncode, 1)
    no_controls("batch over the corpus", out)


def check_refused():
    for cmd in (["check", "-f", "xlsx", "samples/gartnergaarden.yaml"],
                ["batch", "-f", "xlsx", "samples"]):
        p = run(*cmd)
        expect(f"{cmd[0]} -f xlsx to stdout: exit", p.returncode, 2)
        expect(f"{cmd[0]} -f xlsx to stdout: stdout", p.stdout, b"")
        if b"-o" not in p.stderr:
            fail(f"{cmd[0]}: the usage error does not ask for -o: {p.stderr!r}")


def check_renovation(tmp):
    """Parkbo (punkt 5): the sources and the rents as numbers."""
    out = os.path.join(tmp, "p.xlsx")
    p = run("check", "-f", "xlsx", "-o", out, "samples/parkbo.yaml")
    expect("parkbo exit", p.returncode, 0)
    wb = openpyxl.load_workbook(out)
    fin = [r for r in wb["Finansiering, kr."].iter_rows(min_row=2, max_row=5,
                                                         values_only=True)]
    expect("parkbo sources", fin, [("Realkreditlån, 30 år", 52970000),
                                   ("Egen trækningsret", 5000000),
                                   ("Egne henlæggelser", 4400000),
                                   ("I alt", 62370000)])
    rent = wb["Husleje pr. måned, kr."]
    expect("parkbo rent", [c.value for c in rent[2]],
           ["Bolig på 49,96 m²", 3261, 488.78, 3750])
    expect("parkbo increase format", rent["C2"].number_format, "#,##0.00")


def check_opened_when_asked(tmp):
    """libxlsxwriter and nettle are opened when a report needs them, not
    linked (include/dynlib.h); without them, --format xlsx and the
    committee formats say so and leave no file, and the text report
    works."""
    needed = subprocess.run(["readelf", "-d", skema], capture_output=True,
                            text=True, check=True).stdout
    for lib in ("libxlsxwriter", "libcrypto", "libminizip", "libz.",
                "libnettle"):
        if lib in needed:
            fail(f"skema is linked with {lib}: every run loads it")
    # (ASan, in make sanitize, wants to come first: the shim goes before)
    env = dict(os.environ, LD_PRELOAD=no_dlopen,
               ASAN_OPTIONS=os.environ.get("ASAN_OPTIONS", "") +
               ":verify_asan_link_order=0")
    # (what, arguments, words stderr must hold): exit 2, said on one
    # line before any work (batch checks no project first), no file left
    cases = [
        ("check, no libxlsxwriter", ["check", "-f", "xlsx"],
         ["needs libxlsxwriter.so.", "libxlsxwriter4", "no_dlopen.c"]),
        ("batch, no libxlsxwriter", ["batch", "-f", "xlsx"],
         ["needs libxlsxwriter.so.", "libxlsxwriter4"]),
        ("check md, no nettle", ["check", "-f", "md"],
         ["needs libnettle.so.", "libnettle8"]),
    ]
    for what, args, words in cases:
        out = os.path.join(tmp, "none")
        inputs = ["samples/gartnergaarden.yaml"]
        if args[0] == "batch":
            inputs = ["samples", "tests/adversarial"]
        p = subprocess.run([skema, *args, "-o", out, *inputs], cwd=root,
                           env=env, capture_output=True, text=True)
        expect(f"{what}: exit", p.returncode, 2)
        expect(f"{what}: said on one line",
               p.stderr.count("\n") == 1 and all(w in p.stderr for w in words),
               True)
        expect(f"{what}: no file", os.path.exists(out), False)
    p = subprocess.run([skema, "check", "samples/gartnergaarden.yaml"],
                       cwd=root, env=env, capture_output=True)
    expect("no library: text report exit", p.returncode, 0)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        check_opened_when_asked(tmp)
        check_da(tmp)
        check_en_dates(tmp)
        check_batch(tmp)
        check_refused()
        check_renovation(tmp)
        check_adversarial(tmp)
    for f in failures:
        print("FAIL:", f)
    print(f"xlsx: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
