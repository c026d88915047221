"""Export from the window to a detected stick, in every format; the bundle re-imports elsewhere."""

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QDesktopServices, QScreen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.export.bag import verify_bag
from desktop.ui import export_dialog as export_module
from desktop.ui.export_dialog import ExportDialog, formats
from tests.ui.conftest import encrypt_and_wait

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
    listed = [files.item(i).text().split(" — ")[0] for i in range(files.count())]
    assert listed == ["data/notes.csv", "bagit.txt", "README.txt", "tagmanifest-sha256.txt", "manifest-sha256.txt"]
    summary = dialog.findChild(QLabel, "exportPreviewSummary")
    assert summary.text().startswith("A folder of 5 files") and "ekasar-notes-csv" in summary.text()


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


# Issue 23, problem 5: a dialog that fits, says what it needs, remembers, and explains its folder ------------

def _screen(monkeypatch, width: int, height: int) -> None:
    """A screen of ``width``×``height`` with a 40-pixel task bar, as the dialog sees it."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, width, height - 40))


def _through_the_window(window, monkeypatch, act):
    """File → Export notes… in the window: ``act(dialog)`` stands for the user, then the dialog ends
    as it would (accepted once an export is written)."""
    opened = []

    def exec_(dialog):
        opened.append(dialog)
        act(dialog)
        return QDialog.DialogCode.Accepted if dialog.result is not None else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    window.export_notes()
    return opened[0]


def _pick(monkeypatch, folder):
    """The folder picker: records where it opens, and picks ``folder``."""
    starts = []

    def pick(_parent, _title, start, *_options):
        starts.append(start)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(pick))
    return starts


def _export(qtbot, dialog):
    _wait_for(qtbot, dialog.run_export())
    assert dialog.result is not None


@pytest.mark.parametrize("width, height", [(1366, 768), (1024, 700)])
def test_the_dialog_fits_a_small_laptop_screen_and_keeps_its_buttons_in_sight(window, qtbot, monkeypatch,
                                                                             width, height):
    monkeypatch.setattr(export_module, "removable_drives", lambda: [])
    _screen(monkeypatch, width, height)
    window.library.notes.annotate_quote(G, "Prey Sar Prison", note=SENTINEL)
    dialog = ExportDialog(window.library, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = height - 40 - 60
    assert dialog.height() <= room and dialog.height() <= 700
    assert dialog.sizeHint().height() <= 700
    dialog.findChild(QCheckBox, "exportEncrypt").setChecked(True)  # the passphrase fields open below
    assert dialog.minimumSizeHint().height() <= room
    dialog.resize(dialog.width(), dialog.minimumSizeHint().height())
    button = dialog.export_button
    assert button.isVisible() and dialog.rect().contains(button.mapTo(dialog, button.rect().bottomRight()))


def test_to_has_a_hint_and_export_waits_for_a_destination(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(export_module, "removable_drives", lambda: [])
    window.library.notes.annotate_quote(G, "Prey Sar Prison")
    dialog = ExportDialog(window.library, window)
    qtbot.addWidget(dialog)
    destination = dialog.findChild(QComboBox, "exportDestination")
    assert destination.currentIndex() == -1 and "folder" in destination.placeholderText()
    assert not dialog.export_button.isEnabled() and "Choose a folder" in dialog.export_button.toolTip()
    dialog.set_folder(str(tmp_path))
    assert dialog.export_button.isEnabled() and dialog.export_button.toolTip() == ""


def test_with_a_stick_plugged_in_export_is_ready_at_once(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(export_module, "removable_drives", lambda: [FakeStick(tmp_path)])
    dialog = ExportDialog(window.library, window)
    qtbot.addWidget(dialog)
    assert dialog.destination.currentData() == str(tmp_path) and dialog.export_button.isEnabled()


def test_the_folder_picker_starts_at_home_then_in_the_last_folder_used(window, make_window, qtbot, tmp_path,
                                                                      monkeypatch, data_dir):
    monkeypatch.setattr(export_module, "removable_drives", lambda: [])
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(Path(export_module.__file__).parents[2])  # started from the program's folder
    window.library.notes.annotate_quote(G, "Prey Sar Prison")
    out = home / "reports"
    out.mkdir()
    starts = _pick(monkeypatch, out)

    def choose_and_export(dialog):
        dialog.choose.click()
        _export(qtbot, dialog)

    _through_the_window(window, monkeypatch, choose_and_export)
    assert starts == [str(home)]
    window.findChild(QMessageBox, "exportSummary").close()
    _through_the_window(window, monkeypatch, lambda dialog: dialog.choose.click())
    assert starts[-1] == str(out)
    window.close()
    again = make_window(data_dir)  # the next run
    again.library.notes.annotate_quote(G, "Battambang")
    _through_the_window(again, monkeypatch, lambda dialog: dialog.choose.click())
    assert starts[-1] == str(out)
    assert again.findChild(QLabel, "exportFolderNotRemembered") is None


def test_the_folder_picker_starts_on_a_stick_when_nothing_is_remembered(window, qtbot, tmp_path, monkeypatch):
    stick = tmp_path / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    monkeypatch.setattr(export_module, "removable_drives", lambda: [FakeStick(stick)])
    starts = _pick(monkeypatch, tmp_path)
    dialog = ExportDialog(window.library, window, window.state.settings)
    qtbot.addWidget(dialog)
    dialog.choose.click()
    assert starts == [str(stick)]


def test_with_an_encrypted_notebook_the_folder_is_not_remembered_and_the_dialog_says_so(session, qtbot, tmp_path,
                                                                                       monkeypatch, data_dir):
    monkeypatch.setattr("desktop.security.kdf.TARGET_SECONDS", 0)
    monkeypatch.setattr(export_module, "removable_drives", lambda: [])
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    secret = tmp_path / "where-i-work"
    secret.mkdir()
    window = session.window
    window.state.settings.setValue("export/last_folder", str(secret))  # remembered before encrypting
    assert encrypt_and_wait(qtbot, session, "correct horse battery staple")
    window = session.window
    window.library.notes.annotate_quote(G, "Prey Sar Prison")
    starts = _pick(monkeypatch, secret)

    def choose_and_export(dialog):
        line = dialog.findChild(QLabel, "exportFolderNotRemembered")
        assert line is not None and "not remembered" in line.text() and "encrypted" in line.text()
        dialog.choose.click()
        _export(qtbot, dialog)

    _through_the_window(window, monkeypatch, choose_and_export)
    assert starts == [str(home)]  # not the folder remembered earlier
    _through_the_window(window, monkeypatch, lambda dialog: dialog.choose.click())
    assert starts[-1] == str(home)
    window.state.settings.sync()
    assert window.state.settings.value("export/last_folder") is None
    assert "where-i-work" not in (data_dir / "settings.ini").read_text(encoding="utf-8", errors="replace")


@pytest.mark.parametrize("fmt", ["html", "markdown", "csv"])
def test_the_preview_counts_and_lists_every_file_the_export_writes(window, qtbot, tmp_path, monkeypatch, fmt):
    monkeypatch.setattr(export_module, "removable_drives", lambda: [])
    window.library.notes.annotate_quote(G, "Prey Sar Prison", note="Held **here**")
    window.library.notes.annotate_quote(G, "Khemara (Khmer: ខេមរា)")
    dialog = ExportDialog(window.library, window)
    qtbot.addWidget(dialog)
    dialog.set_folder(str(tmp_path))
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.update_preview()
    files = dialog.findChild(QListWidget, "exportPreviewFiles")
    listed = [files.item(i).data(Qt.ItemDataRole.UserRole) for i in range(files.count())]
    summary = dialog.findChild(QLabel, "exportPreviewSummary").text()
    assert summary.startswith(f"A folder of {len(listed)} files")
    _export(qtbot, dialog)
    written = sorted(p.relative_to(dialog.result.folder).as_posix() for p in dialog.result.folder.rglob("*")
                     if p.is_file())
    assert sorted(listed) == written and "README.txt" in written
    sizes = [int(files.item(i).text().rsplit(" — ", 1)[1].split()[0].replace(",", "")) for i in range(files.count())]
    assert sizes == [(dialog.result.folder / name).stat().st_size for name in listed]


def test_the_preview_of_the_html_page_shows_the_notes_not_the_fonts_inside_it(window, qtbot, monkeypatch):
    monkeypatch.setattr(export_module, "removable_drives", lambda: [])
    window.library.notes.annotate_quote(G, "Khemara (Khmer: ខេមរា)")
    dialog = ExportDialog(window.library, window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    dialog.update_preview()
    files = dialog.findChild(QListWidget, "exportPreviewFiles")
    page = next(files.item(i) for i in range(files.count())
                if files.item(i).data(Qt.ItemDataRole.UserRole) == "data/notes.html")
    files.setCurrentItem(page)
    shown = dialog.findChild(QPlainTextEdit, "exportPreviewText").toPlainText()
    assert "ខេមរា" in shown and "@font-face" in shown and len(shown) < 20_000  # not megabytes of base64


def test_after_exporting_open_folder_shows_the_folder(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(export_module, "removable_drives", lambda: [FakeStick(tmp_path)])
    window.library.notes.annotate_quote(G, "Prey Sar Prison")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    dialog = _through_the_window(window, monkeypatch, lambda dialog: _export(qtbot, dialog))
    summary = window.findChild(QMessageBox, "exportSummary")
    assert summary is not None and "verified" in summary.text()
    button = summary.findChild(QPushButton, "exportOpenFolder")
    assert button.text() == "Open folder"
    button.click()
    assert len(opened) == 1 and opened[0].isLocalFile() and opened[0].scheme() == "file"
    assert Path(opened[0].toLocalFile()) == dialog.result.folder


def test_the_dialog_explains_the_folder_in_one_sentence(window, qtbot, monkeypatch):
    monkeypatch.setattr(export_module, "removable_drives", lambda: [])
    window.library.notes.annotate_quote(G, "Prey Sar Prison")
    dialog = ExportDialog(window.library, window)
    qtbot.addWidget(dialog)
    dialog.show()
    line = dialog.findChild(QLabel, "exportLayoutExplanation")
    assert line.isVisible() and line.text().endswith(".") and ". " not in line.text()  # one sentence
    for part in ("data/", "manifest", "nothing was changed", "README.txt"):
        assert part in line.text()
    dialog.findChild(QCheckBox, "exportEncrypt").setChecked(True)  # one sealed file: no folder to explain
    qtbot.waitUntil(lambda: not line.isVisible())
