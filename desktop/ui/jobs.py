"""Background work: a search worker on its own thread with its own database connections.

The worker never touches widgets; it receives requests and emits results
through queued signals. Results for a request that has since been
superseded are dropped by the receiver (each carries its sequence number).
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.services.library import Library
from desktop.store.search import Results


class SearchWorker(QObject):
    finished = Signal(int, object)  # sequence number, Results
    failed = Signal(int, str)

    def __init__(self, open_reader: Callable[[], Library]) -> None:
        super().__init__()
        self._open_reader = open_reader
        self._library: Library | None = None

    @Slot(int, str, int)
    def search(self, sequence: int, query: str, limit: int) -> None:
        try:
            if self._library is None:  # opened in this thread, used only here
                self._library = self._open_reader()
            results: Results = self._library.search.run(query, limit)
        except Exception as error:  # reported in the panel, never raised into Qt
            self.failed.emit(sequence, str(error))
            return
        self.finished.emit(sequence, results)

    @Slot()
    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None


class SearchService(QObject):
    """Owns the worker thread. ``request`` returns the sequence number to expect."""

    finished = Signal(int, object)
    failed = Signal(int, str)
    _requested = Signal(int, str, int)
    _close = Signal()

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self._sequence = 0
        self._thread = QThread()
        self._thread.setObjectName("search")
        self._worker = SearchWorker(library.open_reader)
        self._worker.moveToThread(self._thread)
        self._requested.connect(self._worker.search)
        self._close.connect(self._worker.close)
        self._worker.finished.connect(self.finished)
        self._worker.failed.connect(self.failed)
        self._thread.start()

    def request(self, query: str, limit: int = 50) -> int:
        self._sequence += 1
        self._requested.emit(self._sequence, query, limit)
        return self._sequence

    @property
    def latest(self) -> int:
        return self._sequence

    def shutdown(self) -> None:
        if self._thread.isRunning():
            self._close.emit()
            self._thread.quit()
            self._thread.wait(5000)


class TimelineLoader(QObject):
    """Reads every timeline event on its own thread (large archives hold hundreds of thousands)."""

    loaded = Signal(int, object)  # sequence number, list of TimelineEvent
    _requested = Signal(int, object)

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("timeline")
        self._worker = _TimelineWorker(library.open_reader)
        self._worker.moveToThread(self._thread)
        self._requested.connect(self._worker.load)
        self._worker.loaded.connect(self.loaded)
        self._sequence = 0
        self._thread.start()

    def request(self, person: str | None = None) -> int:
        self._sequence += 1
        self._requested.emit(self._sequence, person)
        return self._sequence

    def shutdown(self) -> None:
        """Wait for a load under way (bounded: very large timelines are read one person at a time)."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()


class _TimelineWorker(QObject):
    loaded = Signal(int, object)

    def __init__(self, open_reader: Callable[[], Library]) -> None:
        super().__init__()
        self._open_reader = open_reader

    @Slot(int, object)
    def load(self, sequence: int, person: str | None) -> None:
        try:
            with self._open_reader() as library:
                events = library.timeline.events(person)
        except Exception:  # the panel keeps what it had; a later reload tries again
            events = None
        self.loaded.emit(sequence, events)
