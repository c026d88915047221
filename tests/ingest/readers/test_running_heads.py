"""Running heads and page numbers kept aside: general rules, never a list of texts."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.ingest.running_heads import is_page_number, running_heads


def lines_found(pages: list[str]) -> list[tuple[int, str, str]]:
    return [(page, pages[page][start:end], rule) for page, start, end, rule in running_heads(pages)]


PLACES = ["Kampong Speu", "Battambang", "Siem Reap", "Kandal", "Kratie", "Koh Kong", "Pursat", "Takeo",
          "Kampot", "Prey Veng", "Svay Rieng", "Mondulkiri", "Ratanakiri", "Stung Treng", "Preah Vihear", "Kep"]


def body(n: int) -> str:
    return f"What the monitors saw in {PLACES[n % len(PLACES)]} that month is told in this paragraph."


@pytest.mark.parametrize("line", ["12", "- 12 -", "– 12 –", "[12]", "Page 12", "page 12 of 30", "PAGE 3",
                                  "p. 12", "12 / 30", "ទំព័រ ១២", "ទំព័រទី ១២ នៃ ៣០", "១២", "iv", "xii"])
def test_the_usual_forms_of_a_page_number(line):
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["I", "CV", "mix", "civil", "2024 Report", "Page", "12 families", "Article 12",
                                  "123456", "—", ""])
def test_what_is_not_a_page_number(line):
    assert not is_page_number(line)


def test_a_header_that_repeats_with_its_page_number_and_a_footer_number():
    pages = [f"Report 2024 — page {n}\n\n{body(n)}\n\n{body(n + 10)}\n\n- {n} -" for n in range(1, 6)]
    found = lines_found(pages)
    assert found == [item for n in range(5) for item in
                     [(n, f"Report 2024 — page {n + 1}", "running-head"), (n, f"- {n + 1} -", "page-number")]]


def test_khmer_heads_with_khmer_digits():
    digits = "០១២៣៤៥៦៧៨៩"
    words = ["ដីធ្លី", "តុលាការ", "ការបោះឆ្នោត", "សិទ្ធិមនុស្ស", "ទឹកជំនន់"]
    pages = [f"របាយការណ៍ប្រចាំឆ្នាំ ២០២៤\n\nអំពី{words[n]}\n\nទំព័រ {digits[n]}" for n in range(1, 5)]
    assert [rule for _page, _line, rule in lines_found(pages)] == ["running-head", "page-number"] * 4


def test_a_heading_opening_two_pages_of_a_long_document_is_not_a_running_head():
    pages = [f"{body(n)}\n\n{body(n + 1)}" for n in range(8)]
    pages[2] = "Recommendations\n\n" + pages[2]
    pages[5] = "Recommendations\n\n" + pages[5]
    assert lines_found(pages) == []


def test_a_line_repeated_in_the_middle_of_pages_is_left_alone():
    pages = ["\n\n".join([*(body(n * 7 + k) for k in range(4)), "The same sentence in the middle.",
                           *(body(n * 7 + k) for k in range(4, 7))]) for n in range(4)]
    assert lines_found(pages) == []


def test_a_long_repeated_paragraph_is_body_text():
    long = "A long paragraph repeated on every page for some reason " * 4
    pages = [f"{long}\n\n{body(n)}" for n in range(4)]
    assert lines_found(pages) == []


def test_alternating_heads_and_a_single_page():
    pages = [("Cambodia Land Report" if n % 2 else "Chapter 2: Evictions") + f"\n\n{body(n)}" for n in range(8)]
    assert len(lines_found(pages)) == 8
    assert lines_found([f"{body(1)}\n\n7"]) == [(0, "7", "page-number")]


page_texts = st.lists(
    st.lists(st.one_of(st.text(max_size=40), st.sampled_from(["Page 3", "- 4 -", "ទំព័រ ១", "Report 2024", "\n", ""])),
             max_size=12).map("\n".join),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(page_texts)
def test_never_raises_and_spans_are_in_bounds_and_apart(pages):
    heads = running_heads(pages)
    last: dict[int, int] = {}
    for page, start, end, rule in heads:
        assert 0 <= page < len(pages)
        assert 0 <= start < end <= len(pages[page])
        assert pages[page][start:end].strip() == pages[page][start:end]
        assert start >= last.get(page, 0)
        assert rule in ("page-number", "running-head")
        last[page] = end
    assert heads == sorted(heads)


def test_a_line_that_is_all_a_page_holds_is_its_text_not_a_running_head():
    """Decided for the whole document: a line repeated on pages that hold nothing else is their
    text, but the running head of a report is dropped even on its blank page."""
    pages = ["Page 1 has a text layer: the court hearing was postponed.",
             "",  # a scan
             "Page 3 has a text layer: the court hearing was postponed."]
    assert running_heads(pages) == []
    bodies = ["The families waited outside.", "A monitor took notes.", "Nobody was allowed in."]
    with_body = [f"{page}\n\n{body}" for page, body in zip(pages, bodies)]  # the control
    assert [(page, rule) for page, *_, rule in running_heads(with_body)] == [(0, "running-head"),
                                                                            (2, "running-head")]
    report = [f"Report 2024\n\n{body(n)}\n\n{n + 1}" for n in range(5)]
    report[2] = "Report 2024\n\n3"  # a blank page: its running head and its number
    assert lines_found(report) == [item for n in range(5) for item in
                                   [(n, "Report 2024", "running-head"), (n, str(n + 1), "page-number")]]


def test_a_document_that_is_one_repeated_line_a_page_keeps_it_but_not_its_page_numbers():
    pages = [f"We demand the release of the land activists.\n\nPage {n}" for n in range(1, 7)]
    pages.append(f"We demand the release of the land activists.\n\n{body(1)}\n\nPage 7")
    assert lines_found(pages) == [(n, f"Page {n + 1}", "page-number") for n in range(7)]
