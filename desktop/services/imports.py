"""The user's own documents: ``.txt``, ``.md`` and ``.html`` files through the one pipeline."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from desktop.extract.pipeline import Extractor
from desktop.extract.process import process_file
from desktop.ingest.decode import UndecodableFile
from desktop.ingest.files import Skipped, collect_files
from desktop.services.notices import DOCUMENTS, Notices
from desktop.services.people import PeopleService
from desktop.store.databases import Databases
from desktop.store.documents import DocumentMeta, find_by_original_hash
from desktop.store.entities import refresh_counts
from desktop.store.processed import write_processed
from desktop.wording import say


@dataclass
class ImportReport:
    imported: list[tuple[Path, str]] = field(default_factory=list)
    already_present: list[tuple[Path, str]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class ImportService:
    def __init__(self, db: Databases, people: PeopleService, notices: Notices) -> None:
        self.db, self.people, self.notices = db, people, notices

    def import_files(self, paths: list[Path], progress: Callable[[int, int], None] | None = None) -> ImportReport:
        """Import files (folders recursively) into the user's database.

        Each file is committed on its own, so one bad file never undoes the others.
        :param progress: called with ``(done, total)`` after each file (it may raise to stop).
        """
        files, skipped = collect_files(paths)
        report = ImportReport(skipped=skipped)
        extractor = self.people.extractor() if files else None
        try:
            for done, path in enumerate(files, 1):
                self._import_one(path, report, extractor)
                if progress:
                    progress(done, len(files))
        finally:
            if report.imported:
                refresh_counts(self.db.writer().conn)
                self.db.ensure_current()
                self.notices.announce(DOCUMENTS)
        return report

    def _import_one(self, path: Path, report: ImportReport, extractor: Extractor) -> None:
        try:
            processed = process_file(path, extractor, propose_candidates=True)
        except UndecodableFile as error:
            report.skipped.append(Skipped(path, str(error)))
            return
        if not processed.has_text:
            report.skipped.append(Skipped(path, say("Import", "no readable text")))
            return
        writer = self.db.writer()
        existing = find_by_original_hash(writer.conn, processed.prepared.original_sha256)
        if existing is not None:
            report.already_present.append((path, existing))
            return
        doc_id = "user_" + processed.prepared.original_sha256[:16]
        meta = DocumentMeta(id=doc_id, title=processed.prepared.title_hint or path.stem, kind="imported",
                            language=processed.prepared.languages)
        with writer.atomic():
            write_processed(writer.conn, meta, processed, file_name=path.name,
                            imported_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
        report.imported.append((path, doc_id))
