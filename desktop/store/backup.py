"""Verified backups of the user's database, kept beside it in ``backups/``.

Used where the database lives on a fragile file system (a FAT or exFAT stick):
a copy is taken with SQLite's online backup, checked with ``integrity_check``,
fsynced and only then renamed into place, so every file named
``user-*.sqlite`` in the folder is a whole, sound database. An encrypted
notebook's backups are encrypted with the same key.
"""

import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

from desktop.data_folder import DataFolder, side_files
from desktop.security.datakey import DataKey
from desktop.store.connect import Errors, connect_user
from desktop.disk.fsync import fsync_directory, fsync_file
from desktop.wording import say

KEEP = 3


def _intact(path: Path, key: DataKey | None) -> bool:
    try:
        conn = connect_user(path, key, read_only=True)
        try:
            sound = conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            return sound and (key is None or not conn.execute("PRAGMA cipher_integrity_check").fetchall())
        finally:
            conn.close()
    except Errors:
        return False


def backups(data_dir: Path) -> list[Path]:
    """Finished backups, newest first."""
    return sorted(DataFolder(data_dir).backups.glob("user-*.sqlite"), reverse=True)


def back_up(conn, data_dir: Path, key: DataKey | None = None) -> Path:
    """Copy the database behind ``conn`` to a new verified backup; keep the newest ``KEEP``.

    :raises OSError: the copy could not be written or did not verify (nothing is left behind).
    """
    folder = DataFolder(data_dir).backups
    folder.mkdir(exist_ok=True, mode=0o700)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    final, partial = folder / f"user-{stamp}.sqlite", folder / f".user-{stamp}.sqlite.partial"
    try:
        target = connect_user(partial, key)
        try:
            conn.backup(target)
        finally:
            target.close()
        fsync_file(partial)
        if not _intact(partial, key):
            raise OSError(say("Store", "the backup {name} did not verify").format(name=partial.name))
        os.replace(partial, final)
        fsync_directory(folder)
    except (OSError, *Errors) as error:
        partial.unlink(missing_ok=True)
        raise OSError(say("Store", "could not back up the notes: {error}").format(error=error)) from None
    for old in backups(data_dir)[KEEP:]:
        old.unlink(missing_ok=True)
    return final


def restore_newest(database: Path, data_dir: Path, key: DataKey | None = None) -> Path | None:
    """Replace ``database`` with the newest backup that still verifies; return it, or None if none does.

    The caller keeps a copy of the damaged file first.
    """
    for candidate in backups(data_dir):
        if not _intact(candidate, key):
            continue
        partial = database.with_name(f".{database.name}.restoring")
        shutil.copyfile(candidate, partial)
        fsync_file(partial)
        for leftover in side_files(database):
            leftover.unlink(missing_ok=True)
        os.replace(partial, database)
        fsync_directory(database.parent)
        return candidate
    return None
