"""Opening the user's database with the care its file system needs.

On a fragile file system (a FAT or exFAT stick) the database is written
through, checked in full at every start, backed up (verified) at start, at
close and periodically while it changes, and restored from the newest sound
backup if it is found damaged (the damaged file is kept beside it).
"""

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.security.datakey import DataKey
from desktop.store.backup import back_up, backups, restore_newest
from desktop.store.connect import DamagedDatabase, open_user_db
from desktop.disk.filesystem import describe, filesystem_of, is_fragile


@dataclass
class Safekeeping:
    """How the user's database is looked after where it lives."""

    filesystem: str | None
    fragile: bool
    restored_from: Path | None = None  # the backup restored at start, if any
    damage: str | None = None  # why it was restored
    key: DataKey | None = None  # an encrypted notebook's key: its backups are encrypted too
    _changes_backed_up: int = -1

    @property
    def filesystem_name(self) -> str:
        return describe(self.filesystem)

    def back_up_if_changed(self, conn, data_dir: Path) -> Path | None:
        """A verified backup if the database changed since the last one (fragile file systems only)."""
        if not self.fragile or conn.total_changes == self._changes_backed_up:
            return None
        path = back_up(conn, data_dir, self.key)
        self._changes_backed_up = conn.total_changes
        return path


def open_user_db_safely(path: Path, data_dir: Path, key: DataKey | None = None,
                        alone: Callable[[], AbstractContextManager] = nullcontext) -> tuple[Database, Safekeeping]:
    """The user's database and how it is kept; a restore or a schema update happens inside
    ``alone()``, with no other Ekasar on the notebook. :raises StoreError: damaged and no sound
    backup, or another Ekasar has the notebook open when it must be restored or updated."""
    kind = filesystem_of(path.parent)
    keeping = Safekeeping(kind, is_fragile(kind), key=key)
    try:
        db = open_user_db(path, keeping.fragile, key, alone)
    except DamagedDatabase as damage:
        if not keeping.fragile:
            raise
        db = None
        try:
            with alone():
                db = _restored(path, data_dir, keeping, damage)
        except BaseException:
            if db is not None:  # restored, but the notebook could not be held again afterwards
                db.conn.close()
            raise
    newest = backups(data_dir)[:1]
    if newest and newest[0].stat().st_mtime_ns > path.stat().st_mtime_ns:
        keeping._changes_backed_up = db.conn.total_changes  # unchanged since its last backup
    else:
        keeping.back_up_if_changed(db.conn, data_dir)
    return db, keeping


def _restored(path: Path, data_dir: Path, keeping: Safekeeping, damage: DamagedDatabase) -> Database:
    """Alone on the notebook: open it if another Ekasar restored it meanwhile, else replace it with
    the newest sound backup and open that. :raises DamagedDatabase: no backup is sound."""
    try:
        return open_user_db(path, keeping.fragile, keeping.key)
    except DamagedDatabase:
        pass
    restored = restore_newest(path, data_dir, keeping.key)
    if restored is None:
        raise damage
    keeping.restored_from, keeping.damage = restored, str(damage)
    return open_user_db(path, keeping.fragile, keeping.key)
