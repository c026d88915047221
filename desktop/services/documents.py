"""Documents and reading: listing, opening, and where the user was reading (kept with the notes)."""

from desktop.errors import DocumentNotFound
from desktop.store import reading_state
from desktop.store.databases import Databases, NotebookReplaced
from desktop.store.documents import Document, DocumentInfo, document_rowid, get_document, list_documents
from desktop.store.documents import text_sha256_of
from desktop.store.listing import Key, counts, infos, key_of, list_keys
from desktop.store.removal import is_removed, removed_document
from desktop.store.tombstones import purged_document


class DocumentsService:
    def __init__(self, db: Databases) -> None:
        self.db = db

    def keys(self, text: str = "", sort: str = "date", descending: bool = True, tag: str | None = None,
             collection: str | None = None) -> list[Key]:
        """Every document matching ``text`` (title, author, publisher, kind), sorted; only those with
        ``tag`` or in ``collection`` when given."""
        return list_keys(self.db.user_conn, text, sort, descending, tag, collection)

    def key_of(self, doc_id: str) -> Key | None:
        return key_of(self.db.user_conn, doc_id)

    def infos(self, keys: list[Key]) -> dict[Key, DocumentInfo]:
        return infos(self.db.user_conn, keys)

    def counts(self) -> dict[str, int]:
        """How many documents the archive holds and the user imported."""
        return counts(self.db.user_conn)

    def all(self) -> list[DocumentInfo]:
        """Archive documents first, then the user's imports."""
        return [info for conn, source in self.db.pairs() for info in list_documents(conn, source)]

    def get(self, doc_id: str) -> Document | None:
        for conn, source in self.db.pairs():
            found = get_document(conn, doc_id, source)
            if found is not None:
                return found
        return None

    def require(self, doc_id: str) -> Document:
        """The document, or :raises DocumentNotFound:."""
        document = self.get(doc_id)
        if document is None:
            raise DocumentNotFound(doc_id)
        return document

    def cited(self, doc_id: str) -> Document | None:
        """The document, or the copy kept of it if it was removed, or its tombstone if it was deleted
        for good (its title, date and pages; no text): what a note or an event on it cites."""
        conn = self.db.user_conn
        return self.get(doc_id) or removed_document(conn, doc_id) or purged_document(conn, doc_id)

    def was_removed(self, doc_id: str) -> bool:
        """Whether the document was removed (and can be restored)."""
        return self.key_of(doc_id) is None and is_removed(self.db.user_conn, doc_id)

    def text_sha256(self, doc_id: str) -> str | None:
        """The hash of a document's reading text, without reading the text."""
        return next((found for conn, _ in self.db.pairs() if (found := text_sha256_of(conn, doc_id))), None)

    def located(self, doc_id: str):
        """(connection, rowid) of the database that holds the document, or None."""
        for conn, _source in self.db.pairs():
            rowid = document_rowid(conn, doc_id)
            if rowid is not None:
                return conn, rowid
        return None

    # Where the user was reading -----------------------------------------------------------
    def open_document_id(self) -> str | None:
        return reading_state.read_value(self.db.user_conn, reading_state.OPEN_DOCUMENT) or None

    def set_open_document_id(self, doc_id: str | None) -> None:
        self._remember(reading_state.OPEN_DOCUMENT, doc_id or "")

    def reading_position(self, doc_id: str) -> int:
        value = reading_state.read_value(self.db.user_conn, reading_state.POSITION + doc_id)
        return max(0, int(value)) if value and value.isdigit() else 0

    def set_reading_position(self, doc_id: str, offset: int) -> None:
        self._remember(reading_state.POSITION + doc_id, str(max(0, offset)))

    def _remember(self, key: str, value: str) -> None:
        try:
            conn = self.db.writer().conn
        except NotebookReplaced:
            return  # where a deleted notebook was being read is not worth an error
        reading_state.write_value(conn, key, value)
