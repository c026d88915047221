"""An extracted event the user marked as not an event stays so when its document is removed and
restored, imported again or deleted for good, and a notebook from before dismissals is brought up
to date with its edits and their undo intact (desktop/store/timeline.py, removal.py, tombstones.py)."""

import pytest

REPORT = """Eviction report from Boeung Kak

Phnom Penh, 3 March 2024

Villagers from Boeung Kak lake told Judge Ly Sophana that the eviction notices came without warning.
Kem Sokha was arrested on 3 September 2017 in Phnom Penh.
"""


@pytest.fixture
def report_file(tmp_path):
    path = tmp_path / "boeung-kak.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


@pytest.fixture
def report(library, report_file):
    [(_, doc_id)] = library.imports.import_files([report_file]).imported
    return doc_id


def ids(library, **filters) -> set[str]:
    return {e.id for e in library.timeline.events(**filters)}


def arrest_of(library, report):
    [arrest] = [e for e in library.timeline.events(document=report) if e.date == "2017-09-03"]
    return arrest


def test_an_event_marked_not_an_event_stays_so_when_its_document_is_removed_and_restored(library, report):
    arrest = arrest_of(library, report)
    others = ids(library, document=report) - {arrest.id}
    count = library.timeline.count()
    library.timeline.delete(arrest.id)
    assert library.timeline.count() == count - 1
    removed = library.manage.remove(report)
    assert removed.events == 0  # a dismissal is not one of the user's events that stay on the timeline
    assert arrest.id not in ids(library)
    library.manage.restore(report)
    assert ids(library, document=report) == others  # back, without the dismissed one
    assert library.timeline.count() == count - 1
    assert library.timeline.undo() == arrest.id
    assert ids(library, document=report) == others | {arrest.id}


def test_an_edited_event_then_dismissed_stays_off_the_timeline_while_its_document_is_removed(library, report):
    arrest = arrest_of(library, report)
    library.timeline.edit(arrest.id, "Kem Sokha arrested at night", "2017-09-03")
    library.timeline.delete(arrest.id)
    assert library.manage.remove(report).events == 0
    assert arrest.id not in ids(library)
    assert library.timeline.undo() == arrest.id  # the edit is on the timeline again, cited from the copy
    assert next(e for e in library.timeline.events() if e.id == arrest.id).title == "Kem Sokha arrested at night"


def test_importing_a_removed_file_again_keeps_its_event_dismissed(library, report, report_file):
    arrest = arrest_of(library, report)
    library.timeline.delete(arrest.id)
    library.manage.remove(report)
    library.imports.import_files([report_file])  # the kept copy comes back
    assert ids(library, document=report) and arrest.id not in ids(library, document=report)


def test_a_purged_documents_dismissed_event_stays_off_the_timeline(library, report):
    arrest = arrest_of(library, report)
    library.timeline.edit(arrest.id, "Kem Sokha arrested at night", "2017-09-03")
    library.timeline.delete(arrest.id)
    assert library.manage.events_on(report) == 0
    library.manage.purge(report)
    assert arrest.id not in ids(library)
    assert library.timeline.undo() == arrest.id  # the tombstone kept its row: the edit cites it again
    assert next(e for e in library.timeline.events() if e.id == arrest.id).title == "Kem Sokha arrested at night"


def test_a_notebook_from_before_dismissals_keeps_its_edits_and_their_undo(library, report):
    arrest = arrest_of(library, report)
    conn = library.user_conn  # the notebook as the version before dismissals left it, with its edits
    conn.execute("ALTER TABLE event_overrides DROP COLUMN dismissed")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm013_event_dismissals'")
    library.timeline.edit(arrest.id, "Arrested", "2017-09-03")
    library.timeline.edit(arrest.id, "Kem Sokha arrested at night", "2017-09-03")  # undo keeps a row without it
    library.close()
    from desktop.services.library import Library

    with Library(library.archive_path, library.data_dir) as again:
        assert next(e for e in again.timeline.events() if e.id == arrest.id).title == "Kem Sokha arrested at night"
        again.timeline.delete(arrest.id)
        assert arrest.id not in ids(again)
        assert again.timeline.undo() == arrest.id  # the dismissal
        assert again.timeline.undo() == arrest.id  # the second edit: the row from before it, not dismissed
        assert next(e for e in again.timeline.events() if e.id == arrest.id).title == "Arrested"
        assert again.timeline.undo() == arrest.id
        assert next(e for e in again.timeline.events() if e.id == arrest.id).title == arrest.title
