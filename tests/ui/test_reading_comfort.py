"""Reading comfort in the real window (issue 23, item 7): reading themes and line spacing kept
across restarts, a mark in the margin beside each highlight that opens its note, and a
contents list of the document's headings or pages that takes the reader there."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor, QTextFormat

from desktop.ui.notes_panel import NoteDialog
from tests.ingest.readers.pdf_samples import SamplePage, typeset

GFW = "002_46b7dbb94abd75ab"  # English with Khmer names


def page_color(window) -> QColor:
    """The page's colour, in a corner of the reader no text reaches."""
    image = window.reader.view.viewport().grab().toImage()
    return QColor(image.pixel(image.width() - 4, image.height() - 4))


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def select(window, words: str) -> None:
    view = window.reader.view
    view.setTextCursor(view.document().find(words))


def looks_of(window, words: str) -> tuple[QColor, QColor]:
    """(text colour, background) where ``words`` are shown."""
    cursor = window.reader.view.document().find(words)
    cursor.setPosition(cursor.selectionStart() + 1)
    fmt = cursor.charFormat()
    foreground = fmt.foreground().color() if fmt.hasProperty(QTextFormat.Property.ForegroundBrush) else \
        window.reader.view.palette().text().color()
    background = fmt.background().color() if fmt.hasProperty(QTextFormat.Property.BackgroundBrush) else \
        page_color(window)
    return foreground, background


def test_dark_and_sepia_themes_paint_the_page_and_survive_a_restart(make_window):
    window = make_window()
    window.open_document(GFW)
    light = page_color(window)
    assert light.lightness() > 200
    select(window, "Prey Sar Prison")
    window.actions_by_name["highlight_green"].trigger()

    window.actions_by_name["theme_dark"].trigger()  # View → Reading theme → Dark
    assert page_color(window).lightness() < 60
    assert window.actions_by_name["theme_dark"].isChecked() and not window.actions_by_name["theme_light"].isChecked()
    text, page = looks_of(window, "Global Fund for Women")
    assert contrast(text, page) >= 7  # light words on the dark page
    assert contrast(*looks_of(window, "Prey Sar Prison")) >= 7  # a highlight stays readable
    assert contrast(*looks_of(window, "July 2014 (inferred)")) >= 4.5  # the header's details too
    window.close()

    again = make_window()  # restart: the reader opens dark, the menu says so
    assert again.reader.document.info.id == GFW
    assert again.actions_by_name["theme_dark"].isChecked()
    assert page_color(again).lightness() < 60
    again.actions_by_name["theme_sepia"].trigger()
    sepia = page_color(again)
    assert sepia.red() > sepia.blue() + 20 and sepia.lightness() > 180  # warm paper
    assert contrast(*looks_of(again, "Global Fund for Women")) >= 7


def block_height(window, words: str) -> float:
    document = window.reader.view.document()
    block = document.find(words).block()
    return document.documentLayout().blockBoundingRect(block).height()


def test_line_spacing_is_generous_for_khmer_changes_the_layout_and_is_remembered(make_window):
    window = make_window()
    window.open_document(GFW)
    paragraph = "Commenting today, Global Fund for Women president"  # a long paragraph of several lines
    block = window.reader.view.document().find(paragraph).block()
    # Room for Khmer's stacked subscripts by default: half a line and more between lines.
    assert block.blockFormat().lineHeightType() == 1 and block.blockFormat().lineHeight() >= 150  # proportional
    relaxed = block_height(window, paragraph)
    assert window.actions_by_name["spacing_relaxed"].isChecked()

    window.actions_by_name["spacing_wide"].trigger()  # View → Line spacing → Wide
    wide = block_height(window, paragraph)
    assert wide > relaxed * 1.1
    window.actions_by_name["spacing_normal"].trigger()
    assert block_height(window, paragraph) < relaxed * 0.95
    window.actions_by_name["spacing_wide"].trigger()
    window.close()

    again = make_window()
    assert again.actions_by_name["spacing_wide"].isChecked()
    assert block_height(again, paragraph) == pytest.approx(wide)


def test_clicking_a_margin_mark_opens_that_highlights_note(window, qtbot, monkeypatch):
    window.open_document(GFW)
    monkeypatch.setattr(NoteDialog, "exec", lambda self: 1)
    monkeypatch.setattr(NoteDialog, "values", lambda self: ("Held with six colleagues", ["prison"], "pink"))
    select(window, "Prey Sar Prison")
    window.actions_by_name["addNote"].trigger()
    select(window, "Mu Sochua celebrating her release")
    window.actions_by_name["highlight_blue"].trigger()
    view, margin = window.reader.view, window.reader.margin
    view.setTextCursor(QTextCursor(view.document()))  # the cursor far from both highlights
    start = min(note.start for note in window.library.notes.listing())
    view.scroll_to_position(window.reader.layout_map.position_of(start))

    marks = {note.quote: rect for note, rect in margin.marks()}
    assert set(marks) == {"Prey Sar Prison", "Mu Sochua celebrating her release"}
    rect = marks["Prey Sar Prison"]
    cursor = view.document().find("Prey Sar Prison")
    line = view.cursorRect(cursor)
    assert abs(rect.top() - view.cursorRect(_start_of(cursor)).top()) <= 2  # level with it
    assert rect.bottom() >= line.top()
    shown = QColor(margin.grab().toImage().pixel(rect.center()))
    assert shown.name() == "#ffb3d1"  # in the highlight's own colour (pink)

    opened = []
    monkeypatch.setattr(NoteDialog, "exec", lambda self: opened.append(self.note.toPlainText()) or 0)
    qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["Held with six colleagues"]
    qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=marks["Mu Sochua celebrating her release"].center())
    assert opened == ["Held with six colleagues", ""]  # the other highlight: no note yet


def _start_of(cursor: QTextCursor) -> QTextCursor:
    start = QTextCursor(cursor)
    start.setPosition(cursor.selectionStart())
    return start


FILLER = ("Families in the village said the company's workers came with bulldozers before dawn, "
          "and that the commune chief told them to accept the offer or leave with nothing. ")
MARKDOWN = "\n\n".join([
    "# Land rights in Kampong Speu",
    *[FILLER * 3] * 12,
    "## The sugar concession",
    *[FILLER * 3] * 12,
    "## What the *families* asked for",
    *[FILLER * 3] * 12,
])


def test_contents_lists_the_headings_and_goes_to_the_one_chosen(window, qtbot, tmp_path):
    path = tmp_path / "kampong-speu.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    [(_, doc_id)] = window.library.imports.import_files([path]).imported
    window.open_document(doc_id)
    view = window.reader.view
    window.actions_by_name["contents"].trigger()  # View → Contents (Ctrl+Shift+O)
    contents = window.contents_list
    assert contents.isVisible() and contents.list.isVisible()
    titles = [contents.list.item(i).text().strip() for i in range(contents.list.count())]
    assert titles == ["Land rights in Kampong Speu", "The sugar concession", "What the families asked for"]

    heading = view.document().find("What the families asked for")
    assert view.cursorRect(_start_of(heading)).top() > view.viewport().height()  # far below, at first
    item = contents.list.item(2)
    qtbot.mouseClick(contents.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=contents.list.visualItemRect(item).center())
    assert not contents.isVisible()
    top = view.cursorRect(_start_of(heading)).top()
    assert 0 <= top < view.viewport().height() // 4  # the heading at the top of the reader


def test_contents_of_a_pdf_are_its_pages_and_a_plain_text_says_it_has_none(window, qtbot, tmp_path):
    path = tmp_path / "quarterly.pdf"
    path.write_bytes(typeset([SamplePage([f"Page {n} tells of the hearing in Battambang."]) for n in (1, 2, 3)],
                             {"Title": "Quarterly"}))
    [(_, doc_id)] = window.library.imports.import_files([path]).imported
    window.open_document(doc_id)
    window.actions_by_name["contents"].trigger()
    contents = window.contents_list
    assert [contents.list.item(i).text() for i in range(contents.list.count())] == ["p. 1", "p. 2", "p. 3"]
    contents.close()

    window.open_document(GFW)  # a plain text without headings
    window.actions_by_name["contents"].trigger()
    assert contents.isVisible() and not contents.list.isVisible()
    assert contents.empty.isVisible() and "no headings" in contents.empty.text()
    qtbot.keyClick(contents, Qt.Key.Key_Escape)
    assert not contents.isVisible()
