"""Small dialogs: keyboard shortcuts, links, import summary, about."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.services.import_report import ImportReport
from desktop.wording import say, say_n


def shortcuts_dialog(parent: QWidget, actions: list[QAction]) -> QDialog:
    """Every action with a shortcut, read from the actions themselves so it is never stale."""
    rows = [
        (action.text().replace("&", ""), action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        for action in actions
        if not action.shortcut().isEmpty()
    ]
    dialog = QDialog(parent)
    dialog.setWindowTitle(say("Dialogs", "Keyboard shortcuts"))
    dialog.setObjectName("shortcutsDialog")
    table = QTableWidget(len(rows), 2)
    table.setObjectName("shortcutsTable")
    table.setAccessibleName(say("Dialogs", "Keyboard shortcuts"))
    table.setHorizontalHeaderLabels([say("Dialogs", "Action"), say("Dialogs", "Shortcut")])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, (name, keys) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(name))
        table.setItem(row, 1, QTableWidgetItem(keys))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return with_close_button(dialog, table, 460, 520)


def with_close_button(dialog: QDialog, content: QWidget, width: int, height: int) -> QDialog:
    """``content`` above a Close button, filling ``dialog``."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(buttons)
    dialog.resize(width, height)
    return dialog


def offer_to_copy_link(parent: QWidget, address: str) -> bool:
    """Links are never opened: say so, and offer to copy the address. Returns True if copied."""
    box = QMessageBox(parent)
    box.setObjectName("linkDialog")
    box.setWindowTitle(say("Dialogs", "Link"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(say("Dialogs", "This document links to:\n\n{address}").format(address=address))
    box.setInformativeText(say("Dialogs", "Ekasar never opens links or fetches anything. You can copy the address "
                               "and open it yourself, somewhere safe."))
    copy = box.addButton(say("Dialogs", "Copy address"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(copy)
    box.exec()
    if box.clickedButton() is copy:
        QGuiApplication.clipboard().setText(address)
        return True
    return False


def show_refusal(parent, title: str, text: str, name: str) -> QMessageBox:
    """A warning that a change was not made, said in plain text (never as markup), left open."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box


def import_summary(report: ImportReport) -> tuple[str, str]:
    """A title line and details for the import result dialog."""
    imported = len(report.imported)
    title = say_n("Dialogs", "Imported {count} documents.", "", imported)
    lines = [say("Dialogs", "Already in your library: {file}").format(file=path.name)
             for path, _ in report.already_present]
    lines += [say("Dialogs", "{file}: {notice}").format(file=path.name, notice=notice)
              for path, notice in report.notices]
    lines += [say("Dialogs", "Skipped {file}: {reason}").format(file=s.path.name, reason=s.reason)
              for s in report.skipped]
    return title, "\n".join(lines)


def about_text() -> str:
    return say(
        "Dialogs",
        "Ekasar {version} — ឯកសារ\n\n"
        "An offline reader for human-rights documents. It never uses the network.\n\n"
        "Fonts: Noto Sans, Noto Serif, Noto Sans Khmer and Noto Serif Khmer, "
        "under the SIL Open Font License 1.1."
    ).format(version=__version__)
