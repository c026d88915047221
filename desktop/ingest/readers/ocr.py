"""Scanned PDF pages read by Tesseract, when it is installed (Debian: tesseract-ocr and
tesseract-ocr-khm), so a scan becomes searchable text.

Each page is rendered by PDFium at 300 dpi in grey, written as PNG and piped to
``tesseract - - -l khm+eng`` (the languages that are installed of those two), one process a
page, no shell, each with a time limit. Nothing is sent anywhere: Tesseract runs on this machine
with the language data it has. OCR text has errors, so pages read this way are listed in
``ocr_pages`` and the user is told.
"""

import dataclasses
import shutil
import struct
import subprocess
import zlib

import pypdfium2 as pdfium

from desktop.ingest.readers.base import ReadDocument
from desktop.ingest.readers.pdf import garbled_notice, read_pdf, textless_notice, where
from desktop.ingest.readers.pdf_layout import join_lines
from desktop.wording import say

DPI = 300
PAGE_TIMEOUT = 120  # seconds for one page; a page of small print takes Tesseract about ten
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
                              timeout=PAGE_TIMEOUT, check=False)
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


def with_ocr(document: ReadDocument, data: bytes) -> ReadDocument:
    """``document`` with the text Tesseract reads on its pages without a text layer, when
    Tesseract is installed; the notices say which pages were read so, and which still have none."""
    if not document.textless_pages or not ocr_available():
        return document
    found = ocr_pages(data, list(document.textless_pages))
    if not found:
        return document
    pages = list(document.pages)
    for number, text in found.items():
        pages[number - 1] = text
    still = [n for n in document.textless_pages if n not in found]
    notices = [n for n in document.notices if n != textless_notice(list(document.textless_pages), len(pages))
               and n != garbled_notice(list(document.pages))]
    notices.insert(0, say("Import", "the text of {where} was read by OCR from scanned images: it may contain "
                          "errors").format(where=where(sorted(found))))
    notices.insert(1, textless_notice(still, len(pages)))
    notices.append(garbled_notice(pages))
    return dataclasses.replace(document, pages=tuple(pages), ocr_pages=tuple(sorted(found)),
                               notices=tuple(n for n in notices if n))


def read_pdf_with_ocr(data: bytes) -> ReadDocument:
    """``read_pdf``, then OCR on the pages with no text layer (a reader for ``run_reader``: give it
    a time limit for the OCR too, about ten seconds a scanned page)."""
    return with_ocr(read_pdf(data), data)
