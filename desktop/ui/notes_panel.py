"""The notes panel: every highlight and note, filterable, each opening its passage; and the note dialog."""

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.render.text import markdown_as_plain, visible_controls
from desktop.store.annotations import COLORS, Annotation
from desktop.services.notices import DOCUMENTS, NOTES, PEOPLE
from desktop.services.library import Library
from desktop.ui.reader.text_document import HIGHLIGHT_COLORS
from desktop.ui.widgets import fill_filter_combo, named, swatch_icon
from desktop.wording import date_text, say, say_n

AnnotationRole = Qt.ItemDataRole.UserRole + 1


def color_names() -> dict[str, str]:
    """Each highlight colour (of COLORS) as the user reads it."""
    return {"yellow": say("NotesPanel", "yellow"), "green": say("NotesPanel", "green"),
            "blue": say("NotesPanel", "blue"), "pink": say("NotesPanel", "pink"),
            "purple": say("NotesPanel", "purple")}


def add_colors(combo: QComboBox) -> None:
    """The colours as choices, a swatch and a name each, with its name (of COLORS) as data."""
    names = color_names()
    for color in COLORS:
        combo.addItem(swatch_icon(HIGHLIGHT_COLORS[color]), names.get(color, color), color)


def parse_tags(text: str) -> list[str]:
    return [t.strip().lstrip("#") for t in text.replace(";", ",").split(",") if t.strip().lstrip("#")]


class NoteDialog(QDialog):
    """A note (Markdown), tags (comma-separated, completed from existing ones) and a colour."""

    def __init__(self, parent, quote: str, known_tags: list[str], note: str = "", tags: list[str] = (),
                 color: str = "yellow") -> None:
        super().__init__(parent)
        self.setWindowTitle(say("NoteDialog", "Note"))
        self.setObjectName("noteDialog")
        # Locking (idle, quick hide) saves a note being written instead of dropping it.
        self.save_when_locking = lambda: bool(self.note.toPlainText().strip())
        passage = QLabel("“" + " ".join(quote.split())[:300] + "”")
        passage.setTextFormat(Qt.TextFormat.PlainText)
        passage.setWordWrap(True)
        self.note = QPlainTextEdit(note)
        self.note.setTabChangesFocus(True)  # Tab goes on to Tags, as in every other form
        self.note.setAccessibleName(say("NoteDialog", "Note (Markdown)"))
        self.note.setPlaceholderText(say("NoteDialog", "What this passage means, who said it, what to check…"))
        self.tags = QLineEdit(", ".join(tags))
        self.tags.setAccessibleName(say("NoteDialog", "Tags, separated by commas"))
        self.tags.setPlaceholderText(say("NoteDialog", "tags, separated by commas"))
        completer = QCompleter(sorted(known_tags), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.color = QComboBox()
        self.color.setAccessibleName(say("NoteDialog", "Colour"))
        add_colors(self.color)
        self.color.setCurrentIndex(max(0, self.color.findData(color)))
        form = QFormLayout(self)
        form.addRow(passage)
        form.addRow(say("NoteDialog", "Note"), self.note)
        form.addRow(say("NoteDialog", "Tags"), self.tags)
        form.addRow(say("NoteDialog", "Colour"), self.color)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, 320)

    def values(self) -> tuple[str, list[str], str]:
        return self.note.toPlainText().strip(), parse_tags(self.tags.text()), self.color.currentData()


# Sort orders: (key of a note, newest/last first?)
SORTS = {
    "newest": (lambda note, panel: note.modified, True),
    "oldest": (lambda note, panel: note.created, False),
    "document": (lambda note, panel: (panel._title(note.document_id), note.start), False),
    "colour": (lambda note, panel: (COLORS.index(note.color), note.created), False),
}


def sort_names() -> dict[str, str]:
    """The sort orders (the keys of SORTS) as the user reads them."""
    return {"newest": say("NotesPanel", "Newest first"), "oldest": say("NotesPanel", "Oldest first"),
            "document": say("NotesPanel", "By document"), "colour": say("NotesPanel", "By colour")}


class NotesModel(QAbstractListModel):
    """Rows: an optional "Needs review" heading, notes to review, then the others.

    Row texts are made only for the rows the view shows.
    """

    def __init__(self, describe, parent=None) -> None:
        super().__init__(parent)
        self._describe = describe  # Annotation -> display text
        self.rows: list[Annotation | str] = []

    def set_notes(self, review: list[Annotation], others: list[Annotation]) -> None:
        self.beginResetModel()
        count = len(review)
        heading = [say_n("NotesModel", "Needs review ({count}): the passage was not found after an update", "",
                         count)] if review else []
        self.rows = [*heading, *review, *others]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index):
        if index.isValid() and isinstance(self.rows[index.row()], str):
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if isinstance(row, str):
            return row if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._describe(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(HIGHLIGHT_COLORS[row.color]).lighter(115))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("black"))
        if role == AnnotationRole:
            return row
        return None


class NotesPanel(QWidget):
    """Emits ``passage_chosen(doc_id, start, end)`` when a note is opened."""

    passage_chosen = Signal(str, int, int)
    entity_chosen = Signal(str)
    reattach_requested = Signal(str)  # annotation id: attach it to the reader's selection
    print_requested = Signal()  # the notes listed, printed or saved as PDF (desktop/ui/printing.py)
    pdf_requested = Signal()

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.library = library
        self.notes: list[Annotation] = []
        self._titles: dict[str, str] = {}
        self._mentioned: dict[str, set[str]] = {}
        self._document_mentions: dict[str, list] = {}
        self._names: dict[str, str] | None = None
        self._keys: list[str] = []

        self.model = NotesModel(self._describe, self)
        self._build_filters()
        self._build_list()
        self._arrange()
        self._connect()
        self.reload()

    # Layout ------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.text = named(QLineEdit(), "notesFilter", say("NotesPanel", "Search notes"))
        self.text.setPlaceholderText(say("NotesPanel", "Search your notes…"))
        self.text.setClearButtonEnabled(True)
        self.tag = named(QComboBox(), "notesTag", say("NotesPanel", "Only notes with tag"))
        self.color = named(QComboBox(), "notesColor", say("NotesPanel", "Only notes of colour"))
        self.color.addItem(say("NotesPanel", "Any colour"), None)
        add_colors(self.color)
        self.document = named(QComboBox(), "notesDocument", say("NotesPanel", "Only notes on document"))
        self.person = named(QComboBox(), "notesPerson", say("NotesPanel", "Only notes mentioning"))
        self.sort = named(QComboBox(), "notesSort", say("NotesPanel", "Sort notes"))
        for key, name in sort_names().items():
            self.sort.addItem(name, key)
        for combo in (self.tag, self.color, self.document, self.person, self.sort):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)

    def _build_list(self) -> None:
        self.list = named(QListView(), "notesList", say("NotesPanel", "Notes"))
        self.list.setModel(self.model)
        # Rows of one height: with 10,000 notes the view must not measure every row.
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(3)
        self.reattach = named(QPushButton(say("NotesPanel", "Re-attach to the selected passage")), "reattachNote",
                              say("NotesPanel", "Re-attach the note to the passage selected in the reader"))
        self.detach = named(QPushButton(say("NotesPanel", "Keep as a note on the document")), "detachNote",
                            say("NotesPanel", "Keep the note on its document, without a passage"))
        self.review = QWidget()
        review = QHBoxLayout(self.review)
        review.setContentsMargins(0, 0, 0, 0)
        review.addWidget(self.reattach)
        review.addWidget(self.detach)
        self.review.hide()
        self.empty = named(QLabel(say("NotesPanel", "No notes yet. Select a passage in the reader and highlight it "
                                                    "(Ctrl+Alt+1 … 5) or add a note (Ctrl+Alt+N).")), "notesEmpty")
        self.empty.setWordWrap(True)

    def _arrange(self) -> None:
        filters = QGridLayout()  # two by two: the panel fits a narrow dock on a laptop screen
        for i, combo in enumerate((self.tag, self.color, self.document, self.person)):
            filters.addWidget(combo, i // 2, i % 2)
        top = QHBoxLayout()
        top.addWidget(self.text)
        top.addWidget(self.sort)
        self.print_button = self._print_button()
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addWidget(self.review)

    def _print_button(self) -> QToolButton:
        button = named(QToolButton(), "notesPrint", say("NotesPanel", "Print or save the notes listed"))
        button.setText(say("NotesPanel", "Print…"))
        button.setToolTip(say("NotesPanel", "Print the notes listed here, or save them as a PDF"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.addAction(say("NotesPanel", "Print these notes…"), self.print_requested.emit)
        menu.addAction(say("NotesPanel", "Save these notes as PDF…"), self.pdf_requested.emit)
        button.setMenu(menu)
        return button

    # Behaviour ---------------------------------------------------------------------------------
    def _connect(self) -> None:
        self.list.activated.connect(self._open)
        self.list.clicked.connect(self._open)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.reattach.clicked.connect(lambda: self.current and self.reattach_requested.emit(self.current.id))
        self.detach.clicked.connect(self._detach)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.apply_filters)
        self.text.textChanged.connect(self._timer.start)
        for combo in (self.tag, self.color, self.document, self.person, self.sort):
            combo.currentIndexChanged.connect(self.apply_filters)

    @property
    def current(self) -> Annotation | None:
        index = self.list.currentIndex()
        return index.data(AnnotationRole) if index.isValid() else None

    def _current_changed(self, *_args) -> None:
        note = self.current
        self.review.setVisible(note is not None and note.status == "needs_review")

    def _detach(self) -> None:
        if self.current is not None:
            self.library.notes.detach(self.current.id)
            self.reload()

    def known_tags(self) -> list[str]:
        return sorted({t for note in self.notes for t in note.tags})

    def reload(self) -> None:
        self.notes = self.library.notes.listing()
        self._mentioned = {}
        # What the text filter looks in, folded once per reload rather than per keystroke.
        self._keys = [f"{n.quote}\n{n.note}\n{' '.join(n.tags)}".casefold() for n in self.notes]
        documents = sorted({n.document_id for n in self.notes})
        people = sorted({name for n in self.notes for name in self._people_in(n)})
        fill_filter_combo(self.tag, say("NotesPanel", "Any tag"), [(f"#{t}", t) for t in self.known_tags()])
        fill_filter_combo(self.document, say("NotesPanel", "Any document"), [(self._title(d), d) for d in documents])
        fill_filter_combo(self.person, say("NotesPanel", "Anyone"), [(p, p) for p in people])
        self.apply_filters()

    def on_notice(self, notice) -> None:
        if notice.kind in (DOCUMENTS, PEOPLE):
            self.forget_mentions()
        if notice.kind == DOCUMENTS:
            self._titles = {}  # a title may have been edited, a document removed or put back
        if notice.kind in (NOTES, DOCUMENTS, PEOPLE):
            self.reload()

    def forget_mentions(self) -> None:
        """After an import or a people curation: who is mentioned where may have changed."""
        self._document_mentions, self._names = {}, None

    def _people_in(self, note: Annotation) -> set[str]:
        """Names of the people and organizations the note is about, or mentioned in its passage."""
        if note.id not in self._mentioned:
            if self._names is None:
                self._names = {p.id: p.name for p in self.library.people.summaries()}
            names = self._names
            if note.target != "passage":
                self._mentioned[note.id] = {names[note.target_id]} if note.target_id in names else set()
                return self._mentioned[note.id]
            if note.document_id not in self._document_mentions:  # one query per document
                self._document_mentions[note.document_id] = self.library.people.mentions_in(note.document_id)
            self._mentioned[note.id] = {
                names[entity_id] for entity_id, start, end in self._document_mentions[note.document_id]
                if entity_id in names and note.start <= start and end <= note.end
            }
        return self._mentioned[note.id]

    def _title(self, doc_id: str) -> str:
        if not doc_id:
            return ""
        if doc_id not in self._titles:
            document = self.library.documents.cited(doc_id)  # a removed one's from the copy kept
            title = visible_controls(document.info.title) if document else doc_id
            if document is not None and self.library.documents.was_removed(doc_id):
                title = say("NotesPanel", "{title} (removed)").format(title=title)
            self._titles[doc_id] = title
        return self._titles[doc_id]

    def apply_filters(self) -> None:
        self._timer.stop()
        text = self.text.text().strip().casefold()
        tag, color = self.tag.currentData(), self.color.currentData()
        document, person = self.document.currentData(), self.person.currentData()
        shown = [n for n, key in zip(self.notes, self._keys)
                 if (not text or text in key)
                 and (tag is None or tag in n.tags) and (color is None or n.color == color)
                 and (document is None or n.document_id == document)
                 and (person is None or person in self._people_in(n))]
        order = SORTS[self.sort.currentData()]
        shown.sort(key=lambda n: order[0](n, self), reverse=order[1])
        review = [n for n in shown if n.status != "anchored"]
        self.model.set_notes(review, [n for n in shown if n.status == "anchored"])
        self.empty.setVisible(not self.notes)
        self.list.setVisible(bool(self.notes))
        self._current_changed()

    def _describe(self, note: Annotation) -> str:
        quote = " ".join(note.quote.split())
        if note.target == "passage":
            lines = [f"“{quote[:160]}{'…' if len(quote) > 160 else ''}”"]
        elif note.target == "entity":
            if self._names is None:
                self._names = {p.id: p.name for p in self.library.people.summaries()}
            name = self._names.get(note.target_id, note.target_id)
            lines = [say("NotesPanel", "Note on {name}").format(name=name)]
        elif note.target == "event":
            lines = [say("NotesPanel", "Note on a timeline event ({event})").format(event=note.target_id)]
        elif quote:
            lines = [say("NotesPanel", "Note on the whole document (was: “{quote}”)").format(quote=quote[:80])]
        else:
            lines = [say("NotesPanel", "Note on the whole document")]
        if note.note:
            lines.append(markdown_as_plain(note.note))  # as written, without its marks
        tags = f"#{' #'.join(note.tags)}  ·  " if note.tags else ""
        title = self._title(note.document_id) if note.document_id else ""
        meta = f"{date_text(note.modified[:10])}  ·  {tags}{title}"
        lines.append(meta)
        return "\n".join(lines)

    def _open(self, index: QModelIndex) -> None:
        note = index.data(AnnotationRole)
        if note is None:
            return
        if note.target == "entity":
            self.entity_chosen.emit(note.target_id)
        elif note.target == "passage" and note.status == "anchored":
            self.passage_chosen.emit(note.document_id, note.start, note.end)
        else:  # a whole document, an event's document, or a passage to review: open the document
            self.passage_chosen.emit(note.document_id, 0, 0)

    def shown_notes(self) -> list[Annotation]:
        return [row for row in self.model.rows if not isinstance(row, str)]
