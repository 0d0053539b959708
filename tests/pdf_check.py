#!/usr/bin/env python3
"""The html report as a person gets it on paper: printed to PDF (A4) by
headless Chromium, then read back with poppler's pdftotext and pdfinfo.

    pdf_check.py SKEMA INPUT [--lang L] [--max-pages N] [--expect TEXT]...
                 [--png OUT.png]

Fails when the PDF is not A4, has more pages than allowed, lacks an
expected text, when a table or the chart is split over two pages, or
when anything is wider than the printed page (measured in the page laid
out at the A4 text width, 174 mm, with a test-only script).  --png keeps
a picture of the first page (pdftoppm) for the README.
"""
import argparse
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
A4_PTS = (595, 842)
TEXT_WIDTH_PX = 657   # 210 mm − 2 × 18 mm of @page margin, at 96 px per inch

ap = argparse.ArgumentParser()
ap.add_argument("skema")
ap.add_argument("input")
ap.add_argument("--lang", default="da")
ap.add_argument("--max-pages", type=int, default=0)
ap.add_argument("--expect", action="append", default=[])
ap.add_argument("--png")
args = ap.parse_args()
if not CHROMIUM or not shutil.which("pdftotext"):
    sys.exit("pdf_check.py needs chromium and poppler-utils (make deps installs them)")

failures = []


def chromium(*extra):
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--user-data-dir=" + os.path.join(tmp, "profile"), *extra],
        capture_output=True, text=True, timeout=120)


class Blocks(html.parser.HTMLParser):
    """Each table and chart in order: the first and the last line of text
    a reader sees in it, to find on the printed pages."""

    def __init__(self):
        super().__init__()
        self.blocks, self.cur, self.depth, self.cell = [], None, 0, None

    def handle_starttag(self, tag, attrs):
        if tag in ("table", "figure"):
            if self.depth == 0:
                self.cur = []
            self.depth += 1
        elif self.cur is not None and tag in ("tr", "caption", "text", "figcaption"):
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("table", "figure") and self.depth:
            self.depth -= 1
            if self.depth == 0:
                rows = [r for r in self.cur if r]
                if len(rows) >= 2:
                    self.blocks.append((rows[0], rows[-1]))
                self.cur = None
        elif self.cell is not None and tag in ("tr", "caption", "text", "figcaption"):
            text = " ".join("".join(self.cell).split())
            # the first cell of a row is what pdftotext keeps together
            self.cur.append(text.split("  ")[0][:30])
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data + " ")


with tempfile.TemporaryDirectory() as tmp:
    page = os.path.join(tmp, "report.html")
    pdf = os.path.join(tmp, "report.pdf")
    subprocess.run([args.skema, "check", "--format=html", "--lang=" + args.lang,
                    "-o", page, args.input], check=False)
    if not os.path.exists(page):
        sys.exit("skema wrote no html report")
    source = open(page, encoding="utf-8").read()
    chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + page)
    if not os.path.exists(pdf):
        sys.exit("chromium printed no PDF")

    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    if (round(float(size.group(1))), round(float(size.group(2)))) != A4_PTS:
        failures.append("not A4: " + size.group(0))
    if args.max_pages and pages > args.max_pages:
        failures.append("%d pages, at most %d allowed" % (pages, args.max_pages))
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                          text=True).stdout
    flat = " ".join(text.split())
    for want in args.expect:
        if " ".join(want.split()) not in flat:
            failures.append("not in the PDF's text: %r" % want)

    # every table and the chart on one page: its first and last line
    # are found, in order, on the same page
    lines = [(n, " ".join(l.split())) for n, p in enumerate(text.split("\f"))
             for l in p.split("\n") if l.strip()]
    blocks = Blocks()
    blocks.feed(source)
    at = checked = 0
    for first, last in blocks.blocks:
        start = next((i for i in range(at, len(lines)) if first in lines[i][1]), None)
        if start is None:
            continue    # e.g. a header row of symbols only: not findable
        end = next((i for i in range(start + 1, len(lines)) if last in lines[i][1]),
                   None)
        if end is None:
            continue
        checked += 1
        if lines[start][0] != lines[end][0]:
            failures.append("split over pages %d and %d: the block from %r to %r"
                            % (lines[start][0] + 1, lines[end][0] + 1, first, last))
        at = end + 1

    # nothing wider than the text width of the printed page
    probe = os.path.join(tmp, "probe.html")
    script = ("<script>addEventListener('load', () => {"
              "const w = document.documentElement.clientWidth; const bad = [];"
              "for (const e of document.body.querySelectorAll('*')) {"
              " const r = e.getBoundingClientRect();"
              " if (r.right > w + 0.5) bad.push(e.tagName + ':' + Math.round(r.right)); }"
              "document.body.setAttribute('data-overflow', bad.join(' ') || 'none');"
              "});</script>")
    open(probe, "w", encoding="utf-8").write(source.replace("</body>", script + "</body>"))
    dom = chromium("--window-size=%d,1200" % TEXT_WIDTH_PX, "--virtual-time-budget=3000",
                   "--dump-dom", "file://" + probe).stdout
    m = re.search(r'data-overflow="([^"]*)"', dom)
    if not m:
        failures.append("the overflow probe did not run")
    elif m.group(1) != "none":
        failures.append("wider than the page: " + m.group(1))

    if args.png:
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1",
                        "-singlefile", pdf, os.path.splitext(args.png)[0]], check=True)

for f in failures:
    print("FAIL:", f)
print("%s: %d pages, %d tables and charts each on one page, %d failures"
      % (args.input, pages, checked, len(failures)))
sys.exit(1 if failures else 0)
