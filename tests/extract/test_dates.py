import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.extract.dates import find_dates


def dates(text, document_date=None):
    return [(text[d.start : d.end], d.date, d.end_date, d.precision, d.certainty)
            for d in find_dates(text, document_date)]


@pytest.mark.parametrize("text, date, precision", [
    ("on 3 September 2017 the", "2017-09-03", "day"),
    ("on Sept. 3, 2017 the", "2017-09-03", "day"),
    ("on 2017-09-03 the", "2017-09-03", "day"),
    ("on 22nd July 2023", "2023-07-22", "day"),
    ("on July 22, 2014 on bail", "2014-07-22", "day"),
    ("In September 2017, shortly", "2017-09", "month"),
    ("in April of 2024", "2024-04", "month"),
    ("in 1972, because", "1972", "year"),
    ("by mid-2019 the", "2019", "year"),
])
def test_explicit_dates_at_their_true_precision(text, date, precision):
    [(_, found, end, found_precision, certainty)] = dates(text)
    assert (found, end, found_precision, certainty) == (date, None, precision, "stated")


def test_ranges_and_decades():
    assert dates("between 1998 and 2004") == [("between 1998 and 2004", "1998", "2004", "year", "stated")]
    assert dates("from 1979 to 1991") == [("from 1979 to 1991", "1979", "1991", "year", "stated")]
    assert dates("in the 1990s") == [("the 1990s", "1990", "1999", "year", "stated")]


@pytest.mark.parametrize("text, expected", [
    ("From 2013 to 2017 he led it.", ("From 2013 to 2017", "2013", "2017", "year", "stated")),
    ("Between 2001 and 2003, it grew.", ("Between 2001 and 2003", "2001", "2003", "year", "stated")),
    ("between January and July 2023 the", ("between January and July 2023", "2023-01", "2023-07", "month", "stated")),
    ("From March to May, 2021, they", ("From March to May, 2021", "2021-03", "2021-05", "month", "stated")),
    ("from November to February 2024", ("from November to February 2024", "2023-11", "2024-02", "month", "stated")),
])
def test_ranges_in_any_case_and_of_months_are_one_period(text, expected):
    assert dates(text) == [expected]


def test_two_months_without_a_range_word_are_not_a_period():
    # The control: only "from/between … to/and …" makes one period of two months.
    assert dates("In January they met; in July 2023 they voted.") == [
        ("July 2023", "2023-07", None, "month", "stated")]
    assert dates("in January and July 2023") == [
        ("in January", None, None, None, "inferred"), ("July 2023", "2023-07", None, "month", "stated")]


def test_day_and_month_without_year_take_the_documents_year_marked_inferred():
    assert dates("arrested on July 15th, for", "2014-07") == [("July 15th", "2014-07-15", None, "day", "inferred")]
    assert dates("arrested on July 15th, for") == [("July 15th", None, None, None, "inferred")]


def test_relative_dates_resolve_against_the_document_date_or_stay_undated():
    found = dates("Two years ago, a few weeks ago, last year, this past week", "2023-07-22")
    assert [(f[1], f[3], f[4]) for f in found] == [
        ("2021", "year", "approximate"), ("2023-06", "month", "approximate"),
        ("2022", "year", "approximate"), ("2023-07", "month", "approximate")]
    assert [f[1] for f in dates("two years ago", None)] == [None]
    assert [f[1:4] for f in dates("last year", "2020")] == [("2019", None, "year")]


def test_numbers_that_are_not_years():
    assert dates("4530 16th Street, NW Washington, DC 20011") == []
    assert dates("one of the 1,0000 women; up to 30 years; a 27-year sentence; 125 leaders") == []


@given(st.text())
def test_never_crashes_and_spans_point_at_text(text):
    for found in find_dates(text, "2020-05"):
        assert 0 <= found.start < found.end <= len(text)
        assert found.date is None or len(found.date) in (4, 7, 10)


def test_days_in_any_script_s_digits():
    """A day written in Khmer or full-width digits is still a day (the control: ASCII digits)."""
    for day in ("5", "៥", "５"):
        [date] = find_dates(f"On {day} March 2014 police came.", "2016-05")
        assert (date.date, date.precision) == ("2014-03-05", "day"), day
