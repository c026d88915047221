"""Everything the window remembers between runs, in one place (QSettings, INI, in the data dir)."""

from PySide6.QtCore import QByteArray, QSettings

GEOMETRY, DOCK_STATE = "window/geometry", "window/state"
ZOOM, OPEN_DOCUMENT = "reader/zoom", "reader/document"
UNDERLINE_ENTITIES = "reader/underline_entities"
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

    def open_document(self) -> str | None:
        value = self.settings.value(OPEN_DOCUMENT)
        return value if isinstance(value, str) and value else None

    def set_open_document(self, doc_id: str | None) -> None:
        self.settings.setValue(OPEN_DOCUMENT, doc_id or "")
        self.settings.sync()  # survives a crash or kill

    def position(self, doc_id: str) -> int:
        try:
            return max(0, int(self.settings.value(f"{POSITIONS}/{doc_id}", 0)))
        except (TypeError, ValueError):
            return 0

    def set_position(self, doc_id: str, offset: int) -> None:
        self.settings.setValue(f"{POSITIONS}/{doc_id}", offset)
