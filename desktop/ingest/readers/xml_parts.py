"""The XML inside Word, OpenDocument and EPUB files, parsed safely, and the
paragraph text the three readers build from it.

Safe here means: only UTF-8 or UTF-16, no entity declarations (the "billion
laughs" and external-entity attacks both need one), nothing fetched (the
standard library's parser never loads a DTD), and a bound on nesting so the
readers' tree walks cannot run out of stack.
"""

import io
import re
import xml.etree.ElementTree as ET
from datetime import date

from desktop.ingest.readers.base import UnreadableDocument, one_line
from desktop.wording import digits, say, typed_digits

MAX_DEPTH = 200
# Stands for an intentional line break until whitespace is collapsed; XML
# cannot carry this character, so it never comes from the document itself.
LINE_BREAK = "\x0b"
# Heads the footnotes and endnotes after the text. Part of the document text,
# so fixed rather than translated: the same file reads the same in any language.
NOTES_HEADING = "Notes"
METADATA_CHARS = 1000

_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_UTF8_NAMES = {"utf-8", "utf8", "us-ascii", "ascii"}  # ASCII is a part of UTF-8
_UTF16_NAMES = {"utf-16", "utf16", "utf-16le", "utf-16be"}
_ENTITY_DECLARATIONS = tuple("<!ENTITY".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
# The whitespace collapsed within a paragraph, as HTML and ODF define it: a
# no-break space or a zero-width space is content, not spacing.
_SPACES = re.compile(r"[ \t\n\r\f]+")
_VISIBLE = re.compile(r"[^\s\u200b\u200c\u200d\u2060\ufeff]")
_ISO_DATE = re.compile(r"^\s*([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?(?![0-9])")  # Khmer digits made 0-9 first
_NUMERALS = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
             (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def xml_encoding(data: bytes) -> str:
    """The codec an XML part is written in, from its byte order mark or declaration.

    :raises UnreadableDocument: for any encoding but UTF-8 and UTF-16.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if data.startswith(b"<\x00"):
        return "utf-16-le"
    if data.startswith(b"\x00<"):
        return "utf-16-be"
    declared = _DECLARED_ENCODING.match(data[:300])
    name = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    if name in _UTF8_NAMES:
        return "utf-8"
    if name in _UTF16_NAMES:
        return "utf-16"
    raise UnreadableDocument(say("Import", "a part inside the file uses an unsupported text encoding ({encoding})")
                             .format(encoding=name))


def parse_xml(data: bytes, part: str) -> ET.Element:
    """The root element of the XML part ``part`` (its name, for messages).

    :raises UnreadableDocument: for entity declarations, another encoding than
        UTF-8/UTF-16, nesting deeper than ``MAX_DEPTH``, or XML that is not well formed.
    """
    xml_encoding(data)
    if any(declaration in data for declaration in _ENTITY_DECLARATIONS):
        raise UnreadableDocument(say("Import", "refused: a part inside the file declares XML entities, "
                                               "which can be used to exhaust memory"))
    depth, deepest, root = 0, 0, None
    try:
        for event, element in ET.iterparse(io.BytesIO(data), events=("start", "end")):
            depth += 1 if event == "start" else -1
            deepest = max(depth, deepest)
            root = element if root is None else root
            if deepest > MAX_DEPTH:
                break
    except (ET.ParseError, ValueError, LookupError):  # LookupError: an encoding Python does not know
        raise UnreadableDocument(say("Import", "damaged file ({part} inside it is not valid XML)").format(part=part)) from None
    if deepest > MAX_DEPTH:
        raise UnreadableDocument(say("Import", "refused: a part inside the file is nested too deeply "
                                               "(more than {limit} levels)").format(limit=digits(str(MAX_DEPTH))))
    return root


def local_name(tag: object) -> str:
    """``"p"`` for ``"{namespace}p"``; ``""`` for comments and processing instructions."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def namespace(tag: object) -> str:
    return tag[1:].partition("}")[0] if isinstance(tag, str) and tag.startswith("{") else ""


def tidy_paragraph(raw: str) -> str:
    """One paragraph as the readers give it: source whitespace collapsed to single spaces,
    intentional line breaks (``LINE_BREAK``) kept as ``"\\n"``, blank lines dropped."""
    lines = (_SPACES.sub(" ", line).strip() for line in raw.split(LINE_BREAK))
    return "\n".join(line for line in lines if _VISIBLE.search(line))


def single_line(text: str) -> str:
    """A paragraph's text on one line, for a table cell or a list of labels."""
    return " ".join(part for part in text.split("\n") if part)


def document_text(paragraphs: list[str], notes: list[str]) -> str:
    """Paragraphs separated by blank lines; the notes, if any, after a "Notes" line as "[1] text"."""
    parts = [paragraph for paragraph in paragraphs if paragraph]
    if notes:
        parts.append(NOTES_HEADING)
        parts.extend(f"[{number}] {note}".rstrip() for number, note in enumerate(notes, 1))
    return "\n\n".join(parts)


def metadata_value(text: str | None) -> str:
    """A value the file states of itself, on one line, without control characters and of
    sensible length."""
    return one_line(text, METADATA_CHARS)


def iso_date(text: str | None) -> str:
    """``"2013-12-23"`` for ``"2013-12-23T23:15:00Z"``; as much of year-month-day as the
    text gives (``"2019"``, ``"2019-03"``), never more, in 0-9 (Khmer digits read as such);
    ``""`` if it is no such date (digits of another script are not read as one)."""
    match = _ISO_DATE.match(typed_digits(text or ""))
    if match is None:
        return ""
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return ""
    return "-".join(part for part in (year, month, day) if part) if int(year) >= 1000 else ""


def set_metadata(metadata: dict[str, str], key: str, value: str | None) -> None:
    """Keep the first non-empty value given for ``key``."""
    value = iso_date(value) if key == "date" else metadata_value(value)
    if value and key not in metadata:
        metadata[key] = value


def list_number(value: int, style: str) -> str:
    """``value`` written as a list numbers it: decimal, lowerLetter, upperLetter,
    lowerRoman, upperRoman (other styles fall back to decimal)."""
    if style in ("lowerLetter", "upperLetter") and value > 0:
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if style == "upperLetter" else letters
    if style in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        roman = ""
        for amount, numeral in _NUMERALS:
            count, value = divmod(value, amount)
            roman += numeral * count
        return roman.upper() if style == "upperRoman" else roman
    return str(value)
