"""Reading a file someone handed over: once, without following a last link, without blocking on a
FIFO, only if its open handle says it is a regular file, and never more than a limit."""

import os
import stat
from pathlib import Path

from desktop.errors import EkasarError
from desktop.wording import digits, say


class UnreadableFile(EkasarError, ValueError):
    """Not a regular file, or larger than allowed; the message says which."""


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` (its last component must not be a link).

    :raises UnreadableFile: a device, pipe or socket, or more than ``limit`` bytes.
    :raises OSError: it cannot be opened or read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise UnreadableFile(say("Import", "not a regular file (a device, a pipe or a socket)"))
        if status.st_size > limit:
            raise UnreadableFile(_too_large(limit))
        chunks, remaining = [], limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:  # it grew while being read
        raise UnreadableFile(_too_large(limit))
    return data


def _too_large(limit: int) -> str:
    return say("Import", "too large (the limit is {limit} MB)").format(limit=digits(str(limit // (1024 * 1024))))
