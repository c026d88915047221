"""Where a Khmer term occurs in a document: on cluster edges only, and
whether as whole words (by the segmenter's words the index stored)."""

import bisect
import json
import re
from dataclasses import dataclass

from desktop.khmer.index_text import BREAK, piece_at
from desktop.khmer.normal import COENG
from desktop.khmer.syllables import clusters, is_mark

_BREAK_CHAR = "\n"  # stands for BREAK in the joined text: no term contains it


@dataclass(frozen=True)
class Occurrence:
    start: int
    end: int
    whole: bool  # starts and ends between words, not inside a longer one


@dataclass(frozen=True)
class Joined:
    """A document's Khmer joined into one string (phrases apart), with the
    edges of its words."""

    text: str
    word_edges: frozenset[int]


def joined_words(words_column: str) -> Joined:
    parts, edges, at = [], {0}, 0
    for token in words_column.split(" "):
        piece = _BREAK_CHAR if token == BREAK else token
        parts.append(piece)
        at += len(piece)
        edges.add(at)
        if token == BREAK:
            edges.add(at - 1)
    return Joined("".join(parts), frozenset(edges))


def whole_word_pattern(term: str, prefix: bool = False) -> re.Pattern:
    """Matches ``term`` in a word column as whole words: from a word's start
    to a word's end, with any word edges between its clusters."""
    inner = " ?".join(re.escape(c) for c in clusters(term))
    return re.compile(f"(?<![^ ]){inner}" + ("" if prefix else "(?![^ ])"))


def on_cluster_edge(text: str, i: int) -> bool:
    if i <= 0 or i >= len(text):
        return True
    before, after = text[i - 1], text[i]
    if before == COENG or is_mark(after):
        return False
    return not (before.isdigit() and after.isdigit())  # never inside a number


def occurrences(joined: Joined, term: str, prefix: bool = False):
    """Occurrences of ``term`` (normal form) starting and ending on cluster
    edges (a prefix term may end inside one: the rest of its last cluster)."""
    text, at = joined.text, joined.text.find(term)
    while at >= 0:
        end = at + len(term)
        if on_cluster_edge(text, at) and (prefix or on_cluster_edge(text, end)):
            while not on_cluster_edge(text, end):
                end += 1
            whole = at in joined.word_edges and (prefix or end in joined.word_edges)
            yield Occurrence(at, end, whole)
        at = text.find(term, at + 1)


def locate(text: str, joined: Joined, places_column: str, occurrence: Occurrence) -> tuple[int, int] | None:
    """The span in ``text`` (a reading text) of an occurrence in ``joined``
    (its stored words): only the pieces it falls in are cut again. None if
    the stored words no longer fit the text."""
    places = json.loads(places_column)
    document_starts, joined_starts = places[0::2], places[1::2]
    index = bisect.bisect_right(joined_starts, occurrence.start) - 1
    start = None
    while 0 <= index < len(joined_starts):
        form = piece_at(text, document_starts[index])
        at = joined_starts[index]
        if form is None or joined.text[at : at + len(form.text)] != form.text:
            return None
        if start is None:
            start = document_starts[index] + form.starts[occurrence.start - at]
        if occurrence.end <= at + len(form.text):
            return start, document_starts[index] + form.ends[occurrence.end - 1 - at]
        index += 1
    return None
