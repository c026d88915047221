"""The library's document list is read once when the panel opens (a 50,000-document archive
pays for every read at start-up), and again only when something asks for another order."""

from PySide6.QtCore import Qt

from desktop.ui.library_panel import LibraryPanel


def test_the_list_is_read_once_at_start_and_again_on_a_new_order(qtbot, library, monkeypatch):
    reads = []
    keys = library.documents.keys
    monkeypatch.setattr(library.documents, "keys", lambda *args, **kwargs: reads.append(args) or keys(*args, **kwargs))
    panel = LibraryPanel(library)
    qtbot.addWidget(panel)
    assert len(reads) == 1
    column, order = panel.model.sort_state()
    other = Qt.SortOrder.AscendingOrder if order == Qt.SortOrder.DescendingOrder else Qt.SortOrder.DescendingOrder
    panel.table.horizontalHeader().setSortIndicator(column, other)  # the control: a new order reads again
    assert len(reads) == 2
