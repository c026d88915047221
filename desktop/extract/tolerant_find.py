"""Locating a quoted passage in a text, tolerant of spacing and apostrophe style."""

import re

_SPACE = re.compile(r"\s+")
_APOSTROPHE = re.compile(r"['’‘]")


def _pattern(quote: str) -> str:
    parts = []
    for piece in _SPACE.split(quote.strip()):
        bits = _APOSTROPHE.split(piece)
        parts.append("['’‘]".join(re.escape(bit) for bit in bits))
    return r"\s+".join(parts)


def find_quote(text: str, quote: str, start: int = 0) -> tuple[int, int] | None:
    """Offsets of ``quote`` in ``text``; whitespace runs and apostrophe styles may differ."""
    if not quote.strip():
        return None
    match = re.compile(_pattern(quote)).search(text, start)
    return (match.start(), match.end()) if match else None
