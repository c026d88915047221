"""The interface language while Ekasar runs (View → Language, ``--lang``).

A change applies at once: the translators are swapped and the main window is built again in the
new language, where it was (same size, panels, open document and reading place, search). The
rebuild never interrupts anything: while work runs (an import, an export) or a dialog or message
is open, it waits, and happens as soon as nothing is, so no running work is cancelled, nothing
typed in a dialog is lost and no result message disappears unread. Choosing the language shown
already, meanwhile, cancels it.
"""

from desktop.ui.language import apply_language, applied_language, arabic_digits, chosen_language, remember
from desktop.ui.operation import running
from desktop.wording import say

RELABEL_WAIT_MS = 300  # how often a waiting change looks again


class SessionLanguage:
    def set_up_language(self, requested: str | None = None) -> None:
        """The language at start: ``--lang`` (remembered), else the one chosen last, else the system's."""
        if requested is not None:
            remember(self.settings, code=requested)
        self._apply_chosen_language()

    def change_language(self, code: str) -> None:
        remember(self.settings, code=code)
        self._relabel_soon()

    def change_digits(self, arabic: bool) -> None:
        remember(self.settings, arabic=arabic)
        self._relabel_soon()

    def _apply_chosen_language(self) -> None:
        apply_language(chosen_language(self.settings), arabic_digits(self.settings))

    def _relabel_soon(self) -> None:
        if self._busy() and self.window is not None:
            self.window.statusBar().showMessage(say(
                "Session", "The language changes when the work under way has finished."), 8000)
        self.relabel_timer.start()
        self._relabel_when_free()

    def _busy(self) -> bool:
        return bool(running() or self._open_dialogs())

    def _relabel_when_free(self) -> None:
        if self._busy():
            return
        self.relabel_timer.stop()
        if (chosen_language(self.settings), arabic_digits(self.settings)) == applied_language():
            return  # taken back meanwhile
        self._apply_chosen_language()
        if self.window is not None:
            self._rebuild_window()
        elif self.lock_screen is not None:  # locked meanwhile: the lock screen, in the new language
            minimized = self.lock_screen.isMinimized()
            self._dismiss_lock_screen()
            self._show_lock_screen(minimized)

    def _rebuild_window(self) -> None:
        query = self.window.search_panel.field.text()
        self._drop_window()
        self._show_window()
        if self._on_opened:
            self._on_opened(self.window, self.library)  # the stick's backups, for one
        if query:
            self.window.search_panel.field.setText(query)
