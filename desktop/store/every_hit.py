"""Every hit of a query in one document, found by the search's own term logic.

English comes from the word index itself (FTS5 ``highlight()``: the same
tokenizer, stemming and phrases as the search); Khmer from the Khmer index's
stored words, on cluster edges, a short term as whole words only (as
store/khmer_search.py matches them). Hits next to each other, apart only by
spaces or punctuation, are one hit ("Prey" "Sar" → "Prey Sar"), as in snippets.
"""

import bisect
import json
import re
import sqlite3
from dataclasses import dataclass

from desktop.khmer.find import joined_words, locate, occurrences
from desktop.store.documents import page_at
from desktop.store.query import ParsedQuery
from desktop.store.snippets import CLOSE, ELIDED, OPEN, around

MAX_SPANS = 2000  # as many as the reader highlights for Find
LEAD_IN = 40  # characters before a listed hit: it shows in the first line of its row
_JOINS = re.compile(r"[^\w]{0,3}")  # what may stand between two hits that make one


@dataclass(frozen=True)
class Passage:
    """One hit: its span in the reading text, its snippet (hit marked with OPEN/CLOSE),
    its page (a PDF's) and its paragraph (from 1)."""

    start: int
    end: int
    snippet: str
    page: int | None
    paragraph: int


@dataclass(frozen=True)
class EveryHit:
    """A document's hits in reading order: ``passages`` (the first ones, with snippets),
    ``spans`` (up to MAX_SPANS) and ``total`` (how many there are)."""

    passages: list[Passage]
    spans: list[tuple[int, int]]
    total: int


def rowid_of(conn: sqlite3.Connection, doc_id: str) -> int | None:
    row = conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else None


def every_hit(conn: sqlite3.Connection, rowid: int, query: ParsedQuery, shown: int) -> EveryHit:
    """The hits of ``query`` in document ``rowid``, the first ``shown`` with snippets."""
    row = conn.execute("SELECT text, id, json_extract(meta, '$.pages') FROM documents WHERE rowid = ?",
                       (rowid,)).fetchone()
    if row is None:
        return EveryHit([], [], 0)
    text, pages = row[0], _pages(row[2])
    spans = _merged(text, sorted(_latin_spans(conn, rowid, query) + _khmer_spans(conn, rowid, text, query)))
    starts = [start for (start,) in conn.execute(
        "SELECT start FROM paragraphs WHERE document_rowid = ? ORDER BY idx", (rowid,))]
    passages = [
        Passage(start, end, " ".join(around(text, start, end, LEAD_IN).replace(ELIDED, "…").split()),
                page_at(pages, start), max(1, bisect.bisect_right(starts, start)))
        for start, end in spans[:shown]
    ]
    return EveryHit(passages, spans[:MAX_SPANS], len(spans))


def _pages(column: str | None) -> list[int]:
    return json.loads(column) if column else []


def _latin_expression(query: ParsedQuery) -> str | None:
    """The word index's part of the query, with the English or number alternatives of its groups."""
    parts = [query.latin] if query.latin else []
    parts += [alternative for group in query.groups for alternative in group.latin]
    return " OR ".join(f"({part})" for part in parts) or None


def _latin_spans(conn: sqlite3.Connection, rowid: int, query: ParsedQuery) -> list[tuple[int, int]]:
    expression = _latin_expression(query)
    if expression is None:
        return []
    row = conn.execute(
        "SELECT highlight(documents_fts, 1, ?, ?) FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?",
        (OPEN, CLOSE, expression, rowid),
    ).fetchone()
    if row is None or row[0] is None:
        return []
    spans, at, start = [], 0, 0
    for piece in re.split(f"([{OPEN}{CLOSE}])", row[0]):
        if piece == OPEN:
            start = at
        elif piece == CLOSE:
            spans.append((start, at))
        else:
            at += len(piece)
    return spans


def _khmer_spans(conn: sqlite3.Connection, rowid: int, text: str, query: ParsedQuery) -> list[tuple[int, int]]:
    if not query.khmer:
        return []
    row = conn.execute("SELECT words, places FROM khmer_text WHERE document_rowid = ?", (rowid,)).fetchone()
    if row is None:
        return []
    joined, spans = joined_words(row[0]), []
    for term in query.khmer:
        for found in occurrences(joined, term.text, term.prefix):
            if found.whole or not term.short:  # too short to mean anything inside a word
                span = locate(text, joined, row[1], found)
                if span is not None:
                    spans.append(span)
            if len(spans) >= MAX_SPANS:
                return spans
    return spans


def _merged(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping hits, and hits apart only by a few spaces or punctuation, as one."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and (start <= merged[-1][1] or _JOINS.fullmatch(text, merged[-1][1], start)):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
