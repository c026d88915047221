"""Where a Khmer term occurs in a document: on cluster edges only, and
whether as whole words (by the segmenter's words the index stored)."""

from dataclasses import dataclass

from desktop.khmer.index_text import BREAK, iter_pieces
from desktop.khmer.normal import COENG
from desktop.khmer.syllables import is_mark

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


def locate(text: str, joined: Joined, occurrence: Occurrence) -> tuple[int, int] | None:
    """The span in ``text`` (a reading text) of an occurrence in ``joined``
    (its stored words), found by cutting ``text`` again only as far as the
    occurrence; None if the stored words no longer fit the text."""
    at, start = 0, None
    for piece in iter_pieces(text):
        if at and not piece.joined:
            at += 1  # the break
        form = piece.form.text
        if joined.text[at : at + len(form)] != form:
            return None
        if start is None and occurrence.start < at + len(form):
            start = piece.start + piece.form.starts[occurrence.start - at]
        if start is not None and occurrence.end <= at + len(form):
            return start, piece.start + piece.form.ends[occurrence.end - 1 - at]
        at += len(form)
    return None
