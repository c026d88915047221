"""Search and timeline loading as background operations (desktop/ui/operation.py).

Each request runs on a worker thread with a read-only library of its own, opened for it and
closed after it (opening one takes well under a millisecond), so no connection outlives the work,
and locking leaves none open. Only the newest request matters: while one runs, later ones wait,
and only the last of them runs next. Results carry their request's sequence number; the panels
drop any that a newer request has superseded.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.services.library import Library
from desktop.ui.operation import Operation


class LatestOnly(QObject):
    """Runs ``work(reader, progress, *arguments)`` for the newest request, one at a time (``progress``
    lets long work stop at a cancel: a lock)."""

    done = Signal(int, object)  # sequence number, result
    failed = Signal(int, str)

    def __init__(self, library: Library, work: Callable[..., Any], name: str, parent=None) -> None:
        super().__init__(parent)
        self._open_reader, self._work, self._name = library.open_reader, work, name
        self._sequence = 0
        self._running: Operation | None = None
        self._waiting: tuple[int, tuple] | None = None
        self._closed = False

    def request(self, *arguments) -> int:
        self._sequence += 1
        self._waiting = (self._sequence, arguments)
        if self._running is None:
            self._next()
        return self._sequence

    @property
    def latest(self) -> int:
        return self._sequence

    def _next(self) -> None:
        if self._waiting is None or self._closed:
            return
        (sequence, arguments), self._waiting = self._waiting, None
        open_reader, work = self._open_reader, self._work

        def run(progress):
            with open_reader() as reader:  # this thread's own connections, closed right after
                return work(reader, progress, *arguments)

        self._running = Operation(run, self._name, on_done=lambda result: self.done.emit(sequence, result),
                                  on_failed=lambda error: self.failed.emit(sequence, str(error)))
        self._running.ended.connect(self._ended)
        self._running.start()

    def _ended(self) -> None:
        self._running = None
        self._next()

    def shutdown(self) -> None:
        """No more requests; the one under way is cancelled (its result is dropped)."""
        self._closed, self._waiting = True, None
        if self._running is not None:
            self._running.cancel()


class BackgroundSearch(LatestOnly):
    """``request(query, limit)``; ``finished(sequence, Results)`` or ``failed(sequence, message)``."""

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(library, lambda reader, _progress, query, limit: reader.search.run(query, limit), "search", parent)
        self.finished = self.done

    def request(self, query: str, limit: int = 50) -> int:
        return super().request(query, limit)


class TimelineLoader(LatestOnly):
    """``request(person)``; ``loaded(sequence, events)``, with ``None`` for events that could not
    be read (the panel keeps what it had; a later reload tries again)."""

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(library, lambda reader, _progress, person: reader.timeline.events(person), "timeline", parent)
        self.loaded = self.done
        self.failed.connect(lambda sequence, _message: self.done.emit(sequence, None))

    def request(self, person: str | None = None) -> int:
        return super().request(person)
