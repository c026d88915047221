"""A scanned PDF from the window: imported with what text it has, the scans reported, and —
where Tesseract is installed — read again by OCR from the import summary, its OCR pages marked.
A stand-in ``tesseract`` on PATH plays Tesseract (tests/ingest/readers/test_ocr.py tests the
real one where it is installed)."""

import os
import sys

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.ui.reader.page_marks import PAGE_BY_OCR, PAGE_START
from tests.ingest.readers.pdf_samples import scanned_pdf
from tests.ingest.readers.test_ocr import FAKE


@pytest.fixture
def scan(tmp_path, qapp):
    path = tmp_path / "court-letter.pdf"
    path.write_bytes(scanned_pdf("tit"))  # a page of text, a scanned page, a page of text
    return path


def install_tesseract(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "bin"
    folder.mkdir()
    program = folder / "tesseract"
    program.write_text(FAKE.format(python=sys.executable, log=str(tmp_path / "calls.log"),
                                   languages="eng\nkhm", fail=False))
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")


def imported_from_window(qtbot, window, paths, **options) -> QMessageBox:
    with qtbot.waitSignal(window.imports.import_paths(paths, **options).ended, timeout=60_000):
        pass
    return window.findChild(QMessageBox, "importSummary")


def test_without_tesseract_the_scan_is_reported_and_nothing_offered(qtbot, window, scan, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    summary = imported_from_window(qtbot, window, [scan])
    assert "court-letter.pdf: page 2 has no text (a scanned image): it is not searchable" in summary.informativeText()
    assert summary.findChild(QPushButton, "readByOcr") is None
    summary.close()


def test_the_summary_offers_ocr_and_the_ocr_pages_are_marked(qtbot, window, scan, monkeypatch, tmp_path):
    install_tesseract(tmp_path, monkeypatch)
    summary = imported_from_window(qtbot, window, [scan])
    first_id = window.reader.document.info.id  # the import opened it
    assert "provincial court" not in window.reader.document.text  # the control: no OCR yet
    button = summary.findChild(QPushButton, "readByOcr")
    assert button is not None
    with qtbot.waitSignal(_next_operation(qtbot, window, button),
                          timeout=60_000):
        pass
    again = window.reader.document  # the new import is opened in its turn
    assert again.info.id != first_id and [r.id for r in window.library.manage.removed()] == [first_id]
    assert again.meta["ocr_pages"] == [2] and again.page_at(again.text.index("provincial court")) == 2
    assert any("read by OCR" in notice for notice in again.meta["notices"])
    marks = {}
    block = window.reader.view.document().begin()
    while block.isValid():
        if block.blockFormat().property(PAGE_START):
            marks[block.blockFormat().property(PAGE_START)] = block.blockFormat().boolProperty(PAGE_BY_OCR)
        block = block.next()
    assert marks == {1: False, 2: True, 3: False}


def _next_operation(qtbot, window, button):
    """Click ``button`` and return the ``ended`` signal of the operation it starts."""
    before = list(window.imports.operations)
    button.click()
    qtbot.waitUntil(lambda: any(o not in before for o in window.imports.operations), timeout=10_000)
    return next(o for o in window.imports.operations if o not in before).ended


def test_a_first_import_with_a_note_is_kept_beside_the_ocr_one(qtbot, window, scan, monkeypatch, tmp_path):
    install_tesseract(tmp_path, monkeypatch)
    summary = imported_from_window(qtbot, window, [scan])
    first = window.reader.document
    start = first.text.index("court hearing")
    window.library.notes.annotate(first.info.id, start, start + len("court hearing"), note="Mine")
    with qtbot.waitSignal(_next_operation(qtbot, window, summary.findChild(QPushButton, "readByOcr")),
                          timeout=60_000):
        pass
    assert window.library.manage.removed() == []  # nothing of the user's moved or hidden
    assert [n.note for n in window.library.notes.listing(document=first.info.id)] == ["Mine"]
    assert window.reader.document.info.id != first.info.id  # the OCR import is there too
