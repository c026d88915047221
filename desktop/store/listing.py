"""The library list: archive and user documents together, filtered and sorted in SQL.

These queries run on the user database's connection with the archive
attached read-only as ``archive``.
"""

import json
import sqlite3

from desktop.store.documents import DocumentInfo

Key = tuple[str, int]  # (source, rowid): "archive" or "user", and the row in that database

# Sort keys by name, as the columns each half of the list selects and the
# order over them; anything else is refused (never interpolated from input).
SORTS = {
    "title": ("title COLLATE NOCASE AS k0", "k0 {dir}, rowid, source"),
    "date": ("date IS NULL AS k0, date AS k1", "k0, k1 {dir}, rowid, source"),  # undated last either way
    "kind": ("kind IS NULL AS k0, kind COLLATE NOCASE AS k1", "k0, k1 {dir}, rowid, source"),
    "publisher": ("publisher IS NULL AS k0, publisher COLLATE NOCASE AS k1", "k0, k1 {dir}, rowid, source"),
    "source": ("NULL AS k0", "source {dir}, rowid"),
}
# The archive's default order (newest first) read from an index, so the full list of a large
# archive is merged with the user's documents without sorting it at every start.
ARCHIVE_LISTING_INDEX = "CREATE INDEX documents_by_date ON documents(date IS NULL, date DESC)"
_BOTH = """
    SELECT 'archive' AS source, rowid, id, title, date, kind, author, publisher, language
    FROM archive.documents
    UNION ALL
    SELECT 'user', rowid, id, title, date, kind, author, publisher, language FROM main.documents
"""


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_keys(conn: sqlite3.Connection, text: str = "", sort: str = "date", descending: bool = True,
              tag: str | None = None, collection: str | None = None) -> list[Key]:
    """Keys of every document whose title, author, publisher or kind contains ``text``; with ``tag``,
    only documents with that tag; with ``collection``, only those in that collection."""
    if sort not in SORTS:
        raise ValueError(f"cannot sort by {sort!r}")
    keys, order = SORTS[sort]
    order = order.format(dir="DESC" if descending else "ASC")
    where, params = [], {}
    if text.strip():
        where.append("(title LIKE :like ESCAPE '\\' OR author LIKE :like ESCAPE '\\' "
                     "OR publisher LIKE :like ESCAPE '\\' OR kind LIKE :like ESCAPE '\\')")
        params["like"] = _like(text.strip())
    if tag is not None:
        where.append("id IN (SELECT document_id FROM main.document_tags WHERE tag = :tag)")
        params["tag"] = tag
    if collection is not None:
        where.append("id IN (SELECT d.document_id FROM main.collection_documents d JOIN main.collections c "
                     "ON c.id = d.collection_id WHERE c.name = :collection)")
        params["collection"] = collection
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = conn.execute(
        f"SELECT 'archive' AS source, rowid, {keys} FROM archive.documents {clause} "
        f"UNION ALL SELECT 'user', rowid, {keys} FROM main.documents {clause} ORDER BY {order}", params)
    return [(source, rowid) for source, rowid, *_ in rows]


def infos(conn: sqlite3.Connection, keys: list[Key]) -> dict[Key, DocumentInfo]:
    """Library rows for ``keys`` (one query per database)."""
    found: dict[Key, DocumentInfo] = {}
    for source, table in (("archive", "archive.documents"), ("user", "main.documents")):
        rowids = [rowid for s, rowid in keys if s == source]
        if not rowids:
            continue
        rows = conn.execute(
            f"SELECT rowid, id, title, date, kind, author, publisher, language FROM {table} "
            "WHERE rowid IN (SELECT value FROM json_each(?))",
            (json.dumps(rowids),),
        )
        for rowid, doc_id, title, date, kind, author, publisher, language in rows:
            found[(source, rowid)] = DocumentInfo(
                doc_id, title, date, kind, author, publisher, json.loads(language), source
            )
    return found


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Documents per source."""
    return {
        "archive": conn.execute("SELECT count(*) FROM archive.documents").fetchone()[0],
        "user": conn.execute("SELECT count(*) FROM main.documents").fetchone()[0],
    }


def key_of(conn: sqlite3.Connection, doc_id: str) -> Key | None:
    row = conn.execute(f"SELECT source, rowid FROM ({_BOTH}) WHERE id = ? LIMIT 1", (doc_id,)).fetchone()
    return (row[0], row[1]) if row else None
