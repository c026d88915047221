"""View → Language: English or ខ្មែរ, and Arabic digits in the Khmer interface."""

from PySide6.QtGui import QAction, QActionGroup

from desktop.ui.language import LANGUAGES
from desktop.wording import language, say


def build_language_menu(window, view_menu, arabic: bool) -> None:
    """The choices emit ``window.language_requested`` and ``window.digits_requested``; the
    session rebuilds the window in the language chosen."""
    menu = view_menu.addMenu(say("Menus", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(window)
    for code, name in LANGUAGES.items():
        action = QAction(name, window, objectName=f"language_{code}", checkable=True)
        action.setChecked(code == language())
        action.triggered.connect(lambda _=False, c=code: window.language_requested.emit(c))
        group.addAction(action)
        menu.addAction(action)
    menu.addSeparator()
    digits = QAction(say("Menus", "Arabic digits (0–9) in Khmer"), window, objectName="arabicDigits",
                     checkable=True)
    digits.setChecked(arabic)
    digits.setEnabled(language() == "km")
    digits.toggled.connect(window.digits_requested.emit)
    menu.addAction(digits)
    window.actions_by_name["arabicDigits"] = digits
