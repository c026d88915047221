"""A relative date's event keeps the sentence its date was counted from, through every copy of it,
and a notebook from before anchors is brought up to date with its events and edits intact."""

import pytest

from desktop.extract.events import ExtractedEvent
from desktop.store.timeline import copied_events, event_id, read_events, write_events

TEXT = "Court report\n\nOn 3 March 2023 the court sentenced him. Two weeks later, he was released.\n"
STATED, RELATIVE = "On 3 March 2023 the court sentenced him.", "Two weeks later, he was released."


@pytest.fixture
def report(library, tmp_path) -> str:
    path = tmp_path / "release.txt"
    path.write_text(TEXT)
    [(_, doc_id)] = library.imports.import_files([path]).imported
    return doc_id


def _events_written_by_hand(library, doc_id: str) -> dict[str, ExtractedEvent]:
    """The two events as extraction makes them (written here, not extracted: this is the store's test)."""
    conn = library.user_conn
    text = library.documents.get(doc_id).text
    (rowid,) = conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()
    stated, relative = text.index(STATED), text.index(RELATIVE)
    made = {
        "stated": ExtractedEvent(stated, stated + len(STATED), stated + 3, stated + 15, "2023-03-03", None, "day",
                                 "stated", "Sentenced", STATED),
        "relative": ExtractedEvent(relative, relative + len(RELATIVE), relative, relative + 15, "2023-03-17", None,
                                   "day", "approximate", "Released", RELATIVE,
                                   anchor_start=stated, anchor_end=stated + len(STATED)),
    }
    conn.execute("DELETE FROM events WHERE document_rowid = ?", (rowid,))
    write_events(conn, rowid, doc_id, list(made.values()))
    return made


def test_an_events_anchor_is_stored_and_read_back_as_its_sentence(library, report):
    made = _events_written_by_hand(library, report)
    by_id = {e.id: e for e in read_events(library.user_conn, {}, document=report)}
    relative = by_id[event_id(report, made["relative"].date_start)]
    assert (relative.quote, relative.anchor_quote, relative.certainty) == (RELATIVE, STATED, "approximate")
    assert relative.as_json()["anchor_quote"] == STATED
    assert by_id[event_id(report, made["stated"].date_start)].anchor_quote is None  # the control


def test_a_date_the_user_gives_is_not_counted_from_another_sentence(library, report):
    made = _events_written_by_hand(library, report)
    relative_id = event_id(report, made["relative"].date_start)
    library.timeline.edit(relative_id, "Released", None)  # a new title only: still counted
    assert next(e for e in library.timeline.events() if e.id == relative_id).anchor_quote == STATED
    library.timeline.edit(relative_id, "Released", "2023-03-20")
    edited = next(e for e in library.timeline.events() if e.id == relative_id)
    assert (edited.date, edited.certainty, edited.anchor_quote) == ("2023-03-20", "stated", None)


def test_a_removed_documents_edited_event_keeps_its_anchor(library, report):
    made = _events_written_by_hand(library, report)
    relative_id = event_id(report, made["relative"].date_start)
    library.timeline.edit(relative_id, "Released from prison", None)
    library.manage.remove(report)
    kept = next(e for e in library.timeline.events() if e.id == relative_id)
    assert (kept.title, kept.quote, kept.anchor_quote) == ("Released from prison", RELATIVE, STATED)
    library.manage.restore(report)
    assert next(e for e in library.timeline.events() if e.id == relative_id).anchor_quote == STATED


def test_an_event_row_kept_from_before_anchors_has_none(library, report):
    document = library.documents.get(report)
    row = {"date_start": 55, "date": "2023-03-17", "end_date": None, "precision": "day", "certainty": "approximate",
           "title": "Released", "start": 55, "end": 88, "entities": "[]"}  # no anchor_start, anchor_end
    [event] = copied_events(document, [row], {})
    assert (event.quote, event.anchor_quote) == (RELATIVE, None)


def test_a_notebook_from_before_anchors_keeps_its_events_and_edits(library, report):
    made = _events_written_by_hand(library, report)
    relative_id = event_id(report, made["relative"].date_start)
    library.timeline.edit(relative_id, "Released from prison", None)
    text = library.documents.get(report).text
    mine = library.timeline.add(report, text.index("the court"), text.index(" sentenced"), "The court", "2023-03")
    before = [(e.id, e.title, e.date, e.quote) for e in library.timeline.events(document=report)]
    conn = library.user_conn  # the notebook as the version before anchors left it
    conn.execute("ALTER TABLE events DROP COLUMN anchor_start")
    conn.execute("ALTER TABLE events DROP COLUMN anchor_end")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm012_event_anchors'")
    library.close()
    from desktop.services.library import Library

    with Library(library.archive_path, library.data_dir) as again:
        columns = {row[1] for row in again.user_conn.execute("PRAGMA table_info(events)")}
        assert {"anchor_start", "anchor_end"} <= columns
        after = again.timeline.events(document=report)
        assert [(e.id, e.title, e.date, e.quote) for e in after] == before
        assert {e.id for e in after} >= {relative_id, mine}
        assert all(e.anchor_quote is None for e in after)  # stored before anchors: none to show
        assert next(e for e in after if e.id == relative_id).edited
