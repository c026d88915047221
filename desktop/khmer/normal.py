"""One spelling for Khmer text that renders the same but is typed differently.

Khmer has no Unicode decompositions, so NFC leaves look-alike spellings apart.
Text on the web carries several: coeng RO typed before the other subscript
(ស្រ្តី for ស្ត្រី), a two-part vowel (េ+ី for ើ, េ+ា for ោ), coeng DA where
others write coeng TA (សេចក្ដី / សេចក្តី), a register sign typed after the vowel
(ហុ៊ន for ហ៊ុន), zero-width spaces between words. ``normalize`` gives every such
spelling one form and maps each position back to the original, which is
never changed: the index and queries use the form, the reader the original.
"""

import re
from dataclasses import dataclass

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
COENG = "\u17d2"
_CONSONANT = "\u1780-\u17a2"
_BASE = "\u1780-\u17b3"  # consonants and independent vowels
_MARK = "\u17b4-\u17d1\u17d3\u17dd"  # vowel signs and diacritics
# A base with what is written on it, or one stray mark. Zero-width characters
# and spaces typed inside (a space before a vowel is common in text taken out
# of PDFs: ការ ិយាល័យ) are left out.
_CLUSTER = re.compile(
    f"[{_BASE}](?:[{ZERO_WIDTH} ]*(?:{COENG}[{ZERO_WIDTH}]*[{_CONSONANT}]|[{_MARK}]))*"
    f"|(?:{COENG}[{ZERO_WIDTH}]*[{_CONSONANT}]|[{_MARK}])+"
)
_DROPPED = set(ZERO_WIDTH) | {"\u17b4", "\u17b5"}  # zero-width, and the invisible inherent vowels
_SAME_LETTER = {
    "\u17a3": "\u17a2",  # deprecated independent vowel QAQ: អ
    "\u17a4": "\u17a2\u17b6",  # deprecated QAA: អា
    "\u17b2": "\u17b1",  # ឲ, a variant of ឱ (ឲ្យ / ឱ្យ)
}
_DIGITS = {chr(0x17E0 + d): str(d) for d in range(10)}
_COENG_DA, _COENG_TA, _COENG_RO = COENG + "\u178a", COENG + "\u178f", COENG + "\u179a"
_SIGN_E = "\u17c1"
_TWO_PART = {"\u17b8": "\u17be", "\u17b6": "\u17c4"}  # េ with ី is ើ, with ា is ោ
_SHIFTERS = "\u17c9\u17ca"
_VOWELS = set(chr(c) for c in range(0x17B6, 0x17C6))
_LATE_SIGNS = "\u17c6\u17c7\u17c8"  # nikahit, reahmuk, yuukaleapintu: after everything


@dataclass(frozen=True)
class Normalized:
    """``text`` in one spelling; ``starts[i]``/``ends[i]`` bound, in the
    original, the piece that gave character ``i`` (a whole cluster where its
    marks were reordered, so offsets taken on cluster boundaries are exact)."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    length: int  # of the original

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]``."""
        if start >= end:
            at = self.starts[start] if start < len(self.text) else self.length
            return at, at
        return self.starts[start], self.ends[end - 1]


def _mark_key(unit: str) -> int:
    """Canonical place of one mark (or coeng pair) after its base."""
    if unit == _COENG_RO:
        return 1  # coeng RO after the other subscripts
    if unit.startswith(COENG):
        return 0
    if unit in _SHIFTERS:
        return 2  # register signs before vowels
    if unit in _VOWELS:
        return 3
    if unit in _LATE_SIGNS:
        return 5
    return 4


def _units(cluster: str) -> list[str]:
    """Base, coeng pairs and single marks of a cluster, zero-width characters left out."""
    units, i = [], 0
    while i < len(cluster):
        ch = cluster[i]
        if ch == COENG:
            after = i + 1
            while after < len(cluster) and cluster[after] in _DROPPED:
                after += 1  # a zero-width character typed between coeng and its letter
            if after < len(cluster):
                units.append(COENG + cluster[after])
                i = after + 1
                continue
        if ch not in _DROPPED and ch != " ":
            units.extend(_SAME_LETTER.get(ch, ch))  # ឤ is អ and the vowel ា
        i += 1
    return units


def _compose(marks: list[str]) -> list[str]:
    """េ and ី (or ា) in either order become the one vowel they draw."""
    if _SIGN_E not in marks:
        return marks
    for part, whole in _TWO_PART.items():
        if part in marks:
            marks = [m for m in marks if m not in (_SIGN_E, part)]
            vowel_at = next((i for i, m in enumerate(marks) if _mark_key(m) > 3), len(marks))
            return marks[:vowel_at] + [whole] + marks[vowel_at:]
    return marks


def normal_cluster(cluster: str) -> str:
    units = _units(cluster)
    if not units:
        return ""
    has_base = not (units[0].startswith(COENG) or "\u17b4" <= units[0][0] <= "\u17dd")
    base, marks = (units[0], units[1:]) if has_base else ("", units)
    marks = _compose(sorted(marks, key=_mark_key))
    marks = [_COENG_TA if m == _COENG_DA else m for m in marks]
    return base + "".join(marks)


def normalize(text: str) -> Normalized:
    """``text`` in the matching form, with the way back to the original."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit(piece: str, start: int, end: int) -> None:
        out.append(piece)
        starts.extend([start] * len(piece))
        ends.extend([end] * len(piece))

    position = 0
    for match in _CLUSTER.finditer(text):
        _plain(text, position, match.start(), emit)
        emit(normal_cluster(match.group()), match.start(), match.end())
        position = match.end()
    _plain(text, position, len(text), emit)
    return Normalized("".join(out), tuple(starts), tuple(ends), len(text))


def _plain(text: str, start: int, end: int, emit) -> None:
    """Characters outside clusters: digits made 0-9, zero-width ones dropped."""
    for i in range(start, end):
        ch = text[i]
        if ch not in _DROPPED:
            emit(_DIGITS.get(ch, ch), i, i + 1)


def normal_form(text: str) -> str:
    """Just the matching form of ``text``."""
    return normalize(text).text
