"""Khmer search in the window: whole words first, the rest said to be inside
longer words (in English and in Khmer), and the reader highlights whole clusters."""

from desktop.ui.models.search_results import hit_html
from desktop.ui.language import apply_language
from tests.ui.test_main_window import hit_is_visible, search


def import_texts(window, tmp_path, texts: dict[str, str]) -> None:
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    window.library.imports.import_files(paths)


def test_a_word_inside_longer_words_is_listed_last_and_said_so(window, qtbot, tmp_path):
    import_texts(window, tmp_path, {
        "company": "Company\n\nក្រុមហ៊ុនឯកជនមួយបានទទួលដីសម្បទាន។\n",
        "name": "Name\n\nលោកហុ៊នសែនបាននិយាយ។\n",  # the register sign typed after the vowel
    })
    search(qtbot, window, "ហ៊ុន")
    hits = window.search_panel.model.hits
    assert [h.title for h in hits] == ["Name", "Company"]
    assert [h.within_word for h in hits] == [False, True]
    assert "only inside longer words" in hit_html(hits[1], "gray")
    assert "only inside longer words" not in hit_html(hits[0], "gray")  # the control
    window.search_panel._open(window.search_panel.model.index(0))
    qtbot.waitUntil(lambda: hit_is_visible(window))
    assert window.reader.view.hit.selectedText() == "ហុ៊ន"  # the document's own spelling, whole


def test_the_within_word_note_is_in_khmer_in_the_khmer_interface(window, qtbot, tmp_path):
    import_texts(window, tmp_path, {"company": "Company\n\nក្រុមហ៊ុនឯកជន។\n"})
    search(qtbot, window, "ហ៊ុន")
    [hit] = window.search_panel.model.hits
    assert apply_language("km")  # the compiled translation (the fixture sets English back)
    assert "មានតែនៅក្នុងពាក្យវែងជាង" in hit_html(hit, "gray")


def test_an_estimated_count_is_said_to_be_about(window, qtbot, monkeypatch):
    from desktop.store import counting

    search(qtbot, window, "Battambang")
    counted = window.search_panel.status.text()
    assert "match" in counted and not counted.startswith("About")  # the control: counted exactly
    # One window covering the whole (small) archive: the "sample" is every document.
    for name, value in (("COUNT_EXACTLY", 1), ("SAMPLES", 1), ("SAMPLED_SHARE", 1)):
        monkeypatch.setattr(counting, name, value)
    search(qtbot, window, "Sochua")
    assert window.search_panel.status.text().startswith("About ")
    assert apply_language("km")
    window.search_panel.field.clear()
    search(qtbot, window, "Sochua")
    assert window.search_panel.status.text().startswith("ប្រហែល ")
