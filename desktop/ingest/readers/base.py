"""What every reader gives the document pipeline, and how it refuses a file."""

import re
from dataclasses import dataclass, field

from desktop.errors import EkasarError
from desktop.ingest.decode import UndecodableFile
from desktop.wording import say

# C0 and C1 control characters (but tab and line feed), the soft hyphen and the byte order mark:
# never text to keep, and some make a terminal or a label do things.
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\ufeff]")


class UnreadableDocument(UndecodableFile):
    """The file cannot be read as its format; ``str(error)`` is one sentence for the user."""


def one_line(text: str | None, limit: int) -> str:
    """A value a file states of itself (a title, an author) on one line of at most ``limit``
    characters: its whitespace collapsed to single spaces, its ``CONTROLS`` dropped."""
    return " ".join(CONTROLS.sub("", " ".join((text or "").split())).split())[:limit]


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


class ReadingStopped(EkasarError):
    """The caller asked the reading to stop (the user cancelled): not a fault of the file, so not
    an ``UnreadableDocument`` and never taken for a file to skip."""

    def __init__(self) -> None:
        super().__init__(say("Import", "reading stopped"))
