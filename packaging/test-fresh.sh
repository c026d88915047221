#!/bin/sh
# make test-fresh: run `make test` exactly as a newcomer would, on a machine that has nothing
# this one has picked up along the way.
#
#   1. A minimal Debian 12 root (debootstrap --variant=minbase, with only python3, python3-venv,
#      make, git and ca-certificates added), built once and kept in the cache folder.
#   2. A throwaway copy of it, given this machine's package-registry settings and nothing else:
#      apt sources and Acquire settings, pip's configuration files and PIP_* index variables,
#      proxy variables, and the local certificate authorities those registries are reached through.
#   3. A clone of the current commit (uncommitted changes are not in it), and inside the root,
#      as root, with CI=true and no input: make test.
#
# It prints the pytest summary (skips, failures, errors, counts), the wall time, and where the
# whole log is. Exit status: make test's own.
#   EKASAR_FRESH_CACHE   where the root is kept (default ~/.cache/ekasar/test-fresh)
#   DEBIAN_MIRROR        the mirror debootstrap uses (default: the first one in apt's sources)
set -eu
cd "$(dirname "$0")/.."
repo=$(pwd)
cache=${EKASAR_FRESH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ekasar/test-fresh}
base=$cache/bookworm-minbase
root=$cache/run
log=$repo/build/test-fresh.log

say() { echo "test-fresh: $*"; }

if [ "$(id -u)" -ne 0 ]; then
    say "needs root (debootstrap, chroot and mounts): sudo make test-fresh"
    exit 2
fi
if ! command -v debootstrap >/dev/null 2>&1; then
    say "installing debootstrap"
    apt-get install -y -qq --no-install-recommends debootstrap >/dev/null || {
        say "could not install debootstrap (apt-get install debootstrap)"; exit 2; }
fi

# Never delete a folder something is still mounted in: /dev is bound into the root.
mounted_under() { awk -v r="$1" 'index($2, r "/") == 1 || $2 == r { print $2 }' /proc/mounts; }
unmount_root() {
    for point in $(mounted_under "$root" | sort -r); do
        umount -l "$point" 2>/dev/null || true
    done
}
remove_root() {
    unmount_root
    if [ -n "$(mounted_under "$root")" ]; then
        say "something is still mounted under $root; not removing it"
        return 1
    fi
    rm -rf "$root"
}

first_mirror() {
    sed -n 's/^URIs: *\([^ ]*\).*/\1/p; s/^deb \(\[[^]]*\] \)\{0,1\}\([^ ]*\) .*/\2/p' \
        /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null | grep -m1 debian || true
}

build_base() {
    mirror=${DEBIAN_MIRROR:-$(first_mirror)}
    mirror=${mirror:-http://deb.debian.org/debian}
    say "building a minimal Debian 12 root from $mirror (once; kept in $base)"
    rm -rf "$base.partial"
    debootstrap --variant=minbase --include=python3,python3-venv,make,git,ca-certificates \
        bookworm "$base.partial" "$mirror" >"$cache/debootstrap.log" 2>&1 || {
        say "debootstrap failed; the last lines of $cache/debootstrap.log:"; tail -n 20 "$cache/debootstrap.log"; exit 2; }
    rm -rf "$base.partial/var/cache/apt/archives/"*.deb
    mv "$base.partial" "$base"
}

# The registries as this machine reaches them, and nothing else it carries.
copy_registry_settings() {
    mkdir -p "$root/etc/apt/sources.list.d" "$root/etc/apt/apt.conf.d" "$root/etc/xdg"
    rm -f "$root/etc/apt/sources.list"  # debootstrap's own, which the machine's replace
    [ -f /etc/apt/sources.list ] && cp /etc/apt/sources.list "$root/etc/apt/"
    for file in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [ -f "$file" ] && cp "$file" "$root/etc/apt/sources.list.d/"
    done
    for file in /etc/apt/apt.conf.d/*; do
        [ -f "$file" ] && grep -q 'Acquire' "$file" && cp "$file" "$root/etc/apt/apt.conf.d/"
    done
    [ -f /etc/pip.conf ] && cp /etc/pip.conf "$root/etc/"
    [ -d /etc/xdg/pip ] && cp -r /etc/xdg/pip "$root/etc/xdg/"
    if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
        mkdir -p "$root/usr/local/share/ca-certificates"
        cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
        chroot "$root" update-ca-certificates >/dev/null 2>&1 || say "could not add the local certificate authorities"
    fi
}

# The index and proxy variables, written as a file the root's shell reads (values may hold spaces).
write_registry_environment() {
    env | grep -E '^(PIP_(INDEX_URL|EXTRA_INDEX_URL|TRUSTED_HOST|CERT|DEFAULT_TIMEOUT|CONSTRAINT)|(https?|no|HTTPS?|NO)_(proxy|PROXY))=' |
        while IFS='=' read -r name value; do
            printf "%s='%s'\n" "$name" "$(printf '%s' "$value" | sed "s/'/'\\\\''/g")"
        done >"$root/etc/registry.env" || true
}

mkdir -p "$cache" "$repo/build"
[ -x "$base/usr/bin/python3" ] || build_base
remove_root
trap 'remove_root' EXIT
trap 'exit 130' INT TERM
say "copying the root"
cp -a "$base" "$root"
copy_registry_settings
write_registry_environment

commit=$(git rev-parse HEAD)
[ -z "$(git status --porcelain --untracked-files=no)" ] || say "uncommitted changes are not tested: only commit ${commit%"${commit#???????????}"}"
git clone -q --no-hardlinks "$repo" "$root/root/ekasar"
git -C "$root/root/ekasar" checkout -q "$commit"

mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --rbind /dev "$root/dev"
mount -t tmpfs tmpfs "$root/tmp"

say "make test in the fresh root (commit ${commit%"${commit#???????????}"}; the whole log: $log)"
started=$(date +%s)
set +e
chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 CI=true \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    sh -c 'set -a; . /etc/registry.env; set +a; cd /root/ekasar && make test' </dev/null >"$log" 2>&1
status=$?
set -e
elapsed=$(( $(date +%s) - started ))

grep -E '^system-deps:|^(SKIPPED|FAILED|ERROR|XFAIL|XPASS) |^USB stick tests|^=+ .*( in [0-9.]+s| summary)' "$log" || tail -n 40 "$log"
say "make test exited $status after $((elapsed / 60)) min $((elapsed % 60)) s"
exit $status
