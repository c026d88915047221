"""The export dialog's privacy choices: what to leave out, and whether to seal the export with a passphrase."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.wording import say


class PrivacyChoices(QGroupBox):
    def __init__(self) -> None:
        super().__init__(say("ExportDialog", "What to leave out, and protection"))
        self.without_metadata = QCheckBox(say("ExportDialog", "Leave out dates, times and device details"))
        self.without_metadata.setObjectName("exportWithoutMetadata")
        self.without_metadata.setToolTip(say("ExportDialog", "No export date, no note dates, no Ekasar version; "
                                             "the folder's name and file times say nothing either"))
        self.quotes_only = QCheckBox(say("ExportDialog", "Quotes only (leave out my notes)"))
        self.quotes_only.setObjectName("exportQuotesOnly")
        self.quotes_only.setToolTip(say("ExportDialog", "Only the quoted passages and their sources: no note text, "
                                        "no tags, one colour; notes without a quote are left out"))
        self.encrypt = QCheckBox(say("ExportDialog", "Encrypt with a passphrase"))
        self.encrypt.setObjectName("exportEncrypt")
        self.encryption = QWidget()
        self.encryption.setObjectName("exportEncryption")
        explanation = QLabel(say(
            "ExportDialog",
            "The export becomes one file (.ekasar-sealed). Only Ekasar, or the standard recipe in "
            "docs/security-formats.md, can open it, and only with this passphrase. Nobody can recover "
            "a forgotten passphrase. A phrase of several words is best; tell it to the reader in person, "
            "not on the same stick."))
        explanation.setObjectName("exportEncryptionExplanation")
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("exportPassphrase")
        self.passphrase.setAccessibleName(say("ExportDialog", "Passphrase"))
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setObjectName("exportPassphraseAgain")
        self.passphrase_again.setAccessibleName(say("ExportDialog", "Passphrase again"))
        for field in (self.passphrase, self.passphrase_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        fields = QFormLayout()
        fields.addRow(say("ExportDialog", "Passphrase"), self.passphrase)
        fields.addRow(say("ExportDialog", "Again"), self.passphrase_again)
        column = QVBoxLayout(self.encryption)  # a wrapped label gets its full height here, not in a form row
        column.setContentsMargins(24, 0, 0, 0)
        column.addWidget(explanation)
        column.addLayout(fields)
        self.encryption.setVisible(False)
        self.encrypt.toggled.connect(self.encryption.setVisible)
        box = QVBoxLayout(self)
        for widget in (self.without_metadata, self.quotes_only, self.encrypt, self.encryption):
            box.addWidget(widget)

    def passphrase_problem(self) -> str | None:
        if not self.encrypt.isChecked():
            return None
        if not self.passphrase.text():
            return say("ExportDialog", "Type a passphrase to encrypt the export with, twice.")
        if self.passphrase.text() != self.passphrase_again.text():
            return say("ExportDialog", "The two passphrases differ. Type the same passphrase in both fields.")
        return None
