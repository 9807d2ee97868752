#!/usr/bin/env bash
# Installs the .deb on this machine the way a technician would (apt-get install ./healdesk_*.deb),
# checks the menu entry, the icon and a working `healdesk --demo` (in German, to prove the
# translations are inside), removes the package, and checks that none of its files is left.
# Needs root; exits 77 (skipped) otherwise, or when a healdesk package is already installed
# (a real installation is never replaced). Usage: check-apt.sh BUILD_DIR VERSION
set -euo pipefail
build="$1"
version="$2"
fail() { echo "check-apt: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "check-apt: skipped, needs root"; exit 77; }
if dpkg-query -W -f='${Status}' healdesk 2>/dev/null | grep -q 'install ok installed'; then
    echo "check-apt: skipped, a healdesk package is already installed"
    exit 77
fi
work="$(mktemp -d)"
chmod 755 "$work" # the demo's PostgreSQL runs as postgres and must reach its folder
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq healdesk >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb="$(ls "$work"/out/healdesk_*.deb)"

# Every dependency is already on a machine that builds Healdesk: no download is needed.
installed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get install failed"; }
dpkg -L healdesk | sort >"$work/files"

# The menu entry starts the installed console, and its icon is where the theme looks.
entry=/usr/share/applications/org.healdesk.Healdesk.desktop
[ -f "$entry" ] || fail "no menu entry $entry"
desktop-file-validate "$entry"
exec_line="$(grep '^Exec=' "$entry")"
program="$(sed 's/^Exec=//; s/ .*//' <<<"$exec_line")"
[ "$(command -v "$program")" = /usr/bin/healdesk ] || fail "the menu entry runs '$program', not /usr/bin/healdesk"
icon="$(grep '^Icon=' "$entry" | sed 's/^Icon=//')"
[ -f "/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "icon $icon is not installed"
[ "$(/usr/bin/healdesk --version)" = "healdesk $version" ] || fail "installed healdesk --version is wrong"

# The installed demo opens every page (offscreen) in German and stops its server.
export HEALDESK_DEMO_DIR="$work/demo" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen
unset PGHOST PGPORT PGUSER PGDATABASE
timeout 300 /usr/bin/healdesk --demo --lang de --screenshots "$work/shots" >"$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; fail "healdesk --demo failed"; }
pages="$(ls "$work"/shots/*.png | wc -l)"
[ "$pages" -ge 12 ] || fail "the demo saved $pages pictures, expected 12"
grep -q $'^menu\tDatei' "$work/shots/ui-texts.tsv" 2>/dev/null || grep -q $'^menu\t&Datei' "$work/shots/ui-texts.tsv" || fail "the installed console is not in German"
[ ! -f "$work/demo/postmaster.pid" ] || fail "the demo server still runs"

# Removing leaves none of the package's files (folders shared with other packages stay).
DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq healdesk >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get remove failed"; }
installed=0
! dpkg-query -W -f='${Status}' healdesk 2>/dev/null | grep -q 'install ok installed' || fail "still installed"
left=0
while read -r f; do
    if [ -f "$f" ] || [ -L "$f" ]; then echo "left behind: $f" >&2; left=1; fi
    # An empty folder another package owns (e.g. hicolor-icon-theme's size folders) is theirs to keep.
    if [ -d "$f" ] && [ -z "$(ls -A "$f")" ] && ! dpkg -S "$f" >/dev/null 2>&1; then
        echo "empty folder left behind: $f" >&2
        left=1
    fi
done <"$work/files"
[ "$left" = 0 ] || fail "files left after removal"
echo "apt OK: installed $(basename "$deb") ($(wc -l <"$work/files") paths), menu entry and demo work (German), removed without a trace"
