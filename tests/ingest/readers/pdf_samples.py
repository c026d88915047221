"""Sample PDFs for the PDF reader's tests and benchmark, built here so no test needs a file
from elsewhere.

Qt's QPdfWriter loses Khmer: its ToUnicode map names only the glyphs the font's own character
map names, so a subscript consonant or a ligature comes out of the PDF as a control character
(``qt_pdf`` keeps that as the real-world garbled sample). ``typeset`` lets Qt shape and lay out
the text (QTextLayout, the bundled Noto fonts) and writes the PDF itself, the way LibreOffice and
Chromium write Khmer: each font embedded (CIDFontType2, Identity-H), each glyph where Qt placed
it, a ToUnicode entry for each glyph the font's character map names, and an /ActualText span
round every cluster whose glyphs do not spell its characters in order (a vowel drawn before its
consonant, a subscript form).
"""

import io
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontDatabase, QImage, QPageSize, QPainter, QPdfWriter,
                           QTextDocument, QTextLayout, QTextOption)

FONTS = Path(__file__).resolve().parents[3] / "resources" / "fonts"
FONT_FILES = {"Noto Sans": "NotoSans-Regular.ttf", "Noto Sans Khmer": "NotoSansKhmer-Regular.ttf"}
PAGE_WIDTH, PAGE_HEIGHT, MARGIN = 595, 842, 64
BODY_SIZE, HEAD_SIZE = 11, 8
LINE_BREAK = "\u2028"  # a "\n" in a paragraph: the line ends there


@dataclass
class SamplePage:
    paragraphs: list[str]
    header: str = ""
    footer: str = ""


@dataclass
class _Font:
    name: str
    data: bytes
    widths: dict[int, float] = field(default_factory=dict)  # glyph -> width per 1000 em
    unicode: dict[int, str] = field(default_factory=dict)  # glyph -> the character it draws
    texts: set[str] = field(default_factory=set)  # the texts whose characters are in ``unicode``


def load_fonts() -> None:
    for name in FONT_FILES.values():
        QFontDatabase.addApplicationFont(str(FONTS / name))


def _font(size: float) -> QFont:
    font = QFont()
    font.setFamilies(list(FONT_FILES))
    font.setPixelSize(size)  # a pixel is a PDF point here
    for tag in ("liga", "clig"):  # Latin ligatures (fi, ffi) off: Khmer's are required ones, kept
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _layout(text: str, size: float, width: float) -> QTextLayout:
    layout = QTextLayout(text.replace("\n", LINE_BREAK), _font(size))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def _height(layout: QTextLayout) -> float:
    last = layout.lineAt(layout.lineCount() - 1)
    return last.y() + last.height()


class _Writer:
    """Glyph runs placed on pages, then written out as one PDF."""

    def __init__(self):
        self.fonts: dict[str, _Font] = {}
        self.pages: list[list[str]] = []

    def new_page(self) -> None:
        self.pages.append([])

    def place(self, layout: QTextLayout, left: float, top: float) -> None:
        """Draw ``layout`` line by line, cluster by cluster in the order of the text, whatever
        font each is drawn in, as word processors write them. (Each cluster's glyphs are asked
        of Qt by its characters: QGlyphRun.stringIndexes is wrong past a run's first font.)"""
        text = layout.text()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            pieces: list[_Piece] = []
            spaces = ""
            for match in _CLUSTER.finditer(text, line.textStart(), line.textStart() + line.textLength()):
                cluster = match.group().replace(LINE_BREAK, "")
                runs = [run for run in layout.glyphRuns(match.start(), len(match.group()), _ALL) if run.glyphIndexes()]
                if not cluster:
                    continue
                if pieces and (not runs or _same_glyphs(pieces[-1], runs[0])):
                    pieces[-1].text += spaces + cluster  # drawn by the glyph before it (a ligature: fi)
                    pieces[-1].actual, spaces = pieces[-1].text, ""
                    continue
                if not runs:
                    continue
                run = runs[0]
                font, size = self._font_of(run.rawFont(), text), run.rawFont().pixelSize()
                glyphs = list(run.glyphIndexes())
                for glyph, width in zip(glyphs, run.rawFont().advancesForGlyphIndexes(glyphs)):
                    font.widths[glyph] = width.x() * 1000 / size
                if cluster.isspace():
                    spaces += cluster
                    continue
                _add(pieces, _Piece(font, size, None, glyphs, list(run.positions())), cluster, spaces)
                spaces = ""
            if pieces and spaces and pieces[-1].actual is not None:
                pieces[-1].actual += spaces  # a line ending in a space: the space is in the text
            for piece in pieces:
                self.pages[-1].append("\n".join(_shown(piece, left, top)))

    def _font_of(self, raw, text: str) -> _Font:
        family = raw.familyName()
        if family not in self.fonts:
            if family not in FONT_FILES:
                raise ValueError(f"Qt drew some text in {family!r}, not a bundled font")
            self.fonts[family] = _Font(f"F{len(self.fonts) + 1}", (FONTS / FONT_FILES[family]).read_bytes())
        font = self.fonts[family]
        if text in font.texts:
            return font
        font.texts.add(text)
        for ch in set(text):
            for glyph in raw.glyphIndexesForString(ch):
                if glyph:
                    font.unicode.setdefault(glyph, ch)
        return font

    def write(self, info: dict[str, str], language: str = "") -> bytes:
        objects: list[bytes] = [b"", b""]  # 1: catalog, 2: pages, filled in last
        font_refs = {font.name: self._font_objects(objects, font) for font in self.fonts.values()}
        fonts = " ".join(f"/{name} {ref} 0 R" for name, ref in font_refs.items())
        kids = []
        for content in self.pages:
            stream = "\n".join(content).encode("latin-1")
            objects.append(_stream(stream))
            objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                           f"/Resources << /Font << {fonts} >> >> /Contents {len(objects)} 0 R >>".encode())
            kids.append(f"{len(objects)} 0 R")
        lang = f" /Lang {_text(language)}" if language else ""
        objects[0] = f"<< /Type /Catalog /Pages 2 0 R{lang} >>".encode()
        objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
        objects.append(("<< " + " ".join(f"/{k} {_text(v)}" for k, v in info.items()) + " >>").encode())
        return _assemble(objects, info_ref=len(objects))

    @staticmethod
    def _font_objects(objects: list[bytes], font: _Font) -> int:
        objects.append(_stream(font.data, f"/Length1 {len(font.data)}"))
        file_ref = len(objects)
        objects.append(f"<< /Type /FontDescriptor /FontName /{font.name}+Noto /Flags 32 "
                       f"/FontBBox [-600 -400 1600 1200] /ItalicAngle 0 /Ascent 1069 /Descent -293 "
                       f"/CapHeight 714 /StemV 80 /FontFile2 {file_ref} 0 R >>".encode())
        widths = " ".join(f"{g} [{w:.0f}]" for g, w in sorted(font.widths.items()))
        objects.append(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{font.name}+Noto "
                       f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                       f"/FontDescriptor {len(objects)} 0 R /CIDToGIDMap /Identity /W [{widths}] >>".encode())
        objects.append(_stream(_to_unicode(font.unicode)))
        objects.append(f"<< /Type /Font /Subtype /Type0 /BaseFont /{font.name}+Noto /Encoding /Identity-H "
                       f"/DescendantFonts [{len(objects) - 1} 0 R] /ToUnicode {len(objects)} 0 R >>".encode())
        return len(objects)


@dataclass
class _Piece:
    """One text object: glyphs of one font drawn from the first one's place, and its /ActualText
    when its glyphs do not spell it."""

    font: _Font
    size: float
    actual: str | None
    glyphs: list
    positions: list
    text: str = ""  # what its glyphs draw


def _same_glyphs(piece: _Piece, run) -> bool:
    """Whether ``run`` is the last glyphs of ``piece`` again (Qt gives a ligature to each of
    its characters)."""
    glyphs, positions = list(run.glyphIndexes()), list(run.positions())
    return piece.glyphs[-len(glyphs):] == glyphs and piece.positions[-len(glyphs)] == positions[0]


_ALL = QTextLayout.GlyphRunRetrievalFlag.RetrieveAll
# A Khmer cluster (a base, its subscripts and marks), or any other single character.
_CLUSTER = re.compile("[\u1780-\u17b3](?:\u17d2[\u1780-\u17a2]|[\u17b4-\u17d1\u17d3\u17dd\u200c\u200d])*|.", re.S)


def _add(pieces: list[_Piece], piece: _Piece, cluster: str, spaces: str) -> None:
    """Add one cluster's glyphs (after ``spaces``). Clusters that their glyphs spell share an
    object while the font stays the same; any other has its own, with its /ActualText. Spaces
    are written into the text, not drawn: PDFium skips an object that draws nothing, and loses a
    space that ends an object before an /ActualText one."""
    spelled = "".join(piece.font.unicode.get(g, "\ufffd") for g in piece.glyphs) == cluster
    last = pieces[-1] if pieces else None
    if spelled and last and last.actual is None and last.font is piece.font and last.size == piece.size:
        space_glyphs = [g for g, ch in piece.font.unicode.items() if ch == " "][:1] * len(spaces)
        last.glyphs += space_glyphs + piece.glyphs
        last.positions += [piece.positions[0]] * len(space_glyphs) + piece.positions
        last.text += spaces + cluster
        return
    piece.text = spaces + cluster
    piece.actual = None if spelled and not spaces else piece.text
    pieces.append(piece)


def _shown(piece: _Piece, left: float, top: float) -> list[str]:
    """One text object showing the piece's glyphs from the first one's place, each later one moved
    to where Qt put it (along the line; a mark's small vertical offset is dropped), wrapped in an
    /ActualText span if it has one. One object per span: PDFium reads a span's text once per
    text object."""
    font, size, glyphs, positions = piece.font, piece.size, piece.glyphs, piece.positions
    shown = [f"<{glyphs[0]:04x}>"]
    for k in range(1, len(glyphs)):
        drawn_to = positions[k - 1].x() + font.widths[glyphs[k - 1]] * size / 1000
        shown.append(f"{(drawn_to - positions[k].x()) * 1000 / size:.1f} <{glyphs[k]:04x}>")
    first = positions[0]
    ops = [f"BT /{font.name} {size:g} Tf",
           f"1 0 0 1 {left + first.x():.3f} {PAGE_HEIGHT - top - first.y():.3f} Tm [{' '.join(shown)}] TJ", "ET"]
    if piece.actual is None:
        return ops
    marked = (b"\xfe\xff" + piece.actual.encode("utf-16-be")).hex()
    return [f"/Span <</ActualText <{marked}>>> BDC", *ops, "EMC"]


def _stream(data: bytes, extra: str = "") -> bytes:
    return f"<< /Length {len(data)} {extra} >>\nstream\n".encode() + data + b"\nendstream"


def _text(value: str) -> str:
    if value.isascii():
        return "(" + value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<" + (b"\xfe\xff" + value.encode("utf-16-be")).hex() + ">"


def _to_unicode(mapping: dict[int, str]) -> bytes:
    entries = [f"<{g:04x}> <{ch.encode('utf-16-be').hex()}>" for g, ch in sorted(mapping.items())]
    blocks = [f"{len(entries[i:i + 100])} beginbfchar\n" + "\n".join(entries[i:i + 100]) + "\nendbfchar"
              for i in range(0, len(entries), 100)]
    return ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            "1 begincodespacerange <0000> <ffff> endcodespacerange\n" + "\n".join(blocks) +
            "\nendcmap CMapName currentdict /CMap defineresource pop end end").encode()


def _assemble(objects: list[bytes], info_ref: int) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write("".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info_ref} 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def typeset(pages: list[SamplePage], info: dict[str, str] | None = None, indent: bool = False,
            language: str = "") -> bytes:
    """A PDF of ``pages``: paragraphs apart by a blank half line (or, with ``indent``, by a first-line
    indent and no gap), a header line at the top and a footer line at the bottom of each page;
    ``info`` is the document information dictionary (Title, Author, CreationDate…), ``language``
    the catalog's /Lang."""
    load_fonts()
    writer = _Writer()
    width = PAGE_WIDTH - 2 * MARGIN
    for page in pages:
        writer.new_page()
        if page.header:
            writer.place(_layout(page.header, HEAD_SIZE, width), MARGIN, 36)
        top = MARGIN
        for number, paragraph in enumerate(page.paragraphs):
            if indent:  # the first line indented (but the page's first), the others at the margin
                layout = _indented(paragraph, width, 2 * BODY_SIZE if number else 0)
            else:
                layout = _layout(paragraph, BODY_SIZE, width)
            writer.place(layout, MARGIN, top)
            top += _height(layout) + (0 if indent else BODY_SIZE * 0.8)
        if page.footer:
            footer = _layout(page.footer, HEAD_SIZE, width)
            writer.place(footer, MARGIN + (width - footer.lineAt(0).naturalTextWidth()) / 2, PAGE_HEIGHT - 40)
    return writer.write(info or {}, language)


def _indented(text: str, width: float, indent: float) -> QTextLayout:
    layout = QTextLayout(text.replace("\n", LINE_BREAK), _font(BODY_SIZE))
    layout.beginLayout()
    y, first = 0.0, True
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width - (indent if first else 0))
        line.setPosition(QPointF(indent if first else 0, y))
        y += line.height()
        first = False
    layout.endLayout()
    return layout


def qt_pdf(paragraphs: list[str], title: str = "", creator: str = "") -> bytes:
    """A one-page PDF written by Qt's own QPdfWriter from a QTextDocument."""
    load_fonts()
    buffer_path = _temporary_pdf()
    writer = QPdfWriter(str(buffer_path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    writer.setTitle(title)
    writer.setCreator(creator)
    painter = QPainter(writer)
    document = QTextDocument()
    document.setDefaultFont(_font(BODY_SIZE))
    document.setTextWidth(writer.width())
    document.setPlainText("\n\n".join(paragraphs))
    document.drawContents(painter)
    painter.end()
    return _read_and_remove(buffer_path)


def scanned_pdf(page_kinds: str) -> bytes:
    """A PDF written by QPdfWriter whose pages are, by letter of ``page_kinds``: ``t`` a page of
    (English) text, ``i`` only a picture of text (a scan), ``b`` blank."""
    load_fonts()
    buffer_path = _temporary_pdf()
    writer = QPdfWriter(str(buffer_path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    painter.setFont(_font(BODY_SIZE))
    for number, kind in enumerate(page_kinds, start=1):
        if number > 1:
            writer.newPage()
        if kind == "t":
            painter.drawText(QRectF(MARGIN, MARGIN, 400, 200), Qt.TextFlag.TextWordWrap,
                             f"Page {number} has a text layer: the court hearing was postponed.")
        elif kind == "i":
            painter.drawImage(QRectF(MARGIN, MARGIN, 400, 300), _scan_image(number))
    painter.end()
    return _read_and_remove(buffer_path)


def _scan_image(number: int) -> QImage:
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(_font(28))
    painter.drawText(QRectF(20, 20, 760, 560), Qt.TextFlag.TextWordWrap,
                     f"Scanned page {number}: the letter from the provincial court.")
    painter.end()
    return image


def _temporary_pdf() -> Path:
    handle, name = tempfile.mkstemp(suffix=".pdf")
    os.close(handle)
    return Path(name)


def _read_and_remove(path: Path) -> bytes:
    try:
        return path.read_bytes()
    finally:
        path.unlink()


def encrypted(data: bytes, user_password: str, owner_password: str = "owner") -> bytes:
    """``data`` encrypted by pypdf (RC4, which needs no cryptography package)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# What an old Khmer font (of the Limon kind) puts in a file's text for Khmer: each glyph at a
# Latin code point, in the order drawn (a vowel sign before its consonant, subscript RO too).
_LEGACY_CONSONANTS = dict(zip([chr(c) for c in range(0x1780, 0x17A3)],
                              "kxKXgcqCQjdzDZNtfTFnbpBPmyrlv##shLG"))
_LEGACY_SUBSCRIPTS = {c: chr(0xA1 + i) for i, c in enumerate(_LEGACY_CONSONANTS)} | {"\u179a": "R"}
_LEGACY_VOWELS = {"\u17b6": ("", "a"), "\u17b7": ("", "i"), "\u17b8": ("", "I"), "\u17b9": ("", "w"),
                  "\u17ba": ("", "W"), "\u17bb": ("", "u"), "\u17bc": ("", "U"), "\u17bd": ("", "Y"),
                  "\u17be": ("e", "I"), "\u17bf": ("e", "O"), "\u17c0": ("e", "Ó"), "\u17c1": ("e", ""),
                  "\u17c2": ("E", ""), "\u17c3": ("é", ""), "\u17c4": ("e", "a"), "\u17c5": ("e", "A"),
                  "\u17c6": ("", "M"), "\u17c7": ("", "³"), "\u17cb": ("", "'"), "\u17c9": ("", "½"),
                  "\u17ca": ("", "¾"), "\u17d0": ("", "½"), "\u17cd": ("", "_")}


def legacy_font_text(khmer: str) -> str:
    """``khmer`` as an old Khmer font's text layer shows it (a simulation of Limon's layout)."""
    out, i = [], 0
    while i < len(khmer):
        ch = khmer[i]
        if ch not in _LEGACY_CONSONANTS:
            out.append({"\u17d4": "¿", "\u200b": ""}.get(ch, ch if ch.isascii() else ""))
            i += 1
            continue
        before, base, after = [], [_LEGACY_CONSONANTS[ch]], []
        i += 1
        while i < len(khmer) and ("\u17b6" <= khmer[i] <= "\u17dd"):
            if khmer[i] == "\u17d2" and i + 1 < len(khmer):
                subscript = _LEGACY_SUBSCRIPTS.get(khmer[i + 1], "")
                (before if subscript == "R" else after).append(subscript)
                i += 2
                continue
            left, right = _LEGACY_VOWELS.get(khmer[i], ("", ""))
            before.append(left)
            after.append(right)
            i += 1
        out.append("".join(before + base + after))
    return "".join(out)
