"""Protection settings (auto-lock, quick hide, clearing the clipboard, neutral title, wipe after
failed unlocks) and the "Delete my notes" confirmation."""

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.services.notebook import CONFIRM_WORD, Notebook
from desktop.ui.security_prefs import SecurityPrefs, neutral_name
from desktop.ui.widgets import CountSpinBox
from desktop.wording import say


class SecurityDialog(QDialog):
    encrypt_requested = Signal()
    change_passphrase_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent, notebook: Notebook, prefs: SecurityPrefs) -> None:
        super().__init__(parent)
        self.setObjectName("securityDialog")
        self.setWindowTitle(say("SecurityDialog", "Security"))
        self.notebook, self.prefs = notebook, prefs
        encrypted = notebook.is_encrypted()
        status = QLabel(say("SecurityDialog", "Your notes are encrypted with your passphrase.") if encrypted else
                        say("SecurityDialog",
                            "Your notes are not encrypted: anyone with this computer or stick can read them."),
                        objectName="encryptionStatus")
        status.setWordWrap(True)
        encrypt = QPushButton(say("SecurityDialog", "Change passphrase…") if encrypted else
                              say("SecurityDialog", "Encrypt my notes…"), objectName="encryptButton")
        encrypt.clicked.connect(self.change_passphrase_requested if encrypted else self.encrypt_requested)
        encrypt.clicked.connect(self.accept)

        self._make_fields(prefs, notebook, encrypted)
        delete = QPushButton(say("SecurityDialog", "Delete my notes…"), objectName="deleteNotesButton")
        delete.setAutoDefault(False)
        delete.clicked.connect(self._confirm_delete)

        form = QFormLayout()
        form.addRow(say("SecurityDialog", "Lock after idle:"), self.auto_lock)
        form.addRow(self.screen_lock)
        form.addRow(say("SecurityDialog", "Quick hide:"), self.quick_hide)
        form.addRow(say("SecurityDialog", "Clear copied text after:"), self.clear_clipboard)
        form.addRow(self.neutral)
        form.addRow(self.private_titles)
        wipe_row = QHBoxLayout()
        wipe_row.addWidget(self.wipe)
        wipe_row.addWidget(self.wipe_count)
        form.addRow(wipe_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(status)
        layout.addWidget(encrypt, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(delete, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)

    def _make_fields(self, prefs: SecurityPrefs, notebook: Notebook, encrypted: bool) -> None:
        """The settings' fields, filled with what is saved (locking settings only once encrypted)."""
        self.auto_lock = _count_field("autoLockMinutes", 240, say("SecurityDialog", " min"),
                                      say("SecurityDialog", "never"), prefs.auto_lock_minutes(),
                                      say("SecurityDialog", "Lock after this many idle minutes"))
        self.screen_lock = QCheckBox(say("SecurityDialog", "Lock when the screen locks or the computer sleeps"),
                                     objectName="lockOnScreenLock")
        self.screen_lock.setChecked(prefs.lock_on_screen_lock())
        self.quick_hide = QKeySequenceEdit(QKeySequence(prefs.quick_hide_keys()), objectName="quickHideKeys")
        self.quick_hide.setAccessibleName(say("SecurityDialog", "Quick hide shortcut"))
        self.clear_clipboard = _count_field("clearClipboardSeconds", 600, say("SecurityDialog", " s"),
                                            say("SecurityDialog", "only when locking"),
                                            prefs.clear_clipboard_seconds(),
                                            say("SecurityDialog",
                                                "Clear text copied from Ekasar after this many seconds"))
        neutral = say("SecurityDialog", "Show a neutral title (“{name}”) and icon in the task bar")
        self.neutral = QCheckBox(neutral.format(name=neutral_name()), objectName="neutralTitle")
        self.neutral.setChecked(prefs.neutral_title())
        self.neutral.setToolTip(say("SecurityDialog", "Titles and the icon change at once; the name the task bar "
                                                      "groups windows by changes at the next start"))
        self.private_titles = QCheckBox(say("SecurityDialog", "Keep document titles out of the window title"),
                                        objectName="privateTitles")
        self.private_titles.setToolTip(say("SecurityDialog", "The task bar and screen shares show “Ekasar”, not "
                                                             "what you are reading"))
        self.private_titles.setChecked(prefs.private_titles(encrypted))
        policy = notebook.policy()
        self.wipe = QCheckBox(say("SecurityDialog", "Delete the notes after this many wrong passphrases:"),
                              objectName="wipeAfter")
        self.wipe.setChecked(bool(policy.wipe_after))
        self.wipe.setEnabled(encrypted)
        self.wipe_count = CountSpinBox(objectName="wipeAfterCount", minimum=3, maximum=50)
        self.wipe_count.setValue(policy.wipe_after or 10)
        self.wipe_count.setAccessibleName(say("SecurityDialog", "Wrong passphrases before the notes are deleted"))
        self.wipe.toggled.connect(self._warn_about_wiping)
        for widget in (self.auto_lock, self.screen_lock):
            widget.setEnabled(encrypted)

    def _warn_about_wiping(self, on: bool) -> None:
        if not on:
            return
        answer = QMessageBox.warning(
            self, say("SecurityDialog", "Delete notes after wrong passphrases?"),
            say("SecurityDialog",
                "After this many wrong passphrases in a row, Ekasar deletes your notes for good. Someone "
                "who takes your computer can trigger it on purpose, and so can you, by mistyping. "
                "Keep an encrypted export somewhere safe if you turn this on."),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Ok:
            self.wipe.setChecked(False)

    def _save(self) -> None:
        keys = self.quick_hide.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        self.prefs.save(auto_lock_minutes=self.auto_lock.value(), lock_on_screen_lock=self.screen_lock.isChecked(),
                        quick_hide_keys=keys or self.prefs.quick_hide_keys(), neutral_title=self.neutral.isChecked(),
                        clear_clipboard_seconds=self.clear_clipboard.value(),
                        private_titles=self.private_titles.isChecked())
        if self.notebook.is_encrypted():
            self.notebook.set_wipe_after(self.wipe_count.value() if self.wipe.isChecked() else 0)
        self.accept()

    def _confirm_delete(self) -> None:
        if DeleteConfirmation(self).exec() == QDialog.DialogCode.Accepted:
            self.delete_requested.emit()
            self.accept()


def _count_field(name: str, maximum: int, suffix: str, at_zero: str, value: int, accessible: str) -> QSpinBox:
    """A spin box from 0 (shown as ``at_zero``: the setting is off) to ``maximum``."""
    field = CountSpinBox(objectName=name, minimum=0, maximum=maximum, suffix=suffix)
    field.setSpecialValueText(at_zero)
    field.setValue(value)
    field.setAccessibleName(accessible)
    return field


def confirm_word() -> str:
    """The word typed to confirm, in the interface language; the English one if a translation
    is too short to need more than a key or two."""
    word = say("DeleteConfirmation", "DELETE")
    return word if len(word.strip()) >= 3 else CONFIRM_WORD


# Khmer vowels typed as two parts look the same as the one character: េ + ា is ោ, េ + ី is ើ.
SAME_LOOKING = (("\u17c1\u17b6", "\u17c4"), ("\u17c1\u17b8", "\u17be"))
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def _as_typed(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(INVISIBLE).strip()
    for parts, vowel in SAME_LOOKING:
        text = text.replace(parts, vowel)
    return text


def confirms(typed: str, word: str) -> bool:
    """Whether ``typed`` is the confirmation word as shown, or the English one (a keyboard
    without Khmer can still delete the notes from the Khmer interface)."""
    return _as_typed(typed) in (_as_typed(word), CONFIRM_WORD)


class DeleteConfirmation(QDialog):
    """Asks for a typed word: no single key (Enter, Space, Y) can delete the notes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteConfirmation")
        self.setWindowTitle(say("DeleteConfirmation", "Delete my notes"))
        self.confirm_word = word = confirm_word()
        text = QLabel(say("DeleteConfirmation",
                          "This destroys your notes, highlights, imported documents, reading places and their "
                          "backups on this computer. It cannot be undone.\n\nType {word} to confirm.").format(
            word=word))
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the word can be copied
        self.word = QLineEdit(objectName="deleteWord")
        self.word.setAccessibleName(say("DeleteConfirmation", "Type {word} to confirm").format(word=word))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete = self.buttons.addButton(say("DeleteConfirmation", "Delete my notes"),
                                             QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete.setObjectName("confirmDelete")
        self.delete.setEnabled(False)
        self.delete.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.word.textChanged.connect(lambda text: self.delete.setEnabled(confirms(text, word)))
        self.delete.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.word)
        layout.addWidget(self.buttons)
