"""Reading the timeline in the real window: labels beside markers, details on hover, dots that
stay visible on a period, and room for the selected event's details (issue 23)."""

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.ui.timeline_canvas import AXIS_HEIGHT, LANE_HEIGHT, MARKER_RADIUS
from desktop.ui.timeline_paint import DOT_ROW, lane_top


def _open(window, qtbot, laptop=True):
    """The timeline as a user opens it (View → Timeline, or its shortcut), in one lane, on a
    laptop's screen (or in the window as it starts)."""
    if laptop:
        window.showNormal()
        window.resize(1366, 768)
        qtbot.waitUntil(lambda: window.width() == 1366)
    window.focus_timeline()
    panel = window.timeline_panel
    qtbot.waitUntil(lambda: bool(panel.shown) and panel.canvas.width() > window.width() / 2)
    assert panel.lanes.currentData() == "one"
    return panel, panel.canvas


def _dots(canvas) -> list[tuple[int, float]]:
    """The points in view (one lane): event index and x, by time."""
    start, end = canvas.visible_range()
    lane = canvas.lanes[0]
    return [(i, canvas.x_of(v)) for i, v in zip(lane.indices, lane.starts) if start <= v <= end]


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def _dark_pixels(image, left: int, right: int, top: int, bottom: int, text: QColor) -> int:
    return sum(1 for x in range(max(0, left), min(image.width(), right))
               for y in range(max(0, top), min(image.height(), bottom))
               if _distance(image.pixelColor(x, y), text) < 200)


def test_markers_are_labelled_with_their_titles_where_there_is_room(window, qtbot):
    panel, canvas = _open(window, qtbot)
    image = canvas.grab().toImage()
    text = canvas.palette().color(QPalette.ColorRole.Text)
    dots = _dots(canvas)
    # The first marker has years of empty axis after it: its title is written there.
    first, x = dots[0]
    row = AXIS_HEIGHT + DOT_ROW
    assert _dark_pixels(image, round(x) + MARKER_RADIUS + 3, round(x) + 80, round(row) - 8, round(row) + 8, text) > 20
    labels = canvas.labels
    assert first in [i for _, i in labels] and len(labels) >= 3
    # No label covers another, or a marker; the crowded years keep their dots and lose labels.
    for number, (rect, _) in enumerate(labels):
        assert not any(rect.intersects(other) for other, _ in labels[number + 1:])
        assert not any(rect.adjusted(-MARKER_RADIUS, 0, MARKER_RADIUS, 0).contains(x, row) for _, x in dots)
        assert AXIS_HEIGHT <= rect.top() and rect.bottom() <= canvas.visibleRegion().boundingRect().bottom()
    assert len(labels) < len(dots)
    # Readable: in the interface's font, and a label cut short still hovers to the whole title.
    assert canvas.font().pointSizeF() >= QApplication.font().pointSizeF()
    rect, index = labels[0]
    assert canvas.event_at(rect.center().x(), rect.center().y()) == index


def _help_at(canvas, x: float, y: float) -> str:
    position = QPoint(round(x), round(y))
    QApplication.sendEvent(canvas, QHelpEvent(QEvent.Type.ToolTip, position, canvas.mapToGlobal(position)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_hovering_a_marker_tells_its_date_title_and_document(window, qtbot):
    panel, canvas = _open(window, qtbot)
    dots = _dots(canvas)
    row = AXIS_HEIGHT + DOT_ROW
    empty_x = (dots[0][1] + dots[1][1]) / 2  # between the first two markers, far from both
    assert dots[1][1] - dots[0][1] > 200
    assert _help_at(canvas, empty_x, row + 12) == ""  # the control: nothing there, no tooltip
    index, x = dots[1]
    event = canvas.events[index]
    shown = _help_at(canvas, x, row)
    assert event.title in shown and event.document_title in shown and event.document in shown
    assert event.date[:4] in shown
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    assert _help_at(canvas, empty_x, row + 12) == ""


def test_in_one_lane_a_period_leaves_the_dots_on_it_visible(window, qtbot):
    panel, canvas = _open(window, qtbot)
    base = canvas.palette().color(QPalette.ColorRole.Base)
    [period] = [e for e in panel.shown if e.end_date and e.date == "1998"]
    first, last = canvas.values[panel.shown.index(period)]
    dots = _dots(canvas)
    row = AXIS_HEIGHT + DOT_ROW
    left, right, gap = canvas.x_of(first), canvas.x_of(last), 3 * MARKER_RADIUS
    # Dots well inside the period, with no other dot just beside them on one side (or both).
    inside = [(x, side) for _, x in dots if left + gap < x < right - gap for side in (-1, 1)
              if not any(0 < side * (other - x) < gap for _, other in dots)]
    assert inside, "the archive has dated events within 1998–2004"

    def visible(image, x: float, side: int) -> bool:
        """A dot shows against what is just past its edge (the period's bar covered it: the same blue)."""
        centre = image.pixelColor(round(x), round(row))
        beside = image.pixelColor(round(x + side * (MARKER_RADIUS + 3)), round(row))
        return _distance(centre, base) > 150 and _distance(centre, beside) > 150

    image = canvas.grab().toImage()
    assert all(visible(image, x, side) for x, side in inside)
    assert panel.select_event(period.id)  # selected, the period is drawn larger: the dots still show
    image = canvas.grab().toImage()
    assert all(visible(image, x, side) for x, side in inside)


def test_the_selected_events_details_have_room_for_several_lines(window, qtbot):
    panel, canvas = _open(window, qtbot, laptop=False)
    [arrest] = [e for e in panel.shown if e.title == "Kem Sokha arrested"]
    assert panel.select_event(arrest.id)
    assert "our leader Kem Sokha was arrested" in panel.details.toPlainText()
    details = panel.details
    qtbot.waitUntil(details.isVisible)
    assert details.viewport().height() >= 5 * details.fontMetrics().lineSpacing()


def test_many_lanes_scroll_in_a_low_timeline_and_follow_the_selection(window, qtbot):
    panel, canvas = _open(window, qtbot)
    panel.lanes.setCurrentText("By person")
    assert len(canvas.lanes) >= 5
    dock = window.timeline_dock
    window.resizeDocks([dock], [200], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: dock.height() <= max(200, dock.minimumSizeHint().height()))
    assert dock.height() < 250  # the lanes do not make the dock tall: they scroll
    area = panel.canvas_area
    assert area.viewport().height() < canvas.height()
    elsewhere = {i for lane in canvas.lanes[:-1] for i in lane.indices + lane.ranges}
    [only, *_] = [i for i in canvas.lanes[-1].indices if i not in elsewhere]  # in the last lane alone
    assert panel.select_event(panel.shown[only].id)
    top = canvas.mapTo(area.viewport(), QPoint(0, round(lane_top(len(canvas.lanes) - 1)))).y()
    assert 0 <= top and top + LANE_HEIGHT <= area.viewport().height()  # scrolled to the selected event
