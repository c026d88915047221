"""Read-only soundness checks of the two databases, for `ekasar --self-test`."""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.store.connect import StoreError, archive_manifest, open_archive


@dataclass(frozen=True)
class ArchiveHealth:
    documents: int
    schema_version: str


def check_archive(path: Path) -> ArchiveHealth:
    """Integrity and document count of the archive against its manifest.

    :raises StoreError: damaged, or the manifest does not match what the archive holds.
    """
    conn = open_archive(path)
    try:
        (verdict,) = conn.execute("PRAGMA integrity_check").fetchone()
        if verdict != "ok":
            raise StoreError(f"the archive is damaged ({verdict})")
        manifest = archive_manifest(conn)
        (count,) = conn.execute("SELECT count(*) FROM documents").fetchone()
    finally:
        conn.close()
    if str(count) != manifest.get("documents"):
        raise StoreError(f"the manifest lists {manifest.get('documents')} documents, the archive holds {count}")
    return ArchiveHealth(count, manifest["schema_version"])


def count_plain_notes(path: Path) -> int:
    """How many annotations a plain (unencrypted) notebook holds, after checking it is intact.

    :raises StoreError: the notebook is damaged.
    """
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        (verdict,) = conn.execute("PRAGMA integrity_check").fetchone()
        (notes,) = conn.execute("SELECT count(*) FROM annotations").fetchone()
    finally:
        conn.close()
    if verdict != "ok":
        raise StoreError(f"{path} is damaged ({verdict})")
    return notes
