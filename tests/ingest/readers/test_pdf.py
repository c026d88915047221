"""The PDF reader on PDFs built for the purpose (conftest.py): text page by page in reading
order, Khmer in its logical order, paragraphs, metadata, scans, encryption, damage, limits."""

import pytest

from desktop.ingest.normalize import normalize
from desktop.ingest.readers import pdf
from desktop.ingest.readers.base import UnreadableDocument
from desktop.ingest.readers.pdf import page_ranges, pdf_date, read_pdf
from desktop.ingest.running_heads import running_heads
from tests.ingest.readers.conftest import EN_HEALTH, HEADER, KM_LAND, KM_VERDICT, expected_paragraphs
from tests.ingest.readers.pdf_samples import SamplePage, typeset

GARBLED = ("the Khmer text on {where} is garbled (its font maps letters wrongly, as old Khmer fonts such as "
           "Limon do): it was imported, but it will not be found by search and may read wrongly")


def test_each_page_gives_its_paragraphs_in_order_with_the_khmer_exact(report):
    document = read_pdf(report.data)
    assert document.format == "pdf" and document.paged
    assert len(document.pages) == 3
    for text, page in zip(document.pages, report.pages):
        assert text.split("\n\n") == expected_paragraphs(page)
    assert document.notices == () and document.textless_pages == () and document.ocr_pages == ()


def test_khmer_comes_out_in_logical_order_not_as_drawn(report):
    """A vowel drawn before its consonant (សេ), a subscript drawn before its base (ស្ត្រី), a
    subscript ligature (ក្ដ): the reader gives them as typed."""
    text = read_pdf(report.data).pages[0]
    assert KM_LAND[0].replace("\u200b", "") in text
    for word in ("ស្ត្រី", "សេចក្ដី", "ប្រជាពលរដ្ឋ", "ការិយាល័យ"):
        assert (word in text) == (word in KM_LAND[0].replace("\u200b", "")), word
    assert "\ufffd" not in text and "េស" not in text.split("។")[0][:3]


def test_line_end_hyphens_are_mended_unless_the_document_writes_the_hyphen(report):
    pages = read_pdf(report.data).pages
    assert "any information about" in pages[0]  # infor- / mation: a word broken at the line end
    assert "a well-known pattern" in pages[1]  # the report writes "well-known" elsewhere
    assert "COVID-19 in" in pages[1]  # before a digit the hyphen stays
    assert EN_HEALTH.replace("-\n", "-") in pages[1]


def test_paragraphs_set_by_indent_and_khmer_page_numbers(khmer_booklet):
    document = read_pdf(khmer_booklet.data)
    for text, page in zip(document.pages, khmer_booklet.pages):
        assert text.split("\n\n") == expected_paragraphs(page)


def test_running_heads_and_page_numbers_are_found_on_every_page(report, khmer_booklet):
    for sample in (report, khmer_booklet):  # "Page 1 of 3" … "ទំព័រ ១" …
        pages = list(read_pdf(sample.data).pages)
        heads = running_heads(pages)
        found = {(index, pages[index][start:end]): rule for index, start, end, rule in heads}
        expected = {}
        for index, page in enumerate(sample.pages):
            expected[(index, page.header)] = "running-head"
            expected[(index, page.footer)] = "page-number"
        assert found == expected


def test_metadata_is_what_the_file_states(report, qt_khmer):
    assert read_pdf(report.data).metadata == {
        "title": "Quarterly report: land and justice", "author": "Cambodian Rights Monitor",
        "date": "2024-03-15", "language": "km"}
    stated = read_pdf(qt_khmer).metadata  # QPdfWriter: title, creator (not an author), today's date
    assert stated["title"] == "Qt title" and "author" not in stated and len(stated["date"]) == 10


@pytest.mark.parametrize("value, date", [
    ("D:20240315093000+07'00'", "2024-03-15"), ("D:2019", "2019"), ("D:201905", "2019-05"),
    ("20190531", "2019-05-31"), ("D:20190231", "2019-02"), ("D:20191301", "2019"), ("D:0000", ""),
    ("yesterday", ""), ("", ""),
    ("D:២០២៤០៣១៥", "2024-03-15"), ("D:២០១៩", "2019"),  # Khmer digits are read as 0-9
    ("D:٢٠٢٤٠٣١٥", ""), ("D:२०२४", ""), ("D:2024٠٣", "2024"),  # other scripts' digits are not read
])
def test_pdf_dates_are_as_precise_as_stated(value, date):
    assert pdf_date(value) == date


def test_scanned_pages_are_listed_and_told(scans):
    document = read_pdf(scans["tiiit"])
    assert document.textless_pages == (2, 3, 4)
    assert document.notices == ("pages 2–4 have no text (scanned images): they are not searchable",)
    assert "court hearing" in document.pages[0] and document.pages[1] == ""
    assert read_pdf(scans["tit"]).notices == ("page 2 has no text (a scanned image): it is not searchable",)
    every = read_pdf(scans["ii"])
    assert every.textless_pages == (1, 2)
    assert every.notices == ("this PDF has no text (scanned images): it is not searchable",)


def test_a_blank_page_is_not_a_scan(scans):
    document = read_pdf(scans["tbt"])
    assert document.textless_pages == () and document.notices == () and document.pages[1] == ""


def test_a_password_protected_pdf_is_refused(locked):
    with pytest.raises(UnreadableDocument) as refused:
        read_pdf(locked)
    assert str(refused.value) == "this PDF is password-protected"


def test_a_pdf_with_only_an_owner_password_is_read(owner_locked, report):
    assert read_pdf(owner_locked).pages == read_pdf(report.data).pages


@pytest.mark.parametrize("damage", [
    lambda data: b"", lambda data: b"%PDF-1.7\n", lambda data: data[: len(data) // 3],
    lambda data: b"this is a letter, not a PDF" * 40, lambda data: b"\x00" * 4096,
])
def test_a_damaged_file_is_refused_with_one_line(report, damage):
    try:
        document = read_pdf(damage(report.data))
    except UnreadableDocument as refused:
        assert str(refused) in ("this file is damaged or is not a PDF", "this PDF has no pages")
    else:  # PDFium mends what it can: then the text it found is all that is given
        assert len(document.pages) <= 3


def test_too_many_pages_are_refused(report, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_PAGES", 2)
    with pytest.raises(UnreadableDocument, match="^this PDF has 3 pages; the limit is 2$"):
        read_pdf(report.data)


def test_a_page_with_too_much_text_is_refused(report, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_PAGE_CHARS", 100)
    with pytest.raises(UnreadableDocument, match=r"^page 1 holds too much text \(\d+ characters; the limit is 100\)$"):
        read_pdf(report.data)


def test_khmer_without_unicode_from_qt_is_flagged_and_still_imported(qt_khmer):
    document = read_pdf(qt_khmer)
    assert document.notices == (GARBLED.format(where="every page"),)
    assert "\ufffd" in document.pages[0]  # the lost glyphs are shown as lost, not as control characters
    assert not any(ch < " " and ch != "\n" for ch in document.pages[0])


def test_khmer_from_an_old_font_is_flagged_with_its_pages(limon):
    document = read_pdf(limon)
    assert document.notices == (GARBLED.format(where="page 2"),)
    assert "Phnom Penh Municipal Court" in document.pages[0]


def test_correct_khmer_is_never_flagged(report, khmer_booklet):
    assert read_pdf(report.data).notices == read_pdf(khmer_booklet.data).notices == ()
    assert all(p.replace("\u200b", "") in read_pdf(report.data).pages[1] for p in KM_VERDICT[:1])


def test_page_ranges_in_notices():
    assert page_ranges([7, 2, 3, 4, 9, 10]) == "2–4, 7, 9–10"
    assert page_ranges([5]) == "5"


def test_the_header_is_its_own_paragraph(report):
    assert all(text.startswith(HEADER + "\n\n") for text in read_pdf(report.data).pages)


def test_pages_come_normalised_so_offsets_found_on_them_hold_in_the_pipeline(report, khmer_booklet, qt_khmer):
    for data in (report.data, khmer_booklet.data, qt_khmer):
        for text in read_pdf(data).pages:
            assert normalize(text) == text == text.strip()


def test_a_page_of_two_paragraphs_one_line_each_keeps_them_apart(report):
    """A page with a single line step (the gap between two one-line paragraphs): its usual step
    is the document's, or in a document of a few lines that of solid text, not the gap itself."""
    short = [SamplePage(["The hearing was postponed.", "The families waited outside."])]
    assert read_pdf(typeset(short)).pages == ("The hearing was postponed.\n\nThe families waited outside.",)
    longer = typeset([*(SamplePage(page.paragraphs) for page in report.pages), *short])
    assert read_pdf(longer).pages[3] == "The hearing was postponed.\n\nThe families waited outside."
    assert read_pdf(longer).pages[:3] == tuple("\n\n".join(expected_paragraphs(SamplePage(page.paragraphs)))
                                               for page in report.pages)
