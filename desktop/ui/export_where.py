"""Where an export goes, around the export dialog: the folder the picker starts in (remembered
unless the notebook is encrypted), and, once written, opening that folder."""

from pathlib import Path

from PySide6.QtCore import QDir, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.data_folder import DataFolder
from desktop.services.library import Library
from desktop.wording import say

LAST_FOLDER = "export/last_folder"


def notebook_encrypted(library: Library) -> bool:
    return library.key is not None or DataFolder(library.data_dir).looks_encrypted()


def forget_export_folder(settings: QSettings) -> None:
    """Encrypting or deleting the notes forgets where they were exported to: settings.ini is plain."""
    settings.remove(LAST_FOLDER)
    settings.sync()


class FolderMemory:
    """The last folder exported to, in the window's settings. With an encrypted notebook nothing is
    kept (the settings file is not encrypted, and the folder says where the user works)."""

    def __init__(self, settings: QSettings | None, remember: bool) -> None:
        self.settings = settings
        self.remembers = remember
        if settings is not None and not remember:
            settings.remove(LAST_FOLDER)  # kept before the notebook was encrypted

    def last(self) -> str | None:
        if self.settings is None or not self.remembers:
            return None
        value = self.settings.value(LAST_FOLDER)
        return value if isinstance(value, str) and Path(value).is_dir() else None

    def start(self, drives: list[str]) -> str:
        """Where the folder picker opens: the last folder, else a stick, else the user's home;
        never the program's own folder (the working directory an empty path would mean)."""
        return self.last() or (drives[0] if drives else QDir.homePath())

    def remember(self, folder: str) -> None:
        if self.settings is not None and self.remembers:
            self.settings.setValue(LAST_FOLDER, folder)


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the file manager: a local file:// address, nothing on the network."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def summary_box(parent: QWidget, text: str, folder: Path) -> QMessageBox:
    """What was exported, with an Open folder button for the folder it is in."""
    box = QMessageBox(QMessageBox.Icon.Information, say("ExportDialog", "Export"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("exportSummary")
    box.setTextFormat(Qt.TextFormat.PlainText)
    button = box.addButton(say("ExportDialog", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    button.setObjectName("exportOpenFolder")
    button.clicked.connect(lambda: open_folder(folder))
    return box
