#!/usr/bin/env bash
# Instructions executed, counted by valgrind's callgrind: the measure of
# "did this change make skema slower" that does not depend on the load of
# the machine (bench/README.md).  Wall time on a shared 2-core VM moves by
# more than the changes being judged; instruction counts repeat to the
# last few thousand.
#
#   bench/instructions.sh [REF]
#
# Counts, for the skema built in BUILD (default build/) and, when REF (a
# commit) is given, for REF built in a temporary worktree with the same
# build type:
#   batch       skema batch -j1 --format csv over N generated projects
#               (bench/gen.py N --seed SEED), per run and per file
#   check       skema check samples/gartnergaarden.yaml (text)
#   start       skema --version: loading the program and its libraries
# and prints a Markdown table, REF against this tree.  Both programs
# read the same files; their batch output is compared (it must be the
# same bytes unless the change meant to alter it: then a note says so).
#
# Settings (environment): N=1000, SEED=1, BUILD=build,
# BENCH_WORK=${TMPDIR:-/tmp}/skema-bench (data and the REF build).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
BUILD=${BUILD:-$ROOT/build}
N=${N:-1000}
SEED=${SEED:-1}
WORK=${BENCH_WORK:-${TMPDIR:-/tmp}/skema-bench}
REF=${1:-}
say() { printf '%s\n' "$*" >&2; }

command -v valgrind >/dev/null ||
    { say "instructions.sh needs valgrind: apt-get install valgrind (make harden-deps)"; exit 2; }
mkdir -p "$WORK"

meson compile -C "$BUILD" skema >"$WORK/instr-build.log" 2>&1 ||
    { cat "$WORK/instr-build.log" >&2; exit 2; }
buildtype=$(meson introspect --buildoptions "$BUILD" |
    /usr/bin/python3 -c 'import json,sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"]=="buildtype"))')

# the same data as run.sh: made again when the generator changed
data=$WORK/data-$N-s$SEED
stamp="gen.py $(sha256sum bench/gen.py | cut -c1-16) n $N seed $SEED"
if [ ! -f "$data/.stamp" ] || [ "$(cat "$data/.stamp")" != "$stamp" ]; then
    say "generating $N projects in $data"
    rm -rf "$data"
    /usr/bin/python3 bench/gen.py "$N" "$data" --seed "$SEED" >/dev/null
    echo "$stamp" >"$data/.stamp"
fi

ref_skema=
if [ -n "$REF" ]; then
    rev=$(git rev-parse --verify "$REF^{commit}")
    tree=$WORK/ref-$rev
    if [ ! -x "$tree-build/skema" ]; then
        say "building $REF ($rev) in $tree"
        rm -rf "$tree" "$tree-build"
        git worktree add -q --detach "$tree" "$rev"
        trap 'git worktree remove --force "$tree" 2>/dev/null || true' EXIT
        (cd "$tree" && meson setup "$tree-build" --buildtype="$buildtype" >/dev/null &&
            meson compile -C "$tree-build" skema >/dev/null) ||
            { say "instructions.sh: $REF does not build"; exit 2; }
    fi
    ref_skema=$tree-build/skema
fi

# count SKEMA OUT ARGS...: the instructions of one run, its stdout in OUT
count() {
    local skema=$1 out=$2 log
    shift 2
    log=$(mktemp)
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        "$skema" "$@" >"$out" 2>"$log" || true
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$log"
    rm -f "$log"
}

declare -A ir
for who in ref this; do
    if [ "$who" = ref ]; then skema=$ref_skema; else skema=$BUILD/skema; fi
    [ -n "$skema" ] || continue
    ir[$who,batch]=$(count "$skema" "$WORK/instr-$who.csv" batch -j1 --format csv "$data")
    ir[$who,check]=$(count "$skema" /dev/null check samples/gartnergaarden.yaml)
    ir[$who,start]=$(count "$skema" /dev/null --version)
done

mega() { awk -v x="$1" 'BEGIN { printf "%.1f M", x / 1e6 }'; }
change() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.1f %%", (b - a) * 100 / a }'; }

this=$(git describe --always --dirty)
if [ -n "$REF" ]; then
    echo "| run | $REF | $this | change |"
    echo "|---|---:|---:|---:|"
else
    echo "| run | $this |"
    echo "|---|---:|"
fi
for run in batch check start; do
    case $run in
        batch) what="\`batch -j1 --format csv\`, $N files" ;;
        check) what="\`check samples/gartnergaarden.yaml\`" ;;
        start) what="\`--version\` (loading the program)" ;;
    esac
    if [ -n "$REF" ]; then
        echo "| $what | $(mega "${ir[ref,$run]}") | $(mega "${ir[this,$run]}") | $(change "${ir[ref,$run]}" "${ir[this,$run]}") |"
    else
        echo "| $what | $(mega "${ir[this,$run]}") |"
    fi
done
if [ -n "$REF" ]; then
    per() { awk -v x="$1" -v n="$N" 'BEGIN { printf "%.0f", x / n }'; }
    echo
    echo "Per file in batch: $(per "${ir[ref,batch]}") against $(per "${ir[this,batch]}") instructions."
    if cmp -s "$WORK/instr-ref.csv" "$WORK/instr-this.csv"; then
        echo "The two batch outputs are the same bytes."
    else
        echo "The two batch outputs differ (\`diff $WORK/instr-ref.csv $WORK/instr-this.csv\`): right only where a change between the two meant to alter the rows."
    fi
fi
