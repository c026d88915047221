"""The library table: holds only document keys and fetches rows as the view needs them."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.render.text import plain_tooltip, visible_controls
from desktop.store.documents import DocumentInfo
from desktop.services.library import Library
from desktop.store.listing import Key
from desktop.wording import date_text, say

Index = QModelIndex | QPersistentModelIndex
DocumentIdRole = Qt.ItemDataRole.UserRole + 1
SourceRole = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("title", "date", "kind", "publisher", "source")
PAGE = 200  # rows fetched at once when the view scrolls to unseen rows


def headers() -> tuple[str, ...]:
    """The column titles, in the order of ``COLUMNS``."""
    return (say("LibraryModel", "Title"), say("LibraryModel", "Date"), say("LibraryModel", "Kind"),
            say("LibraryModel", "Publisher"), say("LibraryModel", "Source"))


class LibraryModel(QAbstractTableModel):
    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self._library = library
        self._filter = ""
        self._tag: str | None = None  # only documents with this tag
        self._collection: str | None = None  # only documents in this collection
        self._sort, self._descending = "date", True
        self._keys: list[Key] = []
        self._rows: dict[Key, DocumentInfo] = {}
        self._imported_font = QFont()
        self._imported_font.setItalic(True)  # imported documents stand out
        self.refresh()

    # Queries -----------------------------------------------------------
    def refresh(self) -> None:
        """Reload the keys (after an import or an edit, a filter, scope or sort change)."""
        self.beginResetModel()
        self._keys = self._library.documents.keys(self._filter, self._sort, self._descending, self._tag,
                                                  self._collection)
        self._rows = {}
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        if text != self._filter:
            self._filter = text
            self.refresh()

    def set_scope(self, tag: str | None, collection: str | None) -> None:
        """Only documents with ``tag`` and in ``collection`` (None: any)."""
        if (tag, collection) != (self._tag, self._collection):
            self._tag, self._collection = tag, collection
            self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            wanted = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
            if wanted == (self._sort, self._descending):
                return  # already in this order (the view's sorting switched on): no second load
            self._sort, self._descending = wanted
            self.refresh()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return COLUMNS.index(self._sort), order

    def _info(self, row: int) -> DocumentInfo:
        key = self._keys[row]
        if key not in self._rows:
            first = max(0, row - PAGE // 4)
            self._rows.update(self._library.documents.infos(self._keys[first : first + PAGE]))
        return self._rows[key]

    def row_of(self, doc_id: str) -> int:
        """The row showing ``doc_id``, or -1 if it is filtered out or unknown."""
        key = self._library.documents.key_of(doc_id)
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    # Qt model interface ----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        info = self._info(index.row())
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "title":
                return visible_controls(info.title)
            if column == "source":
                return say("LibraryModel", "Imported") if info.source == "user" else say("LibraryModel", "Archive")
            value = getattr(info, column)
            if column == "date" and value:
                value = date_text(value)  # 22 July 2023, ២២ កក្កដា ២០២៣
            if column == "kind" and value == "imported":  # the one kind Ekasar itself gives
                return say("LibraryModel", "imported")
            return visible_controls(value) if value else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [info.title, info.author, info.date, info.id]
            return plain_tooltip("\n".join(p for p in parts if p))
        if role == DocumentIdRole:
            return info.id
        if role == SourceRole:
            return info.source
        if role == Qt.ItemDataRole.FontRole and info.source == "user":
            return self._imported_font
        return None
