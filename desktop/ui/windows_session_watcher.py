"""On Windows, what D-Bus tells on Linux: the session locked (Win+L, the screen saver's lock, a
switch of user) and the computer about to sleep, so the reader can lock itself too.

A hidden native window registers for session notifications (``WTSRegisterSessionNotification``,
``WM_WTSSESSION_CHANGE``) and, as every top-level window does, receives ``WM_POWERBROADCAST``;
a native event filter turns those messages into ``ScreenLockWatcher.locking``.
"""

import ctypes
import sys
from ctypes import wintypes

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK = 0x02B1, 0x7
WM_POWERBROADCAST, PBT_APMSUSPEND = 0x0218, 0x4
NOTIFY_FOR_THIS_SESSION = 0


class WindowsSessionWatcher(QAbstractNativeEventFilter):
    """Calls ``announce(reason)`` when Windows says the session locked or sleep is coming."""

    def __init__(self, announce, locked_reason: str, sleep_reason: str) -> None:
        super().__init__()
        self._announce, self._reasons = announce, {WTS_SESSION_LOCK: locked_reason}
        self._sleep_reason = sleep_reason
        self._last: tuple[int, int, int] | None = None
        self.receiver = QWidget(None, Qt.WindowType.Tool)  # never shown: a window handle to be told
        self.receiver.setObjectName("sessionNotifications")
        self.receiver.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.hwnd = int(self.receiver.winId())
        self.registered = bool(ctypes.windll.wtsapi32.WTSRegisterSessionNotification(
            wintypes.HWND(self.hwnd), NOTIFY_FOR_THIS_SESSION))
        QCoreApplication.instance().installNativeEventFilter(self)

    def nativeEventFilter(self, event_type, message):  # noqa: N802 - Qt override
        if bytes(event_type) == b"windows_generic_MSG":
            msg = wintypes.MSG.from_address(int(message))
            seen = (msg.message, msg.wParam, msg.time)
            if seen == self._last:
                return False, 0  # Qt shows a posted message to the filter twice: tell it once
            self._last = seen
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam in self._reasons:
                self._announce(self._reasons[msg.wParam])
            elif msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                self._announce(self._sleep_reason)
        return False, 0

    def close(self) -> None:
        QCoreApplication.instance().removeNativeEventFilter(self)
        if self.registered:
            ctypes.windll.wtsapi32.WTSUnRegisterSessionNotification(wintypes.HWND(self.hwnd))
        self.receiver.deleteLater()


def windows_watcher(announce, locked_reason: str, sleep_reason: str) -> "WindowsSessionWatcher | None":
    """The watcher on Windows; None elsewhere."""
    if sys.platform != "win32":
        return None
    return WindowsSessionWatcher(announce, locked_reason, sleep_reason)  # pragma: no cover - under Wine
