"""The archive and the user's own documents, read and searched as one library."""

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from desktop.ingest.decode import UndecodableFile
from desktop.ingest.document import prepare
from desktop.ingest.files import Skipped, collect_files, read_text_file
from desktop.store.connect import (
    StoreError,
    attach_archive,
    open_archive,
    open_user_db,
    open_user_reader,
)
from desktop.store.documents import (
    Document,
    DocumentInfo,
    DocumentMeta,
    find_by_original_hash,
    get_document,
    insert_document,
    list_documents,
)
from desktop.store.listing import Key, counts, infos, key_of, list_keys
from desktop.store.query import parse_query
from desktop.store.search import Results, search_database

USER_DB_NAME = "user.sqlite"
ARCHIVE, USER = "archive", "user"


@dataclass
class ImportReport:
    imported: list[tuple[Path, str]] = field(default_factory=list)
    already_present: list[tuple[Path, str]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class Library:
    """The archive plus the user's database (imports, later notes).

    One instance per thread: SQLite connections are not shared across
    threads. ``read_only`` instances (for background work such as search)
    never write and never migrate; the user's database must already exist.
    """

    def __init__(self, archive_path: Path, data_dir: Path, read_only: bool = False) -> None:
        self.archive_path = archive_path
        self.data_dir = data_dir
        self.read_only = read_only
        self.archive: sqlite3.Connection = open_archive(archive_path)
        self.user: Database | None = None
        try:
            if read_only:
                self.user_conn = open_user_reader(data_dir / USER_DB_NAME)
            else:
                self.user = open_user_db(data_dir / USER_DB_NAME)
                self.user_conn = self.user.conn
            attach_archive(self.user_conn, archive_path)
        except Exception:
            self.close()
            raise

    def close(self) -> None:
        self.archive.close()
        if getattr(self, "user_conn", None) is not None:
            self.user_conn.close()

    def _writer(self) -> Database:
        if self.user is None:
            raise StoreError("this library was opened read-only")
        return self.user

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _databases(self) -> tuple[tuple[sqlite3.Connection, str], ...]:
        return ((self.archive, ARCHIVE), (self.user_conn, USER))

    def keys(self, text: str = "", sort: str = "date", descending: bool = True) -> list[Key]:
        """Every document matching ``text`` (title, author, publisher, kind), sorted."""
        return list_keys(self.user_conn, text, sort, descending)

    def key_of(self, doc_id: str) -> Key | None:
        return key_of(self.user_conn, doc_id)

    def infos(self, keys: list[Key]) -> dict[Key, DocumentInfo]:
        return infos(self.user_conn, keys)

    def counts(self) -> dict[str, int]:
        """How many documents the archive holds and the user imported."""
        return counts(self.user_conn)

    def documents(self) -> list[DocumentInfo]:
        """Archive documents first, then the user's imports."""
        return [info for conn, source in self._databases() for info in list_documents(conn, source)]

    def document(self, doc_id: str) -> Document | None:
        for conn, source in self._databases():
            found = get_document(conn, doc_id, source)
            if found is not None:
                return found
        return None

    def search(self, query: str, limit: int = 20) -> Results:
        """Documents matching ``query`` in the archive and the user's imports, best first."""
        parsed = parse_query(query)
        parts = [search_database(conn, parsed, limit, source) for conn, source in self._databases()]
        hits = sorted((hit for part in parts for hit in part.hits), key=lambda hit: -hit.score)
        return Results(
            hits[:limit],
            total=sum(part.total for part in parts),
            windowed=any(part.windowed for part in parts),
        )

    def import_files(
        self, paths: list[Path], progress: Callable[[int, int], None] | None = None
    ) -> ImportReport:
        """Import ``.txt``, ``.md`` and ``.html`` files (folders recursively) into the user database.

        Each file is committed on its own, so one bad file never undoes the others.
        """
        files, skipped = collect_files(paths)
        report = ImportReport(skipped=skipped)
        for done, path in enumerate(files, 1):
            self._import_one(path, report)
            if progress:
                progress(done, len(files))
        return report

    def _import_one(self, path: Path, report: ImportReport) -> None:
        try:
            original, fmt = read_text_file(path)
        except UndecodableFile as error:
            report.skipped.append(Skipped(path, str(error)))
            return
        prepared = prepare(original, fmt)
        if not prepared.text.strip():
            report.skipped.append(Skipped(path, "no readable text"))
            return
        writer = self._writer()
        existing = find_by_original_hash(writer.conn, prepared.original_sha256)
        if existing is not None:
            report.already_present.append((path, existing))
            return
        doc_id = "user_" + prepared.original_sha256[:16]
        meta = DocumentMeta(
            id=doc_id,
            title=prepared.title_hint or path.stem,
            kind="imported",
            language=prepared.languages,
        )
        with writer.atomic():
            insert_document(
                writer.conn,
                meta,
                prepared,
                file_name=path.name,
                imported_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            )
        report.imported.append((path, doc_id))
