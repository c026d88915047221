"""The bundle's smoke test passes whatever the window's size, and creates its export folder."""

from desktop.app import _smoke
from desktop.ui.smoke import drawn_families


def test_the_khmer_check_holds_in_a_small_window(window, qtbot, tmp_path):
    window.resize(420, 300)  # the Khmer paragraphs are far below what is on screen
    outcome = {"code": 0}
    _smoke(window, tmp_path / "not" / "yet" / "there", outcome)
    assert outcome["code"] == 0
    assert any((tmp_path / "not" / "yet" / "there").iterdir())


def test_every_block_counts_not_only_those_on_screen(window, qtbot):
    window.resize(420, 300)
    window.open_document("002_46b7dbb94abd75ab")
    families = drawn_families(window.reader.view)
    assert "Noto Serif Khmer" in families and families["Noto Serif Khmer"] > 0
