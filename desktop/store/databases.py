"""The one holder of the two databases: the archive (read-only) and the user's notebook.

Every service (desktop/services/) works through one ``Databases``. One instance per thread:
SQLite connections are not shared across threads. A ``read_only`` holder (for background
readers such as search) never writes and never migrates; the notebook must already exist.
"""

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from desktop.data_folder import DataFolder
from desktop.paths import ensure_data_dir
from desktop.disk.folder_lock import FolderLock
from desktop.security.datakey import DataKey, NotebookLocked
from desktop.store.connect import Errors, StoreError, attach_archive, open_archive, open_user_reader
from desktop.store.safekeeping import Safekeeping, open_user_db_safely
from desktop.wording import say

ARCHIVE, USER = "archive", "user"


class NotebookIsEncrypted(StoreError):
    def __init__(self) -> None:
        super().__init__(say("Store", "the notebook is encrypted: unlock it with its passphrase"))


class NotebookReplaced(StoreError):
    def __init__(self) -> None:
        super().__init__(say("Store", "the notebook was deleted or replaced by another Ekasar window or command; "
                                      "this change was not kept: close this window and open Ekasar again"))


def alone_needed() -> str:
    """Why a restore or a schema update is refused while another Ekasar has the notebook open."""
    return say("Store", "Ekasar must have this notebook to itself to restore it from a backup or update it "
                        "for this version, and another Ekasar window or command has it open: close that one, "
                        "then start again")


class Databases:
    def __init__(self, archive_path: Path, data_dir: Path, read_only: bool = False,
                 key: DataKey | None = None) -> None:
        self.archive_path, self.data_dir, self.read_only = archive_path, data_dir, read_only
        self.key = key  # the encrypted notebook's key; readers opened for this holder share it
        self.folder = DataFolder(data_dir)
        if key is None and self.folder.looks_encrypted():
            raise NotebookIsEncrypted()
        ensure_data_dir(data_dir)
        # Shared with every other Ekasar on this notebook; what replaces it waits for none.
        self.lock = FolderLock(self.folder.lock_file).acquire(exclusive=False)
        try:
            self.archive: sqlite3.Connection = open_archive(archive_path)
        except BaseException:
            self.lock.release()
            raise
        self.user: Database | None = None
        self.safekeeping: Safekeeping | None = None
        try:
            if read_only:
                self.user_conn = open_user_reader(self.folder.user_db, key)
            else:
                self.user, self.safekeeping = open_user_db_safely(self.folder.user_db, data_dir, key, self._alone)
                self.user_conn = self.user.conn
            attach_archive(self.user_conn, archive_path)
            self._identity = self._notebook_identity()
        except Exception:
            self.close()
            raise

    def _alone(self):
        """This process alone on the notebook, to restore it or update its schema."""
        return self.lock.exclusive_while(alone_needed())

    def pairs(self) -> tuple[tuple[sqlite3.Connection, str], ...]:
        """(connection, source) for the archive, then the user's imports."""
        return ((self.archive, ARCHIVE), (self.user_conn, USER))

    def connections(self) -> list[sqlite3.Connection]:
        return [self.archive, self.user_conn]

    def writer(self) -> Database:
        if self.user is None:
            raise StoreError(say("Store", "this library was opened read-only"))
        self.ensure_current()
        return self.user

    def _notebook_identity(self) -> tuple[int, int, bool] | None:
        try:
            stat = self.folder.user_db.stat()
        except FileNotFoundError:
            return None
        return stat.st_dev, stat.st_ino, self.folder.looks_encrypted()

    def ensure_current(self) -> None:
        """:raises NotebookReplaced: the notebook this holder writes to is no longer the one in the
        data folder (deleted, or encrypted anew, by another Ekasar): nothing written to it since
        would be found again, so nothing may be reported saved."""
        if self.user is not None and self._notebook_identity() != self._identity:
            raise NotebookReplaced()

    def back_up_if_changed(self) -> Path | None:
        """On a FAT or exFAT stick, a verified backup of the notes if they changed (see safekeeping)."""
        if self.safekeeping is None or self.user is None:
            return None
        return self.safekeeping.back_up_if_changed(self.user_conn, self.data_dir)

    def close(self) -> None:
        self.archive.close()
        if getattr(self, "user_conn", None) is not None:
            try:
                self.back_up_if_changed()
            except (OSError, NotebookLocked, *Errors):
                pass  # every note is already committed; the backup is a second copy (and a
                # background writer closing after a lock has no key left to make one with)
            self.safekeeping = None
            self.user_conn.close()
        self.lock.release()
