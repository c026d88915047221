"""Small helpers the panels share."""

from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

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


def named(widget: W, object_name: str, accessible_name: str = "") -> W:
    """A widget with the object name tests and styles find it by, and the name a screen reader says."""
    if object_name:
        widget.setObjectName(object_name)
    if accessible_name:
        widget.setAccessibleName(accessible_name)
    return widget
