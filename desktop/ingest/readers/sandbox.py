"""Running a reader out of harm's way: in a child process, with a time and a memory limit.

A hostile or broken file can make a parser loop for ever, eat all memory or crash the process
(PDFium is C++). The reader runs in a fresh child process ("spawn": no threads or Qt state
copied from the window; the same on Linux, Windows and macOS, and in a PyInstaller bundle, whose
entry point must call ``multiprocessing.freeze_support()``); the child is killed when its time is
up, and on Linux its address space is capped (``resource.setrlimit``), so an allocation past the
cap fails as ``MemoryError`` instead of the machine swapping. Whatever happens in the child comes
back as a ``ReadDocument`` or as an ``UnreadableDocument`` with a one-line reason, never as a
traceback.

A reader is any module-level function ``read_x(data: bytes) -> ReadDocument`` (the child imports
it by name). Sentences the reader says in the child are in English: the child has none of the
window's translations unless ``child_setup`` (a module-level function, run in the child first)
installs them.
"""

import multiprocessing
import sys
from collections.abc import Callable

from desktop.ingest.readers.base import ReadDocument, UnreadableDocument
from desktop.wording import digits, say

Reader = Callable[[bytes], ReadDocument]
_REASON_LENGTH = 200


def run_reader(reader: Reader, data: bytes, timeout: float = 60, memory_mb: int = 1500,
               child_setup: Callable[[], object] | None = None) -> ReadDocument:
    """``reader(data)``, run in a child process.

    :param timeout: seconds before the child is killed (its start, about a tenth of a second,
        included).
    :param memory_mb: the child's address-space limit on Linux (none elsewhere).
    :raises UnreadableDocument: the reader refused the file, took too long, ran out of memory,
        failed or crashed; ``str(error)`` is one sentence.
    """
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(reader, data, sending, memory_mb, child_setup),
                            name="ekasar-reader", daemon=True)
    child.start()
    sending.close()  # the child holds the only writing end: a crash is seen as the pipe's end
    outcome: tuple[str, object] = ("crashed", "")
    try:
        outcome = receiving.recv() if receiving.poll(timeout) else ("timeout", "")
    except (EOFError, OSError):
        pass
    finally:
        receiving.close()
        exitcode = _stop(child, wait=5 if outcome[0] != "timeout" else 0)
    return _result(outcome, timeout, exitcode)


def _stop(child, wait: float) -> int | None:
    """Let the child exit by itself (it has sent its outcome) or kill it; its exit code."""
    child.join(wait)
    if child.is_alive():
        child.kill()
        child.join()
    exitcode = child.exitcode
    child.close()
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


def _child(reader: Reader, data: bytes, sending, memory_mb: int, child_setup) -> None:
    """In the child: limit, read, send back what happened."""
    try:
        _limit_memory(memory_mb)
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


def _limit_memory(memory_mb: int) -> None:
    """Cap the child's address space (Linux only: macOS ignores it, Windows has no setrlimit)."""
    if not sys.platform.startswith("linux") or memory_mb <= 0:
        return
    import resource

    limit = memory_mb * 1024 * 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
