#!/bin/sh
# The man page and --help agree: every command that `skema --help` lists
# has its section, and every long option of each command's --help is in
# the man page.  The page must also render without warnings.
#
#   tests/manpage.sh SKEMA SOURCE_ROOT
set -u
skema=$1 root=$2
case $skema in /*) ;; *) skema=$(pwd)/$skema ;; esac
page=$root/data/skema.1
fails=0
commands=$("$skema" --help | sed -n 's/^  \([a-z][a-z]*\)  .*/\1/p')
[ -n "$commands" ] || { echo "no commands in skema --help"; exit 1; }
for c in $commands; do
    grep -q "^\.B $c\$" "$page" || { echo "command $c: no section in skema.1"; fails=$((fails + 1)); }
    for opt in $("$skema" "$c" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        # the man page writes '-' as '\-'
        pattern=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
        grep -q -- "$pattern" "$page" || { echo "$c $opt: not in skema.1"; fails=$((fails + 1)); }
    done
done
# groff (groff-base, which make deps installs) reads the page as man(1)
# would; a missing groff is a failure, never a silent pass
if command -v groff >/dev/null 2>&1; then
    warnings=$(groff -man -ww -z "$page" 2>&1)
    [ -z "$warnings" ] || { echo "groff: $warnings"; fails=$((fails + 1)); }
else
    echo "groff is not installed (Debian: groff-base; make deps installs it)"
    fails=$((fails + 1))
fi
[ "$fails" -eq 0 ] && echo "skema.1 agrees with --help for: $(echo $commands)"
[ "$fails" -eq 0 ]
