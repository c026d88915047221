"""Turning what a person types into safe FTS5 queries.

Nothing typed is ever passed to FTS5 as syntax: every word and phrase is
quoted. What a person can use: words (all must match), "exact phrases",
`word*` for a prefix, `-word` to exclude, `OR` between two words. Khmer
words are looked up as substrings in the Khmer trigram index.
"""

import re
from dataclasses import dataclass, field

from desktop.ingest.khmer import KHMER_CHARS, strip_zero_width
from desktop.ingest.normalize import normalize

# Trigram search needs three characters; shorter Khmer terms are scanned.
TRIGRAM_MIN = 3
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_KHMER_RUN = re.compile(f"[{KHMER_CHARS}]+")
_WORD = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class ParsedQuery:
    """``latin``: an FTS5 expression for the word index, or None.
    ``khmer``: Khmer substrings that must all occur."""

    latin: str | None = None
    khmer: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.latin is None and not self.khmer


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _latin_part(text: str) -> str:
    """``text`` with Khmer removed; the word index only handles the rest."""
    return _KHMER_RUN.sub(" ", text).strip()


def parse_query(raw: str) -> ParsedQuery:
    text = strip_zero_width(normalize(raw))
    groups: list[list[str]] = []  # OR-groups, ANDed together
    excluded: list[str] = []
    khmer: list[str] = []
    join_next = False
    for match in _TOKEN.finditer(text):
        negative, phrase, word = match.group(1) == "-", match.group(2), match.group(3)
        if word is not None:
            if word == "OR":
                join_next = bool(groups)
                continue
            if word in ("AND", "NOT"):
                continue
            if word.startswith("-") and len(word) > 1:
                negative, word = True, word[1:]
        body = phrase if phrase is not None else word
        if not negative:
            khmer.extend(_KHMER_RUN.findall(body))
        latin = _latin_part(body)
        prefix = word is not None and latin.endswith("*")
        latin = latin.rstrip("*")
        if not _WORD.search(latin):
            continue
        term = _quote(latin) + ("*" if prefix else "")
        if negative:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    expression = None
    if groups:
        expression = " AND ".join(
            group[0] if len(group) == 1 else "(" + " OR ".join(group) + ")" for group in groups
        )
        for term in excluded:
            expression += f" NOT {term}"
    return ParsedQuery(expression, khmer)
