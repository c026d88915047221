"""OpenDocument text (.odt, LibreOffice's own format) as text, with the standard library only.

content.xml is read in order: headings and paragraphs each give a paragraph;
a list item's first paragraph starts with its number as the list style
writes it ("1.", "a)", "2.1"), or "•"; a table gives one paragraph per row,
its cells joined by " | "; text boxes and frames follow the paragraph they
sit in. Tracked deletions and comments are left out. Footnotes and endnotes
are marked "[1]" where they stand and given after the text under "Notes".
meta.xml gives the title, author, date and language.
"""

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from desktop.ingest.readers.base import ReadDocument, UnreadableDocument
from desktop.ingest.readers.xml_parts import (
    LINE_BREAK,
    document_text,
    list_number,
    set_metadata,
    single_line,
    tidy_paragraph,
)
from desktop.ingest.readers.zipped import Container
from desktop.wording import say

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
MANIFEST = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"
_PARAGRAPHS = (TEXT + "p", TEXT + "h")
# Not document text: tracked changes (their deletions), comments, declarations,
# the note's own citation (given as "[n]"), image titles and descriptions,
# images' own data, embedded objects, text hidden by a condition.
_SKIPPED = {TEXT + "tracked-changes", OFFICE + "annotation", OFFICE + "annotation-end", OFFICE + "forms",
            TEXT + "sequence-decls", TEXT + "variable-decls", TEXT + "user-field-decls", TEXT + "dde-connection-decls",
            TEXT + "note-citation", TABLE + "covered-table-cell", TABLE + "table-columns", TABLE + "table-column",
            TABLE + "table-header-columns", SVG + "title", SVG + "desc", OFFICE + "event-listeners",
            TEXT + "soft-page-break", TEXT + "bookmark", TEXT + "bookmark-start", TEXT + "bookmark-end",
            TABLE + "title", TABLE + "desc", OFFICE + "binary-data", DRAW + "object-ole", TEXT + "hidden-text"}
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def read_odt(data: bytes) -> ReadDocument:
    """The text and stated metadata of an .odt file.

    :raises UnreadableDocument: for a damaged, hostile or password-protected file.
    """
    package = Container(data, "ODT")
    if _password_protected(package):
        raise UnreadableDocument(say("Import", "this OpenDocument file is password-protected: open it in LibreOffice, "
                                               "remove the password, save it and import that copy"))
    content = package.optional_xml("content.xml")
    body = content.find(OFFICE + "body") if content is not None else None
    if body is None:
        raise package.damaged()
    styles = package.optional_xml("styles.xml")
    walker = _Walker(_list_styles(content) | (_list_styles(styles) if styles is not None else {}))
    walker.blocks(body)
    return ReadDocument(format="odt", pages=(document_text(walker.paragraphs, walker.notes),), paged=False,
                        metadata=_metadata(package.optional_xml("meta.xml")))


def _password_protected(package: Container) -> bool:
    """A password-protected file's parts are encrypted one by one, as its manifest says."""
    manifest = package.optional_xml("META-INF/manifest.xml")
    if manifest is None:
        return False
    return any(entry.find(MANIFEST + "encryption-data") is not None
               for entry in manifest.iter(MANIFEST + "file-entry")
               if entry.get(MANIFEST + "full-path") == "content.xml")


def _metadata(meta: ET.Element | None) -> dict[str, str]:
    metadata: dict[str, str] = {}
    found = meta.find(OFFICE + "meta") if meta is not None else None
    if found is None:
        return metadata
    # dc:creator and dc:date are who last saved it and when; the initial ones come first.
    for key, tag in (("title", DC + "title"), ("author", META + "initial-creator"), ("author", DC + "creator"),
                     ("date", META + "creation-date"), ("date", DC + "date"), ("language", DC + "language")):
        element = found.find(tag)
        set_metadata(metadata, key, element.text if element is not None else None)
    return metadata


@dataclass(frozen=True)
class _ListLevel:
    bullet: bool
    style: str  # for list_number
    prefix: str
    suffix: str
    shown_levels: int  # text:display-levels: "2.1" shows two
    start: int


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _number_style(num_format: str) -> str:
    """The list_number style of an ODF number format; "" shows no number, others fall back to decimal."""
    return _FORMATS.get(num_format, "decimal") if num_format else "none"


def _list_styles(root: ET.Element) -> dict[str, dict[int, _ListLevel]]:
    """Each list style's levels (1-based), from automatic and common styles alike."""
    styles: dict[str, dict[int, _ListLevel]] = {}
    for style in root.iter(TEXT + "list-style"):
        levels = styles.setdefault(style.get(STYLE + "name", ""), {})
        for level in style:
            number = level.tag == TEXT + "list-level-style-number"
            levels[_int(level.get(TEXT + "level"), 1)] = _ListLevel(
                bullet=not number,
                style=_number_style(level.get(STYLE + "num-format", "1")) if number else "bullet",
                prefix=level.get(STYLE + "num-prefix", ""), suffix=level.get(STYLE + "num-suffix", ""),
                shown_levels=_int(level.get(TEXT + "display-levels"), 1), start=_int(level.get(TEXT + "start-value"), 1))
    return styles


class _Walker:
    """Walks the text body in order, gathering paragraphs and the notes in them."""

    def __init__(self, list_styles: dict[str, dict[int, _ListLevel]]) -> None:
        self._list_styles = list_styles
        self.paragraphs: list[str] = []
        self.notes: list[str] = []
        self._deferred: list[ET.Element] = []  # frames and text boxes met inside the current paragraph
        self._label = ""  # the number waiting for a list item's first paragraph
        self._counters: list[int] = []
        self._in_note = False

    def blocks(self, container: ET.Element) -> None:
        for child in container:
            self._block(child)

    def _block(self, element: ET.Element) -> None:
        if element.tag in _PARAGRAPHS:
            self._paragraph(element)
        elif element.tag == TEXT + "list":
            self._list(element, "", 1)
        elif element.tag == TABLE + "table":
            self._table(element)
        elif element.tag not in _SKIPPED:
            self.blocks(element)  # sections, indexes, frames, text boxes, spreadsheets' and slides' shapes

    def _paragraph(self, paragraph: ET.Element) -> None:
        label, self._label = self._label, ""
        pieces = [f"{label} " if label else ""]
        self._inline(paragraph, pieces, numbered=bool(label))
        text = tidy_paragraph("".join(pieces))
        if text and text != label:
            self.paragraphs.append(text)
        deferred, self._deferred = self._deferred, []
        for element in deferred:
            self._block(element)

    def _inline(self, element: ET.Element, pieces: list[str], numbered: bool) -> None:
        pieces.append(element.text or "")
        for child in element:
            tag = child.tag
            if tag in (TEXT + "s", TEXT + "tab"):
                pieces.append(" ")
            elif tag == TEXT + "line-break":
                pieces.append(LINE_BREAK)
            elif tag == TEXT + "note":
                pieces.append(self._note(child))
            elif tag == TEXT + "number":  # a heading's number as last shown, unless the list gave one
                pieces.append("" if numbered else f"{''.join(child.itertext())} ")
            elif tag in (DRAW + "text-box", TABLE + "table", TEXT + "list", *_PARAGRAPHS):
                self._deferred.append(child)
            elif tag not in _SKIPPED:
                self._inline(child, pieces, numbered)  # spans, links, fields, frames
            pieces.append(child.tail or "")

    def _note(self, note: ET.Element) -> str:
        body = note.find(TEXT + "note-body")
        if body is None or self._in_note:
            return ""
        number = len(self.notes) + 1
        self.notes.append("\n".join(self._apart(body, in_note=True)))
        return f"[{number}]"

    def _apart(self, container: ET.Element, in_note: bool = False) -> list[str]:
        """The paragraphs of ``container`` (a cell, a note), kept out of the main flow."""
        saved = self.paragraphs, self._deferred, self._label, self._counters, self._in_note
        self.paragraphs, self._deferred, self._label, self._counters = [], [], "", []
        self._in_note = in_note or self._in_note
        try:
            self.blocks(container)
            return self.paragraphs
        finally:
            self.paragraphs, self._deferred, self._label, self._counters, self._in_note = saved

    def _list(self, element: ET.Element, style_name: str, level: int) -> None:
        """A list and the lists nested in it; numbering restarts with each outermost
        list unless it says it continues the one before."""
        style_name = element.get(TEXT + "style-name") or style_name
        if level == 1 and element.get(TEXT + "continue-numbering") != "true" and element.get(TEXT + "continue-list") is None:
            self._counters = []
        for item in element:
            if item.tag not in (TEXT + "list-item", TEXT + "list-header"):
                continue
            first = next(iter(item), None)
            if item.tag == TEXT + "list-item" and first is not None and first.tag in _PARAGRAPHS:
                self._label = self._next_label(self._list_styles.get(style_name, {}), level,
                                               item.get(TEXT + "start-value"))
            for child in item:
                if child.tag == TEXT + "list":
                    self._list(child, style_name, level + 1)
                else:
                    self._block(child)
            self._label = ""

    def _next_label(self, levels: dict[int, _ListLevel], level: int, start: str | None) -> str:
        definition = levels.get(level, _ListLevel(True, "bullet", "", "", 1, 1))
        del self._counters[level:]
        while len(self._counters) < level:
            known = levels.get(len(self._counters) + 1)
            self._counters.append((known.start if known else 1) - 1)
        self._counters[level - 1] = _int(start, self._counters[level - 1] + 1)
        if definition.bullet:
            return "•"
        if definition.style == "none":
            return f"{definition.prefix}{definition.suffix}".strip()
        shown = range(max(level - definition.shown_levels, 0), level)
        number = ".".join(list_number(self._counters[index], levels.get(index + 1, definition).style) for index in shown)
        return f"{definition.prefix}{number}{definition.suffix}".strip()

    def _table(self, table: ET.Element) -> None:
        for row in _rows(table):
            cells = (" ".join(single_line(text) for text in self._apart(cell))
                     for cell in row if cell.tag == TABLE + "table-cell")
            text = " | ".join(cell for cell in cells if cell)
            if text:
                self.paragraphs.append(text)


def _rows(container: ET.Element):
    """A table's own rows, also those in its header-rows/rows/row-group wrappers
    (not those of a table nested in a cell)."""
    for child in container:
        if child.tag == TABLE + "table-row":
            yield child
        elif child.tag in (TABLE + "table-header-rows", TABLE + "table-rows", TABLE + "table-row-group"):
            yield from _rows(child)
