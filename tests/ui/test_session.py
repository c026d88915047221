"""Lock, auto-lock, quick hide, encrypting and deleting, through the real window."""

import time

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QMessageBox

from desktop.security import kdf
from tests.ui.conftest import encrypt_and_wait

GFW = "002_46b7dbb94abd75ab"
SENTINEL = "SENTINEL-visit-to-Sokha-9d1e"
PASS = "river stones at dusk"


@pytest.fixture(autouse=True)
def fast_keys(monkeypatch):
    monkeypatch.setattr(kdf, "TARGET_SECONDS", 0)


@pytest.fixture
def encrypted(session, qtbot):
    assert encrypt_and_wait(qtbot, session, PASS)
    return session


def _write_and_read(session, offset=1500):
    """A note holding the sentinel on the GFW document, left open at ``offset``."""
    window = session.window
    document = session.library.documents.get(GFW)
    session.library.notes.annotate(GFW, 200, 260, note=SENTINEL, tags=["sources"])
    window.open_document(GFW, offset)
    window._notes_changed("Note saved")
    window.focus_notes()
    return document


def _visible_text() -> str:
    """Every piece of text any live widget could show."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    parts = []
    for widget in QApplication.allWidgets():
        if not shiboken6.isValid(widget):
            continue
        parts.append(widget.windowTitle())
        for getter in ("text", "toPlainText", "placeholderText", "currentText"):
            if hasattr(widget, getter):
                try:
                    value = getattr(widget, getter)()
                except TypeError:
                    continue
                if isinstance(value, str):
                    parts.append(value)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(QModelIndex()), 500)):
                for column in range(8):  # list models hide columnCount; index() is invalid past the end
                    index = model.index(row, column)
                    value = model.data(index) if index.isValid() else None
                    if isinstance(value, str):
                        parts.append(value)
    return "\n".join(parts)


def _unlock_by_clicking(qtbot, session, screen) -> None:
    """Click Unlock and wait while the key is derived off the UI thread."""
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
    assert session.unlocking is not None
    with qtbot.waitSignal(session.unlocking.ended, timeout=30_000):
        pass


def _shown_windows():
    return [w for w in QApplication.topLevelWidgets()
            if shiboken6.isValid(w) and w.isVisible() and not w.isMinimized()]


def test_auto_lock_after_idle_clears_every_widget_and_unlock_returns_to_the_same_place(encrypted, qtbot):
    _write_and_read(encrypted, offset=1500)
    assert SENTINEL in _visible_text()  # the control: the notes panel shows it before locking
    place = encrypted.window.reader.reading_offset()
    encrypted.set_idle_interval(300)
    qtbot.waitUntil(lambda: encrypted.lock_screen is not None and encrypted.window is None, timeout=5000)
    assert encrypted.key is None and encrypted.library is None
    text = _visible_text()
    assert SENTINEL not in text and "Great Firewall" not in text
    screen = encrypted.lock_screen
    screen.field.setText("not the passphrase")
    _unlock_by_clicking(qtbot, encrypted, screen)
    assert "not right" in screen.message.text() and encrypted.window is None
    screen.field.setText(PASS)
    _unlock_by_clicking(qtbot, encrypted, screen)
    assert encrypted.window is not None and encrypted.lock_screen is None
    qtbot.waitExposed(encrypted.window)
    reader = encrypted.window.reader
    assert reader.document.info.id == GFW
    assert abs(reader.reading_offset() - place) < 200  # back at the same paragraph
    assert SENTINEL in _visible_text()


def test_typing_and_moving_keep_the_notebook_open(encrypted, qtbot):
    encrypted.set_idle_interval(400)
    for _ in range(6):
        qtbot.wait(150)
        qtbot.keyClick(encrypted.window.reader.view, Qt.Key.Key_Down)
    assert encrypted.window is not None
    qtbot.waitUntil(lambda: encrypted.window is None, timeout=3000)


def test_ctrl_l_locks_now(encrypted, qtbot):
    qtbot.keyClick(encrypted.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert encrypted.window is None and encrypted.lock_screen.isVisible()
    assert encrypted.lock_screen.windowTitle() == "Ekasar — locked"


def test_a_plain_notebook_is_not_locked_but_says_how(session, qtbot):
    qtbot.keyClick(session.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.window is not None and session.lock_screen is None
    lock = session.window.actions_by_name["lock"]
    assert not lock.isEnabled() and "Encrypt your notes" in lock.toolTip()


def test_quick_hide_hides_every_window_within_200_ms_and_forgets_the_clipboard(encrypted, qtbot):
    _write_and_read(encrypted)
    encrypted.window.activateWindow()
    QGuiApplication.clipboard().setText(SENTINEL)
    encrypted._copied = SENTINEL  # as when copied from the reader (offscreen has no active window)
    encrypted.window.reader.find_bar.open_bar()
    started = time.perf_counter()
    qtbot.keyClick(encrypted.window, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not _shown_windows(), timeout=200)
    assert time.perf_counter() - started < 0.2
    assert QGuiApplication.clipboard().text() == ""
    qtbot.waitUntil(lambda: encrypted.window is None and encrypted.lock_screen is not None, timeout=2000)
    assert encrypted.lock_screen.isMinimized() and encrypted.key is None
    assert SENTINEL not in _visible_text()


def test_quick_hide_works_while_a_dialog_waits_for_input(encrypted, qtbot):
    _write_and_read(encrypted)
    window = encrypted.window
    hidden = {}

    def press_in_dialog():
        dialog = QApplication.activeModalWidget()
        hidden["dialog"] = type(dialog).__name__
        qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        hidden["shown"] = _shown_windows()

    QTimer.singleShot(100, press_in_dialog)
    window.note_on_document()  # a modal note dialog, waiting
    assert hidden["dialog"] == "NoteDialog" and hidden["shown"] == []
    qtbot.waitUntil(lambda: encrypted.window is None, timeout=2000)


def test_other_texts_on_the_clipboard_are_left_alone(encrypted, qtbot):
    QGuiApplication.clipboard().setText("copied in another program")
    encrypted._copied = None
    encrypted.quick_hide()
    assert QGuiApplication.clipboard().text() == "copied in another program"


def test_a_plain_notebook_hides_and_comes_back(session, qtbot):
    session.window.open_document(GFW, 900)
    session.quick_hide()
    qtbot.waitUntil(lambda: session.lock_screen is not None, timeout=2000)
    assert not session.lock_screen.field.isVisible()
    session.lock_screen.show()
    qtbot.mouseClick(session.lock_screen.button, Qt.MouseButton.LeftButton)
    assert session.window.reader.document.info.id == GFW


def test_the_screen_locking_locks_the_notebook(encrypted, qtbot):
    encrypted.screen_watcher.locking.emit("screen locked")
    assert encrypted.window is None and encrypted.lock_screen is not None


def test_encrypting_from_the_window_asks_twice_and_keeps_the_notes(session, qtbot, data_dir):
    _write_and_read(session)

    def fill():
        dialog = QApplication.activeModalWidget()
        dialog.first.setText(PASS)
        dialog.second.setText(PASS + "x")
        dialog._check()
        assert "not the same" in dialog.problem.text()
        dialog.second.setText(PASS)
        dialog._check()

    QTimer.singleShot(50, fill)
    assert encrypt_and_wait(qtbot, session)
    assert session.encrypted and (data_dir / "notebook.key").exists()
    assert [a.note for a in session.library.notes.listing()] == [SENTINEL]
    assert session.window.reader.document.info.id == GFW
    from tests.security.conftest import files_containing

    assert files_containing(data_dir, SENTINEL) == []


def test_neutral_title_hides_what_is_read_from_the_task_bar(encrypted, qtbot):
    encrypted.prefs.save(neutral_title=True)
    encrypted.apply_appearance()
    encrypted.window.open_document(GFW)
    assert encrypted.window.windowTitle() == "Documents"
    encrypted.lock()
    assert encrypted.lock_screen.windowTitle() == "Documents"


def test_delete_my_notes_needs_the_word_and_leaves_an_empty_notebook(encrypted, qtbot, data_dir):
    from desktop.ui.security_dialog import DeleteConfirmation

    confirmation = DeleteConfirmation()
    qtbot.addWidget(confirmation)
    confirmation.show()
    assert not confirmation.delete.isEnabled()
    qtbot.keyClick(confirmation.word, Qt.Key.Key_Return)  # Enter alone cancels
    assert confirmation.result() == QDialog.DialogCode.Rejected
    confirmation.word.setText("DELETE")
    assert confirmation.delete.isEnabled() and not confirmation.delete.isDefault()

    _write_and_read(encrypted)
    encrypted.delete_notes()
    assert encrypted.window is not None and encrypted.library.notes.listing() == []
    assert not encrypted.encrypted and not (data_dir / "notebook.key").exists()


def test_security_dialog_saves_choices_and_warns_before_wiping(encrypted, qtbot):
    from desktop.ui.security_dialog import SecurityDialog

    dialog = SecurityDialog(encrypted.window, encrypted.notebook, encrypted.prefs)
    qtbot.addWidget(dialog)
    dialog.auto_lock.setValue(3)
    warned = []

    def answer():
        box = QApplication.activeModalWidget()
        warned.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(50, answer)
    dialog.wipe.setChecked(True)
    assert warned and "deletes your notes" in warned[0]
    dialog.wipe_count.setValue(5)
    dialog._save()
    assert encrypted.prefs.auto_lock_minutes() == 3 and encrypted.notebook.policy().wipe_after == 5


def test_locking_while_a_note_is_being_written_saves_it(encrypted, qtbot):
    window = encrypted.window
    window.open_document(GFW)

    def write_then_walk_away():
        dialog = QApplication.activeModalWidget()
        dialog.note.setPlainText(f"draft {SENTINEL}")
        encrypted.set_idle_interval(50)

    QTimer.singleShot(50, write_then_walk_away)
    window.note_on_document()
    qtbot.waitUntil(lambda: encrypted.window is None, timeout=3000)
    assert encrypted.unlock(PASS)
    assert [a.note for a in encrypted.library.notes.listing()] == [f"draft {SENTINEL}"]


def test_an_encrypted_notebook_keeps_no_file_dialog_history(session, qtbot, data_dir, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.ui.settings import confine_qt_settings

    confine_qt_settings(data_dir)
    history = QSettings(QSettings.Scope.UserScope, "QtProject")
    history.setValue("FileDialog/lastVisited", str(tmp_path / "interviews-with-witnesses"))
    history.sync()
    assert list((data_dir / "qt").rglob("*.conf"))  # the control: a plain notebook keeps it
    assert encrypt_and_wait(qtbot, session, PASS)
    assert not [p for p in (data_dir / "qt").rglob("*") if p.is_file()]
    after = QSettings(QSettings.Scope.UserScope, "QtProject")
    after.setValue("FileDialog/lastVisited", str(tmp_path / "interviews-with-witnesses"))
    after.sync()
    from tests.security.conftest import files_containing

    assert files_containing(data_dir, "interviews-with-witnesses") == []
    confine_qt_settings(tmp_path / "unrelated")  # leave Qt's settings where other tests expect them


def test_quick_hide_on_the_lock_screen_leaves_it_in_the_task_bar(encrypted, qtbot):
    encrypted.lock()
    encrypted.quick_hide()
    assert not _shown_windows() and encrypted.lock_screen.isMinimized()
