"""Full-text search over one database (the archive or the user's), best hits first.

English goes to the word index (FTS5 porter unicode61); Khmer to the Khmer
index (store/khmer_search.py); a number to both. Documents where every Khmer
term is a whole word come before those where one is only inside longer words
(marked ``within_word``).
"""

import json
import sqlite3
from dataclasses import dataclass

from desktop.store import khmer_search
from desktop.store.query import KhmerTerm, ParsedQuery, quote
from desktop.store.snippets import CLOSE, ELIDED, OPEN, around, from_fts

SNIPPET_TOKENS = 24
# Ranking costs one to two microseconds per matching document. A query
# matching more documents than this (very common words) is ranked among the
# most recently added RANK_WINDOW matches, and the result says so.
RANK_WINDOW = 3_000


@dataclass(frozen=True)
class Hit:
    """A matching document. ``snippet`` marks hits with OPEN/CLOSE;
    ``start``/``end`` locate the hit shown in the snippet in the reading text
    (None when only the title matched). Higher ``score`` is better;
    ``within_word``: a Khmer term is found only inside longer words."""

    document: str
    title: str
    date: str | None
    snippet: str
    score: float
    start: int | None
    end: int | None
    source: str
    within_word: bool = False

    def marked_snippet(self, open_mark: str = "**", close_mark: str = "**") -> str:
        return self.snippet.replace(OPEN, open_mark).replace(CLOSE, close_mark)

    def as_json(self) -> dict:
        return {
            "document": self.document,
            "title": self.title,
            "snippet": self.marked_snippet(),
            "score": float(f"{self.score:.6g}"),
            "start": self.start,
            "end": self.end,
            "within_word": self.within_word,
        }

    @property
    def order(self) -> tuple[bool, float]:
        """Sort key: whole-word hits first, then by score."""
        return self.within_word, -self.score


@dataclass(frozen=True)
class Results:
    hits: list[Hit]
    total: int  # matching documents, of which ``hits`` are the best
    windowed: bool = False  # ranked among the newest RANK_WINDOW matches only


def _json_ids(rowids) -> str:
    return json.dumps(sorted(rowids))


def _latin_ranked(
    conn: sqlite3.Connection, expression: str, limit: int, only: set[int] | None
) -> tuple[list[tuple[int, float, str]], int, bool]:
    """Up to ``limit`` (rowid, score, FTS snippet) best first, the number of
    matches, and whether ranking was windowed."""
    restrict, params = "", [expression]
    if only is not None:
        restrict = " AND rowid IN (SELECT value FROM json_each(?))"
        params.append(_json_ids(only))
    where = f"documents_fts MATCH ?{restrict}"
    (total,) = conn.execute(f"SELECT count(*) FROM documents_fts WHERE {where}", params).fetchone()
    windowed = total > RANK_WINDOW
    if windowed:
        (floor,) = conn.execute(
            f"SELECT rowid FROM documents_fts WHERE {where} ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            [*params, RANK_WINDOW - 1],
        ).fetchone()
        where += " AND rowid >= ?"
        params.append(floor)
    # Ranking happens inside FTS5 (ORDER BY rank), so snippet() only runs
    # for the rows returned.
    rows = conn.execute(
        f"SELECT rowid, rank, snippet(documents_fts, 1, ?, ?, ?, ?) FROM documents_fts "
        f"WHERE {where} ORDER BY rank LIMIT ?",
        [OPEN, CLOSE, ELIDED, SNIPPET_TOKENS, *params, limit],
    ).fetchall()
    return [(rowid, -rank, snippet) for rowid, rank, snippet in rows], total, windowed


def _latin_documents(conn: sqlite3.Connection, expression: str) -> set[int]:
    rows = conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", (expression,))
    return {rowid for (rowid,) in rows}


@dataclass
class _Match:
    """The documents a query's Khmer terms and numbers allow, and which of
    them hold every Khmer term as whole words."""

    allowed: set[int] | None = None  # None: no Khmer term or number
    whole: set[int] | None = None
    windowed: bool = False

    def narrow(self, rowids: set[int]) -> None:
        self.allowed = rowids if self.allowed is None else self.allowed & rowids


def _khmer_match(conn: sqlite3.Connection, query: ParsedQuery) -> _Match:
    match = _Match()
    for number in query.numbers:
        match.narrow(_latin_documents(conn, quote(number))
                     | khmer_search.documents_with(conn, KhmerTerm(number).in_clusters()))
    for term in query.khmer:
        match.narrow(khmer_search.documents_with(conn, term.in_clusters()))
    for term in query.excluded:
        if match.allowed is not None:
            match.allowed -= khmer_search.documents_with(conn, term.in_clusters())
    if not query.khmer or not match.allowed:
        return match
    match.whole = set(match.allowed)
    for term in query.khmer:
        whole, windowed = khmer_search.whole_word_documents(conn, term, match.allowed)
        match.windowed |= windowed
        if term.short:  # too short to mean anything inside another word
            match.allowed &= whole
        match.whole &= whole
    return match


def search_database(conn: sqlite3.Connection, query: ParsedQuery, limit: int, source: str) -> Results:
    """Up to ``limit`` documents of this database matching ``query``, best first."""
    if query.empty or limit <= 0:
        return Results([], 0)
    match = _khmer_match(conn, query)
    if match.allowed is not None and not match.allowed:
        return Results([], 0)
    if query.latin is not None:
        return _with_latin(conn, query, match, limit, source)
    ranked = _khmer_ranked(conn, query, match.allowed)
    whole = match.whole if match.whole is not None else match.allowed
    ordered = [r for r in ranked if r[0] in whole] + [r for r in ranked if r[0] not in whole]
    hits = [_khmer_hit(conn, rowid, score, query, rowid not in whole) for rowid, score in ordered[:limit]]
    return Results(_described(conn, hits, source), len(ranked), match.windowed)


def _khmer_ranked(conn: sqlite3.Connection, query: ParsedQuery, allowed: set[int]) -> list[tuple[int, float]]:
    """The allowed documents, best first by the Khmer index (numbers alone: the word index first)."""
    if query.khmer:
        expression = " AND ".join(term.in_clusters() for term in query.khmer)
        return [r for r in khmer_search.ranked(conn, expression) if r[0] in allowed]
    numbers = " AND ".join(quote(n) for n in query.numbers)
    latin, _, _ = _latin_ranked(conn, numbers, len(allowed), allowed)
    seen = {rowid for rowid, _, _ in latin}
    clusters = " AND ".join(KhmerTerm(n).in_clusters() for n in query.numbers)
    khmer = [r for r in khmer_search.ranked(conn, clusters) if r[0] in allowed and r[0] not in seen]
    return [(rowid, score) for rowid, score, _ in latin] + khmer


def _with_latin(conn, query: ParsedQuery, match: _Match, limit: int, source: str) -> Results:
    tiers = [match.allowed] if match.whole is None else [match.whole, match.allowed - match.whole]
    hits, total, windowed = [], 0, match.windowed
    for tier_number, tier in enumerate(tiers):
        if tier is not None and not tier:
            continue
        rows, count, was_windowed = _latin_ranked(conn, query.latin, limit - len(hits), tier)
        total, windowed = total + count, windowed or was_windowed
        for rowid, score, snippet in rows:
            hits.append(_latin_hit(conn, rowid, score, snippet, query, within=tier_number == 1))
    return Results(_described(conn, hits, source), total, windowed)


def _text(conn: sqlite3.Connection, rowid: int) -> str:
    return conn.execute("SELECT text FROM documents WHERE rowid = ?", (rowid,)).fetchone()[0]


# A hit before its document is described: rowid, snippet, score, start, end, within_word.
Found = tuple[int, str, float, int | None, int | None, bool]


def _khmer_hit(conn, rowid: int, score: float, query: ParsedQuery, within: bool) -> Found:
    for term in query.khmer or [KhmerTerm(n) for n in query.numbers]:
        found = khmer_search.first_occurrence(conn, rowid, term)
        if found is not None:
            text, start, end = found
            return rowid, around(text, start, end), score, start, end, within
    # A number the word index found.
    rows, _, _ = _latin_ranked(conn, " AND ".join(quote(n) for n in query.numbers), 1, {rowid})
    return _latin_hit(conn, rowid, score, rows[0][2] if rows else "", query, within)


def _latin_hit(conn, rowid: int, score: float, snippet: str, query: ParsedQuery, within: bool) -> Found:
    if query.khmer:  # show the Khmer: the word index cannot mark it
        found = khmer_search.first_occurrence(conn, rowid, query.khmer[0])
        if found is not None:
            text, start, end = found
            return rowid, around(text, start, end), score, start, end, within
    snippet, start, end = from_fts(_text(conn, rowid), snippet)
    return rowid, snippet, score, start, end, within


def _described(conn: sqlite3.Connection, found: list[Found], source: str) -> list[Hit]:
    """The hits with their documents' id, title and date, whole-word hits first."""
    if not found:
        return []
    meta = {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT rowid, id, title, date FROM documents WHERE rowid IN (SELECT value FROM json_each(?))",
            (_json_ids(f[0] for f in found),),
        )
    }
    hits = [
        Hit(*meta[rowid], " ".join(snippet.replace(ELIDED, "…").split()), score, start, end, source, within)
        for rowid, snippet, score, start, end, within in found
    ]
    return sorted(hits, key=lambda hit: hit.order)
