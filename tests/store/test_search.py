import pytest

from tests.conftest import SEEDS

LETTER, INTERVIEW, GFW, UPDATE, REMARKS = (
    "000_38d99342b0af7827",
    "001_4d211d3b45014089",
    "002_46b7dbb94abd75ab",
    "003_9cd36ae3e7546bb8",
    "004_be89756c2a9d109d",
)


def search(library, query):
    return library.search.run(query).hits


def ids(hits):
    return [hit.document for hit in hits]


def test_stemming_finds_evictions_for_eviction(library):
    hits = search(library, "eviction")
    assert ids(hits) == [LETTER]
    [hit] = hits
    text = library.documents.get(LETTER).text
    assert text[hit.start : hit.end] == "evictions"


def test_hit_offsets_and_snippet_mark_the_match(library):
    [hit] = search(library, "Battambang")
    assert hit.document == GFW
    assert library.documents.get(GFW).text[hit.start : hit.end] == "Battambang"
    assert "**Battambang**" in hit.marked_snippet()


def test_results_are_ranked_best_first(library):
    hits = search(library, "Sochua")
    assert len(hits) >= 4
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_phrase_search_needs_the_words_together(library):
    assert ids(search(library, '"Prey Sar Prison"')) == [GFW]
    assert search(library, '"Prison Sar Prey"') == []


def test_all_words_must_match_and_minus_excludes(library):
    assert set(ids(search(library, "Sochua Battambang"))) == {GFW}
    assert GFW not in ids(search(library, "Sochua -Battambang"))


def test_or_and_prefix(library):
    assert set(ids(search(library, "Battambang OR Lowell"))) == {GFW, REMARKS}
    assert LETTER in ids(search(library, "evict*"))


def test_title_matches_count(library):
    assert ids(search(library, "Supporters"))[0] == UPDATE


def test_khmer_word_is_found_by_substring(library):
    [hit] = search(library, "ខេមរា")
    assert hit.document == GFW
    assert library.documents.get(GFW).text[hit.start : hit.end] == "ខេមរា"
    assert "**ខេមរា**" in hit.marked_snippet()


def test_khmer_fragment_that_is_not_in_the_text_finds_nothing(library):
    assert search(library, "ខេមរាជ") == []
    assert search(library, "មរខេ") == []


@pytest.mark.parametrize("junk", ["session_start", "endrolex", "Donate now", "pinterestinstagram",
                                  '"Connect with us"'])
def test_boilerplate_is_not_searchable(library, junk):
    assert search(library, junk) == []


@pytest.mark.parametrize(
    "query",
    ['"', "*", "AND", "OR", "NOT", "(", ")", "-", "--", '"unbalanced', "a AND", "NEAR(a b)",
     "title:Sochua", "^Sochua", "Sochua*:", "' OR 1=1 --", "\x00", "ខ", "\u200b", " ", "",
     "{ } [ ] :", "Sochua OR", "OR Sochua", "-Sochua"],
)
def test_hostile_queries_never_raise(library, query):
    search(library, query)


def test_colon_and_column_syntax_is_searched_as_text(library):
    assert ids(search(library, "title:Sochua")) == ids(search(library, "title Sochua"))


def test_a_two_code_point_khmer_query_matches_whole_words_only(library):
    assert ids(search(library, "ខេមរា")) == [GFW]  # the control: the name is there
    assert search(library, "ខេ") == []  # only its first cluster


def test_imported_khmer_inside_an_unspaced_sentence_is_found(library, tmp_path):
    # "Human rights defenders in Cambodia" in Khmer, written without spaces.
    sentence = "អ្នកការពារសិទ្ធិមនុស្សនៅកម្ពុជាត្រូវបានចាប់ខ្លួន។"
    path = tmp_path / "report.txt"
    path.write_text(f"Field report\n\n{sentence}\n")
    report = library.imports.import_files([path])
    [(_, doc_id)] = report.imported
    [hit] = search(library, "សិទ្ធិមនុស្ស")
    assert (hit.document, hit.source) == (doc_id, "user")
    assert library.documents.get(doc_id).text[hit.start : hit.end] == "សិទ្ធិមនុស្ស"
    assert search(library, "មនុស្សនៅខេមរា") == []


def test_khmer_with_zero_width_spaces_between_words_is_found(library, tmp_path):
    path = tmp_path / "zw.txt"
    path.write_text("សិទ្ធិ\u200bមនុស្ស\u200bនៅកម្ពុជា\n")
    [(_, doc_id)] = library.imports.import_files([path]).imported
    [hit] = search(library, "សិទ្ធិមនុស្ស")
    text = library.documents.get(doc_id).text
    assert text[hit.start : hit.end] == "សិទ្ធិ\u200bមនុស្ស"


def test_mixed_english_and_khmer_query_needs_both(library):
    assert ids(search(library, "Khemara ខេមរា")) == [GFW]
    assert search(library, "Lowell ខេមរា") == []


def test_archive_and_imports_are_searched_together(library, tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Battambang notes\n\nMore about Battambang province.")
    library.imports.import_files([path])
    assert {h.source for h in search(library, "Battambang")} == {"archive", "user"}


def test_seed_files_are_the_verbatim_source():
    assert (SEEDS / f"{GFW}.txt").read_text().count("ខេមរា") == 1


def test_results_count_every_match(library):
    results = library.search.run("Sochua")
    assert results.total == len(results.hits) == 5 - 1  # every seed but the Seyla Nhean remarks


