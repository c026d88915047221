"""Finding the archive to open, building it from the bundled seeds when needed."""

import os
from pathlib import Path

from desktop.data_folder import DataFolder
from desktop.paths import ENV_ARCHIVE, bundled_archive, bundled_seeds_dir
from desktop.store.build import build_archive, seeds_fingerprint


def active_archive(data_dir: Path, explicit: str | None = None, environ=None) -> Path:
    """The archive to read, in this order: ``explicit``, ``EKASAR_ARCHIVE``, a
    prebuilt archive shipped with the program, or one built from the bundled
    seeds into ``<data dir>/cache`` (rebuilt whenever the seeds or the
    builder change)."""
    environ = os.environ if environ is None else environ
    if explicit:
        return Path(explicit).expanduser()
    if environ.get(ENV_ARCHIVE):
        return Path(environ[ENV_ARCHIVE]).expanduser()
    if bundled_archive().is_file():
        return bundled_archive()
    seeds = bundled_seeds_dir()
    fingerprint = seeds_fingerprint(seeds)
    cache = DataFolder(data_dir).cache
    target = cache / f"archive-{fingerprint[:16]}.sqlite"
    if not target.is_file():
        build_archive(seeds, target)
        for stale in cache.glob("archive-*.sqlite"):
            if stale != target:
                stale.unlink(missing_ok=True)
    return target


def open_library(data_dir: Path, archive: str | None = None, key=None):
    """The user's library on the active archive (see ``active_archive``), with the
    notebook's data key if it is encrypted."""
    from desktop.services.library import Library

    return Library(active_archive(data_dir, archive), data_dir, key=key)
