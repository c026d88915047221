"""Organizing the library: tags on documents and named collections of documents, archive or
imported (both live in the user's notebook, by document id). Changes are announced (ORGANIZED)."""

from desktop.errors import DocumentNotFound
from desktop.services.documents import DocumentsService
from desktop.services.notices import ORGANIZED, Notices
from desktop.store import document_tags as store
from desktop.store.databases import Databases


class OrganizeService:
    def __init__(self, db: Databases, documents: DocumentsService, notices: Notices) -> None:
        self.db, self.documents, self.notices = db, documents, notices

    def _conn(self):
        return self.db.writer().conn

    def _changed(self) -> None:
        self.db.ensure_current()
        self.notices.announce(ORGANIZED)

    def _require(self, doc_ids: list[str]) -> None:
        for doc_id in doc_ids:
            if self.documents.key_of(doc_id) is None:
                raise DocumentNotFound(doc_id)

    # Tags ------------------------------------------------------------------------------------
    def tags_of(self, doc_id: str) -> list[str]:
        return store.tags_of(self.db.user_conn, doc_id)

    def tag(self, doc_id: str, tags: list[str]) -> list[str]:
        """Add tags to a document; return those it did not have. :raises DocumentNotFound, OrganizeError:"""
        self._require([doc_id])
        added = store.add_tags(self._conn(), doc_id, tags)
        self._changed()
        return added

    def untag(self, doc_id: str, tags: list[str]) -> list[str]:
        """Take tags off a document; return those it had."""
        removed = store.remove_tags(self._conn(), doc_id, tags)
        self._changed()
        return removed

    def set_tags(self, doc_id: str, tags: list[str]) -> tuple[list[str], list[str]]:
        """Give a document exactly these tags; return (added, removed)."""
        self._require([doc_id])
        changed = store.set_tags(self._conn(), doc_id, tags)
        if any(changed):
            self._changed()
        return changed

    def tags(self) -> list[tuple[str, int]]:
        """Every document tag, with how many documents in the library have it."""
        return store.tag_counts(self.db.user_conn)

    # Collections -----------------------------------------------------------------------------
    def collections(self) -> list[tuple[str, int]]:
        """Every collection, with how many documents in the library it holds."""
        return store.collection_counts(self.db.user_conn)

    def collections_of(self, doc_id: str) -> list[str]:
        return store.collections_of(self.db.user_conn, doc_id)

    def documents_in(self, collection: str) -> list[str]:
        """Ids of the documents in a collection. :raises NotFound: no such collection."""
        return store.in_collection(self.db.user_conn, collection)

    def create(self, name: str) -> str:
        """A new, empty collection; return its name as stored. :raises OrganizeError: a name in use."""
        made = store.create_collection(self._conn(), name)
        self._changed()
        return made

    def rename(self, old: str, new: str) -> str:
        renamed = store.rename_collection(self._conn(), old, new)
        self._changed()
        return renamed

    def delete(self, name: str) -> list[str]:
        """Delete a collection (its documents stay in the library); return the ids it held."""
        held = store.delete_collection(self._conn(), name)
        self._changed()
        return held

    def add(self, name: str, doc_ids: list[str], create: bool = False) -> int:
        """Put documents in a collection (made first, with ``create``, if there is none of that name);
        return how many were not in it yet."""
        self._require(doc_ids)
        conn = self._conn()
        if create and name.strip() and not any(n.casefold() == " ".join(name.split()).casefold()
                                               for n, _ in self.collections()):
            store.create_collection(conn, name)
        added = store.add_to_collection(conn, name, doc_ids)
        self._changed()
        return added

    def remove(self, name: str, doc_ids: list[str]) -> int:
        """Take documents out of a collection; return how many were in it."""
        removed = store.remove_from_collection(self._conn(), name, doc_ids)
        self._changed()
        return removed

    # Export scopes ----------------------------------------------------------------------------
    def document_ids(self, tag: str | None = None, collection: str | None = None) -> set[str]:
        """Ids of the documents with ``tag`` and/or in ``collection`` (removed ones too: the notes on
        them are still the user's, to export)."""
        found: set[str] | None = None
        if tag is not None:
            found = set(store.tagged(self.db.user_conn, tag))
        if collection is not None:
            held = set(store.in_collection(self.db.user_conn, collection))
            found = held if found is None else found & held
        return found or set()
