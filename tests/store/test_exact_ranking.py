"""Search ranks every match by bm25, whatever the number of matches: on a
generated archive whose newest documents are the weakest matches, every
query's top ten equals FTS5's ranking of all its matches, computed bare."""

import contextlib
import random

import pytest

from desktop.services.library import Library
from desktop.store import champions, counting, khmer_search
from desktop.store.build import build_archive
from desktop.store.connect import open_archive
from desktop.store.query import parse_query

DOCUMENTS = 500
FILLER = [f"{a}{b}" for a in ("tal", "mer", "vos", "kin", "dar", "lum", "pes", "rod") for b in ("a", "en", "ost", "ix")]
COMMON = ["police", "court", "land", "human", "rights", "defenders", "village", "ministry"]
KHMER = ["សិទ្ធិមនុស្ស", "តុលាការ", "ដីធ្លី"]
QUERIES = [
    "police", "court", "land", "village", "human rights", "police court", "court land village",
    "police police", '"human rights defenders"', '"police court"', "poli*", "police -court",
    "land OR village", "police សិទ្ធិមនុស្ស", "សិទ្ធិមនុស្ស", "តុលាការ", "ដីធ្លី",
]


def _document(rng: random.Random, number: int) -> str:
    """Older documents (lower numbers) hold the common words more often, in shorter texts."""
    strength = 1.0 - number / DOCUMENTS
    words = [rng.choice(FILLER) for _ in range(rng.randint(60, 400 - int(250 * strength)))]
    for index, word in enumerate(COMMON + KHMER):
        if rng.random() < 0.9 - index * 0.06:  # from 90% of the documents to 24%
            for _ in range(1 + int(rng.random() * 8 * strength)):
                words.insert(rng.randrange(len(words) + 1), word)
    if rng.random() < 0.6:
        words.insert(rng.randrange(len(words) + 1), "human rights defenders")
    sentences = [" ".join(words[at:at + 12]).capitalize() + "." for at in range(0, len(words), 12)]
    return f"Report {number}\n\n" + " ".join(sentences) + "\n"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("ranking")
    seeds = root / "seeds"
    seeds.mkdir()
    rng = random.Random(2126)
    for number in range(DOCUMENTS):
        (seeds / f"report-{number:04d}.txt").write_text(_document(rng, number), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:  # lists for a small archive
        patch.setattr(champions, "CHAMPIONS", 40)
        patch.setattr(champions, "COMMON_FROM", 80)
        build_archive(seeds, root / "archive.sqlite")
    (root / "data").mkdir()
    return root


@pytest.fixture
def library(archive):
    with Library(archive / "archive.sqlite", archive / "data") as opened:
        yield opened


def _bare(archive, table: str, expression: str) -> list[tuple[str, float]]:
    """Every match of ``expression`` with its bm25 score, best first: FTS5 alone, no window, no lists."""
    with contextlib.closing(open_archive(archive / "archive.sqlite")) as conn:
        return conn.execute(
            f"SELECT d.id, -t.rank FROM {table} t JOIN documents d ON d.rowid = t.rowid "
            f"WHERE {table} MATCH ? ORDER BY t.rank", (expression,)).fetchall()


def _reference(archive, query: str) -> list[tuple[str, float]]:
    parsed = parse_query(query)
    if not parsed.khmer:
        return _bare(archive, "documents_fts", parsed.latin)
    assert len(parsed.khmer) == 1 and parsed.latin is None, query
    with contextlib.closing(open_archive(archive / "archive.sqlite")) as conn:
        whole = khmer_search.whole_words(conn, parsed.khmer[0])
    return _bare(archive, "khmer_text_fts", whole)  # documents holding it as a whole word come first


def _assert_same_ranking(hits, reference):
    assert len(reference) >= 10
    assert [hit.score for hit in hits] == pytest.approx([score for _, score in reference[:10]], rel=1e-12)
    for hit in hits:  # each hit is a document with that score (ties may come in any order)
        assert hit.document in {doc for doc, score in reference if score == pytest.approx(hit.score, rel=1e-12)}


@pytest.mark.parametrize("query", [q for q in QUERIES if " សិទ្ធិ" not in q])
def test_the_top_ten_is_the_bm25_ranking_of_every_match(library, archive, query):
    hits = library.search.run(query, limit=10).hits
    _assert_same_ranking(hits, _reference(archive, query))


def test_the_best_matches_are_not_the_newest(archive):
    """The control: ranking only the newest matches (as a window would) gets
    these queries wrong, so the test above can fail."""
    for query in ("police", "human rights", '"human rights defenders"', "សិទ្ធិមនុស្ស"):
        ranked = _reference(archive, query)
        newest = sorted(ranked, key=lambda pair: pair[0])[len(ranked) // 2:]
        newest.sort(key=lambda pair: -pair[1])
        assert [doc for doc, _ in newest[:10]] != [doc for doc, _ in ranked[:10]], query


def test_common_words_are_answered_from_the_lists_with_the_same_hits(library, monkeypatch):
    answered = []
    original = champions.best
    monkeypatch.setattr(champions, "best", lambda *a: answered.append(original(*a)) or answered[-1])
    fast = library.search.run("police", limit=10)
    assert answered and answered[0] is not None  # the lists proved it exact
    monkeypatch.setattr(champions, "best", lambda *a: None)
    slow = library.search.run("police", limit=10)
    assert fast == slow  # same documents, scores, snippets, places and count
    assert fast.total == slow.total > 10


def test_a_mixed_query_combines_english_and_khmer(library):
    hits = library.search.run("police សិទ្ធិមនុស្ស", limit=10).hits
    assert len(hits) == 10 and all("សិទ្ធិមនុស្ស" in hit.snippet or "police" in hit.snippet.lower() for hit in hits)


@pytest.mark.parametrize("query", ["human rights", '"human rights defenders"', "សិទ្ធិមនុស្ស", "court -land"])
def test_many_matches_are_counted_in_a_sample_and_said_to_be_an_estimate(library, archive, query, monkeypatch):
    exact = library.search.run(query, limit=10)
    assert not exact.estimated and exact.total > 50  # the control: below the threshold, counted exactly
    monkeypatch.setattr(counting, "COUNT_EXACTLY", 50)
    estimated = library.search.run(query, limit=10)
    assert estimated.estimated and estimated.hits == exact.hits
    assert abs(estimated.total - exact.total) <= 0.25 * exact.total


def test_a_common_word_is_counted_exactly_from_its_list(library, archive, monkeypatch):
    monkeypatch.setattr(counting, "COUNT_EXACTLY", 50)
    results = library.search.run("police", limit=10)
    assert not results.estimated and results.total == len(_reference(archive, "police")) > 50
