"""The library list: one row per document."""

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.store.documents import DocumentInfo

DocumentIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class DocumentListModel(QAbstractListModel):
    def __init__(self, documents: list[DocumentInfo], parent=None) -> None:
        super().__init__(parent)
        self._documents = documents

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._documents)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._documents):
            return None
        document = self._documents[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return document.title
        if role == Qt.ItemDataRole.ToolTipRole:
            details = [document.date, document.kind, document.author]
            return " · ".join(d for d in details if d) or document.id
        if role == DocumentIdRole:
            return document.id
        return None

    def document_at(self, row: int) -> DocumentInfo:
        return self._documents[row]
