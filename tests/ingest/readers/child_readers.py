"""Readers for the sandbox's tests, at module level so a spawned child can import them (and
nothing heavy imported here, so the child starts fast)."""

import ctypes
import os
import time
from pathlib import Path

from desktop.ingest.readers.base import ReadDocument, UnreadableDocument


def read_slowly(data: bytes) -> ReadDocument:
    time.sleep(60)  # a reader caught in a loop on a hostile file
    return ReadDocument("pdf", ("never",))


def read_text(data: bytes) -> ReadDocument:
    return ReadDocument("pdf", (data.decode("utf-8"),), paged=True, notices=("told",))


def refuse(data: bytes) -> ReadDocument:
    raise UnreadableDocument("this is not a file of that kind")


def fail(data: bytes) -> ReadDocument:
    raise ValueError("a parser's bug\nwith a second line\n" + "x" * 500)


def eat_memory(data: bytes) -> ReadDocument:
    hoard = []
    while True:  # past the child's address-space limit this fails as MemoryError
        hoard.append(bytearray(64 * 1024 * 1024))


def crash(data: bytes) -> ReadDocument:
    ctypes.string_at(0)  # a segmentation fault, as a C library's bug would give
    return ReadDocument("pdf", ())


def exit_early(data: bytes) -> ReadDocument:
    os._exit(3)


def give_nonsense(data: bytes):
    return {"pages": ["not a ReadDocument"]}


def measure(data: bytes) -> ReadDocument:
    """The size of what was handed over, and the child's own process id."""
    return ReadDocument("pdf", (str(len(data)), str(os.getpid())))


def spin(data: bytes) -> ReadDocument:
    """Write the child's process id into the folder named by ``data``, then loop for ever."""
    (Path(data.decode()) / "child.pid").write_text(str(os.getpid()))
    while True:
        pass


def spin_in_tesseract(data: bytes) -> ReadDocument:
    """Write the child's process id into the folder named by ``data``, then wait on the program
    ``tesseract`` there (a stand-in that never ends), as OCR waits on Tesseract."""
    from desktop.ingest.readers import ocr

    folder = Path(data.decode())
    (folder / "child.pid").write_text(str(os.getpid()))
    ocr._read_page(str(folder / "tesseract"), "eng", b"\x89PNG")
    return ReadDocument("pdf", ("Tesseract ended",))


def without_death_signal() -> None:
    """A ``child_setup`` that undoes the Linux death signal, leaving the child's watching thread
    alone to end it when its parent goes (as on Windows and macOS)."""
    ctypes.CDLL(None).prctl(1, 0, 0, 0, 0)  # PR_SET_PDEATHSIG, none


def report_limits(data: bytes) -> ReadDocument:
    """The child's processor-time limits and, on Linux, its death signal."""
    import resource
    import sys

    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    signal = ctypes.c_int(-1)
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(2, ctypes.byref(signal), 0, 0, 0)  # PR_GET_PDEATHSIG
    return ReadDocument("pdf", (str(soft), str(hard), str(signal.value)))
