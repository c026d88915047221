"""Which reader reads which file, within which limits, and out of harm's way.

A file is read whole (it must be a regular file no larger than its format's
limit, checked on the open handle before reading), then handed to its reader
in a child process with a time and memory limit (readers/sandbox.py), so a
hostile file can neither hang the import nor exhaust memory.
"""

import importlib
from dataclasses import dataclass
from pathlib import Path

from desktop.disk.safe_read import UnreadableFile, read_regular_file
from desktop.ingest.readers.base import ReadDocument, UnreadableDocument
from desktop.wording import say, translation_for_child

MB = 1024 * 1024
OCR_TIMEOUT = 1800.0  # seconds for a PDF read with OCR: Tesseract takes several seconds a page


@dataclass(frozen=True)
class Format:
    name: str
    reader: str  # "module:function" in desktop.ingest.readers, imported only when needed
    max_bytes: int


FORMATS = {
    ".pdf": Format("pdf", "pdf:read_pdf", 100 * MB),
    ".docx": Format("docx", "docx:read_docx", 50 * MB),
    ".odt": Format("odt", "odt:read_odt", 50 * MB),
    ".epub": Format("epub", "epub:read_epub", 50 * MB),
    ".doc": Format("doc", "docx:read_doc", 50 * MB),  # refused with what to do instead
}


def reader_for(suffix: str) -> Format | None:
    return FORMATS.get(suffix.lower())


def _function(spec: str):
    module, name = spec.split(":")
    return getattr(importlib.import_module(f"desktop.ingest.readers.{module}"), name)


def read_document(path: Path, timeout: float = 60.0, ocr: bool = False) -> ReadDocument:
    """Read a PDF, Word, OpenDocument or EPUB file.

    :param ocr: read a PDF's pages that have no text (scans) by OCR, where Tesseract is installed.
    :raises UnreadableDocument: with a one-line reason fit to show the user.
    """
    found = reader_for(path.suffix)
    if ocr and found is not None and found.name == "pdf":
        found, timeout = Format("pdf", "ocr:read_pdf_with_ocr", found.max_bytes), OCR_TIMEOUT
    if found is None:
        raise UnreadableDocument(say("Import", "unsupported file type ({kind})").format(kind=path.suffix))
    try:
        data = read_regular_file(path.resolve(strict=True), found.max_bytes)
    except UnreadableFile as error:
        raise UnreadableDocument(str(error)) from None
    except OSError as error:
        reason = error.strerror or error
        raise UnreadableDocument(say("Import", "cannot be read ({reason})").format(reason=reason)) from None
    if not data:
        raise UnreadableDocument(say("Import", "empty file"))
    from desktop.ingest.readers.sandbox import run_reader

    return run_reader(_function(found.reader), data, timeout=timeout, child_setup=translation_for_child())
