"""Making sure bytes have reached the disk before a file is renamed into place."""

import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_directory(path: Path) -> None:
    """Persist a rename. Some platforms and file systems cannot open a directory; that is fine."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
