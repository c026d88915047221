"""File names that are safe on FAT32, exFAT and NTFS sticks, and still readable (Khmer included)."""

import re
import unicodedata

# Characters FAT32/exFAT/NTFS refuse, and control characters.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
MAX_UTF16_UNITS = 255
_SPACES = re.compile(r"\s+")


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _truncate(stem: str, budget: int) -> str:
    """Cut ``stem`` to ``budget`` UTF-16 units without splitting a character or a Khmer cluster badly."""
    while _utf16_units(stem) > budget:
        stem = stem[:-1]
        while stem and unicodedata.combining(stem[-1]):  # do not leave a dangling mark
            stem = stem[:-1]
    return stem


def safe_name(title: str, extension: str, used: set[str] | None = None) -> str:
    """A file name for ``title`` + ``extension`` (".md"), unique among ``used`` (case-insensitively).

    ``used`` is updated with the name returned.
    """
    used = set() if used is None else used
    stem = unicodedata.normalize("NFC", title)
    stem = _FORBIDDEN.sub(" ", stem)
    stem = _SPACES.sub(" ", stem).strip().rstrip(". ")
    if not stem or stem.split(".")[0].strip().upper() in _RESERVED:
        stem = f"_{stem}" if stem else "untitled"
    budget = MAX_UTF16_UNITS - _utf16_units(extension) - 6  # room for " (99)"
    stem = _truncate(stem, budget).rstrip(". ") or "untitled"
    name, number = f"{stem}{extension}", 2
    while name.casefold() in used:
        name = f"{stem} ({number}){extension}"
        number += 1
    used.add(name.casefold())
    return name
