"""Choosing a passphrase (twice), or changing it: the fields never echo, and are cleared after use."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.wording import say, say_n

MIN_LENGTH = 8


def password_field(name: str, accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PassphraseDialog(QDialog):
    """``change=True`` also asks for the current passphrase."""

    def __init__(self, parent=None, change: bool = False, title: str | None = None) -> None:
        """``title`` defaults to "Encrypt your notes"."""
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title or say("PassphraseDialog", "Encrypt your notes"))
        explanation = QLabel(say(
            "PassphraseDialog",
            "Your notes, highlights, imported documents and reading places will be encrypted with this "
            "passphrase. Choose one you can remember: <b>if it is lost, nobody can recover the notes</b>, "
            "not even with Ekasar. A few unusual words are stronger than one short word."))
        explanation.setWordWrap(True)
        self.current = password_field("currentPassphrase", say("PassphraseDialog", "Current passphrase")) \
            if change else None
        self.first = password_field("newPassphrase", say("PassphraseDialog", "New passphrase"))
        self.second = password_field("repeatPassphrase", say("PassphraseDialog", "New passphrase again"))
        self.problem = QLabel(objectName="passphraseProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        if self.current is not None:
            form.addRow(say("PassphraseDialog", "Current passphrase:"), self.current)
        form.addRow(say("PassphraseDialog", "New passphrase:"), self.first)
        form.addRow(say("PassphraseDialog", "Again:"), self.second)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if len(self.first.text()) < MIN_LENGTH:
            self.problem.setText(say_n("PassphraseDialog", "Use at least {count} characters.", "", MIN_LENGTH))
        elif self.first.text() != self.second.text():
            self.problem.setText(say("PassphraseDialog", "The two passphrases are not the same."))
        else:
            self.accept()

    def values(self) -> tuple[str | None, str]:
        """(current or None, new); the fields are cleared."""
        values = (self.current.text() if self.current else None, self.first.text())
        for field in (self.current, self.first, self.second):
            if field is not None:
                field.clear()
        return values
