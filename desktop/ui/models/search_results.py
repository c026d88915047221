"""Search results as a tree: each matching document once, best first, with its hits under it
(snippet and place) once they are found; the delegate draws title, date and snippet."""

import html
from dataclasses import replace

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.render.text import page_label, visible_controls
from desktop.store.every_hit import EveryHit, Passage
from desktop.store.search import CLOSE, OPEN, Hit
from desktop.wording import date_text, number, say, say_n

Index = QModelIndex | QPersistentModelIndex
HitRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2  # DOCUMENT, PASSAGE or MORE
DOCUMENT, PASSAGE, MORE = "document", "passage", "more"


class SearchResultsModel(QAbstractItemModel):
    """Documents are top-level rows (internal id 0); a document's hits are its children
    (internal id: the document's row + 1), then a row saying how many more there are."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []  # the documents, best first
        self.found: list[EveryHit | None] = []  # their every hit, once found

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.found = [None] * len(self.hits)
        self.endResetModel()

    def set_found(self, found: dict[tuple[str, str], EveryHit]) -> None:
        """Every hit of the documents shown (keyed by id and source) has been found."""
        for row, hit in enumerate(self.hits):
            every = found.get((hit.document, hit.source))
            if every is None or self.found[row] is not None:
                continue
            parent = self.index(row, 0)
            count = len(every.passages) + (every.total > len(every.passages))
            if count:
                self.beginInsertRows(parent, 0, count - 1)
            self.found[row] = every
            if count:
                self.endInsertRows()
            self.dataChanged.emit(parent, parent)

    def spans_for(self, doc_id: str, source: str) -> list[tuple[int, int]] | None:
        """Where every hit of a document shown is (reading-text offsets), None if not found yet."""
        for hit, every in zip(self.hits, self.found):
            if hit.document == doc_id and hit.source == source:
                return None if every is None else every.spans
        return None

    # The tree --------------------------------------------------------------------
    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0 or row >= self.rowCount(parent):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # Qt override (hides QObject.parent())
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.hits)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        every = self.found[parent.row()]
        return 0 if every is None else len(every.passages) + (every.total > len(every.passages))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def _row(self, index: Index) -> tuple[str, Hit, EveryHit | None, int]:
        """What a row is: its kind, its document's hit, the document's every hit, the row."""
        if index.internalId() == 0:
            return DOCUMENT, self.hits[index.row()], self.found[index.row()], index.row()
        document = index.internalId() - 1
        every = self.found[document]
        kind = PASSAGE if index.row() < len(every.passages) else MORE
        return kind, self.hits[document], every, index.row()

    def passage(self, index: Index) -> Passage | None:
        """The hit a child row stands for (None for other rows)."""
        kind, _hit, every, row = self._row(index)
        return every.passages[row] if kind == PASSAGE else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind, hit, every, row = self._row(index)
        if role == KindRole:
            return kind
        if kind == PASSAGE:
            return _passage_data(hit, every.passages[row], role)
        if kind == MORE:
            more = more_text(every.total - len(every.passages))
            return hit if role == HitRole else more if role in _TEXT_ROLES else None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{visible_controls(hit.title)}\n{hit.marked_snippet('', '')}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{visible_controls(hit.title)}, {_date_line(hit, every)}: {hit.marked_snippet('', '')}"
        if role == HitRole:
            return hit
        return None


_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


def _passage_data(hit: Hit, passage: Passage, role: int):
    found = replace(hit, snippet=passage.snippet, start=passage.start, end=passage.end, page=passage.page)
    if role == HitRole:
        return found
    if role in _TEXT_ROLES:
        return f"{place_text(passage)}: {found.marked_snippet('', '')}"
    return None


def place_text(passage: Passage) -> str:
    """Where a hit is, as the reader shows it: its page in a PDF, else its paragraph."""
    if passage.page:
        return page_label(passage.page)
    return say("SearchResults", "paragraph {number}").format(number=number(passage.paragraph))


def more_text(count: int) -> str:
    return say_n("SearchResults", "and {count} more in this document", "", count)


def _date_line(hit: Hit, every: EveryHit | None = None) -> str:
    """The date, and whether the document is imported or holds the Khmer
    searched for only inside longer words (ranked after whole words)."""
    line = date_text(hit.date) or say("SearchResults", "undated")
    if hit.source == "user":
        line = say("SearchResults", "{date} · imported").format(date=line)
    if hit.page:
        line = f"{line} · {page_label(hit.page)}"
    if hit.within_word:
        line = say("SearchResults", "{date} · only inside longer words").format(date=line)
    if every is not None and every.total:
        total = every.total
        hits = say_n("SearchResults", "{count} hits", "", total)
        line = f"{line} · {hits}"
    return line


def _marked(snippet: str) -> str:
    return html.escape(snippet).replace(OPEN, "<b><u>").replace(CLOSE, "</u></b>")


def hit_html(hit: Hit, secondary: str, every: EveryHit | None = None) -> str:
    """Title, date (and how many hits) and snippet as HTML built from escaped text; hits in bold.

    :param secondary: colour name for the date line (from the palette).
    """
    return (
        f"<div><b>{html.escape(visible_controls(hit.title))}</b></div>"
        f"<div style='color:{secondary}'>{html.escape(_date_line(hit, every))}</div>"
        f"<div>{_marked(hit.snippet)}</div>"
    )


def row_html(index: Index, secondary: str) -> str:
    kind = index.data(KindRole)
    if kind == DOCUMENT:
        model, row = index.model(), index.row()
        return hit_html(model.hits[row], secondary, model.found[row])
    if kind == MORE:
        return f"<div style='color:{secondary}'>{html.escape(index.data())}</div>"
    passage = index.model().passage(index)
    place = html.escape(place_text(passage))
    return f"<div style='color:{secondary}'>{place}</div><div>{_marked(passage.snippet)}</div>"


def whole_lines_height(document: QTextDocument, limit: float) -> float:
    """How much of ``document``, from its top, holds only whole lines within ``limit``."""
    layout, block, bottom = document.documentLayout(), document.begin(), 0.0
    while block.isValid():
        top, lines = layout.blockBoundingRect(block).top(), block.layout()
        for line_number in range(lines.lineCount()):
            line = lines.lineAt(line_number)
            if top + line.y() + line.height() > limit:
                return bottom
            bottom = top + line.y() + line.height()
        block = block.next()
    return limit


class SearchResultDelegate(QStyledItemDelegate):
    LINES = {DOCUMENT: 7, PASSAGE: 4, MORE: 1}  # title (up to two lines), date, snippet (three or four lines)

    def _document(self, option: QStyleOptionViewItem, index: Index, selected: bool) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(6)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        document.setHtml(row_html(index, option.palette.color(role).name()))
        document.setTextWidth(option.rect.width())
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = self._document(option, index, selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        # Rows have fixed heights: a snippet longer than its row ends at its last whole line.
        painter.setClipRect(QRectF(0, 0, option.rect.width(), whole_lines_height(document, option.rect.height())))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Fixed heights by kind: no layout per row while scrolling.
        lines = self.LINES.get(index.data(KindRole), 1)
        return QSize(option.rect.width() or 300, option.fontMetrics.lineSpacing() * lines + 14)
