#!/bin/sh
# skema batch: the same summary whatever the number of workers, paths
# from stdin (newline or NUL separated), links not followed unless asked,
# a loop of links walked once, a directory with no YAML, and a file that is
# gone by the time it is read.
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
[ "$(grep -c '^{"path"' "$tmp/follow")" -eq 2 ] || fail "--follow: not the file and the link once each"

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

[ "$fails" -eq 0 ] && echo "batch: all checks passed ($n files)"
[ "$fails" -eq 0 ]
