"""Turning a plain user database into an encrypted (SQLCipher) one, and telling them apart."""

from pathlib import Path

import sqlcipher3

from desktop.security.datakey import DataKey
from desktop.store.connect import DatabaseErrors, StoreError, connect_user
from desktop.disk.fsync import fsync_file
from desktop.wording import say

PLAIN_HEADER = b"SQLite format 3\x00"


def is_plain_database(path: Path) -> bool:
    """Whether ``path`` starts like an unencrypted SQLite database (an encrypted one looks random)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def write_encrypted_copy(plain: Path, target: Path, key: DataKey) -> None:
    """Copy every table of ``plain`` into a new SQLCipher database ``target``, fsynced and checked.

    The plain database is read through its WAL; it is left as it was.
    :raises StoreError: the copy failed (``target`` is removed).
    """
    target.unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(plain), isolation_level=None)
    try:
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), key.sqlcipher_key()))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
    except DatabaseErrors as error:
        target.unlink(missing_ok=True)
        raise StoreError(say("Store", "could not encrypt the notebook: {error}").format(error=error)) from None
    finally:
        conn.close()
    fsync_file(target)
    check = connect_user(target, key, read_only=True)
    try:
        sound = (check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
                 and not check.execute("PRAGMA cipher_integrity_check").fetchall())
    except DatabaseErrors:
        sound = False
    finally:
        check.close()
    if not sound:
        target.unlink(missing_ok=True)
        raise StoreError(say("Store", "could not encrypt the notebook: the encrypted copy did not verify"))
