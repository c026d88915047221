"""Background work and the lock screen, the way a hurried or hidden user meets them: one unlock
attempt at a time, nothing pops back up after a Quick hide, locking never waits on the UI thread,
and a change that cannot be stored is said, not reported saved."""

import os
import sqlite3
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QSpinBox

from desktop.security import kdf
from desktop.services.notebook import Notebook
from tests.ui.conftest import encrypt_and_wait

PASS = "river stones at dusk"
GFW = "002_46b7dbb94abd75ab"


def shown_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and not w.isMinimized()]


def wait_for(qtbot, operation, timeout=60_000) -> None:
    with qtbot.waitSignal(operation.ended, timeout=timeout):
        pass


def test_one_unlock_attempt_at_a_time_so_every_wrong_passphrase_counts(session, qtbot, monkeypatch):
    monkeypatch.setattr(kdf, "TARGET_SECONDS", 0.5)
    assert encrypt_and_wait(qtbot, session, PASS)
    session.notebook.set_wipe_after(3)
    session.lock()
    screen = session.lock_screen
    screen.field.setText("wrong one")
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    first = session.unlocking
    assert not screen.field.isEnabled() and not screen.button.isEnabled()  # no second attempt meanwhile
    for _ in range(3):  # a hurried user, or a script, pressing again
        screen.unlock_requested.emit("another wrong one")
    assert session.unlocking is first
    wait_for(qtbot, first)
    assert Notebook(session.data_dir).policy().failures == 1 and screen.field.isEnabled()


def test_a_failed_encryption_after_quick_hide_stays_hidden_and_is_told_later(session, qtbot, monkeypatch):
    def failing(self, passphrase):
        time.sleep(0.6)
        raise OSError("No space left on device")

    monkeypatch.setattr(Notebook, "encrypt", failing)
    operation = session.encrypt(PASS)
    qtbot.wait(100)
    qtbot.keyClick(session.lock_screen, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_for(qtbot, operation)
    assert shown_windows() == [] and session.window is None  # nothing came back by itself
    session.lock_screen.show()
    qtbot.mouseClick(session.lock_screen.button, Qt.MouseButton.LeftButton)  # "Show Ekasar"
    told = session.window.findChild(QMessageBox, "securityMessage")
    assert told is not None and "could not be encrypted" in told.text() and "No space left" in told.text()


def test_locking_during_a_large_import_does_not_wait_and_closes_the_connections_after(
        session, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(kdf, "TARGET_SECONDS", 0)
    assert encrypt_and_wait(qtbot, session, PASS)
    big = tmp_path / "big.txt"
    big.write_text("Report\n\n" + ("Families in the district described the evictions. " * 20 + "\n\n") * 4000)
    operation = session.window.import_paths([big])
    qtbot.wait(200)
    assert operation.is_running()  # the control
    started = time.perf_counter()
    session.lock()
    assert time.perf_counter() - started < 0.2 and session.lock_screen.isVisible()
    wait_for(qtbot, operation, 120_000)
    qtbot.wait(50)
    notebook = str(session.data_dir / "user.sqlite")
    open_files = [os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")
                  if os.path.exists(f"/proc/self/fd/{fd}")]
    assert not [path for path in open_files if path.startswith(notebook)]
    assert session.key is None and session.library is None


def test_a_note_that_cannot_be_written_now_is_said_not_saved(window, monkeypatch):
    window.open_document(GFW)
    view = window.reader.view
    view.setTextCursor(view.document().find("Prey Sar Prison"))

    def busy(*_args, **_kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(type(window.library.notes), "annotate", busy)
    window.statusBar().clearMessage()
    window.highlight_selection("yellow")
    warning = window.findChild(QMessageBox, "noteNotSaved")
    assert warning is not None and "busy" in warning.text()
    assert window.statusBar().currentMessage() != "Highlighted"


@pytest.mark.parametrize("hide", [False, True])
def test_a_refused_passphrase_change_is_always_told(session, qtbot, monkeypatch, hide):
    monkeypatch.setattr(kdf, "TARGET_SECONDS", 0)
    assert encrypt_and_wait(qtbot, session, PASS)
    from desktop.ui import session_security

    class Answered:
        def __init__(self, *args, **kwargs):
            pass

        def exec(self):
            return 1

        def values(self):
            return "not the passphrase", "new words here"

    monkeypatch.setattr(session_security, "PassphraseDialog", Answered)
    operation = session.change_passphrase()
    if hide:
        session.quick_hide()
    wait_for(qtbot, operation)
    if hide:
        assert shown_windows() == []
        screen = session.lock_screen
        screen.showNormal()
        screen.field.setText(PASS)
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
        wait_for(qtbot, session.unlocking)
    told = session.window.findChild(QMessageBox, "securityMessage")
    assert told is not None and "not right" in told.text()


def test_locking_forgets_what_ekasar_put_on_the_clipboard(session, qtbot, monkeypatch):
    monkeypatch.setattr(kdf, "TARGET_SECONDS", 0)
    assert encrypt_and_wait(qtbot, session, PASS)
    QGuiApplication.clipboard().setText("a passage from the notes")
    session._copied = "a passage from the notes"  # as when copied from the reader
    session.lock()
    assert QGuiApplication.clipboard().text() == ""
    assert session.unlock(PASS)
    QGuiApplication.clipboard().setText("copied from another program")
    session.lock()
    assert QGuiApplication.clipboard().text() == "copied from another program"  # the control


def _copy_a_passage(window) -> str:
    window.open_document(GFW)
    window.reader.view.setTextCursor(window.reader.view.document().find("Prey Sar Prison"))
    window.actions_by_name["copyCitation"].trigger()
    return QGuiApplication.clipboard().text()


def test_copied_text_is_cleared_after_the_chosen_seconds(session, qtbot):
    from desktop.ui.security_dialog import SecurityDialog

    copied = _copy_a_passage(session.window)
    qtbot.wait(1500)
    assert QGuiApplication.clipboard().text() == copied  # the control: off by default, the text stays
    dialog = SecurityDialog(session.window, session.notebook, session.prefs)
    dialog.findChild(QSpinBox, "clearClipboardSeconds").setValue(1)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert "Prey Sar Prison" in _copy_a_passage(session.window)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)
