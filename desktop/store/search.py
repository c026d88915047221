"""Full-text search over one database (the archive or the user's), best hits first.

English goes to the word index (FTS5 porter unicode61); Khmer to the Khmer
index (store/khmer_search.py); a number to both. Documents where every Khmer
term is a whole word come before those where one is only inside longer words
(marked ``within_word``).
"""

import re
import sqlite3
from dataclasses import dataclass, field

from desktop.store import champions, khmer_search
from desktop.store.counting import Count, count_matches
from desktop.store.documents import page_at, page_starts
from desktop.store.query import Group, ParsedQuery
from desktop.store.snippets import CLOSE, ELIDED, OPEN, around, from_fts

SNIPPET_TOKENS = 24
_WORDS_ONLY = re.compile(r'"[^"]+"(?: AND "[^"]+")*')  # the word index's expression for plain words


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
    page: int | None = None  # the hit's page, in a paged document (a PDF)

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
            "page": self.page,
        }

    @property
    def order(self) -> tuple[bool, float]:
        """Sort key: whole-word hits first, then by score."""
        return self.within_word, -self.score


@dataclass(frozen=True)
class Results:
    hits: list[Hit]
    total: int  # matching documents, of which ``hits`` are the best
    estimated: bool = False  # ``total`` is an estimate (store/counting.py)


def _latin_ranked(
    conn: sqlite3.Connection, expression: str, limit: int, only: set[int] | None, excluded: set[int] = frozenset()
) -> tuple[list[tuple[int, float, str]], int]:
    """Up to ``limit`` (rowid, score, FTS snippet) best first, ranked by bm25
    over every match, and the number of matches."""
    restrict, params = "", [expression]
    if only is not None:
        restrict = khmer_search.among_rowids(only)
        params.append(khmer_search.json_ids(only))
    if excluded:
        restrict += " AND +rowid NOT IN (SELECT value FROM json_each(?))"
        params.append(khmer_search.json_ids(excluded))
    where = f"documents_fts MATCH ?{restrict}"
    total = count_matches(conn, "documents_fts", where, params)
    # Ranking happens inside FTS5 (ORDER BY rank), so snippet() only runs
    # for the rows returned.
    rows = conn.execute(
        f"SELECT rowid, rank, snippet(documents_fts, 1, ?, ?, ?, ?) FROM documents_fts "
        f"WHERE {where} ORDER BY rank LIMIT ?",
        [OPEN, CLOSE, ELIDED, SNIPPET_TOKENS, *params, limit],
    ).fetchall()
    return [(rowid, -rank, snippet) for rowid, rank, snippet in rows], total


def _latin_documents(conn: sqlite3.Connection, expression: str) -> set[int]:
    rows = conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", (expression,))
    return {rowid for (rowid,) in rows}


@dataclass
class _Match:
    """The documents a query's groups (Khmer terms, numbers) allow, those
    among them holding every group as whole words, and those excluded."""

    allowed: set[int] | None = None  # None: the query has no group
    whole: set[int] | None = None
    excluded: set[int] = field(default_factory=set)


def _group_documents(conn, group: Group, match: _Match) -> tuple[set[int], set[int]]:
    """Documents holding one of the group's alternatives, and those holding one as whole words."""
    found: set[int] = set()
    whole: set[int] = set()
    for latin in group.latin:
        docs = _latin_documents(conn, latin)
        found |= docs
        whole |= docs
    for term in group.khmer:
        docs = khmer_search.documents_with(conn, term.in_clusters())
        if match.allowed is not None:
            docs &= match.allowed
        term_whole = khmer_search.whole_word_documents(conn, term, docs)
        found |= term_whole if term.short else docs  # too short to mean anything inside a word
        whole |= term_whole
    return found, whole


def _khmer_match(conn: sqlite3.Connection, query: ParsedQuery) -> _Match:
    match = _Match()
    for term in query.excluded:
        match.excluded |= khmer_search.documents_with(conn, term.in_clusters())
    if query.excluded_latin and query.latin is None:
        match.excluded |= _latin_documents(conn, query.excluded_latin)
    for group in query.groups:
        found, whole = _group_documents(conn, group, match)
        match.allowed = found if match.allowed is None else match.allowed & found
        match.whole = whole if match.whole is None else match.whole & whole
    if match.allowed is not None:
        match.allowed -= match.excluded
        match.whole &= match.allowed
    return match


def search_database(conn: sqlite3.Connection, query: ParsedQuery, limit: int, source: str) -> Results:
    """Up to ``limit`` documents of this database matching ``query``, best first."""
    if query.empty or limit <= 0:
        return Results([], 0)
    if query.latin is None and not query.excluded and not query.excluded_latin and len(query.groups) == 1 \
            and query.groups[0].latin == () and len(query.groups[0].khmer) == 1:
        answered = khmer_search.one_term(conn, query.khmer[0], limit)
        if answered is not None:
            return _one_khmer_term(conn, query, answered, source)
    answered = _from_champions(conn, query, limit, source)
    if answered is not None:
        return answered
    match = _khmer_match(conn, query)
    if match.allowed is not None and not match.allowed:
        return Results([], 0)
    if query.latin is not None:
        return _with_latin(conn, query, match, limit, source)
    found: list[Found] = []
    for within, tier in ((False, match.whole), (True, match.allowed - match.whole)):
        for rowid, score in _khmer_ranked(conn, query, tier, limit - len(found)):
            found.append(_khmer_hit(conn, rowid, score, query, within))
    return Results(_described(conn, found, source), len(match.allowed))


def _from_champions(conn, query: ParsedQuery, limit: int, source: str) -> Results | None:
    """A query of common English words only, ranked from the archive's
    champion lists when they prove the ranking exact (store/champions.py)."""
    if query.groups or query.excluded or query.excluded_latin or not _WORDS_ONLY.fullmatch(query.latin or ""):
        return None
    if not champions.has_lists(conn):  # the user's notebook: no words to look up
        return None
    terms = champions.query_terms(re.findall(r'"([^"]+)"', query.latin))
    answered = champions.best(conn, terms, limit) if terms else None
    if answered is None:
        return None
    best, documents = answered
    total = Count(documents) if documents is not None else \
        count_matches(conn, "documents_fts", "documents_fts MATCH ?", [query.latin])
    found = [_latin_hit(conn, rowid, score, _snippet(conn, query.latin, rowid), query, False) for rowid, score in best]
    return Results(_described(conn, found, source), *total)


def _snippet(conn, expression: str, rowid: int) -> str:
    row = conn.execute(
        "SELECT snippet(documents_fts, 1, ?, ?, ?, ?) FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?",
        (OPEN, CLOSE, ELIDED, SNIPPET_TOKENS, expression, rowid),
    ).fetchone()
    return row[0] if row else ""


def _one_khmer_term(conn, query: ParsedQuery, answered, source: str) -> Results:
    best, total = answered
    found = [_khmer_hit(conn, rowid, score, query, within) for rowid, score, within in best]
    return Results(_described(conn, found, source), *total)


def _khmer_ranked(conn, query: ParsedQuery, among: set[int], limit: int) -> list[tuple[int, float]]:
    """The best ``limit`` of ``among``: by the Khmer index, then (documents
    that hold a group only as English words or numbers) by the word index."""
    alternatives = [" OR ".join(term.in_clusters() for term in group.khmer) for group in query.groups]
    expression = " AND ".join(f"({a})" for a in alternatives)
    best = khmer_search.ranked(conn, expression, among, limit)
    rest = among - {rowid for rowid, _ in best}
    latin = " OR ".join(alt for group in query.groups for alt in group.latin)
    if rest and latin and len(best) < limit:
        rows, _ = _latin_ranked(conn, latin, limit - len(best), rest)
        best += [(rowid, score) for rowid, score, _ in rows]
    return best


def _with_latin(conn, query: ParsedQuery, match: _Match, limit: int, source: str) -> Results:
    if match.allowed is None:
        tiers = [(False, None)]
    else:
        tiers = [(False, match.whole), (True, match.allowed - match.whole)]
    found: list[Found] = []
    total, estimated = 0, False
    for within, tier in tiers:
        if tier is not None and not tier:
            continue
        rows, count = _latin_ranked(conn, query.latin, limit - len(found), tier, match.excluded)
        total, estimated = total + count.documents, estimated or count.estimated
        found += [_latin_hit(conn, rowid, score, snippet, query, within) for rowid, score, snippet in rows]
    return Results(_described(conn, found, source), total, estimated)


def _text(conn: sqlite3.Connection, rowid: int) -> str:
    return conn.execute("SELECT text FROM documents WHERE rowid = ?", (rowid,)).fetchone()[0]


# A hit before its document is described: rowid, snippet, score, start, end, within_word.
Found = tuple[int, str, float, int | None, int | None, bool]


def _khmer_hit(conn, rowid: int, score: float, query: ParsedQuery, within: bool) -> Found:
    found = khmer_search.first_occurrence(conn, rowid, query.khmer)
    if found is not None:
        text, start, end = found
        return rowid, around(text, start, end), score, start, end, within
    # Held as English words or a number only: the word index shows where.
    latin = " OR ".join(alt for group in query.groups for alt in group.latin)
    rows, _ = _latin_ranked(conn, latin, 1, {rowid}) if latin else ([], 0)
    return _latin_hit(conn, rowid, score, rows[0][2] if rows else "", query, within)


def _latin_hit(conn, rowid: int, score: float, snippet: str, query: ParsedQuery, within: bool) -> Found:
    if query.khmer:  # show the Khmer: the word index cannot mark it
        found = khmer_search.first_occurrence(conn, rowid, query.khmer)
        if found is not None:
            text, start, end = found
            return rowid, around(text, start, end), score, start, end, within
    text = _text(conn, rowid)
    if not snippet:  # nothing the word index could mark either (a title match)
        return rowid, around(text, 0, 0).replace(OPEN + CLOSE, ""), score, None, None, within
    snippet, start, end = from_fts(text, snippet)
    return rowid, snippet, score, start, end, within


def _described(conn: sqlite3.Connection, found: list[Found], source: str) -> list[Hit]:
    """The hits with their documents' id, title and date, whole-word hits first."""
    if not found:
        return []
    meta = {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT rowid, id, title, date FROM documents WHERE rowid IN (SELECT value FROM json_each(?))",
            (khmer_search.json_ids(f[0] for f in found),),
        )
    }
    pages = page_starts(conn, [doc_id for doc_id, _, _ in meta.values()])  # PDFs only
    hits = [
        Hit(*meta[rowid], " ".join(snippet.replace(ELIDED, "…").split()), score, start, end, source, within,
            page_at(pages.get(meta[rowid][0], []), start))
        for rowid, snippet, score, start, end, within in found
    ]
    return sorted(hits, key=lambda hit: hit.order)
