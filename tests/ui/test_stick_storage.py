"""Running from a FAT or exFAT stick: the window asks once where the notes live, says how they are
kept, and tells the user when a damaged notebook was restored from a backup."""

import argparse

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop import app, paths
from desktop.store import safekeeping
from desktop.ui.stick_storage import keep_notes_safe


def answer_dialog(button_name: str, seen: list) -> None:
    """Click ``button_name`` in the dialog about to open, remembering its text."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.findChild(QPushButton, button_name).click()

    QTimer.singleShot(0, click)


def on_a_stick(tmp_path, monkeypatch, kind="exfat"):
    program = tmp_path / "stick" / "Ekasar"
    program.mkdir(parents=True)
    (program / "portable").touch()
    monkeypatch.setattr(paths, "program_dir", lambda: program)
    monkeypatch.setattr(paths, "_host_environ", {})
    monkeypatch.setattr(app, "filesystem_of", lambda path: kind)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "host" / "share"))
    monkeypatch.delenv("EKASAR_DATA_DIR", raising=False)
    return program


def test_on_an_exfat_stick_the_user_chooses_once_to_keep_notes_on_the_computer(tmp_path, monkeypatch):
    program = on_a_stick(tmp_path, monkeypatch)
    seen: list[str] = []
    answer_dialog("notesOnComputer", seen)
    chosen = app._data_dir_for_window(argparse.Namespace(data_dir=None))
    assert chosen == tmp_path / "host" / "share" / "ekasar"
    assert "exFAT" in seen[0] and "pulled out" in seen[0]
    assert (program / "data" / "notes-location").read_text().strip() == "computer"
    # Remembered: no second question, and the CLI resolves to the same place.
    assert app._data_dir_for_window(argparse.Namespace(data_dir=None)) == chosen
    assert paths.resolve_data_dir(None) == chosen


def test_keeping_notes_on_the_stick_keeps_data_and_host_folders_beside_the_program(tmp_path, monkeypatch):
    program = on_a_stick(tmp_path, monkeypatch)
    answer_dialog("notesOnStick", [])
    assert app._data_dir_for_window(argparse.Namespace(data_dir=None)) == program / "data"
    environ: dict[str, str] = {"XDG_DATA_HOME": "/home/ana/.local/share"}
    assert paths.confine_if_portable(program / "data", environ)
    assert environ["XDG_CACHE_HOME"] == str(program / "data" / "cache")
    assert environ["XDG_CONFIG_HOME"] == str(program / "data" / "config")
    assert paths._host_environ["XDG_DATA_HOME"] == "/home/ana/.local/share"  # the host's own, kept aside


def test_no_question_on_a_journaled_stick_or_outside_portable_mode(tmp_path, monkeypatch):
    program = on_a_stick(tmp_path, monkeypatch, kind="ext4")
    assert app._data_dir_for_window(argparse.Namespace(data_dir=None)) == program / "data"
    assert not (program / "data" / "notes-location").exists()
    assert not paths.confine_if_portable(tmp_path / "elsewhere", {})


def test_the_window_says_how_notes_are_kept_and_when_they_were_restored(make_window, data_dir, monkeypatch, qtbot):
    monkeypatch.setattr(safekeeping, "filesystem_of", lambda path: "exfat")
    window = make_window()
    window.library.notes.annotate_quote("002_46b7dbb94abd75ab", "Prey Sar Prison", note="kept")
    window.close()
    window.library.close()
    live = data_dir / "user.sqlite"
    live.write_bytes(live.read_bytes()[:4096] + b"\xff" * 4096)

    window = make_window()
    keep_notes_safe(window, window.library)
    assert "exFAT" in window.statusBar().currentMessage()
    assert window.findChild(QTimer, "backupTimer").isActive()
    box = window.findChild(QMessageBox, "notesRestored")
    qtbot.waitUntil(box.isVisible)
    assert "restored your notes from the backup" in box.text()
    assert [a.note for a in window.library.notes.listing()] == ["kept"]
