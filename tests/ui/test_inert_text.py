"""Document-derived text is shown, never interpreted: a title that looks like HTML naming a local
image stays text in the library's tooltip, the people list and every label of the window."""

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel

from desktop.services.library import Library
from desktop.store.build import build_archive
from desktop.ui.models.library_model import DocumentIdRole
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import settings_in

CANARY = '<img src="file:///tmp/ekasar-canary.png"> Report'


def test_a_title_that_looks_like_html_is_shown_as_text(qtbot, seeds_copy, tmp_path, data_dir):
    catalog = seeds_copy / "catalog.toml"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace(
        'title = "A Letter from a Cambodian Woman in Exile"', "title = '" + CANARY + "'"), encoding="utf-8")
    archive = tmp_path / "hostile.sqlite"
    build_archive(seeds_copy, archive)
    assert QtGui.mightBeRichText(CANARY)  # the control: Qt would render this raw title as HTML
    with Library(archive, data_dir) as library:
        window = MainWindow(library, settings_in(data_dir))
        qtbot.addWidget(window)
        window.show()
        model = window.library_panel.model
        rows = [model.index(row, 0) for row in range(model.rowCount())]
        [row] = [i for i in rows if CANARY in model.data(i, Qt.ItemDataRole.DisplayRole)]
        tooltip = model.data(row, Qt.ItemDataRole.ToolTipRole)
        assert "<img" not in tooltip and "&lt;img" in tooltip
        assert window.open_document(model.data(row, DocumentIdRole))
        for label in window.findChildren(QLabel):
            if QtGui.mightBeRichText(label.text()) and "img" in label.text():
                assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
        window.close()

