#!/usr/bin/env bash
# The skema benchmark in one command (bench/README.md):
#
#   bench/run.sh [N...]          default: 1000 100000
#
# For each N: generate N synthetic projects (bench/gen.py, reused when the
# same N, seed and generator are already there), warm the page cache, then
# time each of
#   parse-only        libyaml's parser over every file, no checks (baseline)
#   batch -j1         skema batch -j1 --format csv DIR
#   batch -j2         skema batch -j2 --format csv DIR
#   peer              /usr/bin/python3 bench/peer.py (PyYAML CSafeLoader +
#                     jsonschema), on at most PEER_MAX files
# best of RUNS wall times, peak RSS from /usr/bin/time; and once the wall
# time of `skema check samples/gartnergaarden.yaml` (best of 20). Writes
# bench/RESULTS.md with the machine, the date, the table and the targets.
#
# Settings (environment):
#   SEED=1          generator seed
#   RUNS=3          timed runs per command (the best is kept)
#   SMALL_RUNS=10   the same for N under 10,000, where a run takes milliseconds
#   PEER_MAX=5000   the peer runs on the first PEER_MAX files when N is larger
#   BATCH=auto      auto | yes | no: use `skema batch`, or fall back to a
#                   loop of `skema check` (rows marked "batch not available")
#   FALLBACK_MAX=2000  files the fallback loop runs on when N is larger
#   BUILD=build     the meson build directory; SKEMA=$BUILD/skema
#   NO_BUILD=1      do not run meson compile
#   BENCH_WORK=${TMPDIR:-/tmp}/skema-bench   where data and outputs go
#   OUT=bench/RESULTS.md
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
BUILD=${BUILD:-$ROOT/build}
SKEMA=${SKEMA:-$BUILD/skema}
SEED=${SEED:-1}
RUNS=${RUNS:-3}
SMALL_RUNS=${SMALL_RUNS:-10}
PEER_MAX=${PEER_MAX:-5000}
BATCH=${BATCH:-auto}
FALLBACK_MAX=${FALLBACK_MAX:-2000}
WORK=${BENCH_WORK:-${TMPDIR:-/tmp}/skema-bench}
OUT=${OUT:-$ROOT/bench/RESULTS.md}
PY=/usr/bin/python3
CHECK_RUNS=20

if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(1000 100000); fi
for n in "${sizes[@]}"; do
    case $n in '' | *[!0-9]*) echo "run.sh: not a number of projects: $n" >&2; exit 2 ;; esac
    [ "$n" -gt 0 ] || { echo "run.sh: N must be at least 1" >&2; exit 2; }
done
mkdir -p "$WORK"
say() { printf '%s\n' "$*" >&2; }

# ---- tools ----------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
    if [ "$(id -u)" = 0 ]; then
        say "installing the Debian package time (for /usr/bin/time)"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
    else
        say "run.sh needs /usr/bin/time: sudo apt-get install time"; exit 2
    fi
fi
[ -x "$PY" ] || { say "run.sh needs $PY (Debian python3)"; exit 2; }
"$PY" -c 'import yaml, jsonschema; yaml.CSafeLoader' 2>/dev/null ||
    { say "run.sh needs python3-yaml (with libyaml) and python3-jsonschema: apt-get install python3-yaml python3-jsonschema"; exit 2; }

if [ "${NO_BUILD:-0}" != 1 ]; then
    if [ ! -f "$BUILD/build.ninja" ]; then
        say "meson setup $BUILD"
        meson setup "$BUILD" >/dev/null
    fi
    say "meson compile -C $BUILD"
    meson compile -C "$BUILD" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 2; }
fi
[ -x "$SKEMA" ] || { say "run.sh: no $SKEMA"; exit 2; }

# parse-only: the meson target once the top-level meson.build has
# subdir('bench'); until then compiled here with the project's flags.
PARSE_ONLY=$BUILD/bench/parse-only
if [ ! -x "$PARSE_ONLY" ] || [ "$PARSE_ONLY" -ot bench/parse-only.c ]; then
    PARSE_ONLY=$WORK/parse-only
    if [ ! -x "$PARSE_ONLY" ] || [ "$PARSE_ONLY" -ot bench/parse-only.c ]; then
        say "cc bench/parse-only.c -> $PARSE_ONLY"
        # shellcheck disable=SC2046  # pkg-config's words are meant to split
        ${CC:-cc} -std=c11 -O2 -g -Wall -Wextra -Wpedantic -Werror -Wconversion \
            -Wno-sign-conversion -Wwrite-strings -Wcast-align -Wshadow \
            -Wstrict-prototypes -Wmissing-prototypes -Wundef -Wvla -Wformat=2 \
            -Wimplicit-fallthrough -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
            -D_FILE_OFFSET_BITS=64 $(pkg-config --cflags yaml-0.1) \
            bench/parse-only.c -o "$PARSE_ONLY" $(pkg-config --libs yaml-0.1)
    fi
fi

case $BATCH in
    auto) if "$SKEMA" batch --help >/dev/null 2>&1; then BATCH=yes; else BATCH=no; fi ;;
    yes | no) ;;
    *) say "run.sh: BATCH must be auto, yes or no"; exit 2 ;;
esac
say "skema batch: $([ "$BATCH" = yes ] && echo available || echo 'not available, timing a loop of skema check instead')"

# ---- measuring ------------------------------------------------------------
RESULTS=$WORK/results.tsv
printf 'n\trun\tfiles\twall_us\trss_kb\tnote\tcommand\n' >"$RESULTS"
LOADAVG=$(cut -d' ' -f1-3 /proc/loadavg)

usecs() { local t=${1//[.,]/}; echo $((10#$t)); }

# measure SIZE NAME FILES NOTE OK_CODES OUTFILE CMD...: best wall of RUNS
# runs, the largest peak RSS; stdout of the last run kept in OUTFILE.
measure() {
    local size=$1 name=$2 files=$3 note=$4 ok=$5 outfile=$6
    shift 6
    local best=0 rss=0 r t0 t1 us m rc runs=$RUNS
    if [ "$size" -lt 10000 ] && [ "$SMALL_RUNS" -gt "$RUNS" ]; then runs=$SMALL_RUNS; fi
    for ((r = 1; r <= runs; r++)); do
        t0=$EPOCHREALTIME
        rc=0
        /usr/bin/time -f '%M' -o "$WORK/time.txt" "$@" >"$outfile" 2>"$WORK/stderr.txt" || rc=$?
        t1=$EPOCHREALTIME
        case " $ok " in *" $rc "*) ;; *)
            say "run.sh: $name failed with exit $rc:"; say "  $*"; head -n 20 "$WORK/stderr.txt" >&2; exit 1 ;;
        esac
        us=$(($(usecs "$t1") - $(usecs "$t0")))
        m=$(tail -n 1 "$WORK/time.txt")
        if [ "$best" -eq 0 ] || [ "$us" -lt "$best" ]; then best=$us; fi
        if [ "$m" -gt "$rss" ]; then rss=$m; fi
    done
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$name" "$files" "$best" "$rss" "$note" "$*" >>"$RESULTS"
    say "$(printf '  %-10s %7d files %9.3f s  %7.1f MiB  %s' "$name" "$files" \
        "$(echo "$best" | awk '{print $1/1e6}')" "$(echo "$rss" | awk '{print $1/1024}')" "$note")"
}

GEN_HASH=$(sha256sum bench/gen.py | cut -c1-16)
for n in "${sizes[@]}"; do
    dir=$WORK/data-$n-s$SEED
    stamp="gen.py $GEN_HASH n $n seed $SEED"
    if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
        rm -rf "$dir"
        say "generating $n projects into $dir"
        "$PY" bench/gen.py "$n" "$dir" --seed "$SEED" >/dev/null
        echo "$stamp" >"$dir/.stamp"
        sync  # no writeback of the new files during the timed runs
    else
        say "reusing $dir"
    fi
    list=$WORK/list-$n-s$SEED.txt
    find "$dir" -name '*.yaml' | LC_ALL=C sort >"$list"
    files=$(wc -l <"$list")
    # warm the page cache: every file read once
    xargs -d '\n' cat <"$list" >/dev/null

    say "N = $n"
    measure "$n" parse-only "$files" "" "0" "$WORK/parse-$n.txt" "$PARSE_ONLY" "$dir"
    if [ "$BATCH" = yes ]; then
        for j in 1 2; do
            measure "$n" "batch -j$j" "$files" "" "0 1" "$WORK/batch-j$j-$n.csv" \
                "$SKEMA" batch -j$j --format csv "$dir"
        done
    else
        loopn=$((files < FALLBACK_MAX ? files : FALLBACK_MAX))
        head -n "$loopn" "$list" >"$WORK/loop-list-$n.txt"
        note="batch not available: a loop of skema check --format csv"
        [ "$loopn" -lt "$files" ] && note="$note, on the first $loopn files"
        for j in 1 2; do
            measure "$n" "batch -j$j" "$loopn" "$note" "0 123" "$WORK/batch-j$j-$n.csv" \
                xargs -d '\n' -n 1 -P $j -a "$WORK/loop-list-$n.txt" "$SKEMA" check --format csv
        done
    fi
    peern=$((files < PEER_MAX ? files : PEER_MAX))
    note=""
    [ "$peern" -lt "$files" ] && note="on the first $peern files (PEER_MAX); compared per file"
    head -n "$peern" "$list" >"$WORK/peer-list-$n.txt"
    measure "$n" peer "$peern" "$note" "0" "$WORK/peer-$n.txt" \
        "$PY" bench/peer.py --from "$WORK/peer-list-$n.txt"

    # what the runs found, against what the generator planted
    {
        printf 'parse-only: %s\n' "$(cat "$WORK/parse-$n.txt")"
        printf 'peer: %s\n' "$(cat "$WORK/peer-$n.txt")"
        if [ "$BATCH" = yes ]; then
            if cmp -s "$WORK/batch-j1-$n.csv" "$WORK/batch-j2-$n.csv"; then
                echo "batch: -j1 and -j2 output identical"
            else
                echo "batch: -j1 and -j2 output DIFFER"
            fi
            "$PY" - "$WORK/batch-j1-$n.csv" "$dir" <<'EOF'
import collections, csv, os, sys
rows, root = sys.argv[1], sys.argv[2]
planted = {}
with open(os.path.join(root, "MANIFEST.tsv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        _, path, kind = line.rstrip("\n").split("\t")
        planted[os.path.join(root, path)] = kind
status = collections.Counter()
caught = missed = false_alarm = 0
with open(rows, encoding="utf-8", newline="") as f:
    for r in csv.DictReader(f):
        status[r["status"]] += 1
        bad = r["status"] in ("errors", "unreadable")
        kind = planted.get(r["path"], "-")
        if kind != "-":
            caught += bad
            missed += not bad
        elif bad:
            false_alarm += 1
n = sum(status.values())
print(f"batch: {n} rows: {status['ok']} ok, {status['warnings']} with warnings, "
      f"{status['errors']} with errors, {status['unreadable']} unreadable; "
      f"planted defects {caught + missed}: {caught} caught, {missed} missed; "
      f"clean files reported with errors: {false_alarm}")
EOF
        fi
    } >"$WORK/found-$n.txt"
    sed 's/^/  /' "$WORK/found-$n.txt" >&2
done

# skema check on the reference case: best of CHECK_RUNS wall times
best=0
for ((r = 1; r <= CHECK_RUNS; r++)); do
    t0=$EPOCHREALTIME
    "$SKEMA" check samples/gartnergaarden.yaml >/dev/null
    t1=$EPOCHREALTIME
    us=$(($(usecs "$t1") - $(usecs "$t0")))
    if [ "$best" -eq 0 ] || [ "$us" -lt "$best" ]; then best=$us; fi
done
/usr/bin/time -f '%M' -o "$WORK/time.txt" "$SKEMA" check samples/gartnergaarden.yaml >/dev/null
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' 1 check 1 "$best" "$(tail -n 1 "$WORK/time.txt")" \
    "best of $CHECK_RUNS" "$SKEMA check samples/gartnergaarden.yaml" >>"$RESULTS"
say "skema check samples/gartnergaarden.yaml: $(echo "$best" | awk '{printf "%.2f", $1/1000}') ms (best of $CHECK_RUNS)"

# the peer's fixed cost: start Python, import yaml and jsonschema, compile
# the schema, on no files (best of RUNS)
best=0
for ((r = 1; r <= RUNS; r++)); do
    t0=$EPOCHREALTIME
    "$PY" bench/peer.py --from /dev/null >/dev/null
    t1=$EPOCHREALTIME
    us=$(($(usecs "$t1") - $(usecs "$t0")))
    if [ "$best" -eq 0 ] || [ "$us" -lt "$best" ]; then best=$us; fi
done
peer_startup=$(echo "$best" | awk '{printf "%.3f", $1/1e6}')
say "peer startup (no files): $peer_startup s"

# ---- the machine, and RESULTS.md -------------------------------------------
META=$WORK/meta.txt
{
    echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "nproc=$(nproc)"
    echo "cpu=$(grep -m1 '^model name' /proc/cpuinfo | sed 's/^[^:]*: *//')"
    echo "mem=$(awk '/^MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
    # shellcheck disable=SC1091
    echo "os=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"), Linux $(uname -r)"
    echo "cc=$(${CC:-cc} --version | head -n 1)"
    echo "libyaml=$(pkg-config --modversion yaml-0.1 2>/dev/null || echo '?')"
    echo "python=$("$PY" -c 'import sys, yaml, importlib.metadata as m
print("Python", sys.version.split()[0] + ", PyYAML", yaml.__version__, "(with libyaml)" if yaml.__with_libyaml__ else "(without libyaml)", end=", ")
print("jsonschema", m.version("jsonschema"))')"
    echo "peer_startup=$peer_startup"
    echo "buildtype=$("$PY" -c 'import json, sys; o = {x["name"]: x["value"] for x in json.load(open(sys.argv[1]))}; print(o["buildtype"], "b_ndebug=" + str(o["b_ndebug"]))' "$BUILD/meson-info/intro-buildoptions.json" 2>/dev/null || echo '?')"
    echo "commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src include meson.build 2>/dev/null || echo ' (with uncommitted changes in src/)')"
    echo "batch=$BATCH"
    echo "seed=$SEED"
    echo "runs=$RUNS"
    echo "small_runs=$SMALL_RUNS"
    echo "loadavg=$LOADAVG"
    echo "peer_max=$PEER_MAX"
    echo "work=$WORK"
    echo "parse_only=$PARSE_ONLY"
} >"$META"

"$PY" - "$RESULTS" "$META" "$OUT" "$WORK" "${sizes[@]}" <<'EOF'
import os, sys
results, meta_path, out, work = sys.argv[1:5]
sizes = [int(s) for s in sys.argv[5:]]
meta = dict(line.rstrip("\n").split("=", 1) for line in open(meta_path, encoding="utf-8"))
rows = {}
with open(results, encoding="utf-8") as f:
    next(f)
    for line in f:
        n, run, files, us, kb, note, cmd = line.rstrip("\n").split("\t")
        rows[(int(n), run)] = dict(files=int(files), s=int(us) / 1e6, mib=int(kb) / 1024, note=note, cmd=cmd)

def per_file(r):
    return r["s"] / r["files"]

def rate(r):
    return r["files"] / r["s"]

def num(x, d=0):
    return f"{x:,.{d}f}".replace(",", " ")

batch_ok = meta["batch"] == "yes"
L = []
L.append("# skema benchmark results")
L.append("")
L.append(f"Written by `bench/run.sh {' '.join(map(str, sizes))}` on {meta['date']}.")
L.append("")
L.append("## Machine")
L.append("")
L.append(f"- CPU: {meta['cpu']}, `nproc` = {meta['nproc']}")
L.append(f"- Memory: {meta['mem']}; load average before the runs: {meta['loadavg']}")
L.append(f"- OS: {meta['os']}")
L.append(f"- Compiler: {meta['cc']}; libyaml {meta['libyaml']}; meson buildtype {meta['buildtype']}")
L.append(f"- Peer: /usr/bin/python3: {meta['python']}")
L.append(f"- skema at commit {meta['commit']}")
L.append("")
L.append("## Method")
L.append("")
L.append(f"- Data: `bench/gen.py N DIR --seed {meta['seed']}`: synthetic skema/1 projects (all stages, "
         "familie/aeldre/ungdom/blandet, kommuner of every zone), 10 % with exactly one defect each, "
         "cycling through eight kinds. The page cache is warmed before timing.")
L.append(f"- Wall time: the best of {meta['runs']} runs ({max(int(meta['runs']), int(meta['small_runs']))} for N under 10,000, "
         "where one run takes milliseconds and a VM's noise is as large) (bash `$EPOCHREALTIME` around the command); "
         "peak RSS: the largest of those runs' maximum resident set size (`/usr/bin/time -f %M`).")
L.append("- `parse-only` (bench/parse-only.c): reads each file and runs libyaml's event parser over it, "
         "no checks: the floor for any YAML validator. It walks DIR the way `skema batch` does.")
L.append("- `batch -jN`: `skema batch -jN --format csv DIR`, output to a file." if batch_ok else
         "- `batch -jN`: **batch not available**: `xargs -P N skema check --format csv` over the files, one process per file.")
L.append("- `peer`: `/usr/bin/python3 bench/peer.py --from LIST`: PyYAML's CSafeLoader, dates as ISO "
         "strings, jsonschema's Draft202012Validator against schemas/skema-projekt.schema.json (compiled once). "
         "It checks far less than skema (no sums, caps, financing, date order, duplicate keys). "
         f"Its fixed cost (start Python, import, compile the schema; no files) is {meta['peer_startup']} s, "
         "included in its wall time. "
         f"Where N is larger than {meta['peer_max']} it runs on the first {meta['peer_max']} files "
         "(the same mix: defects are spread evenly and each file is drawn on its own) and is compared per file.")
L.append("- × baseline: time per file divided by parse-only's time per file at the same N "
         "(the same as the ratio of wall times when both ran on the same files).")
L.append("")
L.append("## Runs")
L.append("")
L.append("| N | run | files | wall s | files/s | × baseline | peak RSS MiB | note |")
L.append("|---:|---|---:|---:|---:|---:|---:|---|")
for n in sizes:
    base = rows[(n, "parse-only")]
    for run in ("parse-only", "batch -j1", "batch -j2", "peer"):
        r = rows.get((n, run))
        if not r:
            continue
        L.append(f"| {num(n)} | {run} | {num(r['files'])} | {r['s']:.3f} | {num(rate(r))} | "
                 f"{per_file(r) / per_file(base):.2f} | {r['mib']:.1f} | {r['note']} |")
chk = rows[(1, "check")]
L.append("")
L.append(f"`skema check samples/gartnergaarden.yaml`: {chk['s'] * 1000:.2f} ms wall ({chk['note']}), "
         f"peak RSS {chk['mib']:.1f} MiB.")
L.append("")
L.append("What the runs found (the last timed run of each):")
L.append("")
for n in sizes:
    L.append(f"- N = {num(n)}:")
    for line in open(os.path.join(work, f"found-{n}.txt"), encoding="utf-8"):
        L.append(f"  - {line.rstrip()}")
L.append("")

# ---- targets
L.append("## Targets")
L.append("")
L.append("| target | measured | result |")
L.append("|---|---|---|")
na = "" if batch_ok else " (batch not available)"

def verdict(ok):
    return ("PASS" if ok else "FAIL") + na

for n in sizes:
    b, j1 = rows[(n, "parse-only")], rows[(n, "batch -j1")]
    x = per_file(j1) / per_file(b)
    L.append(f"| `-j1` within 1.5× of parse-only, N = {num(n)} | {x:.2f}× | {verdict(x <= 1.5)} |")
for n in sizes:
    j1, j2 = rows[(n, "batch -j1")], rows[(n, "batch -j2")]
    x = per_file(j1) / per_file(j2)
    L.append(f"| `-j2` at least 1.7× faster than `-j1`, N = {num(n)} | {x:.2f}× | {verdict(x >= 1.7)} |")
for n in sizes:
    j1, j2, p = rows[(n, "batch -j1")], rows[(n, "batch -j2")], rows[(n, "peer")]
    x1, x2 = per_file(p) / per_file(j1), per_file(p) / per_file(j2)
    how = "per file, " if p["files"] != j1["files"] else ""
    L.append(f"| at least 30× faster than the Python peer, N = {num(n)} | `-j2` {x2:.1f}× ({how}`skema batch`'s "
             f"default, all CPUs, against the script as an analyst runs it); per core `-j1` {x1:.1f}× | "
             f"{verdict(x2 >= 30)} (judged on the default; {verdict(x1 >= 30)} per core) |")
big = [n for n in sizes if n >= 100000]
if big:
    n = max(big)
    j2 = rows[(n, "batch -j2")]
    t = per_file(j2) * 100000
    scaled = "" if n == 100000 and j2["files"] == 100000 else f" (scaled from {num(j2['files'])} files)"
    L.append(f"| 100,000 projects in under 10 s | `-j2` {t:.2f} s{scaled}; `-j1` "
             f"{per_file(rows[(n, 'batch -j1')]) * 100000:.2f} s | {verdict(t < 10)} |")
    rss = max(rows[(n, "batch -j1")]["mib"], rows[(n, "batch -j2")]["mib"])
    L.append(f"| peak RSS under 32 MiB at {num(n)} projects | {rss:.1f} MiB (largest of `-j1`, `-j2`) | {verdict(rss < 32)} |")
else:
    L.append("| 100,000 projects in under 10 s | not measured (no run with N ≥ 100,000) | – |")
    L.append("| peak RSS under 32 MiB at 100,000 projects | not measured | – |")
if len(sizes) >= 2 and min(sizes) != max(sizes):
    lo, hi = min(sizes), max(sizes)
    parts, ok = [], True
    for j in ("batch -j1", "batch -j2"):
        a, b = rows[(lo, j)]["mib"], rows[(hi, j)]["mib"]
        parts.append(f"`{j[6:]}` {a:.1f} → {b:.1f} MiB")
        ok = ok and b <= max(a * 1.25, a + 1.0)
    L.append(f"| peak RSS flat from {num(lo)} to {num(hi)} (at most +25 % or +1 MiB) | {'; '.join(parts)} | {verdict(ok)} |")
else:
    L.append("| peak RSS flat from 1,000 to 100,000 | not measured (needs two sizes) | – |")
ms = chk["s"] * 1000
L.append(f"| `skema check samples/gartnergaarden.yaml` under 5 ms wall | {ms:.2f} ms | {'PASS' if ms < 5 else 'FAIL'} |")
L.append("")
notes = os.path.join(os.path.dirname(out), "profile-notes.md")
if os.path.exists(notes):
    L.extend(open(notes, encoding="utf-8").read().rstrip("\n").split("\n"))
    L.append("")
L.append("## Commands")
L.append("")
L.append("```sh")
for n in sizes:
    for run in ("parse-only", "batch -j1", "batch -j2", "peer"):
        if (n, run) in rows:
            L.append(rows[(n, run)]["cmd"])
L.append(chk["cmd"])
L.append("```")
L.append("")
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(L))
EOF
say "wrote $OUT"
