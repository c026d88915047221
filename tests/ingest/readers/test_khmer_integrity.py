"""Garbled Khmer detected (desktop/khmer/integrity.py): correct Khmer, carelessly typed Khmer,
English and French are never flagged; text from an old font or with lost glyphs always is."""

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.khmer.integrity import khmer_looks_garbled
from tests.ingest.readers.conftest import CORPUS
from tests.ingest.readers.pdf_samples import legacy_font_text

ROOT = Path(__file__).resolve().parents[3]
KHMER_TEXTS = sorted(CORPUS.glob("*.txt"))


@pytest.mark.parametrize("path", KHMER_TEXTS, ids=lambda p: p.stem)
def test_correct_khmer_is_not_flagged_whole_or_by_paragraph(path):
    """The corpus is typed as the web types Khmer: zero-width spaces, look-alike spellings."""
    text = path.read_text(encoding="utf-8")
    assert not khmer_looks_garbled(text)
    assert not any(khmer_looks_garbled(paragraph) for paragraph in text.split("\n\n"))


def test_the_khmer_user_guide_and_english_and_french_are_not_flagged():
    assert not khmer_looks_garbled((ROOT / "docs" / "guide-km.md").read_text(encoding="utf-8"))
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        assert not khmer_looks_garbled(seed.read_text(encoding="utf-8")), seed.name
    french = ("Le Tribunal municipal de Phnom Penh a condamné l'opposant à vingt-sept ans de détention. "
              "Les avocats ont déclaré qu'aucune preuve n'avait été présentée; la défense fera appel. "
              "Ctrl+Shift+F, e-mail: contact@example.org, iPhone, McDonald, U.S.")
    assert not khmer_looks_garbled(french)


@pytest.mark.parametrize("path", KHMER_TEXTS[:4], ids=lambda p: p.stem)
def test_shuffled_code_points_are_flagged(path):
    letters = list(path.read_text(encoding="utf-8"))
    random.Random(path.name).shuffle(letters)
    assert khmer_looks_garbled("".join(letters))


@pytest.mark.parametrize("path", KHMER_TEXTS[:4], ids=lambda p: p.stem)
def test_vowels_cut_from_their_letters_are_flagged(path):
    text = path.read_text(encoding="utf-8")
    assert khmer_looks_garbled(re.sub("([\u17b6-\u17c5])", r" \1", text))


def test_vowels_typed_before_their_consonant_as_drawn_are_flagged():
    """Text in the order a font draws it: a sign such as េ before its consonant, with a space."""
    text = (CORPUS / "km02_kem_sokha_verdict.txt").read_text(encoding="utf-8")
    assert khmer_looks_garbled(re.sub("([\u1780-\u17a2])([\u17c1-\u17c3])", r" \2\1", text))


def test_an_old_khmer_font_is_flagged():
    text = (CORPUS / "km03_election_2023.txt").read_text(encoding="utf-8")
    assert khmer_looks_garbled(legacy_font_text(text))


def test_glyphs_without_letters_are_flagged():
    text = (CORPUS / "km05_journalist_threatened.txt").read_text(encoding="utf-8")
    lost = re.sub("\u17d2[\u1780-\u17a2]", "\ufffd", text)  # every subscript lost, as Qt's PDFs lose them
    assert khmer_looks_garbled(lost)


def test_a_few_slips_in_a_long_text_are_forgiven():
    text = (CORPUS / "km06_dengue_health_ministry.txt").read_text(encoding="utf-8")
    assert not khmer_looks_garbled(text + " ា ំ ្")  # three stray marks in a thousand clusters
    assert khmer_looks_garbled("ក ា ំ ្")  # but in a few words, they are all there is


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text):
    assert khmer_looks_garbled(text) in (True, False)
