"""What Ekasar's windows tell the task bar, the window manager and a screen share, and only what is
true: "hidden" unless the notes are really locked; Lock offered only when it can lock; in neutral
mode no "Ekasar" anywhere (title, lock screen, task-bar entry, window class, icon); and, when asked
(the default once the notes are encrypted), no document title in the window title."""

import os

from PySide6.QtWidgets import QApplication, QStyle

from desktop import APP_NAME
from desktop.ui.security_prefs import NEUTRAL_NAME, neutral_name
from desktop.wording import say

NEUTRAL_CLASS = NEUTRAL_NAME.lower()  # the window class (WM_CLASS instance), Wayland app id


class SessionAppearance:
    """Mixed into the Session: uses its ``prefs``, ``window``, ``encrypted`` and ``_app_icon``."""

    def _title(self, title: str) -> str:
        return neutral_name() if self.prefs.neutral_title() else title

    def _lock_screen_title(self) -> str:
        """The lock screen's task-bar entry: "locked" only when a passphrase is needed to come back."""
        if self.prefs.neutral_title():
            return neutral_name()
        text = say("Session", "{name} — locked") if self.encrypted else say("Session", "{name} — hidden")
        return text.format(name=APP_NAME)

    def apply_identity(self) -> None:
        """In neutral mode, name the application and its window class neutrally. The window manager
        reads the class once, when Ekasar's first window is made: this runs before it, and a change
        made later takes effect at the next start (the Security dialog says so)."""
        if not self.prefs.neutral_title():
            return
        app = QApplication.instance()
        app.setApplicationName(NEUTRAL_NAME)
        app.setDesktopFileName(NEUTRAL_CLASS)
        os.environ["RESOURCE_NAME"] = NEUTRAL_CLASS  # X11's WM_CLASS instance (else the program's name)

    def apply_appearance(self) -> None:
        neutral = self.prefs.neutral_title()
        app = QApplication.instance()
        app.setWindowIcon(app.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon) if neutral
                          else self._app_icon)
        # What X11 and Wayland add to each dialog's title ("Security — Ekasar"): changes at once.
        app.setApplicationDisplayName(neutral_name() if neutral else APP_NAME)
        if self.window is not None:
            chrome = self.window.chrome
            chrome.set_title_privacy(neutral, self.prefs.private_titles(self.encrypted))
            chrome.set_lock_available(self.encrypted)
            chrome.set_quick_hide_keys(self.prefs.quick_hide_keys())
