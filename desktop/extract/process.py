"""The one document pipeline: a source file in, everything Ekasar stores about it out.

The archive build and the user's imports both run exactly this (and store the result with
``desktop.store.documents.write_processed``): reading, cleaning (junk kept aside), paragraphs,
mentions of known people and organizations, proposed candidates, and events. New formats plug in
as readers in front of it. Pure Python: no SQL, no Qt.
"""

from dataclasses import dataclass
from pathlib import Path

from desktop.extract.events import ExtractedEvent, extract_events
from desktop.extract.pipeline import Extraction, Extractor
from desktop.ingest.document import PreparedText, prepare
from desktop.ingest.files import read_text_file


@dataclass
class ProcessedDocument:
    prepared: PreparedText
    found: Extraction
    events: list[ExtractedEvent]

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
    prepared = prepare(original, fmt)
    found = extractor.extract(prepared.text, propose_candidates)
    names = {**extractor.names, **{c.id: (c.name, c.kind) for c in found.candidates}}
    events = extract_events(prepared.text, found.all_mentions(), names, date, author)
    return ProcessedDocument(prepared, found, events)


def process_file(path: Path, extractor: Extractor, propose_candidates: bool,
                 date: str | None = None, author: str | None = None) -> ProcessedDocument:
    """Read a supported file and process it.

    :raises UndecodableFile: with a reason fit to show the user.
    """
    original, fmt = read_text_file(path)
    return process_text(original, fmt, extractor, propose_candidates, date, author)
