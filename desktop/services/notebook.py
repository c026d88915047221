"""The encrypted notebook on disk: its key file, unlocking, changing the passphrase, quick delete.

Files in the data folder:

``notebook.key``      the data key wrapped by the passphrase (see ``wrap``); its presence
                      means the notebook is encrypted
``user.sqlite``       the notes, every page encrypted by SQLCipher with the data key
``backups/``          (on a stick) verified copies, encrypted with the same key
``security.json``     failed unlocks so far and the optional wipe threshold (no secrets)

Every step that can be interrupted leaves a state the next start finishes
(``recover``): an encryption half done is finished or undone, and a quick
delete, whose first act is to overwrite the wrapped key in place, is
completed.
"""

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from desktop.private_files import make_private
from desktop.errors import EkasarError
from desktop.data_folder import DataFolder, side_files
from desktop.disk.folder_lock import FolderLock
from desktop.security.datakey import DataKey
from desktop.security.kdf import wipe
from desktop.security.wrap import WrongPassphrase, new_data_key, rewrap, unwrap, wrap
from desktop.store.encryption import is_plain_database, write_encrypted_copy
from desktop.disk.fsync import fsync_directory
from desktop.wording import say, say_n

KIND = "ekasar-notebook-key"
# Written over the wrapped key, in place, as the first act of a quick delete.
TOMBSTONE = b'{"format":"ekasar-notebook-deleted"}'
CONFIRM_WORD = "DELETE"  # typed to confirm "Delete my notes", in the window and the CLI


class NotebookWiped(EkasarError, RuntimeError):
    def __init__(self, attempts: int) -> None:
        super().__init__(say_n("Notebook", "the notes were deleted after {count} wrong passphrases, as this "
                                           "notebook was set to do", "", attempts))


@dataclass
class UnlockPolicy:
    failures: int = 0
    wipe_after: int = 0  # 0: never wipe


class Notebook:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.folder = DataFolder(data_dir)
        self.key_path = self.folder.key_file
        self.db_path = self.folder.user_db

    # State ---------------------------------------------------------------------------
    def is_encrypted(self) -> bool:
        return self.key_path.exists() and not self._key_destroyed()

    def _key_destroyed(self) -> bool:
        try:
            return self.key_path.read_bytes().startswith(TOMBSTONE)
        except OSError:
            return False

    def _key_partials(self) -> list[Path]:
        """Half-written key files (each writer has its own: parallel attempts never collide)."""
        return sorted(self.key_path.parent.glob(f"{_partial_of(self.key_path).name}*"))

    def recover(self) -> str | None:
        """Finish whatever a crash or a kill interrupted; say what was done (None: nothing)."""
        if self._key_destroyed() or self.folder.deleting_marker.exists():
            self._remove_notebook_files()
            return say("Notebook", "An interrupted “Delete my notes” was completed.")
        for partial in self._key_partials():  # a passphrase change that never happened
            partial.unlink(missing_ok=True)
        encrypting = self.folder.encrypting_marker
        if encrypting.exists():
            if self.is_encrypted():  # the key was written after the copy was complete
                self._replace_plain_with(encrypting)
                return say("Notebook", "Encrypting the notebook was interrupted and has been completed.")
            encrypting.unlink()  # the key was never written: the plain notebook stands
        if self.is_encrypted():
            self._wipe_plain_leftovers()
        return None

    # Encrypting, unlocking, changing the passphrase ------------------------------------
    def encrypt(self, passphrase: str) -> DataKey:
        """Encrypt the notebook (a new one, or the plain one there now) under ``passphrase``.

        The plain notebook must be closed. Plain copies (backups, kept copies) are
        overwritten and removed; see the README on what overwriting can and cannot do.
        """
        if self.is_encrypted():
            raise ValueError(say("Notebook", "the notebook is already encrypted"))
        with self._alone(), self._key_alone():
            return self._encrypt(passphrase)

    def _alone(self) -> FolderLock:
        """The folder locked exclusive: no other Ekasar has the notebook open (:raises FolderBusy:)."""
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        return FolderLock(self.folder.lock_file).acquire(exclusive=True)

    def _key_alone(self) -> FolderLock:
        """The key file to this process alone while it is rewritten: two passphrase changes at
        once would leave one of them silently undone (:raises FolderBusy:)."""
        busy = say("Notebook", "the passphrase is being changed by another Ekasar window or command: try again "
                               "when it is done")
        return FolderLock(self.folder.key_lock_file, busy).acquire(exclusive=True)

    def _encrypt(self, passphrase: str) -> DataKey:
        raw = new_data_key()
        key = DataKey(bytearray(raw))
        record = wrap(raw, passphrase, KIND)
        wipe(raw)
        encrypting = self.folder.encrypting_marker
        if self.db_path.exists():
            write_encrypted_copy(self.db_path, encrypting, key)
        _write_atomically(self.key_path, record)
        if encrypting.exists():
            self._replace_plain_with(encrypting)
        self._wipe_plain_leftovers()
        return key

    def unlock(self, passphrase: str) -> DataKey:
        """The data key. :raises WrongPassphrase: :raises DamagedKey: :raises NotebookWiped:"""
        policy = self.policy()
        if policy.wipe_after:  # counted before trying, so killing a slow attempt does not escape it
            policy.failures += 1
            self._save_policy(policy)
        try:
            key = DataKey(unwrap(self.key_path.read_bytes(), passphrase, KIND))
        except WrongPassphrase:
            if policy.wipe_after and policy.failures >= policy.wipe_after:
                self.delete_notes()
                raise NotebookWiped(policy.failures) from None
            raise
        if policy.failures:
            self._save_policy(UnlockPolicy(0, policy.wipe_after))
        return key

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the same data key: the notes themselves are not rewritten, so connections open
        elsewhere (this window's, another command's) go on as they were."""
        with self._key_alone():
            _write_atomically(self.key_path, rewrap(self.key_path.read_bytes(), old, new, KIND))

    def policy(self) -> UnlockPolicy:
        try:
            data = json.loads(self.folder.security_file.read_text(encoding="utf-8"))
            return UnlockPolicy(max(0, int(data.get("failures", 0))), max(0, int(data.get("wipe_after", 0))))
        except (OSError, ValueError, TypeError, AttributeError):
            return UnlockPolicy()

    def set_wipe_after(self, attempts: int) -> None:
        policy = self.policy()
        policy.wipe_after = max(0, attempts)
        self._save_policy(policy)

    def _save_policy(self, policy: UnlockPolicy) -> None:
        data = json.dumps({"failures": policy.failures, "wipe_after": policy.wipe_after}).encode()
        _write_atomically(self.folder.security_file, data)

    # Quick delete -------------------------------------------------------------------
    def delete_notes(self) -> None:
        """Destroy the notes: first the wrapped key (overwritten in place and synced, so the
        encrypted notes are unreadable from that instant), then every file of the notebook.
        A plain notebook's files are overwritten before they are removed."""
        if self.key_path.exists():
            _overwrite_in_place(self.key_path, TOMBSTONE)
            for partial in self._key_partials():
                _overwrite_in_place(partial)
        elif self.db_path.exists():
            _write_atomically(self.folder.deleting_marker, b"")
        self._remove_notebook_files()

    def _remove_notebook_files(self) -> None:
        plain_marker = self.folder.deleting_marker
        for path in self._notebook_files():
            if plain_marker.exists() and is_plain_database(path):
                _overwrite_in_place(path)
            path.unlink(missing_ok=True)
        self.folder.security_file.unlink(missing_ok=True)
        self.key_path.unlink(missing_ok=True)
        plain_marker.unlink(missing_ok=True)
        fsync_directory(self.data_dir)

    def _notebook_files(self) -> list[Path]:
        """Every file that holds notes, in any form: the database and its side files, the
        half-encrypted copy, backups, copies kept of a damaged database, Qt's file-dialog history,
        the records of an export's temporary files."""
        files = [self.db_path, *side_files(self.db_path)]
        files += self._key_partials()
        files += [self.folder.encrypting_marker, *self.folder.kept_copies()]
        files += [p for p in self.folder.backups.glob("*") if p.is_file()]
        files += [p for p in self.folder.qt_settings.rglob("*") if p.is_file()]
        files += [p for p in self.folder.partials.glob("*.path")]  # where exports were written
        return [p for p in files if p.exists()]

    # Plain leftovers after encrypting -----------------------------------------------------
    def _replace_plain_with(self, encrypted: Path) -> None:
        for leftover in side_files(self.db_path):
            if leftover.exists():
                _overwrite_in_place(leftover)
                leftover.unlink()
        if is_plain_database(self.db_path):
            _overwrite_in_place(self.db_path)
        os.replace(encrypted, self.db_path)
        fsync_directory(self.data_dir)

    def _wipe_plain_leftovers(self) -> None:
        """Backups and kept copies made while the notebook was plain, and Qt's file-dialog history
        (the folders opened and exported to), which is no longer written once encrypted."""
        candidates = [*self.folder.kept_copies(), *self.folder.backups.glob("*")]
        for path in candidates:
            if path.is_file() and is_plain_database(path):
                _overwrite_in_place(path)
                path.unlink()
        for path in self.folder.qt_settings.rglob("*"):
            if path.is_file():
                _overwrite_in_place(path)
                path.unlink()


def _overwrite_in_place(path: Path, head: bytes = b"") -> None:
    """Overwrite a file's bytes where they are (``head``, then random bytes) and sync.

    On a hard disk this destroys the old content; SSDs and copy-on-write file
    systems may keep old copies of the blocks elsewhere (see the README)."""
    size, chunk = path.stat().st_size, 1 << 20
    fd = os.open(path, os.O_WRONLY)
    try:
        os.write(fd, head)
        written = len(head)
        while written < size:
            written += os.write(fd, secrets.token_bytes(min(size - written, chunk)))
        os.fsync(fd)
    finally:
        os.close(fd)


def _partial_of(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial")


def _write_atomically(path: Path, data: bytes) -> None:
    """Readable by the user alone (0600, or the owner's access list on Windows), under a partial
    name of this writer's own."""
    partial = path.with_name(f"{_partial_of(path).name}-{os.getpid()}-{secrets.token_hex(4)}")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    make_private(partial)  # (on Windows, 0600 means nothing: an access list for the owner alone)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)

