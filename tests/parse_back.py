"""Parse skema's JSON and CSV reports back with real parsers and check the
figures of the reference case, so that the machine-readable formats are
valid and say what the text says.

    /usr/bin/python3 tests/parse_back.py SKEMA SOURCE_ROOT
"""
import csv
import io
import json
import os
import subprocess
import sys

skema, root = os.path.abspath(sys.argv[1]), sys.argv[2]
sample = "samples/gartnergaarden.yaml"


def run(*args):
    p = subprocess.run([skema, "check", *args], cwd=root, capture_output=True)
    if p.returncode not in (0, 1):
        sys.exit(f"skema {' '.join(args)} exited {p.returncode}: {p.stderr.decode()}")
    return p.stdout.decode("utf-8")


failures = []


def expect(what, got, want):
    if got != want:
        failures.append(f"{what}: got {got!r}, expected {want!r}")


report = json.loads(run("--format=json", sample))
c = report["stages"]["C"]
expect("json C anskaffelsessum_ore", c["anskaffelsessum_ore"], 6589313700)
expect("json C grundkapital_ore", c["grundkapital_ore"], 658931370)
expect("json C realkreditlaan_ore", c["realkreditlaan_ore"], 5798596056)
expect("json C garanti_ore", c["garanti_ore"], 3218800671)
expect("json C beboerindskud_ore", c["beboerindskud_ore"], 131786274)
bc = [x for x in report["changes"] if x["from"] == "B" and x["to"] == "C"][0]
expect("json B→C i_alt", bc["rows"]["i_alt"]["delta_ore"], -163886300)
expect("json B→C haandvaerker", bc["rows"]["haandvaerkerudgifter"]["delta_ore"], 59400000)
expect("json summary errors", report["summary"]["errors"], 0)
for f in report["findings"]:
    for key in ("rule", "severity", "path", "line", "column", "message", "basis"):
        if key not in f:
            failures.append(f"json finding without {key}: {f}")

rows = list(csv.reader(io.StringIO(run("--format=csv", sample), newline="")))
header, body = rows[0], rows[1:]
expect("csv header", header,
       ["file", "sagsnummer", "navn", "stage", "line", "kind", "amount_ore", "amount_kr"])
widths = {len(r) for r in body}
expect("csv every row as wide as the header", widths, {len(header)})
by = {(r[3], r[4]): r for r in body}
expect("csv C grundkapital", by[("C", "grundkapital")][6:], ["658931370", "6589313.70"])
expect("csv C i_alt", by[("C", "i_alt")][6:], ["6589313700", "65893137.00"])
expect("csv A gebyrer (not given)", by[("A", "gebyrer")][6:], ["", ""])
expect("csv navn", by[("C", "i_alt")][2], "Gartnergården")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"json and csv parse back: {len(body)} csv rows, {len(report['findings'])} findings")
