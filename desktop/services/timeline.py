"""The timeline: extracted events with the user's own events and edits, and their undo.

The user's events and edits on a document removed from the library (or deleted for good) stay on
the timeline, cited from the copy kept of it (or its tombstone): what the user wrote is never hidden.
An extracted event the user marked as not an event is left out everywhere the timeline is read.
"""

import functools

from desktop.services.documents import DocumentsService
from desktop.services.notices import EVENTS, Notices
from desktop.services.people import PeopleService
from desktop.store.databases import Databases
from desktop.store.removal import kept_edited_events
from desktop.store.timeline import (
    TimelineEvent,
    add_user_event,
    apply_overrides,
    copied_events,
    count_dismissed,
    count_events,
    delete_user_event,
    dismiss_event,
    edit_event,
    read_events,
    read_user_events,
    sort_key,
    undo_event_change,
)


class TimelineService:
    def __init__(self, db: Databases, documents: DocumentsService, people: PeopleService,
                 notices: Notices) -> None:
        self.db, self.documents, self.people, self.notices = db, documents, people, notices

    def _names(self) -> dict[str, tuple[str, str]]:
        """Entity id → (name, kind), merged entities showing as their target."""
        overlay = self.people.overlay()
        names = {p.id: (p.name, p.kind) for p in self.people.summaries()}
        for entity_id in overlay.merged_into:
            target = overlay.target(entity_id)
            if target in names:
                names[entity_id] = names[target]
        return names

    def khmer_names(self) -> dict[str, str]:
        """Name → Khmer name of each person and organization with one (the timeline shows both)."""
        return {p.name: p.khmer_name for p in self.people.summaries() if p.khmer_name and p.khmer_name != p.name}

    def events(self, person: str | None = None, document: str | None = None) -> list[TimelineEvent]:
        """Every event, sorted by date (undated last), with the user's events and edits.

        :param person: only events involving this person or organization (name or alias).
        :param document: only events from this document.
        """
        names = self._names()
        entity_ids = None
        if person:
            overlay = self.people.overlay()
            entity_ids = [i for target in self.people.matching(person) for i in overlay.group(target, names.keys())]
        cited = functools.lru_cache(maxsize=None)(self.documents.cited)  # each document read once
        events = (read_events(self.db.archive, names, entity_ids, document)
                  + read_events(self.db.user_conn, names, entity_ids, document)
                  + self._kept_edits(cited, names, entity_ids, document))
        events = apply_overrides(self.db.user_conn, events)  # edited, and without those marked not an event
        events += [e for e in read_user_events(self.db.user_conn, cited, names)
                   if document in (None, e.document) and not person]
        for event in events:  # one name once, even when two merged entities are involved
            event.people = list(dict.fromkeys(event.people))
            event.organizations = list(dict.fromkeys(event.organizations))
        return sorted(events, key=sort_key)

    def _kept_edits(self, cited, names, entity_ids: list[str] | None, document: str | None) -> list[TimelineEvent]:
        """Extracted events the user edited, of documents removed or deleted for good."""
        found = []
        for doc_id, rows in kept_edited_events(self.db.user_conn).items():
            kept = cited(doc_id) if document in (None, doc_id) else None
            if kept is not None:
                found += [e for e in copied_events(kept, rows, names)
                          if entity_ids is None or set(e.entity_ids) & set(entity_ids)]
        return found

    def count(self) -> int:
        """Extracted events in the archive and the imports, less those marked as not an event
        (cheap: no event is read)."""
        return count_events(self.db.archive) + count_events(self.db.user_conn) - count_dismissed(self.db.user_conn)

    def add(self, document_id: str, start: int, end: int, title: str, date: str | None,
            end_date: str | None = None) -> str:
        self.documents.require(document_id)
        made = add_user_event(self.db.writer().conn, document_id, start, end, title, date, end_date)
        self.db.ensure_current()
        self.notices.announce(EVENTS, document_id)
        return made

    def edit(self, event_id: str, title: str, date: str | None, end_date: str | None = None) -> None:
        edit_event(self.db.writer().conn, event_id, title, date, end_date)
        self.db.ensure_current()
        self.notices.announce(EVENTS)

    def delete(self, event_id: str) -> None:
        """Delete one of the user's own events. An event found in a document is marked as not an
        event instead, by its id: deleting its row would not last (a rebuild finds it again).
        Undo brings either back."""
        if event_id.startswith("user-"):
            delete_user_event(self.db.writer().conn, event_id)
        else:
            dismiss_event(self.db.writer().conn, event_id)
        self.db.ensure_current()
        self.notices.announce(EVENTS)

    def undo(self) -> str | None:
        undone = undo_event_change(self.db.writer().conn)
        self.db.ensure_current()
        self.notices.announce(EVENTS)
        return undone
