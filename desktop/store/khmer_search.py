"""The Khmer index's part of a search: which documents hold a term on
cluster edges, which hold it as whole words, and where.

A term is looked up as its clusters in order (FTS5 over the cluster column),
so a match never starts or ends inside a cluster. Whole-word documents are
those holding the term's clusters as consecutive words of the word column,
cut into words in any way the column holds (the segmenter may cut a term in
its sentence otherwise than typed alone): all inside FTS5, so a common word
costs no Python work per document. A long phrase, which could be cut too
many ways, has its documents' stored words checked instead.
"""

import json
import sqlite3

from desktop.khmer.find import joined_words, locate, occurrences, whole_word_pattern
from desktop.khmer.syllables import clusters
from desktop.store.counting import Count, count_matches
from desktop.store.query import KhmerTerm, quote

# A term cut into words more ways than this, or longer than this many
# clusters (a long phrase), is checked against each document's stored words instead.
MAX_CUTS = 32
MAX_CLUSTERS = 30


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
    rows = conn.execute(
        f"SELECT rowid, rank FROM khmer_text_fts WHERE khmer_text_fts MATCH ?{among_rowids(among)} "
        "ORDER BY rank LIMIT ?",
        (expression, json_ids(among), limit),
    )
    return [(rowid, -rank) for rowid, rank in rows]


def _held(conn: sqlite3.Connection, expression: str) -> bool:
    row = conn.execute("SELECT 1 FROM khmer_text_fts WHERE khmer_text_fts MATCH ? LIMIT 1", (expression,)).fetchone()
    return row is not None


def _cuts(conn: sqlite3.Connection, term: KhmerTerm) -> list[list[str]] | None:
    """Every way of cutting ``term``'s clusters into words the word column
    holds (a prefix term's last word may be longer); None if too long or more than MAX_CUTS."""
    parts = clusters(term.text)
    if len(parts) > MAX_CLUSTERS:
        return None
    ways: dict[int, list[list[str]]] = {len(parts): [[]]}
    for start in range(len(parts) - 1, -1, -1):
        ways[start] = []
        for end in range(start + 1, len(parts) + 1):
            piece, last = "".join(parts[start:end]), end == len(parts)
            if ways[end] and _held(conn, f"words : {quote(piece)}" + ("*" if term.prefix and last else "")):
                ways[start] += [[piece, *rest] for rest in ways[end]]
                if len(ways[start]) > MAX_CUTS:
                    return None
    return ways[0]


def whole_words(conn: sqlite3.Connection, term: KhmerTerm) -> str | None:
    """An FTS5 query for ``term`` as whole words, however the segmenter cut
    it in its sentence: "" if no document holds it so, None if it can be cut
    in too many ways (a long phrase)."""
    cuts = _cuts(conn, term)
    if cuts is None:
        return None
    return " OR ".join(term.phrase("words", words) for words in cuts)


def whole_word_documents(conn: sqlite3.Connection, term: KhmerTerm, among: set[int]) -> set[int]:
    """Which of ``among`` (documents holding ``term``) hold it as whole words."""
    expression = whole_words(conn, term)
    if expression is not None:
        return documents_with(conn, expression) & among if expression else set()
    # A long phrase: the documents not holding it as the words it is cut
    # into alone have their stored words checked one by one.
    whole = documents_with(conn, term.in_words()) & among
    rest = among - whole  # all checked, however many: a phrase this long rarely matches many documents
    pattern = whole_word_pattern(term.text, term.prefix)
    rows = conn.execute(
        "SELECT document_rowid, words FROM khmer_text WHERE document_rowid IN (SELECT value FROM json_each(?))",
        (json_ids(rest),),
    )
    whole.update(rowid for rowid, words in rows if pattern.search(words))
    return whole


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


def _best(conn: sqlite3.Connection, expression: str, limit: int) -> list[tuple[int, float]]:
    """The best ``limit`` matches of ``expression`` with their bm25 score
    (higher is better), ranked over every match."""
    rows = conn.execute(
        "SELECT rowid, rank FROM khmer_text_fts WHERE khmer_text_fts MATCH ? ORDER BY rank LIMIT ?",
        (expression, limit),
    )
    return [(rowid, -rank) for rowid, rank in rows]


def one_term(conn: sqlite3.Connection, term: KhmerTerm, limit: int):
    """A query of one Khmer term, the common case, answered inside FTS5: the
    best ``limit`` (rowid, score, within_word) and the number of matches (a Count);
    None if the term is a phrase cut too many ways."""
    whole = whole_words(conn, term)
    if whole is None:
        return None
    clusters = term.in_clusters()
    best = [(rowid, score, False) for rowid, score in (_best(conn, whole, limit) if whole else [])]
    if term.short:  # too short to mean anything inside a word
        return best, _count(conn, whole) if whole else Count(0)
    if len(best) < limit:
        within = _best(conn, f"({clusters}) NOT ({whole})" if whole else clusters, limit - len(best))
        best += [(rowid, score, True) for rowid, score in within]
    return best, _count(conn, clusters)


def _count(conn: sqlite3.Connection, expression: str) -> Count:
    return count_matches(conn, "khmer_text_fts", "khmer_text_fts MATCH ?", [expression])
