"""Noticing when the platform says the screen locked or the computer is going to sleep, so the
reader can lock itself too.

D-Bus announces this on Linux and the BSDs; on Windows the session's own notifications do
(desktop/ui/windows_session_watcher.py); elsewhere (macOS), or with no bus at all, the watcher
quietly watches nothing.
"""

import os
import sys

from PySide6.QtCore import SLOT, QObject, Signal, Slot

from desktop.ui.windows_session_watcher import windows_watcher

try:
    from PySide6.QtDBus import QDBusConnection
except ImportError:  # some builds ship without QtDBus (Windows, macOS): nothing to watch there
    QDBusConnection = None

SCREEN_LOCKED = "screen locked"
GOING_TO_SLEEP = "going to sleep"
SESSION_LOCKED = "session locked"

# Screensavers announce ActiveChanged(true) on the session bus when they lock the screen.
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),  # KDE, Xfce, LXQt…
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
)
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"


def _default_buses():
    """The user's session and system buses, or None where there is no D-Bus to ask."""
    if QDBusConnection is None or sys.platform in ("win32", "darwin"):
        return None, None
    # Without an address libdbus may try X11 autolaunch (spawning dbus-launch, which can print);
    # a bus started that way has no screensaver on it anyway.
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    has_session = bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS")) or (
        bool(runtime) and os.path.exists(os.path.join(runtime, "bus")))
    session = QDBusConnection.sessionBus() if has_session else None
    # A missing system bus just gives a disconnected connection, silently.
    return session, QDBusConnection.systemBus()


class ScreenLockWatcher(QObject):
    """Emits ``locking(reason)`` when the platform says the screen locked or sleep is coming.

    Several sources may announce the same moment (``loginctl lock-session`` also starts the
    screensaver), so ``locking`` can fire more than once: locking must be idempotent.
    """

    locking = Signal(str)

    def __init__(self, parent: QObject | None = None, session=None, system=None):
        """``session`` and ``system`` are QDBusConnections to watch instead of the user's own
        buses; give neither to watch the user's own. Tests pass private buses; None or a
        disconnected connection watches nothing."""
        super().__init__(parent)
        if session is None and system is None:
            session, system = _default_buses()
        self._buses = (session, system)  # keep the connections alive as long as we listen
        self._watching: list[str] = []
        # An empty service name matches any sender: the screensaver's and logind's unique names
        # change with every restart, and an impostor could at worst lock the reader.
        for interface, path in SCREENSAVERS:
            self._listen(session, "session", path, interface, "ActiveChanged", "onScreenSaverActive(bool)")
        # Lid closed (or any suspend): logind warns just before sleeping.
        self._listen(system, "system", LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", "onPrepareForSleep(bool)")
        # `loginctl lock-session`: an empty path matches every session's object; locking when
        # another session locks is the safe mistake, and simpler than resolving our own session.
        self._listen(system, "system", "", LOGIN1_SESSION, "Lock", "onSessionLock()")
        self.windows = windows_watcher(self.locking.emit, SESSION_LOCKED, GOING_TO_SLEEP)
        if self.windows is not None:  # pragma: no cover - Windows (tested under Wine)
            if self.windows.registered:
                self._watching.append("windows: WM_WTSSESSION_CHANGE")
            self._watching.append("windows: WM_POWERBROADCAST")

    def watching(self) -> list[str]:
        """The sources being watched, e.g. ``"session: org.gnome.ScreenSaver.ActiveChanged"``."""
        return list(self._watching)

    def _listen(self, bus, bus_name: str, path: str, interface: str, member: str, slot: str) -> None:
        # A disconnected bus would only make connect() fail; skip it so nothing is logged.
        if bus is None or not bus.isConnected():
            return
        # PySide6 takes the slot only as a signature string naming a @Slot-decorated method.
        if bus.connect("", path, interface, member, self, SLOT(slot)):
            self._watching.append(f"{bus_name}: {interface}.{member}")

    @Slot(bool)
    def onScreenSaverActive(self, active: bool) -> None:
        if active:  # false is the screen coming back: nothing to do
            self.locking.emit(SCREEN_LOCKED)

    @Slot(bool)
    def onPrepareForSleep(self, before: bool) -> None:
        if before:  # false is the computer waking up
            self.locking.emit(GOING_TO_SLEEP)

    @Slot()
    def onSessionLock(self) -> None:
        self.locking.emit(SESSION_LOCKED)
