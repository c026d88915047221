"""Locating a quoted passage in a text, tolerant of spacing, apostrophe style and, in Khmer,
of zero-width spaces (put between words by some writers, left out by whoever typed the quote)."""

import re

_SPACE = re.compile(r"\s+")
_APOSTROPHE = re.compile(r"['’‘]")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060"
_MAYBE_ZERO_WIDTH = f"[{_ZERO_WIDTH}]*"
_GAP = f"[\\s{_ZERO_WIDTH}]+"


def _literal(bit: str) -> str:
    """``bit`` as a pattern: after each Khmer character, zero-width characters may follow."""
    return "".join(re.escape(ch) + (_MAYBE_ZERO_WIDTH if "\u1780" <= ch <= "\u17ff" else "")
                   for ch in bit if ch not in _ZERO_WIDTH)


def _pattern(quote: str) -> str:
    parts = []
    for piece in _SPACE.split(quote.strip()):
        bits = _APOSTROPHE.split(piece)
        parts.append("['’‘]".join(_literal(bit) for bit in bits))
    return _GAP.join(parts)


def find_quote(text: str, quote: str, start: int = 0) -> tuple[int, int] | None:
    """Offsets of ``quote`` in ``text``; whitespace runs, apostrophe styles and zero-width
    characters in Khmer may differ."""
    if not quote.strip():
        return None
    match = re.compile(_pattern(quote)).search(text, start)
    if match is None:
        return None
    end = match.end()
    while end > match.start() and text[end - 1] in _ZERO_WIDTH:
        end -= 1  # a zero-width space after the quote's last word is not part of it
    return match.start(), end
