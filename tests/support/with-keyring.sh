#!/bin/sh
# Runs a test program inside a private D-Bus session with a GNOME Keyring of
# its own, unlocked, in a throwaway home: the real Secret Service, never the
# user's keyring. Used as the launcher of test_credentials.
set -eu
home=$(mktemp -d "${TMPDIR:-/tmp}/healdesk-keyring-XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
status=0
dbus-run-session -- sh -c '
    printf %s healdesk-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    "$@"' sh "$@" || status=$?
exit "$status"
