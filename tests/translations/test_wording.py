"""Counts and dates as the interface language writes them (desktop/wording.py)."""

import pytest

from desktop import wording


@pytest.fixture
def khmer():
    wording.use_translation(lambda context, text, n: text, "km", khmer_digits=True)
    yield
    wording.use_translation(lambda context, text, n: text, "en", khmer_digits=False)


def test_english_dates_and_counts():
    assert wording.date_text("2023-07-22") == "22 July 2023"
    assert wording.date_text("2023-07") == "July 2023"
    assert wording.date_text("1979") == "1979"
    assert wording.number(12345) == "12,345"
    assert wording.say_n("Panel", "{count} documents", "", 3) == "3 documents"


def test_khmer_dates_and_counts_use_khmer_digits_and_month_names(khmer):
    assert wording.date_text("2023-07-22") == "២២ កក្កដា ២០២៣"
    assert wording.date_text("1975-04") == "មេសា ១៩៧៥"
    assert wording.number(12345) == "១២,៣៤៥"
    assert wording.say_n("Panel", "{count} documents", "", 2) == "២ documents"


def test_arabic_digits_can_be_kept_in_khmer():
    wording.use_translation(lambda context, text, n: text, "km", khmer_digits=False)
    try:
        assert wording.date_text("2023-07-22") == "22 កក្កដា 2023"
    finally:
        wording.use_translation(lambda context, text, n: text, "en", khmer_digits=False)


@pytest.mark.parametrize("odd", ["2023-13-01", "circa 1975", "2023-7", "12-2023", "2023-07-22-01"])
def test_what_is_not_a_date_is_left_as_it_is(odd):
    assert wording.date_text(odd) == odd
