"""The user's tags on documents and named collections of documents, in the user's database.

Both name documents by id, archive or imported: they survive rebuilding or replacing the
archive, and a removed document's tags and collections are there again when it is restored.
Names are one line; a tag or collection is the same whatever its case (the first spelling stays).
"""

import json
import sqlite3
from datetime import datetime, timezone

from desktop.errors import EkasarError, NotFound
from desktop.store.transaction import transaction
from desktop.wording import number, say

MAX_NAME = 200
# A document in the library (not removed): one look-up in each database's index of ids.
_PRESENT = ("(EXISTS (SELECT 1 FROM main.documents WHERE id = {id}) "
            "OR EXISTS (SELECT 1 FROM archive.documents WHERE id = {id}))")


class OrganizeError(EkasarError, ValueError):
    """A tag or collection cannot be made or changed as asked; the message says why."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def clean_tag(tag: str) -> str:
    """A tag as stored: one line, no leading #, no comma (commas separate tags where they are typed)."""
    cleaned = " ".join(tag.replace(",", " ").split()).lstrip("#").strip()
    if not cleaned:
        raise OrganizeError(say("Organize", "a tag cannot be empty"))
    if len(cleaned) > MAX_NAME:
        raise OrganizeError(say("Organize", "a tag can be at most {limit} characters").format(limit=number(MAX_NAME)))
    return cleaned


def clean_collection_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise OrganizeError(say("Organize", "a collection needs a name"))
    if len(cleaned) > MAX_NAME:
        raise OrganizeError(say("Organize", "a collection's name can be at most {limit} characters")
                            .format(limit=number(MAX_NAME)))
    return cleaned


# Tags ------------------------------------------------------------------------------------------
def tags_of(conn: sqlite3.Connection, doc_id: str) -> list[str]:
    rows = conn.execute("SELECT tag FROM document_tags WHERE document_id = ? ORDER BY tag", (doc_id,))
    return [row[0] for row in rows]


def add_tags(conn: sqlite3.Connection, doc_id: str, tags: list[str]) -> list[str]:
    """Tag a document; return the tags it did not have yet."""
    wanted = list(dict.fromkeys(clean_tag(t) for t in tags))
    added = []
    with transaction(conn):
        for tag in wanted:
            if conn.execute("INSERT OR IGNORE INTO document_tags (document_id, tag, added) VALUES (?, ?, ?)",
                            (doc_id, tag, _now())).rowcount:
                added.append(tag)
    return added


def remove_tags(conn: sqlite3.Connection, doc_id: str, tags: list[str]) -> list[str]:
    """Take tags off a document; return those it had."""
    removed = []
    with transaction(conn):
        for tag in dict.fromkeys(clean_tag(t) for t in tags):
            if conn.execute("DELETE FROM document_tags WHERE document_id = ? AND tag = ?", (doc_id, tag)).rowcount:
                removed.append(tag)
    return removed


def set_tags(conn: sqlite3.Connection, doc_id: str, tags: list[str]) -> tuple[list[str], list[str]]:
    """Give a document exactly ``tags``; return (added, removed). One transaction."""
    wanted = {clean_tag(t).casefold(): clean_tag(t) for t in tags}
    have = {tag.casefold(): tag for tag in tags_of(conn, doc_id)}
    with transaction(conn):
        removed = remove_tags(conn, doc_id, [tag for key, tag in have.items() if key not in wanted])
        added = add_tags(conn, doc_id, [tag for key, tag in wanted.items() if key not in have])
    return added, removed


def tag_counts(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every tag on a document in the library, with how many documents have it."""
    return conn.execute(
        f"SELECT tag, count(*) FROM document_tags t WHERE {_PRESENT.format(id='t.document_id')} "
        "GROUP BY tag ORDER BY tag"
    ).fetchall()


def tagged(conn: sqlite3.Connection, tag: str) -> list[str]:
    """Ids of the documents with ``tag`` (removed ones too: their notes are still the user's)."""
    return [row[0] for row in conn.execute(
        "SELECT document_id FROM document_tags WHERE tag = ? ORDER BY document_id", (tag.strip().lstrip("#"),))]


# Collections -----------------------------------------------------------------------------------
def _collection_id(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM collections WHERE name = ?", (" ".join(name.split()),)).fetchone()
    return row[0] if row else None


def _require_collection(conn: sqlite3.Connection, name: str) -> int:
    found = _collection_id(conn, name)
    if found is None:
        raise NotFound(say("Organize", "no collection called {name}").format(name=repr(name)))
    return found


def create_collection(conn: sqlite3.Connection, name: str) -> str:
    name = clean_collection_name(name)
    with transaction(conn):
        if _collection_id(conn, name) is not None:
            raise OrganizeError(say("Organize", "there is already a collection called {name}").format(name=repr(name)))
        conn.execute("INSERT INTO collections (name, created) VALUES (?, ?)", (name, _now()))
    return name


def rename_collection(conn: sqlite3.Connection, old: str, new: str) -> str:
    new = clean_collection_name(new)
    with transaction(conn):
        collection = _require_collection(conn, old)
        other = _collection_id(conn, new)
        if other is not None and other != collection:
            raise OrganizeError(say("Organize", "there is already a collection called {name}").format(name=repr(new)))
        conn.execute("UPDATE collections SET name = ? WHERE id = ?", (new, collection))
    return new


def delete_collection(conn: sqlite3.Connection, name: str) -> list[str]:
    """Delete a collection (never its documents); return the ids it held, to make it again."""
    with transaction(conn):
        collection = _require_collection(conn, name)
        held = in_collection(conn, name)
        conn.execute("DELETE FROM collection_documents WHERE collection_id = ?", (collection,))
        conn.execute("DELETE FROM collections WHERE id = ?", (collection,))
    return held


def add_to_collection(conn: sqlite3.Connection, name: str, doc_ids: list[str]) -> int:
    """Put documents in a collection; return how many were not in it yet."""
    added = 0
    with transaction(conn):
        collection = _require_collection(conn, name)
        for doc_id in dict.fromkeys(doc_ids):
            added += conn.execute("INSERT OR IGNORE INTO collection_documents (collection_id, document_id, added) "
                                  "VALUES (?, ?, ?)", (collection, doc_id, _now())).rowcount
    return added


def remove_from_collection(conn: sqlite3.Connection, name: str, doc_ids: list[str]) -> int:
    """Take documents out of a collection (they stay in the library); return how many were in it."""
    with transaction(conn):
        collection = _require_collection(conn, name)
        return conn.execute("DELETE FROM collection_documents WHERE collection_id = ? AND document_id IN "
                            "(SELECT value FROM json_each(?))", (collection, json.dumps(doc_ids))).rowcount


def collection_counts(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every collection, by name, with how many documents in the library it holds."""
    return conn.execute(
        "SELECT c.name, count(d.document_id) FROM collections c LEFT JOIN collection_documents d "
        f"ON d.collection_id = c.id AND {_PRESENT.format(id='d.document_id')} "
        "GROUP BY c.id ORDER BY c.name COLLATE NOCASE"
    ).fetchall()


def collections_of(conn: sqlite3.Connection, doc_id: str) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT c.name FROM collections c JOIN collection_documents d ON d.collection_id = c.id "
        "WHERE d.document_id = ? ORDER BY c.name COLLATE NOCASE", (doc_id,))]


def in_collection(conn: sqlite3.Connection, name: str) -> list[str]:
    """Ids of the documents in a collection (removed ones too)."""
    collection = _require_collection(conn, name)
    return [row[0] for row in conn.execute(
        "SELECT document_id FROM collection_documents WHERE collection_id = ? ORDER BY document_id", (collection,))]
