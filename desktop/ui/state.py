"""How the window looks between runs, in one place (QSettings, INI, in the data dir).

Nothing here may reveal what the user reads or writes: the open document and
reading positions live in the user's database, encrypted with the notes.
"""

from PySide6.QtCore import QByteArray, QSettings

GEOMETRY, DOCK_STATE = "window/geometry", "window/state"
ZOOM, OPEN_DOCUMENT = "reader/zoom", "reader/document"
UNDERLINE_ENTITIES = "reader/underline_entities"
TIMELINE_COLLAPSED, LIBRARY_COLUMNS = "window/timeline_collapsed", "window/library_columns"
POSITIONS = "positions"


class WindowState:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.settings.value(key)
        return value if isinstance(value, QByteArray) else None

    def geometry(self) -> QByteArray | None:
        return self._bytes(GEOMETRY)

    def dock_state(self) -> QByteArray | None:
        return self._bytes(DOCK_STATE)

    def save_window(self, geometry: QByteArray, dock_state: QByteArray) -> None:
        self.settings.setValue(GEOMETRY, geometry)
        self.settings.setValue(DOCK_STATE, dock_state)
        self.settings.sync()

    def zoom(self) -> int:
        try:
            return int(self.settings.value(ZOOM, 0))
        except (TypeError, ValueError):
            return 0

    def set_zoom(self, steps: int) -> None:
        self.settings.setValue(ZOOM, steps)

    def underline_entities(self) -> bool:
        return str(self.settings.value(UNDERLINE_ENTITIES, "true")).lower() == "true"

    def set_underline_entities(self, on: bool) -> None:
        self.settings.setValue(UNDERLINE_ENTITIES, "true" if on else "false")

    def timeline_collapsed(self) -> bool:
        """Folded to a strip until the user opens it (then as they left it)."""
        return str(self.settings.value(TIMELINE_COLLAPSED, "true")).lower() == "true"

    def set_timeline_collapsed(self, collapsed: bool) -> None:
        self.settings.setValue(TIMELINE_COLLAPSED, "true" if collapsed else "false")

    def library_columns(self) -> QByteArray | None:
        return self._bytes(LIBRARY_COLUMNS)

    def set_library_columns(self, header_state: QByteArray) -> None:
        self.settings.setValue(LIBRARY_COLUMNS, header_state)

    def take_legacy_reading_state(self) -> tuple[str | None, dict[str, int]]:
        """The open document and reading positions earlier versions kept here; removed once
        read (they reveal what the user reads, so they now live with the notes)."""
        value = self.settings.value(OPEN_DOCUMENT)
        self.settings.beginGroup(POSITIONS)
        positions = {}
        for doc_id in self.settings.childKeys():
            try:
                positions[doc_id] = max(0, int(self.settings.value(doc_id, 0)))
            except (TypeError, ValueError):
                continue
        self.settings.endGroup()
        self.settings.remove(OPEN_DOCUMENT)
        self.settings.remove(POSITIONS)
        return (value if isinstance(value, str) and value else None), positions
