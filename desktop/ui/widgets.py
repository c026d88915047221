"""Small helpers the panels share."""

from PySide6.QtWidgets import QComboBox


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
