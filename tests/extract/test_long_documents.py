"""A long document is extracted a piece at a time (bounded memory, linear time) and gives exactly
what extracting it whole would; repeated dated sentences are one event."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.extract import chunks
from desktop.extract.events import extract_events
from desktop.extract.process import process_text
from desktop.extract.tokens import token_texts, tokens
from tests.conftest import ROOT

DOCUMENTS = sorted((ROOT / "seeds").glob("*.txt"))


def _extractor():
    from desktop.extract.authority import load_authority
    from desktop.extract.pipeline import Extractor

    return Extractor(list(load_authority(ROOT / "seeds" / "entities.toml").entities))


def _everything(processed):
    found = processed.found
    return (found.mentions, [(c.name, c.kind, c.spans) for c in found.candidates], processed.events)


def _long_report() -> str:
    """The seed documents and shuffled copies of their paragraphs, as one long report."""
    paragraphs = [p for path in DOCUMENTS for p in path.read_text().split("\n\n") if p.strip()]
    rng = random.Random(11)
    shuffled = paragraphs[:]
    rng.shuffle(shuffled)
    return "\n\n".join(paragraphs + shuffled)


def test_pieces_give_what_the_whole_gives(monkeypatch):
    text, extractor = _long_report(), _extractor()
    whole = _everything(process_text(text, "text", extractor, True, "2016-05", "Someone"))
    reading = process_text(text, "text", extractor, False).prepared.text
    longest = max(len(p) for p in reading.split("\n\n"))
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 2 * longest + 4)  # small, yet always a paragraph break to cut at
    assert len(chunks.text_chunks(reading)) > 5
    pieces = _everything(process_text(text, "text", extractor, True, "2016-05", "Someone"))
    assert whole[0] and whole[1] and whole[2]  # the control: there is something to get right
    assert pieces == whole


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab \n.\u00a0", max_size=300), st.integers(min_value=5, max_value=60))
def test_pieces_cover_the_text_and_end_at_breaks(text, size):
    pieces = chunks.text_chunks(text, size)
    assert "".join(text[a:b] for a, b in pieces) == text
    for _start, end in pieces[:-1]:
        assert text[end - 1] in " \n" or end - _start == size  # at a break, or no break at all


def test_a_sentence_said_again_is_one_event():
    sentence = "On 12 March 2014 police arrested the activists. "
    other = "On 3 May 2015 the court released them. "
    events = extract_events(sentence * 3 + other, [], {}, None)
    assert [(e.date, e.start) for e in events] == [("2014-03-12", 0), ("2015-05-03", 3 * len(sentence))]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAbZ _-.'’\u0301é1ខេ\u00a0\n", max_size=40))
def test_token_texts_are_the_tokens_without_their_objects(text):
    assert list(token_texts(text)) == [(t.start, t.text) for t in tokens(text)]


def test_many_candidates_are_each_found_everywhere():
    """A second look for each candidate's other occurrences (one lookup per token) finds every one."""
    from desktop.extract.candidates import Candidate, collect_spans

    rng = random.Random(4)
    names = [f"{rng.choice('BCDKLMNPS')}{rng.choice('aeiou')}{rng.choice('nrst')}a "
             f"{rng.choice('BCDKLMNPS')}{rng.choice('aeiou')}k{n}" for n in range(300)]
    text = " ".join(f"then {name} spoke, and" for name in names * 3)
    found = {(name, "person"): Candidate(name, "person") for name in names}
    collect_spans(text, found)
    assert all(len(candidate.spans) == 3 for candidate in found.values())
    assert all(text[a:b] == candidate.name for candidate in found.values() for a, b in candidate.spans)


def test_a_sentence_of_many_dates_is_titled_date_by_date_in_its_stretch():
    # A page-long "sentence" with a date every few words: each title comes from the words around
    # its own date (the action after it), and every date still gives its event.
    text = "On 3 March 2023, the police, the court, the ministry, " * 300 + "arrested him."
    events = extract_events(text, [], {}, None)
    assert len(events) == 300  # one per date expression
    single = "; ".join(f"on {day} March 2023 the court summoned a witness" for day in range(1, 29)) + "."
    found = extract_events(single, [], {}, None)
    assert len(found) == 28 and all("summoned" in e.title for e in found)
