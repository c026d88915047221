"""Turning what a person types into safe FTS5 queries.

Nothing typed is ever passed to FTS5 as syntax: every word and phrase is
quoted. What a person can use: words (all must match), "exact phrases",
`word*` for a prefix, `-word` to exclude, `OR` between two words. Khmer is
put in the normal form (desktop/khmer/normal.py) and looked up in the Khmer
index as clusters, so a look-alike spelling is found and a fragment of a
cluster never is; a number is looked up in both indexes, so 2023 finds ២០២៣.
"""

import re
from dataclasses import dataclass, field

from desktop.ingest.normalize import normalize
from desktop.khmer.index_text import pieces
from desktop.khmer.syllables import clusters
from desktop.khmer.words import segment

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w", re.UNICODE)
_KHMER_DIGITS = str.maketrans({chr(0x17E0 + d): str(d) for d in range(10)})
# Khmer terms this short (in code points) are common fragments of longer
# words (ដី in ដីធ្លី), so they match whole words only.
SHORT_TERM = 2


def quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


@dataclass(frozen=True)
class KhmerTerm:
    """Khmer typed as one word or phrase, in the normal form without spaces."""

    text: str
    prefix: bool = False

    @property
    def short(self) -> bool:
        return len(self.text) <= SHORT_TERM and not self.text.isdigit()

    def _phrase(self, column: str, tokens: list[str]) -> str:
        return f"{column} : {quote(' '.join(tokens))}" + ("*" if self.prefix else "")

    def in_clusters(self) -> str:
        """FTS5 query: the term's clusters in order, in the cluster column."""
        return self._phrase("syllables", clusters(self.text))

    def in_words(self) -> str:
        """FTS5 query: the term's words (as the segmenter cuts it alone) in the word column."""
        return self._phrase("words", segment(self.text))


@dataclass(frozen=True)
class ParsedQuery:
    """``latin``: an FTS5 expression for the word index, or None.
    ``khmer``: terms that must all occur; ``excluded``: Khmer terms that must not.
    ``numbers``: numbers typed alone, which must occur in either index."""

    latin: str | None = None
    khmer: list[KhmerTerm] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    excluded: list[KhmerTerm] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.latin is None and not self.khmer and not self.numbers


def _khmer_terms(body: str, prefix: bool) -> tuple[list[KhmerTerm], str]:
    """The Khmer phrases in ``body`` and what is left of it for the word index."""
    terms: list[KhmerTerm] = []
    rest, at = [], 0
    for piece in pieces(body):
        if piece.joined and terms:
            terms[-1] = KhmerTerm(terms[-1].text + piece.form.text)
        else:
            terms.append(KhmerTerm(piece.form.text))
        rest.append(body[at : piece.start])
        at = piece.start + piece.form.length
    rest.append(body[at:])
    if terms and prefix and body.rstrip().endswith("*"):
        terms[-1] = KhmerTerm(terms[-1].text, prefix=True)
    return terms, " ".join(rest).strip()


@dataclass
class _Builder:
    groups: list[list[str]] = field(default_factory=list)  # OR-groups, ANDed together
    excluded_latin: list[str] = field(default_factory=list)
    khmer: list[KhmerTerm] = field(default_factory=list)
    excluded_khmer: list[KhmerTerm] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    join_next: bool = False

    def add(self, body: str, negative: bool, is_word: bool) -> None:
        number = body.translate(_KHMER_DIGITS)
        if number.isdigit() and not negative:
            self.numbers.append(number)
            return
        prefix = is_word and body.endswith("*")
        terms, latin = _khmer_terms(body, prefix)
        for term in terms:
            if term.text.isdigit() and not negative:
                self.numbers.append(term.text)
            else:
                (self.excluded_khmer if negative else self.khmer).append(term)
        latin = latin.rstrip("*")
        if not _WORD.search(latin):
            return
        term = quote(latin) + ("*" if prefix else "")
        if negative:
            self.excluded_latin.append(term)
        elif self.join_next:
            self.groups[-1].append(term)
        else:
            self.groups.append([term])
        self.join_next = False

    def expression(self) -> str | None:
        if not self.groups:
            return None
        expression = " AND ".join(
            group[0] if len(group) == 1 else "(" + " OR ".join(group) + ")" for group in self.groups
        )
        for term in self.excluded_latin:
            expression += f" NOT {term}"
        return expression


def parse_query(raw: str) -> ParsedQuery:
    built = _Builder()
    for match in _TOKEN.finditer(normalize(raw)):
        negative, phrase, word = match.group(1) == "-", match.group(2), match.group(3)
        if word is not None:
            if word == "OR":
                built.join_next = bool(built.groups)
                continue
            if word in ("AND", "NOT"):
                continue
            if word.startswith("-") and len(word) > 1:
                negative, word = True, word[1:]
        built.add(phrase if phrase is not None else word, negative, word is not None)
    return ParsedQuery(built.expression(), built.khmer, built.numbers, built.excluded_khmer)
