"""Finding and reading the files a user asks to import."""

import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop.disk.safe_read import UnreadableFile, read_regular_file
from desktop.ingest.decode import MAX_BYTES, UndecodableFile, decode_text
from desktop.ingest.readers.registry import reader_for
from desktop.wording import digits, say

FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


SUPPORTED = ".txt, .md, .html, .pdf, .docx, .odt, .epub"  # what the import takes, as said to the user


@dataclass(frozen=True)
class Skipped:
    path: Path
    reason: str


def collect_files(paths: list[Path]) -> tuple[list[Path], list[Skipped]]:
    """Expand folders (recursively, not following links to folders) into files.

    Returns the candidate files, in a stable order, and the paths that cannot be imported at all
    (missing, unsupported type, not a regular file, a link leading out of the chosen folder).
    Nothing is opened here: devices, FIFOs and sockets are told apart by their metadata alone.
    """
    found: list[Path] = []
    skipped: list[Skipped] = []

    def consider(path: Path, folder: Path | None) -> None:
        reason = _why_not(path, folder)
        if reason:
            skipped.append(Skipped(path, reason))
        elif path.suffix.lower() in FORMAT_BY_SUFFIX or reader_for(path.suffix):
            found.append(path)
        else:
            kind = path.suffix or say("Import", "files without an extension")
            skipped.append(Skipped(path, say("Import", "unsupported file type ({kind}); use one of {formats}")
                                   .format(kind=kind, formats=SUPPORTED)))

    for path in paths:
        if path.is_dir() and not path.is_symlink():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if not name.startswith("."):
                        consider(Path(root) / name, path)
        elif os.path.lexists(path):
            consider(path, None)
        else:
            skipped.append(Skipped(path, say("Import", "no such file or folder")))
    return found, skipped


def _why_not(path: Path, folder: Path | None) -> str | None:
    """Why ``path`` (found in ``folder``, or chosen itself) cannot be read, or None."""
    try:
        if path.is_symlink() and folder is not None:
            target = path.resolve(strict=True)
            if not target.is_relative_to(folder.resolve()):
                return say("Import", "a link to a file outside the folder (not followed)")
        status = path.stat()  # a link the user chose, or one inside the folder: its target
    except (OSError, RuntimeError):
        on_windows = sys.platform == "win32" and windows_name_problem(path)
        return on_windows or say("Import", "a broken link, or a file that cannot be read")
    if stat.S_ISDIR(status.st_mode):
        return say("Import", "a link to a folder (not followed)")
    if not stat.S_ISREG(status.st_mode):
        return say("Import", "not a regular file (a device, a pipe or a socket)")
    return None


# Names Windows keeps for devices, whatever the extension ("CON.txt" is the console).
WINDOWS_DEVICE_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                        *(f"LPT{n}" for n in range(1, 10))}
WINDOWS_MAX_PATH = 260


def windows_name_problem(path: Path) -> str | None:
    """Why Windows would refuse this file's name or path, said so a user can mend it; or None."""
    if path.name.split(".", 1)[0].rstrip(" ").upper() in WINDOWS_DEVICE_NAMES:
        return say("Import", "a name Windows keeps for a device (CON, PRN, AUX, NUL, COM1–9, LPT1–9): "
                             "rename the file")
    if len(str(path.absolute())) >= WINDOWS_MAX_PATH:
        return say("Import", "a path longer than Windows allows ({limit} characters, unless long paths are "
                   "turned on): move it nearer the top of the drive").format(limit=digits(str(WINDOWS_MAX_PATH)))
    return None


def read_text_file(path: Path) -> tuple[str, str]:
    """Return ``(text, format)`` for a supported file.

    The file is opened once, without following a last link Ekasar did not resolve itself and
    without blocking (a FIFO swapped in after the check is not waited on); it must be a regular
    file of at most 50 MB by its open handle's own metadata, and no more than that is ever read.

    :raises UndecodableFile: with a reason fit to show the user.
    """
    try:
        data = read_regular_file(path.resolve(strict=True), MAX_BYTES)
    except UnreadableFile as error:
        raise UndecodableFile(str(error)) from None
    except OSError as error:
        reason = error.strerror or error
        raise UndecodableFile(say("Import", "cannot be read ({reason})").format(reason=reason)) from None
    text, _encoding = decode_text(data)
    return text, FORMAT_BY_SUFFIX[path.suffix.lower()]
