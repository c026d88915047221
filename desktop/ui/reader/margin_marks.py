"""A narrow strip beside the reading text with a mark level with each highlight; clicking a
mark opens its note (Zotero's margin). The strip lies in the view's left viewport margin, as a
code editor's line numbers do, and follows the text as it scrolls."""

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.render.text import plain_tooltip
from desktop.ui.reader.reading_style import current as reading_style
from desktop.ui.reader.text_document import HIGHLIGHT_COLORS
from desktop.wording import say

STRIP_WIDTH = 14
MARK_WIDTH = 8
MIN_MARK_HEIGHT = 8


def _tip(note) -> str:
    if note.note:
        shown = " ".join(note.note.split())
        shown = shown if len(shown) <= 200 else shown[:199] + "…"
        return say("MarginMarks", "Note: {note} — click to open it").format(note=shown)
    return say("MarginMarks", "A highlight without a note — click to write one")


class MarginMarks(QWidget):
    """Emits ``note_chosen(annotation)`` when a mark is clicked."""

    note_chosen = Signal(object)

    def __init__(self, panel) -> None:
        super().__init__(panel.view)
        self.panel = panel
        self.setObjectName("marginMarks")
        self.setAccessibleName(say("MarginMarks", "Highlights in the margin"))
        self.setMouseTracking(True)  # a hand over a mark only
        view = panel.view
        view.setViewportMargins(STRIP_WIDTH, 0, 0, 0)
        view.viewport().installEventFilter(self)  # follow its size; repaint with it (scrolling, new highlights)
        self._place()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place()
        elif event.type() == QEvent.Type.Paint:
            self.update()
        return False

    def _place(self) -> None:
        viewport = self.panel.view.viewport().geometry()
        self.setGeometry(QRect(viewport.left() - STRIP_WIDTH, viewport.top(), STRIP_WIDTH, viewport.height()))

    def marks(self) -> list[tuple[object, QRect]]:
        """(annotation, rectangle in this strip) of each highlight in view, top to bottom."""
        panel, view = self.panel, self.panel.view
        if panel.document is None or panel.showing_original:
            return []
        height = self.height()
        first = view.cursorForPosition(QPoint(0, 0)).position()
        last = view.cursorForPosition(QPoint(view.viewport().width(), height)).position()
        found = []
        for note in panel.highlights:
            if note.status != "anchored" or note.target != "passage":
                continue
            a, b = panel.layout_map.position_of(note.start), panel.layout_map.position_of(note.end)
            if b <= a or b < first or a > last + 1:
                continue
            top = view.cursorRect(self._at(a)).top()
            bottom = view.cursorRect(self._at(b)).bottom()
            rect = QRect((STRIP_WIDTH - MARK_WIDTH) // 2, top, MARK_WIDTH, max(MIN_MARK_HEIGHT, bottom - top))
            if rect.bottom() >= 0 and rect.top() <= height:
                found.append((note, rect))
        return sorted(found, key=lambda pair: pair[1].top())

    def _at(self, position: int) -> QTextCursor:
        cursor = QTextCursor(self.panel.view.document())
        cursor.setPosition(max(0, min(position, self.panel.view.document().characterCount() - 1)))
        return cursor

    def mark_at(self, point: QPoint):
        """The annotation whose mark is at ``point`` (the strip's whole width counts)."""
        for note, rect in self.marks():
            if rect.top() - 2 <= point.y() <= rect.bottom() + 2:
                return note
        return None

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        colors = reading_style().colors
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(colors.margin))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for note, rect in self.marks():
            painter.setBrush(QColor(HIGHLIGHT_COLORS.get(note.color, "#ffe066")))
            # A mark whose highlight has a note is outlined: there is something to read.
            painter.setPen(QPen(QColor(colors.text), 1) if note.note else Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect, 3, 3)
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        note = self.mark_at(event.position().toPoint())
        if note is not None and event.button() == Qt.MouseButton.LeftButton:
            self.note_chosen.emit(note)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        over = self.mark_at(event.position().toPoint()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            note = self.mark_at(event.pos())
            if note is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), plain_tooltip(_tip(note)), self)  # never as HTML
            return True
        return super().event(event)
