"""A PDF end to end: imported page by page, its running head kept aside, and every
citation naming the page — search (window and CLI), the reader's page markers, Copy with
citation, the people panel, the timeline and every export format."""

import json

import pytest
from PySide6.QtGui import QGuiApplication, QTextCursor

from desktop.ui.reader.page_marks import PAGE_GAP, PAGE_START
from tests.ingest.readers.pdf_samples import SamplePage, typeset

HEADER = "Land Rights Quarterly — Issue 4"
PAGES = [
    SamplePage(["Villagers in Kampong Speu protested on 3 March 2024 against the sugar concession.",
                "The provincial governor met their representatives the next day."], HEADER, "1"),
    SamplePage(["Lawyer Sok Dara said that the Battambang verdict ignored the land law.",
                "Observers counted forty families still without compensation."], HEADER, "2"),
    SamplePage(["On 9 April 2024 the appeal court postponed the hearing in Battambang.",
                "Families said they would return to the court."], HEADER, "3"),
]


@pytest.fixture
def pdf_file(tmp_path, qapp):
    path = tmp_path / "land-quarterly.pdf"
    path.write_bytes(typeset(PAGES, {"Title": "Land Rights Quarterly 4", "Author": "Monitoring Team"}))
    return path


@pytest.fixture
def imported(library, pdf_file):
    report = library.imports.import_files([pdf_file])
    [(_, doc_id)] = report.imported
    return library, doc_id


def test_a_pdf_imports_with_its_pages_and_its_own_title(imported):
    library, doc_id = imported
    document = library.documents.get(doc_id)
    assert (document.info.title, document.info.author) == ("Land Rights Quarterly 4", "Monitoring Team")
    assert document.format == "pdf" and len(document.pages) == 3
    assert HEADER not in document.text  # kept aside, as boilerplate is…
    assert document.original.count(HEADER) == 3  # …and still in the original
    assert document.page_at(document.text.index("Battambang verdict")) == 2
    assert document.page_at(document.text.index("appeal court")) == 3
    [hit] = library.search.run("postponed").hits
    assert hit.page == 3 and hit.as_json()["page"] == 3


def test_the_cli_names_the_page_of_each_hit(cli, pdf_file):
    [imported] = json.loads(cli("import", str(pdf_file), "--json").out)["imported"]
    [hit] = [h for h in json.loads(cli("search", "verdict", "--json").out) if h["document"] == imported["id"]]
    assert hit["page"] == 2
    assert f"{imported['id']}, p. 2  " in cli("search", "verdict").out
    [seed_hit, *_] = json.loads(cli("search", "Sochua", "--json").out)
    assert seed_hit["page"] is None  # a text file has no pages


def test_reader_marks_pages_and_copy_cites_the_page(qtbot, window, pdf_file):
    report = window.library.imports.import_files([pdf_file])
    [(_, doc_id)] = report.imported
    window.open_document(doc_id)
    reader = window.reader
    document = reader.view.document()
    marked = [block.blockFormat().property(PAGE_START) for block in _blocks(document)
              if block.blockFormat().property(PAGE_START)]
    assert marked == [1, 2, 3]
    for block in _blocks(document):  # room above each page's first paragraph for its marker
        if block.blockFormat().property(PAGE_START) and block.previous().isValid():
            gap = document.documentLayout().blockBoundingRect(block).top() - \
                document.documentLayout().blockBoundingRect(block.previous()).bottom()
            assert gap >= block.previous().blockFormat().bottomMargin() + PAGE_GAP
    text = reader.document.text
    start = text.index("Observers counted")
    cursor = reader.view.textCursor()
    cursor.setPosition(reader.layout_map.position_of(start))
    cursor.setPosition(reader.layout_map.position_of(start + len("Observers counted")), QTextCursor.MoveMode.KeepAnchor)
    reader.view.setTextCursor(cursor)
    assert reader.copy_with_citation()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Observers counted") and copied.endswith(f"(Ekasar document {doc_id}, p. 2)")


def _blocks(document):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_notes_and_events_on_a_pdf_cite_their_page_in_every_export(imported, tmp_path):
    library, doc_id = imported
    text = library.documents.get(doc_id).text
    start = text.index("forty families")
    library.notes.annotate(doc_id, start, start + len("forty families"), note="Count them again")
    from desktop.export.exporter import export_notes

    for fmt in ("markdown", "html", "json", "csv"):
        folder = tmp_path / fmt
        folder.mkdir()
        export_notes(library.notes.listing(), library.documents.cited, folder, fmt)
        written = "".join(p.read_text(encoding="utf-8-sig") for p in folder.rglob("*") if p.is_file()
                          and p.suffix in (".md", ".html", ".jsonld", ".csv"))
        if fmt == "json":
            assert '"value": "page=2"' in written and "FragmentSelector" in written
        elif fmt == "csv":
            assert ",2,anchored" in written
        else:
            assert f"Ekasar document {doc_id}, p. 2" in written, fmt
    events = [e for e in library.timeline.events() if e.document == doc_id]
    assert {e.date: e.page for e in events if e.date} == {"2024-03-03": 1, "2024-03-04": 1, "2024-04-09": 3}  # "the next day"


def test_a_profile_cites_the_page_of_each_mention(imported):
    from desktop.render.profile_html import profile_html

    library, doc_id = imported
    [dara] = [p for p in library.people.summaries() if p.name == "Sok Dara"]
    profile = library.people.profile(dara.id)
    assert [(c.document, c.page) for c in profile.contexts] == [(doc_id, 2)]
    assert "<b>Sok Dara</b></a> said that the Battambang verdict" in profile_html(profile)
    assert profile_html(profile).endswith("…, p. 2</small></li></ul>")


def test_the_readers_refusal_is_said_in_the_interface_language(library, tmp_path, qapp):
    from desktop.ui.language import apply_language
    from tests.ingest.readers.pdf_samples import encrypted

    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted(typeset(PAGES[:1]), "secret"))
    [refused] = library.imports.import_files([path]).skipped
    assert refused.reason == "this PDF is password-protected"  # the control: English by default
    assert apply_language("km")  # the fixture sets English back
    [refused] = library.imports.import_files([path]).skipped  # read in a child process, in Khmer too
    assert refused.reason == "PDF នេះត្រូវបានការពារដោយពាក្យសម្ងាត់"


def test_a_passage_running_on_to_the_next_page_cites_both(imported, tmp_path):
    from desktop.export.exporter import export_notes

    library, doc_id = imported
    text = library.documents.get(doc_id).text
    start, end = text.index("next day"), text.index("Lawyer Sok Dara") + len("Lawyer")
    library.notes.annotate(doc_id, start, end)
    export_notes(library.notes.listing(), library.documents.cited, tmp_path, "markdown")
    written = "".join(p.read_text(encoding="utf-8") for p in tmp_path.rglob("*.md"))
    assert f"Ekasar document {doc_id}, pp. 1–2" in written


@pytest.mark.parametrize("stated, shown", [
    ("Microsoft Word - quarterly_v3.docx", "Land Rights Quarterly — Issue 4"),  # a program's, not a title
    ("untitled", "Land Rights Quarterly — Issue 4"),
    ("Land Rights Quarterly 4", "Land Rights Quarterly 4"),  # the control: a real title is kept
])
def test_a_title_a_program_wrote_for_itself_gives_way_to_the_first_line(library, tmp_path, qapp, stated, shown):
    path = tmp_path / "quarterly.pdf"
    pages = [SamplePage([HEADER, *PAGES[0].paragraphs])]
    path.write_bytes(typeset(pages, {"Title": stated}))
    [(_, doc_id)] = library.imports.import_files([path]).imported
    assert library.documents.get(doc_id).info.title == shown
