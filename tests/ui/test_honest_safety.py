"""Safety messages that are true (issue 23, problem 3): "hidden" is never called "locked", Lock is
offered only when it can lock, neutral mode names Ekasar nowhere, and document titles can be kept
out of the window title."""

import os

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.security import kdf
from desktop.ui.main_window import MainWindow
from desktop.ui.security_dialog import SecurityDialog
from desktop.ui.session import Session
from tests.ui.conftest import encrypt_and_wait

GFW = "002_46b7dbb94abd75ab"
GFW_TITLE_WORD = "Global Fund for Women"


@pytest.fixture(autouse=True)
def fast_keys(monkeypatch):
    monkeypatch.setattr(kdf, "TARGET_SECONDS", 0)


def test_with_plain_notes_quick_hide_says_hidden_and_lock_is_greyed_saying_why(session, qtbot):
    lock = session.window.actions_by_name["lock"]
    assert not lock.isEnabled()
    assert "Encrypt your notes to be able to lock them" in lock.toolTip()
    session.quick_hide()
    qtbot.waitUntil(lambda: session.lock_screen is not None)
    title = session.lock_screen.windowTitle()
    assert "hidden" in title and "locked" not in title, title
    assert "locked" not in session.lock_screen.heading.text()


def test_with_encrypted_notes_lock_is_offered_and_the_lock_screen_says_locked(session, qtbot):
    assert encrypt_and_wait(qtbot, session, "river stones at dusk")
    lock = session.window.actions_by_name["lock"]
    assert lock.isEnabled()
    lock.trigger()
    qtbot.waitUntil(lambda: session.lock_screen is not None and session.window is None)
    assert session.lock_screen.windowTitle() == "Ekasar — locked"
    assert session.lock_screen.heading.text() == "Ekasar is locked"


def test_neutral_mode_names_ekasar_nowhere(qtbot, archive_path, data_dir, monkeypatch):
    monkeypatch.delenv("RESOURCE_NAME", raising=False)  # put back as it was after the test
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("security/neutral_title", "true")
    made = Session(data_dir, str(archive_path), settings, MainWindow)
    made.start()
    try:
        qtbot.waitExposed(made.window)
        app = QApplication.instance()
        assert app.applicationName() == "Documents" and app.desktopFileName() == "documents"
        assert app.applicationDisplayName() == "Documents"  # what dialogs' titles end with
        assert os.environ["RESOURCE_NAME"] == "documents"  # the window class the window manager reads
        made.window.open_document(GFW)
        assert made.window.windowTitle() == "Documents"
        made.quick_hide()
        qtbot.waitUntil(lambda: made.lock_screen is not None)
        screen = made.lock_screen
        shown = [screen.windowTitle(), screen.heading.text(), screen.button.text(), screen.accessibleName()]
        assert not any("Ekasar" in text for text in shown), shown
    finally:
        made.shutdown()


def test_document_titles_stay_out_of_the_window_title_once_encrypted_or_when_asked(session, qtbot):
    window = session.window
    window.open_document(GFW)
    assert GFW_TITLE_WORD in window.windowTitle()  # plain notes: shown, until asked otherwise
    dialog = SecurityDialog(window, session.notebook, session.prefs)
    qtbot.addWidget(dialog)
    assert not dialog.private_titles.isChecked()
    dialog.private_titles.setChecked(True)
    dialog._save()
    session.apply_appearance()
    assert window.windowTitle() == "Ekasar"
    session.prefs.settings.remove("security/private_titles")  # not chosen: the default once encrypted
    assert encrypt_and_wait(qtbot, session, "river stones at dusk")
    session.window.open_document(GFW)
    assert session.window.windowTitle() == "Ekasar"


def test_the_first_title_has_no_khmer_a_window_manager_might_show_as_boxes(window):
    assert window.windowTitle() == "Ekasar"
