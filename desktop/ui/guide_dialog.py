"""Help → User guide in Khmer: docs/guide-km.md, shown inside Ekasar (links are never opened)."""

from pathlib import Path

from PySide6.QtWidgets import QDialog, QTextBrowser

from desktop.paths import bundled_resources_dir
from desktop.render.sanitize import markdown_to_html
from desktop.ui.dialogs import with_close_button
from desktop.wording import say

GUIDE = "guide-km.md"


def guide_path() -> Path | None:
    """Inside an installed package or bundle (resources/), else the checkout's docs/."""
    resources = bundled_resources_dir()
    for candidate in (resources / GUIDE, resources.parent / "docs" / GUIDE):
        if candidate.is_file():
            return candidate
    return None


def guide_dialog(parent) -> QDialog:
    dialog = QDialog(parent, objectName="guideDialog")
    dialog.setWindowTitle(say("Dialogs", "User guide in Khmer"))
    text = QTextBrowser(dialog, objectName="guideText")
    text.setOpenLinks(False)  # a link in the guide is read, not followed
    path = guide_path()
    if path is None:
        text.setPlainText(say("Dialogs", "The user guide is missing from this installation."))
    else:
        text.setHtml(markdown_to_html(path.read_text(encoding="utf-8")))  # pictures are left out
    return with_close_button(dialog, text, 760, 620)
