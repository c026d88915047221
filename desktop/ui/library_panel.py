"""The library panel: every document, filterable as you type and sortable by column."""

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.notices import DOCUMENTS
from desktop.services.library import Library
from desktop.ui.models.library_model import DocumentIdRole, LibraryModel, headers
from desktop.wording import say

FILTER_DELAY_MS = 120


class LibraryPanel(QWidget):
    """Emits ``document_chosen(id)`` when a row is activated or becomes current."""

    document_chosen = Signal(str)

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.model = LibraryModel(library, self)
        self._syncing = False

        self.filter = QLineEdit()
        self.filter.setObjectName("libraryFilter")
        self.filter.setPlaceholderText(say("LibraryPanel", "Filter by title, author, publisher, kind…"))
        self.filter.setAccessibleName(say("LibraryPanel", "Filter the library"))
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(self._filter_timer.start)
        self.filter.returnPressed.connect(self._focus_table)

        self.table = QTableView()
        self.table.setObjectName("libraryTable")
        self.table.setAccessibleName(say("LibraryPanel", "Documents"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(*self.model.sort_state())
        self.table.setSortingEnabled(True)  # after the indicator: enabling sorts by it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        for column, width in ((1, 84), (2, 100), (3, 150), (4, 70)):
            self.table.setColumnWidth(column, width)
        self.table.hideColumn(3)  # publisher: shown from the header's menu
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._activated)

        self.empty = QLabel(say("LibraryPanel", "No document matches this filter."))
        self.empty.setObjectName("libraryEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.model.modelReset.connect(self._update_empty_state)

    def _column_menu(self, point) -> None:
        menu = QMenu(self)
        for column, name in enumerate(headers()):
            if column == 0:
                continue  # the title is always shown
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.table.setColumnHidden(c, not shown))
        menu.exec(self.table.horizontalHeader().mapToGlobal(point))

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter.text())

    def _update_empty_state(self) -> None:
        nothing = self.model.rowCount() == 0
        self.empty.setVisible(nothing)
        self.table.setVisible(not nothing)

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and not self._syncing:
            self.document_chosen.emit(index.data(DocumentIdRole))

    def select(self, doc_id: str) -> None:
        """Show ``doc_id`` as the current row without emitting ``document_chosen``."""
        row = self.model.row_of(doc_id)
        if row < 0:
            return
        self._syncing = True
        try:
            self.table.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._syncing = False
        self.table.scrollTo(self.model.index(row, 0))

    def refresh(self) -> None:
        self.model.refresh()

    def on_notice(self, notice) -> None:
        if notice.kind == DOCUMENTS:
            self.refresh()
