"""Khmer script helpers: finding runs of Khmer text for the substring index."""

import re
from dataclasses import dataclass

# Khmer (U+1780–17FF) and Khmer Symbols (U+19E0–19FF).
KHMER_CHARS = "\u1780-\u17ff\u19e0-\u19ff"
# Zero-width characters that Khmer writers put between words; they are not
# part of any word, so the index and queries ignore them.
ZERO_WIDTH = "\u200b\u200c\u200d"
_KHMER = re.compile(f"[{KHMER_CHARS}]")
# A run is Khmer text possibly interrupted by zero-width characters or
# single spaces between Khmer words.
_RUN = re.compile(f"[{KHMER_CHARS}](?:[{KHMER_CHARS}{ZERO_WIDTH}]| (?=[{KHMER_CHARS}]))*")
_STRIP_ZW = str.maketrans("", "", ZERO_WIDTH)


@dataclass(frozen=True)
class KhmerRun:
    """Khmer text found at ``start`` in a document; ``text`` has zero-width characters removed.

    ``removed`` lists, in increasing order, the offsets inside the run (as it
    stands in the document) of the zero-width characters taken out, so a
    position in ``text`` can be mapped back to the document.
    """

    start: int
    text: str
    removed: tuple[int, ...] = ()

    def to_document_offset(self, index: int) -> int:
        """Map a position in ``text`` to a position in the document."""
        position = index
        for gap in self.removed:
            if gap <= position:
                position += 1
            else:
                break
        return self.start + position


def has_khmer(text: str) -> bool:
    return _KHMER.search(text) is not None


def strip_zero_width(text: str) -> str:
    return text.translate(_STRIP_ZW)


def khmer_runs(text: str) -> list[KhmerRun]:
    """All runs of Khmer script in ``text``, with their offsets."""
    runs = []
    for match in _RUN.finditer(text):
        raw = match.group()
        removed = tuple(i for i, ch in enumerate(raw) if ch in ZERO_WIDTH)
        runs.append(KhmerRun(match.start(), strip_zero_width(raw), removed))
    return runs


def languages(text: str) -> list[str]:
    """BCP 47 codes of the scripts present: Khmer (``km``) and/or Latin-script English (``en``)."""
    found = []
    if re.search(r"[A-Za-z]{3,}", text):
        found.append("en")
    if has_khmer(text):
        found.append("km")
    return found
