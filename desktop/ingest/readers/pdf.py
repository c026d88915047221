"""PDF: the text of each page in reading order, as paragraphs, read with PDFium (pypdfium2).

What the file states of itself (title, author, creation date, language) becomes the metadata.
A file that cannot be read is refused with one sentence: password-protected, encrypted in a way
PDFium does not know, damaged, over the page limit or with a page holding more text than a page
can. What can be read is read, and the user is told what could not: pages with no text layer
(scans), damaged pages, and text that is garbage (an old Khmer font, glyphs with no letters) —
imported, so nothing is lost, but never silently.

PDFium is not thread-safe, and a hostile file can make any parser hang or crash: the import
calls ``read_pdf`` in a child process (readers/sandbox.py).
"""

import calendar
import re
import unicodedata

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from desktop.ingest.readers.base import CONTROLS, ReadDocument, UnreadableDocument, one_line
from desktop.ingest.readers.pdf_layout import (
    LOST,
    PDFIUM_HYPHENS,
    compounds,
    joined,
    line_steps,
    page_lines,
    paragraphs,
    usual_step,
)
from desktop.khmer.integrity import khmer_looks_garbled
from desktop.wording import digits, say, typed_digits

MAX_PAGES = 5000
# A dense page of small print holds about 6,000 characters; far more is not a page to read.
MAX_PAGE_CHARS = 100_000
# Text with more glyphs that have no letter than this share is reported.
LOST_SHARE = 0.05
METADATA_CHARS = 500  # of a title or an author
_PDF_DATE = re.compile(r"^\s*(?:D:)?([0-9]{4})([0-9]{2})?([0-9]{2})?")  # Khmer digits made 0-9 first
_LANGUAGE_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")


def read_pdf(data: bytes) -> ReadDocument:
    """The text of a PDF, page by page (``paged=True``, ``format="pdf"``).

    :raises UnreadableDocument: password-protected, unknown encryption, damaged, over
        ``MAX_PAGES`` pages or with a page of more than ``MAX_PAGE_CHARS`` characters.
    """
    document = _open(data)
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise UnreadableDocument(say("Import", "this PDF has {pages} pages; the limit is {limit}").format(
                pages=digits(str(count)), limit=digits(str(MAX_PAGES))))
        metadata = _metadata(document)
        pages, textless, damaged = _read_pages(document, count)
    finally:
        document.close()
    return ReadDocument(format="pdf", pages=tuple(pages), paged=True, metadata=metadata,
                        notices=_notices(pages, textless, damaged), textless_pages=tuple(textless))


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(bytes(data))
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code == pdfium_raw.FPDF_ERR_PASSWORD:
            raise UnreadableDocument(say("Import", "this PDF is password-protected")) from None
        if code == pdfium_raw.FPDF_ERR_SECURITY:
            raise UnreadableDocument(say("Import", "this PDF is encrypted in a way that cannot be read")) from None
        if code == pdfium_raw.FPDF_ERR_SUCCESS:
            raise UnreadableDocument(say("Import", "this PDF has no pages")) from None
        raise UnreadableDocument(say("Import", "this file is damaged or is not a PDF")) from None


def _read_pages(document: pdfium.PdfDocument, count: int) -> tuple[list[str], list[int], list[int]]:
    """Each page's text; the 1-based numbers of pages with no text layer, and of damaged ones."""
    lines_of, textless, damaged = [], [], []
    for index in range(count):
        try:
            lines, drawn = _page(document, index)
        except pdfium.PdfiumError:
            damaged.append(index + 1)
            lines, drawn = [], False
        if not lines and drawn:
            textless.append(index + 1)
        lines_of.append(lines)
    # Hyphenated words the document writes within a line keep their hyphen at a line end.
    hyphenated = set().union(*map(compounds, lines_of)) if lines_of else set()
    step = usual_step([step for lines in lines_of for step in line_steps(lines)])
    pages = [_clean("\n\n".join(joined(p, hyphenated) for p in paragraphs(lines, step))) for lines in lines_of]
    return pages, textless, damaged


def _page(document: pdfium.PdfDocument, index: int):
    """(the page's lines, whether anything is drawn on it)."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            chars = textpage.count_chars()
            if chars > MAX_PAGE_CHARS:
                raise UnreadableDocument(
                    say("Import", "page {page} holds too much text ({count} characters; the limit is {limit})")
                    .format(page=digits(str(index + 1)), count=digits(str(chars)), limit=digits(str(MAX_PAGE_CHARS))))
            lines = page_lines(textpage)
        finally:
            textpage.close()
        return lines, pdfium_raw.FPDFPage_CountObjects(page) > 0
    finally:
        page.close()


def _clean(text: str) -> str:
    """NFC, as the pipeline's normaliser leaves it (so offsets found here stay right), with
    PDFium's hyphen marks within a line back as hyphens and control characters out."""
    for mark in PDFIUM_HYPHENS:
        text = text.replace(mark, "-")
    for space in "\t\u2028\u2029":  # the normaliser would make the separators line breaks
        text = text.replace(space, " ")
    return unicodedata.normalize("NFC", CONTROLS.sub("", text)).strip()


def _metadata(document: pdfium.PdfDocument) -> dict[str, str]:
    try:
        stated = document.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError:
        stated = {}
    metadata = {key: one_line(stated.get(field, ""), METADATA_CHARS)
                for key, field in (("title", "Title"), ("author", "Author"))}
    metadata["date"] = pdf_date(stated.get("CreationDate", ""))
    metadata["language"] = _language(document)
    return {key: value for key, value in metadata.items() if value}


def pdf_date(value: str) -> str:
    """A PDF date (``D:20240315120000+07'00'``) as ``2024-03-15``, ``2024-03`` or ``2024``,
    as precise as it is, in 0-9 (Khmer digits read as such); "" when it is not a date (digits of
    another script are not read as one)."""
    match = _PDF_DATE.match(typed_digits(value or ""))
    if not match:
        return ""
    year, month, day = match.groups()
    if not 1900 <= int(year) <= 2100:
        return ""
    if not month or not 1 <= int(month) <= 12:
        return year
    if not day or not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]:
        return f"{year}-{month}"
    return f"{year}-{month}-{day}"


def _language(document: pdfium.PdfDocument) -> str:
    """The document's stated language (its catalog's /Lang) as a primary subtag: ``km``, ``en``."""
    size = pdfium_raw.FPDFCatalog_GetLanguage(document, None, 0)
    if size <= 2:
        return ""
    buffer = (pdfium_raw.c_ushort * (size // 2))()
    pdfium_raw.FPDFCatalog_GetLanguage(document, buffer, size)
    tag = bytes(buffer).decode("utf-16-le", errors="ignore").rstrip("\x00").strip()
    match = _LANGUAGE_TAG.match(tag)
    return match.group(1).lower() if match else ""


def page_ranges(numbers: list[int]) -> str:
    """``[2, 3, 4, 7]`` as "2–4, 7", in the interface's digits."""
    ranges: list[list[int]] = []
    for number in sorted(set(numbers)):
        if ranges and number == ranges[-1][1] + 1:
            ranges[-1][1] = number
        else:
            ranges.append([number, number])
    return ", ".join(digits(str(a)) if a == b else f"{digits(str(a))}\u2013{digits(str(b))}" for a, b in ranges)


def where(numbers: list[int]) -> str:
    """"page 3" or "pages 2–4, 7"."""
    if len(numbers) == 1:
        return say("Import", "page {pages}").format(pages=page_ranges(numbers))
    return say("Import", "pages {pages}").format(pages=page_ranges(numbers))


def textless_notice(textless: list[int], page_count: int) -> str:
    """What to tell the user of pages with no text layer ("" if none)."""
    if not textless:
        return ""
    if len(textless) == page_count:
        return say("Import", "this PDF has no text (scanned images): it is not searchable")
    if len(textless) == 1:
        return say("Import", "page {pages} has no text (a scanned image): it is not searchable").format(
            pages=page_ranges(textless))
    return say("Import", "pages {pages} have no text (scanned images): they are not searchable").format(
        pages=page_ranges(textless))


def _notices(pages: list[str], textless: list[int], damaged: list[int]) -> tuple[str, ...]:
    notices = [textless_notice(textless, len(pages))]
    if len(damaged) == 1:
        notices.append(say("Import", "page {pages} could not be read (it is damaged): it was left empty").format(
            pages=page_ranges(damaged)))
    elif damaged:
        notices.append(say("Import", "pages {pages} could not be read (they are damaged): they were left empty")
                       .format(pages=page_ranges(damaged)))
    notices.append(garbled_notice(pages))
    return tuple(notice for notice in notices if notice)


def garbled_notice(pages: list[str]) -> str:
    """What to tell the user of text that is garbage ("" if none): Khmer from an old font, or
    glyphs whose font does not say which letters they draw."""
    garbled = [number for number, text in enumerate(pages, start=1) if khmer_looks_garbled(text)]
    if garbled:
        texts = [number for number, text in enumerate(pages, start=1) if text]
        return say("Import", "the Khmer text on {where} is garbled (its font maps letters wrongly, as old "
                   "Khmer fonts such as Limon do): it was imported, but it will not be found by search "
                   "and may read wrongly").format(
            where=say("Import", "every page") if garbled == texts else where(garbled))
    lost = sum(text.count(LOST) for text in pages)
    drawn = sum(len(text) - text.count(" ") for text in pages)
    if lost >= 20 and lost > LOST_SHARE * drawn:
        return say("Import", "some text of this PDF cannot be read (its fonts do not say which letters they "
                   "draw): that text will not be found by search")
    return ""
