"""Run `skema check` in every format and language over the adversarial
corpus (tests/adversarial/*.yaml, from ../shared/adversarial and our own
out-*.yaml) and over files whose names are not UTF-8 or hold control
characters, and parse every report back with a real parser:

  text  valid UTF-8; no control character (C0 but LF, DEL, C1) and no
        bidirectional override reaches the terminal, on stdout or stderr;
  json  json.loads;
  csv   the csv module: every row as wide as the header, no text cell that
        a spreadsheet would run as a formula, amounts numeric;
  html  html.parser: only the elements skema writes, no control character;
  md    a line-by-line check of Markdown's block and inline syntax: no
        heading, list item, thematic break or setext underline but
        skema's own, every table row as wide as its header, and no
        unescaped link, image, autolink, raw HTML or entity.

    /usr/bin/python3 tests/adversarial_check.py SKEMA SOURCE_ROOT [--batch-diff]

With --batch-diff it checks `skema batch` (text, md, csv, jsonl) and
`skema diff` (text, md, html, json) over the same corpus instead: their row and
diff writers are to escape through report_esc_kind()/esc_write() and
report_finding_line() (issue 9, item 5; helper "cmd").  Until they do,
that run is registered as expected to fail.
"""
import csv
import glob
import html.parser
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

skema, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
batch_diff = "--batch-diff" in sys.argv[3:]

# Rates files, not projects: `skema rates` reads them.
RATES = {"rates-dup.yaml", "rates-zones.yaml", "rates-conflict.yaml"}

FORMATS = ["text", "md", "html", "json", "csv"]
LANGS = ["da", "en"]

failures = []


def fail(what, why):
    failures.append(f"{what}: {why}")


# ---- text ----------------------------------------------------------------

BAD_TEXT = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def check_text(what, s):
    m = BAD_TEXT.search(s)
    if m:
        fail(what, f"raw control character {m.group()!r} at {m.start()}: "
             f"{s[max(0, m.start() - 30):m.start() + 10]!r}")


# ---- json ----------------------------------------------------------------

def check_json(what, s):
    try:
        json.loads(s)
    except ValueError as e:
        fail(what, f"not JSON: {e}")


# ---- csv -----------------------------------------------------------------

NUMERIC = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")
AMOUNT_COLUMNS = {"amount_ore", "amount_kr"}


def check_csv(what, s):
    rows = list(csv.reader(io.StringIO(s, newline="")))
    if not rows:
        fail(what, "no header")
        return
    head = rows[0]
    for n, row in enumerate(rows[1:], 2):
        if len(row) != len(head):
            fail(what, f"row {n} has {len(row)} cells, the header {len(head)}")
            continue
        for key, cell in zip(head, row):
            if key in AMOUNT_COLUMNS:
                if cell and not NUMERIC.match(cell):
                    fail(what, f"row {n} {key}: not a number: {cell!r}")
            elif cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                fail(what, f"row {n} {key}: a formula to a spreadsheet: {cell!r}")
        for cell in row:
            m = re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", cell)
            if m:
                fail(what, f"row {n}: control character {m.group()!r}")


# ---- html ----------------------------------------------------------------

HTML_ELEMENTS = {
    "html", "head", "meta", "title", "style", "body", "h1", "h2", "dl", "dt",
    "dd", "table", "caption", "colgroup", "col", "thead", "tbody", "tr", "th",
    "td", "p", "div", "figure", "svg", "defs", "pattern", "rect", "line",
    "text", "polygon", "ol", "ul", "li", "span", "code", "h3", "strong",
    "section",
}


class Html(html.parser.HTMLParser):
    def __init__(self, what):
        super().__init__(convert_charrefs=True)
        self.what = what

    def handle_starttag(self, tag, attrs):
        if tag not in HTML_ELEMENTS:
            fail(self.what, f"element <{tag}> that skema never writes")
        for name, value in attrs:
            if name.startswith("on") or (value and "javascript:" in value):
                fail(self.what, f"attribute {name}={value!r}")

    def handle_data(self, data):
        m = re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", data)
        if m:
            fail(self.what, f"control character {m.group()!r} in text")


def check_html(what, s):
    p = Html(what)
    p.feed(s)
    p.close()


# ---- markdown ------------------------------------------------------------

MD_HEADINGS = {"Fund", "Regler og grundlag", "Anskaffelsessum", "Findings",
               "Rules cited", "Acquisition cost",
               # the committee report's sections, Danish and English
               "Resumé", "Sagsfremstilling", "Ændringer", "Maksimumsbeløb",
               "Økonomi for kommunen", "Kontrolresultater", "Fejl", "Advarsler",
               "Bemærkninger", "Ikke kontrolleret", "Forslag til indstilling",
               "Teknisk bilag", "Fundenes placering i filen",
               "Summary", "Case", "Changes", "The municipality's economy",
               "Results of the check", "Errors", "Warnings", "Notes",
               "Not checked", "Proposed recommendation", "Technical appendix",
               "Where each finding is in the file", "Rules and their basis",
               # diff
               "Nye fund", "Løste fund", "Ændrede fund", "New findings",
               "Resolved findings", "Changed findings"}
MD_FIELDS = {"Sagsnummer", "Kommune", "Boligorganisation", "Afdeling",
             "Boligtype", "Case number", "Municipality", "Housing organisation",
             "Department", "Housing type", "Zone for maksimumsbeløb",
             "Zone of the cost cap"}
PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def unescaped(line):
    """The line's characters that Markdown reads as syntax: (index, char)
    outside code spans and not after a backslash; code spans as '`'."""
    out, i = [], 0
    while i < len(line):
        c = line[i]
        if c == "\\" and i + 1 < len(line) and line[i + 1] in PUNCT:
            i += 2
            continue
        if c == "`":
            n = len(line[i:]) - len(line[i:].lstrip("`"))
            end = line.find("`" * n, i + n)
            while end >= 0 and end + n < len(line) and line[end + n] == "`":
                end = line.find("`" * n, end + n + 1)
            if end < 0:
                out.append((i, "`"))
                i += n
                continue
            out.append((i, "code"))
            i = end + n
            continue
        out.append((i, c))
        i += 1
    return out


def check_md_inline(what, n, line):
    chars = unescaped(line)
    text = "".join(c if len(c) == 1 else "\x00" for _, c in chars)
    for bad, why in (("<", "raw HTML or an autolink"), ("&", "an entity"),
                     ("[", "a link or image"), ("]", "a link or image"),
                     ("_", "emphasis"), ("~", "strikethrough"), ("`", "a code span"),
                     ("!", "an image")):
        if bad in text:
            fail(what, f"line {n}: unescaped {bad!r} ({why}): {line!r}")
    if re.search(r"\*(?!\*)|(?<!\*)\*(?=\*\*)", text.replace("**", "")):
        fail(what, f"line {n}: unescaped '*': {line!r}")
    if re.search(r"[a-zA-Z]://|www\.", text):
        fail(what, f"line {n}: an autolink: {line!r}")


LIST_ITEM = re.compile(r"^ {0,3}([-+*]|[0-9]{1,9}[.)])([ \t]|$)")


def check_md_line(what, n, line, first, proposal=False):
    if re.match(r"^ {0,3}#{1,6}([ \t]|$)", line):
        level = len(line.lstrip()) - len(line.lstrip().lstrip("#"))
        name = line.lstrip()[level:].strip()
        if level == 1 and not first:
            fail(what, f"line {n}: a second title: {line!r}")
        if level > 1 and name not in MD_HEADINGS:
            fail(what, f"line {n}: a heading skema does not write: {line!r}")
    elif re.match(r"^ {0,3}(=+|-+)[ \t]*$", line) or \
            re.match(r"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$", line):
        fail(what, f"line {n}: a setext underline or thematic break: {line!r}")
    elif LIST_ITEM.match(line):
        field = re.match(r"^- ([^:]+): ", line)
        if not (line.startswith("- **") or line.startswith("- `")
                or (batch_diff and line.startswith("- "))
                or (field and field.group(1) in MD_FIELDS)
                or re.match(r"^- [0-9]+ ", line)
                or (proposal and re.match(r"^[1-9]\. ", line))):
            fail(what, f"line {n}: a list item skema does not write: {line!r}")
    elif re.match(r"^( {4}|\t)", line) or line.startswith(">") or line.startswith("```"):
        fail(what, f"line {n}: a code block or quote: {line!r}")
    check_md_inline(what, n, line)


def check_md(what, s):
    lines = s.split("\n")
    columns = None
    proposal = False
    for n, line in enumerate(lines, 1):
        if line.startswith("|"):
            cols = sum(1 for _, c in unescaped(line) if c == "|")
            if columns is None:
                columns = cols
            elif cols != columns:
                fail(what, f"line {n}: {cols - 1} table columns, the header "
                     f"{columns - 1}: {line!r}")
        else:
            columns = None
        if line.startswith("## "):
            # the numbered points of the indstilling are skema's own list
            proposal = line[3:] in ("Forslag til indstilling",
                                    "Proposed recommendation")
        check_md_line(what, n, line, n == 1, proposal)


def check_jsonl(what, s):
    for n, line in enumerate(s.splitlines(), 1):
        check_json(f"{what} line {n}", line)


CHECKERS = {"text": check_text, "md": check_md, "html": check_html,
            "json": check_json, "csv": check_csv, "jsonl": check_jsonl}


# ---- running --------------------------------------------------------------

def run(path, fmt, lang, cwd, command=None):
    argv = command or [skema, "check", "-f", fmt, "--lang", lang, path]
    if command:
        what = " ".join(os.fsdecode(a) for a in command[1:3]) + " ..."
    else:
        what = f"{os.fsdecode(path)!r} -f {fmt} --lang {lang}"
    p = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=60)
    # diff says on stderr why a file cannot be loaded, and writes no
    # report (README, exit status): nothing on stdout is then right
    unloadable = command and command[1] == "diff" and p.returncode == 2 and p.stderr
    if p.returncode not in (0, 1, 2) or (p.returncode == 2 and not p.stdout
                                         and not unloadable):
        fail(what, f"exit {p.returncode}: {p.stderr[:300]!r}")
        return
    for stream, data in (("stdout", p.stdout), ("stderr", p.stderr)):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            fail(f"{what} ({stream})", f"not UTF-8: {e}")
            continue
        if stream == "stderr":
            check_text(f"{what} (stderr)", text)
        elif unloadable and not text:
            pass
        else:
            CHECKERS[fmt](what, text)


def main_batch_diff(inputs):
    for fmt in ["text", "md", "csv", "jsonl"]:
        run(None, fmt, "da", root, [skema, "batch", "-f", fmt, *inputs])
    for fmt in ["text", "md", "html", "json"]:
        for a, b in zip(inputs, inputs[1:] + inputs[:1]):
            run(None, fmt, "da", root, [skema, "diff", "-f", fmt, a, b])
    for f in failures[:60]:
        print("FAIL:", f)
    print(f"batch and diff over {len(inputs)} inputs, {len(failures)} failures")
    return 1 if failures else 0


def main():
    corpus = sorted(glob.glob(os.path.join(root, "tests/adversarial/*.yaml")))
    inputs = [os.path.relpath(p, root) for p in corpus
              if os.path.basename(p) not in RATES]
    inputs += ["samples/gartnergaarden.yaml", "samples/rules/cap-limit.yaml"]
    if batch_diff:
        return main_batch_diff(inputs)
    for path in inputs:
        for fmt in FORMATS:
            for lang in LANGS:
                run(path, fmt, lang, root)

    # file names that are not UTF-8, or that hold what the formats fear
    names = [b"lone\xff.yaml", b"cut\xc3.yaml", b"overlong\xc0\xaf.yaml",
             b"esc\x1b[2J\x07.yaml", b"new\nline\r.yaml",
             b"# [x](http:__e) | `a` &amp; =1.yaml", b"=cmd.yaml"]
    tmp = tempfile.mkdtemp()
    try:
        for name in names:
            for source in ("samples/gartnergaarden.yaml",
                           "tests/adversarial/sumerr.yaml"):
                dest = os.path.join(os.fsencode(tmp), name)
                shutil.copyfile(os.path.join(root, source), dest)
                for fmt in FORMATS:
                    run(dest, fmt, "da", tmp)
    finally:
        shutil.rmtree(tmp)

    for f in failures[:60]:
        print("FAIL:", f)
    if len(failures) > 60:
        print(f"... and {len(failures) - 60} more")
    print(f"{len(inputs)} inputs and {len(names)} file names, "
          f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
