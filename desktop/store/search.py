"""Full-text search over one database (the archive or the user's), best hits first."""

import json
import re
import sqlite3
from dataclasses import dataclass

from desktop.ingest.khmer import KhmerRun
from desktop.store.query import TRIGRAM_MIN, ParsedQuery

# Marker characters around hits and for elided text in snippets: control
# characters that normalisation removes from every stored text, so they can
# never be confused with it.
OPEN, CLOSE, ELIDED = "\x02", "\x03", "\x04"
SNIPPET_TOKENS = 24
SNIPPET_CONTEXT = 90  # characters either side of a Khmer hit
# Ranking costs one to two microseconds per matching document. A query
# matching more documents than this (very common words) is ranked among the
# most recently added RANK_WINDOW matches, and the result says so.
RANK_WINDOW = 3_000


@dataclass(frozen=True)
class Hit:
    """A matching document. ``snippet`` marks hits with OPEN/CLOSE;
    ``start``/``end`` locate the hit shown in the snippet in the reading text
    (None when only the title matched). Higher ``score`` is better."""

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


@dataclass(frozen=True)
class Results:
    hits: list[Hit]
    total: int  # matching documents, of which ``hits`` are the best
    windowed: bool = False  # ranked among the newest RANK_WINDOW matches only


_MARKED = f"{OPEN}[^{CLOSE}]*{CLOSE}"
_FIRST_HIT_RUN = re.compile(f"{_MARKED}(?:[^\\w{OPEN}{CLOSE}]{{0,3}}{_MARKED})*")

# rowid -> (score, snippet, start, end)
Scored = dict[int, tuple[float, str, int | None, int | None]]


def _locate_snippet(text: str, snippet: str) -> tuple[int | None, int | None]:
    """Offsets in ``text`` of the first marked hit in ``snippet`` (a window of ``text``)."""
    first = snippet.find(OPEN)
    if first < 0:
        return None, None
    body = snippet.strip(ELIDED)
    window = body.replace(OPEN, "").replace(CLOSE, "")
    base = text.find(window)
    if base < 0:
        return None, None
    # The first hit, extended over the hits that follow it separated only by
    # spaces or punctuation ("Prey" "Sar" → "Prey Sar").
    hit = _FIRST_HIT_RUN.search(body)
    start = base + len(body[: hit.start()].replace(CLOSE, "").replace(OPEN, ""))
    return start, start + len(hit.group().replace(OPEN, "").replace(CLOSE, ""))


def _latin_hits(
    conn: sqlite3.Connection, expression: str, limit: int, only: set[int] | None
) -> tuple[Scored, int, bool]:
    restrict, params = "", [expression]
    if only is not None:
        restrict = " AND rowid IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(sorted(only)))
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
        f"""
        SELECT f.rowid, f.rank, f.snippet, d.text FROM (
            SELECT rowid, rank, snippet(documents_fts, 1, ?, ?, ?, ?) AS snippet
            FROM documents_fts WHERE {where} ORDER BY rank LIMIT ?
        ) AS f JOIN documents d ON d.rowid = f.rowid
        """,
        [OPEN, CLOSE, ELIDED, SNIPPET_TOKENS, *params, limit],
    ).fetchall()
    scored = {
        rowid: (-rank, snippet, *_locate_snippet(text, snippet))
        for rowid, rank, snippet, text in rows
    }
    return scored, total, windowed


def _khmer_documents(conn: sqlite3.Connection, term: str) -> dict[int, int]:
    """Documents containing ``term``: rowid → number of Khmer runs containing it."""
    if len(term) >= TRIGRAM_MIN:
        rows = conn.execute(
            """
            SELECT r.document_rowid, count(*)
            FROM khmer_runs_fts f JOIN khmer_runs r ON r.rowid = f.rowid
            WHERE khmer_runs_fts MATCH ? GROUP BY r.document_rowid
            """,
            ('"' + term.replace('"', '""') + '"',),
        )
    else:  # too short for trigrams: scan the (small) Khmer-only table
        rows = conn.execute(
            "SELECT document_rowid, count(*) FROM khmer_runs WHERE instr(text, ?) > 0 "
            "GROUP BY document_rowid",
            (term,),
        )
    return dict(rows)


def _khmer_first(conn: sqlite3.Connection, rowid: int, term: str) -> tuple[str, int, int]:
    """Snippet and offsets of the first occurrence of ``term`` in a document."""
    start, text, removed = conn.execute(
        "SELECT start, text, removed FROM khmer_runs WHERE document_rowid = ? AND instr(text, ?) > 0 "
        "ORDER BY start LIMIT 1",
        (rowid, term),
    ).fetchone()
    run = KhmerRun(start, text, tuple(json.loads(removed)))
    index = text.find(term)
    begin = run.to_document_offset(index)
    end = run.to_document_offset(index + len(term) - 1) + 1
    window_start = max(0, begin - SNIPPET_CONTEXT)
    (window,) = conn.execute(
        "SELECT substr(text, ?, ?) FROM documents WHERE rowid = ?",
        (window_start + 1, end - window_start + SNIPPET_CONTEXT, rowid),
    ).fetchone()
    a, b = begin - window_start, end - window_start
    snippet = window[:a] + OPEN + window[a:b] + CLOSE + window[b:]
    return (ELIDED if window_start else "") + snippet + ELIDED, begin, end


def search_database(conn: sqlite3.Connection, query: ParsedQuery, limit: int, source: str) -> Results:
    """Up to ``limit`` documents of this database matching ``query``, best first."""
    if query.empty or limit <= 0:
        return Results([], 0)
    khmer_docs: dict[int, int] | None = None
    for term in query.khmer:
        found = _khmer_documents(conn, term)
        khmer_docs = found if khmer_docs is None else {
            rowid: count + found[rowid] for rowid, count in khmer_docs.items() if rowid in found
        }
    windowed = False
    if query.latin is not None:
        if khmer_docs is not None and not khmer_docs:
            return Results([], 0)
        only = set(khmer_docs) if khmer_docs is not None else None
        scored, total, windowed = _latin_hits(conn, query.latin, limit, only)
    else:
        assert khmer_docs is not None
        total = len(khmer_docs)
        best = sorted(khmer_docs.items(), key=lambda item: (-item[1], item[0]))[:limit]
        scored = {
            rowid: (float(count), *_khmer_first(conn, rowid, query.khmer[0])) for rowid, count in best
        }
    return Results(_hits(conn, scored, source), total, windowed)


def _hits(conn: sqlite3.Connection, scored: Scored, source: str) -> list[Hit]:
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
        Hit(*meta[rowid], " ".join(snippet.replace(ELIDED, "…").split()), score, start, end, source)
        for rowid, (score, snippet, start, end) in scored.items()
    ]
    return sorted(hits, key=lambda hit: -hit.score)
