"""The user's notes: highlights and notes on passages, whole documents, people and events;
tags, undo and redo, merging a colleague's notes, and finding passages again after an update."""

from dataclasses import replace

from desktop.errors import NotFound
from desktop.extract.tolerant_find import find_quote
from desktop.services.documents import DocumentsService
from desktop.services.notices import NOTES, Notices
from desktop.services.people import PeopleService
from desktop.store import annotations as notes_store
from desktop.store.annotations import Annotation, AnnotationError
from desktop.store.databases import Databases
from desktop.wording import say


class NotesService:
    def __init__(self, db: Databases, documents: DocumentsService, people: PeopleService,
                 notices: Notices) -> None:
        self.db, self.documents, self.people, self.notices = db, documents, people, notices

    def _changed(self, document_id: str | None = None) -> None:
        self.db.ensure_current()  # reported only if it is in the notebook the user will open
        self.notices.announce(NOTES, document_id or None)

    def listing(self, tag: str | None = None, document: str | None = None) -> list[Annotation]:
        return notes_store.listing(self.db.user_conn, tag, document)

    def annotate(self, doc_id: str, start: int, end: int, color: str = "yellow", note: str = "",
                 tags: list[str] | None = None) -> Annotation:
        document = self.documents.require(doc_id)
        made = notes_store.add(self.db.writer().conn, doc_id, document.text, document.text_sha256,
                               start, end, color, note, tags)
        self._changed(doc_id)
        return made

    def annotate_quote(self, doc_id: str, quote: str, **options) -> Annotation:
        """Annotate the first place ``quote`` occurs in the document's reading text."""
        span = find_quote(self.documents.require(doc_id).text, quote)
        if span is None:
            raise AnnotationError(say("Errors", "the quote is not in {doc_id}").format(doc_id=doc_id))
        return self.annotate(doc_id, *span, **options)

    def add_note(self, target: str, note: str, document_id: str = "", target_id: str | None = None,
                 tags: list[str] | None = None) -> Annotation:
        """A note on a whole document, a person or organization ("entity"), or a timeline event."""
        if target in ("document", "event"):
            self.documents.require(document_id)
        made = notes_store.add_note(self.db.writer().conn, target, document_id, note, target_id, tags)
        self._changed(document_id)
        return made

    def reattach(self, annotation_id: str, start: int, end: int) -> Annotation:
        current = next((a for a in self.listing() if a.id == annotation_id), None)
        document = self.documents.get(current.document_id) if current else None
        if document is None:
            raise NotFound(say("Errors", "no note with id {id}").format(id=repr(annotation_id)))
        made = notes_store.reattach(self.db.writer().conn, annotation_id, document.text, document.text_sha256,
                                    start, end)
        self._changed(document.info.id)
        return made

    def detach(self, annotation_id: str) -> Annotation:
        made = notes_store.detach(self.db.writer().conn, annotation_id)
        self._changed(made.document_id)
        return made

    def about(self, person: str) -> list[Annotation]:
        """Notes on a person or organization (by name or alias), or on passages naming them."""
        ids = self.people.matching(person)
        found, mentions = [], {}
        for note in self.listing():
            if note.target == "entity":
                if note.target_id in ids:
                    found.append(note)
                continue
            if note.document_id not in mentions:
                mentions[note.document_id] = self.people.mentions_in(note.document_id)
            if any(e in ids and note.start <= a and b <= note.end for e, a, b in mentions[note.document_id]):
                found.append(note)
        return found

    def import_notes(self, incoming: list[Annotation]) -> dict[str, int]:
        """Merge another Ekasar's notes, all or nothing (then find their passages in this archive).

        A note on a document this archive holds, at offsets beyond its text, is kept for review;
        one on a document it does not hold is kept as it came (its passage is found if that
        document is imported later)."""
        lengths: dict[str, int | None] = {}
        for note in incoming:
            if note.document_id not in lengths:
                found = self.documents.get(note.document_id) if note.document_id else None
                lengths[note.document_id] = len(found.text) if found else None
        incoming = [replace(n, status="needs_review") if n.target == "passage" and lengths[n.document_id] is not None
                    and n.end > lengths[n.document_id] else n for n in incoming]
        counts = notes_store.import_annotations(self.db.writer().conn, incoming)
        self.reanchor()
        self._changed()
        return counts

    def edit(self, annotation_id: str, **changes) -> Annotation:
        made = notes_store.edit(self.db.writer().conn, annotation_id, **changes)
        self._changed(made.document_id)
        return made

    def delete(self, annotation_id: str) -> None:
        notes_store.delete(self.db.writer().conn, annotation_id)
        self._changed()

    def undo(self) -> str | None:
        undone = notes_store.undo(self.db.writer().conn)
        self._changed()
        return undone

    def redo(self) -> str | None:
        redone = notes_store.redo(self.db.writer().conn)
        self._changed()
        return redone

    def reanchor(self) -> int:
        """Find annotated passages again in documents whose text changed; return how many need review."""
        lost = 0
        for doc_id, made_on in notes_store.stale_documents(self.db.user_conn):
            if self.documents.text_sha256(doc_id) in (None, made_on):
                continue  # unchanged (the usual case): no text is read
            document = self.documents.get(doc_id)
            if document is not None:
                lost += notes_store.reanchor(self.db.writer().conn, doc_id, made_on, document.text,
                                             document.text_sha256)
        return lost
