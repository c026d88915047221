"""Word tokens with offsets, split the same way for names and for text."""

import re
from collections.abc import Iterator
from typing import NamedTuple

# Letters and digits (with combining marks, so names with diacritics stay
# whole). A lowercase-to-uppercase step ends a token: web copy glues
# captions to text ("Mu SochuaThanks"), and names are split the same way.
_RUN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
_STEP = re.compile(r"(?<=[a-z])(?=[A-Z])")


class Token(NamedTuple):
    start: int
    end: int
    text: str


def tokens(text: str) -> list[Token]:
    return list(_tokens_of(_RUN.finditer(text)))


def tokens_from(text: str, at: int, count: int) -> list[Token]:
    """The first ``count`` tokens of ``tokens(text)`` from offset ``at`` (a token start) on,
    without tokenising the rest of the text."""
    found = []
    for token in _tokens_of(_RUN.finditer(text, at)):
        found.append(token)
        if len(found) == count:
            break
    return found


def token_texts(text: str) -> Iterator[tuple[int, str]]:
    """(start, text) of every token of ``tokens(text)``, without making Token objects."""
    return _split(_RUN.finditer(text))


def _tokens_of(runs) -> Iterator[Token]:
    for start, word in _split(runs):
        yield Token(start, start + len(word), word)


def _split(runs) -> Iterator[tuple[int, str]]:
    """Each run of word characters, cut where a lowercase letter meets an uppercase one."""
    for run in runs:
        word, start = run.group(), run.start()
        if word.islower() or not _STEP.search(word):  # the common case: one token
            yield start, word
            continue
        cuts = [0, *(step.start() for step in _STEP.finditer(word)), len(word)]
        yield from ((start + a, word[a:b]) for a, b in zip(cuts, cuts[1:]))


def words(text: str) -> tuple[str, ...]:
    return tuple(token.text for token in tokens(text))


_NAME_GAP = re.compile(r"[ \u00a0]*|['’][ \u00a0]*|-|\.[ \u00a0]*| & ")  # "& ": "Sok & Partners"


def only_spaces_between(text: str, first: Token, second: Token) -> bool:
    """True when the two tokens belong to one name: only spaces between them, or an
    apostrophe ("People's"), a hyphen, or a period closing a short abbreviation ("Mr.", "Jr.")."""
    gap = text[first.end : second.start]
    if gap.startswith(".") and len(first.text) > 3:
        return False
    return _NAME_GAP.fullmatch(gap) is not None


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_all_caps(word: str) -> bool:
    return len(word) > 1 and word.isupper()
