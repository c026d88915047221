"""Drawing the time axis (desktop/ui/timeline_canvas.py): the ticks, and in each lane its
periods, its points, their labels and the selected event.

Periods have a row of their own beneath the points, so a dot that falls within a long period
stays visible. A label goes beside its marker only when it fits before the next marker.
"""

import bisect
import calendar
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen

from desktop.render.text import visible_controls
from desktop.wording import date_text, digits

LANE_HEIGHT = 34
AXIS_HEIGHT = 28
LABEL_WIDTH = 150
MARKER_RADIUS = 5
DOT_ROW = 13  # a lane's points: their centre, below the lane's top
BAR_ROW = 28  # its periods' centre: beneath the points, never over them
LABEL_GAP = 4  # between a marker and its label, and before the next marker
MIN_LABEL, MAX_LABEL = 40, 200  # a label narrower than the first says nothing: it is left out
CERTAINTIES = ("stated", "inferred", "approximate")
DAYS_PER_YEAR = 365.2425
TICK_STEPS = (1 / DAYS_PER_YEAR, 7 / DAYS_PER_YEAR, 1 / 12, 0.25, 1, 2, 5, 10, 20, 50, 100)  # in years


def tick_label(value: float, step: float) -> str:
    """The axis label at ``value``: its year, month or day, in the interface's words and digits."""
    if step >= 1:
        return digits(str(math.floor(value + 1e-9)))
    months = math.floor(value * 12 + 1e-6)
    year, month = divmod(months, 12)
    if step >= 1 / 12 - 1e-9:
        return date_text(f"{year:04d}-{month + 1:02d}")
    days = (31, 29 if calendar.isleap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month]
    day = min(days, math.floor((value - months / 12) * DAYS_PER_YEAR + 1e-6) + 1)
    return date_text(f"{year:04d}-{month + 1:02d}-{max(1, day):02d}")


def tick_step(canvas) -> float:
    """The finest step whose labels do not overlap (a month's name is wider than a year)."""
    metrics = canvas.fontMetrics()
    for step in TICK_STEPS:
        if step * canvas.scale >= 70:
            # The widest label of the step: each month at the end of its 28th day, in year 2000.
            samples = [2000.0] if step >= 1 else [2000 + m / 12 + 27 / DAYS_PER_YEAR for m in range(12)]
            if step * canvas.scale >= max(metrics.horizontalAdvance(tick_label(v, step)) for v in samples) + 12:
                return step
    return 200


def lane_top(number: int) -> float:
    return AXIS_HEIGHT + number * LANE_HEIGHT


def place_labels(items: list[tuple[float, float, int]], right: float) -> list[tuple[float, float, int]]:
    """Where labels fit: ``items`` are the markers on a row as (left edge, right edge, event
    index), sorted by left edge. A label starts after every marker before it and ends before
    the next one (or at ``right``), so none covers another label or a marker; one with too
    little room is left out. Returns (left, room, index) for the labels that fit."""
    placed = []
    reached = -math.inf  # the right edge of the markers so far
    last = len(items) - 1
    for number, (_, edge, index) in enumerate(items):
        if edge > reached:
            reached = edge
        end = items[number + 1][0] if number < last else right + LABEL_GAP
        room = end - reached - 2 * LABEL_GAP
        if room >= MIN_LABEL:
            placed.append((reached + LABEL_GAP, room if room < MAX_LABEL else MAX_LABEL, index))
    return placed


def paint_canvas(canvas, painter: QPainter) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    palette = canvas.palette()
    painter.fillRect(canvas.rect(), palette.color(QPalette.ColorRole.Base))
    _paint_axis(canvas, painter, palette)
    canvas.labels = []
    for number, lane in enumerate(canvas.lanes):
        _paint_lane(canvas, painter, palette, number, lane)
    if canvas.hasFocus():  # a frame only: the markers' brush must not fill the whole canvas
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(canvas.rect().adjusted(0, 0, -1, -1))


def _paint_axis(canvas, painter: QPainter, palette: QPalette) -> None:
    text = palette.color(QPalette.ColorRole.Text)
    grid = palette.color(QPalette.ColorRole.Mid)
    step = tick_step(canvas)
    start, end = canvas.visible_range()
    value = math.floor(start / step) * step
    painter.setPen(QPen(text))
    while value <= end:
        x = canvas.x_of(value)
        if x >= canvas.label_width:
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 4), QPointF(x, canvas.height()))
            painter.setPen(QPen(text))
            painter.drawText(QPointF(x + 3, AXIS_HEIGHT - 9), tick_label(value, step))
        value += step


def _paint_lane(canvas, painter: QPainter, palette: QPalette, number: int, lane) -> None:
    top = lane_top(number)
    if number % 2:
        painter.fillRect(QRectF(0, top, canvas.width(), LANE_HEIGHT), palette.color(QPalette.ColorRole.AlternateBase))
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Text)))
    label = painter.fontMetrics().elidedText(lane.label, Qt.TextElideMode.ElideRight, canvas.label_width - 8)
    painter.drawText(QRectF(4, top + DOT_ROW - LANE_HEIGHT / 2, canvas.label_width - 8, LANE_HEIGHT),
                     Qt.AlignmentFlag.AlignVCenter, label)  # level with the points
    accent = palette.color(QPalette.ColorRole.Highlight)
    periods = _paint_periods(canvas, painter, accent, lane, top + BAR_ROW)
    points = _paint_points(canvas, painter, palette, lane, top + DOT_ROW)
    _paint_labels(canvas, painter, palette, sorted(periods + points), top)
    if canvas.current in lane.indices or canvas.current in lane.ranges:
        value = canvas.values[canvas.current][0]
        start, end = canvas.visible_range()
        if start <= value <= end or canvas.current in lane.ranges:
            paint_selected(canvas, painter, accent, canvas.current, canvas.x_of(value), top)


def _paint_periods(canvas, painter: QPainter, accent: QColor, lane, y: float) -> list[tuple[float, float, int]]:
    """Periods as bars, one call per certainty; returns their left ends as markers to label."""
    start, end = canvas.visible_range()
    bars: dict[str, list[QRectF]] = {certainty: [] for certainty in CERTAINTIES}
    starts, edge = [], canvas.label_width
    for i in lane.ranges:
        first, last = canvas.values[i]
        if last >= start and first <= end:
            left, right = max(canvas.x_of(first), edge - 2.0), min(canvas.x_of(last), canvas.width() + 2.0)
            bars[canvas.events[i].certainty].append(QRectF(left, y - 3, max(4.0, right - left), 6))
            starts.append((max(left, edge), max(left, edge) - LABEL_GAP + 2, i))  # no dot for its label to pass
    for certainty, rects in bars.items():
        if rects:
            color = QColor(accent)
            color.setAlpha({"stated": 200, "inferred": 120, "approximate": 50}[certainty])
            pen = QPen(accent.darker(130), 1,
                       Qt.PenStyle.DashLine if certainty == "approximate" else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(color)
            painter.drawRects(rects)
    return starts


def _paint_points(canvas, painter: QPainter, palette: QPalette, lane, y: float) -> list[tuple[float, float, int]]:
    """Points, grouped by certainty and drawn in one call per group; one marker per pixel
    column, so dense decades cost no more than the width. Returns the markers to label."""
    start, end = canvas.visible_range()
    lo, hi = bisect.bisect_left(lane.starts, start), bisect.bisect_right(lane.starts, end)
    offset = canvas.label_width + canvas.plot_width() / 2 - canvas.center * canvas.scale
    groups: dict[str, list[QPointF]] = {certainty: [] for certainty in CERTAINTIES}
    drawn = []
    last_column = None
    scale = canvas.scale
    for value, certainty, index in zip(lane.starts[lo:hi], lane.certainties[lo:hi], lane.indices[lo:hi]):
        x = offset + value * scale
        column = int(x) // 2
        if column != last_column:  # sorted by time: a repeated column is the one just drawn
            last_column = column
            groups[certainty].append(QPointF(x, y))
            drawn.append((x - MARKER_RADIUS - 1, x + MARKER_RADIUS + 1, index))
    diameter = MARKER_RADIUS * 2
    accent = palette.color(QPalette.ColorRole.Highlight)
    stated = QPen(accent, diameter, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    inferred_color = QColor(accent)
    inferred_color.setAlpha(150)
    inferred = QPen(inferred_color, diameter - 1, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap)
    ring_inner = QPen(palette.color(QPalette.ColorRole.Base), diameter - 4, Qt.PenStyle.SolidLine,
                      Qt.PenCapStyle.RoundCap)
    # Thousands of small dots: drawn without antialiasing, which costs more than it shows.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for pen, points in ((stated, groups["stated"]), (inferred, groups["inferred"]),
                        (stated, groups["approximate"]), (ring_inner, groups["approximate"])):
        if points:
            painter.setPen(pen)
            painter.drawPoints(points)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    return drawn


def _paint_labels(canvas, painter: QPainter, palette: QPalette, items: list, top: float) -> None:
    """Each marker's title beside it, on the points' row, where it fits (``canvas.labels``
    keeps what was drawn: the rectangle and the event)."""
    metrics = painter.fontMetrics()
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Text)))
    height = metrics.height()
    y = top + DOT_ROW - height / 2
    baseline = y + (height + metrics.ascent() - metrics.descent()) / 2
    titles = canvas.titles  # each title as shown and its width, measured once
    for left, room, index in place_labels(items, canvas.width() - 2.0):
        if index not in titles:
            title = " ".join(visible_controls(canvas.events[index].title).split())
            titles[index] = (title, metrics.horizontalAdvance(title))
        text, width = titles[index]
        if width > room:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room))
            if not text or text == "…":
                continue
            width = metrics.horizontalAdvance(text)
        painter.drawText(QPointF(left, baseline), text)
        canvas.labels.append((QRectF(left, y, width + 1, height), index))


def _style(canvas, painter: QPainter, accent: QColor, index: int) -> None:
    certainty = canvas.events[index].certainty
    color = QColor(accent)
    pen = QPen(color.darker(130), 2 if index == canvas.current else 1.2)
    if certainty == "approximate":
        pen.setStyle(Qt.PenStyle.DashLine)
        color.setAlpha(60)
    elif certainty == "inferred":
        color.setAlpha(110)
    if index == canvas.current:
        dark_background = canvas.palette().color(QPalette.ColorRole.Base).lightness() <= 128
        pen.setColor(QColor("white") if dark_background else QColor("black"))
    painter.setPen(pen)
    painter.setBrush(QBrush(color))


def paint_selected(canvas, painter: QPainter, accent: QColor, index: int, x: float, top: float) -> None:
    """The selected event, drawn larger and outlined: a point on the points' row, a period on
    the periods' row."""
    if canvas.events[index].end_date:
        first, last = canvas.values[index]
        edge = canvas.label_width
        left, right = max(canvas.x_of(first), edge - 2.0), min(canvas.x_of(last), canvas.width() + 2.0)
        if right >= edge:
            _style(canvas, painter, accent, index)
            painter.drawRoundedRect(QRectF(left, top + BAR_ROW - 4, max(4.0, right - left), 8), 3, 3)
        return
    _style(canvas, painter, accent, index)
    radius = MARKER_RADIUS + 2
    y = top + DOT_ROW
    if canvas.events[index].certainty == "inferred":
        painter.drawRect(QRectF(x - radius, y - radius, radius * 2, radius * 2))
    else:
        painter.drawEllipse(QPointF(x, y), radius, radius)
