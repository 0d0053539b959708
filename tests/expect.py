#!/usr/bin/python3
"""Run skema once and assert only what a test is about.

    tests/expect.py SKEMA SOURCE_ROOT [ASSERTION...] -- ARG...

A golden transcript compares every byte, so a changed label or basis text
rewrites every golden that shows it; the few full transcripts left
(tests/golden.sh) guard the layout, and the other end-to-end tests say
what they are about with these assertions:

  --exit N             the exit status (required: every test states it)
  --out TEXT           stdout contains TEXT      --no-out TEXT: it does not
  --err TEXT           stderr contains TEXT      --no-err TEXT: it does not
  --out-re RE          a line of stdout matches RE (re.search, per line)
  --err-re RE          a line of stderr matches RE
  --out-lines N        stdout has N lines        --err-lines N: stderr
  --out-count TEXT=N   TEXT occurs N times in stdout
  --json PATH=VALUE    stdout parsed as JSON; PATH like findings[0].rule or
                       findings[rule=cap-limit].severity (the first item
                       whose field has that value); VALUE is JSON (1, null,
                       true, "x") or else a bare string
  --json-len PATH=N    the list or object at PATH has N items
  --jsonl              stdout is JSON lines: --json paths start at [ROW]

Runs from SOURCE_ROOT with stdin from /dev/null, SOURCE_DATE_EPOCH set as
tests/golden.sh sets it, and under SKEMA_WRAPPER (e.g. valgrind) when set.
"""
import json
import os
import re
import shlex
import subprocess
import sys

VALUED = {"--exit", "--out", "--no-out", "--err", "--no-err", "--out-re",
          "--err-re", "--out-lines", "--err-lines", "--out-count", "--json",
          "--json-len"}


def parse(argv):
    if len(argv) < 3 or "--" not in argv:
        sys.exit("usage: expect.py SKEMA SOURCE_ROOT [ASSERTION...] -- ARG...")
    skema, root = os.path.abspath(argv[0]), argv[1]
    cut = argv.index("--", 2)
    opts, args, i = [], argv[cut + 1:], 2
    while i < cut:
        name = argv[i]
        if name == "--jsonl":
            opts.append((name, None))
            i += 1
        elif name in VALUED and i + 1 < cut:
            opts.append((name, argv[i + 1]))
            i += 2
        else:
            sys.exit(f"expect.py: unknown or incomplete assertion {name!r}")
    if not any(name == "--exit" for name, _ in opts):
        sys.exit("expect.py: every test states its --exit status")
    return skema, root, opts, args


STEP = re.compile(r"\.?([^.\[\]]+)|\[(\d+)\]|\[([^=\]]+)=([^\]]*)\]")


def walk(doc, path):
    """The value at PATH, or raise KeyError naming the step that failed."""
    pos = 0
    while pos < len(path):
        m = STEP.match(path, pos)
        if not m:
            raise KeyError(f"bad path {path!r} at {pos}")
        key, index, field, want = m.groups()
        if key is not None:
            if not isinstance(doc, dict) or key not in doc:
                raise KeyError(f"{path}: no key {key!r}")
            doc = doc[key]
        elif index is not None:
            if not isinstance(doc, list) or int(index) >= len(doc):
                raise KeyError(f"{path}: no item {index}")
            doc = doc[int(index)]
        else:
            hits = [x for x in doc if isinstance(x, dict)
                    and str(x.get(field)) == want] if isinstance(doc, list) else []
            if not hits:
                raise KeyError(f"{path}: no item with {field}={want}")
            doc = hits[0]
        pos = m.end()
    return doc


def split_path(text):
    """PATH=VALUE at the first '=' outside [field=value]: VALUE may hold '='."""
    depth = 0
    for i, ch in enumerate(text):
        depth += ch == "["
        depth -= ch == "]"
        if ch == "=" and depth == 0:
            return text[:i], text[i + 1:]
    sys.exit(f"expect.py: no '=' in {text!r}")


def literal(text):
    try:
        return json.loads(text)
    except ValueError:
        return text


def check(name, value, out, err, docs):
    """None when the assertion holds, else what went wrong."""
    text = {"out": out, "err": err}
    if name == "--exit":
        return None
    if name in ("--out", "--err"):
        return None if value in text[name[2:]] else f"{name[2:]} lacks {value!r}"
    if name in ("--no-out", "--no-err"):
        return f"{name[5:]} has {value!r}" if value in text[name[5:]] else None
    if name in ("--out-re", "--err-re"):
        lines = text[name[2:5]].splitlines()
        ok = any(re.search(value, line) for line in lines)
        return None if ok else f"no line of {name[2:5]} matches {value!r}"
    if name in ("--out-lines", "--err-lines"):
        n = len(text[name[2:5]].splitlines())
        return None if n == int(value) else f"{name[2:5]} has {n} lines, not {value}"
    if name == "--out-count":
        what, n = value.rsplit("=", 1)
        got = out.count(what)
        return None if got == int(n) else f"{what!r} occurs {got} times, not {n}"
    path, want = split_path(value)
    if docs is None:
        return "stdout is not JSON"
    try:
        got = walk(docs, path)
    except KeyError as e:
        return str(e.args[0])
    if name == "--json-len":
        return None if len(got) == int(want) else f"{path} has {len(got)} items, not {want}"
    want = literal(want)
    return None if got == want else f"{path} is {got!r}, not {want!r}"


def main():
    skema, root, opts, args = parse(sys.argv[1:])
    env = dict(os.environ, SOURCE_DATE_EPOCH="1635897600")
    cmd = shlex.split(os.environ.get("SKEMA_WRAPPER", "")) + [skema] + args
    run = subprocess.run(cmd, cwd=root, env=env, stdin=subprocess.DEVNULL,
                         capture_output=True)
    out = run.stdout.decode("utf-8", "replace")
    err = run.stderr.decode("utf-8", "replace")
    docs = None
    try:
        if any(n == "--jsonl" for n, _ in opts):
            docs = [json.loads(line) for line in out.splitlines()]
        elif any(n.startswith("--json") for n, _ in opts):
            docs = json.loads(out)
    except ValueError:
        pass
    failed = [f"exit {run.returncode}, not {v}" for n, v in opts
              if n == "--exit" and run.returncode != int(v)]
    failed += [f"{n} {v}: {why}" for n, v in opts if n != "--jsonl"
               for why in [check(n, v, out, err, docs)] if why]
    if failed:
        print("$ skema " + " ".join(shlex.quote(a) for a in args))
        print("--- stdout\n" + out + "--- stderr\n" + err
              + f"--- exit {run.returncode}")
        for why in failed:
            print("FAIL: " + why)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
