"""Every hit of a search: listed under its document (snippet and place), all marked in the reader,
next and previous hit (Alt+Down, Alt+Up), while F3 stays Find in document."""

from PySide6.QtCore import Qt

from desktop.ui.models.search_results import HitRole, hit_html
from desktop.ui.reader.view import SEARCH_MARK
from tests.ui.test_khmer_search_panel import import_texts
from tests.ui.test_main_window import hit_is_visible

SPEECH = "000_38d99342b0af7827"  # says "treason" three times
SUPPORTERS = "003_9cd36ae3e7546bb8"  # says "Sochua" nine times


def search_every_hit(qtbot, window, query: str) -> None:
    """Search as a user does, and wait for every hit of the documents shown."""
    panel = window.search_panel
    window.focus_search()
    panel.field.setText(query)
    with qtbot.waitSignal(panel.spans_found, timeout=10_000):
        panel.run_search()


def document_row(window, doc_id: str):
    return document_row_of(window.search_panel.model, doc_id)


def expand_with_keyboard(qtbot, window, index) -> None:
    results = window.search_panel.results
    results.setCurrentIndex(index)
    results.setFocus()
    qtbot.keyClick(results, Qt.Key.Key_Right)
    assert results.isExpanded(index)


def click(qtbot, window, index) -> None:
    results = window.search_panel.results
    results.scrollTo(index)
    rect = results.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def marked(window) -> list[str]:
    """The text of every search mark the reader draws (the lighter ones), in order."""
    selections = window.reader.view.extraSelections()
    return [s.cursor.selectedText() for s in selections if s.format.background().color() == SEARCH_MARK]


def open_third_treason(qtbot, window) -> None:
    search_every_hit(qtbot, window, "treason")
    document = document_row(window, SPEECH)
    expand_with_keyboard(qtbot, window, document)
    click(qtbot, window, window.search_panel.model.index(2, 0, document))
    qtbot.waitUntil(lambda: window.reader.document is not None and hit_is_visible(window))


def test_every_hit_is_listed_under_its_document_with_its_place(window, qtbot):
    search_every_hit(qtbot, window, "treason")
    model = window.search_panel.model
    document = document_row(window, SPEECH)
    assert model.rowCount(document) == 3
    assert "3 hits" in hit_html(model.hits[document.row()], "gray", model.found[document.row()])
    children = [model.index(i, 0, document) for i in range(3)]
    texts = [child.data() for child in children]
    assert all("treason" in text and text.startswith("paragraph ") for text in texts)
    starts = [child.data(HitRole).start for child in children]
    assert starts == sorted(starts) and len(set(starts)) == 3  # each hit once, in reading order
    assert [h.document for h in model.hits][:2] == [SPEECH, "001_4d211d3b45014089"]  # ranking as before


def test_clicking_the_third_hit_opens_the_reader_there(window, qtbot):
    open_third_treason(qtbot, window)
    assert window.reader.document.info.id == SPEECH
    third = window.search_panel.model.index(2, 0, document_row(window, SPEECH)).data(HitRole)
    hit = window.reader.view.hit
    assert hit.selectedText() == "treason"
    assert window.reader.layout_map.offset_of(hit.selectionStart()) == third.start


def test_the_reader_marks_every_hit_lighter_than_the_current_one(window, qtbot):
    open_third_treason(qtbot, window)
    qtbot.waitUntil(lambda: len(marked(window)) == 3)
    assert marked(window) == ["treason"] * 3
    current = [s for s in window.reader.view.extraSelections() if s.format.background().color() != SEARCH_MARK]
    assert current[-1].cursor.selectedText() == "treason"
    assert current[-1].format.background().color().alpha() > SEARCH_MARK.alpha()  # the current hit stands out
    assert window.reader.search_marks.count.text() == "Hit 3 of 3"


def test_next_and_previous_hit_move_between_them(window, qtbot):
    open_third_treason(qtbot, window)
    qtbot.waitUntil(lambda: len(marked(window)) == 3)
    view = window.reader.view
    starts = sorted(c.selectionStart() for c in view.search_marks)
    assert view.hit.selectionStart() == starts[2]
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # wraps to the first
    assert view.hit.selectionStart() == starts[0] and hit_is_visible(window)
    assert window.reader.search_marks.count.text() == "Hit 1 of 3"
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.hit.selectionStart() == starts[1]
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.hit.selectionStart() == starts[2] and hit_is_visible(window)
    assert view.hit.selectedText() == "treason"


def test_f3_still_finds_in_the_document(window, qtbot):
    open_third_treason(qtbot, window)
    qtbot.waitUntil(lambda: len(marked(window)) == 3)
    view, bar = window.reader.view, window.reader.find_bar
    hit = view.hit.selectionStart()
    window.activateWindow()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(bar.field, "sochua")
    qtbot.waitUntil(lambda: " of " in bar.count.text())  # typing goes to the first match from here
    first, total = map(int, bar.count.text().split(" of "))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F3)
    assert bar.count.text() == f"{first % total + 1} of {total}"
    assert view.textCursor().selectedText().lower() == "sochua"
    assert view.hit.selectionStart() == hit  # Find moved, the search hit did not
    assert len(marked(window)) == 3


def test_marks_come_back_after_the_original(window, qtbot):
    open_third_treason(qtbot, window)
    qtbot.waitUntil(lambda: len(marked(window)) == 3)
    window.actions_by_name["original"].trigger()
    assert marked(window) == [] and not window.reader.search_marks.isVisible()
    window.actions_by_name["original"].trigger()
    assert marked(window) == ["treason"] * 3
    assert window.reader.view.hit.selectedText() == "treason"


def test_opening_another_document_drops_the_marks(window, qtbot):
    open_third_treason(qtbot, window)
    qtbot.waitUntil(lambda: len(marked(window)) == 3)
    window.open_document(SUPPORTERS)
    assert marked(window) == [] and not window.reader.search_marks.isVisible()


def test_many_hits_are_capped_with_and_more(window, qtbot, monkeypatch):
    from desktop.services import search

    monkeypatch.setattr(search, "HITS_SHOWN", 5)
    search_every_hit(qtbot, window, "Sochua")
    model = window.search_panel.model
    document = document_row(window, SUPPORTERS)
    assert model.rowCount(document) == 6
    assert model.index(5, 0, document).data() == "and 4 more in this document"
    click_more = model.index(5, 0, document)
    expand_with_keyboard(qtbot, window, document)
    click(qtbot, window, click_more)
    qtbot.waitUntil(lambda: window.reader.document is not None and window.reader.document.info.id == SUPPORTERS)
    qtbot.waitUntil(lambda: len(marked(window)) == 9)  # the reader marks all of them


def test_khmer_hits_are_all_listed_and_marked_as_whole_clusters(window, qtbot, tmp_path):
    import_texts(window, tmp_path, {"company": "Company\n\nក្រុមហ៊ុនឯកជនមួយ។\n\nលោកហ៊ុនបាននិយាយ។ ហ៊ុន\n"})
    search_every_hit(qtbot, window, "ហ៊ុន")
    model = window.search_panel.model
    assert len(model.hits) == 1
    document = model.index(0, 0)
    assert model.rowCount(document) == 3
    assert model.index(0, 0, document).data().startswith("paragraph 2")
    expand_with_keyboard(qtbot, window, document)
    click(qtbot, window, model.index(1, 0, document))
    qtbot.waitUntil(lambda: window.reader.document is not None and hit_is_visible(window))
    qtbot.waitUntil(lambda: len(marked(window)) == 3)
    assert marked(window) == ["ហ៊ុន"] * 3
    assert window.reader.view.hit.selectedText() == "ហ៊ុន"


def test_the_results_tree_passes_qt_model_checks(qtmodeltester, library):
    from desktop.ui.models.search_results import SearchResultsModel

    model = SearchResultsModel()
    results = library.search.run("Sochua", 50)
    model.set_hits(results.hits)
    model.set_found(library.search.every_hit("Sochua", [(h.document, h.source) for h in results.hits], 4))
    assert model.rowCount(document_row_of(model, SUPPORTERS)) == 5  # four hits, then "and 5 more"
    qtmodeltester.check(model)


def document_row_of(model, doc_id: str):
    [row] = [i for i, hit in enumerate(model.hits) if hit.document == doc_id]
    return model.index(row, 0)


def test_a_long_snippet_ends_at_its_last_whole_line_not_half_a_line(qapp):
    from PySide6.QtGui import QTextDocument

    from desktop.ui.models.search_results import whole_lines_height

    document = QTextDocument()
    document.setPlainText("word " * 400)
    document.setTextWidth(200)
    document.documentLayout().documentSize()  # laid out
    first = document.begin()
    line = first.layout().lineAt(0).height()
    limit = 4.5 * line + document.documentMargin()
    shown = whole_lines_height(document, limit)
    assert shown <= limit and shown >= limit - line  # four whole lines, not four and a half
    assert abs((shown - document.documentMargin()) / line - 4) < 0.01
