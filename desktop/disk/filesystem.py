"""Which file system holds a folder, and whether it is a fragile one (FAT, exFAT).

FAT and exFAT have no journal: a stick pulled out mid-write can damage the
file allocation table and with it a database that was being written. The
user's database gets extra care there (see ``connect.open_user_db`` and
``backup``).
"""

import os
import sys
from pathlib import Path

from desktop.wording import say

FRAGILE = {"vfat", "msdos", "fat", "fat12", "fat16", "fat32", "exfat"}
# exfat-fuse and ntfs-3g both mount as "fuseblk"; the superblock tells which.
_SUPERBLOCK_NAMES = {b"EXFAT   ": "exfat", b"NTFS    ": "ntfs", b"MSDOS5.0": "vfat", b"mkfs.fat": "vfat"}


def _unescape(field: str) -> str:
    """Mount points in /proc/self/mountinfo escape space, tab, newline and backslash in octal."""
    return field.encode().decode("unicode_escape").encode("latin-1").decode("utf-8", "replace")


def _linux_mount(path: Path, mountinfo: str) -> tuple[str, str] | None:
    """(file system type, source device) of the mount holding ``path``."""
    best: tuple[int, str, str] | None = None
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if not sep or len(fields) < 5 or len(tail) < 2:
            continue
        point = _unescape(fields[4])
        inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), tail[0], tail[1])
    return None if best is None else (best[1], best[2])


def _fuse_block_type(device: str) -> str:
    """What a FUSE block mount really is, from its boot sector (when readable)."""
    try:
        with open(device, "rb") as disk:
            return _SUPERBLOCK_NAMES.get(disk.read(11)[3:11], "fuseblk")
    except OSError:
        return "fuseblk"


def _windows_type(path: Path) -> str | None:
    import ctypes

    name = ctypes.create_unicode_buffer(64)
    root = os.path.splitdrive(str(path))[0] + "\\"
    ok = ctypes.windll.kernel32.GetVolumeInformationW(root, None, 0, None, None, None, name, len(name))
    return name.value.lower() if ok else None


def filesystem_of(path: Path) -> str | None:
    """The file system type holding ``path`` ("ext4", "vfat", "exfat", ...), or None if unknown."""
    path = Path(path).resolve()
    try:
        if sys.platform.startswith("linux"):
            found = _linux_mount(path, Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace"))
            if found is None:
                return None
            kind, device = found
            return _fuse_block_type(device) if kind == "fuseblk" else kind
        if sys.platform == "win32":
            return _windows_type(path)
    except (OSError, ValueError):
        return None
    return None  # macOS and others: not detected (see packaging/README.md)


def is_fragile(kind: str | None) -> bool:
    """FAT or exFAT, or a FUSE block file system we could not identify (exFAT or NTFS on a stick)."""
    return kind is not None and (kind.lower() in FRAGILE or kind == "fuseblk")


def describe(kind: str | None) -> str:
    """The file system's name as the user knows it (in the interface language where it is words)."""
    names = {"vfat": "FAT", "msdos": "FAT", "exfat": "exFAT", "fuseblk": say("Store", "exFAT or NTFS (FUSE)")}
    return names.get((kind or "").lower(), kind or say("Store", "unknown"))
