"""Opening the two databases the way each must be opened."""

import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import datetime
from pathlib import Path

import sqlcipher3
from sqlite_utils import Database

from desktop.data_folder import kept_copy_of, side_files
from desktop.errors import EkasarError
from desktop.private_files import make_private
from desktop.security.datakey import DataKey
from desktop.store import stored_text
from desktop.store.schema import SCHEMA_VERSION, user_migrations
from desktop.wording import say, say_n

# An encrypted notebook is read through SQLCipher, whose exceptions are its own classes.
DatabaseErrors = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
Errors = (sqlite3.Error, sqlcipher3.Error)


class StoreError(EkasarError, RuntimeError):
    """A database cannot be used; the message is fit to show the user."""


class DamagedDatabase(StoreError):
    """The user's database is damaged (a copy of it has been kept)."""


def open_archive(path: Path) -> sqlite3.Connection:
    """A read-only connection to an Ekasar archive.

    :raises StoreError: missing file, not an archive, or built for another schema.
    """
    if not path.is_file():
        raise StoreError(say("Store", "archive not found: {path}").format(path=path))
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    stored_text.register(conn)
    try:
        row = conn.execute("SELECT value FROM manifest WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError:
        conn.close()
        raise StoreError(say("Store", "{path} is not an Ekasar archive").format(path=path)) from None
    if row is None or row[0] != str(SCHEMA_VERSION):
        conn.close()
        raise StoreError(say("Store", "{path} was built for another version of Ekasar; rebuild it").format(path=path))
    return conn


def archive_manifest(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM manifest"))


def _uri(path: Path, read_only: bool) -> str:
    return path.resolve().as_uri() + ("?mode=ro" if read_only else "")


def attach_archive(conn: sqlite3.Connection, archive: Path) -> None:
    """Make the archive readable as ``archive.*`` on this connection (never writable)."""
    stored_text.register(conn)
    if isinstance(conn, sqlcipher3.Connection):  # the archive is public: no key
        conn.execute("ATTACH DATABASE ? AS archive KEY ''", (_uri(archive, read_only=True),))
    else:
        conn.execute("ATTACH DATABASE ? AS archive", (_uri(archive, read_only=True),))


def connect_user(path: Path, key: DataKey | None, read_only: bool = False, **options) -> sqlite3.Connection:
    """A connection to a user database: plain SQLite, or SQLCipher keyed with ``key``.

    SQLCipher encrypts every page, of the database, its WAL and its journal,
    and wipes the memory it frees; temporary tables stay in memory.
    """
    if key is None:
        return sqlite3.connect(_uri(path, read_only), uri=True, check_same_thread=False, **options)
    conn = sqlcipher3.connect(_uri(path, read_only), uri=True, check_same_thread=False, **options)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # failures are reported to the user, once
        conn.execute(f'PRAGMA key = "{key.sqlcipher_key()}"')
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def open_user_reader(path: Path, key: DataKey | None = None) -> sqlite3.Connection:
    """A read-only connection to the user's database, for background readers (search).

    The database must exist: the main connection creates and migrates it.
    """
    try:
        return connect_user(path, key, read_only=True)
    except DatabaseErrors as error:
        raise StoreError(say("Store", "{path} cannot be opened: {error}").format(path=path, error=error)) from None


def open_user_db(path: Path, fragile: bool = False, key: DataKey | None = None,
                 alone: Callable[[], AbstractContextManager] = nullcontext) -> Database:
    """Open (creating if needed) the user's database with the pragmas that protect it.

    WAL with synchronous=FULL so a committed note survives a power cut;
    secure_delete so deleted notes do not linger in free pages. On a
    ``fragile`` file system (FAT, exFAT) every commit is written through a
    rollback journal with synchronous=EXTRA (no shared-memory WAL index on the
    stick), and the whole file is checked, not just its structure.
    With a ``key`` the database is SQLCipher's, and every page's MAC is checked
    at open: a changed byte anywhere fails loudly instead of reading wrong notes. The schema is
    brought up to date inside ``alone()`` (no other Ekasar has the notebook open meanwhile).

    :raises StoreError: the file is damaged or is not a database.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    _readable_by_the_user_alone(path)
    conn = connect_user(path, key, isolation_level=None)
    try:
        # first: SQLCipher reports a page failing its MAC as out of memory
        verdict = "ok" if key is None else _cipher_verdict(conn)
        if verdict == "ok":
            conn.execute(f"PRAGMA journal_mode = {'DELETE' if fragile else 'WAL'}")
            for pragma in (f"synchronous = {'EXTRA' if fragile else 'FULL'}", "foreign_keys = ON",
                           "secure_delete = ON", "temp_store = MEMORY", "busy_timeout = 5000"):
                conn.execute(f"PRAGMA {pragma}")
            (verdict,) = conn.execute(f"PRAGMA {'integrity_check' if fragile else 'quick_check'}").fetchone()
    except DatabaseErrors as error:
        conn.close()
        raise DamagedDatabase(say("Store", "{path} cannot be opened: {error}; {kept}")
                              .format(path=path, error=error, kept=_keep_copy(path))) from None
    if verdict != "ok":
        conn.close()
        raise DamagedDatabase(say("Store", "{path} is damaged ({verdict}); {kept}; restore it from a backup")
                              .format(path=path, verdict=verdict, kept=_keep_copy(path)))
    for side in side_files(path):  # the write-ahead log and its index, made by SQLite just now
        if side.exists():
            make_private(side)  # (on Windows they take the folder's access list, not the notebook's)
    db = Database(conn)
    known = {m.name for m in user_migrations._migrations}
    unknown = {m.name for m in user_migrations.applied(db)} - known
    if unknown:
        conn.close()
        raise StoreError(say("Store", "{path} was written by a newer version of Ekasar; {kept}; "
                                      "use that version, or another data folder")
                         .format(path=path, kept=_keep_copy(path)))
    if user_migrations.pending(db):
        try:
            with alone():
                user_migrations.apply(db)
        except BaseException:
            conn.close()
            raise
    return db


def _cipher_verdict(conn: sqlite3.Connection) -> str:
    """"ok", or how many pages of an encrypted notebook fail their check (and the first)."""
    failures = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    if not failures:
        return "ok"
    failed = len(failures)
    return say_n("Store", "{count} pages fail their check: {failure}", "", failed).format(failure=failures[0][0])


def _readable_by_the_user_alone(path: Path) -> None:
    """The notebook is 0600 (SQLite gives its journal and WAL the same mode) or, on Windows, open to
    its owner alone, whatever the umask, and whoever made the folder."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600))
    except OSError:
        return  # a read-only copy: SQLite says what fails
    make_private(path)  # (a file system without permissions, FAT or exFAT, keeps none)


def _keep_copy(path: Path) -> str:
    """Copy a database we refuse to open next to it, untouched; say where."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = kept_copy_of(path, stamp)
    try:
        if not copy.exists():
            shutil.copy2(path, copy)
    except OSError as error:
        return say("Store", "it was left untouched (no copy could be made: {reason})").format(reason=error.strerror)
    return say("Store", "it was left untouched and a copy kept as {name}").format(name=copy.name)
