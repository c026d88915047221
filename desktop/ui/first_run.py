"""The first-run question: encrypt the notes with a passphrase?"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.wording import say


def ask_to_encrypt(parent) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, say("FirstRun", "Protect your notes?"),
                      say("FirstRun", "Ekasar can encrypt your notes, highlights, imported documents and reading "
                          "places with a passphrase, so that nobody who takes this computer or stick can read them."),
                      parent=parent)
    box.setObjectName("firstRunEncrypt")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(say("FirstRun", "You can also do this later: File → Security…"))
    encrypt = box.addButton(say("FirstRun", "Encrypt my notes…"), QMessageBox.ButtonRole.AcceptRole)
    encrypt.setObjectName("encryptNow")
    later = box.addButton(say("FirstRun", "Not now"), QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("encryptLater")
    box.setDefaultButton(encrypt)
    box.exec()
    return box.clickedButton() is encrypt
