"""The Khmer index's part of a search: which documents hold a term on
cluster edges, which hold it as whole words, and where.

A term is looked up as its clusters in order (FTS5 over the cluster column),
so a match never starts or ends inside a cluster. Whole-word documents are
those where the term's words, as the segmenter cuts the term, are found in
the word column; the rest are checked against their stored words, as the
segmenter may cut a term typed alone otherwise than in its sentence.
"""

import json
import sqlite3

from desktop.khmer.find import joined_words, locate, occurrences, whole_word_pattern
from desktop.store.query import KhmerTerm

# A term found inside longer words in more documents than this (ហ៊ុន in
# ក្រុមហ៊ុន, "company") has only the newest of them checked word by word; the
# others count as inside a word, and the result says it was windowed.
CHECK_WINDOW = 5_000
RANK_WINDOW = 3_000  # as the word index's (store/search.py)


def json_ids(rowids) -> str:
    """Rowids as one JSON parameter, for json_each()."""
    return json.dumps(sorted(rowids))


def among_rowids(rowids: set[int]) -> str:
    """SQL restricting an FTS5 query to ``rowids`` (one parameter, their JSON).
    FTS5 answers ``rowid IN`` by running the whole query once per rowid, so
    all but a single one are filtered after it ran once (``+rowid``)."""
    column = "rowid" if len(rowids) <= 1 else "+rowid"
    return f" AND {column} IN (SELECT value FROM json_each(?))"


def documents_with(conn: sqlite3.Connection, expression: str) -> set[int]:
    rows = conn.execute("SELECT rowid FROM khmer_text_fts WHERE khmer_text_fts MATCH ?", (expression,))
    return {rowid for (rowid,) in rows}


def ranked(conn: sqlite3.Connection, expression: str, among: set[int], limit: int) -> list[tuple[int, float]]:
    """The best ``limit`` of ``among`` matching ``expression``, with their bm25 score (higher is better)."""
    if not among or limit <= 0:
        return []
    window = ""
    if len(among) > RANK_WINDOW:  # rank the newest only: bm25 costs about a microsecond a document
        window = f" AND rowid >= {sorted(among)[-RANK_WINDOW]:d}"
    rows = conn.execute(
        f"SELECT rowid, rank FROM khmer_text_fts WHERE khmer_text_fts MATCH ?{among_rowids(among)}{window} "
        "ORDER BY rank LIMIT ?",
        (expression, json_ids(among), limit),
    )
    return [(rowid, -rank) for rowid, rank in rows]


def whole_word_documents(conn: sqlite3.Connection, term: KhmerTerm, among: set[int]) -> tuple[set[int], bool]:
    """Which of ``among`` (documents holding ``term``) hold it as whole words;
    True as well when there were too many to check them all."""
    whole = documents_with(conn, term.in_words()) & among
    rest = among - whole
    windowed = len(rest) > CHECK_WINDOW
    if windowed:
        rest = set(sorted(rest)[-CHECK_WINDOW:])
    pattern = whole_word_pattern(term.text, term.prefix)
    rows = conn.execute(
        "SELECT document_rowid, words FROM khmer_text WHERE document_rowid IN (SELECT value FROM json_each(?))",
        (json_ids(rest),),
    )
    whole.update(rowid for rowid, words in rows if pattern.search(words))
    return whole, windowed


def first_occurrence(conn: sqlite3.Connection, rowid: int, terms: list[KhmerTerm]) -> tuple[str, int, int] | None:
    """The reading text, and the span in it of the first whole-word occurrence
    of the first of ``terms`` found (else of its first occurrence at all)."""
    row = conn.execute(
        "SELECT d.text, k.words, k.places FROM documents d JOIN khmer_text k ON k.document_rowid = d.rowid "
        "WHERE d.rowid = ?",
        (rowid,),
    ).fetchone()
    if row is None:
        return None
    text, words, places = row
    joined = joined_words(words)
    for term in terms:
        found = list(occurrences(joined, term.text, term.prefix))
        if found:
            span = locate(text, joined, places, next((o for o in found if o.whole), found[0]))
            return None if span is None else (text, *span)
    return None


def _count(conn: sqlite3.Connection, expression: str) -> int:
    return conn.execute("SELECT count(*) FROM khmer_text_fts WHERE khmer_text_fts MATCH ?", (expression,)).fetchone()[0]


def _newest_floor(conn: sqlite3.Connection, expression: str, total: int) -> str:
    """SQL keeping the newest RANK_WINDOW matches of ``expression`` (of ``total``)."""
    if total <= RANK_WINDOW:
        return ""
    (floor,) = conn.execute(
        "SELECT rowid FROM khmer_text_fts WHERE khmer_text_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (expression, RANK_WINDOW - 1),
    ).fetchone()
    return f" AND rowid >= {floor:d}"


def one_term(conn: sqlite3.Connection, term: KhmerTerm, limit: int) -> tuple[list[tuple[int, float, bool]], int, bool]:
    """A query of one Khmer term, the common case, without handing every
    matching rowid to Python: the best ``limit`` (rowid, score, within_word),
    the number of matches, and whether ranking or checking was windowed."""
    clusters, words = term.in_clusters(), term.in_words()
    total = _count(conn, clusters)
    if not total:
        return [], 0, False
    # Found as clusters but not as the term's words: whole words only if the
    # stored words say so (the segmenter cut the term otherwise in its sentence).
    rest = documents_with(conn, f"({clusters}) NOT ({words})")
    promoted, windowed = whole_word_documents(conn, term, rest)
    whole_count = total - len(rest) + len(promoted)
    if term.short:
        total = whole_count
    window = _newest_floor(conn, words, whole_count)
    rows = conn.execute(
        f"SELECT rowid, rank FROM khmer_text_fts WHERE khmer_text_fts MATCH ?{window} ORDER BY rank LIMIT ?",
        (words, limit),
    ).fetchall()
    best = [(rowid, -rank, False) for rowid, rank in rows]
    best += [(r, s, False) for r, s in ranked(conn, clusters, promoted, limit - len(best))]
    if not term.short:
        best += [(r, s, True) for r, s in ranked(conn, clusters, rest - promoted, limit - len(best))]
    return best, total, windowed or bool(window)
