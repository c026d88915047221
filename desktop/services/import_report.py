"""What an import did, file by file (kept apart so the window need not load the readers to show it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ingest.files import Skipped


@dataclass
class ImportReport:
    imported: list[tuple[Path, str]] = field(default_factory=list)
    already_present: list[tuple[Path, str]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notices: list[tuple[Path, str]] = field(default_factory=list)  # imported, with something to know
    # PDFs with scanned pages no text was read from, and the id each was imported as (None: skipped).
    scanned: list[tuple[Path, str | None]] = field(default_factory=list)
