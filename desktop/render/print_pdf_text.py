"""Giving a PDF that Qt wrote the text it shows, so Khmer can be searched and copied from it.

Qt's PDF writer maps each glyph back to a character through the font's character map only. A
Khmer cluster is shaped: a subscript consonant, a vowel drawn in two parts or a ligature is a
glyph no character maps to, and a vowel sign drawn before its consonant comes first. Copied or
extracted, "លោក" came out as "េ\\x15ក". PDF's remedy is ActualText: marked content that says
which text a run of glyphs stands for. Qt draws each run of text of one font and format
between its own ``BT`` and ``ET``; we are told those runs' texts in the same order (see
desktop/ui/printing.py) and wrap each in ``/Span <</ActualText …>> BDC … EMC``.

Only the files Qt writes are read here (classic cross-reference table, no object streams); a
file this does not recognise, or a page whose runs do not match, is left as it was.
"""

import re
import zlib

from desktop.errors import EkasarError

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_PAGE = re.compile(rb"/Type\s*/Page\b(?!s)")
_CONTENTS = re.compile(rb"/Contents\s+(\d+)\s+0\s+R")
_LENGTH_REF = re.compile(rb"/Length\s+(\d+)\s+0\s+R")
_LENGTH = re.compile(rb"/Length\s+(\d+)\s*(?!\d|\s*0\s+R)")
_TEXT_OBJECT = re.compile(rb"(?m)^BT\n.*?^ET\n", re.S)


class NotQtPdf(EkasarError, ValueError):
    """The file is not laid out as Qt writes PDFs."""


def actual_text(text: str) -> bytes:
    """``text`` as a PDF text string: UTF-16BE with its byte order mark, in hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def mark_runs(content: bytes, texts: list[str | None]) -> bytes | None:
    """A page's content with each text object marked with the text it shows, and those drawn off
    the page (None) taken out; or None when the page does not hold exactly one text object per
    text (it is then left as it was)."""
    found = list(_TEXT_OBJECT.finditer(content))
    if len(found) != len(texts):
        return None
    out, position = [], 0
    for match, text in zip(found, texts):
        out.append(content[position:match.start()])
        if text is not None:  # (one drawn off the page was cut away by the clip: nothing is lost)
            out.append(b"/Span <</ActualText " + actual_text(text) + b">> BDC\n" + match.group(0) + b"EMC\n")
        position = match.end()
    out.append(content[position:])
    return b"".join(out)


def _objects(pdf: bytes) -> tuple[int, dict[int, bytes], bytes]:
    """(where the xref is, each object's bytes by number, the trailer dictionary)."""
    found = _STARTXREF.search(pdf)
    if not found:
        raise NotQtPdf("no startxref")
    xref = int(found.group(1))
    head = pdf[xref:].split(b"trailer", 1)
    if not head[0].startswith(b"xref") or len(head) != 2:
        raise NotQtPdf("no classic cross-reference table")
    offsets = {number: int(entry.group(1)) for number, entry in enumerate(_XREF_ENTRY.finditer(head[0]))
               if entry.group(3) == b"n"}
    trailer = head[1].split(b"startxref", 1)[0]
    ends = sorted(offsets.values()) + [xref]
    objects = {}
    for number, start in offsets.items():
        end = next(e for e in ends if e > start)
        objects[number] = pdf[start:end]
    return xref, objects, trailer


def _stream(body: bytes, objects: dict[int, bytes]) -> bytes:
    """The decoded data of a Flate stream object."""
    dictionary, rest = body.split(b"stream\n", 1)
    length_ref = _LENGTH_REF.search(dictionary)
    if length_ref:
        length = int(objects[int(length_ref.group(1))].split(b"obj", 1)[1].split(b"endobj")[0].strip())
    else:
        length = int(_LENGTH.search(dictionary).group(1))
    data = rest[:length]
    return zlib.decompress(data) if b"/FlateDecode" in dictionary else data


def _page_contents(objects: dict[int, bytes]) -> list[int]:
    """The content stream object of each page, in page order (Qt writes pages in order)."""
    pages = []
    for number, body in sorted(objects.items(), key=lambda item: item[0]):
        dictionary = body.split(b"stream\n", 1)[0]
        if _PAGE.search(dictionary) and (contents := _CONTENTS.search(dictionary)):
            pages.append(int(contents.group(1)))
    return pages


def with_actual_text(pdf: bytes, texts_by_page: list[list[str | None]]) -> bytes:
    """``pdf`` with each page's text runs marked with their texts (see the module's comment);
    the file unchanged where it cannot be done safely."""
    try:
        xref, objects, trailer = _objects(pdf)
        pages = _page_contents(objects)
        if len(pages) != len(texts_by_page):
            return pdf
        for number, texts in zip(pages, texts_by_page):
            marked = mark_runs(_stream(objects[number], objects), texts)
            if marked is not None:
                data = zlib.compress(marked)
                objects[number] = (b"%d 0 obj\n<<\n/Length %d\n/Filter /FlateDecode\n>>\nstream\n" % (number, len(data))
                                   + data + b"\nendstream\nendobj\n")
    except (NotQtPdf, ValueError, KeyError, IndexError, AttributeError, StopIteration, zlib.error):
        return pdf
    return _assemble(pdf[:min(_offsets_of(pdf, xref))], objects, trailer)


def _offsets_of(pdf: bytes, xref: int) -> list[int]:
    table = pdf[xref:].split(b"trailer", 1)[0]
    return [int(e.group(1)) for e in _XREF_ENTRY.finditer(table) if e.group(3) == b"n"]


def _assemble(header: bytes, objects: dict[int, bytes], trailer: bytes) -> bytes:
    out, offsets = bytearray(header), {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += objects[number]
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[number]) if number in offsets else b"0000000000 65535 f \n"
    out += b"trailer" + trailer + b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
