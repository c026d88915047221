"""Highlights and notes in the real window: made, kept across restarts, undone, found again."""

from PySide6.QtCore import Qt

from desktop.ui import main_window as main_window_module
from desktop.ui.notes_panel import AnnotationRole

GFW = "002_46b7dbb94abd75ab"


def select(window, words: str) -> None:
    view = window.reader.view
    view.setTextCursor(view.document().find(words))


def background_at(window, words: str):
    cursor = window.reader.view.document().find(words)
    cursor.setPosition(cursor.selectionStart() + 1)
    return cursor.charFormat().background().color().name()


def test_highlight_note_tag_restart_delete_undo_and_jump(make_window, qtbot, monkeypatch):
    window = make_window()
    window.open_document(GFW)
    select(window, "Prey Sar Prison")
    window.actions_by_name["highlight_yellow"].trigger()  # Ctrl+Alt+1
    [made] = window.library.annotations()
    assert (made.quote, made.color) == ("Prey Sar Prison", "yellow")
    select(window, "Prey Sar Prison")
    window.actions_by_name["highlight_green"].trigger()  # the same passage: a new colour
    [made] = window.library.annotations()
    assert made.color == "green"
    assert background_at(window, "Prey Sar Prison") == "#9be39b"

    monkeypatch.setattr(main_window_module.NoteDialog, "exec", lambda self: 1)
    monkeypatch.setattr(main_window_module.NoteDialog, "values",
                        lambda self: ("Where she was held with six colleagues", ["prison", "2014"], "green"))
    select(window, "Prey Sar")
    window.actions_by_name["addNote"].trigger()
    [noted] = window.library.annotations()
    assert noted.id == made.id and noted.note.startswith("Where she was held") and noted.tags == ["prison", "2014"]
    window.close()

    again = make_window()
    assert again.reader.document.info.id == GFW
    assert background_at(again, "Prey Sar Prison") == "#9be39b"
    assert [n.note for n in again.notes_panel.shown_notes()] == ["Where she was held with six colleagues"]

    select(again, "Prey Sar")
    again.actions_by_name["deleteNote"].trigger()
    assert again.library.annotations() == [] and again.notes_panel.shown_notes() == []
    again.actions_by_name["undoNote"].trigger()
    assert [n.id for n in again.library.annotations()] == [made.id]
    assert background_at(again, "Prey Sar Prison") == "#9be39b"

    # Another note elsewhere, then filter by tag and jump.
    again.open_document("004_be89756c2a9d109d")
    select(again, "Lowell, Massachusetts")
    again.actions_by_name["highlight_yellow"].trigger()
    panel = again.notes_panel
    panel.tag.setCurrentIndex(panel.tag.findData("prison"))
    [only] = panel.shown_notes()
    assert only.id == made.id
    item = next(panel.list.item(i) for i in range(panel.list.count()) if panel.list.item(i).data(AnnotationRole))
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: again.reader.document.info.id == GFW and again.reader.view.hit is not None)
    assert again.reader.view.hit.selectedText() == "Prey Sar Prison"


def test_highlighting_needs_a_selection(window):
    window.open_document(GFW)
    window.actions_by_name["highlight_yellow"].trigger()
    assert "Select a passage" in window.statusBar().currentMessage()
    assert window.library.annotations() == []
