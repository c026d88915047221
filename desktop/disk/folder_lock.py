"""One writer at a time across processes: a lock on the data folder.

Every Ekasar that opens the notebook (a window, a CLI command, a background reader) holds the
lock *shared*, so two windows or a window and a command can read and write notes together (SQLite
serialises their writes). What replaces or rewrites the whole notebook (encrypting it, changing
its passphrase) takes it *exclusive*, and is refused while anyone else has the notebook open,
instead of copying a notebook that is still being written.

An OS lock that dies with its process (``flock`` on Linux and macOS; byte-range locks with
``msvcrt`` on Windows), so a killed Ekasar never leaves the folder locked. The lock file holds
nothing.
"""

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.errors import EkasarError
from desktop.wording import say

# Windows has no shared flock: each shared holder locks one byte of its own, and an exclusive
# holder must lock them all.
_WINDOWS_SLOTS = 4096


def open_elsewhere() -> str:
    """What a busy notebook folder is, unless the holder says otherwise (in the interface language)."""
    return say("Notebook", "Ekasar is already open on this notebook (another window or command): "
                           "close it first, then try again")


class FolderBusy(EkasarError):
    def __init__(self, message: str | None = None) -> None:
        super().__init__(open_elsewhere() if message is None else message)


class FolderLock:
    def __init__(self, lock_file: Path, busy_message: str | None = None) -> None:
        self.path = lock_file
        self.busy_message = busy_message  # None: ``open_elsewhere()``, said when refused
        self._fd: int | None = None
        self._slot: int | None = None

    def acquire(self, exclusive: bool) -> "FolderLock":
        """Take the lock without waiting. :raises FolderBusy: someone holds it the other way."""
        if self._fd is not None:
            raise RuntimeError("the folder lock is already held by this object")
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(self.path, flags, 0o600)
        try:
            self._slot = _lock(fd, exclusive)
        except FolderBusy:
            os.close(fd)
            raise FolderBusy(self.busy_message) from None
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd, self._slot)
        finally:
            os.close(fd)

    @contextmanager
    def exclusive_while(self, busy_message: str) -> Iterator[None]:
        """Hold this shared lock exclusive for the block (this process alone on the folder), then
        shared again. :raises FolderBusy: with ``busy_message``, another Ekasar has the folder."""
        self.release()
        try:
            self.acquire(exclusive=True)
        except FolderBusy:
            self.acquire(exclusive=False)
            raise FolderBusy(busy_message) from None
        try:
            yield
        finally:
            self.release()
            try:
                self.acquire(exclusive=False)
            except FolderBusy:  # another Ekasar took it exclusive in between: this one must stop
                if sys.exc_info()[1] is None:
                    raise FolderBusy(busy_message) from None
                # else the block's own error goes on (the lock is left released)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> "FolderLock":
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised by the Windows build
    import msvcrt

    def _lock(fd: int, exclusive: bool) -> int | None:
        slots = [0] if exclusive else range(1, _WINDOWS_SLOTS)
        for slot in slots:
            os.lseek(fd, slot, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, _WINDOWS_SLOTS if exclusive else 1)
                return slot
            except OSError:
                if exclusive:
                    break
        raise FolderBusy()

    def _unlock(fd: int, slot: int | None) -> None:
        os.lseek(fd, slot or 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, _WINDOWS_SLOTS if slot == 0 else 1)
else:
    import fcntl

    def _lock(fd: int, exclusive: bool) -> None:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            raise FolderBusy() from None

    def _unlock(fd: int, _slot: int | None) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
