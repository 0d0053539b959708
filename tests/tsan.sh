#!/bin/sh
# batch's workers under ThreadSanitizer (make tsan): more files than the
# window of rows waiting their turn (SKEMA_BATCH_WINDOW, 256), so that the
# window fills and the main thread waits for the workers; readable,
# broken and unreadable files, and paths the walk cannot check (a
# dangling link) mixed.  Any race report ends skema with exit 66; the
# rows must be the same bytes with 1, 2, 8 and 64 workers.
#
#   tests/tsan.sh SKEMA   (run from the source root)
set -u
skema=$1
case $skema in /*) ;; *) skema=$(pwd)/$skema ;; esac
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export TSAN_OPTIONS="halt_on_error=1:exitcode=66${TSAN_OPTIONS:+:$TSAN_OPTIONS}"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

n=0
for round in 1 2 3 4 5 6; do
    mkdir -p "$tmp/p/$round"
    for f in samples/*.yaml samples/rules/*.yaml tests/check/*.yaml tests/bad/*.yaml; do
        n=$((n + 1))
        cp "$f" "$tmp/p/$round/$n.yaml"
    done
done
ln -s nowhere.yaml "$tmp/p/1/dangling.yaml"
[ "$n" -gt 256 ] || fail "only $n files: the window does not fill"

for j in 1 2 8 64; do
    "$skema" batch --follow -j $j -f jsonl "$tmp/p" >"$tmp/j$j.jsonl" 2>"$tmp/j$j.err"
    code=$?
    [ $code -eq 66 ] && { cat "$tmp/j$j.err"; fail "-j$j: ThreadSanitizer reported"; }
    [ $code -eq 1 ] || fail "-j$j: exit status $code, not 1"
done
for j in 2 8 64; do
    cmp -s "$tmp/j1.jsonl" "$tmp/j$j.jsonl" || fail "-j$j rows differ from -j1"
done
rows=$(grep -c '^{"path"' "$tmp/j1.jsonl")
[ "$rows" -eq $((n + 1)) ] || fail "$rows rows for $((n + 1)) paths"

[ "$fails" -eq 0 ] && echo "tsan: batch over $((n + 1)) paths, -j1/2/8/64: no race, same rows"
[ "$fails" -eq 0 ]
