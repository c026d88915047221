"""How many documents a full-text query matches: exactly up to COUNT_EXACTLY, estimated above.

Counting every match costs as much as reading every match (4 ms for a phrase in 18,000
documents of 50,000). Above COUNT_EXACTLY the count is scaled up from the matches in
SAMPLES evenly spread rowid windows, together an eighth of the database, which FTS5 reads
by seeking; the result says it is an estimate ("about 25,000").
"""

import sqlite3
from typing import NamedTuple

COUNT_EXACTLY = 1_000
SAMPLES = 8
SAMPLED_SHARE = 8  # the windows cover one part in this many of the rowids

# Each index's content table, whose rowids (an integer primary key) bound the windows.
_CONTENT = {"documents_fts": "documents", "khmer_text_fts": "khmer_text"}


class Count(NamedTuple):
    documents: int
    estimated: bool = False


def count_matches(conn: sqlite3.Connection, table: str, where: str, params: list) -> Count:
    """Documents of ``table`` (an FTS5 index) satisfying ``where`` (its MATCH and any restriction)."""
    (found,) = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {where} LIMIT {COUNT_EXACTLY + 1})", params).fetchone()
    if found <= COUNT_EXACTLY:
        return Count(found)
    content = f"main.{_CONTENT[table]}"  # by its key: min() and max() of a view would read every row
    (low,), (high,) = (conn.execute(f"SELECT rowid FROM {content} ORDER BY rowid {way} LIMIT 1").fetchone()
                       for way in ("ASC", "DESC"))
    span = high - low + 1
    width = span // (SAMPLES * SAMPLED_SHARE)
    if width < 1:
        return _exactly(conn, table, where, params)
    sampled = 0
    for window in range(SAMPLES):
        first = low + window * span // SAMPLES
        sampled += conn.execute(f"SELECT count(*) FROM {table} WHERE {where} AND rowid BETWEEN ? AND ?",
                                [*params, first, first + width - 1]).fetchone()[0]
    if sampled == 0:  # the matches gather outside the windows: the sample says nothing
        return _exactly(conn, table, where, params)
    estimate = max(found, round(sampled * span / (SAMPLES * width)))
    return Count(round(estimate, 2 - len(str(estimate))), estimated=True)  # two significant digits


def _exactly(conn: sqlite3.Connection, table: str, where: str, params: list) -> Count:
    return Count(conn.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0])
