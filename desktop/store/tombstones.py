"""What is kept of an imported document deleted for good (``ekasar remove --purge``): a tombstone.

Purging forgets the document's text, its original and every row that hung on it, and its tags and
collections (it is no longer in the library, and cannot come back but by importing it again, as a
new start). What the user wrote about it stays: notes (which carry their own quotes), their own
timeline events on it, and their edits of its extracted events. Those cite the document, so a
small row is kept: its id, title and date, where its pages started (a note or event still names
its page), the hash of its reading text (which the notes already carry), and the rows of the
extracted events the user edited, so the edits stay on the timeline (and those marked as not an
event, which stay off it, so that Undo can bring them back). None of the text is kept: an
event's quoted passage is empty from then on.

Only citations read a tombstone (``DocumentsService.cited``), and only when the document is not
in the library: imported again under the same id (a new start), it is found first. Its notes that
purging left for review stay there, to be attached again by hand.
"""

import json
import sqlite3
from datetime import datetime, timezone

from desktop.store.documents import Document, DocumentInfo
from desktop.store.timeline import event_id


def edited_event_rows(conn: sqlite3.Connection, doc_id: str, events: list[dict],
                      dismissed: bool = True) -> list[dict]:
    """Those of a document's extracted event rows the user edited (an override names them).

    :param dismissed: with those the user marked as not an event (kept, so that undoing the
        dismissal brings them back; the timeline leaves them out)."""
    edited = {row[0] for row in conn.execute(
        "SELECT event_id FROM event_overrides WHERE substr(event_id, 1, ?) = ? AND (? OR NOT dismissed)",
        (len(doc_id) + 4, f"ev-{doc_id}-", dismissed))}
    return [row for row in events if event_id(doc_id, row["date_start"]) in edited]


def keep_tombstone(conn: sqlite3.Connection, copy: dict) -> None:
    """Write the tombstone of a removed document from the copy kept of it (in the caller's transaction)."""
    row = copy["documents"]
    events = [{k: v for k, v in event.items() if k != "document_rowid"}
              for event in edited_event_rows(conn, row["id"], copy["events"])]
    conn.execute(
        "INSERT OR REPLACE INTO purged_documents (id, title, date, pages, text_sha256, edited_events, purged_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (row["id"], row["title"], row["date"], json.dumps(json.loads(row["meta"]).get("pages", [])),
         row["text_sha256"], json.dumps(events, ensure_ascii=False),
         datetime.now(timezone.utc).isoformat(timespec="seconds")))


def purged_document(conn: sqlite3.Connection, doc_id: str) -> Document | None:
    """A purged document as a citation knows it (title, date, pages; no text), or None."""
    row = conn.execute("SELECT title, date, pages, text_sha256 FROM purged_documents WHERE id = ?",
                       (doc_id,)).fetchone()
    if row is None:
        return None
    title, date, pages, text_sha256 = row
    info = DocumentInfo(doc_id, title, date, None, None, None, [], "user")
    return Document(info=info, format="text", original="", text="", junk=[],
                    meta={"pages": json.loads(pages), "purged": True}, text_sha256=text_sha256, paragraphs=[])


def tombstone_events(conn: sqlite3.Connection) -> dict[str, list[dict]]:
    """Purged document id → the rows of its extracted events the user edited (those with any)."""
    return {doc_id: json.loads(rows) for doc_id, rows in conn.execute(
        "SELECT id, edited_events FROM purged_documents WHERE edited_events != '[]' "
        "AND id NOT IN (SELECT id FROM main.documents)")}
