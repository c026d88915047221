import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from desktop.app import create_application
from desktop.services.library import Library
from desktop.ui.language import apply_language
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(autouse=True)
def ekasar_app(qapp):
    """The application as Ekasar sets it up: bundled fonts, UI font, in English (a test that
    switches to Khmer leaves English behind it)."""
    app = create_application()
    apply_language("en")
    yield app
    apply_language("en")


def settings_in(data_dir) -> QSettings:
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, archive_path, data_dir):
    """Open the real main window on the test archive; call again to 'restart'."""
    opened = []

    def make(data=data_dir) -> MainWindow:
        library = Library(archive_path, data)
        window = MainWindow(library, settings_in(data))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, library))
        return window

    yield make
    for window, library in opened:
        window.close()
        library.close()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def session(qtbot, archive_path, data_dir):
    """The window's whole life (lock screen, locking, quick hide) on a fresh data folder."""
    made = Session(data_dir, str(archive_path), settings_in(data_dir), MainWindow)
    made.start()
    qtbot.waitExposed(made.window)
    yield made
    made.shutdown()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def encrypt_and_wait(qtbot, session, passphrase=None) -> bool:
    """Encrypt through the window's session and wait while it runs off the UI thread; say whether
    the notebook is encrypted with the window open again."""
    operation = session.encrypt(passphrase)
    if operation is None:
        return False
    with qtbot.waitSignal(operation.ended, timeout=60_000):
        pass
    return session.encrypted and session.window is not None
