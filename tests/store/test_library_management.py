"""Managing the library: editing an import's details, removing it and putting it back exactly,
tags and collections (desktop/store/document_edits.py, removal.py, document_tags.py)."""

import json

import pytest

from desktop.errors import DocumentNotFound, NotFound
from desktop.services.manage import ArchiveIsReadOnly
from desktop.store.document_edits import DocumentEditError, check_document_date
from desktop.store.document_tags import OrganizeError

GFW = "002_46b7dbb94abd75ab"
REPORT = """Eviction report from Boeung Kak

Phnom Penh, 3 March 2024

Villagers from Boeung Kak lake told Judge Ly Sophana that the eviction notices came without warning.
Kem Sokha was arrested on 3 September 2017 in Phnom Penh. ក្រុមហ៊ុនខេមរា បានប្ដឹង។
"""


@pytest.fixture
def report(library, tmp_path):
    path = tmp_path / "boeung-kak.txt"
    path.write_text(REPORT, encoding="utf-8")
    [(_, doc_id)] = library.imports.import_files([path]).imported
    return doc_id


def search_ids(library, query):
    return [hit.document for hit in library.search.run(query).hits]


def snapshot(library, doc_id):
    """Every row that hangs on a document, without its row number."""
    conn = library.user_conn
    rowid = conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
    cursor = conn.execute("SELECT * FROM documents WHERE rowid = ?", (rowid,))
    names = [c[0] for c in cursor.description]
    document = {k: v for k, v in zip(names, cursor.fetchone()) if k != "rowid"}
    parts = {}
    for table in ("paragraphs", "mentions", "events"):
        cursor = conn.execute(f"SELECT * FROM {table} WHERE document_rowid = ?", (rowid,))
        names = [c[0] for c in cursor.description]
        parts[table] = sorted(tuple(v for k, v in zip(names, row) if k != "document_rowid") for row in cursor)
    khmer = conn.execute("SELECT syllables, words, places FROM khmer_text WHERE document_rowid = ?",
                         (rowid,)).fetchall()
    entities = conn.execute("SELECT * FROM entities ORDER BY id").fetchall()
    return document, parts, khmer, entities


# Editing ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed, stored", [("2024", "2024"), ("2024-03", "2024-03"), ("2024-03-03", "2024-03-03"),
                                           ("២០២៤-០៣", "2024-03"), ("  ", None), (None, None)])
def test_a_date_is_a_year_a_month_or_a_day(typed, stored):
    assert check_document_date(typed) == stored


@pytest.mark.parametrize("typed, message", [
    ("3 March 2024", "YYYY, YYYY-MM or YYYY-MM-DD"), ("2024-3", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2024-13", "YYYY, YYYY-MM or YYYY-MM-DD"), ("24", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2023-02-30", "no such day"), ("2024-03-03T10:00", "YYYY, YYYY-MM or YYYY-MM-DD"),
])
def test_any_other_date_is_refused_saying_why(typed, message):
    with pytest.raises(DocumentEditError, match=message):
        check_document_date(typed)


def test_editing_changes_the_row_and_the_title_search_finds(library, report):
    assert report in search_ids(library, "Boeung")
    assert library.manage.info(report).date == "2024-03-03"  # proposed at import, from its dateline
    changed = library.manage.edit(report, title="Lakeside evictions dossier", author="LICADHO",
                                  publisher="  Cambodian\nLeague ", date="2024-03", kind="report")
    assert changed == {"title": "Lakeside evictions dossier", "author": "LICADHO",
                       "publisher": "Cambodian League", "date": "2024-03", "kind": "report"}
    info = library.manage.info(report)
    assert (info.title, info.author, info.publisher, info.date, info.kind) == (
        "Lakeside evictions dossier", "LICADHO", "Cambodian League", "2024-03", "report")
    assert search_ids(library, "dossier") == [report]
    assert search_ids(library, "Lakeside") == [report]
    assert report in search_ids(library, "eviction")  # the text is indexed as before
    library.manage.edit(report, title="Another name")
    assert search_ids(library, "dossier") == []  # the old title's index entry is gone
    conn = library.user_conn
    conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
    assert json.loads(conn.execute("SELECT meta FROM documents WHERE id = ?", (report,)).fetchone()[0])["edited"] == [
        "author", "date", "kind", "publisher", "title"]


def test_blank_clears_a_field_but_a_title_is_needed(library, report):
    library.manage.edit(report, author="Someone", date="2024")
    assert library.manage.edit(report, author="", date=" ") == {"author": None, "date": None}
    assert library.manage.edit(report, author=None) == {}  # nothing changed, nothing announced
    with pytest.raises(DocumentEditError, match="needs a title"):
        library.manage.edit(report, title="   ")
    with pytest.raises(DocumentEditError, match="YYYY"):
        library.manage.edit(report, title="Kept?", date="March 2024")
    assert library.manage.info(report).title != "Kept?"  # a refused edit changes nothing


def test_archive_documents_cannot_be_edited_or_removed(library):
    with pytest.raises(ArchiveIsReadOnly, match="archive is read-only: only documents you imported can be edited"):
        library.manage.edit(GFW, title="Mine now")
    with pytest.raises(ArchiveIsReadOnly, match="can be removed"):
        library.manage.remove(GFW)
    with pytest.raises(DocumentNotFound):
        library.manage.edit("user_nope", title="x")


# Removing and restoring ----------------------------------------------------------------------------
def test_removing_takes_the_document_out_of_everything_and_restoring_puts_it_back_exactly(library, report):
    before = snapshot(library, report)
    mentioned = {p.id for p in library.people.summaries()}
    events = [e.id for e in library.timeline.events(document=report)]
    assert events and "cand-p-ly-sophana" in mentioned  # a candidate only this document names
    removed = library.manage.remove(report)
    assert (removed.id, removed.notes) == (report, 0)
    assert library.documents.get(report) is None
    assert report not in {d.id for d in library.documents.all()}
    assert search_ids(library, "Boeung") == [] and search_ids(library, "ខេមរា") == [GFW]
    assert library.timeline.events(document=report) == []
    assert "cand-p-ly-sophana" not in {p.id for p in library.people.summaries()}
    assert [r.id for r in library.manage.removed()] == [report]
    assert library.documents.cited(report).info.title == "Eviction report from Boeung Kak"

    assert library.manage.restore(report) == 0
    assert snapshot(library, report) == before
    assert search_ids(library, "Boeung") == [report] and report in search_ids(library, "ខេមរា")
    assert [e.id for e in library.timeline.events(document=report)] == events
    assert {p.id for p in library.people.summaries()} == mentioned
    assert library.manage.removed() == []
    for index in ("documents_fts", "khmer_text_fts"):
        library.user_conn.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")


def test_notes_on_a_removed_document_go_to_review_and_come_back_anchored(library, report):
    passage = library.notes.annotate_quote(report, "eviction notices", note="ask the lawyer", tags=["evictions"])
    whole = library.notes.add_note("document", "the whole report", report)
    removed = library.manage.remove(report)
    assert removed.notes == 2
    notes = {n.id: n for n in library.notes.listing()}
    assert {notes[passage.id].status, notes[whole.id].status} == {"needs_review"}
    assert notes[passage.id].note == "ask the lawyer" and notes[passage.id].quote == "eviction notices"
    library.close()  # re-anchoring when the notebook opens again leaves them for review
    from desktop.services.library import Library
    with Library(library.archive_path, library.data_dir) as again:
        assert {n.status for n in again.notes.listing()} == {"needs_review"}
        assert again.manage.restore(report) == 2
        restored = {n.id: n for n in again.notes.listing()}
        assert restored[passage.id].status == restored[whole.id].status == "anchored"
        assert (restored[passage.id].start, restored[passage.id].end) == (passage.start, passage.end)


def test_a_note_already_needing_review_stays_so(library, report):
    note = library.notes.annotate_quote(report, "eviction notices")
    library.user_conn.execute("UPDATE annotations SET status = 'needs_review' WHERE id = ?", (note.id,))
    assert library.manage.remove(report).notes == 0
    library.manage.restore(report)
    assert library.notes.listing()[0].status == "needs_review"


def test_restore_after_a_later_import_took_the_row_number(library, report, tmp_path):
    before = snapshot(library, report)
    library.manage.remove(report)
    other = tmp_path / "other.txt"
    other.write_text("Another report about Prey Sar prison.", encoding="utf-8")
    [(_, other_id)] = library.imports.import_files([other]).imported
    library.manage.restore(report)
    assert snapshot(library, report) == before
    assert search_ids(library, "Boeung") == [report] and search_ids(library, "Prey Sar") != []
    assert other_id in search_ids(library, "Prey Sar")


def test_reimporting_a_removed_file_brings_back_the_kept_copy_with_the_users_work(library, report, tmp_path):
    note = library.notes.annotate_quote(report, "eviction notices", note="my precious note")
    library.manage.edit(report, title="My edited title", date="2020")
    library.organize.tag(report, ["land"])
    library.organize.add("Evictions", [report], create=True)
    library.manage.remove(report)
    again = library.imports.import_files([tmp_path / "boeung-kak.txt"])
    assert (again.imported, again.already_present) == ([(tmp_path / "boeung-kak.txt", report)], [])
    info = library.manage.info(report)
    assert (info.title, info.date) == ("My edited title", "2020")  # the copy, not a fresh import
    assert library.manage.removed() == [] and [d.id for d in library.documents.all()].count(report) == 1
    [back] = library.notes.listing()
    assert (back.id, back.status, back.start, back.end) == (note.id, "anchored", note.start, note.end)
    assert library.organize.tags() == [("land", 1)] and library.organize.collections() == [("Evictions", 1)]
    assert search_ids(library, "Boeung") == [report] and "cand-p-ly-sophana" in {
        p.id for p in library.people.summaries()}
    with pytest.raises(DocumentNotFound):
        library.manage.restore(report)  # nothing left to restore


def test_a_second_removal_adds_to_the_notes_sent_to_review(library, report, tmp_path, monkeypatch):
    from desktop.services import imports
    first = library.notes.annotate_quote(report, "eviction notices")
    library.manage.remove(report)
    # The same file imported afresh while the copy was kept (as Ekasar did before), then removed again.
    monkeypatch.setattr(imports, "restore_if_removed", lambda conn, doc_id: False, raising=False)
    library.imports.import_files([tmp_path / "boeung-kak.txt"])
    second = library.notes.annotate_quote(report, "Judge Ly Sophana")
    assert library.manage.remove(report).notes == 2
    assert [r.notes for r in library.manage.removed()] == [2]
    assert library.manage.restore(report) == 2
    assert {n.id: n.status for n in library.notes.listing()} == {first.id: "anchored", second.id: "anchored"}


def test_the_users_events_and_event_edits_on_a_removed_document_stay_on_the_timeline(library, report):
    [arrest] = [e for e in library.timeline.events(document=report) if e.date == "2017-09-03"]
    library.timeline.edit(arrest.id, "Kem Sokha arrested at night", "2017-09-03")
    start = library.documents.get(report).text.index("Villagers")
    mine = library.timeline.add(report, start, start + 9, "Villagers spoke to the judge", "2024-03")
    removed = library.manage.remove(report)
    assert (removed.notes, removed.events) == (0, 2)
    assert [r.events for r in library.manage.removed()] == [2]
    kept = {e.id: e for e in library.timeline.events()}
    assert (kept[mine].title, kept[mine].quote, kept[mine].source) == ("Villagers spoke to the judge", "Villagers",
                                                                       "user")
    assert kept[mine].document_title == "Eviction report from Boeung Kak"  # cited from the copy
    assert (kept[arrest.id].title, kept[arrest.id].edited, kept[arrest.id].people) == (
        "Kem Sokha arrested at night", True, ["Kem Sokha"])
    assert "Kem Sokha was arrested" in kept[arrest.id].quote
    assert sorted(e.id for e in library.timeline.events(document=report)) == sorted([mine, arrest.id])
    assert [e.id for e in library.timeline.events(person="Kem Sokha") if e.document == report] == [arrest.id]
    library.manage.restore(report)
    events = library.timeline.events(document=report)
    assert len(events) == 3 and len({e.id for e in events}) == 3  # no event twice
    assert {e.id: e.title for e in events}[arrest.id] == "Kem Sokha arrested at night"


def test_purge_keeps_a_tombstone_so_the_notes_and_events_on_it_still_cite_it(library, report):
    library.notes.annotate_quote(report, "eviction notices", note="mine")
    [arrest] = [e for e in library.timeline.events(document=report) if e.date == "2017-09-03"]
    library.timeline.edit(arrest.id, "Kem Sokha arrested at night", "2017-09-03")
    start = library.documents.get(report).text.index("Villagers")
    mine = library.timeline.add(report, start, start + 9, "Villagers spoke to the judge", "2024-03")
    library.organize.tag(report, ["land"])
    library.organize.add("Evictions", [report], create=True)
    assert library.manage.events_on(report) == 2
    library.manage.purge(report)
    assert library.manage.removed() == [] and library.documents.get(report) is None
    cited = library.documents.cited(report)
    assert (cited.info.title, cited.info.date, cited.text, cited.original) == (
        "Eviction report from Boeung Kak", "2024-03-03", "", "")
    assert [n.note for n in library.notes.listing()] == ["mine"]
    kept = {e.id: e for e in library.timeline.events()}
    assert (kept[mine].title, kept[mine].document_title, kept[mine].quote) == (
        "Villagers spoke to the judge", "Eviction report from Boeung Kak", "")  # no text is kept
    assert kept[arrest.id].title == "Kem Sokha arrested at night"
    # Gone for good: out of its collections and tags (which could otherwise never be seen again).
    assert library.organize.tags_of(report) == [] and library.organize.collections_of(report) == []
    assert library.organize.document_ids(collection="Evictions") == set()
    from desktop.export.notes_export import markdown
    exported = b"".join(markdown(library.notes.listing(), library.documents.cited).values()).decode("utf-8")
    assert 'title: "Eviction report from Boeung Kak"' in exported and "needs review" in exported
    with pytest.raises(DocumentNotFound):
        library.manage.restore(report)
    with pytest.raises(DocumentNotFound):
        library.manage.purge(report)


def test_tags_left_on_an_unknown_id_can_be_listed_and_taken_off(library):
    library.organize.tag(GFW, ["prison"])
    library.user_conn.execute("UPDATE document_tags SET document_id = 'user_gone' WHERE document_id = ?", (GFW,))
    assert library.organize.tags_of("user_gone") == ["prison"]  # as an earlier purge left them
    assert library.organize.untag("user_gone", ["prison"]) == ["prison"]
    assert library.organize.tags_of("user_gone") == []


LAND = ("Land dispute report\n\nOn 3 March 2024 community leader Chhorn Vibol met Governor Sar Sokhom in Kratie. "
        "Chhorn Vibol said the company Angkor Sugar Holdings Co. Ltd. cleared the land.\n")
VIBOL, COMPANY, GOVERNOR = "cand-p-chhorn-vibol", "cand-o-angkor-sugar-holdings-co-ltd", "cand-p-sar-sokhom"


@pytest.mark.parametrize("written", ["note", "curation", "edited event"])
def test_candidates_the_user_wrote_about_stay_when_their_document_is_removed(library, tmp_path, written):
    path = tmp_path / "land.txt"
    path.write_text(LAND, encoding="utf-8")
    [(_, doc_id)] = library.imports.import_files([path]).imported
    assert {VIBOL, COMPANY} <= {p.id for p in library.people.summaries()}
    if written == "note":
        library.notes.add_note("entity", "ask who owns it", target_id=COMPANY)
    elif written == "curation":
        library.people.curate("rename", COMPANY, "Angkor Sugar")
    else:
        [event] = library.timeline.events(document=doc_id)
        assert event.entity_ids == [VIBOL, GOVERNOR]  # the two its sentence names
        library.timeline.edit(event.id, "Chhorn Vibol met the governor", "2024-03-03")
    stays = VIBOL if written == "edited event" else COMPANY
    library.manage.remove(doc_id)
    people = {p.id: p for p in library.people.summaries()}
    assert stays in people and ({VIBOL, COMPANY} - {stays}).isdisjoint(people)
    if written == "curation":
        assert people[COMPANY].name == "Angkor Sugar"
    library.manage.restore(doc_id)
    assert {VIBOL, COMPANY} <= {p.id for p in library.people.summaries()}
    assert library.people.profile(stays).summary.mentions >= 1


# Tags and collections -------------------------------------------------------------------------------
def test_tags_on_archive_and_imported_documents_filter_the_library(library, report):
    assert library.organize.tag(GFW, ["#prison", "Mu Sochua", "prison"]) == ["prison", "Mu Sochua"]
    assert library.organize.tag(report, ["Prison", "land"]) == ["Prison", "land"]
    assert library.organize.tag(GFW, ["PRISON"]) == []  # the same tag whatever its case
    assert library.organize.tags_of(GFW) == ["Mu Sochua", "prison"]
    assert dict(library.organize.tags()) == {"Mu Sochua": 1, "prison": 2, "land": 1}
    keys = library.documents.keys(tag="prison")
    assert sorted(library.documents.infos(keys)[k].id for k in keys) == sorted([GFW, report])
    assert library.organize.untag(GFW, ["prison", "absent"]) == ["prison"]
    assert [library.documents.infos([k])[k].id for k in library.documents.keys(tag="prison")] == [report]
    assert library.organize.set_tags(report, ["land", "appeal"]) == (["appeal"], ["Prison"])
    with pytest.raises(OrganizeError):
        library.organize.tag(report, ["  #  "])
    with pytest.raises(DocumentNotFound):
        library.organize.tag("nope", ["x"])


def test_collections_are_made_filled_renamed_and_deleted(library, report):
    assert library.organize.create("Mu Sochua case") == "Mu Sochua case"
    with pytest.raises(OrganizeError, match="already a collection"):
        library.organize.create("mu sochua CASE")
    assert library.organize.add("Mu Sochua case", [GFW, report, GFW]) == 2
    assert library.organize.add("Evictions", [report], create=True) == 1
    assert library.organize.collections() == [("Evictions", 1), ("Mu Sochua case", 2)]
    assert library.organize.collections_of(report) == ["Evictions", "Mu Sochua case"]
    keys = library.documents.keys(collection="Mu Sochua case", tag=None)
    assert len(keys) == 2
    assert library.documents.keys("Boeung", collection="Mu Sochua case") == [library.documents.key_of(report)]
    assert library.organize.remove("Mu Sochua case", [report]) == 1
    assert library.organize.rename("Mu Sochua case", "Sochua") == "Sochua"
    with pytest.raises(OrganizeError, match="already a collection"):
        library.organize.rename("Sochua", "evictions")
    assert library.organize.delete("Sochua") == [GFW]
    assert library.documents.get(GFW) is not None  # deleting a collection never touches its documents
    with pytest.raises(NotFound):
        library.organize.add("Sochua", [GFW])


def test_a_removed_documents_tags_and_collections_come_back_with_it(library, report):
    library.organize.tag(report, ["land"])
    library.organize.add("Evictions", [report], create=True)
    library.manage.remove(report)
    assert library.organize.collections() == [("Evictions", 0)] and library.organize.tags() == []
    assert library.organize.document_ids(collection="Evictions") == {report}  # its notes stay in scope
    library.manage.restore(report)
    assert library.organize.collections() == [("Evictions", 1)] and library.organize.tags() == [("land", 1)]
    assert library.organize.document_ids(tag="land", collection="Evictions") == {report}


def test_a_notebook_from_before_tags_collections_and_removal_is_brought_up_to_date(library, report):
    note = library.notes.annotate_quote(report, "eviction notices", note="kept through the update")
    conn = library.user_conn
    for table in ("document_tags", "collection_documents", "collections", "removed_documents"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name IN "
                 "('m008_document_tags', 'm009_collections', 'm010_removed_documents')")
    library.close()
    from desktop.services.library import Library
    with Library(library.archive_path, library.data_dir) as again:
        assert [(n.id, n.note, n.status) for n in again.notes.listing()] == [
            (note.id, "kept through the update", "anchored")]
        assert again.organize.tag(report, ["land"]) == ["land"]
        assert again.manage.remove(report).notes == 1 and again.manage.restore(report) == 1
