#!/bin/sh
# The README's examples are tests, so the documentation cannot drift:
#   demo    the text block after "<!-- demo" is exactly what
#           `skema check samples/gartnergaarden.yaml` prints;
#   format  the skema/1 example loads and checks without errors.
#
#   tests/readme.sh SKEMA SOURCE_ROOT demo|format
set -u
skema=$1 root=$2 what=$3
case $skema in /*) ;; *) skema=$(pwd)/$skema ;; esac
cd "$root" || exit 99
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT

case $what in
demo)
    awk '/^<!-- demo/ { on = 1; next } on && /^```text$/ { take = 1; next }
         take && /^```$/ { exit } take { print }' README.md >"$tmp/readme"
    "$skema" check samples/gartnergaarden.yaml >"$tmp/actual"
    if ! cmp -s "$tmp/readme" "$tmp/actual"; then
        echo "README.md's demo block differs from the program's output:" >&2
        diff -u "$tmp/readme" "$tmp/actual"
        exit 1
    fi
    [ -s "$tmp/actual" ] || { echo "empty demo output" >&2; exit 1; }
    ;;
format)
    awk '/^```yaml$/ { n++; if (n == 2) { take = 1; next } }
         take && /^```$/ { exit } take { print }' README.md >"$tmp/example.yaml"
    grep -q '^format: skema/1' "$tmp/example.yaml" || {
        echo "no skema/1 example found in README.md" >&2; exit 1; }
    "$skema" check "$tmp/example.yaml" >"$tmp/out"
    rc=$?
    if [ "$rc" -ne 0 ]; then
        echo "README.md's skema/1 example does not check cleanly (exit $rc):" >&2
        cat "$tmp/out"
        exit 1
    fi
    ;;
*)
    echo "readme.sh: demo or format" >&2
    exit 99
    ;;
esac
