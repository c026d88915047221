"""Long work runs off the UI thread: Quick hide hides every window within 200 ms while a 5 MB
import runs and while an unlock derives its key, and what the work was doing is not lost."""

import random
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.security import kdf
from tests.ui.conftest import encrypt_and_wait

PASS = "river stones at dusk"
QUICK_HIDE = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WORDS = ("the court heard that families in the district were evicted before the hearing and that "
         "monitors from the association recorded each visit with the commune chief").split()


def shown_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and not w.isMinimized()]


def press_quick_hide_and_time_it(qtbot, widget) -> float:
    started = time.perf_counter()
    qtbot.keyClick(widget, Qt.Key.Key_H, QUICK_HIDE)
    qtbot.waitUntil(lambda: not shown_windows(), timeout=1000)
    return time.perf_counter() - started


@pytest.fixture
def large_report(tmp_path):
    """About 5 MB of ordinary report prose, in paragraphs."""
    rng = random.Random(5)
    paragraphs, size = [], 0
    while size < 5_000_000:
        paragraph = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120))).capitalize() + "."
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    path = tmp_path / "large-report.txt"
    path.write_text("Monitoring report\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    return path


def test_quick_hide_answers_within_200_ms_while_a_5_mb_import_runs(session, qtbot, large_report):
    operation = session.window.import_paths([large_report])
    qtbot.wait(300)
    assert operation.is_running()  # the control: the import is still under way when the keys are pressed
    assert press_quick_hide_and_time_it(qtbot, session.window) < 0.2
    assert operation.is_running()  # hidden while the work went on
    with qtbot.waitSignal(operation.ended, timeout=120_000):
        pass
    # The file was committed whole: the window, shown again, lists it.
    qtbot.waitUntil(lambda: session.lock_screen is not None, timeout=2000)
    session.lock_screen.show()
    qtbot.mouseClick(session.lock_screen.button, Qt.MouseButton.LeftButton)
    titles = [info.title for info in session.library.documents.all()]
    assert titles.count("Monitoring report") == 1


def test_quick_hide_answers_within_200_ms_while_an_unlock_derives_its_key(session, qtbot, monkeypatch):
    monkeypatch.setattr(kdf, "TARGET_SECONDS", 1.5)  # a real Argon2 derivation of about 1.5 s
    assert encrypt_and_wait(qtbot, session, PASS)
    session.lock()
    screen = session.lock_screen
    screen.field.setText(PASS)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    operation = session.unlocking
    qtbot.wait(200)
    assert operation is not None and operation.is_running()  # the control: still deriving
    assert press_quick_hide_and_time_it(qtbot, screen) < 0.2
    with qtbot.waitSignal(operation.ended, timeout=30_000):
        pass
    # Hidden while unlocking: the notes stay locked and the derived key is gone.
    assert session.window is None and session.key is None and screen.isMinimized()


def test_quick_hide_answers_while_the_notes_are_being_encrypted(session, qtbot, monkeypatch):
    monkeypatch.setattr(kdf, "TARGET_SECONDS", 1.5)
    operation = session.encrypt(PASS)
    busy = session.lock_screen
    qtbot.wait(200)
    assert operation.is_running() and busy.isVisible()  # the control: still encrypting, the busy screen shown
    assert "Encrypting" in busy.message.text()
    assert press_quick_hide_and_time_it(qtbot, busy) < 0.2
    with qtbot.waitSignal(operation.ended, timeout=30_000):
        pass
    # Nothing came back on screen: the notes are encrypted and locked, the key gone.
    assert not shown_windows() and session.encrypted and session.window is None and session.key is None
    assert session.lock_screen.isMinimized()


def test_the_first_start_builds_the_archive_off_the_ui_thread_and_quick_hide_answers(
        qtbot, data_dir, tmp_path, monkeypatch):
    from benchmarks.generate import generate
    from desktop.services import locate
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session
    from tests.ui.conftest import settings_in

    seeds = tmp_path / "seeds"
    generate(seeds, 190)  # built in about a second, in this process (under the parallel threshold)
    monkeypatch.setattr(locate, "bundled_seeds_dir", lambda: seeds)
    monkeypatch.delenv("EKASAR_ARCHIVE", raising=False)
    session = Session(data_dir, None, settings_in(data_dir), MainWindow)
    try:
        session.start(build_in_background=True)
        operation, busy = session.preparing, session.lock_screen
        qtbot.wait(150)
        assert operation.is_running() and session.window is None  # the control: still building
        assert "Preparing the archive" in busy.message.text()
        assert press_quick_hide_and_time_it(qtbot, busy) < 0.2
        with qtbot.waitSignal(operation.ended, timeout=60_000):
            pass
        assert not shown_windows() and session.window is None  # hidden: nothing popped up
        session.lock_screen.show()
        qtbot.mouseClick(session.lock_screen.button, Qt.MouseButton.LeftButton)  # "Show Ekasar"
        assert len(session.library.documents.all()) == 190
    finally:
        session.shutdown()
