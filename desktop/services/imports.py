"""The user's own documents (text, Markdown, HTML, PDF, Word, OpenDocument, EPUB) through the one pipeline."""

import re
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from desktop.extract.pipeline import Extractor
from desktop.extract.process import ProcessedDocument, process_file
from desktop.extract.stated_date import stated_date
from desktop.ingest.decode import UndecodableFile
from desktop.ingest.files import Skipped, collect_files
from desktop.services.import_report import ImportReport
from desktop.services.notices import DOCUMENTS, Notices
from desktop.services.people import PeopleService
from desktop.store.databases import Databases
from desktop.store.documents import DocumentMeta, find_by_original_hash
from desktop.store.entities import refresh_counts
from desktop.store.processed import write_processed
from desktop.store.removal import restore_if_removed
from desktop.wording import say


FILE_FIELDS = ("title", "author", "publisher", "date")
_CATALOG_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")  # a year, a month or a day, as the catalog's
# A title a program wrote for itself, not the document's: a file name ("report_v3.docx",
# "Microsoft Word - report.doc"), or a placeholder.
_NOT_A_TITLE = re.compile(r"(?i)^(microsoft (word|powerpoint|excel) - .*|.*\.[a-z0-9]{2,5}|untitled.*|document\d*)$")


class ImportService:
    def __init__(self, db: Databases, people: PeopleService, notices: Notices) -> None:
        self.db, self.people, self.notices = db, people, notices

    def import_files(self, paths: list[Path], progress: Callable[[int, int], None] | None = None,
                     ocr: bool = False) -> ImportReport:
        """Import files (folders recursively) into the user's database.

        Each file is committed on its own, so one bad file never undoes the others.
        :param progress: called with ``(done, total)`` after each file (it may raise to stop).
        :param ocr: read PDFs' scanned pages by OCR (Tesseract must be installed).
        """
        files, skipped = collect_files(paths)
        report = ImportReport(skipped=skipped)
        extractor = self.people.extractor() if files else None
        try:
            for done, path in enumerate(files, 1):
                # Asked while a PDF or Word file is read in its child process: a cancel stops it there.
                should_stop = (lambda done=done: progress(done - 1, len(files)) or False) if progress else None
                self._import_one(path, report, extractor, ocr, should_stop)
                if progress:
                    progress(done, len(files))
        finally:
            if report.imported:
                refresh_counts(self.db.writer().conn)
                self.db.ensure_current()
                self.notices.announce(DOCUMENTS)
        return report

    def _import_one(self, path: Path, report: ImportReport, extractor: Extractor, ocr: bool,
                    should_stop: Callable[[], bool] | None = None) -> None:
        try:
            processed = process_file(path, extractor, propose_candidates=True, ocr=ocr, should_stop=should_stop)
        except UndecodableFile as error:
            report.skipped.append(Skipped(path, str(error)))
            return
        if not processed.has_text:
            reason = processed.notices[0] if processed.notices else say("Import", "no readable text")
            report.skipped.append(Skipped(path, reason))
            if processed.textless_pages:
                report.scanned.append((path, None))
            return
        writer = self.db.writer()
        existing = find_by_original_hash(writer.conn, processed.prepared.original_sha256)
        if existing is not None:
            report.already_present.append((path, existing))
            return
        doc_id = "user_" + processed.prepared.original_sha256[:16]
        if restore_if_removed(writer.conn, doc_id):  # removed before: back as the user left it, not afresh
            report.imported.append((path, doc_id))
            return
        with writer.atomic():
            write_processed(writer.conn, _meta(doc_id, path, processed), processed, file_name=path.name,
                            imported_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
        report.imported.append((path, doc_id))
        report.notices += [(path, notice) for notice in processed.notices]
        if processed.textless_pages:
            report.scanned.append((path, doc_id))


def _meta(doc_id: str, path: Path, processed: ProcessedDocument) -> DocumentMeta:
    """What is known of an imported document: what its file states of itself
    (marked as such), else its first line for a title."""
    stated = {key: value for key, value in processed.metadata.items() if key in FILE_FIELDS and value}
    if "date" in stated and not _CATALOG_DATE.fullmatch(stated["date"]):
        del stated["date"]
    if "title" in stated and _NOT_A_TITLE.match(stated["title"].strip()):
        del stated["title"]
    extra: dict = {"from_file": sorted(stated)} if stated else {}
    if processed.prepared.pages:
        extra["pages"] = list(processed.prepared.pages)
    if processed.ocr_pages:
        extra["ocr_pages"] = list(processed.ocr_pages)
    if processed.notices:
        extra["notices"] = list(processed.notices)
    date = stated.get("date")
    if date is None:  # proposed from a dateline; the details dialog corrects it
        date = stated_date(processed.prepared.text) or stated_date(processed.prepared.dating_text)
        if date:
            extra["inferred"] = {"date": say("Import", "the date the document states in its first lines")}
    return DocumentMeta(id=doc_id, title=stated.get("title") or processed.prepared.title_hint or path.stem,
                        kind="imported", author=stated.get("author"), publisher=stated.get("publisher"),
                        date=date, language=processed.prepared.languages, meta=extra)
