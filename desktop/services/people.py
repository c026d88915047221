"""People and organizations: the list, profiles, mentions, and the user's curation."""

from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.services.documents import DocumentsService
from desktop.services.notices import DOCUMENTS, PEOPLE, Notices
from desktop.store.curation import Overlay, load_overlay, record, undo_last
from desktop.store.databases import Databases
from desktop.store.entities import load_entities
from desktop.store.people import PersonSummary, Profile, all_document_ids, mentions_in_document, profile, summaries

if TYPE_CHECKING:
    from desktop.extract.pipeline import Extractor


class PeopleService:
    def __init__(self, db: Databases, documents: DocumentsService, notices: Notices) -> None:
        self.db, self.documents, self.notices = db, documents, notices
        self._summaries: list[PersonSummary] | None = None
        notices.subscribe(self._forget_on_change)

    def _forget_on_change(self, notice) -> None:
        if notice.kind in (DOCUMENTS, PEOPLE):
            self.forget()

    def forget(self) -> None:
        """Drop what was cached (another connection may have written)."""
        self._summaries = None

    def overlay(self) -> Overlay:
        return load_overlay(self.db.user_conn)

    def summaries(self) -> list[PersonSummary]:
        """People and organizations, most mentioned first, with the user's curation applied."""
        if self._summaries is None:
            self._summaries = summaries(self.db.connections(), self.overlay())
        return self._summaries

    def matching(self, name: str) -> set[str]:
        """Ids of the listed entities called ``name`` (their name or an alias, any case)."""
        wanted = name.casefold()
        return {p.id for p in self.summaries() if wanted in (p.name.casefold(), *(a.casefold() for a in p.aliases))}

    def document_ids(self) -> dict[str, list[str]]:
        """For each listed entity (merges applied), the ids of documents mentioning it."""
        overlay = self.overlay()
        merged: dict[str, list[str]] = {}
        for entity_id, docs in all_document_ids(self.db.connections()).items():
            target = overlay.target(entity_id)
            merged[target] = sorted(set(merged.get(target, [])) | set(docs))
        return merged

    def profile(self, entity_id: str) -> Profile | None:
        return profile(self.db.connections(), self.overlay(), entity_id, self.summaries())

    def curate(self, action: str, entity_id: str, value: str | None = None) -> None:
        """Record a curation (rename, add_alias, remove_alias, merge, reviewed, reject)."""
        record(self.db.writer().conn, action, entity_id, value)
        self.db.ensure_current()
        self.notices.announce(PEOPLE)

    def undo(self) -> tuple[str, str, str | None] | None:
        undone = undo_last(self.db.writer().conn)
        self.db.ensure_current()
        self.notices.announce(PEOPLE)
        return undone

    def mentions_in(self, doc_id: str) -> list[tuple[str, int, int]]:
        """(entity id, start, end) of every shown entity's mention in a document."""
        located = self.documents.located(doc_id)
        if located is None:
            return []
        overlay = self.overlay()
        conn, rowid = located
        return [(overlay.target(e), a, b) for e, a, b in mentions_in_document(conn, rowid)
                if e not in overlay.rejected and overlay.target(e) not in overlay.rejected]

    def extractor(self) -> "Extractor":
        """The mention finder over every known entity, with the aliases the user added."""
        from desktop.extract.pipeline import Extractor  # name finding, loaded when first needed

        entities = {e.id: e for e in load_entities(self.db.archive)}
        for entity in load_entities(self.db.user_conn):
            entities.setdefault(entity.id, entity)
        for entity_id, added in self.overlay().added_aliases.items():
            if entity_id in entities:
                entity = entities[entity_id]
                entities[entity_id] = replace(entity, aliases=(*entity.aliases, *added))
        return Extractor(list(entities.values()))
