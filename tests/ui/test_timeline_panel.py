"""The timeline panel in the real window."""

import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from desktop.ui import timeline_panel as timeline_module
from desktop.ui.timeline_canvas import AXIS_HEIGHT, LANE_HEIGHT

GFW = "002_46b7dbb94abd75ab"


def test_filter_to_one_person_select_an_event_and_land_on_the_passage(window, qtbot):
    panel = window.timeline_panel
    assert panel.filter_to("Kem Sokha")
    assert panel.shown and all("Kem Sokha" in e.people for e in panel.shown)
    arrest = next(i for i, e in enumerate(panel.shown) if e.title == "Kem Sokha arrested")
    # Click the marker with the mouse.
    canvas = panel.canvas
    x = canvas.x_of(canvas.values[arrest][0])
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(AXIS_HEIGHT + LANE_HEIGHT / 2)))
    assert panel.current.title == "Kem Sokha arrested"
    assert "our leader Kem Sokha was arrested" in panel.details.toPlainText()
    qtbot.waitUntil(lambda: window.reader.view.hit is not None)
    assert window.reader.document.info.id == "000_38d99342b0af7827"
    assert window.reader.view.hit.selectedText().startswith("In September 2017")
    view = window.reader.view
    assert view.viewport().rect().intersects(view.cursorRect(view.hit))


def test_arrow_keys_move_between_events_and_plus_minus_zoom(window, qtbot):
    canvas = window.timeline_panel.canvas
    window.focus_timeline()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    first = window.timeline_panel.current
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    second = window.timeline_panel.current
    assert first is not None and second is not None and first.id != second.id
    assert (first.date or "") <= (second.date or "")
    scale = canvas.scale
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.scale > scale
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.scale < scale


def test_add_a_user_event_from_a_selected_passage_edit_and_undo(window, qtbot, monkeypatch):
    window.open_document(GFW)
    view = window.reader.view
    cursor = view.document().find("Prey Sar Prison")
    view.setTextCursor(cursor)

    answers = iter([("Crowds outside Prey Sar", "2014-07-22", None), ("Crowds greet her", "2014-07", None)])
    monkeypatch.setattr(timeline_module.EventDialog, "exec", lambda self: 1)
    monkeypatch.setattr(timeline_module.EventDialog, "values", lambda self: next(answers))
    window.actions_by_name["addEvent"].trigger()
    panel = window.timeline_panel
    assert panel.current is not None and panel.current.title == "Crowds outside Prey Sar"
    assert panel.current.source == "user" and panel.current.quote == "Prey Sar Prison"
    panel.edit_current()
    assert panel.current.title == "Crowds greet her" and panel.current.date == "2014-07"
    panel.undo()
    assert next(e for e in panel.all_events if e.source == "user").title == "Crowds outside Prey Sar"
    panel.undo()
    assert not [e for e in panel.all_events if e.source == "user"]


def test_add_event_needs_a_selection(window):
    window.open_document(GFW)
    window.reader.view.setTextCursor(QTextCursor(window.reader.view.document()))
    window.actions_by_name["addEvent"].trigger()
    assert "Select the passage" in window.statusBar().currentMessage()


def test_export_timelinejs_and_load_it_back(window, tmp_path):
    panel = window.timeline_panel
    panel.filter_to("Mu Sochua")
    path = panel.export_to(tmp_path / "sochua.json", "json")
    document = json.loads(path.read_text(encoding="utf-8"))
    headlines = [e["text"]["headline"] for e in document["events"]]
    assert "Mu Sochua released" in headlines and "Mu Sochua in exile" in headlines
    assert len(document["events"]) == sum(1 for e in panel.shown if e.date)
    csv_path = panel.export_to(tmp_path / "sochua.csv", "csv")
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbfid,date")


def test_lanes_by_document_and_certainty_filter(window):
    panel = window.timeline_panel
    panel.ensure_loaded()  # the timeline starts folded: its events are read when it is opened
    panel.lanes.setCurrentText("By document")
    assert len(panel.canvas.lanes) == len({e.document for e in panel.shown if e.date})
    panel.certainty.setCurrentText("Approximate")
    assert panel.shown and {e.certainty for e in panel.shown} == {"approximate"}


def test_large_timelines_are_read_in_the_background(window, qtbot, monkeypatch):
    monkeypatch.setattr(timeline_module, "BACKGROUND_FROM", 0)
    panel = window.timeline_panel
    panel.all_events = []
    panel.reload()
    assert panel.count.text() == "Reading events…"
    qtbot.waitUntil(lambda: len(panel.all_events) > 20, timeout=10_000)
    assert panel.count.text().endswith("events") or "undated" in panel.count.text()


def test_very_large_timelines_are_read_one_person_at_a_time(window, qtbot, monkeypatch):
    monkeypatch.setattr(timeline_module, "MAX_AT_ONCE", 0)
    panel = window.timeline_panel
    panel.reload()
    assert panel.shown == [] and "choose a person" in panel.count.text()
    assert not panel.document_filter.isVisibleTo(panel)
    panel.entity.setCurrentIndex(panel.entity.findData("Kem Sokha"))
    qtbot.waitUntil(lambda: bool(panel.shown), timeout=10_000)
    assert all("Kem Sokha" in e.people for e in panel.shown)


def test_a_relative_dates_event_shows_the_sentence_it_was_counted_from(window, tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("Court report\n\nOn 3 March 2023 the court sentenced him. Two weeks later, he was released.\n")
    [(_, doc_id)] = window.library.imports.import_files([path]).imported
    panel = window.timeline_panel
    panel.ensure_loaded()
    events = {e.date: e for e in panel.all_events if e.document == doc_id}
    assert panel.select_event(events["2023-03-17"].id)  # "two weeks later", counted from 3 March
    details = " ".join(panel.details.toPlainText().split())
    assert "Two weeks later, he was released." in details and "date approximate" in details
    assert "Counted from: “On 3 March 2023 the court sentenced him.”" in details
    assert panel.select_event(events["2023-03-03"].id)  # the control: a stated date counts from nothing
    assert "Counted from" not in panel.details.toPlainText()


def test_delete_marks_an_extracted_event_not_an_event_and_undo_brings_it_back(window, qtbot):
    panel = window.timeline_panel
    assert "marked as not an event" in panel.delete_button.toolTip()
    window.focus_timeline()
    [arrest] = [e for e in panel.shown if e.date == "2014-07-15" and e.document == GFW]
    assert arrest.source == "extracted"
    count = len(panel.shown)
    assert panel.select_event(arrest.id)
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Delete)  # the Delete key on the time axis
    assert arrest.id not in {e.id for e in panel.shown} and len(panel.shown) == count - 1
    assert panel.current is None
    assert window.statusBar().currentMessage() == "Marked as not an event"
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert arrest.id in {e.id for e in panel.shown} and len(panel.shown) == count
    assert panel.current is not None and panel.current.id == arrest.id
    assert window.statusBar().currentMessage() == "Undone"


def test_the_delete_button_still_deletes_the_users_own_event(window, qtbot, monkeypatch):
    window.open_document(GFW)
    view = window.reader.view
    view.setTextCursor(view.document().find("Prey Sar Prison"))
    monkeypatch.setattr(timeline_module.EventDialog, "exec", lambda self: 1)
    monkeypatch.setattr(timeline_module.EventDialog, "values", lambda self: ("Crowds outside Prey Sar", "2014-07-22",
                                                                            None))
    window.actions_by_name["addEvent"].trigger()
    panel = window.timeline_panel
    mine = panel.current.id
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert mine not in {e.id for e in panel.all_events}
    assert window.statusBar().currentMessage() == "Event deleted"


def _share_of_colour(widget, colour) -> float:
    image = widget.grab().toImage()
    step = 4
    points = [(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
    return sum(1 for x, y in points if image.pixelColor(x, y).rgb() == colour.rgb()) / max(1, len(points))


def test_the_timeline_stays_readable_while_it_has_the_keyboard(window, qtbot):
    from PySide6.QtGui import QPalette

    canvas = window.timeline_panel.canvas
    window.focus_timeline()
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # an event selected: its marker is drawn in the accent
    accent = canvas.palette().color(QPalette.ColorRole.Highlight)
    assert window.timeline_panel.current is not None
    assert _share_of_colour(canvas, accent) < 0.2  # a frame and some markers, not a block of colour
    assert _share_of_colour(canvas, canvas.palette().color(QPalette.ColorRole.Base)) > 0.3
