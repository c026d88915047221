"""The interface language while Ekasar runs (View → Language, ``--lang``).

A change applies at once: the translators are swapped and the main window is built again in the
new language, where it was (same size, panels, open document and reading place, search). What the
user wrote is already stored; a dialog still open is ended as locking ends it (a note is saved).
Work under way (an import, an export) finishes first; the window changes when it has ended.
"""

from PySide6.QtCore import QTimer

from desktop.ui.language import apply_language, arabic_digits, chosen_language, remember
from desktop.ui.operation import after_running_work, running
from desktop.wording import say


class SessionLanguage:
    def set_up_language(self, requested: str | None = None) -> None:
        """The language at start: ``--lang`` (remembered), else the one chosen last, else the system's."""
        if requested is not None:
            remember(self.settings, code=requested)
        apply_language(chosen_language(self.settings), arabic_digits(self.settings))

    def change_language(self, code: str) -> None:
        remember(self.settings, code=code)
        self._relabel()

    def change_digits(self, arabic: bool) -> None:
        remember(self.settings, arabic=arabic)
        self._relabel()

    def _relabel(self) -> None:
        if self.window is not None and running():
            self.window.statusBar().showMessage(
                say("Session", "The language changes when the work under way has finished."), 8000)
        after_running_work(self._rebuild_in_language)

    def _rebuild_in_language(self) -> None:
        apply_language(chosen_language(self.settings), arabic_digits(self.settings))
        window = self.window
        if window is None:  # locked meanwhile: the lock screen is built in the new language next time
            return
        query = window.search_panel.field.text()
        self._end_dialogs()
        self.window = None
        for timer in window.findChildren(QTimer):
            timer.stop()
        window.close()  # saves the reading place, the size and the panels
        window.deleteLater()
        self._show_window()
        if query:
            self.window.search_panel.field.setText(query)
