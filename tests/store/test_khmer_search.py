"""Khmer search end to end (import, index, search): every spelling, never a fragment,
whole words first."""

import json

import pytest

from desktop.khmer.syllables import inside_cluster

DOCUMENTS = {
    # The court and a month: តុលា ("October") as a word, and inside តុលាការ ("court").
    "court": "តុលាការខេត្តបាត់ដំបងបានបើកសវនាការកាលពីខែតុលា ឆ្នាំ២០២៣ ដោយមានលោក កឹម សុខា ចូលរួម។",
    "company": "ក្រុមហ៊ុនឯកជនមួយបានទទួលដីសម្បទានពីរដ្ឋាភិបាល ហើយស្ត្រីម្នាក់ត្រូវបានចាប់ខ្លួន។",
    # Look-alike spellings: coeng RO first, េ+ី, the register sign after the vowel.
    "lookalike": "ស្រ្តី\u200bជា\u200bច្រើន\u200bបាន\u200bធ្វេី\u200bបាតុកម្ម\u200bមុខ\u200bផ្ទះ\u200bលោក\u200bហុ៊ន\u200bសែន\u200bកាលពី\u200bឆ្នាំ2018។",
    "english": "In 2023 the court in Battambang heard the case again.",
}


def imported(library, folder, texts: dict[str, str]):
    """``library`` with ``texts`` imported, and their ids by name in ``library.ids``."""
    library.ids = {}
    for name, text in texts.items():
        path = folder / f"{name}.txt"
        path.write_text(f"{name}\n\n{text}\n", encoding="utf-8")
        [(_, library.ids[name])] = library.imports.import_files([path]).imported
    return library


@pytest.fixture
def khmer_library(library, tmp_path):
    return imported(library, tmp_path, DOCUMENTS)


def found(library, query: str) -> list[tuple[str, bool]]:
    names = {doc_id: name for name, doc_id in library.ids.items()}
    return [(names[h.document], h.within_word) for h in library.search.run(query).hits if h.document in names]


def highlighted(library, hit) -> str:
    return library.documents.get(hit.document).text[hit.start : hit.end]


def test_look_alike_spellings_find_each_other_both_ways(khmer_library):
    for typed in ["ស្ត្រី", "ស្រ្តី"]:
        assert sorted(found(khmer_library, typed)) == [("company", False), ("lookalike", False)]
    assert found(khmer_library, "ធ្វើ") == [("lookalike", False)]
    hit = khmer_library.search.run("ហ៊ុន").hits[0]
    assert highlighted(khmer_library, hit) == "ហុ៊ន"  # the document's own spelling is shown


def test_whole_words_first_and_words_inside_longer_ones_marked(khmer_library):
    assert found(khmer_library, "តុលា") == [("court", False)]  # ខែតុលា, before តុលាការ in the same text
    [hit] = khmer_library.search.run("តុលា").hits
    text = khmer_library.documents.get(hit.document).text
    assert text[hit.start - 2 : hit.end] == "ខែតុលា"  # the whole-word occurrence is the one shown
    assert found(khmer_library, "ហ៊ុន") == [("lookalike", False), ("company", True)]  # ក្រុមហ៊ុន: company


def test_a_short_word_matches_whole_words_only(khmer_library):
    assert found(khmer_library, "ដីសម្បទាន") == [("company", False)]  # the control
    assert found(khmer_library, "ដី") == [("company", False)]  # ដី alone, before សម្បទាន
    assert found(khmer_library, "មុ") == []  # a cluster of មុខ, never a word of its own here


def test_a_fragment_of_a_cluster_is_never_found(khmer_library):
    assert found(khmer_library, "ស្ត") == []
    assert found(khmer_library, "ក្រុ") != []  # a whole cluster is a valid start…
    assert all(w for _, w in found(khmer_library, "ក្រុ"))  # …but only inside a word


def test_names_with_or_without_their_space_and_phrases_in_order(khmer_library):
    assert found(khmer_library, "កឹមសុខា") == [("court", False)]
    assert found(khmer_library, "ហ៊ុន សែន") == [("lookalike", False)]
    assert found(khmer_library, '"កឹម សុខា"') == [("court", False)]
    assert found(khmer_library, '"សុខា កឹម"') == []  # reversed


def test_numbers_match_in_either_script_and_either_index(khmer_library):
    assert sorted(found(khmer_library, "2023")) == [("court", False), ("english", False)]
    assert sorted(found(khmer_library, "២០២៣")) == [("court", False), ("english", False)]
    assert found(khmer_library, "2018") == [("lookalike", False)]  # glued to ឆ្នាំ
    assert found(khmer_library, "ឆ្នាំ២០១៨") == [("lookalike", False)]
    assert found(khmer_library, "202") == []


def test_snippets_and_highlights_never_cut_a_cluster(khmer_library):
    for query in ["តុលា", "ហ៊ុន", "ស្ត្រី", "2023", "កឹមសុខា", "ក្រុ", "ច្រើន"]:
        for hit in khmer_library.search.run(query).hits:
            text = khmer_library.documents.get(hit.document).text
            assert not inside_cluster(text, hit.start) and not inside_cluster(text, hit.end), query
            text = " ".join(text.split())  # as snippets show it
            window = hit.snippet.replace("\x02", "").replace("\x03", "").strip("…")
            at = text.find(window)
            assert at >= 0 and not inside_cluster(text, at) and not inside_cluster(text, at + len(window))


def test_the_cli_says_which_hits_are_inside_longer_words(khmer_library, cli):
    result = cli("search", "ហ៊ុន", "--json")
    assert result.code == 0
    hits = json.loads(result.out)
    assert [h["within_word"] for h in hits] == [False, True]
    text = cli("search", "ហ៊ុន").out
    assert text.count("(only inside longer words)") == 1


def test_an_old_notebook_has_its_khmer_index_rebuilt(khmer_library, data_dir):
    from desktop.store.connect import open_user_db

    path = data_dir / "user.sqlite"
    khmer_library.close()
    db = open_user_db(path)
    db.execute("DROP TABLE khmer_text_fts")
    db.execute("DROP TABLE khmer_text")
    db.execute("CREATE TABLE khmer_runs (rowid INTEGER PRIMARY KEY, document_rowid INTEGER, start INTEGER, "
               "text TEXT, removed TEXT)")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_khmer_words'")
    db.conn.commit()
    db.close()
    again = open_user_db(path)
    assert again.execute("SELECT count(*) FROM khmer_text").fetchone()[0] == 3
    assert "khmer_runs" not in again.table_names()


MORE = {
    "office": "បុគ្គលិកការ ិយាល័យបានឈប់សម្រាក។",  # a space before the vowel, as PDFs leave it
    "children": "ក្មេងៗលេងនៅសាលា ហើយកម្មករការ\u200cងារ",  # the repeat sign; a non-joiner inside ការងារ
    "brands": "ក្រុមហ៊ុនGoogleនិងFacebookបានបិទកម្មវិធី ឆ្នាំ២០២៤-២០២៥",
    "split": "ស្រ\u200b្តីកសិករឲ្យដឹង",  # a zero-width space typed before a subscript
}


@pytest.fixture
def more_library(library, tmp_path):
    return imported(library, tmp_path, MORE)


def test_text_as_pdfs_and_keyboards_leave_it_is_found(more_library):
    assert found(more_library, "ការិយាល័យ") == [("office", False)]
    assert found(more_library, "ក្មេងៗ") == [("children", False)]
    assert found(more_library, "ក្មេង") == [("children", False)]
    assert found(more_library, "ងារ") == [("children", True)]  # ការ\u200cងារ is one word
    assert found(more_library, "ស្ត្រី") == [("split", False)]
    assert [name for name, _ in found(more_library, "ឱ្យ")] == ["split"]  # ឲ and ឱ
    assert found(more_library, "ការ") != []  # and no error where the vowel stood apart


def test_english_glued_to_khmer_and_numbers_alone_in_khmer_digits(more_library):
    assert found(more_library, "Google") == [("brands", False)]
    assert found(more_library, "Facebook ក្រុមហ៊ុន") == [("brands", False)]
    assert found(more_library, "2025") == [("brands", False)]


def test_or_and_exclusions_across_the_two_indexes(khmer_library):
    assert sorted(found(khmer_library, "តុលាការ OR ធ្វើ")) == [("court", False), ("lookalike", False)]
    assert sorted(found(khmer_library, "Battambang OR ធ្វើ")) == [("english", False), ("lookalike", False)]
    assert found(khmer_library, "court -តុលាការ") == [("english", False)]
    assert found(khmer_library, "ស្ត្រី -ធ្វើ") == [("company", False)]
    assert found(khmer_library, "2023 -Battambang") == [("court", False)]


CUT_OTHERWISE = {
    # Zero-width spaces cut អ្នកសារព័ត៌មាន ("journalist") in two; typed alone it is one word.
    "journalist": "អ្នក\u200bសារព័ត៌មាន\u200bឯករាជ្យ\u200bម្នាក់\u200bត្រូវ\u200bបាន\u200bគំរាម។",
    "newspaper": "កាសែតមួយបានចុះផ្សាយព័ត៌មាននេះ។",  # ព័ត៌មាន ("news") as a word of its own
}
QUERIES = ["អ្នកសារព័ត៌មាន", "សារព័ត៌មាន", "ព័ត៌មាន", "អ្នក", "មាន", "ត្រូវបាន", "អ្នកសារ*", "ក្រុមហ៊ុន ស្ត្រី"]


def test_a_term_the_text_cuts_otherwise_is_still_a_whole_word(library, tmp_path, monkeypatch):
    from desktop.khmer.index_text import index_text
    from desktop.store import khmer_search

    stored = index_text(CUT_OTHERWISE["journalist"]).words.split()
    assert "អ្នកសារព័ត៌មាន" not in stored and ["អ្នក", "សារព័ត៌មាន"] == stored[:2]  # the control
    library = imported(library, tmp_path, {**CUT_OTHERWISE, **DOCUMENTS})
    assert found(library, "អ្នកសារព័ត៌មាន") == [("journalist", False)]
    assert found(library, "ព័ត៌មាន") == [("newspaper", False), ("journalist", True)]
    answers = {query: found(library, query) for query in QUERIES}
    # A phrase cut into words too many ways is checked against each document's
    # words instead: the answers are the same.
    monkeypatch.setattr(khmer_search, "MAX_CUTS", 0)
    assert {query: found(library, query) for query in QUERIES} == answers
