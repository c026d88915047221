"""Managing the library in the real window: editing details in the dialog, removing with Delete and
undoing it, filtering by collection and tag, exporting the notes of a collection."""

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from desktop.export.bag import verify_bag
from desktop.ui.document_dialog import DocumentDialog
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.models.library_model import DocumentIdRole

GFW = "002_46b7dbb94abd75ab"
TEXT = "Field visit to Boeung Kak\n\nFamilies told the monitors that the eviction notices came at night.\n"


@pytest.fixture
def imported(window, tmp_path):
    path = tmp_path / "visit.txt"
    path.write_text(TEXT, encoding="utf-8")
    [(_, doc_id)] = window.library.imports.import_files([path]).imported
    return doc_id


def row_title(window, doc_id) -> str | None:
    row = window.library_panel.model.row_of(doc_id)
    return window.library_panel.model.index(row, 0).data() if row >= 0 else None


def search(qtbot, window, query: str) -> list:
    panel = window.search_panel
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        panel.field.setText(query)
    return [panel.model.index(r).data(Qt.ItemDataRole.UserRole + 1) for r in range(panel.model.rowCount())]


def in_dialog(action):
    """Run ``action(dialog)`` on the details dialog once it is open (it is modal)."""
    def run():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DocumentDialog)
        action(dialog)
    QTimer.singleShot(0, run)


def press_ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_editing_in_the_details_dialog_reaches_the_library_the_reader_and_search(window, qtbot, imported):
    window.open_document(imported)
    seen = []

    def edit(dialog):
        assert dialog.fields["title"].isEnabled() and dialog.fields["title"].text() == "Field visit to Boeung Kak"
        dialog.fields["title"].setText("Night evictions at the lake")
        dialog.fields["date"].setText("3 March 2024")
        press_ok(dialog)  # refused: the date is not YYYY-MM-DD, and the dialog says so
        seen.append(dialog.problem.text())
        dialog.fields["date"].setText("២០២៤-០៣-០៣")  # Khmer digits are read as 0-9
        dialog.fields["author"].setText("ខេមរា")
        dialog.kind.setCurrentText("report")
        press_ok(dialog)

    in_dialog(edit)
    window.actions_by_name["documentDetails"].trigger()
    assert "YYYY, YYYY-MM or YYYY-MM-DD" in seen[0]
    info = window.library.manage.info(imported)
    assert (info.title, info.date, info.author, info.kind) == ("Night evictions at the lake", "2024-03-03", "ខេមរា",
                                                               "report")
    assert row_title(window, imported) == "Night evictions at the lake"
    assert window.reader.document.info.title == "Night evictions at the lake"  # the header follows
    header = window.reader.view.document().toPlainText()
    assert "Night evictions at the lake" in header and "3 March 2024" in header and "ខេមរា" in header
    assert search(qtbot, window, "lake evictions")[0].title == "Night evictions at the lake"
    assert window.windowTitle().startswith("Night evictions at the lake")


def test_an_archive_documents_details_are_shown_not_edited(window, monkeypatch):
    window.open_document(GFW)

    def look(dialog):
        assert not dialog.fields["title"].isEnabled() and dialog.findChild(type(dialog.problem), "documentReadOnly")
        dialog.tags.setText("prison, Mu Sochua")
        press_ok(dialog)

    in_dialog(look)
    window.actions_by_name["documentDetails"].trigger()
    assert window.library.organize.tags_of(GFW) == ["Mu Sochua", "prison"]
    assert window.library.documents.get(GFW).info.title.startswith("Global Fund for Women")
    table = window.library_panel.table
    table.setCurrentIndex(window.library_panel.model.index(window.library_panel.model.row_of(GFW), 0))
    table.setFocus()
    window.library_panel.remove_action.trigger()  # Delete on an archive document
    assert "cannot be removed" in window.statusBar().currentMessage()
    assert window.library_panel.model.row_of(GFW) >= 0


def test_delete_removes_the_document_everywhere_and_undo_brings_it_back_with_its_notes(window, qtbot, imported):
    note = window.library.notes.annotate_quote(imported, "eviction notices", note="ask who signed them")
    window.open_document(imported)
    assert search(qtbot, window, "eviction notices")[0].document == imported
    panel = window.library_panel
    panel.table.setFocus()
    assert panel.current_id() == imported
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)

    assert panel.model.row_of(imported) == -1
    assert window.reader.document is None and window.reader.empty.isVisible()
    assert search(qtbot, window, "eviction notices") == []
    rows = window.notes_panel.model.rows
    assert rows[0].startswith("Needs review (1)") and rows[1].id == note.id
    assert rows[1].status == "needs_review" and "(removed)" in window.notes_panel.model.index(1).data()
    assert window.statusBar().currentMessage().startswith("Removed “Field visit to Boeung Kak”; its 1 note")
    assert window.summary.text().endswith("English and Khmer")  # no import counted any more
    undo = window.library_actions.undo_button
    assert undo.isVisible()

    undo.click()
    assert panel.model.row_of(imported) >= 0 and panel.current_id() == imported
    [back] = window.notes_panel.shown_notes()
    assert (back.id, back.status, back.start, back.end) == (note.id, "anchored", note.start, note.end)
    assert search(qtbot, window, "eviction notices")[0].document == imported
    assert not undo.isVisible()
    window.open_document(imported)
    assert [h.id for h in window.reader.highlights] == [note.id]  # drawn in the reader again


def test_undo_remove_from_the_edit_menu_and_nothing_to_undo(window, imported):
    window.library_actions.remove(imported)
    window.actions_by_name["undoRemove"].trigger()
    assert window.library_panel.model.row_of(imported) >= 0
    window.actions_by_name["undoRemove"].trigger()
    assert window.statusBar().currentMessage() == "No removed document to put back"


def test_collections_and_tags_narrow_the_library(window, imported, monkeypatch, qtmodeltester):
    panel, organize = window.library_panel, window.library.organize
    everything = panel.model.rowCount()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Lake evictions", True))
    window.library_actions.collect(imported, "", True)  # the context menu's "New collection…"
    organize.add("Lake evictions", [GFW])
    organize.tag(imported, ["night"])
    assert [panel.collection.itemText(i) for i in range(panel.collection.count())] == [
        "All documents", "Lake evictions (2)"]
    panel.set_scope(collection="Lake evictions")
    assert sorted(panel.model.index(r, 0).data(DocumentIdRole) for r in range(panel.model.rowCount())) == sorted(
        [GFW, imported])
    panel.tag.setCurrentIndex(panel.tag.findData("night"))
    assert [panel.model.index(r, 0).data(DocumentIdRole) for r in range(panel.model.rowCount())] == [imported]
    qtmodeltester.check(panel.model)
    window.library_actions.collect(imported, "Lake evictions", False)  # "Take out of …"
    assert panel.model.rowCount() == 0 and panel.empty.isVisible()
    panel.set_scope()
    assert panel.model.rowCount() == everything


def test_the_collection_dialog_choices_and_new_collection_from_the_menu(window, imported, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Sochua case", True))
    window.actions_by_name["newCollection"].trigger()
    assert window.library_panel.collection.currentData() == "Sochua case"

    def choose(dialog):
        [item] = [dialog.collections.item(r) for r in range(dialog.collections.count())]
        item.setCheckState(Qt.CheckState.Checked)
        dialog.tags.setText("#night, lake")
        press_ok(dialog)

    in_dialog(choose)
    window.library_actions.show_details(imported)
    assert window.library.organize.collections_of(imported) == ["Sochua case"]
    assert window.library.organize.tags_of(imported) == ["lake", "night"]
    assert window.library_panel.model.rowCount() == 1


def test_export_scoped_to_a_collection(window, imported, qtbot, tmp_path):
    library = window.library
    library.notes.annotate_quote(GFW, "Prey Sar Prison", note="outside the collection")
    library.notes.annotate_quote(imported, "eviction notices", note="inside the collection")
    library.organize.add("Lake evictions", [imported], create=True)
    dialog = ExportDialog(library, window)
    dialog.scope.setCurrentIndex(dialog.scope.findData("collection:Lake evictions"))
    assert [n.note for n in dialog.selected_notes()] == ["inside the collection"]
    dialog.set_folder(str(tmp_path))
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    with qtbot.waitSignal(dialog.run_export().ended, timeout=30_000):
        pass
    assert verify_bag(dialog.result.folder) == []
    exported = json.loads((dialog.result.folder / "data" / "notes.jsonld").read_text(encoding="utf-8"))
    assert [item["body"][0]["value"] for item in exported["items"]] == ["inside the collection"]


def test_a_removed_documents_notes_still_export_with_its_citation(window, imported, qtbot, tmp_path):
    window.library.notes.annotate_quote(imported, "eviction notices", note="kept")
    window.library_actions.remove(imported)
    dialog = ExportDialog(window.library, window)
    dialog.set_folder(str(tmp_path))
    dialog.format.setCurrentIndex(dialog.format.findData("bundle"))
    with qtbot.waitSignal(dialog.run_export().ended, timeout=30_000):
        pass
    bundle = json.loads((dialog.result.folder / "data" / "ekasar-notes.json").read_text(encoding="utf-8"))
    assert "kept" in json.dumps(bundle, ensure_ascii=False) and "Field visit to Boeung Kak" in json.dumps(
        bundle, ensure_ascii=False)


def test_details_being_typed_are_kept_when_the_window_is_quickly_hidden(session, qtbot, tmp_path, archive_path,
                                                                         data_dir):
    from desktop.services.library import Library

    path = tmp_path / "visit.txt"
    path.write_text(TEXT, encoding="utf-8")
    [(_, doc_id)] = session.library.imports.import_files([path]).imported

    def type_then_hide(dialog):
        dialog.fields["title"].setText("Typed before hiding")
        session.quick_hide()

    in_dialog(type_then_hide)
    session.window.library_actions.show_details(doc_id)
    qtbot.waitUntil(lambda: session.window is None)
    with Library(archive_path, data_dir, read_only=True) as library:
        assert library.manage.info(doc_id).title == "Typed before hiding"


def test_ok_after_only_typing_a_tag_rewrites_no_detail(window, tmp_path):
    path = tmp_path / "spaced.txt"
    path.write_text("Report   on\tBoeung  Kak\n\nVillagers spoke about evictions.\n", encoding="utf-8")
    [(_, doc_id)] = window.library.imports.import_files([path]).imported
    stored, sent = window.library.documents.get(doc_id), []

    def only_tag(dialog):
        dialog.tags.setText("eviction")
        press_ok(dialog)
        sent.append(dialog.details)

    in_dialog(only_tag)
    window.library_actions.show_details(doc_id)
    assert sent == [{}]  # nothing typed in the fields: nothing sent
    after = window.library.documents.get(doc_id)
    assert after.info == stored.info and "edited" not in after.meta
    assert window.library.organize.tags_of(doc_id) == ["eviction"]


def test_details_and_tags_changed_elsewhere_while_the_dialog_is_open_are_kept(window, imported, archive_path,
                                                                               data_dir):
    from desktop.services.library import Library
    window.library.organize.tag(imported, ["old", "kept"])

    def meanwhile_then_ok(dialog):
        with Library(archive_path, data_dir) as other:  # `ekasar edit` and `ekasar tag` meanwhile
            other.manage.edit(imported, author="LICADHO")
            other.organize.tag(imported, ["from the command line"])
        dialog.fields["date"].setText("2024-03")
        dialog.tags.setText("kept, new")  # "old" taken off, "new" added
        press_ok(dialog)

    in_dialog(meanwhile_then_ok)
    window.library_actions.show_details(imported)
    info = window.library.manage.info(imported)
    assert (info.author, info.date, info.title) == ("LICADHO", "2024-03", "Field visit to Boeung Kak")
    assert window.library.organize.tags_of(imported) == ["from the command line", "kept", "new"]


def test_undo_puts_back_the_document_its_message_named(window, imported, tmp_path, archive_path, data_dir):
    from desktop.services.library import Library
    other_path = tmp_path / "other.txt"
    other_path.write_text("Another report\n\nPrey Sar prison visits.\n", encoding="utf-8")
    [(_, other_id)] = window.library.imports.import_files([other_path]).imported
    window.library_actions.remove(imported)
    with Library(archive_path, data_dir) as elsewhere:  # removed later, by another Ekasar
        elsewhere.manage.remove(other_id)
    assert window.library.manage.removed()[0].id == other_id
    window.library_actions.undo_button.click()
    assert window.library.documents.get(imported) is not None
    assert [r.id for r in window.library.manage.removed()] == [other_id]
    window.actions_by_name["undoRemove"].trigger()  # nothing else this window removed
    assert window.statusBar().currentMessage() == "No removed document to put back"
    assert [r.id for r in window.library.manage.removed()] == [other_id]


def test_removing_says_the_users_timeline_events_stay(window, imported):
    start = TEXT.index("eviction notices")
    window.library.timeline.add(imported, start, start + 16, "Notices came at night", "2024")
    window.library_actions.remove(imported)
    assert window.statusBar().currentMessage() == ("Removed “Field visit to Boeung Kak” (your 1 timeline event on "
                                                   "it stays on the timeline)")
    assert [e.title for e in window.library.timeline.events(document=imported)] == ["Notices came at night"]
