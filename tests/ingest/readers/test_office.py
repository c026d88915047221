"""The Word, OpenDocument and EPUB readers: text in order with headings, lists, tables and notes,
the metadata the files state, and refusals (one sentence each) of damaged and hostile files."""

import functools
import random
import time
import tracemalloc
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.ingest.readers import epub as epub_reader
from desktop.ingest.readers.base import ReadDocument, UnreadableDocument
from desktop.ingest.readers.docx import read_doc, read_docx
from desktop.ingest.readers.epub import read_epub
from desktop.ingest.readers.odt import read_odt
from desktop.ingest.readers.xml_parts import (
    MAX_DEPTH,
    iso_date,
    parse_xml,
    tidy_paragraph,
)
from desktop.ingest.readers.zipped import (
    MAX_MEMBERS,
    MB,
    Container,
    resolve_part,
    safe_name,
)
from tests.ingest.readers.office_samples import (
    BILLION_LAUGHS,
    DOCX_TEXT,
    EPUB_TEXT,
    KHMER,
    ODT_TEXT,
    W,
    docx_sample,
    epub_sample,
    lying_zip,
    members_of,
    odt_sample,
    ole_file,
    with_member,
    zip_bomb,
    zip_of,
)

docx_bytes = functools.cache(docx_sample)
odt_bytes = functools.cache(odt_sample)
epub_bytes = functools.cache(epub_sample)
READERS = {"docx": (read_docx, docx_bytes, "word/document.xml"),
           "odt": (read_odt, odt_bytes, "content.xml"),
           "epub": (read_epub, epub_bytes, "EPUB/text/two.xhtml")}


def refusal(reader, data: bytes) -> str:
    with pytest.raises(UnreadableDocument) as refused:
        reader(data)
    message = str(refused.value)
    assert message and "\n" not in message
    return message


# ---------------------------------------------------------------- what is read


def test_a_word_document_reads_in_order_with_its_lists_table_and_footnotes():
    read = read_docx(docx_bytes())
    assert read == ReadDocument(format="docx", pages=(DOCX_TEXT,), paged=False, metadata={
        "title": "Land and Housing Report", "author": "LICADHO", "date": "2019-03-04", "language": "en-KH"})
    assert "rejected" not in DOCX_TEXT and "hidden words" not in DOCX_TEXT and "PAGE" not in DOCX_TEXT  # the control


def test_an_opendocument_text_reads_in_order_with_its_lists_table_and_note():
    read = read_odt(odt_bytes())
    # The first author and the creation date, not the last editor and the last save.
    assert read == ReadDocument(format="odt", pages=(ODT_TEXT,), paged=False, metadata={
        "title": "Monitoring report", "author": "ADHOC", "date": "2020-05-06", "language": "km-KH"})


def test_an_epub_reads_its_chapters_in_spine_order_without_scripts_or_styles():
    read = read_epub(epub_bytes())
    assert read == ReadDocument(format="epub", pages=(EPUB_TEXT,), paged=False, metadata={
        "title": "Stories of the Lake", "author": "Sok Chea; Mao Dara", "publisher": "Ekasar Press",
        "date": "2018-07-01", "language": "km"})
    # The second chapter has no heading: the table of contents gives it one.
    assert "After the sand" in EPUB_TEXT and "never" not in EPUB_TEXT and "color" not in EPUB_TEXT


def test_khmer_text_and_its_zero_width_spaces_are_kept_exactly():
    for reader, sample, _ in READERS.values():
        assert KHMER in reader(sample()).pages[0].split("\n\n")


def _docx_with(body: str, numbering: str = "", notes: str = "") -> bytes:
    """A Word document written by hand: the body XML, and optional numbering and endnote parts."""
    relations = [('<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                  'officeDocument" Target="word/document.xml"/>')]
    word = []
    members = {}
    if numbering:
        word.append('<Relationship Id="n" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'numbering" Target="numbering.xml"/>')
        members["word/numbering.xml"] = f'<w:numbering xmlns:w="{W}">{numbering}</w:numbering>'.encode()
    if notes:
        word.append('<Relationship Id="e" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'endnotes" Target="/word/endnotes.xml"/>')
        members["word/endnotes.xml"] = f'<w:endnotes xmlns:w="{W}">{notes}</w:endnotes>'.encode()
    rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}</Relationships>'
    members |= {"_rels/.rels": rels.format("".join(relations)).encode(),
                "word/_rels/document.xml.rels": rels.format("".join(word)).encode(),
                "word/document.xml": (f'<w:document xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/'
                                      f'markup-compatibility/2006"><w:body>{body}</w:body></w:document>').encode()}
    return zip_of(members)


def _numbered(num_id: int, level: int, text: str) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
            f'<w:r><w:t>{text}</w:t></w:r></w:p>')


def test_word_numbering_counts_levels_continues_and_restarts_as_word_does():
    levels = ('<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
              '<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
              '<w:lvlText w:val="%1.%2)"/></w:lvl></w:abstractNum>'
              '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>'
              '<w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>'
              '<w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0">'
              '<w:startOverride w:val="5"/></w:lvlOverride></w:num>')
    body = "".join([_numbered(1, 0, "one"), _numbered(1, 1, "sub"), _numbered(1, 1, "sub"), _numbered(2, 0, "two"),
                    _numbered(3, 0, "five"), _numbered(9, 0, "unknown list"), _numbered(0, 0, "not numbered")])
    text = read_docx(_docx_with(body, levels)).pages[0]
    assert text.split("\n\n") == ["1. one", "1.a) sub", "1.b) sub", "2. two", "5. five", "• unknown list",
                                  "not numbered"]


def test_word_text_boxes_alternatives_and_endnotes():
    box = ('<w:p><w:r><w:t>Before the box</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
           '<w:drawing><w:txbxContent><w:p><w:r><w:t>In the box</w:t></w:r></w:p></w:txbxContent></w:drawing>'
           '</mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In the box</w:t></w:r></w:p>'
           '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
           '<w:r><w:t xml:space="preserve"> after it</w:t><w:endnoteReference w:id="4"/></w:r></w:p>')
    notes = '<w:endnote w:id="4"><w:p><w:r><w:endnoteRef/><w:t xml:space="preserve"> An endnote.</w:t></w:r></w:p></w:endnote>'
    text = read_docx(_docx_with(box, notes=notes)).pages[0]
    assert text == "Before the box after it[1]\n\nIn the box\n\nNotes\n\n[1] An endnote."


def test_opendocument_changes_comments_frames_and_heading_numbers():
    namespaces = " ".join(f'xmlns:{prefix}="urn:oasis:names:tc:opendocument:xmlns:{name}:1.0"' for prefix, name in
                          (("office", "office"), ("text", "text"), ("draw", "drawing"), ("table", "table")))
    body = ('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>deleted words</text:p>'
            '</text:deletion></text:changed-region></text:tracked-changes>'
            '<text:h text:outline-level="1"><text:number>2.</text:number>Findings</text:h>'
            '<text:p>Kept<office:annotation><text:p>a comment</text:p></office:annotation> after the comment'
            '<draw:frame><draw:text-box><text:p>In a frame</text:p></draw:text-box></draw:frame>.</text:p>'
            '<text:section><text:list><text:list-item><text:p>no style, so a bullet</text:p></text:list-item>'
            '</text:list></text:section>'
            '<table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>Head</text:p>'
            '</table:table-cell><table:covered-table-cell/></table:table-row></table:table-header-rows></table:table>')
    content = (f'<office:document-content {namespaces}><office:body><office:text>{body}</office:text></office:body>'
               '</office:document-content>').encode()
    data = zip_of({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": content})
    assert read_odt(data) == ReadDocument(format="odt", pages=(
        "2. Findings\n\nKept after the comment.\n\nIn a frame\n\n• no style, so a bullet\n\nHead",), paged=False)


def test_paragraph_whitespace_is_collapsed_but_line_breaks_and_no_break_spaces_kept():
    assert tidy_paragraph("  a \t b\n c \x0b\x0b d\u00a0e\u200bf ") == "a b c\nd\u00a0e\u200bf"
    assert tidy_paragraph(" \u00a0 \x0b \u200b ") == ""


def test_dates_are_as_precise_as_the_file_states():
    assert [iso_date(value) for value in ("2013-12-23T23:15:00Z", "2019", "2019-03", "2019-13-01", "0001-01-01",
                                          "20190304", "soon", None)] == [
        "2013-12-23", "2019", "2019-03", "", "", "", "", ""]


def test_dates_in_khmer_digits_are_read_and_in_other_scripts_digits_dropped():
    assert iso_date("២០២៤-០៣-១៥") == "2024-03-15" and iso_date("២០១៩") == "2019"
    assert [iso_date(value) for value in ("٢٠٢٤-٠٣-١٥", "۲۰۲۴", "२०२४-०३", "2024-٠٣")] == ["", "", "", "2024"]


METADATA_PARTS = {"docx": ("docProps/core.xml", "Land and Housing Report", "2019-03-04"),
                  "odt": ("meta.xml", "Monitoring report", "2020-05-06"),
                  "epub": ("EPUB/content.opf", "Stories of the Lake", "2018-07-01")}


@pytest.mark.parametrize("name", sorted(METADATA_PARTS))
def test_metadata_comes_without_control_characters_and_dates_in_0_to_9(name):
    reader, sample, _ = READERS[name]
    part, title, stated = METADATA_PARTS[name]
    hostile = "\u009b" + title.replace(" ", "\u0085", 1) + "\x7f\u009d"  # CSI, NEL, DEL, OSC
    members = members_of(sample())
    khmer_date = stated.translate(str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩"))
    content = members[part].replace(title.encode(), hostile.encode()).replace(stated.encode(), khmer_date.encode())
    metadata = reader(with_member(sample(), part, content)).metadata
    assert metadata["title"] == title
    assert metadata["date"] == stated


def test_too_many_chapters_are_read_up_to_the_limit_with_a_notice(monkeypatch):
    monkeypatch.setattr(epub_reader, "MAX_CHAPTERS", 2)  # the contents page and the first chapter
    read = read_epub(epub_bytes())
    assert read.pages == ("The lake\n\nThe lake was filled with sand.\n\n" + KHMER,)
    assert read.notices == ("Only the first 2 of the 3 chapters were read.",)


# ---------------------------------------------------------------- refusals


def test_an_old_word_document_is_refused_with_what_to_do():
    doc = ole_file(["WordDocument", "1Table"]) + "EncryptionInfo".encode("utf-16-le")  # the words in its text
    expected = ("an old Word document (.doc): open it in Word or LibreOffice and save it as .docx, "
                "then import that")
    assert refusal(read_docx, doc) == refusal(read_doc, doc) == expected
    assert refusal(read_doc, docx_bytes()) == expected


def test_a_password_protected_word_document_is_refused_as_such():
    protected = ole_file(["EncryptionInfo", "EncryptedPackage"])
    for reader in (read_docx, read_doc):
        assert refusal(reader, protected).startswith("this Word document is password-protected")


def test_a_password_protected_opendocument_file_is_refused_as_such():
    manifest = (b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
                b'<manifest:encryption-data manifest:checksum="x"/></manifest:file-entry></manifest:manifest>')
    data = with_member(with_member(odt_bytes(), "META-INF/manifest.xml", manifest), "content.xml", b"\x8a\x01garbage")
    assert refusal(read_odt, data).startswith("this OpenDocument file is password-protected")


def test_an_epub_with_encrypted_chapters_is_refused_as_drm():
    encryption = (b'<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                  b'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData>'
                  b'<enc:CipherReference URI="EPUB/text/one.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>')
    assert "DRM" in refusal(read_epub, with_member(epub_bytes(), "META-INF/encryption.xml", encryption))


@pytest.mark.parametrize("name", sorted(READERS))
def test_truncated_and_random_files_are_refused_as_damaged(name):
    reader, sample, _ = READERS[name]
    expected = f"damaged file (not a valid {name.upper()} file)"
    assert refusal(reader, sample()[: len(sample()) // 2]) == expected
    assert refusal(reader, random.Random(7).randbytes(5000)) == expected
    assert refusal(reader, zip_of({"other.txt": b"hello"})).startswith("damaged file")


@pytest.fixture(scope="module")
def gigabyte_bomb() -> bytes:
    return zip_bomb(docx_bytes(), "word/document.xml")


def _refused_quickly_in_little_memory(reader, data: bytes) -> str:
    tracemalloc.start()
    started = time.monotonic()
    try:
        message = refusal(reader, data)
    finally:
        elapsed = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 16 * MB
    return message


def test_a_gigabyte_zip_bomb_is_refused_before_unpacking(gigabyte_bomb):
    assert len(gigabyte_bomb) < 10 * MB
    assert _refused_quickly_in_little_memory(read_docx, gigabyte_bomb) == (
        "the parts inside the file are too large unpacked (the limit is 200 MB in all)")


def test_a_part_stating_more_than_its_limit_is_refused_before_unpacking():
    stated = lying_zip(docx_bytes(), "word/document.xml", stated=60 * MB, real=MB)
    assert _refused_quickly_in_little_memory(read_docx, stated) == (
        "a part inside the file is too large unpacked (the limit is 50 MB)")


def test_a_part_that_states_a_small_size_is_never_unpacked_past_it():
    message = _refused_quickly_in_little_memory(read_docx, lying_zip(docx_bytes(), "word/document.xml"))
    assert message == "damaged file (word/document.xml inside it is not valid XML)"  # its first 1,000 bytes


def test_a_part_packed_hundreds_to_one_is_refused_as_a_zip_bomb():
    bomb = zip_bomb(odt_bytes(), "content.xml", size=20 * MB)
    assert _refused_quickly_in_little_memory(read_odt, bomb).startswith("refused as a likely zip bomb")


def test_parts_stating_too_much_in_all_are_refused_before_reading():
    stated = lying_zip(epub_bytes(), "EPUB/fonts/big.otf", stated=250 * MB, real=MB)
    assert refusal(read_epub, stated) == "the parts inside the file are too large unpacked (the limit is 200 MB in all)"


def test_too_many_parts_are_refused():
    crowded = zip_of({f"word/media/{index}.png": b"" for index in range(MAX_MEMBERS + 1)}, zipfile.ZIP_STORED)
    assert refusal(read_docx, crowded) == "too many parts inside the file (the limit is 10,000)"


def test_an_encrypted_part_is_refused():
    data = bytearray(zip_of(members_of(docx_bytes()), zipfile.ZIP_STORED))
    name = b"word/document.xml"
    central = data.index(b"PK\x01\x02")  # the central directory's first entry
    while data[central + 46:central + 46 + len(name)] != name:
        central = data.index(b"PK\x01\x02", central + 4)
    local = int.from_bytes(data[central + 42:central + 46], "little")
    data[central + 8] |= 1
    data[local + 6] |= 1
    assert refusal(read_docx, bytes(data)) == "a part inside the file is encrypted"


@pytest.mark.parametrize("name", sorted(READERS))
def test_entity_expansion_is_refused_before_parsing(name):
    reader, sample, part = READERS[name]
    part = "META-INF/container.xml" if name == "epub" else part
    started = time.monotonic()
    message = refusal(reader, with_member(sample(), part, BILLION_LAUGHS))
    assert message.startswith("refused: a part inside the file declares XML entities")
    assert time.monotonic() - started < 1.0


def test_xml_in_utf16_is_read_and_other_encodings_refused():
    document = members_of(docx_bytes())["word/document.xml"].decode()
    utf16 = document.replace("encoding='UTF-8'", "encoding='UTF-16'").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    assert read_docx(with_member(docx_bytes(), "word/document.xml", utf16.encode("utf-16"))).pages == (DOCX_TEXT,)
    latin = b'<?xml version="1.0" encoding="ISO-8859-1"?>' + document.partition("?>")[2].encode()
    assert refusal(read_docx, with_member(docx_bytes(), "word/document.xml", latin)) == (
        "a part inside the file uses an unsupported text encoding (iso-8859-1)")


def test_xml_nested_too_deeply_is_refused():
    deep = b"<a>" * (MAX_DEPTH + 1) + b"</a>" * (MAX_DEPTH + 1)
    with pytest.raises(UnreadableDocument, match="nested too deeply"):
        parse_xml(deep, "deep.xml")
    assert parse_xml(b"<a>" * MAX_DEPTH + b"</a>" * MAX_DEPTH, "deep.xml").tag == "a"  # the control


def test_names_outside_the_container_are_ignored():
    assert [safe_name(name) for name in ("word/document.xml", "./a//b", "../evil", "a/../../evil", "/etc/passwd",
                                         "C:\\evil", "folder/")] == ["word/document.xml", "a/b", None, None, None,
                                                                     None, None]
    assert resolve_part("word", "../media/a%20b.png#x") == "media/a b.png"
    assert [resolve_part("word", href) for href in ("../../etc/passwd", "http://example.org/a", "file:///etc")] == [
        None, None, None]
    data = zip_of({"../outside.xml": b"<a/>", "inside.xml": b"<a/>"})
    assert Container(data, "DOCX").names() == ["inside.xml"]


def test_a_relationship_pointing_outside_is_not_followed():
    rels = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'officeDocument" Target="../../../etc/passwd"/></Relationships>')
    assert read_docx(with_member(docx_bytes(), "_rels/.rels", rels)).pages == (DOCX_TEXT,)


# ---------------------------------------------------------------- fuzzing


def _read_or_refuse(reader, data: bytes) -> None:
    try:
        assert isinstance(reader(data), ReadDocument)
    except UnreadableDocument as refused:
        assert str(refused)


_MUTATIONS = st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=12)
_FUZZ = settings(max_examples=100, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


def _mutated(data: bytes, mutations, cut: float) -> bytes:
    mutable = bytearray(data)
    for where, value in mutations:
        mutable[int(where * len(mutable))] = value
    return bytes(mutable[: max(1, int(cut * len(mutable)))])


@pytest.mark.parametrize("name", sorted(READERS))
@_FUZZ
@given(mutations=_MUTATIONS, cut=st.sampled_from([1.0, 1.0, 0.9, 0.5, 0.1]))
def test_mutated_files_are_read_or_refused_never_crash(name, mutations, cut):
    reader, sample, _ = READERS[name]
    _read_or_refuse(reader, _mutated(sample(), mutations, cut))


@pytest.mark.parametrize("name", sorted(READERS))
@_FUZZ
@given(mutations=_MUTATIONS, cut=st.sampled_from([1.0, 1.0, 1.0, 0.7, 0.3]))
def test_mutated_xml_inside_is_read_or_refused_never_crash(name, mutations, cut):
    reader, sample, part = READERS[name]
    inside = members_of(sample())[part]
    _read_or_refuse(reader, with_member(sample(), part, _mutated(inside, mutations, cut)))


@_FUZZ
@given(text=st.text(max_size=200))
def test_any_text_in_a_word_paragraph_reads_or_refuses(text):
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    data = with_member(docx_bytes(), "word/document.xml", (
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t xml:space="preserve">{escaped}</w:t></w:r></w:p>'
        '</w:body></w:document>').encode("utf-8", "surrogatepass"))
    try:
        read = read_docx(data)
    except UnreadableDocument:
        return  # characters XML cannot carry
    assert read.pages[0] == tidy_paragraph(text)
