"""The window shown while the notebook is locked: a passphrase field and nothing of the user's."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.passphrase_dialog import password_field
from desktop.wording import say


def _heading(encrypted: bool, neutral: bool) -> str:
    if neutral:
        return say("LockScreen", "Locked") if encrypted else say("LockScreen", "Hidden")
    return say("LockScreen", "Ekasar is locked") if encrypted else say("LockScreen", "Ekasar is hidden")


class LockScreen(QWidget):
    unlock_requested = Signal(str)  # the passphrase typed
    show_requested = Signal()  # a plain notebook: just show the window again

    def __init__(self, encrypted: bool, title: str, neutral: bool = False) -> None:
        """``neutral``: nothing on it names Ekasar (Security → neutral title)."""
        super().__init__()
        self.setObjectName("lockScreen")
        self.setWindowTitle(title)
        self.encrypted, self.neutral = encrypted, neutral
        self.heading = heading = QLabel(_heading(encrypted, neutral), objectName="lockHeading")
        self.setAccessibleName(heading.text())
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        heading.setFont(font)
        self.message = QLabel(objectName="lockMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = password_field("unlockPassphrase", say("LockScreen", "Passphrase"))
        self.field.setPlaceholderText(say("LockScreen", "Passphrase"))
        shown = say("LockScreen", "Show") if neutral else say("LockScreen", "Show Ekasar")
        self.button = QPushButton(say("LockScreen", "Unlock") if encrypted else shown, objectName="unlockButton")
        self.button.setDefault(True)
        self.field.returnPressed.connect(self._submit)
        self.button.clicked.connect(self._submit)
        self.field.setVisible(encrypted)
        layout = QVBoxLayout(self)
        layout.addStretch()
        for widget in (heading, self.field, self.button):
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message)  # full width, so a wrapped message is never clipped
        layout.addStretch()
        self.field.setMinimumWidth(320)
        self.resize(520, 320)

    def _submit(self) -> None:
        if not self.encrypted:
            self.show_requested.emit()
            return
        passphrase = self.field.text()
        self.field.clear()
        if passphrase:
            self.message.setText(say("LockScreen", "Unlocking…"))
            self.repaint()
            self.unlock_requested.emit(passphrase)

    def busy(self, message: str) -> None:
        """Work under way with no window open (encrypting, preparing the archive): say what,
        offer nothing to press."""
        self.heading.setText(self.windowTitle())  # Ekasar, or the neutral name
        self.field.hide()
        self.button.hide()
        self.message.setText(message)

    def set_waiting(self, waiting: bool) -> None:
        """While a passphrase is being checked, no second one can be sent."""
        self.field.setEnabled(not waiting)
        self.button.setEnabled(not waiting)

    def refused(self, message: str) -> None:
        self.set_waiting(False)
        self.message.setText(message)
        self.field.setFocus()
