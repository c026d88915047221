#!/bin/sh
# Install (as root) or list (otherwise) the system libraries Qt needs on Debian/Ubuntu.
# Never fails the build by itself: it says clearly what it could not do.
#   --screenshots   also the virtual X server that `make screenshots` draws on
#   --tests         also exFAT tools (the export tests use a real stick-like file system), Xvfb,
#                   and the AppStream and desktop-file validators (the bundle tests)
set -u

PACKAGES="libgl1 libegl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
libdbus-1-3 libglib2.0-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0
libxcb-xkb1 libxrender1"
if [ "${1:-}" = "--screenshots" ]; then
    PACKAGES="$PACKAGES xvfb xauth"
fi
if [ "${1:-}" = "--tests" ]; then
    PACKAGES="$PACKAGES exfat-fuse exfatprogs xvfb xauth appstream desktop-file-utils"
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: not a Debian/Ubuntu system; make sure these (or their equivalents) are installed:"
    echo "  $(echo $PACKAGES)"
    exit 0
fi

missing=""
for package in $PACKAGES; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $package" ;;
    esac
done

if [ -z "$missing" ]; then
    echo "system-deps: all system libraries Qt needs are installed."
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root="sudo -n"
else
    echo "system-deps: Qt needs these system packages, and installing them needs root:"
    echo "  sudo apt-get install --no-install-recommends$missing"
    echo "system-deps: continuing without them; the window or the tests may fail to start."
    exit 0
fi

echo "system-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
if $as_root apt-get update -qq && $as_root apt-get install -y -qq --no-install-recommends $missing >/dev/null; then
    echo "system-deps: done."
else
    echo "system-deps: could not install$missing (no package mirror reachable?)."
    echo "system-deps: continuing; the window or the tests may fail to start."
fi
exit 0
