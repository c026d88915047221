"""A document read page by page (a PDF): paragraphs, running heads kept aside, and each
page's place in the reading text."""

from hypothesis import given
from hypothesis import strategies as st

from desktop.ingest.document import prepare_pages
from desktop.store.documents import page_at

PAGES = [
    "Annual Report 2024\n\nThe court heard the case on 3 March 2024.\n\nVillagers gathered outside.\n\n1",
    "Annual Report 2024\n\nOn 5 March the verdict was read.\n\nលោក កឹម សុខា បាននិយាយថា។\n\n2",
    "",  # a scanned page: no text
    "Annual Report 2024\n\nThe appeal followed in April.\n\n4",
]


def test_page_starts_lead_to_each_pages_own_text():
    prepared = prepare_pages(PAGES, "pdf", True)
    text = prepared.text
    assert "Annual Report" not in text and "\n\n1" not in text  # kept aside…
    assert [j.rule for j in prepared.junk].count("running-head") == 3  # …as junk, shown in the original
    assert [j.rule for j in prepared.junk].count("page-number") == 3
    assert len(prepared.pages) == 4
    assert text[prepared.pages[0]:].startswith("The court heard")
    assert text[prepared.pages[1]:].startswith("On 5 March")
    assert text[prepared.pages[3]:].startswith("The appeal")
    assert page_at(list(prepared.pages), text.index("Villagers")) == 1
    assert page_at(list(prepared.pages), text.index("កឹម")) == 2
    assert page_at(list(prepared.pages), text.index("appeal")) == 4  # the empty page 3 holds nothing
    assert prepared.original.count("Annual Report 2024") == 3  # the original keeps everything


def test_a_format_without_pages_has_no_page_numbers():
    prepared = prepare_pages(["Heading\n\nFirst paragraph.\n\nSecond."], "docx", False)
    assert prepared.pages == () and prepared.text == "Heading\n\nFirst paragraph.\n\nSecond."


@given(st.lists(st.text(max_size=80), min_size=1, max_size=6))
def test_every_page_start_is_inside_the_text_and_in_order(pages):
    prepared = prepare_pages(pages, "pdf", True)
    assert len(prepared.pages) == len(pages)
    assert list(prepared.pages) == sorted(prepared.pages)
    assert all(0 <= start <= len(prepared.text) for start in prepared.pages)
    for paragraph in prepared.paragraphs:  # no paragraph runs across a page start
        assert not any(paragraph.start < start < paragraph.end for start in prepared.pages)
