"""The timeline panel: filters, the time axis, the selected event, edits, undo and export
(the event dialog is desktop/ui/event_dialog.py)."""

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QMenu, QScrollArea, QSplitter,
    QTextBrowser, QToolButton, QVBoxLayout, QWidget,
)

from desktop.export.safe_write import ExportError, write_atomically
from desktop.export.timeline_export import csv_bytes, timelinejs_bytes
from desktop.render.text import cited_where, visible_controls
from desktop.services.notices import DOCUMENTS, PEOPLE
from desktop.services.library import Library
from desktop.errors import NotFound
from desktop.store.timeline import EventError, TimelineEvent
from desktop.ui.event_dialog import EventDialog
from desktop.ui.jobs import TimelineLoader
from desktop.ui.timeline_canvas import (
    LANE_HEIGHT, TimelineCanvas, certainty_choices, date_line, entity_label, lane_choices, legend,
)
from desktop.ui.widgets import fill_filter_combo, named
from desktop.wording import number, say, say_n

MAX_LANES = 30
BACKGROUND_FROM = 20_000  # events; fewer are read at once
MAX_AT_ONCE = 100_000  # more than this: one person or organization at a time
DETAIL_LINES = 5  # the selected event's details show at least this many lines (then scroll)


class TimelinePanel(QWidget):
    """Emits ``passage_chosen(doc_id, start, end)`` when an event is selected."""

    passage_chosen = Signal(str, int, int)
    message = Signal(str)
    note_requested = Signal(object)  # the TimelineEvent

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self.library = library
        self.all_events: list[TimelineEvent] = []
        self.khmer_names: dict[str, str] = {}  # name → Khmer name, shown beside it
        self.shown: list[TimelineEvent] = []
        self.current: TimelineEvent | None = None

        self.loaded = False  # events are read when the panel is first shown
        self._loader: TimelineLoader | None = None
        self._pending = 0
        self.large = False
        self._build_filters()
        self._build_body()
        self._arrange()
        self._connect()

    # Layout (the widgets and where they sit) -------------------------------------------
    def _build_filters(self) -> None:
        self.text = named(QLineEdit(), "timelineText", say("TimelinePanel", "Filter events by text"))
        self.text.setPlaceholderText(say("TimelinePanel", "Filter events…"))
        self.text.setClearButtonEnabled(True)
        self.entity = named(QComboBox(), "timelineEntity", say("TimelinePanel", "Only events involving"))
        self.document_filter = named(QComboBox(), "timelineDocument", say("TimelinePanel", "Only events from document"))
        self.certainty = named(QComboBox(), "timelineCertainty", say("TimelinePanel", "Certainty"))
        self.lanes = named(QComboBox(), "timelineLanes", say("TimelinePanel", "Lanes"))
        for combo, choices in ((self.certainty, certainty_choices()), (self.lanes, lane_choices())):
            for label, data in choices:
                combo.addItem(label, data)
        for combo in (self.entity, self.document_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)

    def _build_body(self) -> None:
        self.canvas = TimelineCanvas()
        # Many lanes in a low dock: they scroll, the dock keeps its height.
        self.canvas_area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.canvas_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.canvas_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.canvas_area.setWidget(self.canvas)
        self.details = named(QTextBrowser(), "eventDetails", say("TimelinePanel", "Selected event"))
        self.details.setOpenLinks(False)
        self.details.setHtml(legend())
        self.count = named(QLabel(), "timelineCount")
        tips = ((say("TimelinePanel", "Edit…"), say("TimelinePanel", "Edit the selected event")),
                (say("TimelinePanel", "Delete"),
                 say("TimelinePanel", "Delete the selected event (an event found in a document is marked as not an "
                                      "event; Undo brings it back)")),
                (say("TimelinePanel", "Undo"), say("TimelinePanel", "Undo the last timeline change")),
                (say("TimelinePanel", "Note…"), say("TimelinePanel", "Write a note about the selected event")),
                (say("TimelinePanel", "Export ▾"), say("TimelinePanel", "Export the filtered timeline")))
        # Each tip is shown on hover and read out by screen readers.
        self.edit_button, self.delete_button, self.undo_button, self.note_button, self.export_button = (
            named(QToolButton(text=text, toolTip=tip), "", tip) for text, tip in tips)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(say("TimelinePanel", "TimelineJS JSON…"), lambda: self.export_dialog("json"))
        menu.addAction(say("TimelinePanel", "CSV…"), lambda: self.export_dialog("csv"))
        self.export_button.setMenu(menu)
        # The Delete key, on the time axis: the same as the Delete button.
        self.delete_action = QAction(say("TimelinePanel", "Delete"), self.canvas, objectName="timelineDelete")
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.canvas.addAction(self.delete_action)

    def _arrange(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.text, self.entity, self.document_filter, self.certainty, self.lanes, self.count):
            filters.addWidget(widget)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for widget in (self.edit_button, self.delete_button, self.undo_button, self.note_button, self.export_button):
            actions.addWidget(widget)
        # The selected event's details beside the time axis, not under it: the dock is wide and
        # low, so they get its whole height (and the axis its whole height too).
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addLayout(actions)
        side_layout.addWidget(self.details)
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * DETAIL_LINES
                                      + 2 * self.details.frameWidth() + 8)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.canvas_area)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.splitter)

    # Behaviour (what the widgets do) --------------------------------------------------------
    def _connect(self) -> None:
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.apply_filters)
        self.text.textChanged.connect(self._timer.start)
        self.entity.currentIndexChanged.connect(self._entity_changed)
        for combo in (self.document_filter, self.certainty, self.lanes):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.canvas.selected.connect(self._selected)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.delete_action.triggered.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo)
        self.note_button.clicked.connect(lambda: self.current and self.note_requested.emit(self.current))

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def on_notice(self, notice) -> None:
        """Events come from documents and name people: both change what is shown. (The panel's
        own edits reload where they are made, keeping the selection.)"""
        if notice.kind in (DOCUMENTS, PEOPLE) and self.loaded:
            self.reload()

    # Data ------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read events (after an import, a curation or an edit), keeping filters.

        Large timelines are read on a background thread, so the window never
        freezes; very large ones one person or organization at a time.
        """
        self.loaded = True
        self.khmer_names = self.library.timeline.khmer_names()
        total = self.library.timeline.count()
        self.large = total > MAX_AT_ONCE
        self.document_filter.setVisible(not self.large)
        if self.large:
            names = sorted({p.name for p in self.library.people.summaries()})
            fill_filter_combo(self.entity, say("TimelinePanel", "Choose a person or organization…"),
                              [(entity_label(n, self.khmer_names), n) for n in names])
            person = self.entity.currentData()
            if person is None:
                self._show_events([])
                self.count.setText(say_n("TimelinePanel", "{count} events: choose a person or organization", "", total))
                return
            self._load_in_background(person)
        elif total > BACKGROUND_FROM:
            self._load_in_background(None)
        else:
            self._show_events(self.library.timeline.events())

    def _load_in_background(self, person: str | None) -> None:
        if self._loader is None:
            self._loader = TimelineLoader(self.library, self)
            self._loader.loaded.connect(self._background_loaded)
        self.count.setText(say("TimelinePanel", "Reading events…"))
        self._pending = self._loader.request(person)

    def _entity_changed(self) -> None:
        if self.large:
            self.reload()  # read that person's events
        else:
            self.apply_filters()

    def _background_loaded(self, sequence: int, events) -> None:
        if sequence == self._pending and events is not None:
            self._show_events(events)

    def shutdown(self) -> None:
        if self._loader is not None:
            self._loader.shutdown()

    def _show_events(self, events: list[TimelineEvent]) -> None:
        self.all_events = events
        if not self.large:
            names = sorted({n for e in self.all_events for n in (*e.people, *e.organizations)})
            fill_filter_combo(self.entity, say("TimelinePanel", "Everyone"),
                              [(entity_label(n, self.khmer_names), n) for n in names])
        documents = sorted({(e.document, e.document_title) for e in self.all_events})
        fill_filter_combo(self.document_filter, say("TimelinePanel", "All documents"),
                          [(visible_controls(t), d) for d, t in documents])
        self.apply_filters()

    def filter_to(self, name: str) -> bool:
        self.ensure_loaded()
        index = self.entity.findData(name)
        if index < 0 and self.large:
            return False
        if index >= 0:
            self.entity.setCurrentIndex(index)
        return index >= 0

    def apply_filters(self) -> None:
        self._timer.stop()
        text = self.text.text().strip().casefold()
        entity, document = self.entity.currentData(), self.document_filter.currentData()
        certainty = self.certainty.currentData()
        self.shown = [
            e for e in self.all_events
            if (not text or text in f"{e.title}\n{e.quote}".casefold())
            and (entity is None or entity in e.people or entity in e.organizations)
            and (document is None or e.document == document)
            and (certainty is None or e.certainty == certainty)
        ]
        self.canvas.set_events(self.shown, self._lanes())
        shown, undated = len(self.shown), sum(1 for e in self.shown if not e.date)
        count = (say_n("TimelinePanel", "{count} events ({undated} undated)", "", shown) if undated
                 else say_n("TimelinePanel", "{count} events", "", shown))
        self.count.setText(count.format(undated=number(undated)))
        keep = self.current.id if self.current else None
        index = next((i for i, e in enumerate(self.shown) if e.id == keep), -1)
        if index >= 0:
            self.canvas.select(index, emit=False)
        else:
            self.current = None
            self.details.setHtml(legend())

    def _lanes(self) -> list[tuple[str, list[int]]]:
        mode = self.lanes.currentData()
        if mode == "one":
            return [(say("TimelinePanel", "All events"), list(range(len(self.shown))))]
        groups: dict[str, list[int]] = {}
        for i, event in enumerate(self.shown):
            if mode == "document":
                keys = [event.document_title]
            else:
                keys = event.people if mode == "person" else event.organizations
            for key in keys or [say("TimelinePanel", "(none)")]:
                groups.setdefault(key, []).append(i)
        ranked = sorted(groups.items(), key=lambda item: -len(item[1]))
        lanes = ranked[:MAX_LANES]
        rest = [i for _, indices in ranked[MAX_LANES:] for i in indices]
        if rest:
            more = len(ranked) - MAX_LANES
            lanes.append((say_n("TimelinePanel", "{count} more", "", more), sorted(set(rest))))
        return [(entity_label(label, self.khmer_names), indices) for label, indices in lanes]

    # Selection ---------------------------------------------------------------------
    def _selected(self, index: int) -> None:
        event = self.shown[index]
        self.current = event
        who = ", ".join(entity_label(n, self.khmer_names) for n in event.people + event.organizations)
        involved = say("TimelinePanel", "<p><b>Involved:</b> {who}</p>").format(who=escape(who)) if who else ""
        source = say("TimelinePanel", "<p><b>Source:</b> {title} ({document})</p>").format(
            title=escape(visible_controls(event.document_title)),
            document=escape(cited_where(event.document, event.page)))
        counted = say("TimelinePanel", "<p><b>Counted from:</b></p><blockquote>“{quote}”</blockquote>").format(
            quote=escape(" ".join(event.anchor_quote.split()))) if event.anchor_quote else ""  # a relative date
        self.details.setHtml(
            f"<h3>{escape(visible_controls(event.title))}</h3>{date_line(event)}"
            f"<blockquote>“{escape(' '.join(event.quote.split()))}”</blockquote>{counted}{involved}{source}"
        )
        centre = self.canvas.marker_centre(index)
        if centre is not None:  # its lane scrolled into view
            self.canvas_area.ensureVisible(round(centre.x()), round(centre.y()), 0, LANE_HEIGHT)
        self.passage_chosen.emit(event.document, event.start, event.end)

    def select_event(self, event_id: str) -> bool:
        self.ensure_loaded()
        index = next((i for i, e in enumerate(self.shown) if e.id == event_id), -1)
        if index >= 0:
            self.canvas.select(index)
        return index >= 0

    # Changes -------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.loaded:  # after the window has painted: start-up never waits for events
            QTimer.singleShot(0, self._load_if_shown)

    def _load_if_shown(self) -> None:
        if self.isVisible():
            self.ensure_loaded()

    def add_from_passage(self, document_id: str, start: int, end: int, quote: str) -> str | None:
        dialog = EventDialog(self, heading=say("TimelinePanel", "New event"), title=" ".join(quote.split())[:80])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        title, date, end_date = dialog.values()
        event_id = self.library.timeline.add(document_id, start, end, title, date, end_date)
        self.reload()
        self.select_event(event_id)
        self.message.emit(say("TimelinePanel", "Event added"))
        return event_id

    def edit_current(self) -> None:
        event = self.current
        if event is None:
            return
        heading = say("TimelinePanel", "Edit event")
        dialog = EventDialog(self, event.title, event.date or "", event.end_date or "", heading=heading)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.library.timeline.edit(event.id, *dialog.values())
        self.reload()
        self.select_event(event.id)
        self.message.emit(say("TimelinePanel", "Event changed"))

    def delete_current(self) -> None:
        """Delete the selected event; one found in a document is marked as not an event."""
        event = self.current
        if event is None:
            return
        try:
            self.library.timeline.delete(event.id)
        except (EventError, NotFound) as error:
            self.message.emit(str(error))
            return
        self.current = None
        self.reload()
        self.message.emit(say("TimelinePanel", "Event deleted") if event.source == "user"
                          else say("TimelinePanel", "Marked as not an event"))

    def undo(self) -> None:
        self.ensure_loaded()
        restored = self.library.timeline.undo()
        self.reload()
        if restored:
            self.select_event(restored)
        self.message.emit(say("TimelinePanel", "Undone") if restored else say("TimelinePanel", "Nothing to undo"))

    # Export --------------------------------------------------------------------------
    def export_to(self, path: Path, kind: str) -> Path:
        """Write the filtered timeline to ``path`` safely (TimelineJS JSON or CSV)."""
        self.ensure_loaded()
        data = timelinejs_bytes(self.shown) if kind == "json" else csv_bytes(self.shown)
        return write_atomically(path, data)

    def export_dialog(self, kind: str) -> None:
        suffix = "json" if kind == "json" else "csv"
        name, _ = QFileDialog.getSaveFileName(
            self, say("TimelinePanel", "Export timeline"), f"timeline.{suffix}", f"{suffix.upper()} (*.{suffix})",
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if not name:
            return
        try:
            path = self.export_to(Path(name), kind)
        except ExportError as error:
            self.message.emit(str(error))
            return
        shown = len(self.shown)
        self.message.emit(say_n("TimelinePanel", "Exported {count} events to {path}", "", shown).format(path=path))
