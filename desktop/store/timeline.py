"""Events: writing extracted ones, reading the timeline, and the user's own events and edits."""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from desktop.errors import EkasarError
from desktop.store.documents import page_at, page_starts
from desktop.store.override_keys import moved_overrides, remember_what_it_was
from desktop.store.transaction import transaction
from desktop.wording import say, typed_digits

if TYPE_CHECKING:  # the builder's and importer's type: event finding is not loaded to read the timeline
    from desktop.extract.events import ExtractedEvent

_PARTIAL_DATE = re.compile(r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")
PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}
_EXTRACTED_ID = re.compile(r"^ev-.+-[0-9]+$")  # event_id() below


class EventError(EkasarError, ValueError):
    """A user event or edit cannot be stored; the message says why."""


@dataclass
class TimelineEvent:
    id: str
    date: str | None
    end_date: str | None
    precision: str | None
    certainty: str
    title: str
    quote: str
    document: str
    document_title: str
    start: int
    end: int
    people: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    source: str = "extracted"
    entity_ids: list[str] = field(default_factory=list)
    edited: bool = False
    page: int | None = None  # of the quote, in a paged document (a PDF)
    anchor_quote: str | None = None  # a relative date's: the sentence it was counted from

    @property
    def summary(self) -> str:
        """The quoted sentence(s) on one line."""
        return " ".join(self.quote.split())

    def as_json(self) -> dict:
        return {"id": self.id, "date": self.date, "end_date": self.end_date, "precision": self.precision,
                "certainty": self.certainty, "title": self.title, "summary": self.summary,
                "quote": self.quote, "document": self.document, "start": self.start, "end": self.end,
                "people": self.people, "organizations": self.organizations, "source": self.source,
                "page": self.page, "anchor_quote": self.anchor_quote}


def event_id(document_id: str, date_start: int) -> str:
    return f"ev-{document_id}-{date_start}"


def write_events(conn: sqlite3.Connection, document_rowid: int, document_id: str,
                 events: list[ExtractedEvent]) -> None:
    conn.executemany(
        'INSERT OR REPLACE INTO events (document_rowid, date_start, date, end_date, precision, certainty, title, '
        'start, "end", entities, anchor_start, anchor_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [(document_rowid, e.date_start, e.date, e.end_date, e.precision, e.certainty, e.title, e.start, e.end,
          json.dumps(e.entities), e.anchor_start, e.anchor_end) for e in events],
    )


def count_events(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM events").fetchone()[0]


def check_date(value: str | None, what: str = "date") -> str | None:
    """A partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or None; anything else is refused.

    :param what: "date" or "end date", the field the refusal names."""
    if value is None or not value.strip():
        return None
    value = typed_digits(value.strip())  # ២០២៣-០៧-២២ is 2023-07-22
    if not _PARTIAL_DATE.match(value):
        if what == "end date":
            refusal = say("Timeline", "end date must be YYYY, YYYY-MM or YYYY-MM-DD, not {value}")
        else:
            refusal = say("Timeline", "date must be YYYY, YYYY-MM or YYYY-MM-DD, not {value}")
        raise EventError(refusal.format(value=repr(value)))
    return value


def _precision(date: str | None) -> str | None:
    return PRECISION_BY_LENGTH.get(len(date)) if date else None


def read_events(conn: sqlite3.Connection, names: dict[str, tuple[str, str]],
                entity_ids: list[str] | None = None, document: str | None = None) -> list[TimelineEvent]:
    """Extracted events of one database, with quotes and the names of those involved.

    :param entity_ids: only events involving one of these (filtered in SQL).
    :param document: only events of this document.
    """
    found = []
    where, params = [], []
    if entity_ids is not None:
        where.append("EXISTS (SELECT 1 FROM json_each(e.entities) WHERE value IN (SELECT value FROM json_each(?)))")
        params.append(json.dumps(entity_ids))
    if document is not None:
        where.append("d.id = ?")
        params.append(document)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    text_of = _TextOfLast(conn)
    for doc_id, date_start, date, end_date, precision, certainty, title, rowid, doc_title, start, end, \
            entities, anchor_start, anchor_end in conn.execute(
        'SELECT d.id, e.date_start, e.date, e.end_date, e.precision, e.certainty, e.title, '
        'd.rowid, d.title, e.start, e."end", e.entities, e.anchor_start, e.anchor_end '
        f"FROM events e JOIN documents d ON d.rowid = e.document_rowid {clause} "
        "ORDER BY e.document_rowid, e.date_start", params
    ):
        text = text_of(rowid)
        event = TimelineEvent(event_id(doc_id, date_start), date, end_date, precision, certainty, title,
                              text[start:end], doc_id, doc_title, start, end, entity_ids=json.loads(entities),
                              anchor_quote=_anchor_quote(text, anchor_start, anchor_end))
        _name_entities(event, names)
        found.append(event)
    pages = page_starts(conn, {event.document for event in found})
    for event in found:
        if event.document in pages:
            event.page = page_at(pages[event.document], event.start)
    return found


def _anchor_quote(text: str, start: int | None, end: int | None) -> str | None:
    return text[start:end] if start is not None and end is not None else None


class _TextOfLast:
    """A document's reading text, read once for its run of events (an archive's texts are
    compressed: reading one per event would decompress it again each time)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn, self._rowid, self._text = conn, None, ""

    def __call__(self, rowid: int) -> str:
        if rowid != self._rowid:
            (self._text,) = self._conn.execute("SELECT text FROM documents WHERE rowid = ?", (rowid,)).fetchone()
            self._rowid = rowid
        return self._text


def copied_events(document, rows: list[dict], names: dict[str, tuple[str, str]]) -> list[TimelineEvent]:
    """Extracted events of a document no longer in the library, from the rows kept of them (the
    ones the user edited), cited from what is kept of the document (``document``: its Document).
    A row kept before events had anchors has none."""
    found = []
    for row in rows:
        start, end = row["start"], row["end"]
        event = TimelineEvent(event_id(document.info.id, row["date_start"]), row["date"], row["end_date"],
                              row["precision"], row["certainty"], row["title"], document.text[start:end],
                              document.info.id, document.info.title, start, end,
                              entity_ids=json.loads(row["entities"]), page=document.page_at(start),
                              anchor_quote=_anchor_quote(document.text, row.get("anchor_start"),
                                                         row.get("anchor_end")))
        _name_entities(event, names)
        found.append(event)
    return found


def _name_entities(event: TimelineEvent, names: dict[str, tuple[str, str]]) -> None:
    for entity_id in event.entity_ids:
        if entity_id in names:
            name, kind = names[entity_id]
            (event.people if kind == "person" else event.organizations).append(name)


def apply_overrides(conn: sqlite3.Connection, events: list[TimelineEvent]) -> list[TimelineEvent]:
    """The extracted ``events`` with the user's edits applied, without those marked as not an event."""
    overrides = {row[0]: row[1:] for row in conn.execute(
        "SELECT event_id, title, date, end_date, dismissed FROM event_overrides")}
    moved = moved_overrides(conn, events)  # made on an event whose offsets a newer reading changed
    kept = []
    for event in events:
        key = moved.get(event.id, event.id)
        if key in overrides:
            title, date, end_date, dismissed = overrides[key]
            if dismissed:
                continue
            event.title = title or event.title
            if date:
                event.date, event.end_date, event.precision = date, end_date, _precision(date)
                event.certainty = "stated"  # the user's own reading of the passage
                event.anchor_quote = None  # so not counted from another sentence
            event.edited = True
        kept.append(event)
    return kept


def count_dismissed(conn: sqlite3.Connection) -> int:
    """Extracted events in the archive or the imports that the user marked as not an event
    (``conn``: the notebook, with the archive attached). One look-up by key per dismissal."""
    found = 0
    for (dismissed,) in conn.execute("SELECT event_id FROM event_overrides WHERE dismissed").fetchall():
        doc_id, _, date_start = dismissed.removeprefix("ev-").rpartition("-")
        for schema in ("main", "archive"):
            found += conn.execute(
                f"SELECT count(*) FROM {schema}.events e JOIN {schema}.documents d ON d.rowid = e.document_rowid "
                "WHERE d.id = ? AND e.date_start = ?", (doc_id, int(date_start))).fetchone()[0]
    return found


def read_user_events(conn: sqlite3.Connection, document, names) -> list[TimelineEvent]:
    """The user's own events. ``document(id)`` gives the cited document: in the library, or what is
    kept of a removed or purged one (None: an event on a document this notebook never had)."""
    found = []
    for event_id_, doc_id, start, end, date, end_date, title in conn.execute(
        'SELECT id, document_id, start, "end", date, end_date, title FROM user_events'
    ):
        cited = document(doc_id)
        if cited is None:
            continue
        quote = cited.text[start:end]
        event = TimelineEvent(event_id_, date, end_date, _precision(date), "stated", title,
                              quote, doc_id, cited.info.title, start, end, source="user",
                              page=cited.page_at(start))
        found.append(event)
    return found


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _snapshot(conn: sqlite3.Connection, table: str, key: str, row_id: str) -> str | None:
    cursor = conn.execute(f"SELECT * FROM {table} WHERE {key} = ?", (row_id,))
    row = cursor.fetchone()
    if row is None:
        return None
    return json.dumps(dict(zip([c[0] for c in cursor.description], row)))


def _remember(conn: sqlite3.Connection, table: str, key: str, row_id: str) -> None:
    conn.execute("INSERT INTO event_history (table_name, row_id, before) VALUES (?, ?, ?)",
                 (table, row_id, _snapshot(conn, table, key, row_id)))


def add_user_event(conn: sqlite3.Connection, document_id: str, start: int, end: int, title: str,
                   date: str | None, end_date: str | None = None) -> str:
    if not title.strip():
        raise EventError(say("Timeline", "an event needs a title"))
    if end <= start:
        raise EventError(say("Timeline", "select the passage the event is based on"))
    date, end_date = check_date(date), check_date(end_date, "end date")
    new_id = f"user-{uuid.uuid4()}"
    with transaction(conn):
        _remember(conn, "user_events", "id", new_id)
        conn.execute(
            'INSERT INTO user_events (id, document_id, start, "end", date, end_date, title, created, modified) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (new_id, document_id, start, end, date, end_date, title.strip(), _now(), _now()),
        )
    return new_id


def edit_event(conn: sqlite3.Connection, event_id_: str, title: str, date: str | None,
               end_date: str | None = None) -> None:
    """Change a user event, or record an override of an extracted one."""
    if not title.strip():
        raise EventError(say("Timeline", "an event needs a title"))
    date, end_date = check_date(date), check_date(end_date, "end date")
    with transaction(conn):
        if event_id_.startswith("user-"):
            _remember(conn, "user_events", "id", event_id_)
            conn.execute("UPDATE user_events SET title = ?, date = ?, end_date = ?, modified = ? WHERE id = ?",
                         (title.strip(), date, end_date, _now(), event_id_))
        else:
            _remember(conn, "event_overrides", "event_id", event_id_)
            conn.execute(
                "INSERT INTO event_overrides (event_id, title, date, end_date, modified) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (event_id) DO UPDATE SET title = excluded.title, date = excluded.date, "
                "end_date = excluded.end_date, modified = excluded.modified",
                (event_id_, title.strip(), date, end_date, _now()))
            remember_what_it_was(conn, event_id_)


def delete_user_event(conn: sqlite3.Connection, event_id_: str) -> None:
    if not event_id_.startswith("user-"):
        raise EventError(say("Timeline", "only your own events can be deleted; extracted events can be edited"))
    with transaction(conn):
        _remember(conn, "user_events", "id", event_id_)
        conn.execute("DELETE FROM user_events WHERE id = ?", (event_id_,))


def dismiss_event(conn: sqlite3.Connection, event_id_: str) -> None:
    """Mark an extracted event as not an event (extraction made one of a sentence that is none).
    An override by its id, as an edit is, and undone the same way; an edit already made is kept,
    so undoing the dismissal brings the event back as the user had it."""
    if not _EXTRACTED_ID.match(event_id_):
        raise EventError(say("Timeline", "only an event found in a document can be marked as not an event"))
    with transaction(conn):
        _remember(conn, "event_overrides", "event_id", event_id_)
        conn.execute("INSERT OR IGNORE INTO event_overrides (event_id, modified) VALUES (?, ?)", (event_id_, _now()))
        conn.execute("UPDATE event_overrides SET dismissed = 1, modified = ? WHERE event_id = ?", (_now(), event_id_))
        remember_what_it_was(conn, event_id_)


def undo_event_change(conn: sqlite3.Connection) -> str | None:
    """Restore the row changed last; return its id, or None when there is nothing to undo."""
    row = conn.execute("SELECT id, table_name, row_id, before FROM event_history ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    history_id, table, row_id, before = row
    key = "id" if table == "user_events" else "event_id"
    with transaction(conn):
        conn.execute(f"DELETE FROM {table} WHERE {key} = ?", (row_id,))
        if before is not None:
            values = json.loads(before)
            columns = ", ".join(f'"{c}"' for c in values)
            conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' for _ in values)})",
                         list(values.values()))
        conn.execute("DELETE FROM event_history WHERE id = ?", (history_id,))
    return row_id


def sort_key(event: TimelineEvent) -> tuple:
    return (event.date is None, event.date or "", event.document, event.start)
