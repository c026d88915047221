"""Search results as a list model; the delegate draws title, date and snippet."""

import html

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.render.text import page_label, visible_controls
from desktop.store.search import CLOSE, OPEN, Hit
from desktop.wording import date_text, say

Index = QModelIndex | QPersistentModelIndex
HitRole = Qt.ItemDataRole.UserRole + 1


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{visible_controls(hit.title)}\n{hit.marked_snippet('', '')}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{visible_controls(hit.title)}, {_date_line(hit)}: {hit.marked_snippet('', '')}"
        if role == HitRole:
            return hit
        return None


def _date_line(hit: Hit) -> str:
    """The date, and whether the document is imported or holds the Khmer
    searched for only inside longer words (ranked after whole words)."""
    line = date_text(hit.date) or say("SearchResults", "undated")
    if hit.source == "user":
        line = say("SearchResults", "{date} · imported").format(date=line)
    if hit.page:
        line = f"{line} · {page_label(hit.page)}"
    if hit.within_word:
        line = say("SearchResults", "{date} · only inside longer words").format(date=line)
    return line


def hit_html(hit: Hit, secondary: str) -> str:
    """Title, date and snippet as HTML built from escaped text; hits in bold.

    :param secondary: colour name for the date line (from the palette).
    """
    snippet = html.escape(hit.snippet).replace(OPEN, "<b><u>").replace(CLOSE, "</u></b>")
    return (
        f"<div><b>{html.escape(visible_controls(hit.title))}</b></div>"
        f"<div style='color:{secondary}'>{html.escape(_date_line(hit))}</div>"
        f"<div>{snippet}</div>"
    )


class SearchResultDelegate(QStyledItemDelegate):
    LINES = 7  # title (up to two lines), date, snippet (three or four lines)

    def _document(self, option: QStyleOptionViewItem, hit: Hit, selected: bool) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(6)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        document.setHtml(hit_html(hit, option.palette.color(role).name()))
        document.setTextWidth(option.rect.width())
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(HitRole)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = self._document(option, hit, selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Fixed height: no layout per row while scrolling.
        return QSize(option.rect.width() or 300, option.fontMetrics.lineSpacing() * self.LINES + 14)
