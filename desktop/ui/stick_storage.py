"""Running from a FAT or exFAT stick: where the notes live, and telling the user how they are kept."""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.paths import ON_COMPUTER, ON_STICK
from desktop.services.library import Library
from desktop.wording import say

BACKUP_INTERVAL_MS = 5 * 60 * 1000


def ask_notes_location(filesystem: str, parent: QWidget | None = None) -> str:
    """Ask once whether the notes stay on the stick (with safeguards) or on this computer."""
    box = QMessageBox(parent)
    box.setObjectName("notesLocationDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(say("StickStorage", "Ekasar is running from a stick"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(say("StickStorage", "This stick is formatted {filesystem}, which can lose data if the stick is "
                    "pulled out while something is being written.").format(filesystem=filesystem))
    box.setInformativeText(say(
        "StickStorage",
        "Keep your notes on the stick: Ekasar writes every note straight through to the stick, "
        "checks your notes each time it starts, and keeps verified backups on the stick.\n\n"
        "Keep your notes on this computer: they stay on this computer only and do not travel "
        "with the stick.\n\nYou are asked once; delete data/notes-location on the stick to be asked again."))
    stick = box.addButton(say("StickStorage", "Keep notes on the stick"), QMessageBox.ButtonRole.AcceptRole)
    stick.setObjectName("notesOnStick")
    computer = box.addButton(say("StickStorage", "Keep notes on this computer"), QMessageBox.ButtonRole.RejectRole)
    computer.setObjectName("notesOnComputer")
    box.setDefaultButton(stick)
    box.exec()
    return ON_COMPUTER if box.clickedButton() is computer else ON_STICK


def keep_notes_safe(window, library: Library) -> None:
    """Tell the user how the notes are kept on a fragile stick, and back them up while they change."""
    keeping = library.safekeeping
    if keeping is None or not keeping.fragile:
        return
    window.statusBar().showMessage(say(
        "StickStorage", "Your notes are on a {filesystem} drive: written straight through, "
        "checked at start, backed up every few minutes").format(filesystem=keeping.filesystem_name), 15000)
    timer = QTimer(window, objectName="backupTimer", interval=BACKUP_INTERVAL_MS)

    def back_up() -> None:
        try:
            library.back_up_if_changed()
        except OSError as error:
            window.statusBar().showMessage(say("StickStorage", "Backup failed (your notes are still saved): {error}")
                                           .format(error=error), 15000)

    timer.timeout.connect(back_up)
    timer.start()
    if keeping.restored_from is not None:
        text = say("StickStorage", "{damage}\n\nEkasar restored your notes from the backup {backup}. Notes "
                   "written after that backup are in the kept copy of the damaged file.").format(
            damage=keeping.damage, backup=Path(keeping.restored_from).name)
        box = QMessageBox(QMessageBox.Icon.Warning, say("StickStorage", "Your notes were restored"), text,
                          QMessageBox.StandardButton.Ok, window)
        box.setObjectName("notesRestored")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
