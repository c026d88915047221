"""Change notices: the services announce what changed; whoever shows it subscribes.

Pure Python (the window bridges notices to Qt). A notice names what changed and, where it is
about one document, which: a panel reloads only what it shows, and the reader repaints the
highlights of the open document without reloading it.
"""

from collections.abc import Callable
from dataclasses import dataclass

DOCUMENTS = "documents"   # documents were imported, edited, removed or restored
NOTES = "notes"           # a note or highlight was made, edited, deleted, undone or merged in
PEOPLE = "people"         # people or organizations were curated
EVENTS = "events"         # the user's timeline events or edits changed
ORGANIZED = "organized"   # documents' tags or collections changed
KINDS = (DOCUMENTS, NOTES, PEOPLE, EVENTS, ORGANIZED)


@dataclass(frozen=True)
class Notice:
    kind: str
    document_id: str | None = None  # the one document concerned, when there is one


class Notices:
    def __init__(self) -> None:
        self._listeners: list[Callable[[Notice], None]] = []

    def subscribe(self, listener: Callable[[Notice], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Notice], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def announce(self, kind: str, document_id: str | None = None) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown notice {kind!r}")
        notice = Notice(kind, document_id)
        for listener in list(self._listeners):
            listener(notice)
