"""What the Khmer index holds of a document, and the way back to its text.

A document's Khmer is cut into pieces: runs of Khmer letters and digits
between separators. A space, a zero-width space or ៗ (the repeat sign)
between two pieces is soft (the words either side still make a phrase: a name
is found typed with or without its space); anything else (punctuation, other
scripts, a line break) is a break no phrase crosses. Each piece is put in the
normal form and indexed twice, as clusters and as words, space-separated,
with BREAK between phrases; ``places`` says where each piece starts in the
document and in the joined words, so a hit is placed by cutting one piece again.
"""

import json
import re
from dataclasses import dataclass

from desktop.khmer.normal import COENG, Normalized, normalize
from desktop.khmer.syllables import MARKS, clusters
from desktop.khmer.words import segment

BREAK = "z"  # a token no Khmer query has: phrases never match across it
ZWSP = "\u200b"
# Zero-width characters that join or keep apart glyphs inside a word: part of it.
_INSIDE = "\u200c\u200d\u2060\ufeff"
_LETTERS = "\u1780-\u17d3\u17dd"
_TOKEN_CHARS = f"{_LETTERS}\u17e0-\u17e9\u19e0-\u19ff0-9{_INSIDE}"
# A space or zero-width space before a mark or after a coeng is inside a
# cluster, not a separator.
_PIECE = re.compile(
    f"[{_TOKEN_CHARS}](?:[{_TOKEN_CHARS}]|[ {ZWSP}]+(?=[{MARKS}{COENG}])|(?<={COENG})[ {ZWSP}]+)*"
)
_SOFT = re.compile(f"[ {ZWSP}\u17d7]*")
_KHMER = re.compile(f"[{_LETTERS}\u17e0-\u17e9]")


@dataclass(frozen=True)
class Piece:
    start: int  # in the document
    raw: str
    joined: bool  # follows the previous piece across a soft separator only

    @property
    def form(self) -> Normalized:
        return normalize(self.raw)


def iter_pieces(text: str):
    """The Khmer pieces of ``text``, in order; a phrase (pieces
    joined by soft separators) with no Khmer character is left out."""
    if not _KHMER.search(text):
        return  # one quick scan: an English text holds no piece (and the GIL no longer)
    phrase: list[Piece] = []
    previous_end = None
    for match in _PIECE.finditer(text):
        gap = text[previous_end : match.start()] if previous_end is not None else ""
        joined = previous_end is not None and _SOFT.fullmatch(gap) is not None
        piece = Piece(match.start(), match.group(), joined)
        previous_end = match.end()
        if not joined:
            yield from _if_khmer(phrase)
            phrase = []
        phrase.append(piece)
    yield from _if_khmer(phrase)


def _if_khmer(phrase: list[Piece]) -> list[Piece]:
    if not any(_KHMER.search(p.raw) for p in phrase):
        return []
    return [Piece(phrase[0].start, phrase[0].raw, False), *phrase[1:]]


def piece_at(text: str, start: int) -> Normalized | None:
    """The normal form of the piece starting at ``start``."""
    match = _PIECE.match(text, start)
    return None if match is None else normalize(match.group())


def pieces(text: str) -> list[Piece]:
    return list(iter_pieces(text))


@dataclass(frozen=True)
class KhmerIndexText:
    syllables: str
    words: str
    places: str  # JSON: [document offset, offset in the joined words] of each piece


def index_text(text: str) -> KhmerIndexText | None:
    """The index columns of a document's Khmer, or None when it has none."""
    syllables: list[str] = []
    words: list[str] = []
    places: list[int] = []
    joined_at = 0
    for piece in iter_pieces(text):
        form = piece.form.text
        if syllables and not piece.joined:
            syllables.append(BREAK)
            words.append(BREAK)
            joined_at += 1
        places += [piece.start, joined_at]
        syllables.extend(clusters(form))
        words.extend(segment(form))
        joined_at += len(form)
    if not places:
        return None
    return KhmerIndexText(" ".join(syllables), " ".join(words), json.dumps(places))
