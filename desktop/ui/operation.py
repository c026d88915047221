"""The one way long work runs: on a worker thread, reporting progress, cancellable, its result
handed back to the UI thread (in the spirit of Anki's ``CollectionOp``).

The work function never touches a widget, and opens its own database connections when it needs
any (a ``Library`` belongs to the thread that opened it). While it runs, the UI thread stays free:
Quick hide and Lock answer at once. An operation outlives the widget that started it; if that
widget is gone when the work ends, its result is dropped (and a key it produced is wiped by the
caller's ``discard``).
"""

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from desktop.errors import EkasarError


class Cancelled(EkasarError):
    def __init__(self) -> None:
        super().__init__("cancelled")


class Progress:
    """Handed to the work function: report how far it is, and stop when asked to."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        """Report ``done`` of ``total``; raise Cancelled if the user cancelled."""
        self.check()
        self._report(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Runner(QThread):
    progressed = Signal(int, int)

    def __init__(self, work: Callable[[Progress], Any], name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.work = work
        self.progress = Progress(self.progressed.emit)
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self.progress)
        except BaseException as error:  # handed to the UI thread, never raised into Qt
            self.error = error


_running: set["Operation"] = set()  # kept alive until they end, whoever started them


class Operation(QObject):
    """``Operation(work, on_done=..., on_failed=...).start()``; ``work(progress)`` runs off the UI thread.

    ``on_done(result)`` and ``on_failed(error)`` run on the UI thread. ``discard(result)`` runs
    instead of ``on_done`` for work that was cancelled but still produced a result.
    """

    progressed = Signal(int, int)
    ended = Signal()

    def __init__(self, work: Callable[[Progress], Any], name: str = "operation",
                 on_done: Callable[[Any], None] | None = None,
                 on_failed: Callable[[BaseException], None] | None = None,
                 discard: Callable[[Any], None] | None = None) -> None:
        super().__init__()
        self.name = name
        self._on_done, self._on_failed, self._discard = on_done, on_failed, discard
        self._runner = _Runner(work, name)
        self._runner.progressed.connect(self.progressed)
        self._runner.finished.connect(self._finished)

    def start(self) -> "Operation":
        _running.add(self)
        self._runner.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report; its result will not be delivered."""
        self._runner.progress.cancel()

    @property
    def cancelled(self) -> bool:
        return self._runner.progress.cancelled

    def is_running(self) -> bool:
        return self._runner.isRunning()

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self._runner.wait(milliseconds)

    def _finished(self) -> None:
        _running.discard(self)
        runner = self._runner
        try:
            if self.cancelled or isinstance(runner.error, Cancelled):
                if runner.error is None and self._discard is not None:
                    self._discard(runner.result)
            elif runner.error is not None:
                if self._on_failed is None:
                    raise runner.error
                self._on_failed(runner.error)
            elif self._on_done is not None:
                self._on_done(runner.result)
        finally:
            self.ended.emit()


def running() -> list[Operation]:
    return list(_running)


def cancel_all() -> None:
    for operation in running():
        operation.cancel()


def after_running_work(callback: Callable[[], None]) -> None:
    """Run ``callback`` once every operation running now has ended (at once when none runs),
    without waiting on the UI thread."""
    pending = set(running())
    if not pending:
        callback()
        return

    def one_ended(operation: "Operation") -> None:
        pending.discard(operation)
        if not pending:
            callback()

    for operation in list(pending):
        operation.ended.connect(lambda operation=operation: one_ended(operation))


def wait_for_all(milliseconds: int = 30_000) -> None:
    """At exit: let work under way end (it stops at its next progress report once cancelled)."""
    for operation in running():
        operation.wait(milliseconds)
