"""Writing and reading documents; the same tables exist in the archive and the user database."""

from __future__ import annotations

import bisect
import json
import sqlite3
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.store.schema import insert_khmer_text

if TYPE_CHECKING:  # the writer's type: cleaning is not loaded to read documents
    from desktop.ingest.document import PreparedText


@dataclass(frozen=True)
class DocumentMeta:
    id: str
    title: str
    kind: str | None = None
    author: str | None = None
    publisher: str | None = None
    date: str | None = None
    language: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)


@dataclass(frozen=True)
class DocumentInfo:
    """One line of the library list."""

    id: str
    title: str
    date: str | None
    kind: str | None
    author: str | None
    publisher: str | None
    language: list[str]
    source: str  # "archive" or "user"

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "kind": self.kind,
            "author": self.author,
            "publisher": self.publisher,
            "language": self.language,
            "source": self.source,
        }


@dataclass(frozen=True)
class Document:
    info: DocumentInfo
    format: str
    original: str
    text: str
    junk: list[dict]
    meta: dict
    text_sha256: str
    paragraphs: list[tuple[int, int]]

    @property
    def pages(self) -> list[int]:
        """Where each page starts in the reading text (a PDF's); [] for an unpaged document."""
        return self.meta.get("pages", [])

    def page_at(self, offset: int | None) -> int | None:
        return page_at(self.pages, offset)

    def page_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The first and last page a passage of the reading text is on (a PDF's), or None."""
        if not self.pages:
            return None
        return page_at(self.pages, start), page_at(self.pages, max(start, end - 1))


def page_starts(conn: sqlite3.Connection, doc_ids) -> dict[str, list[int]]:
    """Where each page starts, for those of ``doc_ids`` that have pages (PDFs)."""
    rows = conn.execute(
        "SELECT id, json_extract(meta, '$.pages') FROM documents WHERE id IN (SELECT value FROM json_each(?)) "
        "AND json_extract(meta, '$.pages') IS NOT NULL",
        (json.dumps(sorted(set(doc_ids))),),
    )
    return {doc_id: json.loads(pages) for doc_id, pages in rows}


def page_at(pages: list[int], offset: int | None) -> int | None:
    """The page (from 1) holding ``offset`` of the reading text, given where each page starts."""
    if not pages or offset is None:
        return None
    return max(1, bisect.bisect_right(pages, offset))


def insert_document(
    conn: sqlite3.Connection, meta: DocumentMeta, prepared: PreparedText, **extra: object
) -> int:
    """Store a prepared document with its paragraphs and its entries in both indexes.

    Runs inside the caller's transaction. ``extra`` fills columns only one of
    the databases has (``file_name``, ``imported_at``). Returns the rowid.
    """
    columns = {
        "id": meta.id,
        "title": meta.title,
        "kind": meta.kind,
        "author": meta.author,
        "publisher": meta.publisher,
        "date": meta.date,
        "language": json.dumps(meta.language),
        "format": prepared.format,
        # Read rarely (the "original" view), so kept compressed: the archive stays small.
        "original": _compressed(prepared.original),
        "text": prepared.text,
        "junk": json.dumps(
            [{"start": j.start, "end": j.end, "rule": j.rule, "text": j.text} for j in prepared.junk],
            ensure_ascii=False,
        ),
        "meta": json.dumps(meta.meta, ensure_ascii=False, sort_keys=True),
        "original_sha256": prepared.original_sha256,
        "text_sha256": prepared.text_sha256,
        **extra,
    }
    names = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join("?" for _ in columns)
    rowid = conn.execute(
        f"INSERT INTO documents ({names}) VALUES ({marks})", list(columns.values())
    ).lastrowid
    conn.execute(  # from the row just written: a long text is not handed to SQLite twice
        "INSERT INTO documents_fts (rowid, title, text) SELECT rowid, title, text FROM documents WHERE rowid = ?",
        (rowid,),
    )
    conn.executemany(
        'INSERT INTO paragraphs (document_rowid, idx, start, "end") VALUES (?, ?, ?, ?)',
        [(rowid, p.index, p.start, p.end) for p in prepared.paragraphs],
    )
    if prepared.khmer is not None:
        insert_khmer_text(conn, rowid, prepared.khmer)
    return rowid


def _compressed(text: str, piece: int = 1 << 20) -> bytes:
    """``text`` in UTF-8, zlib-compressed, encoded a piece at a time (never a second whole copy)."""
    compressor = zlib.compressobj(6)
    parts = [compressor.compress(text[at : at + piece].encode("utf-8")) for at in range(0, len(text), piece)]
    return b"".join([*parts, compressor.flush()])


_INFO_COLUMNS = "id, title, date, kind, author, publisher, language"


def _info(row: sqlite3.Row | tuple, source: str) -> DocumentInfo:
    doc_id, title, date, kind, author, publisher, language = row[:7]
    return DocumentInfo(doc_id, title, date, kind, author, publisher, json.loads(language), source)


def list_documents(conn: sqlite3.Connection, source: str) -> list[DocumentInfo]:
    """All documents, ordered by id (seeds are numbered in reading order)."""
    rows = conn.execute(f"SELECT {_INFO_COLUMNS} FROM documents ORDER BY id")
    return [_info(row, source) for row in rows]


def get_document(conn: sqlite3.Connection, doc_id: str, source: str) -> Document | None:
    row = conn.execute(
        f"SELECT {_INFO_COLUMNS}, format, original, text, junk, meta, text_sha256, rowid "
        "FROM documents WHERE id = ?",
        (doc_id,),
    ).fetchone()
    if row is None:
        return None
    paragraphs = conn.execute(
        'SELECT start, "end" FROM paragraphs WHERE document_rowid = ? ORDER BY idx', (row[13],)
    ).fetchall()
    return Document(
        info=_info(row, source),
        format=row[7],
        original=zlib.decompress(row[8]).decode("utf-8"),
        text=row[9],
        junk=json.loads(row[10]),
        meta=json.loads(row[11]),
        text_sha256=row[12],
        paragraphs=[tuple(p) for p in paragraphs],
    )


def find_by_original_hash(conn: sqlite3.Connection, original_sha256: str) -> str | None:
    row = conn.execute(
        "SELECT id FROM documents WHERE original_sha256 = ? LIMIT 1", (original_sha256,)
    ).fetchone()
    return row[0] if row else None


def document_rowid(conn: sqlite3.Connection, doc_id: str) -> int | None:
    row = conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else None


def text_sha256_of(conn: sqlite3.Connection, doc_id: str) -> str | None:
    """The hash of a document's reading text (what annotations were made on), without reading it."""
    row = conn.execute("SELECT text_sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else None
