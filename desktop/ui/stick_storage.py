"""Running from a FAT or exFAT stick: where the notes live, and telling the user how they are kept."""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.paths import ON_COMPUTER, ON_STICK
from desktop.services.library import Library

BACKUP_INTERVAL_MS = 5 * 60 * 1000


def ask_notes_location(filesystem: str, parent: QWidget | None = None) -> str:
    """Ask once whether the notes stay on the stick (with safeguards) or on this computer."""
    box = QMessageBox(parent)
    box.setObjectName("notesLocationDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Ekasar is running from a stick")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(f"This stick is formatted {filesystem}, which can lose data if the stick is pulled out "
                "while something is being written.")
    box.setInformativeText(
        "Keep your notes on the stick: Ekasar writes every note straight through to the stick, "
        "checks your notes each time it starts, and keeps verified backups on the stick.\n\n"
        "Keep your notes on this computer: they stay on this computer only and do not travel "
        "with the stick.\n\nYou are asked once; delete data/notes-location on the stick to be asked again.")
    stick = box.addButton("Keep notes on the stick", QMessageBox.ButtonRole.AcceptRole)
    stick.setObjectName("notesOnStick")
    computer = box.addButton("Keep notes on this computer", QMessageBox.ButtonRole.RejectRole)
    computer.setObjectName("notesOnComputer")
    box.setDefaultButton(stick)
    box.exec()
    return ON_COMPUTER if box.clickedButton() is computer else ON_STICK


def keep_notes_safe(window, library: Library) -> None:
    """Tell the user how the notes are kept on a fragile stick, and back them up while they change."""
    keeping = library.safekeeping
    if keeping is None or not keeping.fragile:
        return
    window.statusBar().showMessage(
        f"Your notes are on a {keeping.filesystem_name} drive: written straight through, "
        "checked at start, backed up every few minutes", 15000)
    timer = QTimer(window, objectName="backupTimer", interval=BACKUP_INTERVAL_MS)

    def back_up() -> None:
        try:
            library.back_up_if_changed()
        except OSError as error:
            window.statusBar().showMessage(f"Backup failed (your notes are still saved): {error}", 15000)

    timer.timeout.connect(back_up)
    timer.start()
    if keeping.restored_from is not None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Your notes were restored",
                          f"{keeping.damage}\n\nEkasar restored your notes from the backup "
                          f"{Path(keeping.restored_from).name}. Notes written after that backup are in the "
                          "kept copy of the damaged file.", QMessageBox.StandardButton.Ok, window)
        box.setObjectName("notesRestored")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
