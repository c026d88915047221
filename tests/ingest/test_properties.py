"""Property tests: the cleaner and splitter on arbitrary Unicode."""

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.ingest.boilerplate import find_boilerplate
from desktop.ingest.document import prepare
from desktop.ingest.normalize import normalize
from desktop.ingest.paragraphs import assemble, split_blocks
from desktop.khmer.find import joined_words, locate, occurrences
from desktop.khmer.index_text import index_text
from desktop.khmer.normal import normal_form
from desktop.khmer.syllables import clusters

# Arbitrary text, weighted towards what documents contain: Khmer, newlines,
# junk-looking lines.
pieces = st.one_of(
    st.text(),
    st.sampled_from(["\n", "\n\n", "\r\n", " ", "\u200b", "ខេមរា", "ក្រុម", "Donate now",
                     "Connect with us", "A PHP Error was encountered", "Severity: x",
                     "https://www.high-endrolex.com/33", "facebook twitter", "a" * 130]),
)
documents = st.lists(pieces, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(documents)
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=300, deadline=None)
@given(documents)
def test_junk_offsets_slice_the_source(text):
    source = normalize(text)
    previous_end = -1
    for junk in find_boilerplate(source):
        assert source[junk.start : junk.end] == junk.text
        assert junk.start > previous_end
        previous_end = junk.end


@settings(max_examples=300, deadline=None)
@given(documents)
def test_paragraph_offsets_slice_the_reading_text(text):
    prepared = prepare(text)
    for paragraph in prepared.paragraphs:
        body = prepared.text[paragraph.start : paragraph.end]
        assert body.strip() == body != ""
    assert "\n\n".join(prepared.text[p.start : p.end] for p in prepared.paragraphs) == prepared.text
    assert prepared.original == text


@settings(max_examples=300, deadline=None)
@given(documents)
def test_nothing_but_junk_and_whitespace_is_dropped(text):
    """Every non-space character of the source is in the reading text or in a junk block."""
    prepared = prepare(text)
    kept = "".join(prepared.text.split())
    junk = "".join("".join(j.text.split()) for j in prepared.junk)
    source = "".join(prepared.source.split())
    assert sorted(kept + junk) == sorted(source)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=1).map(str.strip).filter(bool), max_size=10))
def test_assemble_then_split_round_trips_single_line_paragraphs(texts):
    texts = [" ".join(t.split()) for t in texts]
    texts = [t for t in texts if t]
    joined, _ = assemble(texts)
    assert split_blocks(joined, split_long_lines=False) == texts


@settings(max_examples=300, deadline=None)
@given(documents)
def test_every_khmer_cluster_found_maps_back_to_the_same_text(text):
    text = normalize(text)
    indexed = index_text(text)
    if indexed is None:
        return
    joined = joined_words(indexed.words)
    for term in set(indexed.syllables.split(" ")) - {"z"}:
        for occurrence in occurrences(joined, term):
            start, end = locate(text, joined, indexed.places, occurrence)
            assert normal_form(text[start:end]) == term
    assert indexed.syllables.replace(" ", "") == "".join(clusters(joined.text.replace("\n", "z")))
