"""The real window, driven as a user would: library, reader, search, find, zoom, restart."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget

from desktop.ui.models.library_model import LibraryModel

GFW, INTERVIEW, REMARKS = "002_46b7dbb94abd75ab", "001_4d211d3b45014089", "004_be89756c2a9d109d"


def reader_text(window) -> str:
    return window.reader.view.toPlainText()


def hit_is_visible(window) -> bool:
    view = window.reader.view
    hit = view.hit
    return hit is not None and view.viewport().rect().contains(view.cursorRect(hit))


def search(qtbot, window, query: str) -> None:
    window.focus_search()
    window.search_panel.field.setText(query)  # setText: keyClicks cannot type Khmer
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=5000):
        window.search_panel.run_search()


def test_library_model_passes_qt_model_checks(qtmodeltester, library):
    qtmodeltester.check(LibraryModel(library))


def test_opening_a_document_from_the_library(window, qtbot):
    table = window.library_panel.table
    assert window.library_panel.model.rowCount() == 5
    row = window.library_panel.model.row_of(INTERVIEW)
    rect = table.visualRect(window.library_panel.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: "Five Questions" in reader_text(window))
    text = reader_text(window)
    assert "session_start" not in text and "endrolex" not in text
    assert "Council on Foreign Relations (inferred)" in text  # metadata header says what is inferred
    assert window.windowTitle().startswith("Five Questions on Human Rights")


def test_status_bar_says_what_the_archive_holds(window):
    assert window.summary.text() == "Archive: 5 documents in English and Khmer"


def test_library_filter_as_you_type(window, qtbot):
    window.focus_library()
    qtbot.keyClicks(window.library_panel.filter, "Supporters")
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == 1)
    qtbot.keyClicks(window.library_panel.filter, "zzz")
    qtbot.waitUntil(lambda: window.library_panel.empty.isVisible())


def test_search_prey_sar_opens_the_hit_highlighted_and_in_view(window, qtbot):
    search(qtbot, window, "Prey Sar")
    assert window.search_panel.model.rowCount() == 1
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.document is not None)
    assert window.reader.document.info.id == GFW
    qtbot.waitUntil(lambda: hit_is_visible(window))
    assert window.reader.view.hit.selectedText() == "Prey Sar"


def test_enter_before_results_arrive_opens_the_best_hit(window, qtbot):
    window.focus_search()
    window.search_panel.field.setText("Lowell")
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.document is not None and window.reader.document.info.id == REMARKS)


def test_khmer_search_in_the_panel(window, qtbot):
    search(qtbot, window, "ខេមរា")
    [hit] = window.search_panel.model.hits
    assert hit.document == GFW
    window.search_panel._open(window.search_panel.model.index(0))
    qtbot.waitUntil(lambda: hit_is_visible(window))
    assert window.reader.view.hit.selectedText() == "ខេមរា"


def test_search_empty_state_and_no_results(window, qtbot):
    assert window.search_panel.stack.currentWidget() is window.search_panel.help
    assert "Khmer" in window.search_panel.help.text()
    search(qtbot, window, "zzyzx")
    assert window.search_panel.stack.currentWidget() is window.search_panel.message
    assert "zzyzx" in window.search_panel.message.text()


def test_find_in_document(window, qtbot):
    window.open_document(GFW)
    window.activateWindow()
    window.reader.view.setFocus()
    qtbot.keyClick(window.reader.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.reader.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "sochua")
    total = reader_text(window).lower().count("sochua")
    qtbot.waitUntil(lambda: bar.count.text() == f"1 of {total}")  # typing goes to the first match
    assert window.reader.view.textCursor().selectedText().lower() == "sochua" and bar.field.hasFocus()
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == f"2 of {total}"
    assert window.reader.view.textCursor().selectedText().lower() == "sochua"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.reader.view.extraSelections() == []


def test_toggle_original_shows_the_junk_marked(window, qtbot):
    window.open_document(INTERVIEW)
    assert "session_start" not in reader_text(window)
    window.actions_by_name["original"].trigger()
    assert window.reader.showing_original
    text = reader_text(window)
    assert "session_start" in text and "https://www.high-endrolex.com/33" in text
    cursor = window.reader.view.document().find("A PHP Error was encountered")
    assert cursor.charFormat().fontStrikeOut()
    window.actions_by_name["original"].trigger()
    assert "session_start" not in reader_text(window)


def test_zoom_in_out_and_reset(window):
    window.open_document(GFW)
    size = lambda: window.reader.view.document().defaultFont().pointSizeF()  # noqa: E731
    base = size()
    window.actions_by_name["zoomIn"].trigger()
    window.actions_by_name["zoomIn"].trigger()
    assert size() > base
    window.actions_by_name["zoomOut"].trigger()
    window.actions_by_name["zoomOut"].trigger()
    window.actions_by_name["zoomOut"].trigger()
    assert size() < base
    window.actions_by_name["zoomReset"].trigger()
    assert size() == base


def test_restart_restores_document_position_and_zoom(make_window, qtbot):
    first = make_window()
    first.open_document(REMARKS)
    first.actions_by_name["zoomIn"].trigger()
    view = first.reader.view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    offset = first.reader.reading_offset()
    assert offset > 1000
    first.close()

    second = make_window()
    assert second.reader.document.info.id == REMARKS
    assert second.reader.view.zoom_steps == 1
    qtbot.waitUntil(lambda: abs(second.reader.reading_offset() - offset) < 200)


def test_each_document_remembers_its_own_position(window, qtbot):
    window.open_document(REMARKS)
    bar = window.reader.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    far = window.reader.reading_offset()
    window.open_document(GFW)
    assert window.reader.reading_offset() < 100
    window.open_document(REMARKS)
    qtbot.waitUntil(lambda: abs(window.reader.reading_offset() - far) < 200)


def test_copy_with_citation(window):
    window.open_document(GFW)
    cursor = window.reader.view.document().find("Prey Sar Prison")
    window.reader.view.setTextCursor(cursor)
    window.actions_by_name["copyCitation"].trigger()
    assert QGuiApplication.clipboard().text() == (
        "Prey Sar Prison\n\n— Global Fund for Women calls for immediate release of women’s human "
        "rights activist, 2014-07 (Ekasar document 002_46b7dbb94abd75ab)"
    )


def test_keyboard_shortcuts_dialog_lists_the_actions(window, monkeypatch):
    from desktop.ui import dialogs

    shown = []

    def build_without_showing(parent, actions):
        dialog = dialogs.shortcuts_dialog(parent, actions)
        dialog.exec = lambda: 0
        shown.append(dialog)
        return dialog

    monkeypatch.setattr("desktop.ui.main_window.shortcuts_dialog", build_without_showing)
    window.actions_by_name["shortcuts"].trigger()
    table = shown[0].findChild(QTableWidget, "shortcutsTable")
    names = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert names["Search all documents"].startswith("Ctrl+K")
    assert names["Find in document…"] == "Ctrl+F"
    assert names["Show original"] == "Ctrl+U"
    assert names["Zoom in"].startswith("Ctrl++")


def test_shortcuts_work_from_the_keyboard(window, qtbot):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_panel.field.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.library_panel.filter.hasFocus()
    window.open_document(GFW)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.showing_original


def test_every_widget_has_an_accessible_name(window):
    from PySide6.QtWidgets import QLineEdit, QAbstractItemView, QTextBrowser, QToolButton

    for kind in (QLineEdit, QAbstractItemView, QTextBrowser, QToolButton):
        for widget in window.findChildren(kind):
            if widget.isVisibleTo(window) and widget.objectName() not in ("", "qt_scrollarea_viewport"):
                assert widget.accessibleName(), f"{kind.__name__} {widget.objectName()} has no accessible name"


def test_settings_live_in_the_data_dir_and_say_nothing_of_what_was_read(window, data_dir):
    window.open_document(GFW)
    window.close()
    settings = (data_dir / "settings.ini").read_text()
    assert "geometry" in settings
    assert "002_46b7dbb94abd75ab" not in settings  # the reading state lives with the notes
    assert window.library.documents.open_document_id() == "002_46b7dbb94abd75ab"


def test_reading_state_kept_by_an_earlier_version_moves_into_the_notebook(library, data_dir, qtbot):
    from desktop.ui.settings import settings_for
    from desktop.ui.main_window import MainWindow

    legacy = settings_for(data_dir)
    legacy.setValue("reader/document", GFW)
    legacy.setValue(f"positions/{GFW}", 120)
    legacy.sync()
    window = MainWindow(library, settings_for(data_dir))
    qtbot.addWidget(window)
    assert window.reader.document.info.id == GFW
    assert library.documents.reading_position(GFW) == 120
    window.close()
    assert GFW not in (data_dir / "settings.ini").read_text()


def test_import_from_the_window(window, qtbot, tmp_path):
    good = tmp_path / "monitoring.md"
    good.write_text("# Monitoring visit\n\nFamilies in **Boeung Kak** described the evictions.")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with qtbot.waitSignal(window.import_paths([good, empty]).ended, timeout=30_000):
        pass  # the import runs off the UI thread
    summary = window.findChild(QMessageBox, "importSummary")
    assert summary.text() == "Imported 1 document."
    assert "Skipped empty.txt: empty file" in summary.informativeText()
    summary.close()
    assert window.library_panel.model.rowCount() == 6
    assert window.reader.document.info.title == "Monitoring visit"
    assert "Boeung Kak" in window.reader.view.toPlainText()
    assert window.summary.text().endswith("· 1 imported")
    search(qtbot, window, "Boeung Kak")
    assert [h.source for h in window.search_panel.model.hits] == ["user"]


def test_tab_moves_through_the_panels(window, qtbot):
    window.open_document(GFW)
    window.activateWindow()
    window.library_panel.filter.setFocus()
    order = []
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    # In the reader, Tab walks through its links (people, organizations, addresses)
    # like a browser; Ctrl+K, Ctrl+1 and Ctrl+3 jump straight to the panels.
    assert order == ["libraryTable", "reader"]
    qtbot.keyClick(window.reader.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget().objectName() == "searchField"


def test_opening_another_document_while_the_original_shows_needs_one_press_to_show_its_original(window):
    original = window.actions_by_name["original"]
    window.open_document(INTERVIEW)
    original.trigger()
    assert window.reader.showing_original and original.isChecked()
    window.open_document(GFW)  # a new document opens in its reading view
    assert not window.reader.showing_original and not original.isChecked()
    original.trigger()  # one press
    assert window.reader.showing_original and original.isChecked()
