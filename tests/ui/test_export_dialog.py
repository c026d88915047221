"""Export from the window to a detected stick, in every format; the bundle re-imports elsewhere."""

import json
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from desktop.export.bag import verify_bag
from desktop.ui import export_dialog as export_module
from desktop.ui.export_dialog import ExportDialog, formats

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


def test_export_every_format_to_a_detected_stick_and_reimport(window, make_window, tmp_path, monkeypatch, qtbot,
                                                              archive_path):
    stick = tmp_path / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    monkeypatch.setattr(export_module, "removable_drives", lambda: [FakeStick(stick)])
    library = window.library
    for quote in ("Prey Sar Prison", "Khemara (Khmer: ខេមរា)"):
        library.notes.annotate_quote(G, quote, note=f"about {quote}", tags=["usb"])
    folders = {}
    for label, fmt in formats().items():
        dialog = ExportDialog(library, window)
        assert dialog.destination.currentText().startswith("KINGSTON — 8.0 GB free, exfat")
        dialog.format.setCurrentText(label)
        _wait_for(qtbot, dialog.run_export())
        assert dialog.result is not None, fmt
        assert verify_bag(dialog.result.folder) == []
        assert "verified" in dialog.summary()
        folders[fmt] = dialog.result.folder
    assert (folders["markdown"] / "data" / "index.md").is_file()
    assert "<html>" in (folders["html"] / "data" / "notes.html").read_text(encoding="utf-8")
    assert json.loads((folders["json"] / "data" / "notes.jsonld").read_text(encoding="utf-8"))["total"] == 2

    other = make_window(tmp_path / "colleague")
    _wait_for(qtbot, other.import_notes(str(folders["bundle"])))
    summary = other.findChild(QMessageBox, "importNotesSummary")
    assert summary.text().startswith("Added 2")
    assert {n.quote for n in other.library.notes.listing()} == {"Prey Sar Prison", "Khemara (Khmer: ខេមរា)"}


def test_export_failure_says_why(window, tmp_path, monkeypatch, qtbot):
    monkeypatch.setattr(export_module, "removable_drives", lambda: [])
    dialog = ExportDialog(window.library, window)
    dialog.set_folder(str(tmp_path))
    _wait_for(qtbot, dialog.run_export())  # there are no notes yet
    error = dialog.findChild(QMessageBox, "exportError")
    assert error is not None and "no notes to export" in error.text()


def test_scope_by_tag_and_date(window, monkeypatch):
    monkeypatch.setattr(export_module, "removable_drives", lambda: [])
    window.library.notes.annotate_quote(G, "Prey Sar Prison", tags=["prison"])
    window.library.notes.annotate_quote(G, "Battambang", tags=["places"])
    dialog = ExportDialog(window.library, window)
    dialog.scope.setCurrentIndex(dialog.scope.findData("tag:prison"))
    assert [n.quote for n in dialog.selected_notes()] == ["Prey Sar Prison"]
    dialog.scope.setCurrentIndex(0)
    dialog.until.setText("2000-01-01")
    assert dialog.selected_notes() == []
    dialog.until.clear()
    dialog.since.setText("2000-01-01")
    assert len(dialog.selected_notes()) == 2


# Export hygiene: options, preview, sealed files ------------------------------------------------

SENTINEL = "SENTINEL <b>note</b> ភ្នំពេញ"


def test_the_preview_shows_the_quote_as_plain_text_and_follows_the_options(window, qtbot, monkeypatch):
    monkeypatch.setattr(export_module, "removable_drives", lambda: [])
    window.library.notes.annotate_quote(G, "Prey Sar Prison", note=SENTINEL, tags=["witness"])
    dialog = ExportDialog(window.library, window)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QPlainTextEdit, "exportPreviewText")
    assert text.isReadOnly() and "Prey Sar Prison" in text.toPlainText()
    assert SENTINEL in text.toPlainText()  # shown as typed, tags and all: never rendered
    dialog.findChild(QCheckBox, "exportQuotesOnly").setChecked(True)
    qtbot.waitUntil(lambda: SENTINEL not in text.toPlainText())
    assert "Prey Sar Prison" in text.toPlainText() and "witness" not in text.toPlainText()

    dialog.format.setCurrentText("CSV (spreadsheets)")
    qtbot.waitUntil(lambda: text.toPlainText().startswith("id,"))
    assert ",created," in text.toPlainText()
    dialog.findChild(QCheckBox, "exportWithoutMetadata").setChecked(True)
    qtbot.waitUntil(lambda: ",created," not in text.toPlainText())
    files = dialog.findChild(QListWidget, "exportPreviewFiles")
    assert files.count() == 1 and files.item(0).text().startswith("notes.csv — ")
    summary = dialog.findChild(QLabel, "exportPreviewSummary")
    assert summary.text().startswith("A folder of 3 files") and "ekasar-notes-csv" in summary.text()


def test_encrypting_from_the_dialog_writes_one_sealed_file(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("desktop.security.kdf.TARGET_SECONDS", 0)
    monkeypatch.setattr(export_module, "removable_drives", lambda: [])
    window.library.notes.annotate_quote(G, "Prey Sar Prison", note=SENTINEL)
    out = tmp_path / "out"
    out.mkdir()
    dialog = ExportDialog(window.library, window)
    qtbot.addWidget(dialog)
    dialog.set_folder(str(out))
    encryption = dialog.findChild(QWidget, "exportEncryption")
    assert encryption.isHidden()
    dialog.findChild(QCheckBox, "exportEncrypt").setChecked(True)
    assert not encryption.isHidden()
    explanation = dialog.findChild(QLabel, "exportEncryptionExplanation").text()
    assert "only with this passphrase" in explanation and "recover" in explanation
    summary = dialog.findChild(QLabel, "exportPreviewSummary")
    qtbot.waitUntil(lambda: summary.text().startswith("One encrypted file"))
    passphrase = dialog.findChild(QLineEdit, "exportPassphrase")
    again = dialog.findChild(QLineEdit, "exportPassphraseAgain")
    assert passphrase.echoMode() == again.echoMode() == QLineEdit.EchoMode.Password
    passphrase.setText("one passphrase")
    again.setText("another")
    _wait_for(qtbot, dialog.run_export())
    assert dialog.findChild(QMessageBox, "exportPassphraseProblem") is not None and dialog.result is None
    assert list(out.iterdir()) == []
    again.setText("one passphrase")
    _wait_for(qtbot, dialog.run_export())
    assert dialog.result is not None and dialog.result.sealed
    assert [p.name for p in out.iterdir()] == [dialog.result.folder.name]
    assert SENTINEL.encode() not in dialog.result.folder.read_bytes()
    assert "passphrase" in dialog.summary() and passphrase.text() == again.text() == ""


def test_importing_a_sealed_bundle_in_the_window_asks_the_passphrase(window, make_window, tmp_path, monkeypatch,
                                                                   qtbot):
    from desktop.export.exporter import export_notes
    from desktop.export.options import ExportOptions

    monkeypatch.setattr("desktop.security.kdf.TARGET_SECONDS", 0)
    window.library.notes.annotate_quote(G, "Prey Sar Prison", note=SENTINEL)
    result = export_notes(window.library.notes.listing(), window.library.documents.get, tmp_path, "bundle",
                          options=ExportOptions(passphrase="right one"))
    other = make_window(tmp_path / "colleague")
    asked = []

    def answer(text):
        def get_text(parent, title, label, echo, *rest, **options):
            asked.append((label, echo))
            return text, True
        return staticmethod(get_text)

    monkeypatch.setattr(QInputDialog, "getText", answer("wrong one"))
    _wait_for(qtbot, other.import_notes(str(result.folder)))
    refused = other.findChild(QMessageBox, "importNotesSummary")
    assert refused.text() == "the passphrase is not right" and other.library.notes.listing() == []
    assert asked[0][1] == QLineEdit.EchoMode.Password and result.folder.name in asked[0][0]
    refused.close()
    refused.setObjectName("")
    monkeypatch.setattr(QInputDialog, "getText", answer("right one"))
    _wait_for(qtbot, other.import_notes(str(result.folder)))
    assert other.findChild(QMessageBox, "importNotesSummary").text().startswith("Added 1")
    assert [n.note for n in other.library.notes.listing()] == [SENTINEL]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "colleague") == \
        sorted([result.folder.name, "data"])  # nothing unpacked beside the sealed file


def _wait_for(qtbot, operation) -> None:
    """Exports and imports run off the UI thread; their outcome shows when the operation ends."""
    if operation is None:  # refused before any work began
        return
    with qtbot.waitSignal(operation.ended, timeout=30_000):
        pass
