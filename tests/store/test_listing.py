import pytest

GFW = "002_46b7dbb94abd75ab"


def titles(library, keys):
    found = library.documents.infos(keys)
    return [found[key].title for key in keys]


def test_default_order_is_newest_first_with_undated_last(library):
    infos = library.documents.infos(keys := library.documents.keys())
    assert [infos[k].date for k in keys] == ["2023-07-22", "2020", "2019", "2014-07", None]


def ids(library, keys):
    found = library.documents.infos(keys)
    return sorted(found[key].id for key in keys)


def test_filter_matches_title_author_publisher_kind(library):
    # Two titles name her, and she wrote the letter.
    assert ids(library, library.documents.keys("sochua")) == [
        "000_38d99342b0af7827", "001_4d211d3b45014089", "003_9cd36ae3e7546bb8"]
    assert ids(library, library.documents.keys("INTERVIEW")) == ["001_4d211d3b45014089"]  # kind
    assert ids(library, library.documents.keys("Council on Foreign")) == ["001_4d211d3b45014089"]  # publisher
    assert ids(library, library.documents.keys("Preeti")) == ["003_9cd36ae3e7546bb8"]  # author
    assert library.documents.keys("no such thing") == []


def test_filter_text_is_not_a_pattern(library):
    assert library.documents.keys("%") == [] and library.documents.keys("_") == []


def test_sort_by_title_and_refuse_unknown_columns(library):
    keys = library.documents.keys(sort="title", descending=False)
    assert titles(library, keys) == sorted(titles(library, keys), key=str.lower)
    with pytest.raises(ValueError):
        library.documents.keys(sort="title; DROP TABLE documents")


def test_imported_documents_are_listed_and_counted(library, tmp_path):
    path = tmp_path / "mine.txt"
    path.write_text("My field notes\n\nSomething happened.")
    library.imports.import_files([path])
    keys = library.documents.keys(sort="source", descending=True)
    assert keys[0][0] == "user"
    assert library.documents.infos([keys[0]])[keys[0]].title == "My field notes"
    assert library.documents.counts() == {"archive": 5, "user": 1}
