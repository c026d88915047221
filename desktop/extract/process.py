"""The one document pipeline: a source file in, everything Ekasar stores about it out.

The archive build and the user's imports both run exactly this (and store the result with
``desktop.store.documents.write_processed``): reading, cleaning (junk kept aside), paragraphs,
mentions of known people and organizations, proposed candidates, and events. PDF, Word,
OpenDocument and EPUB files come through readers in front of it (desktop/ingest/readers). Pure Python: no SQL, no Qt.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.extract.events import ExtractedEvent, extract_events
from desktop.extract.pipeline import Extraction, Extractor
from desktop.ingest.document import PreparedText, prepare, prepare_pages
from desktop.ingest.files import read_text_file
from desktop.ingest.readers.base import ReadDocument
from desktop.ingest.readers.registry import read_document, reader_for


@dataclass
class ProcessedDocument:
    prepared: PreparedText
    found: Extraction
    events: list[ExtractedEvent]
    metadata: dict[str, str] = field(default_factory=dict)  # what the file said of itself
    notices: tuple[str, ...] = ()  # for the user: pages without text, garbled Khmer
    textless_pages: tuple[int, ...] = ()  # pages with no text even so (scans)
    ocr_pages: tuple[int, ...] = ()  # pages whose text was read by OCR

    @property
    def has_text(self) -> bool:
        return bool(self.prepared.text.strip())


def process_text(original: str, fmt: str, extractor: Extractor, propose_candidates: bool,
                 date: str | None = None, author: str | None = None) -> ProcessedDocument:
    """Clean ``original`` (in format ``fmt``) and extract what it says.

    :param propose_candidates: also propose unreviewed people and organizations.
    :param date: the document's own date, which undated events in it fall back on.
    :param author: the document's author, never taken for an event's subject.
    """
    return _extracted(prepare(original, fmt), extractor, propose_candidates, date, author)


def _extracted(prepared: PreparedText, extractor: Extractor, propose_candidates: bool,
               date: str | None, author: str | None) -> ProcessedDocument:
    found = extractor.extract(prepared.text, propose_candidates)
    names = {**extractor.names, **{c.id: (c.name, c.kind) for c in found.candidates}}
    events = extract_events(prepared.text, found.all_mentions(), names, date, author)
    return ProcessedDocument(prepared, found, events)


def process_read(read: ReadDocument, extractor: Extractor, propose_candidates: bool) -> ProcessedDocument:
    """Process what a reader (PDF, Word, OpenDocument, EPUB) found in a file."""
    prepared = prepare_pages(list(read.pages), read.format, read.paged)  # the title: imports._meta
    processed = _extracted(prepared, extractor, propose_candidates, read.metadata.get("date"),
                           read.metadata.get("author"))
    processed.metadata, processed.notices = dict(read.metadata), read.notices
    processed.ocr_pages = read.ocr_pages
    processed.textless_pages = tuple(p for p in read.textless_pages if p not in read.ocr_pages)
    return processed


def process_file(path: Path, extractor: Extractor, propose_candidates: bool,
                 date: str | None = None, author: str | None = None, ocr: bool = False,
                 should_stop: Callable[[], bool] | None = None) -> ProcessedDocument:
    """Read a supported file and process it (``ocr``: a PDF's scanned pages read by OCR).

    :param should_stop: asked while a reader's child process runs; true (or raising) stops it.
    :raises UndecodableFile: with a reason fit to show the user.
    """
    if reader_for(path.suffix) is not None:
        return process_read(read_document(path, ocr=ocr, should_stop=should_stop), extractor, propose_candidates)
    original, fmt = read_text_file(path)
    return process_text(original, fmt, extractor, propose_candidates, date, author)
