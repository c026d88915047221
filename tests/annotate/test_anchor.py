import random

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.annotate.anchor import anchor, select
from desktop.ingest.document import prepare
from tests.conftest import SEEDS

TEXT = prepare((SEEDS / "002_46b7dbb94abd75ab.txt").read_text()).text


def passage(text, words):
    start = text.index(words)
    return select(text, start, start + len(words))


def test_unchanged_text_anchors_in_place():
    s = passage(TEXT, "Prey Sar Prison")
    assert anchor(TEXT, s) == (s.start, s.end)


def test_text_inserted_before_moves_the_anchor():
    s = passage(TEXT, "Prey Sar Prison")
    changed = "A new first paragraph.\n\n" + TEXT
    a, b = anchor(changed, s)
    assert changed[a:b] == "Prey Sar Prison"


def test_repeated_quote_is_placed_by_its_context():
    text = "He said no. Then the court met. She said no. Then the court closed."
    start = text.rindex("said no")  # the second one
    s = select(text, start, start + len("said no"))
    changed = "Preamble. " + text
    a, b = anchor(changed, s)
    assert changed[a:b] == "said no" and changed[b:].startswith(". Then the court closed")


def test_small_edits_inside_the_passage_are_found_fuzzily():
    s = passage(TEXT, "greeted by jubilant crowds of supporters outside of Prey Sar Prison")
    changed = TEXT.replace("jubilant crowds of supporters", "jubilant crowds of her supporters")
    a, b = anchor(changed, s)
    assert "Prey Sar" in changed[a:b] and "jubilant" in changed[a:b]


def test_removed_passages_are_not_found():
    s = passage(TEXT, "Prey Sar Prison in Cambodia")
    changed = TEXT.replace("outside of Prey Sar Prison in Cambodia", "")
    assert anchor(changed, s) is None


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_never_anchored_to_a_wrong_passage(data):
    """After random edits, an anchor is either exactly the quote or a near copy of it."""
    rng = random.Random(data.draw(st.integers(0, 10_000)))
    start = rng.randrange(0, len(TEXT) - 60)
    s = select(TEXT, start, start + rng.randint(10, 60))
    text = TEXT
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(0, len(text))
        if rng.random() < 0.5:
            text = text[:at] + data.draw(st.text(max_size=20)) + text[at:]
        else:
            text = text[:at] + text[at + rng.randint(1, 30):]
    found = anchor(text, s)
    if found is not None:
        from difflib import SequenceMatcher

        assert SequenceMatcher(None, text[found[0] : found[1]], s.quote).ratio() >= 0.6
