"""Full-text search over one database (the archive or the user's), best hits first."""

import json
import sqlite3
from dataclasses import dataclass

from desktop.ingest.khmer import KhmerRun
from desktop.store.query import TRIGRAM_MIN, ParsedQuery

# Marker characters around hits: control characters that normalisation
# removes from every stored text, so they can never be confused with it.
OPEN, CLOSE = "\x02", "\x03"
SNIPPET_TOKENS = 24
SNIPPET_CONTEXT = 90  # characters either side of a Khmer hit


@dataclass(frozen=True)
class Hit:
    """A matching document. ``snippet`` marks hits with OPEN/CLOSE;
    ``start``/``end`` locate the first hit in the reading text (None when only
    the title matched). Higher ``score`` is better."""

    document: str
    title: str
    date: str | None
    snippet: str
    score: float
    start: int | None
    end: int | None
    source: str

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
        }


def _first_marked_span(marked: str) -> tuple[int | None, int | None]:
    start = marked.find(OPEN)
    if start < 0:
        return None, None
    end = marked.find(CLOSE, start)
    return start, end - 1


def _latin_hits(
    conn: sqlite3.Connection, expression: str, limit: int, only: set[int] | None
) -> dict[int, tuple[float, str, int | None, int | None]]:
    restrict = ""
    params: list = [OPEN, CLOSE, SNIPPET_TOKENS, OPEN, CLOSE, expression]
    if only is not None:
        restrict = "AND rowid IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(sorted(only)))
    params.append(limit)
    # Ranking happens inside FTS5 (ORDER BY rank), so snippet() and
    # highlight() only run for the rows returned.
    rows = conn.execute(
        f"""
        SELECT rowid, rank, snippet(documents_fts, 1, ?, ?, '…', ?), highlight(documents_fts, 1, ?, ?)
        FROM documents_fts WHERE documents_fts MATCH ? {restrict}
        ORDER BY rank LIMIT ?
        """,
        params,
    ).fetchall()
    hits = {}
    for rowid, rank, snippet, marked in rows:
        start, end = _first_marked_span(marked)
        hits[rowid] = (-rank, snippet, start, end)
    return hits


KhmerMatches = dict[int, tuple[float, int, int]]


def _khmer_documents(conn: sqlite3.Connection, term: str) -> KhmerMatches:
    """Documents containing ``term``: rowid → (score, start, end of the first occurrence)."""
    if len(term) >= TRIGRAM_MIN:
        rows = conn.execute(
            """
            SELECT r.document_rowid, f.rank, r.start, r.text, r.removed
            FROM khmer_runs_fts f JOIN khmer_runs r ON r.rowid = f.rowid
            WHERE khmer_runs_fts MATCH ?
            """,
            ('"' + term.replace('"', '""') + '"',),
        ).fetchall()
    else:
        rows = conn.execute(
            "SELECT document_rowid, -1.0, start, text, removed FROM khmer_runs WHERE instr(text, ?) > 0",
            (term,),
        ).fetchall()
    found: KhmerMatches = {}
    for rowid, rank, start, text, removed in rows:
        run = KhmerRun(start, text, tuple(json.loads(removed)))
        index = text.find(term)
        span = (run.to_document_offset(index), run.to_document_offset(index + len(term) - 1) + 1)
        score, *first = found.get(rowid, (0.0, *span))
        found[rowid] = (score - rank, *min(tuple(first), span))
    return found


def _khmer_snippet(conn: sqlite3.Connection, rowid: int, start: int, end: int) -> str:
    begin = max(0, start - SNIPPET_CONTEXT)
    (window,) = conn.execute(
        "SELECT substr(text, ?, ?) FROM documents WHERE rowid = ?",
        (begin + 1, end - begin + SNIPPET_CONTEXT, rowid),
    ).fetchone()
    a, b = start - begin, end - begin
    snippet = window[:a] + OPEN + window[a:b] + CLOSE + window[b:]
    return ("…" if begin else "") + snippet + "…"


def search_database(
    conn: sqlite3.Connection, query: ParsedQuery, limit: int, source: str
) -> list[Hit]:
    """Up to ``limit`` documents of this database matching ``query``, best first."""
    if query.empty or limit <= 0:
        return []
    khmer_docs: KhmerMatches | None = None
    for term in query.khmer:
        found = _khmer_documents(conn, term)
        if khmer_docs is None:
            khmer_docs = found
        else:
            khmer_docs = {
                rowid: (score + found[rowid][0], *span)
                for rowid, (score, *span) in khmer_docs.items()
                if rowid in found
            }
    if query.latin is not None:
        only = set(khmer_docs) if khmer_docs is not None else None
        if only is not None and not only:
            return []
        scored = _latin_hits(conn, query.latin, limit, only)
        if khmer_docs:
            scored = {r: (s + khmer_docs[r][0], *rest) for r, (s, *rest) in scored.items()}
    else:
        best = sorted(khmer_docs.items(), key=lambda item: -item[1][0])[:limit]
        scored = {
            rowid: (score, _khmer_snippet(conn, rowid, start, end), start, end)
            for rowid, (score, start, end) in best
        }
    if not scored:
        return []
    marks = ",".join("?" for _ in scored)
    meta = {
        row[0]: row[1:]
        for row in conn.execute(
            f"SELECT rowid, id, title, date FROM documents WHERE rowid IN ({marks})", list(scored)
        )
    }
    hits = [
        Hit(meta[r][0], meta[r][1], meta[r][2], " ".join(snippet.split()), score, start, end, source)
        for r, (score, snippet, start, end) in scored.items()
    ]
    return sorted(hits, key=lambda hit: -hit.score)[:limit]
