"""Word documents (.docx, WordprocessingML) as text, with the standard library only.

The body is read in order: every paragraph (a heading too) is its own
paragraph; a numbered or bulleted paragraph starts with its number as Word
would show it, or "•"; a table gives one paragraph per row, its cells joined
by " | "; text boxes follow the paragraph they sit in. Deleted text (tracked
changes) is left out, inserted text kept; a field shows its result, not its
code; hidden text is left out. Footnotes and endnotes are marked "[1]" where
they are referenced and given after the text under "Notes". Old .doc files
(OLE2) are refused with what to do instead.
"""

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from desktop.ingest.readers.base import ReadDocument, UnreadableDocument
from desktop.ingest.readers.xml_parts import (
    LINE_BREAK,
    document_text,
    list_number,
    local_name,
    namespace,
    parse_xml,
    set_metadata,
    single_line,
    tidy_paragraph,
)
from desktop.ingest.readers.zipped import Container, package_relations
from desktop.wording import say

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
W_NAMESPACES = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",  # transitional
                "http://purl.oclc.org/ooxml/wordprocessingml/main"}  # strict
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_MATH_TEXT = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_CHARACTERS = {"tab": " ", "ptab": " ", "br": LINE_BREAK, "cr": LINE_BREAK, "noBreakHyphen": "-"}
# Run content that is not document text: deleted text, field codes, the note mark
# inside a note (given as "[n]" instead), comment marks, properties.
_NOT_TEXT = {"delText", "instrText", "delInstrText", "footnoteRef", "endnoteRef", "separator",
             "continuationSeparator", "commentReference", "annotationRef", "rPr", "pPr", "sectPr",
             "sdtPr", "sdtEndPr", "del", "moveFrom", "softHyphen", "sym", "lastRenderedPageBreak",
             "tblPr", "tblGrid", "trPr", "tcPr", "tblPrEx", "altChunk", "customXmlPr"}


def w_name(element: ET.Element) -> str:
    """The local name of a WordprocessingML element, ``""`` for any other."""
    return local_name(element.tag) if namespace(element.tag) in W_NAMESPACES else ""


def w_attribute(element: ET.Element, name: str) -> str | None:
    for space in W_NAMESPACES:
        value = element.get(f"{{{space}}}{name}")
        if value is not None:
            return value
    return None


def read_doc(data: bytes) -> ReadDocument:
    """An old Word file (.doc) is always refused, saying what to do instead."""
    raise UnreadableDocument(_ole_refusal(data))


def _ole_refusal(data: bytes) -> str:
    if has_ole_stream(data, "EncryptionInfo"):  # a .docx with a password is kept in an OLE2 file
        return say("Import", "this Word document is password-protected: open it in Word, remove the password, "
                             "save it and import that copy")
    return say("Import", "an old Word document (.doc): open it in Word or LibreOffice and save it as .docx, "
                         "then import that")


def has_ole_stream(data: bytes, name: str) -> bool:
    """Whether an OLE2 compound file's directory names a stream ``name``.

    Directory entries are 128 bytes, aligned to 128 in the file: the name in
    UTF-16 at the start, its length in bytes (with the final NUL) at 64, the
    entry type (2: stream) at 66. Checking all three keeps the same words in
    the text of a document from counting.
    """
    needle = name.encode("utf-16-le") + b"\x00\x00"
    length = len(needle).to_bytes(2, "little")
    start = data.find(needle, 512)
    while start != -1:
        if start % 128 == 0 and data[start + 64:start + 66] == length and data[start + 66:start + 67] == b"\x02":
            return True
        start = data.find(needle, start + 2)
    return False


def read_docx(data: bytes) -> ReadDocument:
    """The text and stated metadata of a .docx file.

    :raises UnreadableDocument: for a damaged, hostile, password-protected or old (.doc) file.
    """
    if data.startswith(OLE_MAGIC):
        raise UnreadableDocument(_ole_refusal(data))
    package = Container(data, "DOCX")
    package_parts = package_relations(package, "")
    main = package_parts.get("officeDocument") or "word/document.xml"
    parts = package_relations(package, main)
    root = parse_xml(package.read(main), main)
    body = next((child for child in root if w_name(child) == "body"), None)
    if w_name(root) != "document" or body is None:
        raise package.damaged()
    walker = _Walker(Styles(package.optional_xml(parts.get("styles"))),
                     Numbering(package.optional_xml(parts.get("numbering"))),
                     {"footnote": _notes(package, parts.get("footnotes"), "footnote"),
                      "endnote": _notes(package, parts.get("endnotes"), "endnote")})
    walker.blocks(body)
    text = document_text(walker.paragraphs, walker.notes)
    core = package.optional_xml(package_parts.get("core-properties", "docProps/core.xml"))
    return ReadDocument(format="docx", pages=(text,), paged=False, metadata=_metadata(core))


def _notes(package: Container, part: str | None, kind: str) -> dict[str, ET.Element]:
    root = package.optional_xml(part)
    if root is None:
        return {}
    return {note_id: note for note in root if w_name(note) == kind
            if (note_id := w_attribute(note, "id")) is not None}


def _metadata(core: ET.Element | None) -> dict[str, str]:
    metadata: dict[str, str] = {}
    if core is None:
        return metadata
    for key, tags in (("title", [_DC + "title"]), ("author", [_DC + "creator"]),
                      ("date", [_DCTERMS + "created", _DCTERMS + "modified"]), ("language", [_DC + "language"])):
        for tag in tags:
            element = core.find(tag)
            set_metadata(metadata, key, element.text if element is not None else None)
    return metadata


class _Walker:
    """Walks the body in order, gathering paragraphs and the notes they reference."""

    def __init__(self, styles: "Styles", numbering: "Numbering", notes: dict[str, dict[str, ET.Element]]) -> None:
        self.styles, self.numbering, self._note_parts = styles, numbering, notes
        self.paragraphs: list[str] = []
        self.notes: list[str] = []
        self._note_numbers: dict[tuple[str, str], int] = {}
        self._in_note = False
        self._fields: list[bool] = []  # per open field: whether its result (not its code) is being read
        self._deferred: list[ET.Element] = []  # text boxes met inside the current paragraph

    def blocks(self, container: ET.Element) -> None:
        for child in container:
            name = w_name(child)
            if name == "p":
                self._paragraph(child)
            elif name == "tbl":
                self._table(child)
            elif child.tag == _MC + "AlternateContent":
                self.blocks(_chosen_alternative(child))
            elif name not in _NOT_TEXT:
                self.blocks(child)  # content controls, custom XML, inserted blocks, text boxes

    def _paragraph(self, paragraph: ET.Element) -> None:
        pieces = [self._list_label(paragraph)]
        self._inline(paragraph, pieces)
        text = tidy_paragraph("".join(pieces))
        if text and text != pieces[0].strip():  # a number with nothing after it is no paragraph
            self.paragraphs.append(text)
        deferred, self._deferred = self._deferred, []
        for text_box in deferred:
            self.blocks(text_box)

    def _list_label(self, paragraph: ET.Element) -> str:
        properties = next((child for child in paragraph if w_name(child) == "pPr"), None)
        if properties is None:
            return ""
        numbering = next((child for child in properties if w_name(child) == "numPr"), None)
        style = next((w_attribute(child, "val") for child in properties if w_name(child) == "pStyle"), None)
        num_id, level = self.styles.numbering(style)
        for child in numbering if numbering is not None else ():
            if w_name(child) == "numId":
                num_id = w_attribute(child, "val")
            elif w_name(child) == "ilvl":
                level = w_attribute(child, "val")
        label = self.numbering.label(num_id, level) if num_id is not None else ""
        return f"{label} " if label else ""

    def _inline(self, element: ET.Element, pieces: list[str]) -> None:
        for child in element:
            name = w_name(child)
            if name == "t":
                if all(self._fields):
                    pieces.append(child.text or "")
            elif name in _CHARACTERS:
                pieces.append(_CHARACTERS[name])
            elif name == "fldChar":
                self._field_mark(w_attribute(child, "fldCharType"))
            elif name in ("footnoteReference", "endnoteReference"):
                pieces.append(self._note_mark(name[:-len("Reference")], w_attribute(child, "id")))
            elif name == "txbxContent":
                self._deferred.append(child)
            elif name == "r" and _hidden(child):
                for mark in child.iter():  # its text is not shown, but a field may begin or end in it
                    if w_name(mark) == "fldChar":
                        self._field_mark(w_attribute(mark, "fldCharType"))
            elif child.tag == _MC + "AlternateContent":
                self._inline(_chosen_alternative(child), pieces)
            elif child.tag == _MATH_TEXT:
                pieces.append(child.text or "")
            elif name not in _NOT_TEXT:
                self._inline(child, pieces)  # runs, hyperlinks, insertions, simple fields, drawings

    def _field_mark(self, kind: str | None) -> None:
        """Between a field's begin and separate marks is its code; then its result."""
        if kind == "begin":
            self._fields.append(False)
        elif kind == "separate" and self._fields:
            self._fields[-1] = True
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _note_mark(self, kind: str, note_id: str | None) -> str:
        note = self._note_parts[kind].get(note_id or "")
        if note is None or self._in_note or not all(self._fields):
            return ""
        key = (kind, note_id or "")
        if key not in self._note_numbers:
            self._note_numbers[key] = len(self.notes) + 1
            self.notes.append("\n".join(self._apart(note, in_note=True)))
        return f"[{self._note_numbers[key]}]"

    def _apart(self, container: ET.Element, in_note: bool = False) -> list[str]:
        """The paragraphs of ``container`` (a cell, a note), kept out of the main flow."""
        saved = self.paragraphs, self._deferred, self._fields, self._in_note
        self.paragraphs, self._deferred, self._fields, self._in_note = [], [], [], in_note or self._in_note
        try:
            self.blocks(container)
            return self.paragraphs
        finally:
            self.paragraphs, self._deferred, self._fields, self._in_note = saved

    def _table(self, table: ET.Element) -> None:
        for row in _children_named(table, "tr"):
            cells = (" ".join(single_line(text) for text in self._apart(cell)) for cell in _children_named(row, "tc"))
            text = " | ".join(cell for cell in cells if cell)
            if text:
                self.paragraphs.append(text)


def _children_named(element: ET.Element, wanted: str):
    """The ``wanted`` children of a table or row, also those wrapped in content controls or custom XML."""
    for child in element:
        name = w_name(child)
        if name == wanted:
            yield child
        elif name in ("sdt", "sdtContent", "customXml", "ins", "moveTo"):
            yield from _children_named(child, wanted)


def _chosen_alternative(alternate: ET.Element) -> ET.Element:
    """Markup compatibility: the first choice (we read all their text), else the fallback."""
    for child in alternate:
        if child.tag in (_MC + "Choice", _MC + "Fallback"):
            return child
    return ET.Element("empty")


def _hidden(run: ET.Element) -> bool:
    """A run formatted as hidden text (``w:vanish``), which Word does not show or print."""
    properties = next((child for child in run if w_name(child) == "rPr"), None)
    if properties is None:
        return False
    for child in properties:
        if w_name(child) == "vanish":
            return (w_attribute(child, "val") or "true") not in ("0", "false", "off")
    return False


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((child for child in element if w_name(child) == name), None)


def _value(element: ET.Element | None, name: str) -> str | None:
    """The ``w:val`` of the child ``name`` of ``element``."""
    found = _child(element, name) if element is not None else None
    return w_attribute(found, "val") if found is not None else None


class Styles:
    """Which list a paragraph style numbers its paragraphs in ("List Bullet" does), through ``basedOn``."""

    def __init__(self, root: ET.Element | None) -> None:
        self._styles: dict[str, tuple[str | None, str | None, str | None]] = {}
        self._default: str | None = None
        for style in root if root is not None else ():
            if w_name(style) != "style" or w_attribute(style, "type") not in (None, "paragraph"):
                continue
            style_id = w_attribute(style, "styleId") or ""
            properties = _child(style, "pPr")
            numbering = _child(properties, "numPr") if properties is not None else None
            self._styles[style_id] = (_value(style, "basedOn"), _value(numbering, "numId"), _value(numbering, "ilvl"))
            if w_attribute(style, "default") in ("1", "true", "on"):
                self._default = style_id

    def numbering(self, style_id: str | None) -> tuple[str | None, str | None]:
        """``(numId, level)`` the style (or the default paragraph style) gives, each maybe ``None``."""
        num_id = level = None
        style_id, seen = style_id or self._default, set()
        while style_id in self._styles and style_id not in seen and (num_id is None or level is None):
            seen.add(style_id)
            based_on, style_num, style_level = self._styles[style_id]
            num_id = style_num if num_id is None else num_id
            level = style_level if level is None else level
            style_id = based_on
        return num_id, level


@dataclass(frozen=True)
class _Level:
    style: str  # w:numFmt: decimal, bullet, lowerLetter, none…
    text: str  # w:lvlText: "%1.", "%1.%2", "•"
    start: int


class Numbering:
    """The numbers Word shows before list paragraphs, counted in document order.

    Numbering instances (``w:num``) of one abstract list share its counters, as
    in Word ("continue numbering"), unless they restart with a ``startOverride``.
    """

    def __init__(self, root: ET.Element | None) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        for child in root if root is not None else ():
            if w_name(child) == "abstractNum":
                self._abstract[w_attribute(child, "abstractNumId") or ""] = _levels(child)
            elif w_name(child) == "num":
                restarts = {_int(w_attribute(override, "ilvl"), 0): _int(_value(override, "startOverride"), 1)
                            for override in child if w_name(override) == "lvlOverride"
                            if _value(override, "startOverride") is not None}
                self._nums[w_attribute(child, "numId") or ""] = (_value(child, "abstractNumId") or "", restarts)
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()

    def label(self, num_id: str, level_text: str | None) -> str:
        """The next label of list ``num_id`` at ``level``: "3.", "1.2", "a)", "•", or ``""``."""
        if num_id == "0":  # "no numbering": takes a style's numbering off a paragraph
            return ""
        level = min(max(_int(level_text, 0), 0), 8)
        abstract_id, restarts = self._nums.get(num_id, ("", {}))
        levels = self._abstract.get(abstract_id, {})
        if level not in levels or levels[level].style == "bullet":
            return "•"
        if levels[level].style == "none":
            return ""
        counters = self._counters.setdefault(abstract_id, [None] * 9)
        if num_id not in self._started:
            self._started.add(num_id)
            for restarted, start in restarts.items():
                if 0 <= restarted < 9:
                    counters[restarted:] = [start - 1] + [None] * (8 - restarted)
        current = counters[level]
        counters[level] = (levels[level].start - 1 if current is None else current) + 1
        counters[level + 1:] = [None] * (8 - level)
        label = levels[level].text
        for shown in range(9):
            if f"%{shown + 1}" in label:
                definition = levels.get(shown, _Level("decimal", "", 1))
                value = counters[shown] if counters[shown] is not None else definition.start
                label = label.replace(f"%{shown + 1}", list_number(value, definition.style))
        return label.strip()


def _levels(abstract: ET.Element) -> dict[int, _Level]:
    levels = {}
    for level in abstract:
        if w_name(level) == "lvl":
            number_format = next((w_attribute(found, "val") for found in level.iter() if w_name(found) == "numFmt"), None)
            levels[_int(w_attribute(level, "ilvl"), 0)] = _Level(number_format or "decimal",
                                                                 _value(level, "lvlText") or "",
                                                                 _int(_value(level, "start"), 0))
    return levels
