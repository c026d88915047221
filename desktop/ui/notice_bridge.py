"""The services' change notices as a Qt signal, so panels subscribe with ``connect`` and are
disconnected when they are destroyed."""

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.services.notices import Notice, Notices


class NoticeBridge(QObject):
    noticed = Signal(object)  # a desktop.services.notices.Notice

    def __init__(self, notices: Notices, parent=None) -> None:
        super().__init__(parent)
        notices.subscribe(self._relay)
        self.destroyed.connect(lambda: notices.unsubscribe(self._relay))

    def _relay(self, notice: Notice) -> None:
        if shiboken6.isValid(self):
            self.noticed.emit(notice)
