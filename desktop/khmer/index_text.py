"""What the Khmer index holds of a document, and the way back to its text.

A document's Khmer is cut into pieces: runs of Khmer letters and digits
between separators. A space or a zero-width space between two pieces is
soft (the words either side still make a phrase: a name is found typed with
or without its space); anything else (punctuation, other scripts, a line
break) is a break no phrase crosses. Each piece is put in the normal form and
indexed twice, as clusters and as words, space-separated, with BREAK between
phrases. The same cutting is done again at search time to place a hit, so the
index never stores offsets.
"""

import re
from dataclasses import dataclass

from desktop.khmer.normal import ZERO_WIDTH, Normalized, normalize
from desktop.khmer.syllables import MARKS, clusters
from desktop.khmer.words import segment

BREAK = "z"  # a token no Khmer query has: phrases never match across it
_LETTERS = "\u1780-\u17d3\u17dd"
_TOKEN_CHARS = f"{_LETTERS}\u17e0-\u17e9\u19e0-\u19ff0-9"
# A zero-width character before a mark is inside a cluster, not a separator.
_PIECE = re.compile(f"(?:[{_TOKEN_CHARS}]|[{ZERO_WIDTH}]+(?=[{MARKS}]))+")
_SOFT = re.compile(f"[ {ZERO_WIDTH}\u17d7]*")  # ៗ (repeat) is read as a space
_KHMER = re.compile(f"[{_LETTERS}\u17e0-\u17e9]")
_PUNCTUATION = re.compile("[\u17d4-\u17da]")


@dataclass(frozen=True)
class Piece:
    start: int  # in the document
    form: Normalized
    joined: bool  # follows the previous piece across a soft separator only


def iter_pieces(text: str):
    """The Khmer pieces of ``text``, in order; a phrase (pieces joined by soft
    separators) with no Khmer letter, a number alone, is left out."""
    phrase: list[Piece] = []
    previous_end = None
    for match in _PIECE.finditer(text):
        gap = text[previous_end : match.start()] if previous_end is not None else ""
        joined = previous_end is not None and _SOFT.fullmatch(gap) is not None and not _PUNCTUATION.search(gap)
        piece = Piece(match.start(), normalize(match.group()), joined)
        previous_end = match.end()
        if not joined:
            yield from _if_khmer(phrase)
            phrase = []
        phrase.append(piece)
    yield from _if_khmer(phrase)


def _if_khmer(phrase: list[Piece]) -> list[Piece]:
    if not any(_KHMER.search(p.form.text) for p in phrase):
        return []
    return [Piece(phrase[0].start, phrase[0].form, False), *phrase[1:]]


def pieces(text: str) -> list[Piece]:
    return list(iter_pieces(text))


@dataclass(frozen=True)
class KhmerIndexText:
    syllables: str
    words: str


def _columns(found: list[Piece], cut) -> str:
    tokens: list[str] = []
    for piece in found:
        if tokens and not piece.joined:
            tokens.append(BREAK)
        tokens.extend(t for t in cut(piece.form.text) if not t.isspace())
    return " ".join(tokens)


def index_text(text: str) -> KhmerIndexText | None:
    """The two index columns of a document's Khmer, or None when it has none."""
    found = pieces(text)
    if not found:
        return None
    return KhmerIndexText(_columns(found, clusters), _columns(found, segment))
