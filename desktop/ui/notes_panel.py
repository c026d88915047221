"""The notes panel: every highlight and note, filterable, each opening its passage; and the note dialog."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.render.text import visible_controls
from desktop.store.annotations import COLORS, Annotation
from desktop.store.library import Library
from desktop.ui.reader.render import HIGHLIGHT_COLORS

AnnotationRole = Qt.ItemDataRole.UserRole + 1
EMPTY = ("No notes yet. Select a passage in the reader and highlight it (Ctrl+Alt+1 … 5) "
         "or add a note (Ctrl+Alt+N).")


def parse_tags(text: str) -> list[str]:
    return [t.strip().lstrip("#") for t in text.replace(";", ",").split(",") if t.strip().lstrip("#")]


class NoteDialog(QDialog):
    """A note (Markdown), tags (comma-separated, completed from existing ones) and a colour."""

    def __init__(self, parent, quote: str, known_tags: list[str], note: str = "", tags: list[str] = (),
                 color: str = "yellow") -> None:
        super().__init__(parent)
        self.setWindowTitle("Note")
        self.setObjectName("noteDialog")
        passage = QLabel("“" + " ".join(quote.split())[:300] + "”")
        passage.setTextFormat(Qt.TextFormat.PlainText)
        passage.setWordWrap(True)
        self.note = QPlainTextEdit(note)
        self.note.setAccessibleName("Note (Markdown)")
        self.note.setPlaceholderText("What this passage means, who said it, what to check…")
        self.tags = QLineEdit(", ".join(tags))
        self.tags.setAccessibleName("Tags, separated by commas")
        self.tags.setPlaceholderText("tags, separated by commas")
        completer = QCompleter(sorted(known_tags), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.color = QComboBox()
        self.color.setAccessibleName("Colour")
        self.color.addItems(list(COLORS))
        self.color.setCurrentText(color)
        form = QFormLayout(self)
        form.addRow(passage)
        form.addRow("Note", self.note)
        form.addRow("Tags", self.tags)
        form.addRow("Colour", self.color)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, 320)

    def values(self) -> tuple[str, list[str], str]:
        return self.note.toPlainText().strip(), parse_tags(self.tags.text()), self.color.currentText()


class NotesPanel(QWidget):
    """Emits ``passage_chosen(doc_id, start, end)`` when a note is opened."""

    passage_chosen = Signal(str, int, int)

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.library = library
        self.notes: list[Annotation] = []
        self._titles: dict[str, str] = {}

        self.text = QLineEdit()
        self.text.setObjectName("notesFilter")
        self.text.setPlaceholderText("Search your notes…")
        self.text.setAccessibleName("Search notes")
        self.text.setClearButtonEnabled(True)
        self.tag = QComboBox()
        self.tag.setObjectName("notesTag")
        self.tag.setAccessibleName("Only notes with tag")
        self.color = QComboBox()
        self.color.setObjectName("notesColor")
        self.color.setAccessibleName("Only notes of colour")
        self.color.addItem("Any colour", None)
        for name in COLORS:
            self.color.addItem(name, name)
        self.list = QListWidget()
        self.list.setObjectName("notesList")
        self.list.setAccessibleName("Notes")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        self.empty = QLabel(EMPTY)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("notesEmpty")

        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.apply_filters)
        self.text.textChanged.connect(self._timer.start)
        self.tag.currentIndexChanged.connect(self.apply_filters)
        self.color.currentIndexChanged.connect(self.apply_filters)

        filters = QHBoxLayout()
        filters.addWidget(self.tag)
        filters.addWidget(self.color)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.text)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        self.reload()

    def known_tags(self) -> list[str]:
        return sorted({t for note in self.notes for t in note.tags})

    def reload(self) -> None:
        self.notes = self.library.annotations()
        keep = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem("Any tag", None)
        for name in self.known_tags():
            self.tag.addItem(f"#{name}", name)
        self.tag.setCurrentIndex(max(0, self.tag.findData(keep)) if keep else 0)
        self.tag.blockSignals(False)
        self.apply_filters()

    def _title(self, doc_id: str) -> str:
        if doc_id not in self._titles:
            document = self.library.document(doc_id)
            self._titles[doc_id] = visible_controls(document.info.title) if document else doc_id
        return self._titles[doc_id]

    def apply_filters(self) -> None:
        self._timer.stop()
        text = self.text.text().strip().casefold()
        tag, color = self.tag.currentData(), self.color.currentData()
        shown = [n for n in self.notes
                 if (not text or text in f"{n.quote}\n{n.note}\n{' '.join(n.tags)}".casefold())
                 and (tag is None or tag in n.tags) and (color is None or n.color == color)]
        review = [n for n in shown if n.status != "anchored"]
        self.list.clear()
        if review:
            header = QListWidgetItem(f"Needs review ({len(review)}): the passage was not found after an update")
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(header)
            for note in review:
                self._add(note)
        for note in shown:
            if note.status == "anchored":
                self._add(note)
        self.empty.setVisible(not self.notes)
        self.list.setVisible(bool(self.notes))

    def _add(self, note: Annotation) -> None:
        quote = " ".join(note.quote.split())
        lines = [f"“{quote[:160]}{'…' if len(quote) > 160 else ''}”"]
        if note.note:
            lines.append(note.note)
        meta = self._title(note.document_id) + (f"  #{' #'.join(note.tags)}" if note.tags else "")
        lines.append(meta)
        item = QListWidgetItem("\n".join(lines))
        item.setData(AnnotationRole, note)
        item.setBackground(QBrush(QColor(HIGHLIGHT_COLORS[note.color]).lighter(115)))
        item.setForeground(QBrush(QColor("black")))
        self.list.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        note = item.data(AnnotationRole)
        if note is not None:
            self.passage_chosen.emit(note.document_id, note.start, note.end)

    def shown_notes(self) -> list[Annotation]:
        return [self.list.item(i).data(AnnotationRole) for i in range(self.list.count())
                if self.list.item(i).data(AnnotationRole) is not None]
