"""A journal of the temporary files an export is writing, so a killed export leaves no plaintext.

An export writes each file under a temporary name on the stick and renames it when complete
(``desktop/export/safe_write.py``). If Ekasar is killed or the power fails in between, the
temporary file stays on the stick with part of the user's notes in it. So before it is created,
its path is recorded in the data folder (``partials/``), and the record is removed once the file
is renamed or removed. At the next start and the next export, ``sweep`` removes the temporary
files of writers that died, and keeps the records of sticks that are not plugged in.

Each record is two files: ``<token>.lock``, locked exclusive by the live writer (an OS lock that
dies with it), and ``<token>.path``, the temporary file's path, written after the lock is held.
A record whose lock can be taken belongs to a writer that is gone.
"""

import os
import re
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.disk.folder_lock import FolderBusy, FolderLock

# The names safe_write gives its temporary files; nothing else is ever removed by a sweep.
TEMPORARY_NAME = re.compile(r"\..+\.[0-9a-f]{8}\.partial")

_journal: Path | None = None
_journal_guard = threading.Lock()


def keep_journal_in(folder: Path) -> None:
    """Record this process's temporary files in ``folder`` from now on (the data folder's ``partials``)."""
    global _journal
    with _journal_guard:
        _journal = folder


def journal_folder() -> Path | None:
    return _journal


@contextmanager
def recorded(temporary: Path) -> Iterator[None]:
    """Record ``temporary`` for the duration of the block (a no-op when no journal is kept).

    The record is removed on leaving the block, whether or not the file was renamed: the writer
    removes its own temporary file on failure, and only a dead writer leaves one behind."""
    folder = _journal
    if folder is None:
        yield
        return
    folder.mkdir(mode=0o700, exist_ok=True)
    token = secrets.token_hex(8)
    lock = FolderLock(folder / f"{token}.lock").acquire(exclusive=True)
    record = folder / f"{token}.path"
    try:
        _write_record(record, temporary)
        yield
    finally:
        _quietly_remove(record)  # a record left behind is swept once this lock is gone
        lock.release()
        _quietly_remove(folder / f"{token}.lock")


def _quietly_remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # held open by a sweeper or an antivirus this instant: the next sweep removes it


def _write_record(record: Path, temporary: Path) -> None:
    fd = os.open(record, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.write(fd, os.fsencode(temporary.absolute()))
        os.fsync(fd)
    finally:
        os.close(fd)


def sweep() -> list[Path]:
    """Remove the temporary files dead writers left behind; return those removed.

    A record whose stick is not plugged in (its folder is missing) is kept for a later sweep."""
    folder = _journal
    if folder is None or not folder.is_dir():
        return []
    removed = []
    for record in sorted(folder.glob("*.path")):
        try:
            removed += _sweep_record(record)
        except (OSError, ValueError):  # a stick pulled out mid-sweep, a record being removed or
            continue  # damaged (undecodable): try again next time
    return removed


def _sweep_record(record: Path) -> list[Path]:
    lock_path = record.with_suffix(".lock")
    try:
        lock = FolderLock(lock_path).acquire(exclusive=True)
    except FolderBusy:
        return []  # its writer is alive
    with lock:
        if not record.exists():
            return []  # its writer finished between the listing and the lock
        temporary = Path(os.fsdecode(record.read_bytes()))
        removed = []
        if not temporary.parent.is_dir():
            return []  # the stick is away: keep the record
        if TEMPORARY_NAME.fullmatch(temporary.name) and (temporary.exists() or temporary.is_symlink()):
            temporary.unlink()
            removed.append(temporary)
        record.unlink()
    lock_path.unlink(missing_ok=True)
    return removed
