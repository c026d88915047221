"""Drives the real window in its own process, as a user would, on an encrypted notebook:
encrypt, write a note through the note dialog, search, filter the notes, export (sealed into
HOME, plain to a folder outside it as the control), lock, unlock and quit.

Run by test_sentinel.py with HOME, TMPDIR and the XDG folders pointing into a test folder.
Usage: python -m tests.security.sentinel_driver SENTINEL PASSPHRASE OUTSIDE_FOLDER
"""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from desktop.app import create_application
from desktop.ui.settings import confine_qt_settings, settings_for
from desktop.export.exporter import export_notes
from desktop.export.options import ExportOptions
from desktop.paths import ensure_data_dir, resolve_data_dir
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session

GFW = "002_46b7dbb94abd75ab"


def wait_until(app, condition, seconds=20.0) -> None:
    import time

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("driver: timed out")
        app.processEvents()
        time.sleep(0.01)


def finish(operation) -> None:
    """Run the event loop until a background operation (encrypting) has ended."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    operation.ended.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()


def main() -> int:
    sentinel, passphrase, outside = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    app = create_application()
    data_dir = ensure_data_dir(resolve_data_dir(None))
    confine_qt_settings(data_dir)
    session = Session(data_dir, None, settings_for(data_dir), MainWindow)
    session.start()
    finish(session.encrypt(passphrase))
    assert session.encrypted and session.window is not None, "could not encrypt"
    window = session.window

    window.open_document(GFW)
    cursor = QTextCursor(window.reader.view.document())
    cursor.setPosition(400)
    cursor.setPosition(460, QTextCursor.MoveMode.KeepAnchor)
    window.reader.view.setTextCursor(cursor)

    def fill_note() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.note.setPlainText(f"Met {sentinel} at the pagoda")
        dialog.tags.setText("witness")
        dialog.accept()

    QTimer.singleShot(100, fill_note)
    window.note_selection()
    assert any(sentinel in a.note for a in session.library.notes.listing()), "the note was not saved"

    window.search_panel.field.setText("Battambang")
    window.search_panel._enter()
    wait_until(app, lambda: window.search_panel.results.model().rowCount() > 0)
    window.focus_notes()
    window.notes_panel.text.setText(sentinel)
    app.processEvents()

    notes = session.library.notes.listing()
    export_notes(notes, session.library.documents.get, ensure_data_dir(Path.home() / "Exports"), "markdown",
                 options=ExportOptions(passphrase="export passphrase"))
    export_notes(notes, session.library.documents.get, outside, "markdown")  # the control, outside HOME
    window.copy_with_citation()

    session.lock()
    assert session.window is None
    assert session.unlock(passphrase), "could not unlock"
    assert session.window.reader.document.info.id == GFW
    session.shutdown()
    app.processEvents()
    print("driver ok", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
