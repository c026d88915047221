"""Export from the window to a detected stick, in every format; the bundle re-imports elsewhere."""

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.export.bag import verify_bag
from desktop.ui import export_dialog as export_module
from desktop.ui.export_dialog import FORMATS, ExportDialog

G = "002_46b7dbb94abd75ab"


class FakeStick:
    def __init__(self, root: Path) -> None:
        self.root = str(root)

    def rootPath(self) -> str:  # noqa: N802 - QStorageInfo's API
        return self.root

    def displayName(self) -> str:  # noqa: N802
        return "KINGSTON"

    def bytesAvailable(self) -> int:  # noqa: N802
        return 8_000_000_000

    def fileSystemType(self) -> bytes:  # noqa: N802
        return b"exfat"


def test_export_every_format_to_a_detected_stick_and_reimport(window, make_window, tmp_path, monkeypatch,
                                                              archive_path):
    stick = tmp_path / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    monkeypatch.setattr(export_module, "removable_drives", lambda: [FakeStick(stick)])
    library = window.library
    for quote in ("Prey Sar Prison", "Khemara (Khmer: ខេមរា)"):
        library.annotate_quote(G, quote, note=f"about {quote}", tags=["usb"])
    folders = {}
    for label, fmt in FORMATS.items():
        dialog = ExportDialog(library, window)
        assert dialog.destination.currentText().startswith("KINGSTON — 8.0 GB free, exfat")
        dialog.format.setCurrentText(label)
        dialog.run_export()
        assert dialog.result is not None, fmt
        assert verify_bag(dialog.result.folder) == []
        assert "verified" in dialog.summary()
        folders[fmt] = dialog.result.folder
    assert (folders["markdown"] / "data" / "index.md").is_file()
    assert "<html>" in (folders["html"] / "data" / "notes.html").read_text(encoding="utf-8")
    assert json.loads((folders["json"] / "data" / "notes.jsonld").read_text(encoding="utf-8"))["total"] == 2

    other = make_window(tmp_path / "colleague")
    other.import_notes(str(folders["bundle"]))
    summary = other.findChild(QMessageBox, "importNotesSummary")
    assert summary.text().startswith("Added 2")
    assert {n.quote for n in other.library.annotations()} == {"Prey Sar Prison", "Khemara (Khmer: ខេមរា)"}


def test_export_failure_says_why(window, tmp_path, monkeypatch):
    monkeypatch.setattr(export_module, "removable_drives", lambda: [])
    dialog = ExportDialog(window.library, window)
    dialog.set_folder(str(tmp_path))
    dialog.run_export()  # there are no notes yet
    error = dialog.findChild(QMessageBox, "exportError")
    assert error is not None and "no notes to export" in error.text()


def test_scope_by_tag_and_date(window, monkeypatch):
    monkeypatch.setattr(export_module, "removable_drives", lambda: [])
    window.library.annotate_quote(G, "Prey Sar Prison", tags=["prison"])
    window.library.annotate_quote(G, "Battambang", tags=["places"])
    dialog = ExportDialog(window.library, window)
    dialog.scope.setCurrentIndex(dialog.scope.findData("tag:prison"))
    assert [n.quote for n in dialog.selected_notes()] == ["Prey Sar Prison"]
    dialog.scope.setCurrentIndex(0)
    dialog.until.setText("2000-01-01")
    assert dialog.selected_notes() == []
    dialog.until.clear()
    dialog.since.setText("2000-01-01")
    assert len(dialog.selected_notes()) == 2
