"""Reading a file someone handed over: once, without following a last link, without blocking on a
FIFO, only if its open handle says it is a regular file, and never more than a limit."""

import os
import stat
from pathlib import Path

from desktop.errors import EkasarError


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
            raise UnreadableFile("not a regular file (a device, a pipe or a socket)")
        if status.st_size > limit:
            raise UnreadableFile(f"too large (the limit is {limit // (1024 * 1024)} MB)")
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
        raise UnreadableFile(f"too large (the limit is {limit // (1024 * 1024)} MB)")
    return data
