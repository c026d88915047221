"""Find in document: a bar under the reader (Ctrl+F), every match highlighted."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.ui.reader.view import MAX_FIND_HIGHLIGHTS, ReaderView
from desktop.wording import number, say, say_n


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, view: ReaderView, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.view = view
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(say("FindBar", "Find in document"))
        self.field.setAccessibleName(say("FindBar", "Find in document"))
        self.field.setClearButtonEnabled(True)
        self.previous = QToolButton(text="◀", toolTip=say("FindBar", "Previous match (Shift+Enter, Shift+F3)"))
        self.previous.setAccessibleName(say("FindBar", "Previous match"))
        self.next = QToolButton(text="▶", toolTip=say("FindBar", "Next match (Enter, F3)"))
        self.next.setAccessibleName(say("FindBar", "Next match"))
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.count.setAccessibleName(say("FindBar", "Matches"))
        close = QToolButton(text="✕", toolTip=say("FindBar", "Close (Esc)"))
        close.setAccessibleName(say("FindBar", "Close find bar"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self.field, self.previous, self.next, self.count):
            layout.addWidget(widget)
        layout.addStretch()
        layout.addWidget(close)

        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.search)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(lambda: self.step(True))
        QShortcut(QKeySequence("Shift+Return"), self.field, lambda: self.step(False))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        self.previous.clicked.connect(lambda: self.step(False))
        self.next.clicked.connect(lambda: self.step(True))
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        if self.field.text():
            self.search()

    def close_bar(self) -> None:
        self.hide()
        self.view.clear_find()
        self.view.setFocus()
        self.closed.emit()

    def search(self) -> int:
        """Highlight every match and go to the first one from where the reader is, as you type."""
        self._timer.stop()
        total = self.view.find_all(self.field.text())
        self._show_count(self.view.find_step(True) if total else -1, total)
        return total

    def step(self, forward: bool) -> None:
        if self._timer.isActive():  # typed just now: the search goes to the first match
            self.search()
            return
        index = self.view.find_step(forward)
        self._show_count(index, self.view.match_count)

    def _show_count(self, index: int, total: int) -> None:
        if not self.field.text():
            self.count.setText("")
        elif total == 0:
            self.count.setText(say("FindBar", "No matches"))
        elif index >= 0:
            shown = number(total) + ("+" if total >= MAX_FIND_HIGHLIGHTS else "")  # + when the count stopped
            self.count.setText(say("FindBar", "{index} of {total}").format(index=number(index + 1), total=shown))
        elif total >= MAX_FIND_HIGHLIGHTS:
            self.count.setText(say_n("FindBar", "{count}+ matches", "", total))
        else:
            self.count.setText(say_n("FindBar", "{count} matches", "", total))
