"""Removing an imported document, and putting it back exactly as it was.

A removed document leaves every table that the library, search, people and timeline read: its
row, its paragraphs, its entries in both full-text indexes, its Khmer index, its mentions and
events, and the candidate people and organizations only it named. None of those readers has to
know about removal. A copy of every one of those rows is kept in ``removed_documents`` (until
purged), and restoring writes them back, with their index entries made again from them.

The user's notes on the document are never deleted: removing sends the anchored ones to review
(readable and exportable, with the document's citation from the copy) and restoring anchors them
again. Their own timeline events on it, and their edits of its extracted events, stay on the
timeline, cited from the copy; an extracted event they marked as not an event stays off it, as
it does once the document is restored. Candidates the user wrote about (a note on one, a curation,
an edited event naming one) stay in the people list. Tags and collections name documents by id, so
they are simply there again too. Importing the same file again restores the copy, with all of
that, rather than importing it afresh (``restore_if_removed``).

Purging forgets the copy, and the document's tags and collections; a tombstone keeps what the
user's notes and events need to cite it (desktop/store/tombstones.py).
"""

import json
import sqlite3
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone

from desktop.annotate.anchor import Selector, anchor, select
from desktop.errors import DocumentNotFound
from desktop.store.documents import Document, DocumentInfo
from desktop.store.entities import refresh_counts
from desktop.store.tombstones import edited_event_rows, keep_tombstone, tombstone_events
from desktop.store.transaction import transaction

# The rows that hang on a document, by its rowid (parents before children when restoring).
DEPENDENT_TABLES = ("paragraphs", "khmer_text", "mentions", "events")


@dataclass(frozen=True)
class RemovedDocument:
    id: str
    title: str
    removed_at: str
    notes: int  # notes the removal sent to review
    events: int = 0  # the user's own timeline events on it, and edits of its extracted ones

    def as_json(self) -> dict:
        return {"id": self.id, "title": self.title, "removed_at": self.removed_at, "notes": self.notes,
                "events": self.events}


# How many of the user's timeline events and event edits cite the document whose id is {id}
# (an event marked as not an event is off the timeline: not one that stays on it).
_EVENTS_KEPT = ("(SELECT count(*) FROM user_events u WHERE u.document_id = {id}) + "
                "(SELECT count(*) FROM event_overrides o WHERE substr(o.event_id, 1, length({id}) + 4) "
                "= 'ev-' || {id} || '-' AND NOT o.dismissed)")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _rows(conn: sqlite3.Connection, sql: str, params: tuple) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")}


def _insert(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    """Rows as they were copied, by column name (only columns the table has)."""
    known = _columns(conn, table)
    for row in rows:
        names = [name for name in row if name in known]
        quoted = ", ".join(f'"{name}"' for name in names)
        conn.execute(f"INSERT OR IGNORE INTO main.{table} ({quoted}) VALUES ({', '.join('?' for _ in names)})",
                     [row[name] for name in names])


def remove_document(conn: sqlite3.Connection, doc_id: str) -> RemovedDocument:
    """Take an imported document out of the library, keeping a copy to restore; its anchored notes
    go to review. One transaction.

    :raises DocumentNotFound: no imported document ``doc_id``.
    """
    with transaction(conn):
        [document] = _rows(conn, "SELECT * FROM main.documents WHERE id = ?", (doc_id,)) or [None]
        if document is None:
            raise DocumentNotFound(doc_id)
        rowid = document["rowid"]
        copy = {"documents": {k: v for k, v in document.items() if k != "original"}}
        for table in DEPENDENT_TABLES:
            copy[table] = _rows(conn, f"SELECT * FROM main.{table} WHERE document_rowid = ?", (rowid,))
        _drop_index_entries(conn, rowid)
        for table in DEPENDENT_TABLES:
            conn.execute(f"DELETE FROM main.{table} WHERE document_rowid = ?", (rowid,))
        conn.execute("DELETE FROM main.documents WHERE rowid = ?", (rowid,))
        edited = {i for row in edited_event_rows(conn, doc_id, copy["events"], dismissed=False)
                  for i in json.loads(row["entities"])}
        copy["entities"], copy["aliases"] = _take_orphans(conn, {m["entity_id"] for m in copy["mentions"]}, edited)
        refresh_counts(conn)
        moved = _to_review(conn, doc_id)
        removed = RemovedDocument(doc_id, document["title"], _now(), len(moved), events_kept(conn, doc_id))
        packed = zlib.compress(json.dumps(copy, ensure_ascii=False).encode("utf-8"), 6)
        conn.execute("INSERT OR REPLACE INTO removed_documents (id, title, removed_at, copy, original, moved_notes) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     (doc_id, removed.title, removed.removed_at, packed, document["original"], json.dumps(moved)))
    return removed


def _to_review(conn: sqlite3.Connection, doc_id: str) -> list[str]:
    """Send the document's anchored notes to review; return the ids of every note a removal sent
    there and restoring will anchor again: these, and those an earlier removal of it sent (a copy
    kept from before the same file was imported afresh)."""
    moved = [row[0] for row in conn.execute(
        "SELECT id FROM annotations WHERE document_id = ? AND status = 'anchored'", (doc_id,))]
    conn.execute("UPDATE annotations SET status = 'needs_review' WHERE id IN (SELECT value FROM json_each(?))",
                 (json.dumps(moved),))
    earlier = [row[0] for row in conn.execute(
        "SELECT a.id FROM removed_documents r, json_each(r.moved_notes) m JOIN annotations a ON a.id = m.value "
        "WHERE r.id = ? AND a.status = 'needs_review'", (doc_id,))]
    return list(dict.fromkeys([*earlier, *moved]))


def _drop_index_entries(conn: sqlite3.Connection, rowid: int) -> None:
    """Both full-text indexes keep their content elsewhere: an entry goes by its indexed values."""
    conn.execute("INSERT INTO main.documents_fts (documents_fts, rowid, title, text) "
                 "SELECT 'delete', rowid, title, text FROM main.documents WHERE rowid = ?", (rowid,))
    conn.execute("INSERT INTO main.khmer_text_fts (khmer_text_fts, rowid, syllables, words) "
                 "SELECT 'delete', document_rowid, syllables, words FROM main.khmer_text WHERE document_rowid = ?",
                 (rowid,))


def _take_orphans(conn: sqlite3.Connection, entity_ids: set[str],
                  keep: set[str]) -> tuple[list[dict], list[dict]]:
    """Candidates (and their aliases) that only the removed document named: out of the people list,
    into the copy. Those the user wrote about stay: a note on one, a curation of one (or a merge
    into one), and those in ``keep`` (named by an event of the document the user edited)."""
    ids = json.dumps(sorted(entity_ids - keep))
    orphans = _rows(conn, "SELECT * FROM main.entities WHERE id IN (SELECT value FROM json_each(?)) "
                          "AND id NOT IN (SELECT entity_id FROM main.mentions) "
                          "AND id NOT IN (SELECT target_id FROM annotations WHERE target = 'entity' "
                          "AND target_id IS NOT NULL) "
                          "AND id NOT IN (SELECT entity_id FROM curations) "
                          "AND id NOT IN (SELECT value FROM curations WHERE action = 'merge' "
                          "AND value IS NOT NULL)", (ids,))
    orphan_ids = json.dumps([e["id"] for e in orphans])
    aliases = _rows(conn, "SELECT * FROM main.aliases WHERE entity_id IN (SELECT value FROM json_each(?))",
                    (orphan_ids,))
    conn.execute("DELETE FROM main.aliases WHERE entity_id IN (SELECT value FROM json_each(?))", (orphan_ids,))
    conn.execute("DELETE FROM main.entities WHERE id IN (SELECT value FROM json_each(?))", (orphan_ids,))
    return orphans, aliases


def _copy_of(conn: sqlite3.Connection, doc_id: str) -> tuple[dict, bytes, list[str]] | None:
    row = conn.execute("SELECT copy, original, moved_notes FROM removed_documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    return json.loads(zlib.decompress(row[0]).decode("utf-8")), row[1], json.loads(row[2])


def restore_document(conn: sqlite3.Connection, doc_id: str) -> int:
    """Put a removed document back as it was, with its indexes, mentions, events and candidates;
    anchor the notes its removal sent to review again. Return how many notes are anchored again.

    A document imported again since (the same file) is kept as it is; the copy is then dropped.
    :raises DocumentNotFound: no removed document ``doc_id``.
    """
    with transaction(conn):
        kept = _copy_of(conn, doc_id)
        if kept is None:
            raise DocumentNotFound(doc_id)
        copy, original, moved = kept
        present = conn.execute("SELECT rowid FROM main.documents WHERE id = ?", (doc_id,)).fetchone()
        if present is None:
            _write_back(conn, copy, original)
        anchored = _anchor_again(conn, doc_id, moved)
        conn.execute("DELETE FROM removed_documents WHERE id = ?", (doc_id,))
    return anchored


def restore_if_removed(conn: sqlite3.Connection, doc_id: str) -> bool:
    """The file of a removed document is being imported again (the same content, so the same id):
    put back the copy kept of it — with the user's edits of its details, its tags and collections,
    and its notes anchored again — instead of importing it afresh. Return whether there was one
    (False: import it as usual)."""
    if not is_removed(conn, doc_id) or conn.execute("SELECT 1 FROM main.documents WHERE id = ?",
                                                    (doc_id,)).fetchone():
        return False
    restore_document(conn, doc_id)
    return True


def _write_back(conn: sqlite3.Connection, copy: dict, original: bytes) -> None:
    document = dict(copy["documents"], original=original)
    old_rowid = document["rowid"]
    if conn.execute("SELECT 1 FROM main.documents WHERE rowid = ?", (old_rowid,)).fetchone():
        document["rowid"] = None  # a later import took its place: a new row number, the same document
    _insert(conn, "documents", [document])
    rowid = conn.execute("SELECT rowid FROM main.documents WHERE id = ?", (document["id"],)).fetchone()[0]
    conn.execute("INSERT INTO main.documents_fts (rowid, title, text) "
                 "SELECT rowid, title, text FROM main.documents WHERE rowid = ?", (rowid,))
    for table in DEPENDENT_TABLES:
        _insert(conn, table, [dict(row, document_rowid=rowid) for row in copy[table]])
    conn.execute("INSERT INTO main.khmer_text_fts (rowid, syllables, words) "
                 "SELECT document_rowid, syllables, words FROM main.khmer_text WHERE document_rowid = ?", (rowid,))
    _insert(conn, "entities", copy.get("entities", []))
    _insert(conn, "aliases", copy.get("aliases", []))
    refresh_counts(conn)


def _anchor_again(conn: sqlite3.Connection, doc_id: str, moved: list[str]) -> int:
    """The notes the removal sent to review, and still there: anchored where their passage is."""
    row = conn.execute("SELECT text, text_sha256 FROM main.documents WHERE id = ?", (doc_id,)).fetchone()
    text, text_sha256 = row
    anchored = 0
    for note_id, target, quote, prefix, suffix, start, end in conn.execute(
        'SELECT id, target, quote, prefix, suffix, start, "end" FROM annotations WHERE document_id = ? '
        "AND status = 'needs_review' AND id IN (SELECT value FROM json_each(?))", (doc_id, json.dumps(moved))
    ).fetchall():
        if target != "passage":
            conn.execute("UPDATE annotations SET status = 'anchored' WHERE id = ?", (note_id,))
            anchored += 1
            continue
        found = anchor(text, Selector(quote, prefix, suffix, start, end))
        if found is None:
            continue  # the document imported again reads differently here: the note stays for review
        fresh = select(text, *found)
        conn.execute('UPDATE annotations SET status = \'anchored\', text_sha256 = ?, quote = ?, prefix = ?, '
                     'suffix = ?, start = ?, "end" = ? WHERE id = ?',
                     (text_sha256, fresh.quote, fresh.prefix, fresh.suffix, fresh.start, fresh.end, note_id))
        anchored += 1
    return anchored


def purge_removed(conn: sqlite3.Connection, doc_id: str) -> bool:
    """Forget a removed document's copy for good, and its tags and collections; keep a tombstone of
    it, so the user's notes and events on it (which stay) still cite it. Return whether there was one."""
    with transaction(conn):
        kept = _copy_of(conn, doc_id)
        if kept is None:
            return False
        keep_tombstone(conn, kept[0])
        conn.execute("DELETE FROM document_tags WHERE document_id = ?", (doc_id,))
        conn.execute("DELETE FROM collection_documents WHERE document_id = ?", (doc_id,))
        conn.execute("DELETE FROM removed_documents WHERE id = ?", (doc_id,))
    return True


def events_kept(conn: sqlite3.Connection, doc_id: str) -> int:
    """How many of the user's timeline events and edits of extracted events cite ``doc_id``."""
    return conn.execute(f"SELECT {_EVENTS_KEPT.format(id='?1')}", (doc_id,)).fetchone()[0]


def removed_documents(conn: sqlite3.Connection) -> list[RemovedDocument]:
    """Removed documents still kept, the latest removed first."""
    return [RemovedDocument(doc_id, title, removed_at, len(json.loads(moved)), events)
            for doc_id, title, removed_at, moved, events in conn.execute(
                f"SELECT id, title, removed_at, moved_notes, {_EVENTS_KEPT.format(id='r.id')} "
                "FROM removed_documents r ORDER BY removed_at DESC, rowid DESC")]


def kept_edited_events(conn: sqlite3.Connection) -> dict[str, list[dict]]:
    """Document id → the rows of its extracted events the user edited, for each removed or purged
    document with any: the edits stay on the timeline (cited from the copy or the tombstone). A
    tombstone's may include rows marked as not an event: ``apply_overrides`` leaves those out."""
    found = {}
    for (doc_id,) in conn.execute(
        "SELECT id FROM removed_documents r WHERE EXISTS (SELECT 1 FROM event_overrides o WHERE NOT o.dismissed "
        "AND substr(o.event_id, 1, length(r.id) + 4) = 'ev-' || r.id || '-') "
        "AND id NOT IN (SELECT id FROM main.documents)"
    ).fetchall():
        found[doc_id] = edited_event_rows(conn, doc_id, _copy_of(conn, doc_id)[0]["events"], dismissed=False)
    return {**tombstone_events(conn), **found}


def is_removed(conn: sqlite3.Connection, doc_id: str) -> bool:
    return conn.execute("SELECT 1 FROM removed_documents WHERE id = ?", (doc_id,)).fetchone() is not None


def removed_document(conn: sqlite3.Connection, doc_id: str) -> Document | None:
    """A removed document as it was (for the citation of the notes on it), or None."""
    kept = _copy_of(conn, doc_id)
    if kept is None:
        return None
    copy, original, _moved = kept
    row = copy["documents"]
    info = DocumentInfo(row["id"], row["title"], row["date"], row["kind"], row["author"], row["publisher"],
                        json.loads(row["language"]), "user")
    return Document(info=info, format=row["format"], original=zlib.decompress(original).decode("utf-8"),
                    text=row["text"], junk=json.loads(row["junk"]), meta=json.loads(row["meta"]),
                    text_sha256=row["text_sha256"],
                    paragraphs=[(p["start"], p["end"]) for p in sorted(copy["paragraphs"], key=lambda p: p["idx"])])
