"""The date a document states for itself in its first lines (desktop/extract/stated_date.py)."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.extract.dates import find_dates
from desktop.extract.stated_date import FIRST_CHARS, stated_date

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
BODY = ("The commune chief told villagers that the land would be cleared, and the families who had lived "
        "there for decades were given no written notice of any kind.")


@pytest.mark.parametrize("text, date", [
    ("On 3 March 2024\n\n" + BODY, "2024-03-03"),
    ("Eviction report\nMarch 2024\n\n" + BODY, "2024-03"),
    ("Statement\n\nPhnom Penh, 3 March 2024\n\n" + BODY, "2024-03-03"),
    ("Monday, March 3, 2024", "2024-03-03"),
    ("Posted on March 3rd, 2024 by Admin\n" + BODY, "2024-03-03"),
    ("By Jane Doe | March 3, 2024", "2024-03-03"),
    ("March 3, 2024 | Human Rights Watch", "2024-03-03"),
    ("March 3, 2024 10:30 AM", "2024-03-03"),
    ("# Report\n\n*Published 3 March 2024*\n\n" + BODY, "2024-03-03"),
    ("Published: 2024\n" + BODY, "2024"),
    ("Seyla Nhean on Khmer Community Advocacy for the Commission of Inquiry for Cambodia, 22 July 2023\n"
     + BODY, "2023-07-22"),
    ("PHNOM PENH, March 3, 2024 — " + BODY, "2024-03-03"),
    ("Phnom Penh (3 March 2024) – " + BODY, "2024-03-03"),
    ("ភ្នំពេញ ថ្ងៃទី៣ ខែមីនា ឆ្នាំ២០២៤", "2024-03-03"),
    ("សេចក្តីថ្លែងការណ៍\nរាជធានីភ្នំពេញ, ថ្ងៃទី២២ ខែកក្កដា ឆ្នាំ២០២៣", "2023-07-22"),
    ("ធ្វើនៅរាជធានីភ្នំពេញ ថ្ងៃទី២២ ខែកក្កដា ឆ្នាំ២០២៣", "2023-07-22"),
    ("ថ្ងៃច័ន្ទ ទី៣ ខែមីនា ឆ្នាំ២០២៤", "2024-03-03"),
    ("ខែមីនា ឆ្នាំ២០២៤", "2024-03"),
])
def test_a_date_the_document_states_for_itself_at_the_precision_written(text, date):
    assert stated_date(text) == date


@pytest.mark.parametrize("text", [
    "On 3 March 2024, the police arrested three activists in Phnom Penh.\n" + BODY,  # a sentence about an event
    "The hearing was adjourned until 3 March 2024.",
    "Hearing adjourned until 3 March 2024",
    "ប៉ូលិសចាប់ខ្លួនសកម្មជន ថ្ងៃទី៣ ខែមីនា ឆ្នាំ២០២៤",  # Khmer: a sentence, not a place
    "ភ្នំពេញ៖ នៅថ្ងៃទី៣ ខែមីនា ឆ្នាំ២០២៤ ប៉ូលិសបានចាប់ខ្លួនសកម្មជនបីនាក់",
    "2019",  # a year alone may be anything
    "Annual Report 2023",
    "Date: 12/03/2024",  # day or month first? not said
    "Between 1998 and 2004",
    "Three years ago",
    "July 15th",  # a day without its year
    "Title\n" + "\n".join(f"line {n} of the body, with nothing dated" for n in range(10)) + "\n3 March 2024",
    "x" * FIRST_CHARS + "\n3 March 2024",
    "",
])
def test_no_date_where_the_document_does_not_date_itself(text):
    assert stated_date(text) is None


@pytest.mark.parametrize("name, date", [("000_38d99342b0af7827", None), ("001_4d211d3b45014089", None),
                                        ("002_46b7dbb94abd75ab", None), ("003_9cd36ae3e7546bb8", None),
                                        ("004_be89756c2a9d109d", "2023-07-22")])
def test_the_seeds_as_their_catalog_dates_them_from_their_text(name, date):
    """002 reports a release "on July 22, 2014" in its third paragraph: an event, not its date."""
    assert stated_date((SEEDS / f"{name}.txt").read_text(encoding="utf-8")) == date


@given(st.text())
def test_on_any_text_a_date_or_none_and_never_more_precise_than_written(text):
    found = stated_date(text)
    if found is not None:
        assert found in {m.date for m in find_dates(text[:FIRST_CHARS])} | {
            m.date for line in text[:FIRST_CHARS].splitlines() for m in find_dates(line.strip())}


@given(st.lists(st.sampled_from(["3 March 2024", "Phnom Penh,", "ថ្ងៃទី៣ ខែមីនា ឆ្នាំ២០២៤", "\n", " — ", "On",
                                 "arrested", "ភ្នំពេញ", "2024", ", ", "Published:", "(", ")"]), max_size=12))
def test_pieces_of_dates_and_places_in_any_order(pieces):
    found = stated_date("".join(pieces))
    assert found in (None, "2024", "2024-03-03")
