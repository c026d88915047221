"""Clusters, words and occurrences: a term is found on cluster edges only,
as whole words where the segmenter says so, and mapped back to the text."""


from desktop.khmer.find import joined_words, locate, occurrences
from desktop.khmer.index_text import index_text
from desktop.khmer.normal import normal_form
from desktop.khmer.syllables import clusters, inside_cluster, narrow, widen
from desktop.khmer.words import segment

TEXT = "លោក កឹម\u200bសុខា និងក្រុមហ៊ុន ហ៊ុន សែន។ តុលាការខេត្ត ឆ្នាំ២០១៨ ស្រ្តី"


def found(term: str, text: str = TEXT) -> list[tuple[str, bool]]:
    indexed = index_text(text)
    joined = joined_words(indexed.words)
    spans = [(locate(text, joined, indexed.places, o), o.whole) for o in occurrences(joined, normal_form(term))]
    return [(text[start:end], whole) for (start, end), whole in spans]


def test_clusters_keep_subscripts_and_vowels_on_their_base():
    assert clusters("ស្ត្រីធ្វើការ") == ["ស្ត្រី", "ធ្វើ", "កា", "រ"]
    assert clusters("ឆ្នាំ2018") == ["ឆ្នាំ", "2018"]


def test_a_span_is_widened_or_narrowed_to_whole_clusters():
    text = "ស្ត្រី"
    assert inside_cluster(text, 2) and not inside_cluster(text, 0)
    assert widen(text, 2, 3) == (0, 6)
    assert narrow("ក" + text + "ក", 3, 8) == (7, 8)  # the cut cluster left out


def test_segmented_words_join_back_to_the_text():
    for text in ["ក្រុមហ៊ុនបានប្រកាសថាតុលាការ", "ថ្ងៃទី4ខែមិថុនាឆ្នាំ2020", "កឹមសុខា"]:
        words = segment(normal_form(text))
        assert "".join(words) == normal_form(text)
    assert segment("ខែតុលា") == ["ខែ", "តុលា"]  # a month name apart from the word for month


def test_whole_words_and_words_inside_longer_ones():
    assert found("ហ៊ុន") == [("ហ៊ុន", False), ("ហ៊ុន", True)]  # in ក្រុមហ៊ុន, then the name
    assert found("តុលា") == [("តុលា", False)]  # only inside តុលាការ (court)
    assert found("ហ៊ុនសែន") == [("ហ៊ុន សែន", True)]  # typed without the space


def test_look_alikes_zero_width_spaces_and_digits_are_found_in_the_original():
    assert found("កឹម សុខា".replace(" ", "")) == [("កឹម\u200bសុខា", True)]
    assert found("ស្ត្រី") == [("ស្រ្តី", True)]  # written with coeng RO first
    assert found("2018") == [("២០១៨", True)]


def test_a_fragment_of_a_cluster_is_never_found():
    assert found("ក") == [("ក", False)]  # the ក of លោក, not the one under ្រ in ក្រុម
    assert found("ស្ត") == []  # ស្ត្រី's first subscript only
    assert found("201") == []  # inside a number
