"""Champion lists: each common word's best-scoring archive documents, kept
when the archive is built, so that a query of common words is ranked exactly
without FTS5 scoring every match (about a microsecond each: 45 ms for a word
in 45,000 documents).

A word's score in a document is its share of the document's bm25 score, the
same double FTS5 adds up, so a query's score is the sum of its words' in
query order. For each word in at least COMMON_FROM documents the archive
keeps its CHAMPIONS best documents with their scores, and the best score of
any document left out (the floor). A query's top ``limit`` is read from the
lists when it is provably exact: every one of them is on every word's list,
and the last of them scores above anything a document could reach with a
word off its list (that word's floor in its place). Otherwise it is None and
FTS5 ranks every match, as it does for rarer words, phrases and prefixes,
which no list can answer (and whose matches are fewer).
"""

import array
import json
import sqlite3
import sys

from desktop.store.query import quote
from desktop.store.tokenizers import word_index_terms

CHAMPIONS = 1_000
COMMON_FROM = 2_000  # rarer words' matches are few enough to rank outright (about 2 ms)

_SCHEMA = """
CREATE TABLE term_champions (
    term TEXT PRIMARY KEY,          -- as the word index stores it (stemmed)
    documents INTEGER NOT NULL,     -- how many documents hold it
    floor REAL NOT NULL,            -- the best score of a document not listed
    rowids BLOB NOT NULL,           -- int64, best first
    scores BLOB NOT NULL            -- float64, the listed documents' scores
) WITHOUT ROWID
"""


def _pack(kind: str, values) -> bytes:
    packed = array.array(kind, values)
    if sys.byteorder != "little":
        packed.byteswap()
    return packed.tobytes()


def _unpack(kind: str, blob: bytes) -> array.array:
    values = array.array(kind)
    values.frombytes(blob)
    if sys.byteorder != "little":
        values.byteswap()
    return values


def write_champions(conn: sqlite3.Connection) -> None:
    """Compute the champion lists of the archive's word index (once built)."""
    conn.execute("DROP TABLE IF EXISTS term_champions")
    conn.execute(_SCHEMA)
    conn.execute("CREATE VIRTUAL TABLE temp.word_index_vocabulary USING fts5vocab(main, documents_fts, row)")
    try:
        common = conn.execute("SELECT term, doc FROM temp.word_index_vocabulary WHERE doc >= ? ORDER BY term",
                              (COMMON_FROM,)).fetchall()
    finally:
        conn.execute("DROP TABLE temp.word_index_vocabulary")
    for term, documents in common:
        if word_index_terms(term) != [term]:
            continue  # not typed as itself (stemming is not idempotent); ranked outright
        rows = conn.execute("SELECT rowid, rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
                            (quote(term), CHAMPIONS + 1)).fetchall()
        listed, left_out = rows[:CHAMPIONS], rows[CHAMPIONS:]
        conn.execute("INSERT INTO term_champions VALUES (?, ?, ?, ?, ?)", (
            term, documents, -left_out[0][1] if left_out else 0.0,
            _pack("q", (rowid for rowid, _ in listed)), _pack("d", (-rank for _, rank in listed))))


def has_lists(conn: sqlite3.Connection) -> bool:
    """False for the user's database, and for an archive built before the lists."""
    return conn.execute("SELECT 1 FROM main.sqlite_master WHERE name = 'term_champions'").fetchone() is not None


def _lists(conn: sqlite3.Connection, terms: set[str]) -> dict[str, tuple[int, float, dict[int, float]]] | None:
    if not has_lists(conn):
        return None
    rows = conn.execute("SELECT term, documents, floor, rowids, scores FROM main.term_champions "
                        "WHERE term IN (SELECT value FROM json_each(?))", (json.dumps(sorted(terms)),)).fetchall()
    if len(rows) != len(terms):
        return None
    return {term: (documents, floor, dict(zip(_unpack("q", rowids), _unpack("d", scores))))
            for term, documents, floor, rowids, scores in rows}


def query_terms(words: list[str]) -> list[str] | None:
    """The word index's term for each of ``words``; None if one is not a single term."""
    terms = [word_index_terms(word) for word in words]
    return None if any(len(found) != 1 for found in terms) else [found[0] for found in terms]


def best(conn: sqlite3.Connection, terms: list[str], limit: int) -> tuple[list[tuple[int, float]], int | None] | None:
    """The exact best ``limit`` (rowid, score) of documents holding every one
    of ``terms``, best first, and their number if known without counting
    (one term); None if the lists cannot prove it."""
    lists = _lists(conn, set(terms))
    if lists is None or limit <= 0:
        return None
    ceiling = 0.0  # the most a document not on every list can score
    for term in terms:
        ceiling += lists[term][1]
    scored: list[tuple[float, int]] = []
    for rowid in set().union(*(lists[term][2] for term in terms)):
        score, complete = 0.0, True
        for term in terms:
            part = lists[term][2].get(rowid)
            complete &= part is not None
            score += lists[term][1] if part is None else part
        if complete:
            scored.append((score, rowid))
        else:
            ceiling = max(ceiling, score)
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    if len(scored) < limit or scored[limit - 1][0] <= ceiling:
        return None
    documents = lists[terms[0]][0] if len(set(terms)) == 1 else None
    return [(rowid, score) for score, rowid in scored[:limit]], documents
