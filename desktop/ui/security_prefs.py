"""The protection settings the window keeps (in settings.ini: none of them reveals activity)."""

from PySide6.QtCore import QSettings

from desktop.wording import say

AUTO_LOCK_MINUTES, LOCK_ON_SCREEN_LOCK = "security/auto_lock_minutes", "security/lock_on_screen_lock"
QUICK_HIDE_KEYS, NEUTRAL_TITLE, ASKED = "security/quick_hide_keys", "security/neutral_title", "security/asked"
CLEAR_CLIPBOARD_SECONDS = "security/clear_clipboard_seconds"
PRIVATE_TITLES = "security/private_titles"
DEFAULT_AUTO_LOCK_MINUTES = 10
DEFAULT_QUICK_HIDE = "Ctrl+Shift+H"
NEUTRAL_NAME = "Documents"  # in English; the windows show neutral_name()


def neutral_name() -> str:
    """The neutral window title, in the interface language."""
    return say("SecurityPrefs", "Documents")


def _flag(settings: QSettings, key: str, default: bool) -> bool:
    return str(settings.value(key, "true" if default else "false")).lower() == "true"


class SecurityPrefs:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def auto_lock_minutes(self) -> int:
        try:
            return max(0, int(self.settings.value(AUTO_LOCK_MINUTES, DEFAULT_AUTO_LOCK_MINUTES)))
        except (TypeError, ValueError):
            return DEFAULT_AUTO_LOCK_MINUTES

    def clear_clipboard_seconds(self) -> int:
        """Seconds after a copy at which Ekasar's text is cleared from the clipboard; 0: only on
        locking and Quick hide (the default, like KeePassXC's option it is off until chosen)."""
        try:
            return max(0, int(self.settings.value(CLEAR_CLIPBOARD_SECONDS, 0)))
        except (TypeError, ValueError):
            return 0

    def lock_on_screen_lock(self) -> bool:
        return _flag(self.settings, LOCK_ON_SCREEN_LOCK, True)

    def quick_hide_keys(self) -> str:
        value = self.settings.value(QUICK_HIDE_KEYS, DEFAULT_QUICK_HIDE)
        return value if isinstance(value, str) and value else DEFAULT_QUICK_HIDE

    def neutral_title(self) -> bool:
        return _flag(self.settings, NEUTRAL_TITLE, False)

    def private_titles(self, encrypted: bool) -> bool:
        """Keep document titles out of the window title (the task bar, screen shares)? Until
        chosen: yes once the notes are encrypted."""
        return _flag(self.settings, PRIVATE_TITLES, encrypted)

    def asked_at_first_run(self) -> bool:
        return _flag(self.settings, ASKED, False)

    def save(self, **values) -> None:
        keys = {"auto_lock_minutes": AUTO_LOCK_MINUTES, "lock_on_screen_lock": LOCK_ON_SCREEN_LOCK,
                "quick_hide_keys": QUICK_HIDE_KEYS, "neutral_title": NEUTRAL_TITLE, "asked": ASKED,
                "clear_clipboard_seconds": CLEAR_CLIPBOARD_SECONDS, "private_titles": PRIVATE_TITLES}
        for name, value in values.items():
            self.settings.setValue(keys[name], ("true" if value else "false") if isinstance(value, bool) else value)
        self.settings.sync()
