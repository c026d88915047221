"""The people panel: people and organizations, a profile, and curation with undo."""

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.render.profile_html import parse_link, profile_html
from desktop.services.notices import DOCUMENTS
from desktop.ui.widgets import named
from desktop.services.library import Library
from desktop.ui.models.people_model import KIND_FILTERS, EntityIdRole, PeopleModel
from desktop.wording import say

FILTER_DELAY_MS = 60


def empty_profile() -> str:
    return say("PeoplePanel", "<p>Choose a person or organization to see what the sources say about them, "
                              "where they are mentioned, and who is mentioned with them.</p>"
                              "<p>Names in <i>italics</i> were proposed automatically from your imported "
                              "documents and are not reviewed.</p>")


def kind_names() -> dict[str, str]:
    """The kind filter's choices (the keys of KIND_FILTERS) as the user reads them."""
    return {"All": say("PeoplePanel", "All"), "People": say("PeoplePanel", "People"),
            "Organizations": say("PeoplePanel", "Organizations"), "Unreviewed": say("PeoplePanel", "Unreviewed")}


def curation_message(action: str, entity_id: str, undone: bool = False) -> str:
    """The status-bar sentence after a curation (or its undoing)."""
    if undone:
        sentences = {"rename": say("PeoplePanel", "Undone rename: {entity}"),
                     "add_alias": say("PeoplePanel", "Undone add alias: {entity}"),
                     "remove_alias": say("PeoplePanel", "Undone remove alias: {entity}"),
                     "merge": say("PeoplePanel", "Undone merge: {entity}"),
                     "reviewed": say("PeoplePanel", "Undone reviewed: {entity}"),
                     "reject": say("PeoplePanel", "Undone reject: {entity}")}
    else:
        sentences = {"rename": say("PeoplePanel", "rename: {entity}"),
                     "add_alias": say("PeoplePanel", "add alias: {entity}"),
                     "remove_alias": say("PeoplePanel", "remove alias: {entity}"),
                     "merge": say("PeoplePanel", "merge: {entity}"),
                     "reviewed": say("PeoplePanel", "reviewed: {entity}"),
                     "reject": say("PeoplePanel", "reject: {entity}")}
    return sentences.get(action, action + ": {entity}").format(entity=entity_id)


class PeoplePanel(QWidget):
    """Emits ``passage_chosen(doc_id, start, end)`` for a clicked mention or citation."""

    passage_chosen = Signal(str, int, int)
    curated = Signal(str)  # a sentence saying what changed
    note_requested = Signal(str)  # entity id

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePanel")
        self.library = library
        self.current_id: str | None = None

        self.model = PeopleModel(self)
        self._build_list()
        self._build_profile_and_buttons()
        self._arrange()
        self._connect()
        self._loaded = False  # the list is read when the panel is first shown or used, not at start

    # Layout ------------------------------------------------------------------------------
    def _build_list(self) -> None:
        self.filter = named(QLineEdit(), "peopleFilter", say("PeoplePanel", "Filter people and organizations"))
        self.filter.setPlaceholderText(say("PeoplePanel", "Filter people and organizations…"))
        self.filter.setClearButtonEnabled(True)
        self.kind = named(QComboBox(), "peopleKind", say("PeoplePanel", "Show which kind"))
        names = kind_names()
        for key, kind in KIND_FILTERS.items():
            self.kind.addItem(names.get(key, key), kind)
        self.table = named(QTableView(), "peopleTable", say("PeoplePanel", "People and organizations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing columns to their contents would read every row on each filter.
        for column, width in ((1, 96), (2, 72), (3, 80)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)

    def _build_profile_and_buttons(self) -> None:
        self.profile = named(QTextBrowser(), "profile", say("PeoplePanel", "Profile"))
        self.profile.setOpenLinks(False)
        self.profile.setOpenExternalLinks(False)
        self.profile.setHtml(empty_profile())
        self.curate_button = named(QToolButton(text=say("PeoplePanel", "Curate ▾")), "curateButton",
                                   say("PeoplePanel", "Curate the selected entry"))
        self.curate_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.curate_button)
        menu.addAction(say("PeoplePanel", "Rename…"), self.rename)
        menu.addAction(say("PeoplePanel", "Add an alias…"), self.add_alias)
        menu.addAction(say("PeoplePanel", "Remove an alias…"), self.remove_alias)
        menu.addAction(say("PeoplePanel", "Merge into…"), self.merge)
        menu.addSeparator()
        menu.addAction(say("PeoplePanel", "Mark as reviewed"), lambda: self._record("reviewed"))
        menu.addAction(say("PeoplePanel", "Not a person or organization"), lambda: self._record("reject"))
        self.curate_button.setMenu(menu)
        self.undo_button = named(QToolButton(text=say("PeoplePanel", "Undo")), "undoCuration",
                                 say("PeoplePanel", "Undo the last curation"))
        self.note_button = named(QToolButton(text=say("PeoplePanel", "Note…")), "entityNote",
                                 say("PeoplePanel", "Write a note about the selected entry"))

    def _arrange(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.kind)
        buttons = QHBoxLayout()
        for button in (self.curate_button, self.undo_button, self.note_button):
            buttons.addWidget(button)
        buttons.addStretch()
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table)
        upper_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.profile)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

    # Behaviour ---------------------------------------------------------------------------------
    def _connect(self) -> None:
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self._timer.start)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.profile.anchorClicked.connect(lambda url: self.follow(url.toString()))
        self.undo_button.clicked.connect(self.undo)
        self.note_button.clicked.connect(lambda: self.current_id and self.note_requested.emit(self.current_id))

    def on_notice(self, notice) -> None:
        if notice.kind == DOCUMENTS:  # curation reloads where it is made, keeping the profile open
            self.reload()

    # Listing -------------------------------------------------------------------
    def showEvent(self, event) -> None:
        self._ensure_loaded()
        super().showEvent(event)

    def _ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        """Re-read the people (after an import or a curation), keeping the selection."""
        self._loaded = True
        keep = self.current_id
        self.model.set_people(self.library.people.summaries())
        self.apply_filter()
        if keep:
            self.show_entity(keep)

    def apply_filter(self) -> None:
        self._ensure_loaded()
        self._timer.stop()
        keep = self.current_id
        self.model.set_filter(self.filter.text(), self.kind.currentData())
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)

    def _current_changed(self, current: QModelIndex) -> None:
        if current.isValid():
            self.show_entity(current.data(EntityIdRole), select=False)

    # Profiles --------------------------------------------------------------------
    def show_entity(self, entity_id: str, select: bool = True) -> bool:
        self._ensure_loaded()
        found = self.library.people.profile(entity_id)
        if found is None:
            self.current_id = None
            self.profile.setHtml(empty_profile())
            return False
        self.current_id = found.summary.id
        self.profile.setHtml(profile_html(found))
        if select:
            row = self.model.row_of(self.current_id)
            if row < 0:  # filtered out: clear the filter so the row can be shown
                self.filter.blockSignals(True)
                self.filter.clear()
                self.filter.blockSignals(False)
                self.kind.setCurrentIndex(0)
                row = self.model.row_of(self.current_id)
            if row >= 0:
                self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(False)
        return True

    def follow(self, href: str) -> None:
        link = parse_link(href)
        if link is None:
            return
        kind, parts = link
        if kind == "doc":
            self.passage_chosen.emit(parts[0], int(parts[1]), int(parts[2]))
        else:
            self.show_entity(parts[0])

    # Curation --------------------------------------------------------------------
    def _record(self, action: str, value: str | None = None) -> None:
        if self.current_id is None:
            return
        entity_id = self.current_id
        self.library.people.curate(action, entity_id, value)
        if action in ("reject", "merge"):
            self.current_id = value if action == "merge" else None
        self.reload()
        if self.current_id is None:
            self.profile.setHtml(empty_profile())
        self.curated.emit(curation_message(action, entity_id))

    def rename(self) -> None:
        person = self._current()
        if person is None:
            return
        name, ok = QInputDialog.getText(self, say("PeoplePanel", "Rename"), say("PeoplePanel", "Name:"),
                                        text=person.name)
        if ok and name.strip() and name.strip() != person.name:
            self._record("rename", name.strip())

    def add_alias(self) -> None:
        if self._current() is None:
            return
        alias, ok = QInputDialog.getText(self, say("PeoplePanel", "Add an alias"),
                                         say("PeoplePanel", "Another way the name is written:"))
        if ok and alias.strip():
            self._record("add_alias", alias.strip())

    def remove_alias(self) -> None:
        person = self._current()
        if person is None or not person.aliases:
            return
        alias, ok = QInputDialog.getItem(self, say("PeoplePanel", "Remove an alias"), say("PeoplePanel", "Alias:"),
                                         person.aliases, 0, False)
        if ok:
            self._record("remove_alias", alias)

    def merge(self) -> None:
        person = self._current()
        if person is None:
            return
        others = [p for p in self.library.people.summaries() if p.id != person.id and p.kind == person.kind]
        labels = [f"{p.name} ({p.id})" for p in others]
        question = say("PeoplePanel", "Merge “{name}” into:").format(name=person.name)
        choice, ok = QInputDialog.getItem(self, say("PeoplePanel", "Merge"), question, labels, 0, False)
        if ok and choice in labels:
            self._record("merge", others[labels.index(choice)].id)

    def undo(self) -> None:
        undone = self.library.people.undo()
        if undone is None:
            self.curated.emit(say("PeoplePanel", "Nothing to undo"))
            return
        action, entity_id, value = undone
        self.current_id = entity_id
        self.reload()
        self.curated.emit(curation_message(action, entity_id, undone=True))

    def _current(self):
        return next((p for p in self.library.people.summaries() if p.id == self.current_id), None)
