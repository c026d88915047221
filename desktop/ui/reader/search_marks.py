"""Every hit of a search marked in the reader, with next and previous hit (Alt+Down, Alt+Up).

The hits come from the search (desktop/store/every_hit.py), found with its own term logic
(stemming, phrases, Khmer on cluster edges), so the reader marks what the search found, not
what a plain text match would. They are kept as reading-text offsets, so they come back when
the document is built again (the reading text after the original, a new reading style).
"""

import bisect

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.wording import number, say, say_n

NEXT_KEYS, PREVIOUS_KEYS = "Alt+Down", "Alt+Up"  # F3 and Ctrl+G stay Find in document's


class SearchMarks(QWidget):
    """A small bar in the reader ("Hit 2 of 3 ▲ ▼ ✕"), shown while a search's hits are marked."""

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.setObjectName("searchMarks")
        self.panel = panel
        self.document_id: str | None = None  # the document the marks are in
        self.awaiting: str | None = None  # its hits are still being found
        self.spans: list[tuple[int, int]] = []  # reading-text offsets, in order
        self.current: tuple[int, int] | None = None

        self.count = QLabel()
        self.count.setObjectName("searchHitCount")
        self.count.setAccessibleName(say("SearchMarks", "Search hits"))
        self.previous_action = self._action("previousSearchHit", say("SearchMarks", "Previous search hit"),
                                            PREVIOUS_KEYS, lambda: self.step(False))
        self.next_action = self._action("nextSearchHit", say("SearchMarks", "Next search hit"),
                                        NEXT_KEYS, lambda: self.step(True))
        close = QToolButton(text="✕", toolTip=say("SearchMarks", "Stop marking the search hits"))
        close.setAccessibleName(say("SearchMarks", "Stop marking the search hits"))
        close.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        for action, arrow in ((self.previous_action, "▲"), (self.next_action, "▼")):
            action.setIconText(arrow)  # what the button shows; the action keeps its words
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(action.text())
            layout.addWidget(button)
        layout.addWidget(close)
        self._show_state()

    def _action(self, name: str, text: str, keys: str, slot) -> QAction:
        action = QAction(text, self.panel)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        # The reader's and (added there too) the search panel's: elsewhere Alt+Down opens a list.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.panel.addAction(action)
        return action

    # What the window tells it -------------------------------------------------------------
    def show_hits(self, doc_id: str, spans: list[tuple[int, int]] | None, current: tuple[int, int] | None) -> None:
        """A search hit was opened in ``doc_id``: mark ``spans`` (None: still being found)."""
        self.document_id = doc_id
        self.current = current if current is not None and None not in current else None  # None: a title hit
        self.awaiting = doc_id if spans is None else None
        self.spans = sorted(spans or [])
        self._apply()

    def offer(self, spans_by_document: dict) -> None:
        """The search found every hit of the documents it shows: the awaited ones are marked."""
        if self.awaiting is not None and self.awaiting in spans_by_document:
            self.awaiting = None
            self.spans = sorted(spans_by_document[self.document_id])
            self._apply()

    def rendered(self) -> None:
        """The reader built its document again: the marks follow, or go with another document."""
        if self._open_id() != self.document_id:
            self.document_id, self.awaiting, self.spans, self.current = None, None, [], None
        self._apply(restore_hit=True)

    def clear(self) -> None:
        self.document_id, self.awaiting, self.spans = None, None, []
        self._apply()

    # Moving --------------------------------------------------------------------------------
    def step(self, forward: bool = True) -> int:
        """Go to the next (or previous) hit, wrapping; return its index or -1."""
        if not self.spans or self.panel.showing_original:
            return -1
        index = self._index()
        if index is None:
            here = (self.current or (self.panel.reading_offset(), 0))[0]
            following = bisect.bisect_left(self.spans, (here, 0))
            index = following if forward else following - 1
        else:
            index += 1 if forward else -1
        index %= len(self.spans)
        self.current = self.spans[index]
        position = self.panel.layout_map.position_of
        self.panel.view.highlight_hit(position(self.current[0]), position(self.current[1]))
        self._show_state()
        return index

    def _index(self) -> int | None:
        """Which of the hits is the current one, if it is one of them."""
        if self.current is None:
            return None
        for i, (start, end) in enumerate(self.spans):
            if start <= self.current[0] < max(end, start + 1):
                return i
        return None

    # Showing -------------------------------------------------------------------------------
    def _open_id(self) -> str | None:
        return self.panel.document.info.id if self.panel.document is not None else None

    def _apply(self, restore_hit: bool = False) -> None:
        view = self.panel.view
        marked = self.spans if not self.panel.showing_original and self._open_id() == self.document_id else []
        position = self.panel.layout_map.position_of
        view.set_search_marks([(position(start), position(end)) for start, end in marked])
        if restore_hit and marked and self.current is not None:
            view.highlight_hit(position(self.current[0]), position(self.current[1]), scroll=False)
        self._show_state()

    def _show_state(self) -> None:
        marked = bool(self.panel.view.search_marks)
        self.previous_action.setEnabled(marked)
        self.next_action.setEnabled(marked)
        index = self._index() if marked else None
        total = number(len(self.spans))
        if index is None:
            found = len(self.spans)
            self.count.setText(say_n("SearchMarks", "{count} search hits", "", found))
        else:
            self.count.setText(say("SearchMarks", "Hit {index} of {total}").format(index=number(index + 1),
                                                                                   total=total))
        self.setVisible(marked)
