"""Finding the archive to open, building it from the bundled seeds when needed."""

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.data_folder import DataFolder
from desktop.paths import ENV_ARCHIVE, bundled_archive, bundled_seeds_dir


@dataclass(frozen=True)
class PendingBuild:
    """The archive still to be built from the bundled seeds, into the data folder's cache."""

    seeds: Path
    target: Path

    def run(self, progress: Callable[[int, int], None] | None = None) -> Path:
        from desktop.store.build import build_archive  # the builder (extraction, processes) only when building

        build_archive(self.seeds, self.target, progress)
        for stale in self.target.parent.glob("archive-*.sqlite"):
            if stale != self.target:
                stale.unlink(missing_ok=True)
        return self.target


def locate_archive(data_dir: Path, explicit: str | None = None, environ=None) -> tuple[Path, PendingBuild | None]:
    """The archive to read, in this order: ``explicit``, ``EKASAR_ARCHIVE``, a
    prebuilt archive shipped with the program, or one built from the bundled
    seeds into ``<data dir>/cache`` (rebuilt whenever the seeds or the
    builder change); with the build still to run, if one is needed."""
    environ = os.environ if environ is None else environ
    if explicit:
        return Path(explicit).expanduser(), None
    if environ.get(ENV_ARCHIVE):
        return Path(environ[ENV_ARCHIVE]).expanduser(), None
    if bundled_archive().is_file():
        return bundled_archive(), None
    from desktop.store.build import seeds_fingerprint

    seeds = bundled_seeds_dir()
    target = DataFolder(data_dir).cache / f"archive-{seeds_fingerprint(seeds)[:16]}.sqlite"
    return target, (None if target.is_file() else PendingBuild(seeds, target))


def active_archive(data_dir: Path, explicit: str | None = None, environ=None) -> Path:
    """The archive to read (``locate_archive``), built first when needed."""
    target, pending = locate_archive(data_dir, explicit, environ)
    return pending.run() if pending is not None else target


def open_library(data_dir: Path, archive: str | None = None, key=None):
    """The user's library on the active archive (see ``active_archive``), with the
    notebook's data key if it is encrypted."""
    from desktop.services.library import Library

    return Library(active_archive(data_dir, archive), data_dir, key=key)
