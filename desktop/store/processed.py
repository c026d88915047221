"""Storing one processed document (desktop/extract/process.py): the write half of the one pipeline,
shared by the archive build and the user's imports."""

import sqlite3

from desktop.extract.process import ProcessedDocument
from desktop.store.documents import DocumentMeta, insert_document
from desktop.store.entities import write_candidates, write_mentions
from desktop.store.timeline import write_events


def write_processed(conn: sqlite3.Connection, meta: DocumentMeta, processed: ProcessedDocument,
                    **extra: object) -> int:
    """The document, its paragraphs and index entries, its mentions, candidates and events.

    Runs inside the caller's transaction; ``extra`` fills columns only the user's database has
    (``file_name``, ``imported_at``). Returns the document's rowid.
    """
    rowid = insert_document(conn, meta, processed.prepared, **extra)
    write_mentions(conn, rowid, processed.found.mentions)
    write_candidates(conn, rowid, processed.found.candidates)
    write_events(conn, rowid, meta.id, processed.events)
    return rowid
