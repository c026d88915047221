"""A BagIt bag (RFC 8493): data/ with the files, a SHA-256 manifest, read back and verified.

Every file goes through the safe writer, the manifest last: a bag whose
manifest is present was completely written; ``verify_bag`` proves it.
"""

import hashlib
from collections.abc import Callable
from pathlib import Path

from desktop.export.safe_write import ExportError, write_atomically
from desktop.wording import say

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
MANIFEST = "manifest-sha256.txt"


def write_bag(folder: Path, files: dict[str, bytes], progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Write ``files`` (paths relative to data/, "/"-separated) as a bag in ``folder``; return the paths written.

    :raises ExportError: on any write failure, or if what was written does not read back the same.
    """
    _make_folder(folder)
    written = []
    tags = tag_files(files)
    for done, (relative, data) in enumerate(sorted(files.items()), 1):
        target = folder / "data" / relative
        _make_folder(target.parent)
        written.append(write_atomically(target, data))
        if progress:
            progress(done, len(files))
    written.append(write_atomically(folder / "bagit.txt", tags["bagit.txt"]))
    written.append(write_atomically(folder / MANIFEST, tags[MANIFEST]))
    problems = verify_bag(folder)
    if problems:
        listed = "; ".join(problems[:3])
        raise ExportError(say("Export", "the export did not verify: {problems}").format(problems=listed))
    return written


def tag_files(files: dict[str, bytes]) -> dict[str, bytes]:
    """bagit.txt and the manifest for ``files`` (no bag-info.txt: it would only hold dates and names).

    :raises ExportError: a path that would leave the bag.
    """
    lines = []
    for relative, data in sorted(files.items()):
        if relative.startswith("/") or ".." in relative.split("/"):
            raise ExportError(say("Export", "refusing to write outside the bag: {path}").format(path=relative))
        lines.append(f"{hashlib.sha256(data).hexdigest()}  data/{relative}\n")
    return {"bagit.txt": BAGIT_TXT, MANIFEST: "".join(lines).encode("utf-8")}


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or error
        raise ExportError(say("Export", "could not create {name}: {reason}")
                          .format(name=folder.name, reason=reason)) from None


def verify_bag(folder: Path) -> list[str]:
    """Problems found reading the bag back (empty when every file matches its checksum)."""
    manifest = folder / MANIFEST
    if not (folder / "bagit.txt").is_file() or not manifest.is_file():
        return [say("Export", "bagit.txt or the manifest is missing")]
    problems = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        digest, _, relative = line.partition("  ")
        path = folder / relative
        if not relative.startswith("data/") or ".." in Path(relative).parts:
            problems.append(say("Export", "bad path in manifest: {path}").format(path=relative))
        elif not path.is_file():
            problems.append(say("Export", "missing: {path}").format(path=relative))
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            problems.append(say("Export", "damaged: {path}").format(path=relative))
    return problems
