"""Word tokens with offsets, split the same way for names and for text."""

import re
from typing import NamedTuple

# Letters and digits (with combining marks, so names with diacritics stay
# whole). A lowercase-to-uppercase step ends a token: web copy glues
# captions to text ("Mu SochuaThanks"), and names are split the same way.
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+?(?=(?<=[a-z])[A-Z]|[^\w\u0300-\u036f]|_|$)")


class Token(NamedTuple):
    start: int
    end: int
    text: str


def tokens(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def words(text: str) -> tuple[str, ...]:
    return tuple(token.text for token in tokens(text))


_NAME_GAP = re.compile(r"[ \u00a0]*|['’][ \u00a0]*|-|\.[ \u00a0]*")


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
