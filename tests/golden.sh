#!/bin/sh
# Golden end-to-end test: run skema with ARGS from the source root and
# compare its whole transcript (the command, stdout, stderr, exit code)
# byte for byte with EXPECTED.
#
#   tests/golden.sh SKEMA SOURCE_ROOT EXPECTED ARG...
#
# With SKEMA_UPDATE_GOLDEN=1 the transcript is written to EXPECTED instead;
# read `git diff` before committing it.  With SKEMA_WRAPPER (e.g. valgrind
# with --error-exitcode), any report of the tool fails the comparison.
set -u
skema=$1 root=$2 expected=$3
# the date in the committee reports' audit trail: the day of the
# reference minutes, so that a transcript never depends on today
export SOURCE_DATE_EPOCH=1635897600
shift 3
case $skema in /*) ;; *) skema=$(pwd)/$skema ;; esac
if [ ! -x "$skema" ]; then
    echo "golden.sh: $skema is not an executable" >&2
    exit 99
fi
cd "$root" || exit 99
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
# SKEMA_WRAPPER runs skema under a tool, e.g. valgrind (make valgrind)
${SKEMA_WRAPPER:-} "$skema" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
rc=$?
{
    printf '$ skema%s\n' "${*:+ $*}"
    printf -- '--- stdout\n'
    cat "$tmp/out"
    printf -- '--- stderr\n'
    cat "$tmp/err"
    printf -- '--- exit %d\n' "$rc"
} >"$tmp/transcript"
if [ "${SKEMA_UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$tmp/transcript" "$expected"
    echo "updated $expected"
    exit 0
fi
if [ ! -f "$expected" ]; then
    echo "no expected transcript $expected; run with SKEMA_UPDATE_GOLDEN=1 and read it" >&2
    cat "$tmp/transcript"
    exit 1
fi
if ! cmp -s "$tmp/transcript" "$expected"; then
    diff -u "$expected" "$tmp/transcript"
    exit 1
fi
