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
_KHMER_LEFT = re.compile("[\u1780-\u17ff\u19e0-\u19ff]+")  # signs no piece took (ៗ)
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

    def phrase(self, column: str, tokens: list[str]) -> str:
        """FTS5 query: ``tokens`` in order in ``column`` (the last a prefix of a word for a prefix term)."""
        return f"{column} : {quote(' '.join(tokens))}" + ("*" if self.prefix else "")

    def in_clusters(self) -> str:
        """FTS5 query: the term's clusters in order, in the cluster column."""
        return self.phrase("syllables", clusters(self.text))

    def in_words(self) -> str:
        """FTS5 query: the term's words (as the segmenter cuts it alone) in the word column."""
        return self.phrase("words", segment(self.text))


@dataclass(frozen=True)
class Group:
    """Alternatives of which one must occur: Khmer terms, and FTS5 terms for
    the word index (a number is both: 2023 and ២០២៣)."""

    khmer: tuple[KhmerTerm, ...] = ()
    latin: tuple[str, ...] = ()

    def __add__(self, other: "Group") -> "Group":
        return Group(self.khmer + other.khmer, self.latin + other.latin)


@dataclass(frozen=True)
class ParsedQuery:
    """``latin``: an FTS5 expression for the word index (English words), or None.
    ``groups``: what else must occur, each group once; ``excluded``: Khmer terms,
    ``excluded_latin``: an FTS5 expression, that must not occur."""

    latin: str | None = None
    groups: list[Group] = field(default_factory=list)
    excluded: list[KhmerTerm] = field(default_factory=list)
    excluded_latin: str | None = None

    @property
    def empty(self) -> bool:
        return self.latin is None and not self.groups

    @property
    def khmer(self) -> list[KhmerTerm]:
        return [term for group in self.groups for term in group.khmer]


def _khmer_terms(body: str, prefix: bool) -> tuple[list[KhmerTerm], str]:
    """The Khmer phrases in ``body`` and what is left of it for the word index."""
    terms: list[KhmerTerm] = []
    rest, at = [], 0
    for piece in pieces(body):
        text = piece.form.text
        if piece.joined and terms:
            terms[-1] = KhmerTerm(terms[-1].text + text)
        else:
            terms.append(KhmerTerm(text))
        rest.append(body[at : piece.start])
        at = piece.start + len(piece.raw)
    rest.append(body[at:])
    if terms and prefix and body.rstrip().endswith("*"):
        terms[-1] = KhmerTerm(terms[-1].text, prefix=True)
    return terms, _KHMER_LEFT.sub(" ", " ".join(rest)).strip()


def _number(text: str) -> Group:
    return Group((KhmerTerm(text),), (quote(text),))


@dataclass
class _Builder:
    parts: list[Group] = field(default_factory=list)  # ANDed together
    excluded_latin: list[str] = field(default_factory=list)
    excluded_khmer: list[KhmerTerm] = field(default_factory=list)
    join_next: bool = False

    def add(self, body: str, negative: bool, is_word: bool) -> None:
        number = body.translate(_KHMER_DIGITS)
        if number.isdigit():
            found = [_number(number)]
        else:
            prefix = is_word and body.endswith("*")
            terms, latin = _khmer_terms(body, prefix)
            found = [_number(t.text) if t.text.isdigit() else Group((t,)) for t in terms]
            latin = latin.rstrip("*")
            if _WORD.search(latin):
                found.append(Group(latin=(quote(latin) + ("*" if prefix else ""),)))
        if negative:
            for group in found:
                self.excluded_khmer.extend(group.khmer)
                self.excluded_latin.extend(group.latin)
            return
        if found and self.join_next:
            self.parts[-1] = self.parts[-1] + found.pop(0)
        self.parts.extend(found)
        self.join_next = False

    def query(self) -> ParsedQuery:
        latin = [g for g in self.parts if not g.khmer]
        groups = [g for g in self.parts if g.khmer]
        expression = " AND ".join(
            g.latin[0] if len(g.latin) == 1 else "(" + " OR ".join(g.latin) + ")" for g in latin
        ) or None
        excluded = " OR ".join(self.excluded_latin) or None
        if expression and excluded:
            expression += f" NOT ({excluded})"
        return ParsedQuery(expression, groups, self.excluded_khmer, excluded)


def parse_query(raw: str) -> ParsedQuery:
    built = _Builder()
    for match in _TOKEN.finditer(normalize(raw)):
        negative, phrase, word = match.group(1) == "-", match.group(2), match.group(3)
        if word is not None:
            if word == "OR":
                built.join_next = bool(built.parts)
                continue
            if word in ("AND", "NOT"):
                continue
            if word.startswith("-") and len(word) > 1:
                negative, word = True, word[1:]
        built.add(phrase if phrase is not None else word, negative, word is not None)
    return built.query()
