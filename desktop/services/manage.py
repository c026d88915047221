"""Managing the user's imported documents: editing their details, removing them (kept, so the
removal can be undone), restoring them, and forgetting a removed one for good.

Archive documents are read-only: editing or removing one is refused with a sentence saying so.
Every change is announced (DOCUMENTS, with the document's id): the library, the reader's header,
search, people, the timeline and the notes panel follow.
"""

from desktop.errors import DocumentNotFound
from desktop.services.documents import DocumentsService
from desktop.services.notices import DOCUMENTS, ORGANIZED, Notices
from desktop.store.databases import Databases
from desktop.store.document_edits import DocumentEditError, edit_details, known_kinds
from desktop.store.documents import DocumentInfo
from desktop.store.removal import (
    RemovedDocument,
    events_kept,
    purge_removed,
    remove_document,
    removed_documents,
    restore_document,
)
from desktop.wording import say


class ArchiveIsReadOnly(DocumentEditError):
    """An archive document cannot be edited or removed."""


class ManageService:
    def __init__(self, db: Databases, documents: DocumentsService, notices: Notices) -> None:
        self.db, self.documents, self.notices = db, documents, notices

    def _changed(self, doc_id: str) -> None:
        self.db.ensure_current()  # reported only if it is in the notebook the user will open
        self.notices.announce(DOCUMENTS, doc_id)

    def is_imported(self, doc_id: str) -> bool:
        key = self.documents.key_of(doc_id)
        return key is not None and key[0] == "user"

    def _imported(self, doc_id: str, refusal: str) -> None:
        """:raises DocumentNotFound: no such document. :raises ArchiveIsReadOnly: it is the archive's."""
        key = self.documents.key_of(doc_id)
        if key is None:
            raise DocumentNotFound(doc_id)
        if key[0] != "user":
            title = self.documents.infos([key])[key].title
            raise ArchiveIsReadOnly(refusal.format(title=title))

    def kinds(self) -> list[str]:
        """Every kind a document has, to offer when editing one."""
        return known_kinds(self.db.user_conn)

    def edit(self, doc_id: str, **changes: str | None) -> dict[str, str | None]:
        """Change an imported document's title, author, publisher, date or kind (blank clears, but a
        title is needed; a date is YYYY, YYYY-MM or YYYY-MM-DD). Return what changed.

        :raises ArchiveIsReadOnly, DocumentNotFound, DocumentEditError:
        """
        self._imported(doc_id, say("Documents", "“{title}” is an archive document, and the archive is read-only: "
                                                "only documents you imported can be edited"))
        changed = edit_details(self.db.writer().conn, doc_id, changes)
        if changed:
            self._changed(doc_id)
        return changed

    def info(self, doc_id: str) -> DocumentInfo:
        key = self.documents.key_of(doc_id)
        if key is None:
            raise DocumentNotFound(doc_id)
        return self.documents.infos([key])[key]

    def check_removable(self, doc_id: str) -> None:
        """:raises DocumentNotFound: no such document. :raises ArchiveIsReadOnly: it is the archive's."""
        self._imported(doc_id, say("Documents", "“{title}” is an archive document, and the archive is read-only: "
                                                "only documents you imported can be removed"))

    def remove(self, doc_id: str) -> RemovedDocument:
        """Take an imported document out of the library, search, people and the timeline; its notes
        go to review (never deleted), the user's own events and edits of events on it stay on the
        timeline. ``restore`` undoes it exactly.

        :raises ArchiveIsReadOnly, DocumentNotFound:
        """
        self.check_removable(doc_id)
        removed = remove_document(self.db.writer().conn, doc_id)
        self._changed(doc_id)
        return removed

    def restore(self, doc_id: str) -> int:
        """Put a removed document back; return how many of its notes are anchored again.

        :raises DocumentNotFound: no removed document ``doc_id``.
        """
        anchored = restore_document(self.db.writer().conn, doc_id)
        self._changed(doc_id)
        return anchored

    def removed(self) -> list[RemovedDocument]:
        """Removed documents still kept (they can be restored), the latest first."""
        return removed_documents(self.db.user_conn)

    def events_on(self, doc_id: str) -> int:
        """How many of the user's timeline events and edits of extracted events cite the document."""
        return events_kept(self.db.user_conn, doc_id)

    def purge(self, doc_id: str) -> None:
        """Delete an imported document for good, or the copy kept of a removed one, with its tags and
        collections. The notes (for review) and timeline events on it stay, still citing its title
        and date from a tombstone kept of it. :raises ArchiveIsReadOnly, DocumentNotFound:"""
        if self.documents.key_of(doc_id) is not None:
            self.remove(doc_id)
        if not purge_removed(self.db.writer().conn, doc_id):
            raise DocumentNotFound(doc_id)
        self.db.ensure_current()
        self.notices.announce(ORGANIZED)  # its tags and collections went with it
