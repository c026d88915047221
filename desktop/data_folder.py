"""Every file Ekasar keeps in the user's data folder, named in one place.

The store, the notebook's security, the self-test, the window and the CLI all find their files
through a ``DataFolder``, so a file is never named twice (and quick delete knows every one).
Pure paths: nothing here opens, creates or removes a file.
"""

from dataclasses import dataclass
from pathlib import Path

USER_DB_NAME = "user.sqlite"
KEY_FILE_NAME = "notebook.key"  # present: the notebook is encrypted (desktop/services/notebook.py)
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")  # SQLite's files beside a database


@dataclass(frozen=True)
class DataFolder:
    root: Path

    @property
    def user_db(self) -> Path:
        """The notebook: notes, tags, imports, curation, reading state."""
        return self.root / USER_DB_NAME

    @property
    def key_file(self) -> Path:
        """The encrypted notebook's wrapped data key."""
        return self.root / KEY_FILE_NAME

    @property
    def settings(self) -> Path:
        """The window's settings (INI), never the registry or ~/.config."""
        return self.root / "settings.ini"

    @property
    def qt_settings(self) -> Path:
        """Qt's own settings (file-dialog history), confined here by the window."""
        return self.root / "qt"

    @property
    def partials(self) -> Path:
        """Records of the temporary files an export is writing on a stick (desktop/disk/partials.py)."""
        return self.root / "partials"

    @property
    def backups(self) -> Path:
        """Verified copies of the notebook, kept when it lives on a FAT or exFAT stick."""
        return self.root / "backups"

    @property
    def cache(self) -> Path:
        """The archive built from the bundled seeds, when no prebuilt archive ships."""
        return self.root / "cache"

    @property
    def security_file(self) -> Path:
        """Unlock policy and failure count (no secret in it)."""
        return self.root / "security.json"

    @property
    def encrypting_marker(self) -> Path:
        """The encrypted copy being made; its presence means an encryption was interrupted."""
        return self.root / f".{USER_DB_NAME}.encrypting"

    @property
    def deleting_marker(self) -> Path:
        """A plain notebook's quick delete under way."""
        return self.root / "deleting"

    @property
    def lock_file(self) -> Path:
        """Locked shared by every Ekasar with the notebook open, exclusive to replace it."""
        return self.root / ".ekasar.lock"

    @property
    def key_lock_file(self) -> Path:
        """Locked exclusive while the key file is rewritten (a new passphrase, encrypting)."""
        return self.root / ".ekasar-key.lock"

    def kept_copy(self, stamp: str) -> Path:
        """Where a damaged notebook is set aside before a fresh one is made."""
        return kept_copy_of(self.user_db, stamp)

    def kept_copies(self) -> list[Path]:
        return sorted(self.root.glob(f"{USER_DB_NAME}.kept-*"))

    def looks_encrypted(self) -> bool:
        """A key file is there (it may be a quick delete's tombstone: see Notebook.is_encrypted)."""
        return self.key_file.exists()


def kept_copy_of(database: Path, stamp: str) -> Path:
    """An untouched copy of a database Ekasar refused to open, beside it."""
    return database.with_name(f"{database.name}.kept-{stamp}")


def side_files(database: Path) -> list[Path]:
    """The journal, WAL and shared-memory files SQLite keeps beside ``database``."""
    return [database.with_name(database.name + suffix) for suffix in SIDE_SUFFIXES]
