#!/bin/sh
# Output safety: a report file is written whole or not at all, never over
# an input, and a write error anywhere is an error (exit 2) with a message.
#
#   tests/output.sh SKEMA SOURCE_ROOT
set -u
skema=$1 root=$2
case $skema in /*) ;; *) skema=$(pwd)/$skema ;; esac
cd "$root" || exit 99
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
sample=samples/gartnergaarden.yaml
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# -o writes exactly what stdout would have shown, and nothing to stdout
"$skema" check --format=md "$sample" >"$tmp/stdout.md"
"$skema" check --format=md -o "$tmp/report.md" "$sample" >"$tmp/empty" 2>"$tmp/err"
[ $? -eq 0 ] || fail "-o: exit status"
cmp -s "$tmp/stdout.md" "$tmp/report.md" || fail "-o: file differs from stdout"
[ -s "$tmp/empty" ] && fail "-o: something went to stdout"
ls -A "$tmp" | grep -q '^\.report' && fail "-o: a temporary file was left"

# -o never replaces an input
cp "$sample" "$tmp/input.yaml"
"$skema" check -o "$tmp/input.yaml" "$tmp/input.yaml" >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] || fail "-o over the input: exit status"
cmp -s "$sample" "$tmp/input.yaml" || fail "-o over the input: input changed"
grep -q "is an input" "$tmp/err" || fail "-o over the input: no message"

# -o into a directory that does not exist
"$skema" check -o "$tmp/no/such/dir/r.txt" "$sample" >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] || fail "-o into a missing directory: exit status"
grep -q "cannot write" "$tmp/err" || fail "-o into a missing directory: no message"

# a write that fails part-way (the file-size limit) leaves the old report
printf 'the old report\n' >"$tmp/old.txt"
(ulimit -f 1; exec "$skema" check --format=md -o "$tmp/old.txt" "$sample") \
    >/dev/null 2>&1
[ "$(cat "$tmp/old.txt")" = "the old report" ] || fail "a failed write changed the old report"

# a write error on stdout is noticed; /dev/full is on every Linux, so a
# machine without it fails here rather than passing untested
if [ -c /dev/full ] && [ -w /dev/full ]; then
    "$skema" check "$sample" >/dev/full 2>"$tmp/err"
    [ $? -eq 2 ] || fail "stdout /dev/full: exit status"
    grep -q "writing the output failed" "$tmp/err" || fail "stdout /dev/full: no message"
    "$skema" check -o /dev/full "$sample" >/dev/null 2>"$tmp/err"
    [ $? -eq 2 ] || fail "-o /dev/full: exit status"
else
    fail "/dev/full is missing or not writable: the write-error checks cannot run"
fi

# colour only on a terminal, and never with NO_COLOR
esc=$(printf '\033')
# script(1) gives skema a terminal; `make deps` installs it (bsdutils), so
# its absence fails the test instead of skipping the terminal half
if command -v script >/dev/null 2>&1; then
    script -qec "\"$skema\" check $sample" /dev/null >"$tmp/tty.txt" 2>&1
    grep -q "$esc\[" "$tmp/tty.txt" || fail "no colour on a terminal"
    NO_COLOR=1 script -qec "\"$skema\" check $sample" /dev/null >"$tmp/tty.txt" 2>&1
    grep -q "$esc\[" "$tmp/tty.txt" && fail "colour although NO_COLOR is set"
else
    fail "script(1) is missing (Debian: bsdutils, make deps): colour on a terminal untested"
fi
"$skema" check "$sample" >"$tmp/pipe.txt"
grep -q "$esc" "$tmp/pipe.txt" && fail "colour in a pipe"

[ "$fails" -eq 0 ] && echo "output safety: all checks passed"
[ "$fails" -eq 0 ]
