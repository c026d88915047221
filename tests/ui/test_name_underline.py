"""Names in the reader are marked with a dotted line that never crosses Khmer letters.

The real window opens a Khmer document whose names have letters written below the line (the
vowel ុ in កឹម សុខា, the stacked coeng consonants of គណបក្សសង្គ្រោះជាតិ). The viewport is
grabbed with the names marked and with marking turned off; the pixels that differ are the marks,
and they must lie below every pixel of the name's glyphs. The same check fails for Qt's own
dotted underline, which is what the reader used to draw.
"""

import shutil

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from desktop.services.library import Library
from desktop.store.build import build_archive
from desktop.ui.main_window import MainWindow
from desktop.ui.reader.text_document import DOTTED_MARK, LINE_HEIGHT_PERCENT
from tests.conftest import SEEDS
from tests.ui.conftest import settings_in

KHMER_DOC = "900_khmer_statement"
KHMER_TEXT = (
    "សេចក្តីថ្លែងការណ៍របស់ក្រុមស្ត្រី\n\n"
    "លោក កឹម សុខា បានជួបជាមួយក្រុមស្ត្រី។\n\n"
    "គណបក្សសង្គ្រោះជាតិ បានប្រកាស។\n\n"
    "Kem Sokha met Hun Sen in Phnom Penh.\n\n"
    "ការប្រជុំបានបញ្ចប់។\n"
)


@pytest.fixture(scope="module")
def khmer_archive(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("khmer-seeds") / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / f"{KHMER_DOC}.txt").write_text(KHMER_TEXT, encoding="utf-8")
    archive = seeds.parent / "archive.sqlite"
    build_archive(seeds, archive)
    return archive


@pytest.fixture
def khmer_window(qtbot, khmer_archive, data_dir):
    library = Library(khmer_archive, data_dir)
    window = MainWindow(library, settings_in(data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(1600, 900)
    window.open_document(KHMER_DOC)
    qtbot.waitUntil(lambda: window.reader.view.viewport().width() > 600)  # each paragraph one line
    yield window
    window.close()
    library.close()


def grab(window) -> QImage:
    image = window.reader.view.viewport().grab().toImage()
    assert image.devicePixelRatio() == 1  # the geometry below is in the image's pixels
    return image


def mention(window, entity_id: str, nth: int = 0) -> tuple[int, int]:
    """Reading-text offsets of the ``nth`` mention of ``entity_id`` in the open document."""
    return [(a, b) for who, a, b in window.reader.mentions if who == entity_id][nth]


def name_area(window, start: int, end: int) -> QRect:
    """The name's width by its line's share of the page's height (the line spaced out)."""
    panel, view = window.reader, window.reader.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(panel.layout_map.position_of(start))
    left = view.cursorRect(cursor)
    cursor.setPosition(panel.layout_map.position_of(end))
    right = view.cursorRect(cursor)
    assert right.top() == left.top(), "the name must sit on one line"
    return QRect(left.left(), left.top(), right.left() - left.left(), left.height() * LINE_HEIGHT_PERCENT // 100)


def marks_and_ink(marked: QImage, plain: QImage, area: QRect, page: QColor):
    """Rows of the mark's pixels (where the two grabs differ) and rows of the name's ink (where
    the unmarked grab is not the page's colour), inside ``area``."""
    marks, ink = set(), set()
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            if marked.pixel(x, y) != plain.pixel(x, y):
                marks.add(y)
            if QColor(plain.pixel(x, y)) != page:
                ink.add(y)
    return marks, ink


def crosses_glyphs(marked: QImage, plain: QImage, area: QRect, page: QColor) -> bool:
    """Whether the mark comes up to or above the lowest pixel of the name's glyphs."""
    marks, ink = marks_and_ink(marked, plain, area, page)
    assert marks, "the name is not marked at all"
    assert ink, "the name is not drawn"
    return min(marks) <= max(ink)


def with_old_underline(window) -> QImage:
    """The viewport as the reader used to draw names: Qt's dotted underline."""
    document = window.reader.view.document()
    old = QTextCharFormat()
    old.setFontUnderline(True)
    old.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    old.setProperty(DOTTED_MARK, False)
    for _who, start, end in window.reader.mentions:
        cursor = QTextCursor(document)
        cursor.setPosition(window.reader.layout_map.position_of(start))
        cursor.setPosition(window.reader.layout_map.position_of(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(old)
    return grab(window)


def grabs(window) -> tuple[QImage, QImage, QImage, dict[str, QRect]]:
    """(marked, unmarked, old underline) grabs of the Khmer document, and its names' areas."""
    window.open_document(KHMER_DOC)
    names = {"សុខា": mention(window, "kem-sokha"), "CNRP": mention(window, "cnrp"),
             "Kem Sokha": mention(window, "kem-sokha", 1)}
    areas = {name: name_area(window, *span) for name, span in names.items()}
    marked = grab(window)
    window.underline_action.trigger()  # View → Underline people and organizations: off
    assert not window.reader.mentions
    plain = grab(window)
    window.underline_action.trigger()
    assert window.reader.mentions
    return marked, plain, with_old_underline(window), areas


def page_color(window) -> QColor:
    return window.reader.view.palette().color(QPalette.ColorRole.Base)


def test_khmer_names_are_marked_below_their_subscripts(khmer_window):
    marked, plain, old, areas = grabs(khmer_window)
    page = page_color(khmer_window)
    for name in ("សុខា", "CNRP"):
        assert not crosses_glyphs(marked, plain, areas[name], page), name
        # The control: Qt's dotted underline, as drawn before, runs through the letters below.
        assert crosses_glyphs(old, plain, areas[name], page), name


def test_english_names_keep_the_usual_dotted_underline(khmer_window):
    marked, _plain, old, areas = grabs(khmer_window)
    assert marked.copy(areas["Kem Sokha"]) == old.copy(areas["Kem Sokha"])


def test_a_marked_name_is_still_a_link_to_its_profile_with_its_tooltip(khmer_window, qtbot):
    khmer_window.open_document(KHMER_DOC)
    start, _end = mention(khmer_window, "kem-sokha")
    cursor = QTextCursor(khmer_window.reader.view.document())
    cursor.setPosition(khmer_window.reader.layout_map.position_of(start) + 1)
    fmt = cursor.charFormat()
    assert fmt.anchorHref() == "ekasar:entity/kem-sokha"
    assert fmt.toolTip() == "Open the profile"
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline  # none of Qt's, through the letters
    khmer_window.reader.view.setTextCursor(cursor)
    point = khmer_window.reader.view.cursorRect(cursor).center()
    qtbot.mouseClick(khmer_window.reader.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: khmer_window.people_panel.current_id == "kem-sokha")


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def dark_palette():
    before = QPalette(QApplication.palette())
    dark = QPalette(before)
    for role, color in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e6e6e6"),
                        (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6")):
        dark.setColor(role, QColor(color))
    QApplication.setPalette(dark)
    yield dark
    QApplication.setPalette(before)


def test_highlighted_names_keep_a_readable_mark_in_a_dark_palette(dark_palette, khmer_window):
    notes = khmer_window.library.notes
    notes.annotate_quote(KHMER_DOC, "កឹម សុខា បានជួប", color="yellow")
    notes.annotate_quote(KHMER_DOC, "Kem Sokha met", color="green")
    marked, plain, _old, areas = grabs(khmer_window)
    for name in ("សុខា", "Kem Sokha"):
        area = areas[name]
        # What each mark pixel is drawn on: the dark page under the Khmer name (its mark is
        # below the highlight's band), the light green highlight under the English one.
        marks = [(QColor(marked.pixel(x, y)), QColor(plain.pixel(x, y)))
                 for y in range(area.top(), area.bottom() + 1) for x in range(area.left(), area.right() + 1)
                 if marked.pixel(x, y) != plain.pixel(x, y)]
        assert marks, name
        assert all(contrast(mark, under) >= 3 for mark, under in marks), name
