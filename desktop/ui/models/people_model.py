"""People and organizations as a table; filtering happens in Python over small summaries."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.render.text import plain_tooltip, visible_controls
from desktop.store.people import PersonSummary
from desktop.wording import number, say

Index = QModelIndex | QPersistentModelIndex
EntityIdRole = Qt.ItemDataRole.UserRole + 1
COLUMN_COUNT = 4  # name, kind, mentions, documents
# The kind filter's choices (people_panel.py shows each key in the interface language).
KIND_FILTERS = {"All": None, "People": "person", "Organizations": "organization", "Unreviewed": "unreviewed"}


def headers() -> tuple[str, ...]:
    """The column titles: name, kind, mentions, documents."""
    return (say("PeopleModel", "Name"), say("PeopleModel", "Kind"), say("PeopleModel", "Mentions"),
            say("PeopleModel", "Documents"))


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[PersonSummary] = []
        self._keys: list[str] = []
        self._shown: list[PersonSummary] = []
        self._text, self._kind = "", None
        self._unreviewed_font = QFont()
        self._unreviewed_font.setItalic(True)

    def set_people(self, people: list[PersonSummary]) -> None:
        self._all = people
        # Everything a filter can match, folded once, so filtering is a substring test.
        self._keys = ["\n".join([p.name, *p.aliases, p.khmer_name or ""]).casefold() for p in people]
        self._apply()

    def set_filter(self, text: str, kind: str | None) -> None:
        self._text, self._kind = text.strip().casefold(), kind
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self._shown = [
            person for person, key in zip(self._all, self._keys)
            if (not self._text or self._text in key)
            and (self._kind is None or person.kind == self._kind
                 or (self._kind == "unreviewed" and not person.reviewed))
        ]
        self.endResetModel()

    def person_at(self, row: int) -> PersonSummary:
        return self._shown[row]

    def row_of(self, entity_id: str) -> int:
        return next((row for row, p in enumerate(self._shown) if p.id == entity_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMN_COUNT:
            return headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        person = self._shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            kind = say("PeopleModel", "Person") if person.kind == "person" else say("PeopleModel", "Organization")
            return (visible_controls(person.name), kind, number(person.mentions), number(person.documents))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if not person.reviewed:
                return say("PeopleModel", "Proposed automatically, not reviewed")
            return plain_tooltip(person.name)
        if role == Qt.ItemDataRole.FontRole and not person.reviewed:
            return self._unreviewed_font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == EntityIdRole:
            return person.id
        return None
