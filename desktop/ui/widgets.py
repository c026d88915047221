"""Small helpers the panels share."""

from typing import TypeVar

from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QValidator
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from desktop.wording import digits, typed_digits

W = TypeVar("W", bound=QWidget)


def fill_filter_combo(combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
    """Refill a filter combo: an "everything" entry, then (label, data) items, keeping the
    current choice when it still exists, without emitting change signals."""
    keep = combo.currentData() if combo.currentIndex() > 0 else None
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for label, data in items:
        combo.addItem(label, data)
    combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
    combo.blockSignals(False)


def swatch_icon(color: str, size: int = 16) -> QIcon:
    """A square of ``color`` with a thin dark edge (so pale colours show on a pale menu)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    painter = QPainter(pixmap)
    painter.setPen(QColor(0, 0, 0, 90))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def named(widget: W, object_name: str, accessible_name: str = "") -> W:
    """A widget with the object name tests and styles find it by, and the name a screen reader says."""
    if object_name:
        widget.setObjectName(object_name)
    if accessible_name:
        widget.setAccessibleName(accessible_name)
    return widget


class CountSpinBox(QSpinBox):
    """A spin box that writes its number in the interface's digits (Khmer ones in Khmer) and
    reads typed Khmer digits as well as 0–9."""

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt override
        return digits(str(value))

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt override
        return int(typed_digits(self._bare(text)) or self.minimum())

    def validate(self, text: str, position: int):
        bare = typed_digits(self._bare(text))
        if text == self.specialValueText() or bare == "":
            return QValidator.State.Intermediate if bare == "" else QValidator.State.Acceptable, text, position
        if not bare.isdigit():
            return QValidator.State.Invalid, text, position
        inside = self.minimum() <= int(bare) <= self.maximum()
        return QValidator.State.Acceptable if inside else QValidator.State.Intermediate, text, position

    def _bare(self, text: str) -> str:
        text = text.removeprefix(self.prefix()).removesuffix(self.suffix())
        return text.strip()
