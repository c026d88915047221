#!/bin/sh
# Show that the bundle runs on a fresh Debian 12 with only libgl1 and libegl1 added:
# a minimal root made with debootstrap, the tarball unpacked in it, then inside it
# the self-test and the window smoke test (read English and Khmer, search,
# highlight, export), offscreen and on an X server (Xvfb on the host, shared
# through its socket). Needs root, debootstrap, xvfb and a Debian mirror.
#   usage: sh packaging/check-debian12.sh dist/Ekasar-<version>-linux-x86_64.tar.gz [ROOT_DIR]
set -eu
tarball=$(readlink -f "$1")
root=${2:-build/debian12-root}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [ ! -x "$root/usr/bin/apt-get" ]; then
    echo "check-debian12: debootstrap bookworm (minbase) into $root"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
fi
echo "check-debian12: installing only libgl1 and libegl1 in the root"
chroot "$root" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libgl1 libegl1 >/dev/null'

rm -rf "$root/opt/ekasar" && mkdir -p "$root/opt/ekasar" "$root/tmp/.X11-unix"
tar -xzf "$tarball" -C "$root/opt/ekasar"
app=$(basename "$tarball" .tar.gz)

Xvfb :77 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
mount -t proc proc "$root/proc"
trap 'umount "$root/tmp/.X11-unix" "$root/proc" 2>/dev/null; kill $xvfb 2>/dev/null' EXIT
sleep 1

run() {  # a fresh user's environment: empty HOME, no fonts beyond what Debian minbase has
    chroot "$root" env -i HOME=/tmp/home LANG=C.UTF-8 PATH=/usr/bin:/bin "$@"
}
run sh -c 'rm -rf /tmp/home /tmp/out /tmp/data /tmp/data2 && mkdir -p /tmp/home /tmp/out'
echo "check-debian12: fonts the root has: $(run sh -c 'ls /usr/share/fonts 2>/dev/null | wc -l') font folders"
run /opt/ekasar/$app/ekasar --self-test --data-dir /tmp/data
echo "check-debian12: offscreen"
run QT_QPA_PLATFORM=offscreen /opt/ekasar/$app/ekasar --data-dir /tmp/data --smoke /tmp/out
echo "check-debian12: on an X server (Xvfb :77)"
run DISPLAY=:77 QT_QPA_PLATFORM=xcb /opt/ekasar/$app/ekasar --data-dir /tmp/data2 --smoke /tmp/out
echo "check-debian12: the bundle ran on Debian 12 with only libgl1 and libegl1 added."
