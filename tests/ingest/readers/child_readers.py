"""Readers for the sandbox's tests, at module level so a spawned child can import them (and
nothing heavy imported here, so the child starts fast)."""

import ctypes
import os
import time

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
