"""The time axis: events as markers in lanes, zoomable from decades down to days.

Only what is visible is drawn: each lane keeps its events sorted by time and
the visible slice is found by bisection, so 10,000 events stay smooth.
"""

import bisect
import calendar
import math
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from desktop.render.text import visible_controls
from desktop.store.timeline import TimelineEvent
from desktop.wording import date_text, digits, say

LANE_HEIGHT = 34
AXIS_HEIGHT = 28
LABEL_WIDTH = 150
MARKER_RADIUS = 5
MIN_SCALE, MAX_SCALE = 2.0, 365.0 * 400  # pixels per year: centuries down to single days
STEP = 1.25  # zoom factor per +/- step
DAYS_PER_YEAR = 365.2425
TICK_STEPS = (1 / DAYS_PER_YEAR, 7 / DAYS_PER_YEAR, 1 / 12, 0.25, 1, 2, 5, 10, 20, 50, 100)  # in years


def date_value(date: str) -> float:
    """A partial ISO date as a point in years (the start of its period)."""
    parts = [int(p) for p in date.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 1
    day = parts[2] if len(parts) > 2 else 1
    return year + (month - 1) / 12 + (day - 1) / DAYS_PER_YEAR


def period_end(date: str) -> float:
    """The end of the period a partial date names (a year, a month or a day)."""
    parts = date.split("-")
    if len(parts) == 1:
        return int(parts[0]) + 1
    if len(parts) == 2:
        return date_value(date) + 1 / 12
    return date_value(date) + 1 / DAYS_PER_YEAR


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


# The timeline's words: the choices of what to show, the legend, an event's date ---------------
def certainty_choices() -> list[tuple[str, str | None]]:
    return [(say("TimelineCanvas", "Any certainty"), None), (say("TimelineCanvas", "Stated"), "stated"),
            (say("TimelineCanvas", "Inferred"), "inferred"), (say("TimelineCanvas", "Approximate"), "approximate")]


def lane_choices() -> list[tuple[str, str]]:
    return [(say("TimelineCanvas", "One lane"), "one"), (say("TimelineCanvas", "By person"), "person"),
            (say("TimelineCanvas", "By organization"), "organization"),
            (say("TimelineCanvas", "By document"), "document")]


def entity_label(name: str, khmer_names: dict[str, str]) -> str:
    """A person's or organization's name as the timeline lists it: with the Khmer name, if known."""
    if name in khmer_names:
        name = say("TimelineCanvas", "{name} ({khmer_name})").format(name=name, khmer_name=khmer_names[name])
    return visible_controls(name)


def legend() -> str:
    return say("TimelineCanvas", "<p>Select an event to see its source. Arrow keys move between events; "
                                 "+ and − zoom; Home shows everything.</p><p>Filled markers: stated dates. "
                                 "Squares: dates inferred from context. Rings: approximate dates. Bars: periods.</p>")


def date_line(event: TimelineEvent) -> str:
    """When, how certain and how precise the date is, and where the event comes from."""
    when = date_text(event.date) if event.date else say("TimelineCanvas", "undated")
    if event.end_date:
        when = say("TimelineCanvas", "{start} – {end}").format(start=when, end=date_text(event.end_date))
    certainty = {"stated": say("TimelineCanvas", "stated"), "inferred": say("TimelineCanvas", "inferred"),
                 "approximate": say("TimelineCanvas", "approximate")}.get(event.certainty, event.certainty)
    precision = {"day": say("TimelineCanvas", "day"), "month": say("TimelineCanvas", "month"),
                 "year": say("TimelineCanvas", "year")}.get(event.precision or "", event.precision)
    if event.source == "user":
        origin = say("TimelineCanvas", "your event")
    else:
        origin = say("TimelineCanvas", "extracted, edited by you") if event.edited else say("TimelineCanvas", "extracted")
    if precision:
        line = say("TimelineCanvas", "<p><b>{when}</b> — date {certainty}, {precision} precision · {origin}</p>")
    else:
        line = say("TimelineCanvas", "<p><b>{when}</b> — date {certainty} · {origin}</p>")
    return line.format(when=escape(when), certainty=escape(certainty), precision=escape(precision or ""),
                       origin=origin)



@dataclass
class _Lane:
    label: str
    indices: list[int]   # single-date event indices, sorted by start value
    starts: list[float]
    certainties: list[str]
    ranges: list[int]    # events with an end date (periods), drawn as bars


class TimelineCanvas(QWidget):
    """Emits ``selected(index)`` (into the events given) when the selection changes."""

    selected = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineCanvas")
        self.setAccessibleName(say("TimelineCanvas", "Timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(AXIS_HEIGHT + LANE_HEIGHT * 2)
        self.events: list[TimelineEvent] = []
        self.values: list[tuple[float, float] | None] = []
        self.lanes: list[_Lane] = []
        self.order: list[int] = []  # dated events by time, for arrow keys
        self.current = -1
        self.center, self.scale = 2000.0, 8.0
        self._drag: tuple[float, float] | None = None

    # Data ---------------------------------------------------------------------
    def set_events(self, events: list[TimelineEvent], lanes: list[tuple[str, list[int]]]) -> None:
        self.events = events
        self.values = [(date_value(e.date), period_end(e.end_date or e.date)) if e.date else None
                       for e in events]
        self.lanes = []
        for label, indices in lanes:
            dated = sorted((i for i in indices if self.values[i]), key=lambda i: self.values[i][0])
            points = [i for i in dated if not events[i].end_date]
            self.lanes.append(_Lane(label, points, [self.values[i][0] for i in points],
                                    [events[i].certainty for i in points],
                                    [i for i in dated if events[i].end_date]))
        self.order = sorted((i for i, v in enumerate(self.values) if v), key=lambda i: self.values[i][0])
        self.current = -1
        self.setMinimumHeight(AXIS_HEIGHT + LANE_HEIGHT * max(1, len(self.lanes)) + 8)
        self.fit()

    def fit(self) -> None:
        """Show every dated event."""
        if not self.order:
            self.update()
            return
        first = self.values[self.order[0]][0]
        last = max(v[1] for v in self.values if v)
        span = max(last - first, 1 / 12)
        self.scale = min(MAX_SCALE, max(MIN_SCALE, (self.plot_width() - 40) / span))
        self.center = (first + last) / 2
        self.update()

    # Geometry -----------------------------------------------------------------
    def plot_width(self) -> float:
        return max(100.0, self.width() - LABEL_WIDTH)

    def x_of(self, value: float) -> float:
        return LABEL_WIDTH + self.plot_width() / 2 + (value - self.center) * self.scale

    def value_at(self, x: float) -> float:
        return self.center + (x - LABEL_WIDTH - self.plot_width() / 2) / self.scale

    def visible_range(self) -> tuple[float, float]:
        return self.value_at(LABEL_WIDTH), self.value_at(self.width())

    def zoom(self, factor: float, around: float | None = None) -> None:
        around = self.center if around is None else around
        scale = min(MAX_SCALE, max(MIN_SCALE, self.scale * factor))
        self.center = around + (self.center - around) * self.scale / scale
        self.scale = scale
        self.update()

    # Selection ------------------------------------------------------------------
    def select(self, index: int, emit: bool = True) -> None:
        if not 0 <= index < len(self.events):
            return
        self.current = index
        if self.values[index]:
            start, end = self.visible_range()
            value = self.values[index][0]
            if not start <= value <= end:
                self.center = value
        self.update()
        if emit:
            self.selected.emit(index)

    def step(self, forward: bool) -> None:
        if not self.order:
            return
        if self.current not in self.order:
            self.select(self.order[0 if forward else -1])
            return
        position = self.order.index(self.current) + (1 if forward else -1)
        self.select(self.order[max(0, min(len(self.order) - 1, position))])

    def event_at(self, x: float, y: float) -> int:
        lane = int((y - AXIS_HEIGHT) // LANE_HEIGHT)
        if not 0 <= lane < len(self.lanes):
            return -1
        value = self.value_at(x)
        tolerance = (MARKER_RADIUS + 3) / self.scale
        info = self.lanes[lane]
        lo = bisect.bisect_left(info.starts, value - tolerance)
        best, best_distance = -1, None
        for i in info.indices[lo:bisect.bisect_right(info.starts, value + tolerance)]:
            distance = abs(value - self.values[i][0])
            if best_distance is None or distance < best_distance:
                best, best_distance = i, distance
        if best < 0:
            for i in info.ranges:
                start, end = self.values[i]
                if start - tolerance <= value <= end + tolerance:
                    return i
        return best

    # Painting -------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_axis(painter, palette)
        for number, lane in enumerate(self.lanes):
            self._paint_lane(painter, palette, number, lane)
        if self.hasFocus():  # a frame only: the markers' brush must not fill the whole canvas
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def _tick_step(self) -> float:
        """The finest step whose labels do not overlap (a month's name is wider than a year)."""
        metrics = self.fontMetrics()
        for step in TICK_STEPS:
            if step * self.scale >= 70:
                # The widest label of the step: each month at the end of its 28th day, in year 2000.
                samples = [2000.0] if step >= 1 else [2000 + m / 12 + 27 / DAYS_PER_YEAR for m in range(12)]
                if step * self.scale >= max(metrics.horizontalAdvance(tick_label(v, step)) for v in samples) + 12:
                    return step
        return 200

    def _paint_axis(self, painter: QPainter, palette: QPalette) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        grid = palette.color(QPalette.ColorRole.Mid)
        step = self._tick_step()
        start, end = self.visible_range()
        value = math.floor(start / step) * step
        painter.setPen(QPen(text))
        while value <= end:
            x = self.x_of(value)
            if x >= LABEL_WIDTH:
                painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(x, AXIS_HEIGHT - 4), QPointF(x, self.height()))
                painter.setPen(QPen(text))
                painter.drawText(QPointF(x + 3, AXIS_HEIGHT - 9), tick_label(value, step))
            value += step

    def _paint_lane(self, painter: QPainter, palette: QPalette, number: int, lane: _Lane) -> None:
        top = AXIS_HEIGHT + number * LANE_HEIGHT
        middle = top + LANE_HEIGHT / 2
        if number % 2:
            painter.fillRect(QRectF(0, top, self.width(), LANE_HEIGHT), palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Text)))
        label = painter.fontMetrics().elidedText(lane.label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 8)
        painter.drawText(QRectF(4, top, LABEL_WIDTH - 8, LANE_HEIGHT), Qt.AlignmentFlag.AlignVCenter, label)
        accent = palette.color(QPalette.ColorRole.Highlight)
        start, end = self.visible_range()
        bars: dict[str, list[QRectF]] = {"stated": [], "inferred": [], "approximate": []}
        for i in lane.ranges:  # periods as bars, one call per certainty
            first, last = self.values[i]
            if last >= start and first <= end:
                left, right = max(self.x_of(first), LABEL_WIDTH - 2.0), min(self.x_of(last), self.width() + 2.0)
                bars[self.events[i].certainty].append(QRectF(left, middle - 5, max(4.0, right - left), 10))
        for certainty, rects in bars.items():
            if rects:
                color = QColor(accent)
                color.setAlpha({"stated": 200, "inferred": 120, "approximate": 50}[certainty])
                pen = QPen(accent.darker(130), 1,
                           Qt.PenStyle.DashLine if certainty == "approximate" else Qt.PenStyle.SolidLine)
                painter.setPen(pen)
                painter.setBrush(color)
                painter.drawRects(rects)
        # Points, grouped by certainty and drawn in one call per group; one
        # marker per pixel column, so dense decades cost no more than the width.
        lo, hi = bisect.bisect_left(lane.starts, start), bisect.bisect_right(lane.starts, end)
        offset = LABEL_WIDTH + self.plot_width() / 2 - self.center * self.scale
        groups: dict[str, list[QPointF]] = {"stated": [], "inferred": [], "approximate": []}
        seen: set[int] = set()
        scale = self.scale
        for value, certainty in zip(lane.starts[lo:hi], lane.certainties[lo:hi]):
            x = offset + value * scale
            column = int(x) // 2
            if column not in seen:
                seen.add(column)
                groups[certainty].append(QPointF(x, middle))
        diameter = MARKER_RADIUS * 2
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
        if self.current in lane.indices or self.current in lane.ranges:
            value = self.values[self.current][0]
            if start <= value <= end or self.current in lane.ranges:
                self._paint_marker(painter, accent, self.current, self.x_of(value), middle)

    def _style(self, painter: QPainter, accent: QColor, index: int) -> None:
        certainty = self.events[index].certainty
        color = QColor(accent)
        pen = QPen(color.darker(130), 2 if index == self.current else 1.2)
        if certainty == "approximate":
            pen.setStyle(Qt.PenStyle.DashLine)
            color.setAlpha(60)
        elif certainty == "inferred":
            color.setAlpha(110)
        if index == self.current:
            dark_background = self.palette().color(QPalette.ColorRole.Base).lightness() <= 128
            pen.setColor(QColor("white") if dark_background else QColor("black"))
        painter.setPen(pen)
        painter.setBrush(QBrush(color))

    def _paint_marker(self, painter: QPainter, accent: QColor, index: int, x: float, y: float) -> None:
        """The selected event, drawn larger and outlined."""
        if self.events[index].end_date:
            first, last = self.values[index]
            self._paint_range(painter, accent, index, self.x_of(first), self.x_of(last), y)
            return
        self._style(painter, accent, index)
        radius = MARKER_RADIUS + 2
        if self.events[index].certainty == "inferred":
            painter.drawRect(QRectF(x - radius, y - radius, radius * 2, radius * 2))
        else:
            painter.drawEllipse(QPointF(x, y), radius, radius)

    def _paint_range(self, painter: QPainter, accent: QColor, index: int, x1: float, x2: float, y: float) -> None:
        left, right = max(x1, LABEL_WIDTH - 2.0), min(x2, self.width() + 2.0)
        if right < LABEL_WIDTH:
            return
        self._style(painter, accent, index)
        painter.drawRoundedRect(QRectF(left, y - 6, max(4.0, right - left), 12), 4, 4)

    # Input ----------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key == Qt.Key.Key_Right:
            self.step(True)
        elif key == Qt.Key.Key_Left:
            self.step(False)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(STEP, self.values[self.current][0] if self.current >= 0 and self.values[self.current] else None)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / STEP)
        elif key == Qt.Key.Key_Home:
            self.fit()
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        factor = STEP if event.angleDelta().y() > 0 else 1 / STEP
        self.zoom(factor, self.value_at(event.position().x()))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.setFocus()
        index = self.event_at(event.position().x(), event.position().y())
        if index >= 0:
            self.select(index)
        self._drag = (event.position().x(), self.center)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._drag is not None:
            start_x, start_center = self._drag
            self.center = start_center - (event.position().x() - start_x) / self.scale
            self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._drag = None
