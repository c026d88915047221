"""The reader panel: a document's reading text or verbatim original, find, zoom, positions."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop.render.text import citation
from desktop.store.documents import Document
from desktop.ui.reader.find_bar import FindBar
from desktop.ui.reader.same_place import normalized_original, same_place
from desktop.ui.reader.margin_marks import MarginMarks
from desktop.ui.reader.search_marks import SearchMarks
from desktop.ui.reader.text_document import Layout, render_original, render_reading, update_highlights
from desktop.ui.reader.view import ReaderView
from desktop.wording import say


def empty_text() -> str:
    """What the reader says before a document is open."""
    return say(
        "ReaderPanel",
        "Choose a document in the library (Ctrl+1) or search the whole archive (Ctrl+K).\n\n"
        "Search finds English words in any form (eviction finds evictions), exact phrases in "
        "quotes, and Khmer words anywhere in the text."
    )


class ReaderPanel(QWidget):
    link_clicked = Signal(str)
    mode_changed = Signal(bool)  # True when the original is shown

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("readerPanel")
        self.document: Document | None = None
        self.mentions: list[tuple[str, int, int]] = []
        self.highlights: list = []
        self.layout_map = Layout()
        self.showing_original = False

        self.view = ReaderView()
        self.view.link_clicked.connect(self.link_clicked)
        self.find_bar = FindBar(self.view)
        self.search_marks = SearchMarks(self)  # every hit of the search opened, next/previous hit
        self.margin = MarginMarks(self)  # a mark beside each highlight

        self.reading_button = QToolButton(text=say("ReaderPanel", "Reading text"), checkable=True, checked=True)
        self.reading_button.setAccessibleName(say("ReaderPanel", "Show the reading text"))
        self.original_button = QToolButton(text=say("ReaderPanel", "Original"), checkable=True)
        self.original_button.setAccessibleName(say("ReaderPanel", "Show the verbatim original"))
        self.original_button.setToolTip(say("ReaderPanel", "The verbatim source, removed boilerplate marked (Ctrl+U)"))
        modes = QButtonGroup(self)
        modes.addButton(self.reading_button)
        modes.addButton(self.original_button)
        self.original_button.toggled.connect(self.set_original)
        self.mode_bar = QWidget()
        bar = QHBoxLayout(self.mode_bar)
        bar.setContentsMargins(6, 2, 6, 2)
        bar.addWidget(self.reading_button)
        bar.addWidget(self.original_button)
        bar.addStretch()
        bar.addWidget(self.search_marks)
        self.mode_bar.hide()

        self.empty = QLabel(empty_text())
        self.empty.setObjectName("readerEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(40)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.mode_bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        layout.addWidget(self.find_bar)
        self.view.hide()

    # Showing documents ---------------------------------------------------------
    def show_document(self, document: Document, offset: int | None = None,
                      mentions: list[tuple[str, int, int]] = (), highlights: list = ()) -> None:
        """Show ``document``'s reading text, scrolled to reading-text ``offset``;
        ``mentions`` of people and organizations are underlined, ``highlights`` drawn."""
        self.document = document
        self.mentions = list(mentions)
        self.highlights = list(highlights)
        self.empty.hide()
        self.view.show()
        self.mode_bar.show()
        self.original_button.blockSignals(True)
        self.original_button.setChecked(False)
        self.reading_button.setChecked(True)
        self.original_button.blockSignals(False)
        was_original, self.showing_original = self.showing_original, False
        self._render()
        if was_original:  # the menu's Show original (Ctrl+U) unticks too: one press shows it again
            self.mode_changed.emit(False)
        if offset:
            self.view.scroll_to_position(self.layout_map.position_of(offset))
        if self.find_bar.isVisible():
            self.find_bar.search()

    def set_highlights(self, highlights: list) -> None:
        """The open document's notes changed: repaint its highlights where they are, without
        reloading the document (the place, the cursor and the selection stay)."""
        highlights = list(highlights)
        if self.document is not None and not self.showing_original:
            update_highlights(self.view.document(), self.layout_map, self.highlights, highlights)
        self.highlights = highlights

    def show_hit(self, start: int | None, end: int | None) -> None:
        """Highlight a search hit given in reading-text offsets, and scroll to it."""
        if self.showing_original:
            self.set_original(False)
        if start is not None and end is not None:
            self.view.highlight_hit(self.layout_map.position_of(start), self.layout_map.position_of(end))

    def set_original(self, original: bool) -> None:
        if self.document is None or original == self.showing_original:
            return
        original_text = normalized_original(self.document.original)
        if original:  # the passage being read, found in the original
            place = same_place(self.document.text, self.reading_offset(), original_text)
        else:
            place = same_place(original_text, max(0, self.view.first_visible_position() - self._body()),
                               self.document.text)
        self.showing_original = original
        self.original_button.setChecked(original)
        self.reading_button.setChecked(not original)
        self._render()
        self.view.scroll_to_position(self._body() + place if original else self.layout_map.position_of(place))
        self.mode_changed.emit(original)

    def _body(self) -> int:
        """Where the original's own text starts in the Original view (after the note above it)."""
        return self.view.document().findBlockByNumber(1).position()

    def rerender(self) -> None:
        """Build the open document again (in a new reading style), keeping the place."""
        if self.document is None:
            return
        position = self.view.first_visible_position()
        self._render()
        self.view.scroll_to_position(position)
        if self.find_bar.isVisible():
            self.find_bar.search()

    def _render(self) -> None:
        font = self.view.reading_font()
        if self.showing_original:
            rendered = render_original(self.document, font)
        else:
            rendered, self.layout_map = render_reading(self.document, font, self.mentions, self.highlights)
        self.view.show_document(rendered)
        self.search_marks.rendered()

    # Positions ---------------------------------------------------------------
    def reading_offset(self) -> int:
        """Where the reader is, as an offset in the reading text (0 in the original view)."""
        if self.document is None or self.showing_original:
            return 0
        return self.layout_map.offset_of(self.view.first_visible_position())

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as reading-text offsets (None in the original view or when nothing is selected)."""
        cursor = self.view.textCursor()
        if self.document is None or self.showing_original or not cursor.hasSelection():
            return None
        start = self.layout_map.offset_of(cursor.selectionStart())
        end = self.layout_map.offset_of(cursor.selectionEnd())
        return (start, end) if end > start else None

    def highlight_at_cursor(self):
        """The annotation under the text cursor (or overlapping the selection), if any."""
        cursor = self.view.textCursor()
        if self.document is None or self.showing_original:
            return None
        start = self.layout_map.offset_of(cursor.selectionStart())
        end = self.layout_map.offset_of(cursor.selectionEnd())
        for note in self.highlights:
            if note.status == "anchored" and note.target == "passage" and note.start <= end and start <= note.end:
                return note
        return None

    # Clipboard -----------------------------------------------------------------
    def selected_text(self) -> str:
        return self.view.textCursor().selection().toPlainText().replace("\u2028", "\n").replace("\u2029", "\n")

    def copy_with_citation(self) -> bool:
        text = self.selected_text()
        if not text or self.document is None:
            return False
        info = self.document.info
        cursor = self.view.textCursor()
        start, end = (self.layout_map.offset_of(cursor.selectionStart()),
                      self.layout_map.offset_of(cursor.selectionEnd()))
        pages = self.document.page_span(start, end) if start is not None and end is not None else None
        cited = citation(info.title, info.date, info.id, pages)
        QGuiApplication.clipboard().setText(f"{text}\n\n{cited}")
        return True
