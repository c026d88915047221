"""What every reader gives the document pipeline, and how it refuses a file."""

from dataclasses import dataclass, field

from desktop.ingest.decode import UndecodableFile


class UnreadableDocument(UndecodableFile):
    """The file cannot be read as its format; ``str(error)`` is one sentence for the user."""


@dataclass(frozen=True)
class ReadDocument:
    """A document as its reader found it.

    ``pages``: the text of each page in order, paragraphs separated by blank
    lines, the lines of a paragraph joined (a hyphen broken at a line end
    mended); a format without pages (Word, OpenDocument, EPUB) gives one.
    ``paged``: whether page numbers mean something to cite (PDF).
    ``metadata``: what the file states of itself (keys title, author,
    publisher, date, language), never guessed from the text.
    ``notices``: sentences said to the user on import (pages without text, a
    Khmer font whose text is garbled). ``textless_pages``: 1-based numbers of
    pages with no text layer (scans). ``ocr_pages``: pages whose text was read
    by OCR.
    """

    format: str
    pages: tuple[str, ...]
    paged: bool = False
    metadata: dict[str, str] = field(default_factory=dict)
    notices: tuple[str, ...] = ()
    textless_pages: tuple[int, ...] = ()
    ocr_pages: tuple[int, ...] = ()
