"""The window's life around the notebook: unlocking, locking (now, when idle, when the screen
locks), quick hide, encrypting, changing the passphrase and deleting the notes.

Locking closes the main window (it saves where the user was, in the notebook),
closes every connection, wipes the data key and shows the lock screen; nothing
of the user's stays in a widget. Unlocking opens a new main window, which
reopens the document at the place it was left.
"""

import gc
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop import APP_NAME
from desktop.services.notebook import Notebook, NotebookWiped
from desktop.security.wrap import DamagedKey, WrongPassphrase
from desktop.errors import EkasarError
from desktop.services.locate import locate_archive, open_library
from desktop.ui.lock_screen import LockScreen
from desktop.ui.operation import Operation, after_running_work, cancel_all, wait_for_all
from desktop.ui.screen_lock_watcher import ScreenLockWatcher
from desktop.ui.security_prefs import SecurityPrefs
from desktop.ui.session_appearance import SessionAppearance
from desktop.ui.session_language import RELABEL_WAIT_MS, SessionLanguage
from desktop.ui.session_security import SessionSecurity
from desktop.wording import number, say, say_n

USER_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                        QEvent.Type.Wheel, QEvent.Type.TouchBegin})

UI_SWITCH_INTERVAL_S = 0.001


class Session(SessionAppearance, SessionSecurity, SessionLanguage, QObject):
    def __init__(self, data_dir: Path, archive: str | None, settings, make_window: Callable,
                 on_opened: Callable | None = None) -> None:
        """``make_window(library, settings)`` builds the main window; ``on_opened(window, library)``
        runs after each (re)opening."""
        super().__init__()
        # Background work (an import, a search) runs Python beside the UI thread; handing the
        # interpreter over every millisecond rather than every five keeps locking, quick hide and
        # typing prompt while it runs.
        sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
        self.data_dir, self.archive, self.settings = data_dir, archive, settings
        self.notebook = Notebook(data_dir)
        self.prefs = SecurityPrefs(settings)
        self._make_window, self._on_opened = make_window, on_opened
        self.key = self.library = self.window = self.lock_screen = None
        self.unlocking: Operation | None = None  # a key being derived for the lock screen
        self.preparing: Operation | None = None  # the archive being built at first start
        self._deferred: list[tuple[str, str]] = []  # messages for when Ekasar is shown again
        self.idle = QTimer(self, singleShot=True, objectName="autoLockTimer")
        self.idle.timeout.connect(self.lock)
        self.relabel_timer = QTimer(self, interval=RELABEL_WAIT_MS, objectName="languageTimer")
        self.relabel_timer.timeout.connect(self._relabel_when_free)  # desktop/ui/session_language.py
        self._copied: str | None = None  # the last text Ekasar put on the clipboard
        self.clipboard_timer = QTimer(self, singleShot=True, objectName="clearClipboardTimer")
        self.clipboard_timer.timeout.connect(self._forget_clipboard)
        QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)
        QApplication.instance().installEventFilter(self)
        self.screen_watcher = ScreenLockWatcher(self)
        self.screen_watcher.locking.connect(self._screen_locking)
        self._app_icon = QApplication.windowIcon()

    # Opening and closing ---------------------------------------------------------------
    def start(self, build_in_background: bool = False) -> str | None:
        """Show the lock screen or the window; return a message about a recovered interruption.
        An archive still to be built from the bundled seeds is built first: off the UI thread
        behind a plain screen with ``build_in_background`` (the window), else right here."""
        recovered = self.notebook.recover()
        self.apply_identity()  # before the first window: the window manager reads its class then
        self.apply_appearance()
        archive, pending = locate_archive(self.data_dir, self.archive)
        if pending is not None and build_in_background:
            self._show_busy(say("Session", "Preparing the archive…"))
            self.preparing = Operation(pending.run, "build archive", on_done=self._archive_built,
                                       on_failed=self._archive_failed)
            self.preparing.progressed.connect(self._preparing_progressed)
            self.preparing.start()
            return recovered
        self.archive = str(pending.run() if pending is not None else archive)
        self._show_first()
        return recovered

    def _preparing_progressed(self, done: int, total: int) -> None:
        if self.lock_screen:
            self.lock_screen.busy(say_n("Session", "Preparing the archive: {done} of {count} documents…", "",
                                        total).format(done=number(done)))

    def _show_first(self, minimized: bool = False) -> None:
        if self.notebook.is_encrypted() or minimized:
            self._show_lock_screen(minimized)
        else:
            self._open(None)

    def _archive_built(self, archive: Path) -> None:
        hidden = self._busy_hidden()
        self._dismiss_lock_screen()
        self.archive = str(archive)
        try:
            self._show_first(minimized=hidden)  # hidden meanwhile (Quick hide): it stays out of sight
        except EkasarError as error:  # e.g. a schema update while another Ekasar has the notebook
            self._archive_failed(error)

    def _archive_failed(self, error: BaseException) -> None:
        self._dismiss_lock_screen()
        QMessageBox.critical(None, APP_NAME, say("Session", "Ekasar cannot start.\n\n{error}").format(error=error))
        QApplication.exit(2)

    @property
    def encrypted(self) -> bool:
        return self.notebook.is_encrypted()

    def _open(self, key) -> None:
        self.library = open_library(self.data_dir, self.archive, key)
        self.key = key
        self._show_window()
        if self._on_opened:
            self._on_opened(self.window, self.library)
        self._arm_idle()
        self._tell_deferred()

    def _show_window(self) -> None:
        self.window = self._make_window(self.library, self.settings)
        self.window.lock_requested.connect(self.lock_now)
        self.window.quick_hide_requested.connect(self.quick_hide)
        self.window.security_requested.connect(self.show_security)
        self.window.language_requested.connect(self.change_language)
        self.window.digits_requested.connect(self.change_digits)
        self.apply_appearance()
        self.window.show()

    @staticmethod
    def _open_dialogs() -> list[QDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]

    def _drop_window(self) -> None:
        """Close the main window (it saves the reading place into the notebook, the layout, and
        cancels its background work); the library stays open."""
        window, self.window = self.window, None
        if window is not None:
            for timer in window.findChildren(QTimer):
                timer.stop()
            window.close()
            window.deleteLater()

    def _end_dialogs(self) -> bool:
        """End every dialog waiting for input: a note being written is saved (its caller sees OK),
        anything else is cancelled. Return whether any was open."""
        dialogs = self._open_dialogs()
        for dialog in dialogs:
            save = getattr(dialog, "save_when_locking", None)
            dialog.accept() if save is not None and save() else dialog.reject()
        return bool(dialogs)

    def _close_window(self, then: Callable[[], None] | None = None) -> None:
        """Save where the user was, close the window, then every connection, and wipe the key.

        The window goes at once. Background work it started is cancelled and stops at its next
        step; the connections are closed and the key wiped when the last of it has ended (at once
        when none runs), and then ``then`` runs. The UI thread never waits for it."""
        self._end_dialogs()
        self._drop_window()
        library, key, self.library, self.key = self.library, self.key, None, None
        self.idle.stop()

        def finish() -> None:
            if library is not None:
                library.close()
            if key is not None:
                key.wipe()
            gc.collect()
            if then is not None:
                then()
        after_running_work(finish)
        # What the window held goes at the next turn of the event loop, once the lock screen is up:
        # a full collection of a large heap takes tens of milliseconds, and locking must be quick.
        QTimer.singleShot(0, gc.collect)

    def shutdown(self) -> None:
        cancel_all()
        wait_for_all()  # work under way ends (cancelled work stops at its next step)
        QApplication.sendPostedEvents()  # and hands back what it made (a derived key is wiped)
        self._close_window()
        if self.lock_screen is not None:
            self.lock_screen.close()
            self.lock_screen.deleteLater()
            self.lock_screen = None

    # Locking ------------------------------------------------------------------------------
    def lock_now(self) -> None:
        self.lock()  # (with plain notes File → Lock is greyed, saying why: lock() does nothing)

    def lock(self) -> None:
        if self.window is None or not self.encrypted:
            return
        if self._end_dialogs():  # their callers finish (and save a note) before the window closes
            QTimer.singleShot(0, self.lock)
            return
        self._forget_clipboard()
        self._close_window()
        self._show_lock_screen()

    def _forget_clipboard(self) -> None:
        """Clear the clipboard if it still holds the text Ekasar last put there (a passage, a
        citation); anything the user copied elsewhere since is left alone."""
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None

    def quick_hide(self) -> None:
        """Hide every window at once, forget Ekasar's clipboard text, then lock (or just hide)."""
        if self.unlocking is not None:
            self.unlocking.cancel()  # a passphrase typed just before: the notes stay locked
        self._end_dialogs()
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        self._forget_clipboard()
        if self.window is None:  # already locked: keep the lock screen reachable from the task bar
            if self.lock_screen is not None:
                self.lock_screen.showMinimized()
            return
        QTimer.singleShot(0, self._lock_hidden)  # after the dialogs' own event loops have ended

    def _lock_hidden(self) -> None:
        if self.window is None:
            return
        self._close_window()
        self._show_lock_screen(minimized=True)

    def _screen_locking(self, _reason: str) -> None:
        if self.prefs.lock_on_screen_lock():
            self.lock()

    def _show_lock_screen(self, minimized: bool = False) -> None:
        if self.lock_screen is None:
            self.lock_screen = LockScreen(self.encrypted, self._lock_screen_title(), self.prefs.neutral_title())
            self.lock_screen.unlock_requested.connect(self.begin_unlock)
            self.lock_screen.show_requested.connect(self._show_again)
        self._remaining_attempts()
        if minimized:
            self.lock_screen.showMinimized()
        else:
            self.lock_screen.show()
            self.lock_screen.field.setFocus()

    def _remaining_attempts(self) -> None:
        policy = self.notebook.policy()
        if policy.wipe_after and self.lock_screen is not None:
            left = policy.wipe_after - policy.failures
            self.lock_screen.message.setText(say_n(
                "Session", "{count} wrong passphrases left before the notes are deleted.", "", left))

    def unlock(self, passphrase: str) -> bool:
        """Unlock now, on this thread (the lock screen uses ``begin_unlock``)."""
        try:
            key = self.notebook.unlock(passphrase)
        except (WrongPassphrase, DamagedKey, NotebookWiped) as error:
            self._unlock_refused(error)
            return False
        return self._unlocked(key)

    def begin_unlock(self, passphrase: str) -> Operation:
        """Derive the key off the UI thread (it takes about a second, by design), then open the
        notes. Quick hide or a second lock meanwhile cancels it, and the derived key is wiped."""
        if self.unlocking is not None:  # one attempt at a time: each counts towards the wipe limit
            return self.unlocking
        self.lock_screen.set_waiting(True)
        operation = Operation(lambda _progress: self.notebook.unlock(passphrase), "unlock",
                              on_done=self._unlocked_in_background, on_failed=self._unlock_refused,
                              discard=lambda key: key.wipe())
        operation.ended.connect(lambda: self._unlock_ended(operation))
        self.unlocking = operation
        return operation.start()

    def _unlock_ended(self, operation: Operation) -> None:
        if self.unlocking is operation:
            self.unlocking = None
        if self.lock_screen is not None:  # refused, or cancelled by a Quick hide: ready for another try
            self.lock_screen.set_waiting(False)

    def _unlock_refused(self, error: BaseException) -> None:
        if isinstance(error, WrongPassphrase):
            self.lock_screen.refused(say("Session", "The passphrase is not right."))
            self._remaining_attempts()
        elif isinstance(error, DamagedKey):
            self.lock_screen.refused(say("Session", "The notebook's key file is damaged: {error}.").format(error=error))
        elif isinstance(error, NotebookWiped):
            self._dismiss_lock_screen()
            self._open(None)
            self._tell(say("Session", "Notes deleted"),
                       say("Session", "Ekasar deleted the notes: {error}.").format(error=error))
        elif self.lock_screen is not None:
            self.lock_screen.refused(say("Session", "The notebook could not be unlocked: {error}").format(error=error))

    def _unlocked_in_background(self, key) -> None:
        if self.lock_screen is None or not self.lock_screen.isVisible() or self.lock_screen.isMinimized():
            key.wipe()  # hidden since the passphrase was typed: stay locked
            return
        self._unlocked(key)

    def _unlocked(self, key) -> bool:
        try:
            self._open(key)
        except EkasarError as error:  # damaged, or held by another Ekasar while it must be restored
            key.wipe()
            self.lock_screen.refused(str(error))
            return False
        self._dismiss_lock_screen()
        return True

    def _show_again(self) -> None:
        """A plain notebook after a quick hide: the window comes back as it was left."""
        self._dismiss_lock_screen()
        self._open(None)

    def _dismiss_lock_screen(self) -> None:
        if self.lock_screen is not None:
            self.lock_screen.close()
            self.lock_screen.deleteLater()
            self.lock_screen = None

    # Idle time, the quick-hide keys in any window, the clipboard ------------------------
    def _arm_idle(self) -> None:
        minutes = self.prefs.auto_lock_minutes()
        if self.encrypted and minutes and self.window is not None:
            self.idle.start(minutes * 60_000)

    def set_idle_interval(self, milliseconds: int) -> None:
        """Lock after this much idle time (for now; settings give whole minutes)."""
        self.idle.start(milliseconds)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in USER_INPUT and self.idle.isActive():
            self.idle.start()  # restarts the countdown with the same interval
        # A modal dialog blocks the window's shortcut, and the lock screen has none: catch the keys here.
        if (kind == QEvent.Type.KeyPress and (QApplication.activeModalWidget() is not None or self.window is None)
                and self._is_quick_hide(event)):
            self.quick_hide()
            return True
        return False

    def _is_quick_hide(self, event) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return pressed.matches(QKeySequence(self.prefs.quick_hide_keys())) == QKeySequence.SequenceMatch.ExactMatch

    def _clipboard_changed(self) -> None:
        if QApplication.activeWindow() is not None or QGuiApplication.clipboard().ownsClipboard():
            self._copied = QGuiApplication.clipboard().text()
            seconds = self.prefs.clear_clipboard_seconds()
            if seconds and self._copied:
                self.clipboard_timer.start(seconds * 1000)

