"""The timeline from the command line, the store's user events, and the export formats."""

import csv
import io
import json
import os

import pytest

from desktop.export.safe_write import ExportError, write_atomically
from desktop.export.timeline_export import csv_bytes, timelinejs
from desktop.store.timeline import EventError

L, I, G, U, R = ("000_38d99342b0af7827", "001_4d211d3b45014089", "002_46b7dbb94abd75ab",
                 "003_9cd36ae3e7546bb8", "004_be89756c2a9d109d")

# (date, precision, document, title, words of the quote)
EXPECTED = [
    ("1972", "year", I, "Mu Sochua in exile", "I went into exile in 1972"),
    ("1989", "year", G, "Mu Sochua returned", "returned to Cambodia in 1989 after 18 years in exile"),
    ("1995", "year", I, "Mu Sochua joined", "I entered into politics in 1995"),
    ("1998", "year", G, "Mu Sochua won a seat", "winning a national assembly seat representing Battambang in 1998"),
    ("1998", "year", L, "Mu Sochua in office", "Ministry of Women’s Affairs, between 1998 and 2004"),
    ("2004", "year", L, "Mu Sochua stepped down", "In 2004, I quit my own party and stepped down as minister"),
    ("2004-07", "month", G, "Mu Sochua stepped down", "In July 2004 she stepped down"),
    ("2005", "year", G, "Mu Sochua nominated", "nominated for the Nobel Peace Prize"),
    ("2010", "year", G, "Mu Sochua received an award", "People's Choice Award"),
    ("2014-07-15", "day", G, "Mu Sochua arrested", "placed in pre-trial detention on July 15th"),
    ("2014-07-22", "day", G, "Mu Sochua released", "released from prison on July 22, 2014"),
    ("2017-09", "month", L, "Kem Sokha arrested", "our leader Kem Sokha was arrested"),
    ("2017-11", "month", L, "Hun Sen dissolved", "dissolved the CNRP"),
    ("2018", "year", L, "Hun Sen election", "win the 2018 election uncontested"),
    ("2020", "year", L, "Cambodia National Rescue Party arrested", "In 2020, at least 45 CNRP members"),
    ("2023", "year", R, "United Nations election", "national elections of 2023"),
    ("2023-04", "month", R, "Protest", "organized a massive and successful protest"),
    ("2023-06", "month", R, "Kem Sokha sentenced", "Kem Sokha received a 27-year criminal sentence"),
    ("2024-04", "month", R, "United Nations Human Rights Council review scheduled", "scheduled for April of 2024"),
]


@pytest.fixture
def timeline(cli):
    return json.loads(cli("timeline", "--json").out)


def test_seed_timeline_has_the_dated_happenings_at_their_precision(timeline):
    for date, precision, document, title, quote in EXPECTED:
        matches = [e for e in timeline if e["date"] == date and e["document"] == document and quote in e["quote"]]
        assert matches, f"missing: {date} {title}"
        event = matches[0]
        assert event["precision"] == precision
        if title:
            assert event["title"] == title


def test_events_have_the_promised_fields_sorted_by_date(timeline, library):
    assert set(timeline[0]) == {"id", "date", "end_date", "precision", "certainty", "title", "summary", "quote",
                                "document", "start", "end", "people", "organizations", "source", "page",
                                "anchor_quote"}
    dated = [e["date"] for e in timeline if e["date"]]
    assert dated == sorted(dated)
    for event in timeline:  # every quote is exactly the cited passage
        assert library.documents.get(event["document"]).text[event["start"] : event["end"]] == event["quote"]
    ministry = next(e for e in timeline if e["end_date"])
    assert (ministry["date"], ministry["end_date"]) == ("1998", "2004")
    arrest = next(e for e in timeline if e["date"] == "2014-07-15")
    assert arrest["certainty"] == "inferred"


def test_filters_by_person_and_document(cli):
    kem = json.loads(cli("timeline", "--person", "kem sokha", "--json").out)
    assert {e["title"] for e in kem} >= {"Kem Sokha arrested", "Kem Sokha sentenced"}
    assert all("Kem Sokha" in e["people"] for e in kem)
    only = json.loads(cli("timeline", "--document", G, "--json").out)
    assert {e["document"] for e in only} == {G}
    assert cli("timeline", "--document", "nope").code == 2


def test_imported_dates_in_many_formats(cli, tmp_path):
    report = tmp_path / "dates.txt"
    report.write_text(
        "Dates report\n\nThe first raid was on 3 September 2017. Police returned on Sept. 3, 2017. "
        "The log says 2017-09-03. Families were evicted by mid-2019. Land disputes began in the 1990s.\n")
    [doc_id] = [line.split("\t")[0] for line in cli("import", str(report)).out.splitlines()]
    events = json.loads(cli("timeline", "--document", doc_id, "--json").out)
    assert [(e["date"], e["end_date"], e["precision"]) for e in events] == [
        ("1990", "1999", "year"), ("2017-09-03", None, "day"), ("2017-09-03", None, "day"),
        ("2017-09-03", None, "day"), ("2019", None, "year")]
    assert {e["source"] for e in events} == {"extracted"}


def test_a_relative_dates_sentence_it_counts_from_is_in_the_json(cli, tmp_path):
    report = tmp_path / "release.txt"
    report.write_text("Court report\n\nOn 3 March 2023 the court sentenced him. Two weeks later, he was released.\n")
    [doc_id] = [line.split("\t")[0] for line in cli("import", str(report)).out.splitlines()]
    events = json.loads(cli("timeline", "--document", doc_id, "--json").out)
    assert [(e["date"], e["certainty"], e["anchor_quote"]) for e in events] == [
        ("2023-03-03", "stated", None), ("2023-03-17", "approximate", "On 3 March 2023 the court sentenced him.")]


def test_user_events_edit_override_and_undo(library):
    text = library.documents.get(G).text
    start = text.index("Prey Sar Prison")
    new_id = library.timeline.add(G, start, start + len("Prey Sar Prison"), "Crowds outside Prey Sar", "2014-07-22")
    mine = next(e for e in library.timeline.events() if e.id == new_id)
    assert (mine.source, mine.quote, mine.precision) == ("user", "Prey Sar Prison", "day")
    library.timeline.edit(new_id, "Crowds greet the released", "2014-07")
    assert next(e for e in library.timeline.events() if e.id == new_id).title == "Crowds greet the released"
    extracted = next(e for e in library.timeline.events() if e.date == "2014-07-15")
    library.timeline.edit(extracted.id, "Arrest and pre-trial detention", "2014-07-15")
    assert next(e for e in library.timeline.events() if e.id == extracted.id).title == "Arrest and pre-trial detention"
    library.timeline.delete(new_id)
    assert new_id not in {e.id for e in library.timeline.events()}
    assert library.timeline.undo() == new_id  # the deletion
    assert library.timeline.undo() == extracted.id  # the override
    assert next(e for e in library.timeline.events() if e.id == extracted.id).title == "Mu Sochua arrested"
    assert library.timeline.undo() == new_id  # the edit
    assert library.timeline.undo() == new_id  # the addition
    assert new_id not in {e.id for e in library.timeline.events()}
    assert library.timeline.undo() is None


@pytest.mark.parametrize("date", ["22 July 2014", "2014-13", "14", "2014-07-32"])
def test_bad_dates_are_refused(library, date):
    with pytest.raises(EventError):
        library.timeline.add(G, 0, 10, "x", date)


def test_deleting_an_extracted_event_marks_it_not_an_event_until_undone(library, cli):
    events = library.timeline.events()
    arrest = next(e for e in events if e.date == "2014-07-15" and e.document == G)
    count = library.timeline.count()
    library.timeline.delete(arrest.id)
    assert arrest.id not in {e.id for e in library.timeline.events()}
    assert len(library.timeline.events()) == len(events) - 1  # only that one
    assert arrest.id not in {e.id for e in library.timeline.events(person="Mu Sochua")}
    assert arrest.id not in {e.id for e in library.timeline.events(document=G)}
    assert library.timeline.count() == count - 1
    assert arrest.id not in {e["id"] for e in json.loads(cli("timeline", "--json").out)}  # `ekasar timeline` too
    assert arrest.id not in csv_bytes(library.timeline.events()).decode("utf-8-sig")
    assert library.timeline.undo() == arrest.id
    back = next(e for e in library.timeline.events() if e.id == arrest.id)
    assert (back.title, back.edited, library.timeline.count()) == ("Mu Sochua arrested", False, count)


def test_an_edited_event_marked_not_an_event_comes_back_edited(library):
    event = next(e for e in library.timeline.events() if e.date == "1972")
    library.timeline.edit(event.id, "Leaves for the United States", "1972")
    library.timeline.delete(event.id)
    assert event.id not in {e.id for e in library.timeline.events()}
    assert library.timeline.undo() == event.id  # the dismissal, not the edit
    assert next(e for e in library.timeline.events() if e.id == event.id).title == "Leaves for the United States"


def test_only_an_extracted_event_can_be_marked_not_an_event(library):
    from desktop.store.timeline import dismiss_event

    with pytest.raises(EventError, match="only an event found in a document"):
        dismiss_event(library.db.writer().conn, "not-an-event-id")


def test_override_survives_a_rebuild(tmp_path, seeds_copy, data_dir):
    from desktop.store.build import build_archive
    from desktop.services.library import Library

    archive = tmp_path / "archive.sqlite"
    build_archive(seeds_copy, archive)
    with Library(archive, data_dir) as library:
        event = next(e for e in library.timeline.events() if e.date == "1972")
        library.timeline.edit(event.id, "Leaves for the United States", "1972")
    build_archive(seeds_copy, archive)
    with Library(archive, data_dir) as library:
        assert next(e for e in library.timeline.events() if e.id == event.id).title == "Leaves for the United States"


def test_edits_and_dismissals_follow_their_sentence_when_a_rebuild_reads_the_text_differently(
        tmp_path, seeds_copy, data_dir):
    from desktop.store.build import build_archive
    from desktop.services.library import Library

    archive = tmp_path / "archive.sqlite"
    build_archive(seeds_copy, archive)
    with Library(archive, data_dir) as library:
        exile = next(e for e in library.timeline.events() if e.date == "1972")
        politics = next(e for e in library.timeline.events() if e.date == "1995")
        library.timeline.edit(exile.id, "Leaves for the United States", "1972")
        library.timeline.delete(politics.id)
    interview = seeds_copy / f"{I}.txt"  # a newer reading: everything after the head moves
    interview.write_text("Editor's note: this interview was shortened for length.\n\n"
                         + interview.read_text(encoding="utf-8"), encoding="utf-8")
    build_archive(seeds_copy, archive)
    with Library(archive, data_dir) as library:
        events = library.timeline.events()
        moved = next(e for e in events if "I went into exile in 1972" in e.quote)
        assert moved.id != exile.id and moved.title == "Leaves for the United States" and moved.edited
        assert not [e for e in events if "I entered into politics in 1995" in e.quote]
        # Control: an event the user did not touch keeps its extracted title.
        assert next(e for e in events if e.document == I and e.date == "2017").title != "Leaves for the United States"


def test_an_event_marked_not_an_event_stays_so_after_a_rebuild(tmp_path, seeds_copy, data_dir):
    from desktop.store.build import build_archive
    from desktop.services.library import Library

    archive = tmp_path / "archive.sqlite"
    build_archive(seeds_copy, archive)
    with Library(archive, data_dir) as library:
        event = next(e for e in library.timeline.events() if e.date == "1972")
        library.timeline.delete(event.id)
        count = library.timeline.count()
    build_archive(seeds_copy, archive)
    with Library(archive, data_dir) as library:
        assert event.id not in {e.id for e in library.timeline.events()}
        assert library.timeline.count() == count
        assert library.timeline.undo() == event.id  # and Undo still brings it back
        assert event.id in {e.id for e in library.timeline.events()}


def test_timelinejs_and_csv_exports(library):
    events = library.timeline.events()
    document = timelinejs(events)
    assert len(document["events"]) == sum(1 for e in events if e.date)
    released = next(e for e in document["events"] if e["text"]["headline"] == "Mu Sochua released")
    assert released["start_date"] == {"year": "2014", "month": "7", "day": "22"}
    ministry = next(e for e in document["events"] if "end_date" in e)
    assert (ministry["start_date"], ministry["end_date"]) == ({"year": "1998"}, {"year": "2004"})
    rows = list(csv.DictReader(io.StringIO(csv_bytes(events).decode("utf-8-sig"))))
    assert len(rows) == len(events) and rows[0]["id"] == events[0].id


def test_safe_write_replaces_whole_files_and_leaves_nothing_on_failure(tmp_path):
    target = tmp_path / "timeline.json"
    write_atomically(target, b"first")
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.json"]
    with pytest.raises(ExportError, match="does not exist"):
        write_atomically(tmp_path / "missing" / "x.json", b"x")
    read_only = tmp_path / "ro"
    read_only.mkdir()
    os.chmod(read_only, 0o500)
    try:
        if os.access(read_only, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(ExportError, match="could not write"):
            write_atomically(read_only / "x.json", b"x")
        assert list(read_only.iterdir()) == []
    finally:
        os.chmod(read_only, 0o700)


def test_a_failed_write_keeps_the_old_file_and_no_partial_file(tmp_path, monkeypatch):
    import errno

    target = tmp_path / "timeline.csv"
    write_atomically(target, b"old, complete")

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match="No space left on device"):
        write_atomically(target, b"new" * 1000)
    assert target.read_bytes() == b"old, complete"
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.csv"]
