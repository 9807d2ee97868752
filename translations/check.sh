#!/bin/bash
# Fails when a translation is incomplete or stale:
#  - a source string in app/, models/, views/ or devtools/ is missing from a .ts file, or a .ts file still
#    holds a string the code no longer has (lupdate over the sources must leave each file as it is);
#  - lrelease reports an unfinished or untranslated entry.
# Usage: translations/check.sh SOURCE_DIR LUPDATE LRELEASE
# After changing a user-visible string: scripts/update-translations, then translate the new entries.
set -euo pipefail
src=$1 lupdate=$2 lrelease=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/healdesk_*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$work/$name"
    only=()
    [ "$name" = healdesk_en.ts ] && only=(-pluralonly) # English: only the plural forms of the %n strings
    (cd "$src" && "$lupdate" -silent "${only[@]}" -no-obsolete -locations none app models views devtools -ts "$work/$name")
    if ! cmp -s "$ts" "$work/$name"; then
        echo "$name is out of date with the sources (run scripts/update-translations and translate):"
        diff -u "$ts" "$work/$name" | grep -E '^[-+] *<source>' | head -20 || true
        status=1
    fi
    out=$("$lrelease" "$ts" -qm "$work/${name%.ts}.qm" 2>&1)
    echo "$name: $(echo "$out" | grep -E 'Generated' | sed 's/^ *//')"
    if ! echo "$out" | grep -qE '\(([0-9]+) finished and 0 unfinished\)'; then
        echo "$name has unfinished entries"
        status=1
    fi
    if echo "$out" | grep -q 'Ignored'; then
        echo "$name: $(echo "$out" | grep Ignored)"
        status=1
    fi
done
exit $status
