#!/bin/sh
# skema batch: the same summary whatever the number of workers, paths
# from stdin (newline or NUL separated), links not followed unless asked,
# a loop of links walked once, a directory with no YAML, a file that is
# gone by the time it is read; and the walk takes exactly the projects: no
# depth limit, a fan of links walked once per directory, a path given twice
# checked once, *.YAML and *.yml, a dangling link said as such, -j capped.
#
#   tests/batch.sh SKEMA SOURCE_ROOT
set -u
skema=$1 root=$2
case $skema in /*) ;; *) skema=$(pwd)/$skema ;; esac
cd "$root" || exit 99
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# -j1 and -j2 give the same bytes, in every format
for f in text csv jsonl md; do
    "$skema" batch -j1 -f $f samples tests/bad tests/check >"$tmp/j1" 2>/dev/null
    "$skema" batch -j2 -f $f samples tests/bad tests/check >"$tmp/j2" 2>/dev/null
    cmp -s "$tmp/j1" "$tmp/j2" || fail "-j1 and -j2 differ ($f)"
done
rows=$(grep -c '^{"path"' "$tmp/j1" 2>/dev/null; true)
"$skema" batch -j2 -f jsonl samples tests/bad tests/check >"$tmp/all.jsonl"
n=$(find samples tests/bad tests/check -name '*.yaml' | wc -l)
[ "$(grep -c '^{"path"' "$tmp/all.jsonl")" -eq "$n" ] || fail "not one row per file ($n files)"

# rows come out sorted by path
grep '^{"path"' "$tmp/all.jsonl" | sed 's/^{"path": "\([^"]*\)".*/\1/' >"$tmp/order"
LC_ALL=C sort -c "$tmp/order" 2>/dev/null || fail "rows are not in path order"

# a list on stdin, newline- and NUL-separated, gives the same rows
find samples -name '*.yaml' | "$skema" batch -f jsonl - >"$tmp/stdin.jsonl"
"$skema" batch -f jsonl samples >"$tmp/dir.jsonl"
cmp -s "$tmp/stdin.jsonl" "$tmp/dir.jsonl" || fail "stdin list differs from the directory"
find samples -name '*.yaml' -print0 | "$skema" batch -0 -f jsonl - >"$tmp/stdin0.jsonl"
cmp -s "$tmp/stdin0.jsonl" "$tmp/dir.jsonl" || fail "NUL-separated list differs"

# links: passed over by default; with --follow a loop is walked once
mkdir -p "$tmp/tree/a"
cp samples/gartnergaarden.yaml "$tmp/tree/a/p.yaml"
ln -s ../.. "$tmp/tree/a/loop"
ln -s a/p.yaml "$tmp/tree/link.yaml"
"$skema" batch -f jsonl "$tmp/tree" >"$tmp/nofollow" 2>&1
[ "$(grep -c '^{"path"' "$tmp/nofollow")" -eq 1 ] || fail "links were followed without --follow"
timeout 20 "$skema" batch --follow -f jsonl "$tmp/tree" >"$tmp/follow" 2>&1
[ $? -ne 124 ] || fail "--follow hangs on a loop of links"
# the link leads to the file already checked: a file is checked once,
# however many paths lead to it
[ "$(grep -c '^{"path"' "$tmp/follow")" -eq 1 ] || fail "--follow: the file and its link not checked once"

# a directory with no YAML: no rows, totals of zero, exit 0
mkdir "$tmp/empty"
touch "$tmp/empty/notes.txt"
"$skema" batch -f jsonl "$tmp/empty" >"$tmp/none"
[ $? -eq 0 ] || fail "an empty directory does not exit 0"
grep -q '"projects": 0' "$tmp/none" || fail "an empty directory: no zero totals"

# a file gone before it is read is a row, never an abort
printf '%s\n' samples/gartnergaarden.yaml "$tmp/gone.yaml" | "$skema" batch -f jsonl - >"$tmp/gone"
[ $? -eq 1 ] || fail "a vanished file: exit status"
grep -q '"status": "unreadable"' "$tmp/gone" || fail "a vanished file: no unreadable row"
grep -q '"unreadable": 1' "$tmp/gone" || fail "a vanished file: not counted"

# --fail-on
"$skema" batch --fail-on=never samples >/dev/null; [ $? -eq 0 ] || fail "--fail-on=never"
"$skema" batch --fail-on=warning samples/rules/area-plausible.yaml >/dev/null
[ $? -eq 1 ] || fail "--fail-on=warning"
"$skema" batch samples/rules/area-plausible.yaml >/dev/null
[ $? -eq 0 ] || fail "warnings alone fail by default"

# no depth limit: a project 100 directories down is a row
deep=$tmp/deep
d=$deep
for i in $(seq 1 100); do d=$d/d; done
mkdir -p "$d" && cp samples/gartnergaarden.yaml "$d/p.yaml"
"$skema" batch -f jsonl "$deep" >"$tmp/deep.jsonl" 2>&1
[ "$(grep -c '^{"path"' "$tmp/deep.jsonl")" -eq 1 ] || fail "a project 100 levels down is not a row"
grep -q '"status": "ok"' "$tmp/deep.jsonl" || fail "the deep project is not checked"

# a directory too deep to name (its path past PATH_MAX) is a row that
# says so, never dropped
long=$tmp/long
d=$long
for i in $(seq 1 45); do d=$d/$(printf 'x%.0s' $(seq 1 100)); done
mkdir -p "$d" || fail "cannot make the long path"
"$skema" batch -f jsonl "$long" >"$tmp/long.jsonl" 2>&1
grep -q 'File name too long' "$tmp/long.jsonl" || fail "a path past PATH_MAX is dropped without a row"

# a fan of links: 22 levels of two links each to the next level (4 million
# paths, no loop); with --follow each directory is walked once
fan=$tmp/fan
mkdir -p "$fan/l0"
for i in $(seq 1 22); do
    mkdir "$fan/l$i"
    ln -s "../l$i" "$fan/l$((i - 1))/a"
    ln -s "../l$i" "$fan/l$((i - 1))/b"
done
cp samples/gartnergaarden.yaml "$fan/l22/p.yaml"
timeout 20 "$skema" batch --follow -f jsonl "$fan/l0" >"$tmp/fan.jsonl" 2>&1
[ $? -ne 124 ] || fail "--follow explodes on a fan of links"
[ "$(grep -c '^{"path"' "$tmp/fan.jsonl")" -eq 1 ] || fail "a fan of links: not one row"

# the same path given twice, or a file also under a directory given: once
"$skema" batch -f jsonl samples/gartnergaarden.yaml samples/gartnergaarden.yaml \
    samples ./samples >"$tmp/twice.jsonl"
n_samples=$(find samples -name '*.yaml' | wc -l)
[ "$(grep -c '^{"path"' "$tmp/twice.jsonl")" -eq "$n_samples" ] || fail "a path given twice is checked twice"

# a file reached through a link, given, and as a hard link: still once;
# a link into a hidden directory is a project of its own
mkdir -p "$tmp/ways/a" "$tmp/ways/b" "$tmp/ways/.hidden"
cp samples/gartnergaarden.yaml "$tmp/ways/a/p.yaml"
cp samples/gartnergaarden.yaml "$tmp/ways/.hidden/h.yaml"
ln -s ../a/p.yaml "$tmp/ways/b/0-link.yaml"
ln -s ../.hidden/h.yaml "$tmp/ways/b/h-link.yaml"
ln "$tmp/ways/a/p.yaml" "$tmp/ways/b/hard.yaml"
"$skema" batch --follow -f jsonl "$tmp/ways/a/p.yaml" "$tmp/ways" "$tmp/ways/./b" \
    >"$tmp/ways.jsonl" 2>&1
[ "$(grep -c '^{"path"' "$tmp/ways.jsonl")" -eq 2 ] || fail "one file by link, name and hard link: not once"
grep -q 'h-link.yaml' "$tmp/ways.jsonl" || fail "a link into a hidden directory is not a project"

# *.YAML, *.yml and *.Yml are projects; *.yaml.txt is not
mkdir "$tmp/case"
for n in a.YAML b.yml c.Yml d.yaml; do cp samples/gartnergaarden.yaml "$tmp/case/$n"; done
cp samples/gartnergaarden.yaml "$tmp/case/e.yaml.txt"
"$skema" batch -f jsonl "$tmp/case" >"$tmp/case.jsonl"
[ "$(grep -c '^{"path"' "$tmp/case.jsonl")" -eq 4 ] || fail "*.YAML/*.yml not each a row"

# a dangling link: given, or found with --follow under a YAML name, is a
# row that says it is a dangling link; under another name it is no project
mkdir "$tmp/dangle"
ln -s nowhere.yaml "$tmp/dangle/gone.yaml"
ln -s nowhere.txt "$tmp/dangle/notes.txt"
"$skema" batch --follow -f jsonl "$tmp/dangle" >"$tmp/dangle.jsonl"
[ "$(grep -c '^{"path"' "$tmp/dangle.jsonl")" -eq 1 ] || fail "dangling links: not one row"
grep -q 'dangling symbolic link to .nowhere.yaml' "$tmp/dangle.jsonl" || fail "a dangling link is not said as such"
"$skema" batch -f jsonl "$tmp/dangle/gone.yaml" | grep -q 'dangling symbolic link' ||
    fail "a dangling link given is not said as such"

# a directory that cannot be opened is a row, not silence
if [ "$(id -u)" -ne 0 ]; then
    mkdir -p "$tmp/closed/x" && chmod 000 "$tmp/closed/x"
    "$skema" batch -f jsonl "$tmp/closed" >"$tmp/closed.jsonl"
    chmod 755 "$tmp/closed/x"
    grep -q 'cannot open the directory' "$tmp/closed.jsonl" || fail "an unreadable directory is dropped"
fi

# -j: a named maximum, refused above it
"$skema" batch -j 257 samples >/dev/null 2>&1; [ $? -eq 2 ] || fail "-j 257 is not refused"
"$skema" batch -j 256 -f jsonl samples >"$tmp/j256" || true
[ "$(grep -c '^{"path"' "$tmp/j256")" -eq "$n_samples" ] || fail "-j 256 does not check every file"

# the text table is for a person: every column starts where its header
# does, counted in characters as a terminal shows them (æ, ø, ≥ are one)
"$skema" batch samples tests/bad >"$tmp/table.txt"
/usr/bin/python3 - "$tmp/table.txt" <<'PY' || fail "the text table's columns are not aligned"
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
head = lines[0]
# the left-aligned columns: each cell begins exactly under its header
left = ["Sagsnr.", "Navn", "Kommune", "Boligtype", "Skema", "Status"]
starts = [head.index("  " + h + " ") + 2 for h in left]
bad = 0
for row in lines[1:]:
    if not row or row.startswith(tuple("0123456789")):
        continue
    for s in starts:
        if row[s - 2:s] != "  " or row[s] == " ":
            bad += 1
            print("not aligned at", s, repr(row[:120]))
sys.exit(1 if bad else 0)
PY
grep -q '≥ 576.863' "$tmp/table.txt" || fail "the room under an open cap is not written ≥"
grep -q 'advarsel: 12:26: .*\[area-plausible\]' "$tmp/table.txt" ||
    fail "a project with warnings only does not show its first warning"
grep -q '^[0-9]* projekter: ' "$tmp/table.txt" || fail "no Danish totals line"
grep -q ' $' "$tmp/table.txt" && fail "a line of the table ends in blanks"

# -o writes the summary to a file, stdout stays empty
"$skema" batch -f csv -o "$tmp/out.csv" samples >"$tmp/o.stdout" 2>/dev/null
[ -s "$tmp/o.stdout" ] && fail "batch -o wrote to stdout"
head -1 "$tmp/out.csv" | grep -q '^path,.*,total_ore,total_kr,' || fail "batch -o: no CSV header in the file"

[ "$fails" -eq 0 ] && echo "batch: all checks passed ($n files)"
[ "$fails" -eq 0 ]
