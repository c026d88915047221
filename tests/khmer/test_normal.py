"""The Khmer normal form: one spelling for look-alikes, the original never lost."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.khmer.normal import normal_form, normalize

# Every rule: a spelling seen in web text, and the one it renders like.
RULES = [
    ("coeng RO typed before the other subscript", "ស្រ្តី", "ស្ត្រី"),
    ("coeng RO first, in a longer word", "រដ្ឋមន្រ្តី", "រដ្ឋមន្ត្រី"),
    ("េ and ី for ើ", "ធ្វេី", "ធ្វើ"),
    ("ី typed before េ", "ធ្វីេ", "ធ្វើ"),
    ("េ and ា for ោ", "ដេាយ", "ដោយ"),
    ("ា typed before េ", "ដាេយ", "ដោយ"),
    ("coeng DA and coeng TA", "សេចក្ដី", "សេចក្តី"),
    ("register sign after the vowel", "ហុ៊ន", "ហ៊ុន"),
    ("muusikatoan after the vowel", "ប៉ុលិស", "បុ៉លិស"),
    ("nikahit before the vowel", "ចំុះ", "ចុំះ"),
    ("zero-width space between words", "កឹម\u200bសុខា", "កឹមសុខា"),
    ("zero-width non-joiner inside a cluster", "ក\u200cា", "កា"),
    ("zero-width space after a coeng", "សេចក្\u200bដី", "សេចក្តី"),
    ("zero-width space inside a coeng RO cluster", "ស្\u200bរ្តី", "ស្ត្រី"),
    ("a space before a vowel, as PDFs leave it", "ការ ិយាល័យ", "ការិយាល័យ"),
    ("ឲ and ឱ", "ឲ្យ", "ឱ្យ"),
    ("ឤ and អា before a vowel", "ឤេ", "អោ"),
    ("word joiner and byte-order mark", "\u2060ភូមិ\ufeff", "ភូមិ"),
    ("Khmer digits and Arabic digits", "ឆ្នាំ២០២៣", "ឆ្នាំ2023"),
    ("the deprecated independent vowel QAQ", "ឣង្គការ", "អង្គការ"),
    ("the invisible inherent vowel", "ក\u17b4ម្ពុជា", "កម្ពុជា"),
]


@pytest.mark.parametrize("rule, typed, canonical", RULES, ids=[r[0] for r in RULES])
def test_each_look_alike_spelling_takes_one_form(rule, typed, canonical):
    assert typed != canonical
    assert normal_form(typed) == normal_form(canonical)


def test_different_words_stay_different():
    # The control: the rules never merge words that look different.
    for a, b in [("ដី", "ដៃ"), ("ស្ត្រី", "ស្រី"), ("ហ៊ុន", "ហុន"), ("កោះ", "កេះ"), ("២០២៣", "2024")]:
        assert normal_form(a) != normal_form(b)


def test_spans_map_back_to_the_original():
    text = "In 2020 ស្រ្តី\u200bធ្វេីការ ២០២៣."
    form = normalize(text)
    at = form.text.index("ស្ត្រី")
    start, end = form.source_span(at, at + len("ស្ត្រី"))
    assert text[start:end] == "ស្រ្តី"
    at = form.text.index("ធ្វើ")
    assert text[slice(*form.source_span(at, at + len("ធ្វើ")))] == "ធ្វេី"
    at = form.text.index("2023")
    assert text[slice(*form.source_span(at, at + 4))] == "២០២៣"


khmer_text = st.text(
    alphabet=st.sampled_from([chr(c) for c in range(0x1780, 0x17FA)] + ["\u200b", " ", "a", "1", "."]),
    max_size=40,
)
plain_text = st.text(
    alphabet=st.characters(blacklist_characters="\u200b\u200c\u200d\u2060\ufeff",
                           blacklist_categories=("Cs",)).filter(lambda ch: not "\u1780" <= ch <= "\u17ff"),
    max_size=60,
)


@given(khmer_text)
def test_the_normal_form_is_idempotent(text):
    once = normal_form(text)
    assert normal_form(once) == once


@given(plain_text)
def test_text_without_khmer_is_never_changed(text):
    assert normal_form(text) == text


@given(khmer_text)
def test_every_character_maps_into_the_original_in_order(text):
    form = normalize(text)
    assert len(form.starts) == len(form.ends) == len(form.text)
    assert list(form.starts) == sorted(form.starts)
    assert all(0 <= s < e <= len(text) for s, e in zip(form.starts, form.ends))
