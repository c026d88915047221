"""Run by tests/ui/test_first_layout.py in its own process, on a screen of a given size (Qt's
offscreen platform reads the screen from a file): open the window as a first start does, then each
dialog, and print what got how much room, as JSON."""

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.app import create_application
from desktop.services.library import Library
from desktop.services.notebook import Notebook
from desktop.ui.dialogs import shortcuts_dialog
from desktop.ui.document_dialog import DocumentChoices, DocumentDialog
from desktop.ui.event_dialog import EventDialog
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.guide_dialog import guide_dialog
from desktop.ui.main_window import MainWindow
from desktop.ui.notes_panel import NoteDialog
from desktop.ui.passphrase_dialog import PassphraseDialog
from desktop.ui.security_dialog import SecurityDialog
from desktop.ui.security_prefs import SecurityPrefs


def settle(app: QApplication) -> None:
    for _ in range(15):
        app.processEvents()
        time.sleep(0.02)


def dialogs(window, library, settings, data: Path) -> dict:
    document = library.documents.get("000_38d99342b0af7827")
    long_quote = " ".join([document.text[:2000]] * 3)
    return {
        "export": ExportDialog(library, window),
        "note": NoteDialog(window, long_quote, ["evictions", "courts"], "A note\n" * 40),
        "event": EventDialog(window, "An event", "2024-03-18"),
        "passphrase": PassphraseDialog(window),
        "security": SecurityDialog(window, Notebook(data), SecurityPrefs(settings)),
        "details": DocumentDialog(window, document, False, DocumentChoices([], [], ["A collection"], [], [])),
        "shortcuts": shortcuts_dialog(window, list(window.actions_by_name.values())),
        "guide": guide_dialog(window),
    }


def main(archive: Path, data: Path) -> None:
    app = create_application()
    library = Library(archive, data)
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings)
    window.show()
    settle(app)
    area = window.screen().availableGeometry()
    reader = window.reader.geometry()
    shown = {"screen": [area.width(), area.height()], "window": [window.width(), window.height()],
             "reader": [reader.width(), reader.height()], "dialogs": {}}
    for name, dialog in dialogs(window, library, settings, data).items():
        dialog.show()
        settle(app)
        frame = dialog.frameGeometry()
        shown["dialogs"][name] = [frame.width(), frame.height(), dialog.minimumSizeHint().height()]
        dialog.close()
    print(json.dumps(shown))
    window.close()
    library.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
