"""A BagIt bag (RFC 8493): data/ with the files, a SHA-256 manifest, read back and verified.

Every file goes through the safe writer, the manifest last: a bag whose
manifest is present was completely written; ``verify_bag`` proves it.
README.txt says what the files are; the tag manifest covers it, bagit.txt and the manifest.
"""

import hashlib
from collections.abc import Callable
from pathlib import Path

from desktop.export.readme import README, readme
from desktop.export.safe_write import ExportError, write_atomically
from desktop.wording import say

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
MANIFEST = "manifest-sha256.txt"
TAG_MANIFEST = "tagmanifest-sha256.txt"
TAG_FILES = ("bagit.txt", README, MANIFEST)  # what the tag manifest lists


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
    for name in ("bagit.txt", README, TAG_MANIFEST, MANIFEST):  # the manifest last: it marks a complete bag
        written.append(write_atomically(folder / name, tags[name]))
    problems = verify_bag(folder)
    if problems:
        listed = "; ".join(problems[:3])
        raise ExportError(say("Export", "the export did not verify: {problems}").format(problems=listed))
    return written


def tag_files(files: dict[str, bytes]) -> dict[str, bytes]:
    """bagit.txt, README.txt, the manifest and the tag manifest for ``files``, in the order they are
    written (no bag-info.txt: it would only hold dates and names).

    :raises ExportError: a path that would leave the bag.
    """
    lines = []
    for relative, data in sorted(files.items()):
        if relative.startswith("/") or ".." in relative.split("/"):
            raise ExportError(say("Export", "refusing to write outside the bag: {path}").format(path=relative))
        lines.append(f"{hashlib.sha256(data).hexdigest()}  data/{relative}\n")
    tags = {"bagit.txt": BAGIT_TXT, README: readme(list(files)), MANIFEST: "".join(lines).encode("utf-8")}
    listed = "".join(f"{hashlib.sha256(tags[name]).hexdigest()}  {name}\n" for name in TAG_FILES)
    return {"bagit.txt": tags["bagit.txt"], README: tags[README], TAG_MANIFEST: listed.encode("utf-8"),
            MANIFEST: tags[MANIFEST]}


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or error
        raise ExportError(say("Export", "could not create {name}: {reason}")
                          .format(name=folder.name, reason=reason)) from None


def verify_bag(folder: Path, tags: bool = True) -> list[str]:
    """Problems found reading the bag back (empty when every file matches its checksum).

    ``tags``: the files beside data/ too (an export checks what it wrote); an import checks data/
    only, so a README saved again with other line ends, or a tag file another BagIt tool (or a
    later Ekasar) added, never makes the notes unreadable."""
    manifest = folder / MANIFEST
    if not (folder / "bagit.txt").is_file() or not manifest.is_file():
        return [say("Export", "bagit.txt or the manifest is missing")]
    problems = _check(folder, manifest, lambda relative: relative.startswith("data/"))
    if tags and (folder / TAG_MANIFEST).is_file():  # bags from earlier versions have none
        problems += _check(folder, folder / TAG_MANIFEST, lambda relative: "/" not in relative)
    return problems


def _check(folder: Path, manifest: Path, allowed: Callable[[str], bool]) -> list[str]:
    problems = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        digest, _, relative = line.partition("  ")
        path = folder / relative
        if not allowed(relative) or ".." in Path(relative).parts:
            problems.append(say("Export", "bad path in manifest: {path}").format(path=relative))
        elif not path.is_file():
            problems.append(say("Export", "missing: {path}").format(path=relative))
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            problems.append(say("Export", "damaged: {path}").format(path=relative))
    return problems
