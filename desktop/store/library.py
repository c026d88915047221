"""The archive and the user's own documents, read and searched as one library."""

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from desktop.data_folder import DataFolder
from desktop.errors import DocumentNotFound, NotFound
from desktop.extract.pipeline import Extractor
from desktop.extract.process import process_file
from desktop.store.processed import write_processed
from desktop.ingest.decode import UndecodableFile
from desktop.ingest.files import Skipped, collect_files
from desktop.security.datakey import DataKey, NotebookLocked
from desktop.store import reading_state
from desktop.store.connect import (
    Errors,
    StoreError,
    attach_archive,
    open_archive,
    open_user_reader,
)
from desktop.store.documents import (
    Document,
    DocumentInfo,
    DocumentMeta,
    find_by_original_hash,
    get_document,
    list_documents,
)
from desktop.extract.quotes import find_quote
from desktop.store import annotations as notes_store
from desktop.store.safekeeping import Safekeeping, open_user_db_safely
from desktop.store.curation import Overlay, load_overlay, record, undo_last
from desktop.store.entities import load_entities, refresh_counts
from desktop.store.listing import Key, counts, infos, key_of, list_keys
from desktop.store.people import (
    PersonSummary,
    Profile,
    all_document_ids,
    mentions_in_document,
    profile,
    summaries,
)
from desktop.store.query import parse_query
from desktop.store.timeline import (
    TimelineEvent,
    add_user_event,
    apply_overrides,
    count_events,
    delete_user_event,
    edit_event,
    read_events,
    read_user_events,
    sort_key,
    undo_event_change,
)
from desktop.store.search import Results, search_database

ARCHIVE, USER = "archive", "user"


class NotebookIsEncrypted(StoreError):
    def __init__(self) -> None:
        super().__init__("the notebook is encrypted: unlock it with its passphrase")


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

    def __init__(self, archive_path: Path, data_dir: Path, read_only: bool = False,
                 key: DataKey | None = None) -> None:
        self.archive_path = archive_path
        self.data_dir = data_dir
        self.read_only = read_only
        self.key = key  # the encrypted notebook's key; readers opened for this library share it
        self.folder = DataFolder(data_dir)
        if key is None and self.folder.looks_encrypted():
            raise NotebookIsEncrypted()
        self.archive: sqlite3.Connection = open_archive(archive_path)
        self.user: Database | None = None
        self.safekeeping: Safekeeping | None = None
        self._people: list[PersonSummary] | None = None
        try:
            if read_only:
                self.user_conn = open_user_reader(self.folder.user_db, key)
            else:
                self.user, self.safekeeping = open_user_db_safely(self.folder.user_db, data_dir, key)
                self.user_conn = self.user.conn
            attach_archive(self.user_conn, archive_path)
            if not read_only:  # the archive may have been rebuilt since the user last wrote
                self.reanchor_annotations()
        except Exception:
            self.close()
            raise

    def open_reader(self) -> "Library":
        """A read-only library on the same files and key, for another thread."""
        return Library(self.archive_path, self.data_dir, read_only=True, key=self.key)

    def open_writer(self) -> "Library":
        """A library with its own writing connection on the same files and key, for background
        work on another thread (an import). Each of its writes is its own committed transaction."""
        return Library(self.archive_path, self.data_dir, key=self.key)

    def changed_elsewhere(self) -> None:
        """Another connection wrote to the notebook: forget what was cached from it."""
        self._people = None

    def close(self) -> None:
        self.archive.close()
        if getattr(self, "user_conn", None) is not None:
            try:
                self.back_up_if_changed()
            except (OSError, NotebookLocked, *Errors):
                pass  # every note is already committed; the backup is a second copy (and a
                # background writer closing after a lock has no key left to make one with)
            self.safekeeping = None
            self.user_conn.close()

    def back_up_if_changed(self) -> Path | None:
        """On a FAT or exFAT stick, a verified backup of the notes if they changed (see safekeeping)."""
        if self.safekeeping is None or self.user is None:
            return None
        return self.safekeeping.back_up_if_changed(self.user_conn, self.data_dir)

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

    # Where the user was reading (kept with the notes) -----------------------------
    def open_document_id(self) -> str | None:
        return reading_state.read_value(self.user_conn, reading_state.OPEN_DOCUMENT) or None

    def set_open_document_id(self, doc_id: str | None) -> None:
        reading_state.write_value(self._writer().conn, reading_state.OPEN_DOCUMENT, doc_id or "")

    def reading_position(self, doc_id: str) -> int:
        value = reading_state.read_value(self.user_conn, reading_state.POSITION + doc_id)
        return max(0, int(value)) if value and value.isdigit() else 0

    def set_reading_position(self, doc_id: str, offset: int) -> None:
        reading_state.write_value(self._writer().conn, reading_state.POSITION + doc_id, str(max(0, offset)))

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

    # People and organizations -------------------------------------------------
    def _overlay(self) -> Overlay:
        return load_overlay(self.user_conn)

    def _entity_databases(self) -> list[sqlite3.Connection]:
        return [self.archive, self.user_conn]

    def people(self) -> list[PersonSummary]:
        """People and organizations, most mentioned first, with the user's curation applied."""
        if self._people is None:
            self._people = summaries(self._entity_databases(), self._overlay())
        return self._people

    def people_document_ids(self) -> dict[str, list[str]]:
        """For each listed entity (merges applied), the ids of documents mentioning it."""
        overlay = self._overlay()
        merged: dict[str, list[str]] = {}
        for entity_id, docs in all_document_ids(self._entity_databases()).items():
            target = overlay.target(entity_id)
            merged[target] = sorted(set(merged.get(target, [])) | set(docs))
        return merged

    def person(self, entity_id: str) -> Profile | None:
        return profile(self._entity_databases(), self._overlay(), entity_id, self.people())

    def curate(self, action: str, entity_id: str, value: str | None = None) -> None:
        """Record a curation (rename, add_alias, remove_alias, merge, reviewed, reject)."""
        record(self._writer().conn, action, entity_id, value)
        self._people = None

    def undo_curation(self) -> tuple[str, str, str | None] | None:
        undone = undo_last(self._writer().conn)
        self._people = None
        return undone

    def mentions_in(self, doc_id: str) -> list[tuple[str, int, int]]:
        """(entity id, start, end) of every shown entity's mention in a document."""
        overlay = self._overlay()
        for conn, _source in self._databases():
            row = conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is not None:
                return [(overlay.target(e), a, b) for e, a, b in mentions_in_document(conn, row[0])
                        if e not in overlay.rejected and overlay.target(e) not in overlay.rejected]
        return []

    # Annotations ---------------------------------------------------------------
    def reanchor_annotations(self) -> int:
        """Find annotated passages again in documents whose text changed; return how many need review."""
        lost = 0
        for doc_id, made_on in notes_store.stale_documents(self.user_conn):
            if self._text_sha256(doc_id) in (None, made_on):
                continue  # unchanged (the usual case): no text is read
            document = self.document(doc_id)
            if document is not None:
                lost += notes_store.reanchor(self._writer().conn, doc_id, made_on, document.text,
                                             document.text_sha256)
        return lost

    def _text_sha256(self, doc_id: str) -> str | None:
        for conn, _source in self._databases():
            row = conn.execute("SELECT text_sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row:
                return row[0]
        return None

    def annotate(self, doc_id: str, start: int, end: int, color: str = "yellow", note: str = "",
                 tags: list[str] | None = None) -> notes_store.Annotation:
        document = self.document(doc_id)
        if document is None:
            raise DocumentNotFound(doc_id)
        return notes_store.add(self._writer().conn, doc_id, document.text, document.text_sha256,
                               start, end, color, note, tags)

    def annotate_quote(self, doc_id: str, quote: str, **options) -> notes_store.Annotation:
        """Annotate the first place ``quote`` occurs in the document's reading text."""
        document = self.document(doc_id)
        if document is None:
            raise DocumentNotFound(doc_id)
        span = find_quote(document.text, quote)
        if span is None:
            raise notes_store.AnnotationError(f"the quote is not in {doc_id}")
        return self.annotate(doc_id, *span, **options)

    def add_note(self, target: str, note: str, document_id: str = "", target_id: str | None = None,
                 tags: list[str] | None = None) -> notes_store.Annotation:
        """A note on a whole document, a person or organization ("entity"), or a timeline event."""
        if target in ("document", "event") and self.document(document_id) is None:
            raise DocumentNotFound(document_id)
        return notes_store.add_note(self._writer().conn, target, document_id, note, target_id, tags)

    def reattach_annotation(self, annotation_id: str, start: int, end: int) -> notes_store.Annotation:
        current = next((a for a in self.annotations() if a.id == annotation_id), None)
        document = self.document(current.document_id) if current else None
        if document is None:
            raise NotFound(f"no note with id {annotation_id!r}")
        return notes_store.reattach(self._writer().conn, annotation_id, document.text, document.text_sha256,
                                    start, end)

    def detach_annotation(self, annotation_id: str) -> notes_store.Annotation:
        return notes_store.detach(self._writer().conn, annotation_id)

    def annotations(self, tag: str | None = None, document: str | None = None) -> list[notes_store.Annotation]:
        return notes_store.listing(self.user_conn, tag, document)

    def annotations_about(self, person: str) -> list[notes_store.Annotation]:
        """Annotations on a person or organization (by name or alias), or on passages naming them."""
        wanted = person.casefold()
        ids = {p.id for p in self.people() if wanted in (p.name.casefold(), *(a.casefold() for a in p.aliases))}
        found, mentions = [], {}
        for note in self.annotations():
            if note.target == "entity":
                if note.target_id in ids:
                    found.append(note)
                continue
            if note.document_id not in mentions:
                mentions[note.document_id] = self.mentions_in(note.document_id)
            if any(e in ids and note.start <= a and b <= note.end for e, a, b in mentions[note.document_id]):
                found.append(note)
        return found

    def import_annotations(self, incoming: list[notes_store.Annotation]) -> dict[str, int]:
        """Merge another Ekasar's annotations (then find their passages in this archive)."""
        counts = notes_store.import_annotations(self._writer().conn, incoming)
        self.reanchor_annotations()
        return counts

    def edit_annotation(self, annotation_id: str, **changes) -> notes_store.Annotation:
        return notes_store.edit(self._writer().conn, annotation_id, **changes)

    def delete_annotation(self, annotation_id: str) -> None:
        notes_store.delete(self._writer().conn, annotation_id)

    def undo_annotation(self) -> str | None:
        return notes_store.undo(self._writer().conn)

    def redo_annotation(self) -> str | None:
        return notes_store.redo(self._writer().conn)

    # Timeline ------------------------------------------------------------------
    def timeline(self, person: str | None = None, document: str | None = None) -> list[TimelineEvent]:
        """Every event, sorted by date (undated last), with the user's events and edits.

        :param person: only events involving this person or organization (name or alias).
        :param document: only events from this document.
        """
        overlay = self._overlay()
        people = self.people()
        names = {p.id: (p.name, p.kind) for p in people}
        for entity_id in overlay.merged_into:  # merged entities show as their target
            target = overlay.target(entity_id)
            if target in names:
                names[entity_id] = names[target]
        entity_ids = None
        if person:
            wanted = person.casefold()
            matching = [p.id for p in people if wanted in (p.name.casefold(), *(a.casefold() for a in p.aliases))]
            entity_ids = [i for target in matching for i in overlay.group(target, names.keys())]
        events = (read_events(self.archive, names, entity_ids, document)
                  + read_events(self.user_conn, names, entity_ids, document))
        apply_overrides(self.user_conn, events)
        events += [e for e in read_user_events(self.user_conn, self.document, names)
                   if document in (None, e.document) and not person]
        for event in events:  # one name once, even when two merged entities are involved
            event.people = list(dict.fromkeys(event.people))
            event.organizations = list(dict.fromkeys(event.organizations))
        return sorted(events, key=sort_key)

    def event_count(self) -> int:
        """Extracted events in the archive and the imports (cheap: no event is read)."""
        return count_events(self.archive) + count_events(self.user_conn)

    def add_event(self, document_id: str, start: int, end: int, title: str, date: str | None,
                  end_date: str | None = None) -> str:
        if self.document(document_id) is None:
            raise DocumentNotFound(document_id)
        return add_user_event(self._writer().conn, document_id, start, end, title, date, end_date)

    def edit_event(self, event_id: str, title: str, date: str | None, end_date: str | None = None) -> None:
        edit_event(self._writer().conn, event_id, title, date, end_date)

    def delete_event(self, event_id: str) -> None:
        delete_user_event(self._writer().conn, event_id)

    def undo_event_change(self) -> str | None:
        return undo_event_change(self._writer().conn)

    def _extractor(self) -> Extractor:
        entities = {e.id: e for e in load_entities(self.archive)}
        for entity in load_entities(self.user_conn):
            entities.setdefault(entity.id, entity)
        overlay = self._overlay()
        for entity_id, added in overlay.added_aliases.items():
            if entity_id in entities:
                entity = entities[entity_id]
                entities[entity_id] = replace(entity, aliases=(*entity.aliases, *added))
        return Extractor(list(entities.values()))

    def import_files(
        self, paths: list[Path], progress: Callable[[int, int], None] | None = None
    ) -> ImportReport:
        """Import ``.txt``, ``.md`` and ``.html`` files (folders recursively) into the user database.

        Each file is committed on its own, so one bad file never undoes the others.
        """
        files, skipped = collect_files(paths)
        report = ImportReport(skipped=skipped)
        extractor = self._extractor() if files else None
        for done, path in enumerate(files, 1):
            self._import_one(path, report, extractor)
            if progress:
                progress(done, len(files))
        if report.imported:
            refresh_counts(self._writer().conn)
            self._people = None
        return report

    def _import_one(self, path: Path, report: ImportReport, extractor: Extractor) -> None:
        try:
            processed = process_file(path, extractor, propose_candidates=True)
        except UndecodableFile as error:
            report.skipped.append(Skipped(path, str(error)))
            return
        prepared = processed.prepared
        if not processed.has_text:
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
            write_processed(writer.conn, meta, processed, file_name=path.name,
                            imported_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
        report.imported.append((path, doc_id))
