"""What a review of issue 23's window found, each through the real window or the real code: no
hostile document hangs Original or Contents, nothing remembers where the user works once the notes
are encrypted, printing keeps titles private and neutral mode neutral, a PDF is never overwritten
without asking, Alt+Down still opens lists, and a bundle's own tag files never block its import."""

import re
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.export.bag import TAG_MANIFEST, verify_bag, write_bag
from desktop.security import kdf
from desktop.ui import printing
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.print_pages import pdf_bytes
from desktop.ui.printing import document_for_print
from desktop.ui.reader.contents import _heading
from desktop.ui.reader.same_place import same_place
from tests.ui.conftest import encrypt_and_wait
from tests.ui.test_search_hits import open_third_treason

GFW = "002_46b7dbb94abd75ab"


@pytest.fixture(autouse=True)
def fast_keys(monkeypatch):
    monkeypatch.setattr(kdf, "TARGET_SECONDS", 0)


def test_an_original_full_of_empty_comments_is_still_found_at_once():
    # Each "<!---->" doubled the time of the old pattern: 40 of them took days.
    original = "<p>the" + "<!---->" * 40 + " court sentenced him</p>" + "<p>filler</p>" * 1000
    assert same_place("the court sentenced him", 0, original) == original.index("the")
    unclosed = "the<" * 20_000 + "the court sentenced him"  # tags that never close
    assert unclosed[same_place("the court sentenced him", 0, unclosed):].startswith("the court")


def test_a_heading_line_of_spaces_is_read_in_one_pass():
    assert _heading("## Land rights ##") == (2, "Land rights")
    assert _heading("# C# and F#") == (1, "C# and F#")  # a # inside a word is kept
    assert _heading("#" + " " * 200_000 + "x" + " " * 200_000) == (1, "x")
    assert _heading("#hashtag") is None


def test_encrypting_forgets_the_folder_the_notes_were_exported_to(session, qtbot, data_dir, tmp_path):
    dialog = ExportDialog(session.library, session.window, session.window.state.settings)
    qtbot.addWidget(dialog)
    where = tmp_path / "Investigation-Folder"
    where.mkdir()
    dialog.folders.remember(str(where))
    dialog.reject()
    session.settings.sync()
    assert "Investigation-Folder" in (data_dir / "settings.ini").read_text()  # the control
    assert encrypt_and_wait(qtbot, session, "river stones at dusk")
    assert "Investigation-Folder" not in (data_dir / "settings.ini").read_text()


def creator_of(pdf: bytes) -> str:
    """The PDF's /Creator as Qt writes it (a literal string, UTF-16 with its byte-order mark)."""
    found = re.search(rb"/Creator \(([^)]*)\)", pdf)
    assert found is not None
    raw = found.group(1)
    return raw[2:].decode("utf-16-be") if raw[:2] == b"\xfe\xff" else raw.decode("latin-1")


def test_printing_keeps_private_titles_and_neutral_mode(window, qtbot, monkeypatch):
    window.open_document(GFW)
    names = []

    class Refused:  # the print dialog, cancelled: only the job's name is looked at
        def __init__(self, printer, parent):
            names.append(printer.docName())

        def setWindowTitle(self, title):  # noqa: N802 - Qt's name
            pass

        def exec(self):
            return 0

    monkeypatch.setattr(printing, "QPrintDialog", Refused)
    window.actions_by_name["printDocument"].trigger()
    window.chrome.set_title_privacy(False, True)
    window.actions_by_name["printDocument"].trigger()
    assert "Global Fund for Women" in names[0] and names[1] == "Documents"
    window.chrome.set_title_privacy(True, False)
    document, title = document_for_print(window.reader)
    assert "Ekasar" not in creator_of(pdf_bytes(document, title, window.printing._creator()))
    assert creator_of(pdf_bytes(document, title)) == "Ekasar"  # the control: the creator by default


def test_saving_report_over_an_existing_report_pdf_asks_first(window, tmp_path, monkeypatch):
    window.open_document(GFW)
    existing = tmp_path / "report.pdf"
    existing.write_bytes(b"the user's own report")
    asked = []

    def choose(*args, **kwargs):
        assert kwargs.get("options") == QFileDialog.Option.DontUseNativeDialog  # no system recent-files list
        return str(tmp_path / "report"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No)
    window.actions_by_name["saveDocumentPdf"].trigger()
    assert asked and "report.pdf" in asked[0]
    assert existing.read_bytes() == b"the user's own report"


def test_alt_down_opens_a_list_even_while_search_hits_are_marked(window, qtbot):
    open_third_treason(qtbot, window)
    marks = window.reader.search_marks
    before = marks.current
    window.notes_dock.show()
    window.notes_dock.raise_()
    combo = window.notes_panel.color
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: combo.view().isVisible())
    combo.hidePopup()
    assert marks.current == before
    window.reader.view.setFocus()
    qtbot.keyClick(window.reader.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert marks.current != before  # in the reader it still goes to the next hit


def test_a_bundle_with_a_tag_file_of_another_tool_or_a_resaved_readme_still_verifies_its_notes(tmp_path):
    folder = tmp_path / "bag"
    write_bag(folder, {"notes.json": b"{}"})
    (folder / "bag-info.txt").write_text("Source-Organization: another tool\n")
    with open(folder / TAG_MANIFEST, "a", encoding="utf-8") as manifest:
        manifest.write("0" * 64 + "  bag-info.txt\n")
    readme = folder / "README.txt"
    readme.write_bytes(readme.read_bytes().replace(b"\n", b"\r\n"))
    assert verify_bag(folder, tags=False) == []  # what an import checks: the notes
    assert verify_bag(folder)  # what an export checks of itself: everything it wrote
    copy = tmp_path / "tampered"
    shutil.copytree(folder, copy)
    (copy / "data" / "notes.json").write_bytes(b"{\"changed\": 1}")
    assert verify_bag(copy, tags=False)  # the notes themselves are always checked


def test_finding_every_hit_stops_between_documents_when_a_lock_cancels_it(library):
    from desktop.ui.operation import Cancelled

    documents = [("000_38d99342b0af7827", "archive"), (GFW, "archive"), ("004_be89756c2a9d109d", "archive")]
    assert len(library.search.every_hit("treason", documents)) == 3  # the control: all three read
    seen = []

    def between():
        seen.append(1)
        if len(seen) == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        library.search.every_hit("treason", documents, between=between)
    assert len(seen) == 2  # stopped before the second document
