"""Room to read on a laptop (issue 23, problem 2): at a first start on a 1366×768 or a 1024×700
screen the reader is the largest area, and every dialog fits on the screen."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("layout_probe.py")


def first_start_on_screen(tmp_path, archive_path, width: int, height: int) -> dict:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96}]}))
    data = tmp_path / f"data-{width}"
    data.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(PROBE), str(archive_path), str(data)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("width,height", [(1366, 768), (1024, 700)])
def test_the_reader_is_the_largest_area_at_a_first_start(tmp_path, archive_path, width, height):
    shown = first_start_on_screen(tmp_path, archive_path, width, height)
    assert shown["screen"] == [width, height]  # the probe really ran on that screen
    window_width, window_height = shown["window"]
    assert window_width <= width and window_height <= height
    reader_width, reader_height = shown["reader"]
    assert reader_width >= 0.55 * window_width, shown
    assert reader_height >= 0.60 * window_height, shown
    for name, (dialog_width, dialog_height, least_height) in shown["dialogs"].items():
        assert dialog_width <= width and dialog_height <= height, (name, shown["dialogs"][name])
        assert least_height <= height - 60, name  # and can be made smaller than the screen


def test_the_timeline_starts_folded_and_stays_open_once_opened(make_window, qtbot, data_dir):
    window = make_window()
    strip = window.timeline_strip
    assert strip.collapsed and not window.timeline_panel.isVisible()
    assert window.timeline_dock.height() < 80  # a strip, not a third of the window
    folded_height = window.timeline_dock.height()
    qtbot.mouseClick(strip.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.timeline_panel.isVisible())
    qtbot.waitUntil(lambda: window.timeline_dock.height() > folded_height + 100)
    window.close()
    again = make_window()
    assert not again.timeline_strip.collapsed and again.timeline_panel.isVisible()


def test_reset_layout_folds_the_timeline_and_shares_the_width(window, qtbot):
    window.resize(1366, 768)
    window.focus_timeline()  # opens it
    window.search_dock.setFloating(True)
    window.reset_layout()
    qtbot.wait(50)
    assert window.timeline_strip.collapsed and not window.search_dock.isFloating()
    assert window.reader.width() >= 0.55 * window.width()


def test_library_titles_get_the_room_and_columns_chosen_are_kept(make_window, qtbot):
    window = make_window()
    table = window.library_panel.table
    table.resize(300, 400)
    qtbot.wait(20)
    shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
    assert shown == [0, 1]  # title and date; kind, publisher and source from the header's menu
    assert table.columnWidth(0) >= 0.6 * table.viewport().width()
    table.setColumnHidden(2, False)  # the user shows Kind
    window.close()
    again = make_window().library_panel.table
    assert not again.isColumnHidden(2) and again.isColumnHidden(3)
