"""The timeline dock's content: the timeline panel, or (collapsed, as it starts) a one-line strip
that says what is there and opens it, so the reader keeps the height of a laptop screen."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop.ui.widgets import named
from desktop.wording import say

WIDGET_MAX = 16_777_215  # QWIDGETSIZE_MAX: no maximum


class TimelineStrip(QWidget):
    """``collapsed_changed(collapsed)`` when the user opens or folds the timeline."""

    collapsed_changed = Signal(bool)

    def __init__(self, panel: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineStrip")
        self.panel = panel
        self.collapsed = False
        self.toggle = named(QToolButton(), "timelineToggle")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.clicked.connect(lambda: self.set_collapsed(not self.collapsed, by_user=True))
        self.hint = named(QLabel(), "timelineHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QWidget()
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(6, 0, 6, 0)
        row.addWidget(self.toggle)
        row.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(panel, 1)
        self._relabel()

    def set_collapsed(self, collapsed: bool, by_user: bool = False) -> None:
        """Fold the timeline to its strip, or open it; a fold by the user is announced (and kept)."""
        if collapsed == self.collapsed:
            return
        self.collapsed = collapsed
        self.panel.setVisible(not collapsed)
        # Folded, the dock cannot be dragged taller than its strip (empty space would show instead).
        self.setMaximumHeight(self.bar.sizeHint().height() + 2 if collapsed else WIDGET_MAX)
        self._relabel()
        if by_user:
            self.collapsed_changed.emit(collapsed)

    def _relabel(self) -> None:
        arrow = Qt.ArrowType.RightArrow if self.collapsed else Qt.ArrowType.DownArrow
        self.toggle.setArrowType(arrow)
        if self.collapsed:
            self.toggle.setText(say("TimelineStrip", "Show the timeline"))
            self.hint.setText(say("TimelineStrip", "Events from the documents, on a time axis (Ctrl+4)"))
        else:
            self.toggle.setText(say("TimelineStrip", "Fold the timeline"))
            self.hint.setText("")
        self.toggle.setAccessibleName(self.toggle.text())
