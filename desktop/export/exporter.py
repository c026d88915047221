"""Exporting notes to a folder or a stick: build the files, write them as a bag, verify."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.export.bag import write_bag
from desktop.export.notes_export import BUILDERS, FORMATS
from desktop.export.safe_write import ExportError
from desktop.store.annotations import Annotation


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: list[Path]
    size: int  # bytes


def export_notes(notes: list[Annotation], document: Callable, destination: Path, fmt: str,
                 progress: Callable[[int, int], None] | None = None) -> ExportResult:
    """Write ``notes`` in ``fmt`` as a verified bag in a new folder under ``destination``.

    :raises ExportError: unknown format, nothing to export, a write failure or a failed verification.
    """
    if fmt not in FORMATS:
        raise ExportError(f"the format must be one of {', '.join(FORMATS)}")
    if not notes:
        raise ExportError("there are no notes to export")
    if not destination.is_dir():
        raise ExportError(f"the folder {destination} does not exist")
    files = BUILDERS[fmt](notes, document)
    base = f"ekasar-notes-{datetime.now().strftime('%Y%m%d-%H%M%S')}-{fmt}"
    folder, number = destination / base, 2
    while folder.exists():  # never write into an earlier export
        folder, number = destination / f"{base}-{number}", number + 1
    written = write_bag(folder, files, progress)
    return ExportResult(folder, written, sum(p.stat().st_size for p in written))
