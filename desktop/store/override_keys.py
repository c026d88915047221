"""Finding the event a user's edit or dismissal was made on after the archive's text has changed.

An extracted event's id is its document and where its date expression starts. When a newer
Ekasar reads a document differently (web junk removed from its head, lines unwrapped), every
offset after the change moves and the id names no event any more. So an override also keeps
what the event was: its sentence and the date extraction gave it. An override whose id finds no
event is matched to the event of the same document with that sentence and that date.
"""

import sqlite3


def remember_what_it_was(conn: sqlite3.Connection, event_id: str) -> None:
    """Keep, with the override of ``event_id``, its sentence and extracted date (``conn``: the
    notebook, the archive attached). An event no longer found keeps what was kept before."""
    found = _extracted(conn, event_id)
    if found is not None:
        conn.execute("UPDATE event_overrides SET quote = ?, extracted_date = ? WHERE event_id = ?",
                     (*found, event_id))


def _extracted(conn: sqlite3.Connection, event_id: str) -> tuple[str, str | None] | None:
    doc_id, _, date_start = event_id.removeprefix("ev-").rpartition("-")
    if not date_start.isdigit():
        return None
    for schema in ("main", "archive"):
        row = conn.execute(
            f'SELECT d.text, e.start, e."end", e.date FROM {schema}.events e '
            f"JOIN {schema}.documents d ON d.rowid = e.document_rowid WHERE d.id = ? AND e.date_start = ?",
            (doc_id, int(date_start))).fetchone()
        if row is not None:
            text, start, end, date = row
            return " ".join(text[start:end].split()), date
    return None


def moved_overrides(conn: sqlite3.Connection, events) -> dict[str, str]:
    """New id → old id, for each override whose id names none of ``events`` (extracted events,
    as read) but whose sentence and extracted date one of them, in the same document, has."""
    ids = {event.id for event in events}
    orphans = [row for row in conn.execute(
        "SELECT event_id, quote, extracted_date FROM event_overrides WHERE quote IS NOT NULL").fetchall()
        if row[0] not in ids]
    if not orphans:
        return {}
    by_sentence: dict[tuple, str] = {}
    for event in events:
        by_sentence.setdefault((event.document, " ".join(event.quote.split()), event.date), event.id)
    moved = {}
    for old, quote, date in orphans:
        new = by_sentence.get((old.removeprefix("ev-").rpartition("-")[0], quote, date))
        if new is not None:
            moved.setdefault(new, old)
    return moved
