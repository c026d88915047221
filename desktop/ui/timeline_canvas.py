"""The time axis: events as markers in lanes, zoomable from decades down to days.

Only what is visible is drawn: each lane keeps its events sorted by time and
the visible slice is found by bisection, so 10,000 events stay smooth.
"""

import bisect
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.render.text import cited_where, plain_tooltip, visible_controls
from desktop.store.timeline import TimelineEvent
from desktop.ui.timeline_paint import (  # noqa: F401 (the geometry and axis labels, as tests know them)
    AXIS_HEIGHT, BAR_ROW, DAYS_PER_YEAR, DOT_ROW, LABEL_WIDTH, LANE_HEIGHT, MARKER_RADIUS, lane_top, paint_canvas,
    tick_label,
)
from desktop.wording import date_text, say

MIN_SCALE, MAX_SCALE = 2.0, 365.0 * 400  # pixels per year: centuries down to single days
STEP = 1.25  # zoom factor per +/- step


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


def when(event: TimelineEvent) -> str:
    """An event's date, or its period's first and last."""
    text = date_text(event.date) if event.date else say("TimelineCanvas", "undated")
    if event.end_date:
        text = say("TimelineCanvas", "{start} – {end}").format(start=text, end=date_text(event.end_date))
    return text


def date_line(event: TimelineEvent) -> str:
    """When, how certain and how precise the date is, and where the event comes from."""
    certainty = {"stated": say("TimelineCanvas", "stated"), "inferred": say("TimelineCanvas", "inferred"),
                 "approximate": say("TimelineCanvas", "approximate")}.get(event.certainty, event.certainty)
    precision = {"day": say("TimelineCanvas", "day"), "month": say("TimelineCanvas", "month"),
                 "year": say("TimelineCanvas", "year")}.get(event.precision or "", event.precision)
    if event.source == "user":
        origin = say("TimelineCanvas", "your event")
    else:
        origin = (say("TimelineCanvas", "extracted, edited by you") if event.edited
                  else say("TimelineCanvas", "extracted"))
    if precision:
        line = say("TimelineCanvas", "<p><b>{when}</b> — date {certainty}, {precision} precision · {origin}</p>")
    else:
        line = say("TimelineCanvas", "<p><b>{when}</b> — date {certainty} · {origin}</p>")
    return line.format(when=escape(when(event)), certainty=escape(certainty), precision=escape(precision or ""),
                       origin=origin)


def tooltip(event: TimelineEvent) -> str:
    """What hovering a marker shows: when, what, and the document it comes from."""
    where = f"{event.document_title} ({cited_where(event.document, event.page)})"
    return plain_tooltip("\n".join((when(event), " ".join(event.title.split()), where)))


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
        self.label_width = LABEL_WIDTH  # the lanes' names: as wide as the widest, at most LABEL_WIDTH
        self.fitted = True  # showing everything, and so again when resized (until zoomed or moved)
        self.labels: list[tuple[QRectF, int]] = []  # the titles drawn beside markers, by the last paint
        self.titles: dict[int, tuple[str, int]] = {}  # event index → its label and the label's width

    # Data ---------------------------------------------------------------------
    def set_events(self, events: list[TimelineEvent], lanes: list[tuple[str, list[int]]]) -> None:
        self.events = events
        self.titles = {}
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
        widest = max((self.fontMetrics().horizontalAdvance(lane.label) for lane in self.lanes), default=0)
        self.label_width = min(LABEL_WIDTH, widest + 16)  # one lane: the time axis keeps the width
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
        self.fitted = True
        self.update()

    # Geometry -----------------------------------------------------------------
    def plot_width(self) -> float:
        return max(100.0, self.width() - self.label_width)

    def x_of(self, value: float) -> float:
        return self.label_width + self.plot_width() / 2 + (value - self.center) * self.scale

    def value_at(self, x: float) -> float:
        return self.center + (x - self.label_width - self.plot_width() / 2) / self.scale

    def visible_range(self) -> tuple[float, float]:
        return self.value_at(self.label_width), self.value_at(self.width())

    def zoom(self, factor: float, around: float | None = None) -> None:
        around = self.center if around is None else around
        scale = min(MAX_SCALE, max(MIN_SCALE, self.scale * factor))
        self.center = around + (self.center - around) * self.scale / scale
        self.scale = scale
        self.fitted = False
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
                self.center, self.fitted = value, False
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

    def marker_centre(self, index: int) -> QPointF | None:
        """Where an event's marker is, in the first lane that has it (a period: its start)."""
        if not 0 <= index < len(self.values) or not self.values[index]:
            return None
        for number, lane in enumerate(self.lanes):
            if index in lane.ranges:
                return QPointF(self.x_of(self.values[index][0]), lane_top(number) + BAR_ROW)
            if index in lane.indices:
                return QPointF(self.x_of(self.values[index][0]), lane_top(number) + DOT_ROW)
        return None

    def event_at(self, x: float, y: float) -> int:
        """The event under (x, y): on a lane's lower row its periods come first, elsewhere its
        points; then the label drawn there."""
        lane = int((y - AXIS_HEIGHT) // LANE_HEIGHT)
        if not 0 <= lane < len(self.lanes):
            return -1
        value = self.value_at(x)
        tolerance = (MARKER_RADIUS + 3) / self.scale
        info = self.lanes[lane]
        lo = bisect.bisect_left(info.starts, value - tolerance)
        point, best_distance = -1, None
        for i in info.indices[lo:bisect.bisect_right(info.starts, value + tolerance)]:
            distance = abs(value - self.values[i][0])
            if best_distance is None or distance < best_distance:
                point, best_distance = i, distance
        period = next((i for i in info.ranges
                       if self.values[i][0] - tolerance <= value <= self.values[i][1] + tolerance), -1)
        first, second = (period, point) if y - lane_top(lane) > DOT_ROW + MARKER_RADIUS + 2 else (point, period)
        if first >= 0 or second >= 0:
            return first if first >= 0 else second
        return next((i for rect, i in self.labels if rect.contains(x, y)), -1)

    # Painting and hover (desktop/ui/timeline_paint.py draws) ------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        paint_canvas(self, painter)
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.fitted:  # the timeline is first filled before its dock has its size
            self.fit()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:  # labels measured in the old font
            self.titles = {}
        super().changeEvent(event)

    def event(self, event) -> bool:  # Qt override
        if event.type() == QEvent.Type.ToolTip:  # hovering a marker: its date, title and document
            index = self.event_at(event.pos().x(), event.pos().y())
            if index >= 0:
                QToolTip.showText(event.globalPos(), tooltip(self.events[index]), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

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
            self.fitted = self.fitted and self.center == start_center
            self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._drag = None
