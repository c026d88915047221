"""Which reader reads which file, within which limits, and out of harm's way.

A file is read whole (it must be a regular file no larger than its format's
limit, checked on the open handle before reading), then handed to its reader
in a child process with a time and memory limit (readers/sandbox.py), so a
hostile file can neither hang the import nor exhaust memory. A PDF read with
OCR is read as any other first; then its pages without text are read by OCR
``OCR_BATCH`` at a time, each few in a child of its own with a time limit in
proportion (ocr.py), so a scan of any length can be read, and the pages read
are kept when a few others fail.
"""

import functools
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.disk.safe_read import UnreadableFile, read_regular_file
from desktop.ingest.readers.base import ReadDocument, UnreadableDocument
from desktop.wording import say, translation_for_child

MB = 1024 * 1024
OCR_BATCH = 10  # pages read by OCR in one child: a time limit of ocr.ocr_seconds(10), 260 s


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


def read_document(path: Path, timeout: float = 60.0, ocr: bool = False,
                  should_stop: Callable[[], bool] | None = None) -> ReadDocument:
    """Read a PDF, Word, OpenDocument or EPUB file.

    :param timeout: seconds the reader has (OCR has more: ``ocr.ocr_seconds``).
    :param ocr: read a PDF's pages that have no text (scans) by OCR, where Tesseract is installed.
    :param should_stop: asked every tenth of a second while a child reads (see ``run_reader``):
        true stops the reading with ``ReadingStopped``; an exception it raises goes on unchanged.
    :raises UnreadableDocument: with a one-line reason fit to show the user.
    :raises ReadingStopped: ``should_stop`` said to stop.
    """
    found = reader_for(path.suffix)
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

    read = run_reader(_function(found.reader), data, timeout=timeout, child_setup=translation_for_child(),
                      should_stop=should_stop)
    return _with_ocr(read, data, should_stop) if ocr and found.name == "pdf" else read


def _with_ocr(document: ReadDocument, data: bytes, should_stop: Callable[[], bool] | None) -> ReadDocument:
    """``document`` with the text OCR reads on its pages without text, ``OCR_BATCH`` pages a child."""
    from desktop.ingest.readers import ocr
    from desktop.ingest.readers.sandbox import run_reader

    if not document.textless_pages or not ocr.ocr_available():
        return document
    pages, found, unread, reason = list(document.textless_pages), {}, [], ""
    for at in range(0, len(pages), OCR_BATCH):
        batch = tuple(pages[at:at + OCR_BATCH])
        try:
            read = run_reader(functools.partial(ocr.read_ocr_pages, batch), data, timeout=ocr.ocr_seconds(len(batch)),
                              child_setup=translation_for_child(), should_stop=should_stop)
        except UnreadableDocument as error:
            unread += batch
            reason = reason or str(error)
            continue
        found.update(zip(read.ocr_pages, read.pages))
    return ocr.with_ocr_text(document, found, ocr.unread_notice(unread, reason) if unread else "")
