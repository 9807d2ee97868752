# Shared by scripts/demo and scripts/test: find the project, install what is
# missing from Debian's packages, configure and build.
set -euo pipefail

HEALDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export HEALDESK_ROOT

# Everything the build, the tests and the demo need, all from Debian 12.
HEALDESK_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-psql libqt6opengl6-dev libgl-dev qcoro-qt6-dev qt6-qpa-plugins fonts-dejavu-core
    libgtest-dev libgmock-dev googletest
    libpq-dev postgresql-15 postgresql-client-15
    xvfb xauth x11-apps poppler-utils
    qtkeychain-qt6-dev gnome-keyring libsecret-tools dbus openssl libssl-dev
    clang libclang-rt-14-dev
    desktop-file-utils appstream librsvg2-bin qt6-translations-l10n
)

log() { printf '==> %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        log "need root to run: $* (install sudo or run as root)"
        return 1
    fi
}

ensure_packages() {
    local missing=()
    local pkg
    for pkg in "${HEALDESK_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "installing missing packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

build_project() {
    local preset="$1"
    log "configuring ($preset)"
    cmake --preset "$preset" -S "$HEALDESK_ROOT" >&2
    log "building ($preset)"
    cmake --build --preset "$preset" --parallel "$(nproc)" >&2
}
