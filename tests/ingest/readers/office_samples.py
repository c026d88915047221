"""Sample Word, OpenDocument and EPUB files for the office readers' tests, built here with
python-docx, odfpy and ebooklib (test-only dependencies) so no test needs a file from elsewhere.
Also hostile containers: zip bombs, entity expansion, an OLE2 (.doc) file."""

import datetime
import io
import struct
import zipfile
import zlib

KHMER = "សិទ្ធិ\u200bមនុស្ស នៅ\u200bកម្ពុជា"  # "human rights in Cambodia", with zero-width spaces
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MB = 1024 * 1024


# ---------------------------------------------------------------- Word


def _footnotes_part(notes: dict[int, str]) -> bytes:
    body = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for number, text in notes.items())
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
            f'</w:p></w:footnote>{body}</w:footnotes>').encode()


def _raw_paragraph(runs: str):
    from docx.oxml import parse_xml

    return parse_xml(f'<w:p xmlns:w="{W}">{runs}</w:p>')


def docx_sample() -> bytes:
    """A heading, English and Khmer paragraphs, bulleted and numbered lists, a table, a
    footnote referenced twice over two notes, tracked changes, a field, a tab and a line break."""
    import docx
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    properties = document.core_properties
    properties.title, properties.author, properties.language = "Land and Housing Report", "LICADHO", "en-KH"
    properties.created = datetime.datetime(2019, 3, 4, 10, 30)
    document.add_heading("Forced evictions in Phnom Penh", 0)
    document.add_heading("Background", 1)
    first = document.add_paragraph("Families   were evicted\tin 2009.")
    first._p.append(_raw_paragraph('<w:r><w:footnoteReference w:id="1"/></w:r>')[0])
    document.add_paragraph(KHMER)
    document.add_paragraph("Boeung Kak lake", style="List Bullet")
    document.add_paragraph("Borei Keila", style="List Bullet")
    document.add_paragraph("File a complaint", style="List Number")
    document.add_paragraph("Ask for a hearing", style="List Number")
    table = document.add_table(rows=2, cols=3)
    for row, cells in enumerate((("Name", "Village", "Year"), ("Sok", "", "2010"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    body = document.element.body
    for runs in (('<w:r><w:t xml:space="preserve">The court </w:t></w:r><w:del w:id="1" w:author="a">'
                  '<w:r><w:delText>rejected</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r>'
                  '<w:t>heard</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> the case</w:t></w:r>'
                  '<w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:t>.</w:t></w:r>'),
                 ('<w:r><w:t>Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>'
                  '<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r>'
                  '<w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r>'
                  '<w:fldChar w:fldCharType="end"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden words</w:t></w:r>'),
                 '<w:r><w:t>Line one</w:t><w:br/><w:t>line two</w:t></w:r>'):
        body.insert(len(body) - 1, _raw_paragraph(runs))  # before the section properties
    part = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES,
                _footnotes_part({1: "Interview with a resident, 2019.", 2: f"Court record; {KHMER}."}),
                document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


DOCX_PARAGRAPHS = [
    "Forced evictions in Phnom Penh", "Background", "Families were evicted in 2009.[1]", KHMER,
    "• Boeung Kak lake", "• Borei Keila", "1. File a complaint", "2. Ask for a hearing",
    "Name | Village | Year", "Sok | 2010", "The court heard the case[2].", "Page 7", "Line one\nline two",
    "Notes", "[1] Interview with a resident, 2019.", f"[2] Court record; {KHMER}."]
DOCX_TEXT = "\n\n".join(DOCX_PARAGRAPHS)


# ---------------------------------------------------------------- OpenDocument


def _odt_list_styles(document):
    from odf import style, text

    numbered = text.ListStyle(name="Numbered")
    level = text.ListLevelStyleNumber(level=1, numformat="1", numsuffix=".")
    level.addElement(style.ListLevelProperties())
    numbered.addElement(level)
    second = text.ListLevelStyleNumber(level=2, numformat="a", numsuffix=")")
    numbered.addElement(second)
    bullets = text.ListStyle(name="Bullets")
    bullets.addElement(text.ListLevelStyleBullet(level=1, bulletchar="–"))
    document.automaticstyles.addElement(numbered)
    document.automaticstyles.addElement(bullets)
    return numbered, bullets


def _odt_list(style, items):
    from odf import text

    listing = text.List(stylename=style)
    for item in items:
        entry = text.ListItem()
        if isinstance(item, tuple):
            entry.addElement(text.P(text=item[0]))
            entry.addElement(_odt_list(style, item[1]))
        else:
            entry.addElement(text.P(text=item))
        listing.addElement(entry)
    return listing


def odt_sample() -> bytes:
    """A heading, paragraphs with spaces, a tab, a line break and a footnote, Khmer text,
    a numbered list with a nested level, a bulleted list, and a table."""
    from odf import dc, meta, table, text
    from odf.opendocument import OpenDocumentText

    document = OpenDocumentText()
    for element in (dc.Title(text="Monitoring report"), meta.InitialCreator(text="ADHOC"),
                    dc.Creator(text="Last editor"), meta.CreationDate(text="2020-05-06T10:00:00"),
                    dc.Date(text="2021-01-01T00:00:00"), dc.Language(text="km-KH")):
        document.meta.addElement(element)
    numbered, bullets = _odt_list_styles(document)
    document.text.addElement(text.H(outlinelevel=1, text="Arrests of activists"))
    paragraph = text.P(text="Three")
    paragraph.addElement(text.S(c=4))
    paragraph.addText("activists were arrested.")
    note = text.Note(id="ftn1", noteclass="footnote")
    note.addElement(text.NoteCitation(text="1"))
    body = text.NoteBody()
    body.addElement(text.P(text="Reported by a witness."))
    note.addElement(body)
    paragraph.addElement(note)
    paragraph.addElement(text.Tab())
    paragraph.addText("Then")
    paragraph.addElement(text.LineBreak())
    paragraph.addText("released.")
    document.text.addElement(paragraph)
    document.text.addElement(text.P(text=KHMER))
    document.text.addElement(_odt_list(numbered, ["Detained", ("Charged", ["incitement", "defamation"]), "Tried"]))
    document.text.addElement(_odt_list(bullets, ["Phnom Penh", "Siem Reap"]))
    grid = table.Table(name="Cases")
    grid.addElement(table.TableColumn(numbercolumnsrepeated=2))
    for cells in (("Name", "Charge"), ("Kem Sokha", "treason")):
        row = table.TableRow()
        for cell_text in cells:
            cell = table.TableCell()
            cell.addElement(text.P(text=cell_text))
            row.addElement(cell)
        grid.addElement(row)
    document.text.addElement(grid)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


ODT_PARAGRAPHS = [
    "Arrests of activists", "Three activists were arrested.[1] Then\nreleased.", KHMER,
    "1. Detained", "2. Charged", "a) incitement", "b) defamation", "3. Tried", "• Phnom Penh", "• Siem Reap",
    "Name | Charge", "Kem Sokha | treason", "Notes", "[1] Reported by a witness."]
ODT_TEXT = "\n\n".join(ODT_PARAGRAPHS)


# ---------------------------------------------------------------- EPUB


def epub_sample() -> bytes:
    """Two chapters in the spine (the first with a heading, the second headed only by the
    table of contents, with a script and a style), a nav page, and metadata."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("ekasar-sample")
    book.set_title("Stories of the Lake")
    book.set_language("km")
    book.add_author("Sok Chea")
    book.add_author("Mao Dara")
    book.add_metadata("DC", "publisher", "Ekasar Press")
    book.add_metadata("DC", "date", "2018-07-01")
    one = epub.EpubHtml(title="Chapter One", file_name="text/one.xhtml", lang="en")
    one.content = ("<html><head><title>Book</title><style>p {color: red}</style></head><body>"
                   "<h1>The lake</h1><p>The lake was   filled\nwith sand.</p><p>" + KHMER + "</p></body></html>")
    two = epub.EpubHtml(title="Chapter Two", file_name="text/two.xhtml", lang="en")
    two.content = ("<html><head><title>Book</title></head><body><p>Families moved<br/>away.</p>"
                   "<script>document.write('never')</script></body></html>")
    for chapter in (one, two):
        book.add_item(chapter)
    book.toc = (epub.Link("text/one.xhtml", "Chapter One", "one"), epub.Link("text/two.xhtml", "After the sand", "two"))
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", one, two]
    buffer = io.BytesIO()
    epub.write_epub(buffer, book)
    return buffer.getvalue()


EPUB_PARAGRAPHS = ["The lake", "The lake was filled with sand.", KHMER, "After the sand", "Families moved\naway."]
EPUB_TEXT = "\n\n".join(EPUB_PARAGRAPHS)


# ---------------------------------------------------------------- containers, hostile ones


def zip_of(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def with_member(data: bytes, name: str, content: bytes) -> bytes:
    """The zip ``data`` with member ``name`` replaced (or added)."""
    members = members_of(data)
    members[name] = content
    return zip_of(members)


def zip_bomb(sample: bytes, name: str, size: int = 1024 * MB) -> bytes:
    """``sample`` with member ``name`` replaced by ``size`` bytes of zeros, written in
    chunks so the gigabyte never sits in memory."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for member, content in members_of(sample).items():
            if member != name:
                archive.writestr(member, content)
        with archive.open(name, "w", force_zip64=True) as stream:  # deflated at level 1, as the archive is
            zeros = bytes(MB)
            for _ in range(size // MB):
                stream.write(zeros)
    return buffer.getvalue()


def lying_zip(sample: bytes, name: str, stated: int = 1000, real: int = 100 * MB) -> bytes:
    """``sample`` with member ``name`` holding ``real`` bytes of zeros while its headers
    state ``stated`` bytes (and the CRC of that many zeros)."""
    zeros = bytes(real)
    packer = zlib.compressobj(1, zlib.DEFLATED, -15)
    packed = packer.compress(zeros) + packer.flush()
    members = [(member, content) for member, content in members_of(sample).items() if member != name]
    local, central = bytearray(), bytearray()
    for member, content in members:
        entry_local, entry_central = _entry(member, _deflate(content), zlib.crc32(content), len(content), len(local))
        local += entry_local
        central += entry_central
    entry_local, entry_central = _entry(name, packed, zlib.crc32(zeros[:stated]), stated, len(local))
    local += entry_local
    central += entry_central
    count = len(members) + 1
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(central), len(local), 0)
    return bytes(local + central + end)


def _deflate(content: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return packer.compress(content) + packer.flush()


def _entry(name: str, packed: bytes, crc: int, size: int, offset: int) -> tuple[bytes, bytes]:
    """A deflated member's local header with its data, and its central directory entry."""
    encoded = name.encode()
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(packed), size, len(encoded), 0)
    central = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(packed), size,
                          len(encoded), 0, 0, 0, 0, 0, offset)
    return local + encoded + packed, central + encoded


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>
<w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""


def ole_file(stream_names: list[str]) -> bytes:
    """A minimal OLE2 compound file whose directory lists ``stream_names`` (a .doc has
    "WordDocument"; a password-protected .docx has "EncryptionInfo" and "EncryptedPackage")."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHH", header, 24, 0x3E, 3, 0xFFFE)
    struct.pack_into("<H", header, 30, 9)  # 512-byte sectors
    struct.pack_into("<L", header, 48, 0)  # the directory starts at sector 0
    directory = bytearray()
    for index, name in enumerate(["Root Entry", *stream_names]):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        entry[0:len(encoded)] = encoded
        struct.pack_into("<HB", entry, 64, len(encoded), 5 if index == 0 else 2)
        directory += entry
    directory += bytes(-len(directory) % 512)
    return bytes(header + directory)
