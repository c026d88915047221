"""Relative dates counted from the date the text gave before them, at the precision both allow."""

import pytest

from desktop.extract.dates import find_dates, lowercase_in_place
from desktop.extract.events import sentences
from desktop.extract.relative_dates import with_relative_dates


def resolved(text: str, document_date: str | None = None) -> list[tuple[str, str | None, str | None, str | None]]:
    """(expression, date, precision, the anchor's expression) of each relative date in ``text``."""
    dates = find_dates(text, document_date)
    starts = [start for start, _end in sentences(text)]
    by_start = {d.start: text[d.start : d.end] for d in dates}
    out = []
    for mention in with_relative_dates(lowercase_in_place(text), dates, starts, document_date):
        if mention.certainty == "approximate" and mention not in dates:
            anchor = text[mention.anchor : mention.anchor + 40] if mention.anchor is not None else None
            out.append((text[mention.start : mention.end], mention.date, mention.precision,
                        by_start.get(mention.anchor, anchor)))
    return out


@pytest.mark.parametrize("text, expected", [
    ("The verdict came on 9 May 2022. Ten days later, the defence filed an appeal.",
     [("Ten days later", "2022-05-19", "day", "9 May 2022")]),
    ("She was detained on 28 December 2021. Two weeks later she was charged.",
     [("Two weeks later", "2022-01-11", "day", "28 December 2021")]),
    ("The eviction began on 4 June 2019. The next day, families slept on the road.",
     [("The next day", "2019-06-05", "day", "4 June 2019")]),
    ("Police raided the office on 2 February 2020. Three months later it closed.",
     [("Three months later", "2020-05", "month", "2 February 2020")]),
    ("In August 2018 the union marched. A year later the leaders were jailed.",
     [("A year later", "2019", "year", "August 2018")]),
    ("The commune council met on 12 October 2015. Five years earlier, the land had been sold.",
     [("Five years earlier", "2010", "year", "12 October 2015")]),
    ("In March 2021 the station lost its licence. That month, two reporters left.",
     [("That month", "2021-03", "month", "March 2021")]),
    ("In 2016 she moved to Battambang. Two weeks later she opened a clinic.",  # never finer than the anchor
     [("Two weeks later", "2016", "year", "2016")]),
])
def test_a_relative_date_counts_from_the_date_before_it(text, expected):
    assert resolved(text) == expected


def test_a_chain_counts_from_the_last_date_resolved():
    text = ("The strike began on 1 July 2022. Three days later, the factory locked the gates. "
            "The following day the workers were dismissed.")
    assert [r[:3] for r in resolved(text)] == [("Three days later", "2022-07-04", "day"),
                                               ("The following day", "2022-07-05", "day")]


def test_yesterday_counts_from_the_document_and_vague_amounts_are_not_resolved():
    assert resolved("Yesterday the court adjourned.", "2024-02-01") == [("Yesterday", "2024-01-31", "day", None)]
    assert resolved("On 3 March 2023 he was arrested. Weeks later, a few days later, he spoke.") == []


def test_after_an_event_named_in_the_sentence_is_not_counted_from_the_date_before():
    # Control: the same words opening a sentence do count from the date before.
    assert resolved("In 2020 forty members were arrested. It came three years after the party was dissolved.") == []
    assert resolved("The ruling came on 5 May 2020. A week after the ruling, he fled.")[0][1] == "2020-05-12"


def test_a_year_naming_a_law_is_not_an_anchor():
    text = "On 3 March 2023 the court, citing the 2009 Penal Code, fined him. Ten days later he left."
    from desktop.extract.events import extract_events

    events = extract_events(text, [], {}, None)
    later = next(e for e in events if e.certainty == "approximate")
    assert later.date == "2023-03-13"
    assert text[later.anchor_start : later.anchor_end].startswith("On 3 March 2023")
    assert "2009" not in {e.date for e in events}


def test_after_a_named_happening_counts_from_the_sentence_that_tells_of_it():
    text = ("Police evicted 30 families from Boeung Chhuk on 4 May 2021. The commune chief resigned on "
            "20 May 2021. A week after the eviction, the families camped outside the ministry.")
    [(_, date, precision, anchor)] = resolved(text)
    assert (date, precision, anchor) == ("2021-05-11", "day", "4 May 2021")
