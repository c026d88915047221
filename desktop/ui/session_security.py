"""The session's protection actions: the Security dialog, encrypting the notes, changing the
passphrase, deleting the notes. Part of ``Session`` (desktop/ui/session.py), kept apart so each
module has one job.

Encrypting and changing the passphrase run as background operations. What they have to say
after a Quick hide (or with no window open) waits until Ekasar is shown again: nothing the user
hid comes back on screen by itself.
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop import APP_NAME
from desktop.security.wrap import WrongPassphrase
from desktop.ui.export_where import forget_export_folder
from desktop.ui.lock_screen import LockScreen
from desktop.ui.operation import Operation
from desktop.ui.passphrase_dialog import PassphraseDialog
from desktop.ui.security_dialog import SecurityDialog
from desktop.wording import say


class SessionSecurity:
    """Mixed into ``Session``: uses its window, lock screen, notebook and opening and closing."""

    def show_security(self) -> None:
        dialog = SecurityDialog(self.window, self.notebook, self.prefs)
        dialog.encrypt_requested.connect(lambda: QTimer.singleShot(0, self.encrypt))
        dialog.change_passphrase_requested.connect(lambda: QTimer.singleShot(0, self.change_passphrase))
        dialog.delete_requested.connect(lambda: QTimer.singleShot(0, self.delete_notes))
        dialog.exec()
        self.apply_appearance()
        self._arm_idle()

    # Encrypting -------------------------------------------------------------------------------
    def encrypt(self, passphrase: str | None = None) -> Operation | None:
        """Encrypt the notes (asks for a passphrase unless given) off the UI thread: the window
        closes, a plain screen says what is happening, and the window reopens as it was. The
        work starts once every connection of the closed window is closed. Returns the operation
        (None when the question was declined)."""
        if passphrase is None:
            dialog = PassphraseDialog(self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            _, passphrase = dialog.values()
        operation = Operation(lambda _progress: self.notebook.encrypt(passphrase), "encrypt",
                              on_done=self._encrypted, on_failed=self._not_encrypted,
                              discard=lambda key: key.wipe())
        self._close_window(then=operation.start)
        self._show_busy(say("SessionSecurity", "Encrypting your notes…"))
        return operation

    def _encrypted(self, key) -> None:
        from desktop.ui.settings import confine_qt_settings

        confine_qt_settings(self.data_dir)  # Qt's file-dialog history is no longer written
        forget_export_folder(self.settings)  # nor where the notes were exported to
        hidden = self._busy_hidden()
        self._dismiss_lock_screen()
        if hidden:  # Quick hide meanwhile: nothing comes back on screen; the notes are locked
            key.wipe()
            self._show_lock_screen(minimized=True)
            return
        self._open(key)
        self.window.statusBar().showMessage(
            say("SessionSecurity", "Your notes are encrypted. Ctrl+L locks them."), 10000)

    def _not_encrypted(self, error: BaseException) -> None:
        hidden = self._busy_hidden()
        self._dismiss_lock_screen()
        title = say("SessionSecurity", "Encrypt your notes")
        message = say("SessionSecurity", "Your notes could not be encrypted and are as they were: {error}").format(
            error=error)
        if hidden:
            self._deferred.append((title, message))
            self._show_lock_screen(minimized=True)
            return
        self._open(None)
        self._tell(title, message)

    def _busy_hidden(self) -> bool:
        return self.lock_screen is not None and (self.lock_screen.isMinimized() or not self.lock_screen.isVisible())

    def _show_busy(self, message: str) -> None:
        """Between closing the window and opening it again: a screen with nothing of the user's."""
        self.lock_screen = LockScreen(False, self._title(APP_NAME), self.prefs.neutral_title())
        self.lock_screen.busy(message)
        self.lock_screen.show()

    # The passphrase ------------------------------------------------------------------------------
    def change_passphrase(self) -> Operation | None:
        """Re-wrap the key under a new passphrase off the UI thread (both are derived: seconds)."""
        dialog = PassphraseDialog(self.window, change=True, title=say("SessionSecurity", "Change the passphrase"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        current, new = dialog.values()
        self.window.statusBar().showMessage(say("SessionSecurity", "Changing the passphrase…"))
        return Operation(lambda _progress: self.notebook.change_passphrase(current, new), "change passphrase",
                         on_done=lambda _result: self._passphrase_changed(),
                         on_failed=self._passphrase_not_changed).start()

    def _passphrase_changed(self) -> None:
        if self.window is not None and self.window.isVisible():
            self.window.statusBar().showMessage(say("SessionSecurity", "Passphrase changed"), 8000)
        else:
            self._deferred.append((say("SessionSecurity", "Change the passphrase"),
                                   say("SessionSecurity", "The passphrase was changed.")))

    def _passphrase_not_changed(self, error: BaseException) -> None:
        if self.window is not None:
            self.window.statusBar().clearMessage()
        title = say("SessionSecurity", "Change the passphrase")
        if isinstance(error, WrongPassphrase):
            self._tell(title, say("SessionSecurity", "The current passphrase is not right; nothing was changed."))
        else:
            self._tell(title, say("SessionSecurity", "The passphrase could not be changed: {error}").format(
                error=error))

    # Deleting ------------------------------------------------------------------------------------
    def delete_notes(self) -> None:
        """Never waits and is never refused: another Ekasar still writing finds its notebook gone
        and saves nothing more (NotebookReplaced)."""
        self._close_window()
        forget_export_folder(self.settings)
        try:
            self.notebook.delete_notes()
        finally:
            self._open(None)
        self.window.statusBar().showMessage(say("SessionSecurity", "Your notes are deleted."), 10000)

    # Telling -------------------------------------------------------------------------------------
    def _tell(self, title: str, text: str) -> None:
        """A message in the window; kept for when the window is next shown if there is none."""
        if self.window is None or not self.window.isVisible():
            self._deferred.append((title, text))
            return
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("securityMessage")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def _tell_deferred(self) -> None:
        deferred, self._deferred = self._deferred, []
        for title, text in deferred:
            self._tell(title, text)
