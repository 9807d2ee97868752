#!/usr/bin/env bash
# Builds the .deb and the .tar.gz from a build tree with CPack, unpacks the
# .deb into a temporary root with dpkg -x (no installation on this machine),
# and checks what a user would get. Usage: check-package.sh BUILD_DIR VERSION
set -euo pipefail
build="$1"
version="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb="$(ls "$work"/out/healdesk_*.deb)"
tgz="$(ls "$work"/out/healdesk-*.tar.gz)"
dpkg-deb -x "$deb" "$work/root"

# The installed programs run and say their version.
out="$("$work/root/usr/bin/healdesk" --version)"
[ "$out" = "healdesk $version" ] || fail "healdesk --version printed '$out'"
out="$("$work/root/usr/bin/healdesk" profile --version)"
[ "$out" = "healdesk $version" ] || fail "healdesk profile --version printed '$out'"
"$work/root/usr/bin/healdesk-sim" --help >/dev/null || fail "healdesk-sim --help failed"

# Desktop integration lands where desktops look for it.
for f in usr/share/applications/org.healdesk.Healdesk.desktop \
         usr/share/metainfo/org.healdesk.Healdesk.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/healdesk.svg \
         usr/share/icons/hicolor/48x48/apps/healdesk.png \
         usr/share/icons/hicolor/256x256/apps/healdesk.png \
         usr/share/healdesk/guide/user-guide.md \
         usr/share/healdesk/guide/images/01-fleet.png; do
    [ -f "$work/root/$f" ] || fail "missing $f"
done
desktop-file-validate "$work/root/usr/share/applications/org.healdesk.Healdesk.desktop"

# The worker's unit is installed, and installing does not enable it (no maintainer script, no wants link).
[ -f "$work/root/usr/lib/systemd/system/healdesk-worker.service" ] || fail "missing the healdesk-worker unit"
if dpkg-deb -c "$deb" | awk '{print $6}' | grep -q 'wants/'; then fail "the package enables a unit"; fi
if dpkg-deb -e "$deb" "$work/control" 2>/dev/null && ls "$work/control" | grep -qE '^(postinst|preinst)$'; then
    grep -q 'systemctl enable\|deb-systemd-helper enable' "$work"/control/p*inst && fail "a maintainer script enables the worker"
fi

# Dependencies: shared libraries found by dpkg-shlibdeps, plus the run-time plugins.
depends="$(dpkg-deb -f "$deb" Depends)"
for d in libqt6sql6-psql libqt6widgets6 libpq5 qt6-qpa-plugins; do
    grep -q "$d" <<<"$depends" || fail "Depends lacks $d: $depends"
done
grep -q postgresql-15 <<<"$(dpkg-deb -f "$deb" Recommends)" || fail "Recommends lacks postgresql-15"

# Everything under /usr: removing the package leaves nothing behind.
if dpkg-deb -c "$deb" | awk '{print $6}' | grep -v '^\./usr/' | grep -v '^\./$' | grep -q .; then
    fail "files outside /usr: $(dpkg-deb -c "$deb" | awk '{print $6}' | grep -v '^\./usr/')"
fi
tar tzf "$tgz" | grep -q '/bin/healdesk$' || fail "the tarball has no bin/healdesk"
echo "package OK: $(basename "$deb") ($(du -h "$deb" | cut -f1)), $(basename "$tgz")"
