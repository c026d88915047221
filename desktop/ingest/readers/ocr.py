"""Scanned PDF pages read by Tesseract, when it is installed (Debian: tesseract-ocr and
tesseract-ocr-khm), so a scan becomes searchable text.

Each page is rendered by PDFium at 300 dpi in grey, written as PNG and piped to
``tesseract - - -l khm+eng`` (the languages that are installed of those two), one process a
page, no shell, each with a time limit. Nothing is sent anywhere: Tesseract runs on this machine
with the language data it has. OCR text has errors, so pages read this way are listed in
``ocr_pages`` and the user is told.

The import reads a PDF first, then its pages without text a few at a time, each few in a child
process of its own with a time limit in proportion (``read_ocr_pages``, registry.py), so a long
scan is read whole and a page that defeats Tesseract costs only its few. Tesseract dies with the
child that started it (``die_with_reader``), even when the child is killed.
"""

import dataclasses
import functools
import multiprocessing
import shutil
import struct
import subprocess
import zlib

import pypdfium2 as pdfium

from desktop.ingest.readers.base import ReadDocument
from desktop.ingest.readers.pdf import garbled_notice, read_pdf, textless_notice, where
from desktop.ingest.readers.pdf_layout import join_lines
from desktop.ingest.readers.sandbox import die_with_reader
from desktop.wording import say

DPI = 300
PAGE_TIMEOUT = 120  # seconds for one page; a page of small print takes Tesseract about ten
# A child reading pages by OCR has this long to start and render, and this long a page.
START_SECONDS, PAGE_SECONDS = 60.0, 20.0
WANTED_LANGUAGES = ("khm", "eng")


def _tesseract() -> str | None:
    return shutil.which("tesseract")


def ocr_languages() -> str:
    """The installed ones of Khmer and English, as Tesseract's ``-l`` wants them ("khm+eng"),
    or "" when Tesseract or both languages are missing."""
    program = _tesseract()
    if program is None:
        return ""
    try:
        listed = subprocess.run([program, "--list-langs"], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    # Tesseract lists one language a line, after a heading line (on stdout or, in old versions, stderr).
    names = {line.strip() for line in (listed.stdout + listed.stderr).decode("utf-8", "replace").splitlines()}
    return "+".join(language for language in WANTED_LANGUAGES if language in names)


def ocr_available() -> bool:
    """Whether Tesseract is installed with Khmer or English."""
    return bool(ocr_languages())


def ocr_pages(data: bytes, pages: list[int]) -> dict[int, str]:
    """The text Tesseract reads on ``pages`` (1-based numbers) of the PDF in ``data``, page by
    page; a page it could not read, or found no text on, is left out."""
    languages, program = ocr_languages(), _tesseract()
    if not languages or program is None or not pages:
        return {}
    found: dict[int, str] = {}
    document = pdfium.PdfDocument(bytes(data))
    try:
        for number in pages:
            if not 1 <= number <= len(document):
                continue
            text = _read_page(program, languages, _page_png(document, number - 1))
            if text:
                found[number] = text
    finally:
        document.close()
    return found


def _page_png(document: pdfium.PdfDocument, index: int) -> bytes:
    page = document[index]
    try:
        bitmap = page.render(scale=DPI / 72, grayscale=True)
        try:
            return grey_png(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer), bitmap.n_channels)
        finally:
            bitmap.close()
    finally:
        page.close()


def grey_png(width: int, height: int, stride: int, pixels: bytes, channels: int = 1) -> bytes:
    """An 8-bit grey PNG of ``pixels`` (rows ``stride`` bytes apart; of a colour bitmap, the
    first channel), marked as 300 dpi so Tesseract knows the size of the print."""
    rows = []
    for y in range(height):
        row = pixels[y * stride: y * stride + width * channels]
        rows.append(b"\x00" + (row if channels == 1 else row[::channels]))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    per_metre = round(DPI / 0.0254)
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 3))
            + chunk(b"IEND", b""))


def _read_page(program: str, languages: str, png: bytes) -> str:
    try:
        done = subprocess.run([program, "-", "-", "-l", languages], input=png, capture_output=True,
                              timeout=PAGE_TIMEOUT, check=False, preexec_fn=_dying_with_reader())
    except (OSError, subprocess.SubprocessError):
        return ""
    if done.returncode != 0:
        return ""
    return _paragraphs(done.stdout.decode("utf-8", errors="replace"))


def _paragraphs(text: str) -> str:
    """Tesseract's lines (blank lines between paragraphs) as the readers give paragraphs."""
    blocks = text.replace("\f", "\n").replace("\r\n", "\n").split("\n\n")
    joined = [join_lines([line.strip() for line in block.split("\n") if line.strip()], set()) for block in blocks]
    return "\n\n".join(paragraph for paragraph in joined if paragraph)


@functools.cache
def _dying_with_reader():
    """Tesseract dies with the reader's child that starts it (whose only other thread, the
    parent's watch, holds no lock while it waits, so the call between fork and exec is safe); not
    so in the window's process, whose other threads make that call (``preexec_fn``) unsafe."""
    return die_with_reader() if multiprocessing.parent_process() is not None else None


def ocr_seconds(pages: int) -> float:
    """The time limit of a child that reads ``pages`` pages by OCR."""
    return START_SECONDS + PAGE_SECONDS * pages


def read_ocr_pages(pages: tuple[int, ...], data: bytes) -> ReadDocument:
    """A reader for ``run_reader`` (as ``functools.partial(read_ocr_pages, pages)``, with a time
    limit of ``ocr_seconds(len(pages))``): the text Tesseract reads on ``pages``, as a document
    whose ``ocr_pages`` are the pages it read and ``pages`` their text, in the same order."""
    found = ocr_pages(data, list(pages))
    return ReadDocument(format="pdf", pages=tuple(found.values()), paged=True, ocr_pages=tuple(found))


def with_ocr(document: ReadDocument, data: bytes) -> ReadDocument:
    """``document`` with the text Tesseract reads on its pages without a text layer, when
    Tesseract is installed (all in this process)."""
    if not document.textless_pages or not ocr_available():
        return document
    return with_ocr_text(document, ocr_pages(data, list(document.textless_pages)))


def with_ocr_text(document: ReadDocument, found: dict[int, str], unread: str = "") -> ReadDocument:
    """``document`` with ``found`` (the OCR text of some of its pages without text, by page
    number); the notices say which pages were read so, and which still have no text, and
    ``unread`` (a sentence, or "") why some could not be."""
    if not found and not unread:
        return document
    pages = list(document.pages)
    for number, text in found.items():
        pages[number - 1] = text
    still = [n for n in document.textless_pages if n not in found]
    told = {textless_notice(list(document.textless_pages), len(pages)), garbled_notice(list(document.pages))}
    notices = [say("Import", "the text of {where} was read by OCR from scanned images: it may contain "
                   "errors").format(where=where(sorted(found))) if found else "",
               textless_notice(still, len(pages)), unread,
               *(n for n in document.notices if n not in told), garbled_notice(pages)]
    return dataclasses.replace(document, pages=tuple(pages), ocr_pages=tuple(sorted(found)),
                               notices=tuple(n for n in notices if n))


def unread_notice(pages: list[int], reason: str) -> str:
    """What to tell the user of pages OCR could not read (their child failed or took too long)."""
    return say("Import", "OCR could not read {where}: {reason}").format(where=where(pages), reason=reason)


def read_pdf_with_ocr(data: bytes) -> ReadDocument:
    """``read_pdf``, then OCR on the pages with no text layer, in one process (a reader for
    ``run_reader``, given a time limit of ``ocr_seconds`` of all its scanned pages; the import
    reads the scanned pages a few at a time instead: registry.py)."""
    return with_ocr(read_pdf(data), data)
