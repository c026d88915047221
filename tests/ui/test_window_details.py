"""The smaller things a daily user hits (issue 23, problem 6), through the real window."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolBar, QToolButton

from desktop.ui.document_dialog import DocumentChoices, DocumentDialog
from desktop.ui.notes_panel import NoteDialog

GFW = "002_46b7dbb94abd75ab"
TREASON_CASE = "000_38d99342b0af7827"


def test_the_toolbar_names_quick_hide_instead_of_a_grey_bar(window):
    toolbar = window.findChild(QToolBar, "annotateToolbar")
    button = toolbar.widgetForAction(window.actions_by_name["quickHide"])
    assert isinstance(button, QToolButton)
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    assert button.text() == "Quick hide"


def test_highlight_swatches_and_note_tools_wait_for_a_document(window):
    tools = ["highlight_yellow", "highlight_purple", "addNote", "deleteNote", "documentNote", "copyCitation"]
    assert not any(window.actions_by_name[name].isEnabled() for name in tools)
    window.open_document(GFW)
    assert all(window.actions_by_name[name].isEnabled() for name in tools)


def test_the_zoom_level_shows_and_a_click_resets_it(window, qtbot):
    window.open_document(GFW)
    zoom = window.findChild(QToolButton, "zoomLevel")
    assert zoom.isVisible() and zoom.text() == "100%"
    window.actions_by_name["zoomIn"].trigger()
    window.actions_by_name["zoomIn"].trigger()
    assert zoom.text() == "117%"
    qtbot.mouseClick(zoom, Qt.MouseButton.LeftButton)
    assert zoom.text() == "100%" and window.reader.view.zoom_steps == 0


def test_the_reading_header_leaves_the_id_and_fingerprint_to_document_details(window, qtbot):
    window.open_document(GFW)
    header = window.reader.view.document().toPlainText()[:400]
    assert "SHA-256" not in header and GFW not in header
    assert "July 2014" in header  # the details a reader wants stay
    document = window.library.documents.get(GFW)
    dialog = DocumentDialog(window, document, False, DocumentChoices([], [], [], [], []))
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "documentFingerprint").text() == document.text_sha256


def test_the_note_dialog_shows_colours_as_swatches(window, qtbot):
    dialog = NoteDialog(window, "a passage", [])
    qtbot.addWidget(dialog)
    icons = [dialog.color.itemIcon(i) for i in range(dialog.color.count())]
    assert len(icons) == 5 and not any(icon.isNull() for icon in icons)
    yellow = icons[0].pixmap(16, 16).toImage().pixelColor(8, 8)
    assert yellow.red() > 200 and yellow.green() > 180 and yellow.blue() < 150


def test_the_profile_gets_room_on_a_laptop_screen(window, qtbot):
    window.resize(1366, 768)
    window.reset_layout()
    window.focus_people()
    qtbot.wait(50)
    panel = window.people_panel
    assert panel.profile.height() >= 0.45 * panel.height() and panel.profile.height() >= 250


def test_switching_to_the_original_and_back_keeps_the_passage_in_view(window, qtbot):
    window.resize(1366, 768)
    window.open_document(TREASON_CASE)
    text = window.reader.document.text
    offset = text.index("treason", len(text) // 2)
    window.reader.view.scroll_to_position(window.reader.layout_map.position_of(offset))
    qtbot.wait(20)
    reading_at = window.reader.reading_offset()
    words = text[reading_at: reading_at + 200].split()[:4]
    window.actions_by_name["original"].trigger()
    view = window.reader.view
    assert view.verticalScrollBar().value() > 0  # not the top
    shown = view.document().toPlainText()[view.first_visible_position(): view.first_visible_position() + 2000]
    assert " ".join(words) in " ".join(shown.split()), words
    window.actions_by_name["original"].trigger()
    assert abs(window.reader.reading_offset() - reading_at) < 300


def test_the_same_place_is_found_through_markup_and_repeated_words():
    from desktop.ui.reader.same_place import same_place

    original = ("<html><body><nav>Home | News</nav><p>The court met.</p>" + "<p>Filler words here.</p>" * 50
                + "<p>The <b>court</b> sentenced&nbsp;Kem Sokha to 27 years.</p>" + "<p>More.</p>" * 50)
    reading = "The court met.\n\n" + "Filler words here.\n\n" * 50 + "The court sentenced Kem Sokha to 27 years."
    at = reading.index("The court sentenced")
    place = same_place(reading, at, original)
    assert original[place:].startswith("The <b>court</b> sentenced")
    assert reading[same_place(original, place, reading):].startswith("The court sentenced")
    assert same_place(reading, len(reading) // 2, "no shared words at all") <= len("no shared words at all")


def test_the_status_bar_says_how_far_through_the_document_the_reader_is(window, qtbot):
    from PySide6.QtWidgets import QLabel

    progress = window.findChild(QLabel, "readingProgress")
    assert progress.text() == ""  # no document: nothing to say
    window.open_document(TREASON_CASE, 0)
    qtbot.waitUntil(lambda: progress.text() == "0% through")
    bar = window.reader.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert progress.text() == "100% through"
    bar.setValue(bar.maximum() // 2)
    assert progress.text() in ("49% through", "50% through", "51% through")
