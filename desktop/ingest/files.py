"""Finding and reading the files a user asks to import."""

import os
from dataclasses import dataclass
from pathlib import Path

from desktop.ingest.decode import MAX_BYTES, UndecodableFile, decode_text

FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


@dataclass(frozen=True)
class Skipped:
    path: Path
    reason: str


def collect_files(paths: list[Path]) -> tuple[list[Path], list[Skipped]]:
    """Expand folders (recursively, not following links to folders) into files.

    Returns the candidate files, in a stable order, and the paths that cannot
    be imported at all (missing, unsupported type).
    """
    found: list[Path] = []
    skipped: list[Skipped] = []

    def consider(path: Path) -> None:
        if path.suffix.lower() in FORMAT_BY_SUFFIX:
            found.append(path)
        else:
            kind = path.suffix or "files without an extension"
            skipped.append(Skipped(path, f"unsupported file type ({kind}); use .txt, .md or .html"))

    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if not name.startswith("."):
                        consider(Path(root) / name)
        elif path.is_file():
            consider(path)
        elif path.exists():
            skipped.append(Skipped(path, "not a regular file"))
        else:
            skipped.append(Skipped(path, "no such file or folder"))
    return found, skipped


def read_text_file(path: Path) -> tuple[str, str]:
    """Return ``(text, format)`` for a supported file.

    :raises UndecodableFile: with a reason fit to show the user.
    """
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UndecodableFile("too large (the limit is 50 MB)")
        data = path.read_bytes()
    except OSError as error:
        raise UndecodableFile(f"cannot be read ({error.strerror or error})") from None
    text, _encoding = decode_text(data)
    return text, FORMAT_BY_SUFFIX[path.suffix.lower()]
