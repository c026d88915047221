"""Library → Document details…: an imported document's title, author, publisher, date and kind, and any
document's tags and collections. An archive document's details are shown, not editable.

What OK stores is what the user changed against what the dialog showed: the fields whose text
differs, the tags added and taken off, the collections checked and unchecked. A field left alone
is never rewritten (nor marked edited), and a detail or tag changed meanwhile by another Ekasar
(``ekasar edit``, ``ekasar tag``) is kept."""

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
)

from desktop.render.text import visible_controls
from desktop.store.document_edits import DocumentEditError, clean_details
from desktop.store.documents import Document
from desktop.ui.notes_panel import parse_tags
from desktop.ui.widgets import named
from desktop.wording import say


@dataclass(frozen=True)
class DocumentChoices:
    """What the dialog offers: known kinds and tags to complete, every collection, and the document's own."""

    kinds: list[str]
    known_tags: list[str]
    collections: list[str]
    tags: list[str]
    member_of: list[str]


def field_names() -> dict[str, str]:
    return {"title": say("DocumentDialog", "Title"), "author": say("DocumentDialog", "Author"),
            "publisher": say("DocumentDialog", "Publisher"), "date": say("DocumentDialog", "Date"),
            "kind": say("DocumentDialog", "Kind")}


class DocumentDialog(QDialog):
    def __init__(self, parent, document: Document, editable: bool, choices: DocumentChoices) -> None:
        super().__init__(parent)
        self.setWindowTitle(say("DocumentDialog", "Document details"))
        self.setObjectName("documentDialog")
        self.document, self.editable = document, editable
        self.details: dict[str, str | None] = {}
        info = document.info
        self.fields = {name: named(QLineEdit(getattr(info, name) or ""), f"document{name.title()}", label)
                       for name, label in field_names().items() if name != "kind"}
        self.fields["date"].setPlaceholderText(say("DocumentDialog", "YYYY, YYYY-MM or YYYY-MM-DD"))
        self.kind = named(QComboBox(), "documentKind", say("DocumentDialog", "Kind"))
        self.kind.setEditable(True)
        self.kind.addItems(choices.kinds)
        self.kind.setCurrentText(info.kind or "")
        for widget in (*self.fields.values(), self.kind):
            widget.setEnabled(editable)
        self.tags = named(QLineEdit(", ".join(choices.tags)), "documentTags",
                          say("DocumentDialog", "Tags, separated by commas"))
        self.tags.setPlaceholderText(say("DocumentDialog", "tags, separated by commas"))
        completer = QCompleter(sorted(choices.known_tags), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.collections = named(QListWidget(), "documentCollections", say("DocumentDialog", "Collections"))
        for name in choices.collections:
            item = QListWidgetItem(visible_controls(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in choices.member_of else Qt.CheckState.Unchecked)
            self.collections.addItem(item)
        self.collections.setMaximumHeight(120)
        self.problem = named(QLabel(), "documentProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000")
        self.problem.hide()
        self._arrange()
        self._shown_details, self._shown_tags = self._typed_details(), self.tags.text()
        shown = self._typed()
        # Locking (idle, quick hide) keeps what was changed, when it can be stored, instead of dropping it.
        self.save_when_locking = lambda: self._typed() != shown and self._storable()

    def _arrange(self) -> None:
        form = QFormLayout(self)
        if not self.editable:
            note = named(QLabel(say("DocumentDialog", "This document is in the archive, which is read-only: its "
                                                      "details cannot be changed. You can still tag it and put it "
                                                      "in collections.")), "documentReadOnly")
            note.setWordWrap(True)
            form.addRow(note)
        labels = field_names()
        for name in ("title", "author", "publisher", "date"):
            form.addRow(labels[name], self.fields[name])
        form.addRow(labels["kind"], self.kind)
        identity = QLabel(self.document.info.id)
        identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(say("DocumentDialog", "Document id"), identity)
        fingerprint = QLabel(self.document.text_sha256, objectName="documentFingerprint")
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fingerprint.setWordWrap(True)  # 64 hex digits: wrapped rather than widening the dialog
        fingerprint.setToolTip(say("DocumentDialog", "The SHA-256 of the reading text: the same text always has "
                                                     "the same fingerprint"))
        form.addRow(say("DocumentDialog", "Text fingerprint (SHA-256)"), fingerprint)
        form.addRow(say("DocumentDialog", "Tags"), self.tags)
        form.addRow(say("DocumentDialog", "Collections"), self.collections)
        if not self.collections.count():
            self.collections.hide()
            form.labelForField(self.collections).hide()
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, 0)

    def _typed(self) -> tuple:
        details = tuple(field.text() for field in self.fields.values())
        return details, self.kind.currentText(), self.tags.text(), frozenset(self.chosen_collections())

    def _typed_details(self) -> dict[str, str]:
        return {**{name: field.text() for name, field in self.fields.items()}, "kind": self.kind.currentText()}

    def _details(self) -> dict[str, str | None]:
        """The fields changed since the dialog opened, as they are stored.

        :raises DocumentEditError: what is typed cannot be stored (and why)."""
        return clean_details({name: text for name, text in self._typed_details().items()
                              if text != self._shown_details[name]})

    def _storable(self) -> bool:
        try:
            return not self.editable or self._details() is not None
        except DocumentEditError:
            return False

    def accept(self) -> None:
        """Closes only with values that can be stored; otherwise says what is wrong."""
        if self.editable:
            try:
                self.details = self._details()
            except DocumentEditError as error:
                self.problem.setText(str(error))
                self.problem.show()
                return
        super().accept()

    def chosen_tags(self) -> list[str]:
        return parse_tags(self.tags.text())

    def tag_changes(self) -> tuple[list[str], list[str]]:
        """(added, taken off): the tags typed against those the dialog showed (the same tag whatever
        its case or spacing)."""
        def keyed(tags: list[str]) -> dict[str, str]:
            return {" ".join(tag.split()).casefold(): tag for tag in tags}
        shown, typed = keyed(parse_tags(self._shown_tags)), keyed(self.chosen_tags())
        return [tag for key, tag in typed.items() if key not in shown], [tag for key, tag in shown.items()
                                                                        if key not in typed]

    def chosen_collections(self) -> set[str]:
        items = [self.collections.item(row) for row in range(self.collections.count())]
        return {item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked}
