#!/bin/sh
# `meson install` puts every file where a Unix tool's files go, and the
# installed program runs from there.
#
#   tests/install.sh BUILD_DIR
set -u
build=$1
dest=$(mktemp -d) || exit 99
trap 'rm -rf "$dest"' EXIT
meson install -C "$build" --no-rebuild --destdir "$dest" >"$dest.log" 2>&1 || {
    cat "$dest.log"; rm -f "$dest.log"; exit 1; }
rm -f "$dest.log"
prefix=$(meson introspect "$build" --buildoptions |
         /usr/bin/python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
root=$dest$prefix
fails=0
for f in bin/skema share/man/man1/skema.1 \
         share/skema/schemas/skema-projekt.schema.json \
         share/skema/schemas/skema-rates.schema.json \
         share/skema/samples/gartnergaarden.yaml \
         share/skema/samples/rules/cap-limit.yaml \
         share/bash-completion/completions/skema; do
    [ -f "$root/$f" ] || { echo "not installed: $prefix/$f"; fails=$((fails + 1)); }
done
# the man page's FILES name the places just installed to
grep -q "^\\.I $prefix/share/skema/schemas/\$" "$root/share/man/man1/skema.1" ||
    { echo "the man page's FILES do not name $prefix/share/skema/schemas/"; fails=$((fails + 1)); }
grep -q '@DATADIR@' "$root/share/man/man1/skema.1" &&
    { echo "the installed man page still says @DATADIR@"; fails=$((fails + 1)); }
"$root/bin/skema" check "$root/share/skema/samples/gartnergaarden.yaml" >/dev/null ||
    { echo "the installed skema does not check the installed sample"; fails=$((fails + 1)); }
[ "$fails" -eq 0 ] && echo "installed under $prefix: program, man page, schemas, samples, completion"
[ "$fails" -eq 0 ]
