"""OCR of scanned pages with Tesseract: the plumbing proven with a stand-in ``tesseract`` on PATH
(render, PNG on stdin, the languages, a time limit, text back); the real one when installed."""

import os
import shutil
import struct
import sys
import zlib
from pathlib import Path

import pytest

from desktop.ingest.readers import ocr, registry, sandbox
from desktop.ingest.readers.base import ReadDocument, UnreadableDocument
from desktop.ingest.readers.ocr import grey_png, ocr_available, ocr_pages, read_pdf_with_ocr, with_ocr
from desktop.ingest.readers.pdf import read_pdf, textless_notice
from desktop.ingest.readers.registry import read_document
from tests.ingest.readers.test_sandbox import ended

FAKE = '''#!{python}
import os, pathlib, sys, time
log = pathlib.Path({log!r})
if sys.argv[1:] == ["--list-langs"]:
    print("List of available languages in \\"/usr/share/tesseract-ocr/5/tessdata/\\" (3):")
    print({languages!r})
    sys.exit(0)
image = sys.stdin.buffer.read()
with log.open("a") as out:
    out.write(repr((sys.argv[1:], image[:8], len(image))) + "\\n")
if {fail!r}:
    sys.exit(1)
if os.environ.get("FAKE_TESSERACT_HANGS_ON") == str(len(log.read_text().splitlines())):  # that call never ends
    (log.parent / "hung.pid").write_text(str(os.getpid()))
    time.sleep(600)
print("Scanned letter from the provincial court about the hearing\\nof the land case, page.\\n\\n"
      "ការិយាល័យ\\nឧត្តមស្នងការ\\f")
'''


@pytest.fixture
def fake_tesseract(tmp_path, monkeypatch):
    """Install a stand-in ``tesseract`` first on PATH; returns its log of calls."""
    def install(languages: str = "eng\nkhm\nosd", fail: bool = False) -> Path:
        folder = tmp_path / "bin"
        folder.mkdir(exist_ok=True)
        log = tmp_path / "calls.log"
        program = folder / "tesseract"
        program.write_text(FAKE.format(python=sys.executable, log=str(log), languages=languages, fail=fail))
        program.chmod(0o755)
        monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
        return log
    return install


def calls(log: Path) -> list[tuple]:
    return [eval(line) for line in log.read_text().splitlines()] if log.exists() else []


def test_without_tesseract_nothing_is_done(monkeypatch, scans):
    monkeypatch.setenv("PATH", "")
    assert not ocr_available()
    assert ocr_pages(scans["tiiit"], [2]) == {}
    assert read_pdf_with_ocr(scans["tiiit"]) == read_pdf(scans["tiiit"])


def test_a_scanned_page_goes_to_tesseract_as_a_png_with_the_languages(fake_tesseract, scans):
    log = fake_tesseract()
    assert ocr_available() and ocr.ocr_languages() == "khm+eng"
    found = ocr_pages(scans["tiiit"], [2, 3, 99])
    assert sorted(found) == [2, 3]  # a page the PDF does not have is left out
    assert found[2] == ("Scanned letter from the provincial court about the hearing of the land case, page."
                        "\n\nការិយាល័យឧត្តមស្នងការ")
    (arguments, head, size), _ = calls(log)
    assert arguments == ["-", "-", "-l", "khm+eng"] and head == b"\x89PNG\r\n\x1a\n"
    assert size > 10_000  # a whole page at 300 dpi


def test_only_installed_languages_are_asked_for(fake_tesseract):
    fake_tesseract(languages="eng\nosd")
    assert ocr.ocr_languages() == "eng"
    fake_tesseract(languages="osd")
    assert not ocr_available()


def test_the_document_gets_the_ocr_text_and_says_so(fake_tesseract, scans):
    fake_tesseract()
    document = read_pdf_with_ocr(scans["tiiit"])
    assert document.ocr_pages == (2, 3, 4) and document.textless_pages == (2, 3, 4)
    assert document.pages[1].startswith("Scanned letter") and "court hearing" in document.pages[0]
    assert document.notices == ("the text of pages 2–4 was read by OCR from scanned images: it may contain errors",)


def test_a_page_tesseract_fails_on_stays_without_text(fake_tesseract, scans):
    fake_tesseract(fail=True)
    document = with_ocr(read_pdf(scans["tit"]), scans["tit"])
    assert document == read_pdf(scans["tit"])


def test_a_page_that_takes_too_long_is_left_out(fake_tesseract, scans, monkeypatch):
    fake_tesseract()
    monkeypatch.setattr(ocr, "PAGE_TIMEOUT", 0.001)
    assert ocr_pages(scans["tit"], [2]) == {}


def test_the_png_is_valid():
    png = grey_png(3, 2, 4, bytes([0, 128, 255, 9, 10, 20, 30, 9]))
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height, depth, colour = struct.unpack(">IIBB", png[16:26])
    assert (width, height, depth, colour) == (3, 2, 8, 0)
    idat = png.index(b"IDAT")
    length = struct.unpack(">I", png[idat - 4:idat])[0]
    assert zlib.decompress(png[idat + 4: idat + 4 + length]) == b"\x00\x00\x80\xff\x00\x0a\x14\x1e"


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_real_tesseract_reads_a_scan(scans):
    if "eng" not in ocr.ocr_languages():
        pytest.skip("tesseract has no English data")
    found = ocr_pages(scans["tit"], [2])
    assert "court" in found.get(2, "").lower()


# ---------------------------------------------------------------- the import: a few pages a child


def test_a_long_scan_is_read_a_few_pages_a_child_each_with_time_for_its_pages(tmp_path, monkeypatch):
    """25 scanned pages: the plain read, then children of ten pages (260 s each) and five (160 s);
    the pages of a child that failed stay without text and are told, the others are kept."""
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7 twenty-five scanned pages")
    numbers = tuple(range(1, 26))
    scanned = ReadDocument("pdf", ("",) * 25, paged=True, notices=(textless_notice(list(numbers), 25),),
                           textless_pages=numbers)
    calls = []

    def run_reader(reader, data, timeout, child_setup=None, should_stop=None):
        pages = reader.args[0] if hasattr(reader, "args") else ()
        calls.append((pages, timeout, should_stop))
        if not pages:
            return scanned
        if 15 in pages:
            raise UnreadableDocument("took too long to read (more than 260 s): skipped")
        return ReadDocument("pdf", tuple(f"Text of page {n}." for n in pages), paged=True, ocr_pages=pages)

    monkeypatch.setattr(sandbox, "run_reader", run_reader)
    monkeypatch.setattr(ocr, "ocr_available", lambda: True)
    def stop() -> bool:
        return False

    document = read_document(path, ocr=True, should_stop=stop)
    assert calls == [((), 60.0, stop), (numbers[:10], 260.0, stop), (numbers[10:20], 260.0, stop),
                     (numbers[20:], 160.0, stop)]
    assert document.ocr_pages == numbers[:10] + numbers[20:] and document.textless_pages == numbers
    assert document.pages[0] == "Text of page 1." and document.pages[10] == ""
    assert document.notices == (
        "the text of pages 1–10, 21–25 was read by OCR from scanned images: it may contain errors",
        "pages 11–20 have no text (scanned images): they are not searchable",
        "OCR could not read pages 11–20: took too long to read (more than 260 s): skipped")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the death signal is Linux's")
def test_a_page_tesseract_hangs_on_costs_only_its_child_and_tesseract_is_killed(fake_tesseract, scans,
                                                                                 monkeypatch, tmp_path):
    """One page a child with a time limit of 3 s; Tesseract never ends on the second page."""
    fake_tesseract()
    monkeypatch.setenv("FAKE_TESSERACT_HANGS_ON", "2")
    monkeypatch.setattr(registry, "OCR_BATCH", 1)
    monkeypatch.setattr(ocr, "START_SECONDS", 3.0)
    monkeypatch.setattr(ocr, "PAGE_SECONDS", 0.0)
    path = tmp_path / "scan.pdf"
    path.write_bytes(scans["tiiit"])
    document = read_document(path, ocr=True)
    assert document.ocr_pages == (2, 4) and document.pages[2] == ""
    assert document.notices == (
        "the text of pages 2, 4 was read by OCR from scanned images: it may contain errors",
        "page 3 has no text (a scanned image): it is not searchable",
        "OCR could not read page 3: took too long to read (more than 3 s): skipped")
    hung = int((tmp_path / "hung.pid").read_text())
    assert ended([hung], seconds=5)  # killed with the child that waited on it


def test_read_pdf_with_ocr_still_reads_all_in_one(fake_tesseract, scans):
    fake_tesseract()
    assert read_pdf_with_ocr(scans["tiiit"]).ocr_pages == (2, 3, 4)
    assert ocr.ocr_seconds(10) == 260
