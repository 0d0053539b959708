#!/bin/sh
# skema init: the template's placeholders are each reported as not filled
# in (and nothing else is), the template filled in with Gartnergården's
# figures checks clean and says what samples/gartnergaarden.yaml says, and
# -o never writes over a file.
#
#   tests/init.sh SKEMA SOURCE_ROOT
set -u
skema=$1 root=$2
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail() { echo "init.sh: $*" >&2; exit 1; }

"$skema" init --type aeldre -o "$tmp/t.yaml" || fail "init -o exited $?"

# unfilled: one error per placeholder, each "not filled in", and no other
"$skema" check --lang en "$tmp/t.yaml" >"$tmp/out" 2>&1
[ $? -eq 1 ] || fail "the unfilled template did not exit 1"
places=$(grep -c '^[^#]*UDFYLD' "$tmp/t.yaml")
said=$(grep -c ': error: .* is not filled in yet' "$tmp/out")
errors=$(grep -c ': error: ' "$tmp/out")
[ "$places" -gt 30 ] || fail "only $places placeholders"
[ "$said" -eq "$places" ] && [ "$errors" -eq "$places" ] ||
    fail "$places placeholders, $said said not filled in, $errors errors"

# never over a file: exit 2, the file as it was
cp "$tmp/t.yaml" "$tmp/before"
"$skema" init --lang en -o "$tmp/t.yaml" 2>"$tmp/err"
[ $? -eq 2 ] || fail "init -o over a file did not exit 2"
grep -q 'never writes over' "$tmp/err" || fail "init -o over a file did not say why"
cmp -s "$tmp/t.yaml" "$tmp/before" || fail "init -o changed the file there"

# filled in with the figures of samples/gartnergaarden.yaml; in each stage
# a key of its own, the optional ones the minutes give uncommented, and the
# keys the minutes do not give (dates, areas) removed
fill() { # STAGE-RANGE KEY VALUE
    sed -i "$1 s/^\( *\)\(# \)\{0,1\}$2: UDFYLD /\1$2: $3 /" "$tmp/t.yaml"
}
top='/^projekt:/,/^skema:/'
A='/^  A:/,/^  B:/' B='/^  B:/,/^  C:/' C='/^  C:/,$'
fill "$top" sagsnummer '"18\/10869"'
fill "$top" navn '"Gartnergården"'
fill "$top" kommune '"Høje-Taastrup"'
fill "$top" boligorganisation '"Boligselskabet AKB Taastrup"'
fill "$top" realkredit_pct 88
fill "$top" grundkapital_pct 10
fill "$top" beboerindskud_pct 2
fill "$top" pct 55.51
fill "$A" boliger 30
fill "$A" grundudgifter 14_744_000
fill "$A" haandvaerkerudgifter 42_661_000
fill "$A" omkostninger 9_050_000
fill "$A" i_alt 66_455_000
fill "$A" afrundet_til 1000
fill "$B" grundudgifter 8_889_000
fill "$B" haandvaerkerudgifter 51_191_000
fill "$B" omkostninger 7_452_000
fill "$B" i_alt 67_532_000
fill "$B" afrundet_til 1000
fill "$B" husleje_kr_m2 1481
fill "$C" boliger 30
fill "$C" grundudgifter 8_959_000
fill "$C" haandvaerkerudgifter 51_785_000
fill "$C" omkostninger 5_149_000
fill "$C" i_alt 65_893_137
fill "$C" afrundet_til 1000
fill "$C" husleje_kr_m2 1370
fill "$C" afsatte_beloeb 1_852_000
fill "$C" grundkapital_kr 6_589_000
sed -i -e '/^  datoer:/d' -e '/^[^#]*UDFYLD/d' "$tmp/t.yaml"

"$skema" check "$tmp/t.yaml" >"$tmp/out" 2>&1 ||
    { cat "$tmp/out"; fail "the filled-in template did not check clean"; }
grep -q '^0 fejl, 0 advarsler' "$tmp/out" || fail "the filled-in template has findings"
# the same project as the sample, value for value
"$skema" diff "$root/samples/gartnergaarden.yaml" "$tmp/t.yaml" >"$tmp/diff" 2>&1 ||
    { cat "$tmp/diff"; fail "skema diff failed"; }
grep -q '^0 værdier ændret, 0 nye fund, 0 fund løst, 0 fund ændret' "$tmp/diff" ||
    { cat "$tmp/diff"; fail "the filled-in template is not the sample"; }
exit 0
