"""Highlights and notes in the real window: made, kept across restarts, undone, found again."""

from PySide6.QtCore import Qt

from desktop.ui.notes_panel import AnnotationRole, NoteDialog

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
    [made] = window.library.notes.listing()
    assert (made.quote, made.color) == ("Prey Sar Prison", "yellow")
    select(window, "Prey Sar Prison")
    window.actions_by_name["highlight_green"].trigger()  # the same passage: a new colour
    [made] = window.library.notes.listing()
    assert made.color == "green"
    assert background_at(window, "Prey Sar Prison") == "#9be39b"

    monkeypatch.setattr(NoteDialog, "exec", lambda self: 1)
    monkeypatch.setattr(NoteDialog, "values",
                        lambda self: ("Where she was held with six colleagues", ["prison", "2014"], "green"))
    select(window, "Prey Sar")
    window.actions_by_name["addNote"].trigger()
    [noted] = window.library.notes.listing()
    assert noted.id == made.id and noted.note.startswith("Where she was held") and noted.tags == ["prison", "2014"]
    window.close()

    again = make_window()
    assert again.reader.document.info.id == GFW
    assert background_at(again, "Prey Sar Prison") == "#9be39b"
    assert [n.note for n in again.notes_panel.shown_notes()] == ["Where she was held with six colleagues"]

    select(again, "Prey Sar")
    again.actions_by_name["deleteNote"].trigger()
    assert again.library.notes.listing() == [] and again.notes_panel.shown_notes() == []
    again.actions_by_name["undoNote"].trigger()
    assert [n.id for n in again.library.notes.listing()] == [made.id]
    assert background_at(again, "Prey Sar Prison") == "#9be39b"

    # Another note elsewhere, then filter by tag and jump.
    again.open_document("004_be89756c2a9d109d")
    select(again, "Lowell, Massachusetts")
    again.actions_by_name["highlight_yellow"].trigger()
    panel = again.notes_panel
    panel.tag.setCurrentIndex(panel.tag.findData("prison"))
    [only] = panel.shown_notes()
    assert only.id == made.id
    index = next(panel.model.index(i) for i in range(panel.model.rowCount()) if panel.model.index(i).data(AnnotationRole))
    rect = panel.list.visualRect(index)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: again.reader.document.info.id == GFW and again.reader.view.hit is not None)
    assert again.reader.view.hit.selectedText() == "Prey Sar Prison"


def test_highlighting_needs_a_selection(window):
    window.open_document(GFW)
    window.actions_by_name["highlight_yellow"].trigger()
    assert "Select a passage" in window.statusBar().currentMessage()
    assert window.library.notes.listing() == []


def test_notes_model_passes_qt_model_checks(qtmodeltester, window):
    window.open_document(GFW)
    select(window, "Prey Sar Prison")
    window.actions_by_name["highlight_yellow"].trigger()
    qtmodeltester.check(window.notes_panel.model)


def test_filter_notes_by_document_and_person(window):
    window.open_document(GFW)
    select(window, "We appeal to Prime Minister Hun Sen")
    window.actions_by_name["highlight_pink"].trigger()
    select(window, "Prey Sar Prison")
    window.actions_by_name["highlight_yellow"].trigger()
    panel = window.notes_panel
    panel.person.setCurrentIndex(panel.person.findData("Hun Sen"))
    assert [n.quote for n in panel.shown_notes()] == ["We appeal to Prime Minister Hun Sen"]
    panel.person.setCurrentIndex(0)
    panel.document.setCurrentIndex(panel.document.findData(GFW))
    assert len(panel.shown_notes()) == 2
    panel.color.setCurrentIndex(panel.color.findData("pink"))
    assert len(panel.shown_notes()) == 1


def test_notes_on_a_document_a_person_and_an_event(window, monkeypatch):
    monkeypatch.setattr(NoteDialog, "exec", lambda self: 1)
    answers = iter([("Read with 003", ["context"], "yellow"), ("Check his 2023 statements", ["follow-up"], "yellow"),
                    ("Date confirmed by LICADHO", [], "yellow")])
    monkeypatch.setattr(NoteDialog, "values", lambda self: next(answers))
    window.open_document(GFW)
    window.actions_by_name["documentNote"].trigger()
    window.people_panel.show_entity("hun-sen")
    window.people_panel.note_button.click()
    window.timeline_panel.ensure_loaded()
    window.timeline_panel.select_event(next(e.id for e in window.timeline_panel.shown if e.title == "Mu Sochua released"))
    window.timeline_panel.note_requested.emit(window.timeline_panel.current)
    targets = {(n.target, n.target_id, n.note) for n in window.library.notes.listing()}
    assert ("document", None, "Read with 003") in targets
    assert ("entity", "hun-sen", "Check his 2023 statements") in targets
    assert any(t == "event" and note == "Date confirmed by LICADHO" for t, _i, note in targets)
    panel = window.notes_panel
    panel.person.setCurrentIndex(panel.person.findData("Hun Sen"))
    assert [n.note for n in panel.shown_notes()] == ["Check his 2023 statements"]


def test_a_note_needing_review_is_reattached_or_kept(window):
    window.open_document(GFW)
    select(window, "Prey Sar Prison")
    window.actions_by_name["highlight_yellow"].trigger()
    [note] = window.library.notes.listing()
    conn = window.library.user_conn
    conn.execute("UPDATE annotations SET status = 'needs_review' WHERE id = ?", (note.id,))
    window.notes_panel.reload()
    panel = window.notes_panel
    assert panel.model.index(0).data().startswith("Needs review (1)")
    panel.list.setCurrentIndex(panel.model.index(1))
    assert panel.review.isVisibleTo(panel)
    select(window, "jubilant crowds")
    panel.reattach.click()
    [again] = window.library.notes.listing()
    assert (again.status, again.quote) == ("anchored", "jubilant crowds")
    conn.execute("UPDATE annotations SET status = 'needs_review' WHERE id = ?", (note.id,))
    panel.reload()
    panel.list.setCurrentIndex(panel.model.index(1))
    panel.detach.click()
    [kept] = window.library.notes.listing()
    assert (kept.status, kept.target, kept.quote) == ("anchored", "document", "jubilant crowds")


def test_the_command_line_and_the_window_share_notes(window, cli, monkeypatch):
    import json

    window.open_document(GFW)
    select(window, "Prey Sar Prison")
    window.actions_by_name["highlight_blue"].trigger()
    made = json.loads(cli("notes", "--json").out)
    assert [(n["quote"], n["color"], n["status"]) for n in made] == [("Prey Sar Prison", "blue", "anchored")]
    result = cli("annotate", GFW, "--quote", "charges of insurrection", "--note", "from the CLI", "--tag", "cli")
    assert result.code == 0
    window.notes_panel.reload()
    window.open_document(GFW)
    assert {n.note for n in window.notes_panel.shown_notes()} == {"", "from the CLI"}
    assert background_at(window, "charges of insurrection") == "#ffe066"


def test_sort_and_context_menu_actions(window):
    window.open_document(GFW)
    select(window, "Prey Sar Prison")
    window.actions_by_name["highlight_purple"].trigger()
    select(window, "Battambang")
    window.actions_by_name["highlight_green"].trigger()
    panel = window.notes_panel
    panel.sort.setCurrentText("Oldest first")
    assert [n.quote for n in panel.shown_notes()] == ["Prey Sar Prison", "Battambang"]
    panel.sort.setCurrentText("By colour")
    assert [n.color for n in panel.shown_notes()] == ["green", "purple"]
    from PySide6.QtWidgets import QToolBar

    toolbar = window.findChild(QToolBar, "annotateToolbar")
    assert [a.objectName() for a in toolbar.actions()][:5] == [f"highlight_{c}" for c in
                                                               ("yellow", "green", "blue", "pink", "purple")]


def test_tab_in_the_note_dialog_moves_on_to_the_tags(window, qtbot):
    dialog = NoteDialog(window, "a passage", ["land"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.note.setFocus()
    qtbot.waitUntil(dialog.note.hasFocus)
    qtbot.keyClicks(dialog.note, "check this")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
    assert dialog.tags.hasFocus()
    assert dialog.note.toPlainText() == "check this"  # no tab typed into the note


def test_the_notes_list_shows_a_notes_markdown_without_its_marks(window, monkeypatch):
    window.open_document(GFW)
    monkeypatch.setattr(NoteDialog, "exec", lambda self: 1)
    monkeypatch.setattr(NoteDialog, "values", lambda self: ("**check** the [court record](https://example.org/x)",
                                                             [], "yellow"))
    select(window, "Prey Sar")
    window.actions_by_name["addNote"].trigger()
    model = window.notes_panel.model
    shown = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert any("check the court record" in (text or "") for text in shown)
    assert not any("**" in (text or "") for text in shown)
    [note] = window.library.notes.listing()
    assert note.note.startswith("**check**")  # kept as written: only the list shows it plain
