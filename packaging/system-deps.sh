#!/bin/sh
# Install (as root) or list (otherwise) the system packages each target needs on Debian/Ubuntu
# (Debian 12 and 13, Ubuntu 22.04 and later). Never fails the build by itself: it says clearly
# what it could not do, and the target that needs the package then fails with its own message.
#   (no flag)       the libraries Qt needs to open the window
#   --display       also Xvfb, for a machine with no screen (xvfb-run make run)
#   --screenshots   also Xvfb and openbox (title bars in the pictures), for make screenshots
#   --bundle        also what PyInstaller needs: objdump (binutils) and the shared libpython
#   --tests         everything the test suite uses: the bundle's needs, exFAT tools (a real
#                   stick-like file system), Xvfb, D-Bus (the screen-lock tests), iproute2 and
#                   util-linux (network namespaces, loop devices), the AppStream and desktop-file
#                   validators
#   --windows       what make bundle-windows and make test-windows need: Wine (64-bit), MinGW
#                   (the test harness's shim DLLs), osslsigncode and openssl (the signature
#                   checks), Xvfb (the window under Wine)
set -u
PYTHON=${PYTHON:-python3}

PACKAGES="libgl1 libegl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
libdbus-1-3 libglib2.0-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0
libxcb-xkb1 libxrender1"

# PyInstaller reads the interpreter's shared library; Debian's python3 is linked statically,
# so the matching libpython3.X package must be there.
bundle_packages() {
    version=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || echo "")
    echo "binutils${version:+ libpython$version}"
}

case "${1:-}" in
    --display) PACKAGES="$PACKAGES xvfb xauth" ;;
    --screenshots) PACKAGES="$PACKAGES xvfb xauth openbox" ;;  # openbox draws the title bars
    --bundle) PACKAGES="$PACKAGES $(bundle_packages)" ;;
    --tests) PACKAGES="$PACKAGES $(bundle_packages) exfat-fuse exfatprogs xvfb xauth dbus-daemon dbus-bin
iproute2 util-linux mount appstream desktop-file-utils" ;;
    --windows) PACKAGES="wine wine64 gcc-mingw-w64-x86-64-win32 osslsigncode openssl ca-certificates xvfb
xauth" ;;
    "") ;;
    *) echo "system-deps: unknown option $1"; exit 2 ;;
esac

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
    echo "system-deps: all the system packages needed are installed."
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root="sudo -n"
else
    echo "system-deps: these system packages are needed, and installing them needs root:"
    echo "  sudo apt-get install --no-install-recommends$missing"
    echo "system-deps: continuing without them; what needs them will fail and say so."
    exit 0
fi

echo "system-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
if $as_root apt-get update -qq && $as_root apt-get install -y -qq --no-install-recommends $missing >/dev/null; then
    echo "system-deps: done."
    exit 0
fi
# One package the mirror lacks must not cost the others: try each on its own and name the failures.
failed=""
for package in $missing; do
    $as_root apt-get install -y -qq --no-install-recommends "$package" >/dev/null 2>&1 || failed="$failed $package"
done
echo "system-deps: could not install$failed (no package mirror reachable, or not in this release)."
echo "system-deps: continuing; what needs them will fail and say so."
exit 0
