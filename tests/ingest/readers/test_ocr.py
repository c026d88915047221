"""OCR of scanned pages with Tesseract: the plumbing proven with a stand-in ``tesseract`` on PATH
(render, PNG on stdin, the languages, a time limit, text back); the real one when installed."""

import os
import shutil
import struct
import sys
import zlib
from pathlib import Path

import pytest

from desktop.ingest.readers import ocr
from desktop.ingest.readers.ocr import grey_png, ocr_available, ocr_pages, read_pdf_with_ocr, with_ocr
from desktop.ingest.readers.pdf import read_pdf

FAKE = '''#!{python}
import pathlib, sys
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
