"""The reading surface: a read-only text browser that never fetches or follows anything."""

from PySide6.QtCore import QPoint, QRectF, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from desktop.ui.fonts import reading_font
from desktop.ui.reader.name_marks import paint_dotted_marks
from desktop.ui.reader.page_marks import paint_page_marks
from desktop.wording import say

BASE_POINT_SIZE = 12.0
ZOOM_STEP = 1.0
ZOOM_RANGE = (-4, 12)
MAX_LINE_CHARS = 78  # a comfortable line length
MAX_FIND_HIGHLIGHTS = 2000
SEARCH_MARK = QColor(255, 213, 0, 70)  # the other hits of a search: the current hit's colour, lighter


def _selection(cursor: QTextCursor, background: QColor, foreground: QColor | None = None):
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    fmt = QTextCharFormat()
    fmt.setBackground(background)
    if foreground is not None:
        fmt.setForeground(foreground)
    selection.format = fmt
    return selection


class ReaderView(QTextBrowser):
    """Emits ``link_clicked(address)``; links are never opened."""

    link_clicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName(say("ReaderView", "Document text"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.anchorClicked.connect(lambda url: self.link_clicked.emit(url.toString()))
        self.zoom_steps = 0
        self.refused_resources: list[str] = []  # every resource Qt asked for, refused
        self._find: list[QTextCursor] = []
        self._find_current = -1
        self._hit: QTextCursor | None = None
        self._marks: list[QTextCursor] = []  # every hit of the search, lighter than the current one
        self._pending_scroll: tuple[int, bool] | None = None

    # Nothing is ever loaded: no remote images, no file: reads, nothing.
    def loadResource(self, resource_type: int, url: QUrl):  # noqa: N802 - Qt override
        self.refused_resources.append(url.toString())
        return None

    def reading_font(self) -> QFont:
        return reading_font(BASE_POINT_SIZE + self.zoom_steps * ZOOM_STEP)

    def show_document(self, document: QTextDocument) -> None:
        self._find, self._find_current, self._hit, self._marks = [], -1, None, []
        document.setParent(self)  # so Qt deletes it when the next one replaces it
        self.setDocument(document)
        self._update_line_length()
        self._apply_selections()

    # Zoom ------------------------------------------------------------------
    def set_zoom(self, steps: int) -> None:
        """Zoom by whole steps, keeping the first visible character in place."""
        steps = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], steps))
        position = self.first_visible_position()
        self.zoom_steps = steps
        self.document().setDefaultFont(self.reading_font())
        self._update_line_length()
        self.scroll_to_position(position)

    # Positions -------------------------------------------------------------
    def first_visible_position(self) -> int:
        if self._pending_scroll is not None:  # not shown yet: where it will be
            return self._pending_scroll[0]
        return self.cursorForPosition(QPoint(0, 0)).position()

    def scroll_to_position(self, position: int, centre: bool = False) -> None:
        if not self.isVisible():  # no geometry yet: scroll once shown
            self._pending_scroll = (position, centre)
            return
        self._pending_scroll = None
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        top = self.cursorRect(cursor).top()
        bar = self.verticalScrollBar()
        offset = self.viewport().height() // 3 if centre else 0
        bar.setValue(bar.value() + top - offset)

    # Highlights --------------------------------------------------------------
    def highlight_hit(self, start: int, end: int, scroll: bool = True) -> None:
        """Mark a search hit (document positions) and bring it into view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._hit = cursor
        self._apply_selections()
        if scroll:
            self.scroll_to_position(start, centre=True)

    def set_search_marks(self, spans: list[tuple[int, int]]) -> None:
        """Mark every hit of the search (document positions), the current one stays brighter."""
        self._marks = []
        for start, end in spans:
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self._marks.append(cursor)
        self._apply_selections()

    @property
    def search_marks(self) -> list[QTextCursor]:
        return self._marks

    def find_all(self, text: str) -> int:
        """Highlight every occurrence of ``text`` (case-insensitive); return how many."""
        self._find, self._find_current = [], -1
        if text:
            document, cursor = self.document(), QTextCursor(self.document())
            while len(self._find) < MAX_FIND_HIGHLIGHTS:
                cursor = document.find(text, cursor)
                if cursor.isNull():
                    break
                self._find.append(cursor)
        self._apply_selections()
        return len(self._find)

    @property
    def match_count(self) -> int:
        return len(self._find)

    @property
    def hit(self) -> QTextCursor | None:
        """The highlighted search hit, if any."""
        return self._hit

    def find_step(self, forward: bool = True) -> int:
        """Move to the next (or previous) match, wrapping; return its index or -1."""
        if not self._find:
            return -1
        if self._find_current < 0:
            here = self.first_visible_position()
            following = [i for i, c in enumerate(self._find) if c.selectionStart() >= here]
            self._find_current = following[0] if following and forward else (0 if forward else len(self._find) - 1)
        else:
            self._find_current = (self._find_current + (1 if forward else -1)) % len(self._find)
        current = self._find[self._find_current]
        self._apply_selections()
        self.setTextCursor(current)
        self.scroll_to_position(current.selectionStart(), centre=True)
        return self._find_current

    def clear_find(self) -> None:
        self._find, self._find_current = [], -1
        self._apply_selections()

    def _apply_selections(self) -> None:
        selections = [_selection(c, SEARCH_MARK, QColor("black")) for c in self._marks]
        selections += [_selection(c, QColor(255, 222, 89, 150), QColor("black")) for c in self._find]  # any theme
        if 0 <= self._find_current < len(self._find):
            selections.append(_selection(self._find[self._find_current], QColor(255, 150, 30), QColor("black")))
        if self._hit is not None:
            selections.append(_selection(self._hit, QColor(255, 213, 0), QColor("black")))
        self.setExtraSelections(selections)

    # Line length -------------------------------------------------------------
    def _update_line_length(self) -> None:
        """Keep lines to a comfortable length by centring the text column."""
        document = self.document()
        metrics = QFontMetricsF(document.defaultFont())
        widest = metrics.averageCharWidth() * MAX_LINE_CHARS
        side = max(document.documentMargin(), (self.viewport().width() - widest) / 2)
        frame = document.rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) > 1:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            frame.setFrameFormat(fmt)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        # The dotted lines under names, below the Khmer letters written under the line (Qt's
        # own underline would cross them).
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        painter = QPainter(self.viewport())
        painter.translate(-dx, -dy)
        area = QRectF(event.rect()).translated(dx, dy)
        paint_dotted_marks(painter, self.document(), area, self.palette())
        paint_page_marks(painter, self.document(), area, self.palette())
        painter.end()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._pending_scroll is not None:
            QTimer.singleShot(0, lambda: self._pending_scroll and self.scroll_to_position(*self._pending_scroll))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_line_length()
