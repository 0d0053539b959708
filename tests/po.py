#!/usr/bin/env python3
"""The message catalogue is complete and consistent:

  - msgfmt --check accepts po/da.po;
  - po/skema.pot holds exactly the messages the sources mark today
    (xgettext run afresh), so it is never stale;
  - every message has a Danish translation that is neither empty nor
    fuzzy, and da.po holds no message the sources no longer have;
  - a translation names the same {arguments} as its msgid, so no figure
    is lost or invented in Danish.

    po.py SOURCE_ROOT
"""
import os
import re
import subprocess
import sys
import tempfile

root = sys.argv[1]
po_dir = os.path.join(root, "po")
failures = []


def xgettext(out):
    # The keywords and flags are the Makefile's (make po): N_ marks a
    # message, C_ one with a context, NP_ a plural pair; none is a
    # printf format ("{pct} %" is not "% d").
    subprocess.run(
        ["xgettext", "--language=C", "--from-code=UTF-8", "--sort-output",
         "--no-wrap", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NP_:1,2",
         # the key tables' descriptions (load_project.c, load_rates.c)
         "--keyword=VAL:5", "--keyword=MAP:6", "--keyword=LINE:3", "--keyword=RVAL:5",
         "--keyword=RLIST:6", "--keyword=RROWS:5",
         "--flag=VAL:5:no-c-format", "--flag=MAP:6:no-c-format",
         "--flag=LINE:3:no-c-format", "--flag=RVAL:5:no-c-format",
         "--flag=RLIST:6:no-c-format", "--flag=RROWS:5:no-c-format",
         "--flag=N_:1:no-c-format", "--flag=C_:2:no-c-format",
         "--flag=NP_:1:no-c-format", "--flag=NP_:2:no-c-format",
         "--add-comments=TRANSLATORS:", "--package-name=skema", "--force-po",
         "--files-from=" + os.path.join(po_dir, "POTFILES"), "-D", root,
         "-o", out], check=True)


def unquote(lines):
    return "".join(
        bytes(l[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
        for l in lines)


def entries(path):
    """(msgctxt, msgid, msgid_plural, [msgstr...], fuzzy) of a PO file."""
    out = []
    cur = None
    field = None
    for raw in open(path, encoding="utf-8").read().split("\n") + [""]:
        line = raw.strip()
        if not line:
            if cur and cur.get("msgid") is not None:
                out.append(cur)
            cur, field = None, None
            continue
        if cur is None:
            cur = {"fuzzy": False, "msgstr": {}}
        if line.startswith("#,") and "fuzzy" in line:
            cur["fuzzy"] = True
        if line.startswith("#"):
            continue
        m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d)\])?)\s+(".*")$', line)
        if m:
            key = m.group(1)
            field = ("msgstr", int(m.group(2) or 0)) if key.startswith("msgstr") else key
            value = [m.group(3)]
        elif line.startswith('"'):
            value = [line]
        else:
            continue
        if isinstance(field, tuple):
            cur["msgstr"][field[1]] = cur["msgstr"].get(field[1], "") + unquote(value)
        else:
            cur[field] = cur.get(field, "") + unquote(value)
    return [e for e in out if e.get("msgid")]


def key(e):
    return (e.get("msgctxt"), e["msgid"])


def args(text):
    return sorted(set(re.findall(r"(?<!\{)\{([a-z_0-9]+)\}", text)))


r = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull,
                    os.path.join(po_dir, "da.po")], capture_output=True, text=True)
print(r.stderr.strip())
if r.returncode:
    failures.append("msgfmt --check refuses po/da.po")

with tempfile.TemporaryDirectory() as tmp:
    fresh = os.path.join(tmp, "skema.pot")
    xgettext(fresh)
    marked = {key(e): e for e in entries(fresh)} if os.path.exists(fresh) else {}
pot = {key(e): e for e in entries(os.path.join(po_dir, "skema.pot"))}
da = {key(e): e for e in entries(os.path.join(po_dir, "da.po"))}

for k in sorted(set(marked) - set(pot), key=str):
    failures.append("not in po/skema.pot (run make po): %r" % (k,))
for k in sorted(set(pot) - set(marked), key=str):
    failures.append("in po/skema.pot but no longer in the sources (run make po): %r" % (k,))
for k, e in sorted(marked.items(), key=lambda kv: str(kv[0])):
    t = da.get(k)
    if t is None or not any(t["msgstr"].values()) or not all(t["msgstr"].values()):
        failures.append("no Danish translation: %r" % (k,))
        continue
    if t["fuzzy"]:
        failures.append("fuzzy Danish translation: %r" % (k,))
    for i, s in t["msgstr"].items():
        source = e["msgid"] if i == 0 else e.get("msgid_plural", e["msgid"])
        if args(s) != args(source):
            failures.append("arguments differ in translation %d of %r: %s against %s"
                            % (i, k, args(s), args(source)))
for k in sorted(set(da) - set(marked), key=str):
    failures.append("in po/da.po but not in the sources: %r" % (k,))

for f in failures:
    print("FAIL:", f)
print("%d messages, %d failures" % (len(marked), len(failures)))
sys.exit(1 if failures else 0)
