"""Run by the Windows Python under Wine and Xvfb (tests/windows/test_windows_code.py): the screen-lock
watcher told by Windows' own messages. Windows itself never sends them under Wine, so this posts
them to the watcher's window, as Windows would, and reports what the watcher announced."""

import ctypes
import json
import sys

sys.path.insert(0, sys.argv[1])

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.ui import windows_session_watcher as w  # noqa: E402
from desktop.ui.screen_lock_watcher import ScreenLockWatcher  # noqa: E402

app = QApplication([])
watcher = ScreenLockWatcher()
heard: list[str] = []
watcher.locking.connect(heard.append)
post = ctypes.windll.user32.PostMessageW
post.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_size_t, ctypes.c_ssize_t]
hwnd = watcher.windows.hwnd
QTimer.singleShot(200, lambda: post(hwnd, w.WM_WTSSESSION_CHANGE, 0x8, 0))  # unlock: nothing to do
QTimer.singleShot(300, lambda: post(hwnd, w.WM_WTSSESSION_CHANGE, w.WTS_SESSION_LOCK, 0))
QTimer.singleShot(400, lambda: post(hwnd, w.WM_POWERBROADCAST, w.PBT_APMSUSPEND, 0))
QTimer.singleShot(1500, app.quit)
app.exec()
print(json.dumps({"watching": watcher.watching(), "heard": heard}))
