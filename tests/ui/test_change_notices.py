"""Changes are announced, not pushed: the services' notices reach the panels and the reader. A new
highlight is painted where the reader is, without reloading the document."""

import pytest

from desktop.services.notices import DOCUMENTS, NOTES, Notices

GFW = "002_46b7dbb94abd75ab"


def background_at(window, words: str) -> str:
    cursor = window.reader.view.document().find(words)
    cursor.setPosition(cursor.selectionStart() + 1)
    return cursor.charFormat().background().color().name()


def test_a_highlight_is_painted_in_place_without_reloading_the_document(window, qtbot):
    window.open_document(GFW)
    view = window.reader.view
    rendered = view.document()
    view.setTextCursor(rendered.find("Prey Sar Prison"))
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 3)
    scrolled, position = view.verticalScrollBar().value(), view.textCursor().position()
    unmarked = background_at(window, "Prey Sar Prison")
    window.actions_by_name["highlight_pink"].trigger()
    assert background_at(window, "Prey Sar Prison") == "#ffb3d1" != unmarked
    assert view.document() is rendered  # the same document: nothing was re-rendered
    assert view.verticalScrollBar().value() == scrolled and view.textCursor().position() == position
    window.actions_by_name["deleteNote"].trigger()
    assert background_at(window, "Prey Sar Prison") == unmarked and view.document() is rendered
    window.actions_by_name["undoNote"].trigger()
    assert background_at(window, "Prey Sar Prison") == "#ffb3d1"


def test_a_note_made_through_the_service_reaches_the_notes_panel_and_the_reader(window):
    window.open_document(GFW)
    assert window.notes_panel.shown_notes() == []  # the control
    window.library.notes.annotate_quote(GFW, "Prey Sar Prison", note="seen through the notice")
    assert [n.note for n in window.notes_panel.shown_notes()] == ["seen through the notice"]
    assert background_at(window, "Prey Sar Prison") == "#ffe066"


def test_documents_imported_elsewhere_reach_the_library_panel(window, tmp_path):
    path = tmp_path / "visit.md"
    path.write_text("# Field visit\n\nFamilies in Boeung Kak described the evictions.")
    with window.library.open_writer() as writer:  # another connection, as a background import
        writer.imports.import_files([path])
    before = window.library_panel.model.rowCount()
    window.library.changed_elsewhere(DOCUMENTS)
    assert window.library_panel.model.rowCount() == before + 1
    assert window.summary.text().endswith("· 1 imported")


def test_notices_reach_every_listener_and_refuse_unknown_kinds():
    notices, heard = Notices(), []
    notices.subscribe(heard.append)
    notices.announce(NOTES, GFW)
    assert [(n.kind, n.document_id) for n in heard] == [(NOTES, GFW)]
    notices.unsubscribe(heard.append)
    notices.announce(NOTES)
    assert len(heard) == 1
    with pytest.raises(ValueError, match="unknown notice"):
        notices.announce("everything")


def test_taking_a_highlight_off_gives_a_link_back_its_colour_and_tooltip(window, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Monitoring report\n\nThe full findings are at www.example.org for anyone who asks.\n")
    [(_, doc_id)] = window.library.imports.import_files([path]).imported
    window.open_document(doc_id)
    view = window.reader.view

    def link_look():
        cursor = view.document().find("example")
        cursor.setPosition(cursor.selectionStart() + 1)
        fmt = cursor.charFormat()
        return fmt.isAnchor(), fmt.toolTip(), fmt.foreground().color().name()

    before = link_look()
    assert before[0] and "never opened" in before[1]  # the control: a rendered, inert link
    view.setTextCursor(view.document().find("at www.example.org for"))
    window.actions_by_name["highlight_blue"].trigger()
    assert link_look()[1] != before[1]  # the highlight's note shows over the link
    window.actions_by_name["deleteNote"].trigger()
    assert link_look() == before
