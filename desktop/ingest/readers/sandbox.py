"""Running a reader out of harm's way: in a child process, with a time and a memory limit.

A hostile or broken file can make a parser loop for ever, eat all memory or crash the process
(PDFium is C++). The reader runs in a fresh child process ("spawn": no threads or Qt state
copied from the window; the same on Linux, Windows and macOS, and in a PyInstaller bundle, whose
entry point must call ``multiprocessing.freeze_support()``); the child is killed when its time is
up or when the caller's ``should_stop`` says so, and on Linux its address space is capped
(``resource.setrlimit``), so an allocation past the cap fails as ``MemoryError`` instead of the
machine swapping. Whatever happens in the child comes back as a ``ReadDocument`` or as an
``UnreadableDocument`` with a one-line reason, never as a traceback.

The child never outlives the process that started it, even one killed outright: on Linux the
system kills it when its parent ends (``PR_SET_PDEATHSIG``: when the thread that called
``run_reader`` ends, which waits on the child until then), and so are the programs it starts
with ``die_with_reader`` (Tesseract); everywhere, a thread in the child watches its parent and
ends the child when the parent is gone; and where there are resource limits (not Windows) its
processor time is capped a little past its time limit, should the parent's watch fail.

A reader is any module-level function ``read_x(data: bytes) -> ReadDocument`` (the child imports
it by name; a ``functools.partial`` of one will do). Sentences the reader says in the child are
in English: the child has none of the window's translations unless ``child_setup`` (a
module-level function, run in the child first) installs them.
"""

import math
import multiprocessing
import multiprocessing.connection
import os
import sys
import threading
import time
from collections.abc import Callable

from desktop.ingest.readers.base import ReadDocument, ReadingStopped, UnreadableDocument
from desktop.wording import digits, say

Reader = Callable[[bytes], ReadDocument]
_REASON_LENGTH = 200
STEP = 0.1  # seconds between two questions to ``should_stop``
CPU_MARGIN = 30  # seconds of processor time the child has past its time limit before the system stops it
_ORPHANED = 70  # the exit code of a child whose parent is gone (nobody reads it)
_PR_SET_PDEATHSIG = 1


def run_reader(reader: Reader, data: bytes, timeout: float = 60, memory_mb: int = 1500,
               child_setup: Callable[[], object] | None = None,
               should_stop: Callable[[], bool] | None = None) -> ReadDocument:
    """``reader(data)``, run in a child process.

    :param timeout: seconds before the child is killed (its start, about a tenth of a second,
        included).
    :param memory_mb: the child's address-space limit on Linux (none elsewhere).
    :param should_stop: asked before the child starts and every ``STEP`` seconds while it reads,
        on the calling thread. When it returns true the child is killed and ``ReadingStopped``
        raised; when it raises, the child is killed and its exception goes on unchanged.
    :raises UnreadableDocument: the reader refused the file, took too long, ran out of memory,
        failed or crashed; ``str(error)`` is one sentence.
    :raises ReadingStopped: ``should_stop`` said to stop (not an ``UnreadableDocument``).
    """
    if should_stop is not None and should_stop():
        raise ReadingStopped()
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(reader, data, sending, (timeout, memory_mb), child_setup),
                            name="ekasar-reader", daemon=True)
    child.start()
    sending.close()  # the child holds the only writing end: a crash is seen as the pipe's end
    outcome: tuple[str, object] = ("stopped", "")  # should_stop raised, if nothing else is known
    try:
        outcome = _wait(receiving, timeout, should_stop)
    finally:
        receiving.close()
        exitcode = _stop(child, wait=0 if outcome[0] in ("timeout", "stopped") else 5)
    if outcome[0] == "stopped":
        raise ReadingStopped()
    return _result(outcome, timeout, exitcode)


def _wait(receiving, timeout: float, should_stop: Callable[[], bool] | None) -> tuple[str, object]:
    """What the child sent, or ("timeout", "") once its time is up, or ("stopped", "")."""
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            if receiving.poll(left if should_stop is None else min(left, STEP)):
                return receiving.recv()
        except (EOFError, OSError):
            return ("crashed", "")
        if should_stop is not None and should_stop():
            return ("stopped", "")
    return ("timeout", "")


def _stop(child, wait: float) -> int | None:
    """Let the child exit by itself (it has sent its outcome) or kill it; its exit code."""
    child.join(wait)
    if child.is_alive():
        child.kill()
        child.join()
    exitcode = child.exitcode
    try:
        child.close()
    except ValueError:  # already reaped by another wait (seen once under load): nothing is left to free
        pass
    return exitcode


def _result(outcome: tuple[str, object], timeout: float, exitcode: int | None) -> ReadDocument:
    kind, value = outcome
    if kind == "read" and isinstance(value, ReadDocument):
        return value
    if kind == "refused":
        raise UnreadableDocument(str(value))
    if kind == "timeout":
        raise UnreadableDocument(say("Import", "took too long to read (more than {seconds} s): skipped").format(
            seconds=digits(f"{timeout:g}")))
    if kind == "memory":
        raise UnreadableDocument(say("Import", "too large to read in memory"))
    if kind == "error":
        raise UnreadableDocument(say("Import", "cannot be read ({reason})").format(reason=value))
    raise UnreadableDocument(say("Import", "the reader stopped unexpectedly (exit code {code}): the file may be "
                                 "damaged").format(code=digits(str(exitcode))))


def _child(reader: Reader, data: bytes, sending, limits: tuple[float, int], child_setup) -> None:
    """In the child: tie it to its parent, limit, read, send back what happened."""
    try:
        _tie_to_parent()
        _limit(*limits)
        if child_setup is not None:
            child_setup()
        document = reader(data)
        del data
        if not isinstance(document, ReadDocument):
            raise TypeError(f"the reader gave {type(document).__name__}, not a ReadDocument")
        outcome: tuple[str, object] = ("read", document)
    except UnreadableDocument as error:
        outcome = ("refused", _one_line(str(error)))
    except MemoryError:
        outcome = ("memory", "")
    except BaseException as error:  # noqa: BLE001 -- whatever broke, the parent gets one line
        outcome = ("error", _one_line(f"{type(error).__name__}: {error}"))
    try:
        sending.send(outcome)
    except MemoryError:
        sending.send(("memory", ""))
    except Exception as error:  # noqa: BLE001 -- a result that cannot be sent
        sending.send(("error", _one_line(f"{type(error).__name__}: {error}")))
    finally:
        sending.close()


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _REASON_LENGTH else line[:_REASON_LENGTH - 1] + "…"


def die_with_reader() -> Callable[[], None] | None:
    """For ``subprocess``'s ``preexec_fn``: on Linux, a call that has the system kill the program
    started (SIGKILL) when the thread that starts it ends; None elsewhere. The C function is found
    here, before the fork, so the forked process only calls it."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    import signal

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    kill = int(signal.SIGKILL)

    def tie() -> None:
        prctl(_PR_SET_PDEATHSIG, kill, 0, 0, 0)  # -1 where the system refuses: the watch still holds

    return tie


def _tie_to_parent() -> None:
    """End this child when its parent is gone: the system's death signal on Linux (it acts even
    while the reader is stuck in C code), and a watching thread everywhere."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    tie = die_with_reader()
    if tie is not None:
        tie()
    sentinel = parent.sentinel  # ready once the parent has ended (and with it its end of the pipe)

    def watch() -> None:
        try:
            multiprocessing.connection.wait([sentinel])
        except OSError:
            return
        os._exit(_ORPHANED)

    # Started after the death signal is set, so a parent that ended before is seen here.
    threading.Thread(target=watch, name="ekasar-reader-watch", daemon=True).start()


def _limit(timeout: float, memory_mb: int) -> None:
    """Cap the child's address space (Linux only: macOS ignores it) and its processor time (where
    there are resource limits: not on Windows). Programs it starts inherit both."""
    try:
        import resource
    except ImportError:
        return
    if sys.platform.startswith("linux") and memory_mb > 0:
        _lower(resource, resource.RLIMIT_AS, memory_mb * 1024 * 1024)
    seconds = math.ceil(timeout) + CPU_MARGIN
    _lower(resource, resource.RLIMIT_CPU, seconds, hard=seconds + 5)  # SIGXCPU, then SIGKILL


def _lower(resource, kind: int, soft: int, hard: int | None = None) -> None:
    """Lower a resource limit to ``soft`` (and its hard limit to ``hard``), never raise it."""
    _, old_hard = resource.getrlimit(kind)
    if old_hard != resource.RLIM_INFINITY:
        soft = min(soft, old_hard)
        hard = old_hard if hard is None else min(hard, old_hard)
    resource.setrlimit(kind, (soft, old_hard if hard is None else hard))
