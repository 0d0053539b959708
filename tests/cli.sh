#!/bin/sh
# The command line: the option parser's promises, -o's promises, and the
# small ones of issue 10.
#   - usage errors name the option as written (-X in -Xf), uniformly;
#   - --max-bytes is parsed the same way by every command: a number too
#     large is refused, never saturated;
#   - check - reads the project from stdin; NO_COLOR="" keeps colour;
#   - -o over a file keeps its permission bits; -o to a symbolic link
#     writes the link's target, atomically, and the link stays; the
#     temporary file is removed when SIGINT or SIGTERM ends the program;
#   - rates-dup.yaml (a boligtype listed 400 times) never crashes rates;
#   - diff of a file with errors in its figures compares it (exit 0 for
#     the same file), as the README says; only an unloadable file is 2.
#
#   tests/cli.sh SKEMA SOURCE_ROOT PAUSE_FSYNC_SO
set -u
skema=$1 root=$2 shim=$3
case $skema in /*) ;; *) skema=$(pwd)/$skema ;; esac
case $shim in /*) ;; *) shim=$(pwd)/$shim ;; esac
cd "$root" || exit 99
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
sample=samples/gartnergaarden.yaml
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# ---- usage errors -------------------------------------------------------

"$skema" check -Xf a >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] || fail "-Xf: exit status"
grep -q "^skema check: ukendt tilvalg '-X'$" "$tmp/err" || fail "-Xf does not name -X: $(cat "$tmp/err")"
grep -q "^Se 'skema check --help'.$" "$tmp/err" || fail "-Xf: no pointer to --help"
# in the language the command line asks for, wherever --lang stands
"$skema" check -Xf a --lang=en 2>"$tmp/err"
grep -q "^skema check: unknown option '-X'$" "$tmp/err" || fail "--lang=en: $(cat "$tmp/err")"
grep -q "^Try 'skema check --help'.$" "$tmp/err" || fail "--lang=en: no pointer to --help"

for cmd in check batch diff rates keys explain; do
    "$skema" $cmd --no-such-option >/dev/null 2>"$tmp/err"
    [ $? -eq 2 ] || fail "$cmd: an unknown option is not exit 2"
    [ "$(cat "$tmp/err")" = "skema $cmd: ukendt tilvalg '--no-such-option'
Se 'skema $cmd --help'." ] || fail "$cmd: usage error not uniform: $(cat "$tmp/err")"
    "$skema" $cmd --help >/dev/null 2>&1 || fail "$cmd --help does not exit 0"
done

# bundled short options and a value attached
"$skema" check -fjson "$sample" | head -1 | grep -q '^{' || fail "-fjson not taken"
"$skema" batch -0j2 - </dev/null >/dev/null || fail "-0j2 not taken"

# --max-bytes: the same parse in every command
big=999999999999999999999999999999
for cmd in "check $sample" "batch samples" "diff $sample $sample" "rates"; do
    "$skema" $cmd --max-bytes=$big >/dev/null 2>"$tmp/err"
    [ $? -eq 2 ] || fail "$cmd --max-bytes=$big: not refused"
    grep -q "er højst" "$tmp/err" || fail "$cmd --max-bytes=$big: $(cat "$tmp/err")"
    for bad in 0 -1 +5 12k lots ''; do
        "$skema" $cmd --max-bytes="$bad" >/dev/null 2>"$tmp/err"
        [ $? -eq 2 ] || fail "$cmd --max-bytes='$bad': not refused"
    done
    "$skema" $cmd --max-bytes=100 >/dev/null 2>&1
    [ $? -ne 0 ] || [ "$cmd" = rates ] || fail "$cmd --max-bytes=100: file not refused"
done

# ---- check - ------------------------------------------------------------

"$skema" check "$sample" >"$tmp/file.txt"
"$skema" check - <"$sample" >"$tmp/stdin.txt"
[ $? -eq 0 ] || fail "check -: exit status"
sed "s|$sample|-|g" "$tmp/file.txt" | cmp -s - "$tmp/stdin.txt" || fail "check - differs from check FILE"
cat "$sample" | "$skema" check -f json - | grep -q '"file": "-"' || fail "check - from a pipe"
head -c 200 /dev/zero | "$skema" check --max-bytes=100 - >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] || fail "check - past --max-bytes: exit status"
grep -q "more than 100 bytes" "$tmp/err" || fail "check - past --max-bytes: message"

# ---- NO_COLOR -----------------------------------------------------------

esc=$(printf '\033')
command -v script >/dev/null 2>&1 || { echo "FAIL: script(1) is missing (util-linux)"; exit 1; }
NO_COLOR= script -qec "\"$skema\" check $sample" /dev/null >"$tmp/tty.txt" 2>&1
grep -q "$esc\[" "$tmp/tty.txt" || fail "NO_COLOR=\"\" turns colour off"
NO_COLOR=1 script -qec "\"$skema\" check $sample" /dev/null >"$tmp/tty.txt" 2>&1
grep -q "$esc\[" "$tmp/tty.txt" && fail "NO_COLOR=1 keeps colour"

# ---- -o keeps promises --------------------------------------------------

mode() { stat -c %a "$1"; }
printf 'old\n' >"$tmp/private.txt" && chmod 600 "$tmp/private.txt"
"$skema" check -o "$tmp/private.txt" "$sample" || fail "-o over a file: exit status"
[ "$(mode "$tmp/private.txt")" = 600 ] || fail "-o over a 0600 file left it $(mode "$tmp/private.txt")"
grep -q Gartnergården "$tmp/private.txt" || fail "-o over a file: not written"
printf 'old\n' >"$tmp/shared.txt" && chmod 664 "$tmp/shared.txt"
"$skema" check -o "$tmp/shared.txt" "$sample"
[ "$(mode "$tmp/shared.txt")" = 664 ] || fail "-o over a 0664 file left it $(mode "$tmp/shared.txt")"
(umask 027; "$skema" check -o "$tmp/new.txt" "$sample")
[ "$(mode "$tmp/new.txt")" = 640 ] || fail "-o to a new file ignores the umask: $(mode "$tmp/new.txt")"

mkdir "$tmp/reports" "$tmp/links"
printf 'old\n' >"$tmp/reports/real.txt" && chmod 640 "$tmp/reports/real.txt"
ln -s ../reports/real.txt "$tmp/links/report.txt"
"$skema" check -o "$tmp/links/report.txt" "$sample" || fail "-o to a link: exit status"
[ -L "$tmp/links/report.txt" ] || fail "-o to a link replaced the link"
grep -q Gartnergården "$tmp/reports/real.txt" || fail "-o to a link did not write its target"
[ "$(mode "$tmp/reports/real.txt")" = 640 ] || fail "-o to a link: the target's mode changed"
[ -z "$(ls -A "$tmp/links" | grep -v '^report.txt$')" ] || fail "-o to a link: a file left beside the link"
[ -z "$(ls -A "$tmp/reports" | grep -v '^real.txt$')" ] || fail "-o to a link: a temporary file left beside the target"
ln -s ../reports/none.txt "$tmp/links/dangling.txt"
"$skema" check -o "$tmp/links/dangling.txt" "$sample" || fail "-o to a dangling link: exit status"
[ -f "$tmp/reports/none.txt" ] && [ -L "$tmp/links/dangling.txt" ] || fail "-o to a dangling link: target not made"
ln -s loop1 "$tmp/links/loop2" && ln -s loop2 "$tmp/links/loop1"
"$skema" check -o "$tmp/links/loop1" "$sample" >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] || fail "-o to a loop of links: exit status"
cp "$sample" "$tmp/input.yaml" && ln -s input.yaml "$tmp/in-link.yaml"
"$skema" check -o "$tmp/in-link.yaml" "$tmp/input.yaml" >/dev/null 2>&1
[ $? -eq 2 ] || fail "-o through a link to the input: not refused"
cmp -s "$sample" "$tmp/input.yaml" || fail "-o through a link to the input: input changed"

# a signal while the temporary file is open removes it and leaves the old
# report; the program dies of the signal
for sig in INT TERM; do
    case $sig in INT) signo=2 ;; TERM) signo=15 ;; esac
    mkdir "$tmp/sig$sig"
    printf 'the old report\n' >"$tmp/sig$sig/r.txt"
    ASAN_OPTIONS=verify_asan_link_order=0 LD_PRELOAD=$shim \
        "$skema" check -o "$tmp/sig$sig/r.txt" "$sample" &
    pid=$!
    for i in $(seq 1 100); do
        ls -A "$tmp/sig$sig" | grep -q '^\.r\.txt\.' && break
        sleep 0.05
    done
    ls -A "$tmp/sig$sig" | grep -q '^\.r\.txt\.' || fail "SIG$sig: no temporary file to catch"
    kill -$sig $pid
    wait $pid
    code=$?
    [ $code -eq $((128 + signo)) ] || fail "SIG$sig: exit status $code, not death by the signal"
    [ "$(ls -A "$tmp/sig$sig")" = r.txt ] || fail "SIG$sig: left $(ls -A "$tmp/sig$sig" | tr '\n' ' ')"
    [ "$(cat "$tmp/sig$sig/r.txt")" = "the old report" ] || fail "SIG$sig: the old report changed"
done

# ---- rates-dup: no fixed buffer to overflow -----------------------------

"$skema" rates --no-default-rates --rates tests/adversarial/rates-dup.yaml >"$tmp/dup" 2>&1
code=$?
[ $code -lt 128 ] || fail "rates-dup.yaml: killed by signal $((code - 128))"
[ $code -eq 0 ] && { grep -q 'familie,familie' "$tmp/dup" || fail "rates-dup.yaml: row cut"; }

# ---- diff of a file with errors in its figures --------------------------

"$skema" diff tests/adversarial/sumerr.yaml tests/adversarial/sumerr.yaml >/dev/null 2>&1
[ $? -eq 0 ] || fail "diff of a file with data errors against itself: not 0 (README)"
"$skema" diff tests/adversarial/sumerr.yaml "$sample" >/dev/null 2>&1
[ $? -eq 1 ] || fail "diff of a file with data errors against another: not 1 (README)"
"$skema" diff tests/bad/value-amount-thousands-dots.yaml "$sample" >/dev/null 2>&1
[ $? -eq 2 ] || fail "diff of an unloadable file: not 2"

[ "$fails" -eq 0 ] && echo "cli: all checks passed"
[ "$fails" -eq 0 ]
