"""Writing a file so that it is never left half-written under its final name.

The bytes go to a temporary name in the destination folder, are flushed and
fsynced, then renamed over the final name, and the folder is fsynced: a crash,
a power cut or a stick pulled out leaves either the old file or the new one.
The temporary name is recorded in the data folder while it exists, so one a
killed Ekasar left on a stick is removed at the next start or export
(``desktop/disk/partials.py``).
"""

import os
import secrets
from pathlib import Path

from desktop.errors import EkasarError
from desktop.disk.fsync import fsync_directory
from desktop.disk.partials import recorded
from desktop.wording import say


class ExportError(EkasarError, OSError):
    """The file could not be written; the message is fit to show the user."""


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` safely; return the path.

    :raises ExportError: the folder is missing or read-only, the disk is full,
        or the medium went away; nothing is left under ``path`` or a temporary name.
    """
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(say("Export", "the folder {folder} does not exist").format(folder=folder))
    temporary = folder / f".{path.name}.{secrets.token_hex(4)}.partial"
    try:
        with recorded(temporary):  # removed from the record only once it is gone from the disk
            _write_and_rename(temporary, data, path)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExportError(say("Export", "could not write {name}: {reason}")
                          .format(name=path.name, reason=reason)) from None
    return path


def _write_and_rename(temporary: Path, data: bytes, path: Path) -> None:
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        raise
    fsync_directory(path.parent)
