"""Khmer dates read at the precision they state, with offsets in the original text, however they
are spelled and spaced; lunar and Buddhist-era dates found but left undated; counts never years."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.extract import khmer_dates
from desktop.extract.dates import find_dates
from desktop.extract.events import _short, sentences
from desktop.extract.pipeline import Extractor
from desktop.extract.process import process_text

DOCUMENT_DATE = "2021-06"
ZW = "\u200b"

# (before, expression, after, date, end_date, precision, certainty)
CASES = [
    ("កាលពី", "ថ្ងៃទី៤ ខែមិថុនា ឆ្នាំ២០២០", " ប៉ូលិសបានចាប់ខ្លួនលោក។", "2020-06-04", None, "day", "stated"),
    ("នៅ", "ថ្ងៃទី4 ខែមិថុនា ឆ្នាំ2020", " សកម្មជនបីនាក់ត្រូវបានឃុំខ្លួន។", "2020-06-04", None, "day", "stated"),
    ("នៅ", "ថ្ងៃទី4 ខែមិថុនា ឆ្នាំ២0២0", " តុលាការបានសម្រេច។", "2020-06-04", None, "day", "stated"),
    ("កាលពី", "ថ្ងៃ ទី ៤ ខែ មិថុនា ឆ្នាំ ២០២០", " គាត់បានចាកចេញ។", "2020-06-04", None, "day", "stated"),
    ("កាលពី", "ទី៤ខែមិថុនាឆ្នាំ២០២០", "គាត់បានចាកចេញ។", "2020-06-04", None, "day", "stated"),
    ("នៅ", "ថ្ងៃ៤ ខែមិថុនា ឆ្នាំ២០២០", " មានបាតុកម្ម។", "2020-06-04", None, "day", "stated"),
    ("នៅ", "ថ្ងៃទី០៤ ខែ០៦ ឆ្នាំ២០២០", " មានបាតុកម្ម។", "2020-06-04", None, "day", "stated"),
    ("នៅ", "ថ្ងៃទី២៨ ខែកុម្ភៈ ឆ្នាំ២០២១", " ពួកគេត្រូវបានដោះលែង។", "2021-02-28", None, "day", "stated"),
    ("នៅ", "ថ្ងៃទី២៨ ខែកុម្ភះ ឆ្នាំ២០២១", " ពួកគេត្រូវបានដោះលែង។", "2021-02-28", None, "day", "stated"),
    ("នៅ", "ថ្ងៃទី២៨ ខែកុម្ភ ឆ្នាំ២០២១", " ពួកគេត្រូវបានដោះលែង។", "2021-02-28", None, "day", "stated"),
    ("កាលពី", "ថ្ងៃអង្គារ ទី៤ ខែសីហា ឆ្នាំ២០២០", " លោកត្រូវបានចោទប្រកាន់។", "2020-08-04", None, "day", "stated"),
    ("កាលពី", "ថ្ងៃសុក្រ ទី១៣ ខែតុលា ឆ្នាំ២០២៣", " មានការប្រជុំ។", "2023-10-13", None, "day", "stated"),
    ("នៅ", "ថ្ងៃទី៧ ខែមករា គ.ស. ១៩៧៩", " កងទ័ពបានចូលភ្នំពេញ។", "1979-01-07", None, "day", "stated"),
    ("នៅ", "ថ្ងៃទី១៧ ខែមេសា គ.ស១៩៧៥", " ខ្មែរក្រហមបានចូលភ្នំពេញ។", "1975-04-17", None, "day", "stated"),
    ("ភ្នំពេញ ", "៩ វិច្ឆិកា ២០២០", "៖ ក្រុមសកម្មជនបានដាក់ញត្តិ។", "2020-11-09", None, "day", "stated"),
    ("នៅ", "ថ្ងៃទី៣១ ខែធ្នូ ឆ្នាំ១៩៩៨", " ពួកគេបានភៀសខ្លួន។", "1998-12-31", None, "day", "stated"),
    ("គណបក្សត្រូវបានរំលាយនៅ", "ខែវិច្ឆិកា ឆ្នាំ២០១៧", "។", "2017-11", None, "month", "stated"),
    ("នៅ", "ខែតុលា ឆ្នាំ២០១៧", " តុលាការបានកោះហៅគាត់។", "2017-10", None, "month", "stated"),
    ("ក្នុង", "ខែ៣ ឆ្នាំ២០២១", " មានការចាប់ខ្លួនជាច្រើន។", "2021-03", None, "month", "stated"),
    ("ក្នុង", "ឆ្នាំ២០១៨", " នេះ ការបោះឆ្នោតបានធ្វើឡើង។", "2018", None, "year", "stated"),
    ("ក្នុង", "គ.ស.២០១៨", " ការបោះឆ្នោតបានធ្វើឡើង។", "2018", None, "year", "stated"),
    ("សវនាការនឹងធ្វើនៅ", "ថ្ងៃទី១៥ ខែកក្កដា", " ខាងមុខ។", "2021-07-15", None, "day", "inferred"),
    ("កាលពី", "ថ្ងៃសៅរ៍ ទី២០ ខែកុម្ភៈ", " គាត់ត្រូវបានចាប់ខ្លួន។", "2021-02-20", None, "day", "inferred"),
    ("កាលពី", "ខែមេសា", " គាត់ត្រូវបានចាប់ខ្លួន។", "2021-04", None, "month", "inferred"),
    ("លិខិតចុះ", "ថ្ងៃទី០៤/០៦/២០២០", " ត្រូវបានផ្ញើ។", "2020-06-04", None, "day", "stated"),
    ("ចុះ", "០៤-០៦-២០២០", " ត្រូវបានផ្ញើ។", "2020-06-04", None, "day", "stated"),
    ("", "ពីឆ្នាំ២០១៣ ដល់ឆ្នាំ២០១៨", " មានបាតុកម្មជាច្រើន។", "2013", "2018", "year", "stated"),
    ("មានបាតុកម្មជាច្រើន ", "ពី២០១៣ ដល់ ២០១៨", "។", "2013", "2018", "year", "stated"),
    ("ក្នុងអាណត្តិ", "ឆ្នាំ២០១៣-២០១៨", " រដ្ឋសភាបានអនុម័តច្បាប់។", "2013", "2018", "year", "stated"),
    ("", "ពីថ្ងៃទី១ ដល់ថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២១", " មានការតវ៉ា។", "2021-03-01", "2021-03-05", "day", "stated"),
    ("", "ថ្ងៃទី១-៥ ខែមីនា ឆ្នាំ២០២១", " មានការតវ៉ា។", "2021-03-01", "2021-03-05", "day", "stated"),
    ("", "ពីខែមករា ដល់ខែមីនា ឆ្នាំ២០២០", " ពួកគេនៅក្នុងគុក។", "2020-01", "2020-03", "month", "stated"),
    ("", "ពីថ្ងៃទី២៨ ខែកុម្ភៈ ដល់ថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២១", " មានការតវ៉ា។", "2021-02-28", "2021-03-05",
     "day", "stated"),
    ("", "ចាប់ពីខែធ្នូ ឆ្នាំ២០១៩ រហូតដល់ខែមករា ឆ្នាំ២០២០", " គាត់បានភៀសខ្លួន។", "2019-12", "2020-01",
     "month", "stated"),
    ("", "ពីខែធ្នូ ដល់ខែមករា ឆ្នាំ២០២១", " គាត់បានភៀសខ្លួន។", "2020-12", "2021-01", "month", "stated"),
    ("ពិធីបុណ្យនៅ", "ថ្ងៃច័ន្ទ ១៤រោច ខែពិសាខ ឆ្នាំជូត ទោស័ក ព.ស.២៥៦៤", " ត្រូវបានលើកពេល។", None, None, None,
     "stated"),
    ("ក្នុង", "ព.ស ២៥៦៧", " នេះ។", None, None, None, "stated"),
    ("នៅ", "១៥កើត ខែមាឃ", " ព្រះសង្ឃបានប្រជុំ។", None, None, None, "stated"),
    ("លិខិតចុះ", "មហាសករាជ ១៩៤២", " ត្រូវបានរកឃើញ។", None, None, None, "stated"),
    ("", "ថ្ងៃព្រហស្បតិ៍ ១៤រោច ខែពិសាខ ឆ្នាំជូត ទោស័ក ព.ស.២៥៦៤ ត្រូវនឹងថ្ងៃទី២១ ខែឧសភា ឆ្នាំ២០២០",
     " តុលាការបានកាត់ទោស។", "2020-05-21", None, "day", "stated"),
    ("", "ថ្ងៃអាទិត្យ ១កើត ខែកត្ដិក ឆ្នាំឆ្លូវ ត្រីស័ក ព.ស.២៥៦៥ ត្រូវនឹងថ្ងៃទី៧ ខែវិច្ឆិកា ឆ្នាំ២០២១",
     " មានការប្រជុំ។", "2021-11-07", None, "day", "stated"),
]


def _found(text, document_date=DOCUMENT_DATE):
    return [(text[d.start : d.end], d.date, d.end_date, d.precision, d.certainty)
            for d in find_dates(text, document_date)]


def _check(before, expression, after, date, end_date, precision, certainty):
    text = before + expression + after
    assert _found(text) == [(expression, date, end_date, precision, certainty)]


def test_the_table_is_large():
    assert len(CASES) >= 30


@pytest.mark.parametrize("before, expression, after, date, end_date, precision, certainty", CASES)
def test_khmer_dates_at_their_stated_precision(before, expression, after, date, end_date, precision, certainty):
    _check(before, expression, after, date, end_date, precision, certainty)


_WORD_BREAKS = re.compile("(?<=[\u1780-\u17dd])(?=[\u17e0-\u17e90-9])|(?<=[\u17e0-\u17e90-9])(?=[\u1780-\u17b3])"
                          "|(?=ខែ|ឆ្នាំ|ទី|ដល់|ត្រូវ)|(?<=ខែ)|(?=[-/])|(?<=[-/.])")


def _zero_width(text: str) -> str:
    """Zero-width spaces between the words, and for the spaces."""
    return _WORD_BREAKS.sub(ZW, text).replace(" ", ZW).strip(ZW)


@pytest.mark.parametrize("before, expression, after, date, end_date, precision, certainty", CASES)
def test_zero_width_spaces_between_the_words(before, expression, after, date, end_date, precision, certainty):
    spaced = _zero_width(expression)
    assert spaced.count(ZW) >= 1
    _check(before + ZW, spaced, ZW + after, date, end_date, precision, certainty)


# The same letters typed in another order, or with another sign, drawn alike.
LOOK_ALIKES = [("ថ្ងៃ", "ថៃ្ង"), ("ឆ្នាំ", "ឆ្នំា"), ("រោច", "រេាច"), ("វិច្ឆិកា", "វិចិ្ឆកា"), ("កត្ដិក", "កត្តិក"),
               ("កុម្ភៈ", "កុម្ភះ"), ("ស័ក", "ស\u200b័ក")]


@pytest.mark.parametrize("before, expression, after, date, end_date, precision, certainty",
                         [case for case in CASES if any(word in case[1] for word, _ in LOOK_ALIKES)])
def test_look_alike_spellings(before, expression, after, date, end_date, precision, certainty):
    retyped = expression
    for word, look_alike in LOOK_ALIKES:
        retyped = retyped.replace(word, look_alike)
    assert retyped != expression
    _check(before, retyped, after, date, end_date, precision, certainty)


def test_without_a_document_date_a_year_less_date_is_undated():
    assert _found("សវនាការនៅថ្ងៃទី១៥ ខែកក្កដា ខាងមុខ។", None) == [("ថ្ងៃទី១៥ ខែកក្កដា", None, None, None, "inferred")]


@pytest.mark.parametrize("text", [
    "មនុស្ស២០០០នាក់បានចូលរួម។",  # 2000 people
    "មនុស្ស 2000 នាក់បានចូលរួម។",
    "មនុស្សប្រហែល ២០០០ នាក់។",
    "ចំនួន ២០០០។",
    "ផ្ទះលេខ ១៩៩៨ ផ្លូវ២៧១។",
    "តម្លៃ ២០០០៛។",
    "ពី ១៨០០ ដល់ ២០០០ នាក់។",
    "គាត់ជាប់ពន្ធនាគារ២០ខែ និង៥ឆ្នាំ។",  # 20 months, 5 years
    "រយៈពេល ៤ខែ ៦ថ្ងៃ។",  # 4 months 6 days
    "ថ្ងៃទី៤ តុលាការបានសម្រេច។",  # តុលាការ, "court", is not October
    "មានករណី ៣ កើតឡើង។",  # "3 cases happened", not a lunar day
    "ឆ្នាំ២៥៦៤ ជាឆ្នាំពុទ្ធសាសនា។",  # a Buddhist-era year is never a Gregorian one
    "ទូរស័ព្ទលេខ ០១២ ៣៤៥ ៦៧៨ ម៉ោង ៨:៣០។",
])
def test_numbers_that_are_not_dates(text):
    assert _found(text) == []


def test_a_bare_khmer_year_and_the_buddhist_era_year():
    assert _found("ក្រោយ ១៩៧៥។") == [("១៩៧៥", "1975", None, "year", "stated")]
    assert _found("ឆ្នាំ ព.ស.២៥៦៤ ។") == [("ឆ្នាំ ព.ស.២៥៦៤", None, None, None, "stated")]


def test_english_dates_in_khmer_text_are_still_read():
    assert _found("នៅ 3 September 2017 លោកបាន។") == [("3 September 2017", "2017-09-03", None, "day", "stated")]
    assert _found("(On 4 June 2020) ថ្ងៃទី៤ ខែមិថុនា ឆ្នាំ២០២០") == [
        ("4 June 2020", "2020-06-04", None, "day", "stated"),
        ("ថ្ងៃទី៤ ខែមិថុនា ឆ្នាំ២០២០", "2020-06-04", None, "day", "stated")]


def test_english_only_text_never_runs_the_khmer_rules(monkeypatch):
    def refuse(*_args):
        raise AssertionError("Khmer rules ran on English text")

    monkeypatch.setattr(khmer_dates, "khmer_dates", refuse)
    assert [d.date for d in find_dates("On 3 September 2017 and in 1998, 2000 people.")] == [
        "2017-09-03", "1998", "2000"]
    with pytest.raises(AssertionError):
        find_dates("ថ្ងៃទី៤ ខែមិថុនា ឆ្នាំ២០២០")  # the control: Khmer text does run them


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ថ្ងៃ", "ទី", "ខែ", "ឆ្នាំ", "មិថុនា", "កុម្ភៈ", "ពី", "ដល់", "ព.ស.", "គ.ស.", "រោច",
                                 "ត្រូវនឹង", "២០២០", "១៥", "4", "-", "/", " ", ZW, "\n", "ា", "្", "ក", "ៈ", "។"]),
                max_size=25))
def test_never_crashes_and_spans_are_trimmed_expressions(pieces):
    text = "".join(pieces)
    for found in find_dates(text, "2020-05"):
        assert 0 <= found.start < found.end <= len(text)
        assert not text[found.start].isspace() and text[found.end - 1] not in f" ,{ZW}\n"
        assert found.date is None or len(found.date) in (4, 7, 10)


def test_sentences_end_at_the_khmer_full_stop():
    text = f"គាត់ត្រូវបានចាប់ខ្លួន។{ZW}ដូចជា ក ខ គ ។ល។ ហើយ។ ចប់៕"
    assert [text[a:b] for a, b in sentences(text)] == ["គាត់ត្រូវបានចាប់ខ្លួន។", "ដូចជា ក ខ គ ។ល។ ហើយ។", "ចប់៕"]


def test_a_short_title_is_not_cut_inside_a_letter():
    sentence = "គណបក្សសង្គ្រោះជាតិត្រូវបានរំលាយដោយតុលាការកំពូលនៅខែវិច្ឆិកាឆ្នាំពីរពាន់ដប់ប្រាំពីរហើយ"
    sign = re.compile("[\u17b4-\u17d3\u17dd]")
    assert sign.match(sentence, 59) or sentence[58] == "\u17d2"  # the control: 59 characters end inside one
    title = _short(sentence)
    cut = len(title) - 1
    assert title.endswith("…") and sentence.startswith(title[:-1]) and 50 < cut < 60
    assert not sign.match(sentence, cut) and sentence[cut - 1] != "\u17d2"


# A news article as the archive gets it: a headline, a dateline, dates in every form.
ARTICLE = (
    "សកម្មជនបរិស្ថានបីនាក់ត្រូវបានកាត់ទោស\n\n"
    "ភ្នំពេញ៖ កាលពីថ្ងៃទី៤ ខែមិថុនា ឆ្នាំ២០២០ សមត្ថកិច្ចបានចាប់ខ្លួនសកម្មជនបរិស្ថានបីនាក់ "
    "នៅពេលពួកគេកំពុងដើរក្បួនទៅកាន់ទីស្ដីការគណៈរដ្ឋមន្ត្រី។ តុលាការក្រុងភ្នំពេញបានកាត់ទោសពួកគេ"
    f"{ZW}កាលពី{ZW}ថ្ងៃ{ZW}ទី{ZW}៥ {ZW}ខែ{ZW}ឧសភា ឆ្នាំ{ZW}២០២១ ឱ្យជាប់ពន្ធនាគារ២០ខែ។ "
    "គណបក្សសង្គ្រោះជាតិត្រូវបានរំលាយនៅខែវិច្ឆិកា ឆ្នាំ២០១៧។ "
    "ពីឆ្នាំ២០១៣ ដល់ឆ្នាំ២០១៨ មនុស្សជាង២០០០នាក់បានចូលរួមបាតុកម្ម។\n\n"
    "ថ្ងៃព្រហស្បតិ៍ ១៤រោច ខែពិសាខ ឆ្នាំជូត ទោស័ក ព.ស.២៥៦៤ ត្រូវនឹងថ្ងៃទី២១ ខែឧសភា ឆ្នាំ២០២០ "
    "ក្រុមគ្រួសាររបស់ពួកគេបានដាក់ញត្តិ។ ពួកគេនឹងប្តឹងឧទ្ធរណ៍នៅថ្ងៃទី១៥ ខែកក្កដា។\n"
)


def test_a_khmer_article_yields_its_dated_events_at_exact_precision():
    processed = process_text(ARTICLE, "text", Extractor([]), True, DOCUMENT_DATE)
    text = processed.prepared.text
    events = [(text[e.date_start : e.date_end], e.date, e.end_date, e.precision, e.certainty)
              for e in processed.events]
    assert events == [
        ("ថ្ងៃទី៤ ខែមិថុនា ឆ្នាំ២០២០", "2020-06-04", None, "day", "stated"),
        (f"ថ្ងៃ{ZW}ទី{ZW}៥ {ZW}ខែ{ZW}ឧសភា ឆ្នាំ{ZW}២០២១", "2021-05-05", None, "day", "stated"),
        ("ខែវិច្ឆិកា ឆ្នាំ២០១៧", "2017-11", None, "month", "stated"),
        ("ពីឆ្នាំ២០១៣ ដល់ឆ្នាំ២០១៨", "2013", "2018", "year", "stated"),
        ("ថ្ងៃព្រហស្បតិ៍ ១៤រោច ខែពិសាខ ឆ្នាំជូត ទោស័ក ព.ស.២៥៦៤ ត្រូវនឹងថ្ងៃទី២១ ខែឧសភា ឆ្នាំ២០២០",
         "2020-05-21", None, "day", "stated"),
        ("ថ្ងៃទី១៥ ខែកក្កដា", "2021-07-15", None, "day", "inferred"),
    ]
    quotes = [text[e.start : e.end] for e in processed.events]
    assert all(quote.endswith("។") and quote.count("។") == 1 for quote in quotes)  # one sentence each
    assert quotes[1].startswith("តុលាការ") and "២០ខែ" in quotes[1]
