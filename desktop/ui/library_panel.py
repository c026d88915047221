"""The library panel: every document, filterable as you type and sortable by column, narrowed to a
collection or a tag; its context menu (and Delete) manage the chosen document."""

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.render.text import visible_controls
from desktop.services.notices import DOCUMENTS, ORGANIZED
from desktop.services.library import Library
from desktop.ui.models.library_model import DocumentIdRole, LibraryModel, SourceRole, headers
from desktop.ui.widgets import fill_filter_combo, named
from desktop.wording import number, say

FILTER_DELAY_MS = 120


class LibraryPanel(QWidget):
    """Emits ``document_chosen(id)`` when a row is activated or becomes current; the context menu
    and Delete ask the window to show details, remove, or file the document (``…_requested``)."""

    document_chosen = Signal(str)
    details_requested = Signal(str)  # document id
    remove_requested = Signal(str)  # document id (Delete)
    collect_requested = Signal(str, str, bool)  # document id, collection ("": a new one), add (or take out)

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.library = library
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
        for column in (2, 3, 4):  # kind, publisher, source: shown from the header's menu; the title needs the room
            self.table.hideColumn(column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._activated)
        self._build_row_actions()
        self._build_scope()

        self.empty = QLabel(say("LibraryPanel", "No document matches this filter."))
        self.empty.setObjectName("libraryEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addLayout(self.scope_row)
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
        """Reload the rows, the current document staying current (without being opened again)."""
        current = self.current_id()
        self.model.refresh()
        if current:
            self.select(current)

    def on_notice(self, notice) -> None:
        if notice.kind in (DOCUMENTS, ORGANIZED):
            self.fill_scopes()  # a collection or tag may be gone, and the counts changed
            self.refresh()

    def _build_row_actions(self) -> None:
        """The rows' context menu, and Delete to remove the current (imported) document."""
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.remove_action = QAction(say("LibraryPanel", "Remove document"), self.table)
        self.remove_action.setObjectName("libraryRemove")
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(lambda: self.current_id() and self.remove_requested.emit(self.current_id()))
        self.table.addAction(self.remove_action)

    # Collections and tags ------------------------------------------------------------------------
    def _build_scope(self) -> None:
        self.collection = named(QComboBox(), "libraryCollection", say("LibraryPanel", "Only documents in collection"))
        self.tag = named(QComboBox(), "libraryTag", say("LibraryPanel", "Only documents with tag"))
        self.scope_row = QHBoxLayout()
        for combo in (self.collection, self.tag):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(self._apply_scope)
            self.scope_row.addWidget(combo, 1)
        self.fill_scopes()

    def fill_scopes(self) -> None:
        organize = self.library.organize
        fill_filter_combo(self.collection, say("LibraryPanel", "All documents"),
                          [(say("LibraryPanel", "{name} ({count})").format(name=visible_controls(name),
                                                                             count=number(count)), name)
                           for name, count in organize.collections()])
        fill_filter_combo(self.tag, say("LibraryPanel", "Any tag"),
                          [(say("LibraryPanel", "#{tag} ({count})").format(tag=visible_controls(tag),
                                                                           count=number(count)), tag)
                           for tag, count in organize.tags()])
        self._apply_scope()

    def _apply_scope(self) -> None:
        self.model.set_scope(self.tag.currentData(), self.collection.currentData())

    def set_scope(self, collection: str | None = None, tag: str | None = None) -> None:
        """Show only the documents in ``collection`` and with ``tag`` (None: any)."""
        for combo, value in ((self.collection, collection), (self.tag, tag)):
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(DocumentIdRole) if index.isValid() else None

    def _row_menu(self, point) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        doc_id, imported = index.data(DocumentIdRole), index.data(SourceRole) == "user"
        menu = QMenu(self)
        menu.addAction(say("LibraryPanel", "Details…"), lambda: self.details_requested.emit(doc_id))
        collections = menu.addMenu(say("LibraryPanel", "Add to collection"))
        member_of = set(self.library.organize.collections_of(doc_id))
        for name, _count in self.library.organize.collections():
            if name not in member_of:
                collections.addAction(visible_controls(name),
                                      lambda n=name: self.collect_requested.emit(doc_id, n, True))
        collections.addSeparator()
        collections.addAction(say("LibraryPanel", "New collection…"),
                              lambda: self.collect_requested.emit(doc_id, "", True))
        shown = self.collection.currentData()
        if shown is not None and shown in member_of:
            menu.addAction(say("LibraryPanel", "Take out of “{name}”").format(name=visible_controls(shown)),
                           lambda: self.collect_requested.emit(doc_id, shown, False))
        menu.addSeparator()
        remove = menu.addAction(self.remove_action.text(), lambda: self.remove_requested.emit(doc_id))
        remove.setShortcut(self.remove_action.shortcut())
        remove.setEnabled(imported)  # archive documents are read-only
        menu.exec(self.table.viewport().mapToGlobal(point))
        menu.deleteLater()
