"""Reading PDFs: Ekasar's reader (PDFium through pypdfium2) against pypdf's extract_text.

    python benchmarks/bench_pdf.py [--pages 200]

Two generated PDFs of ``--pages`` A4 pages, each page a running head, three English paragraphs
(the synthetic archive's sentences), one Khmer paragraph (the Khmer search corpus) and a page
number:

1. written as LibreOffice and Chromium write Khmer (tests/ingest/readers/pdf_samples.py: fonts
   embedded, a ToUnicode map, /ActualText for clusters whose glyphs do not spell them);
2. written by Qt's QPdfWriter (QTextDocument.print_), whose Khmer subscripts and ligatures
   have no Unicode at all.

Measured: pages a second (best of three, in this process; and once through the sandbox's child
process), English words recovered (each page's words, counted), Khmer paragraphs recovered
exactly (spaces and line breaks aside), Khmer clusters recovered, and whether the reader warns.
Prints a Markdown table.
"""

import argparse
import io
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.generate import _khmer_vocabulary, document  # noqa: E402
from desktop.ingest.readers.pdf import read_pdf  # noqa: E402
from desktop.ingest.readers.sandbox import run_reader  # noqa: E402
from desktop.khmer.syllables import clusters  # noqa: E402
from tests.ingest.readers.pdf_samples import BODY_SIZE, SamplePage, _font, load_fonts, typeset  # noqa: E402

CORPUS = ROOT / "tests" / "search" / "khmer_corpus"
KHMER = re.compile("[\u1780-\u17ff]")
KHMER_CLUSTER = re.compile("[\u1780-\u17b3]")
WORD = re.compile(r"[A-Za-z]+")


def page_contents(count: int) -> list[SamplePage]:
    rng = random.Random(7)
    vocabulary = _khmer_vocabulary(rng)
    khmer = [p.strip().replace("\u200b", "") for path in sorted(CORPUS.glob("*.txt"))
             for p in path.read_text(encoding="utf-8").split("\n\n")[1:] if 200 < len(p.strip()) < 1000]
    english: list[str] = []
    pages = []
    for number in range(1, count + 1):
        while len(english) < 3:
            _title, body = document(rng, number, (vocabulary, [1.0] * len(vocabulary)))
            english += [p[:450].rsplit(" ", 1)[0] + "." for p in body.split("\n\n")[1:]
                        if len(p) > 200 and not KHMER.search(p)]
        paragraphs = [english.pop(), english.pop(), khmer[number % len(khmer)], english.pop()]
        pages.append(SamplePage(paragraphs, header="Cambodian Rights Monitor — Annual Report 2024",
                                footer=f"Page {number} of {count}"))
    return pages


def qt_writer_pdf(pages: list[SamplePage]) -> bytes:
    handle, name = tempfile.mkstemp(suffix=".pdf")
    os.close(handle)
    writer = QPdfWriter(name)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)  # the sample font's pixel size is then its size in points
    text = QTextDocument()
    text.setDefaultFont(_font(BODY_SIZE))
    text.setPlainText("\n\n".join(p for page in pages for p in page.paragraphs))
    text.print_(writer)
    data = Path(name).read_bytes()
    os.unlink(name)
    return data


def read_with_pypdf(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def read_with_pdfium(data: bytes) -> list[str]:
    return list(read_pdf(data).pages)


def best_of_three(read, data: bytes) -> tuple[float, list[str]]:
    times, pages = [], []
    for _ in range(3):
        started = time.perf_counter()
        pages = read(data)
        times.append(time.perf_counter() - started)
    return min(times), pages


def quality(pages: list[SamplePage], found: list[str], paged: bool) -> dict[str, float]:
    """Shares recovered. ``paged``: compare page by page (else the whole text at once)."""
    sources = [" ".join(page.paragraphs) for page in pages]
    if not paged:
        sources, found = [" ".join(sources)], [" ".join(found)]
    words = kept = 0
    for source, text in zip(sources, found):
        wanted, got = Counter(WORD.findall(source)), Counter(WORD.findall(text))
        words += sum(wanted.values())
        kept += sum((wanted & got).values())
    khmer = [p for page in pages for p in page.paragraphs if KHMER.search(p)]
    squeezed = re.sub(r"\s+", "", " ".join(found))
    exact = sum(1 for p in khmer if re.sub(r"\s+", "", p) in squeezed)
    wanted = Counter(c for p in khmer for c in clusters(p) if KHMER_CLUSTER.match(c))
    got = Counter(c for text in found for c in clusters(text) if KHMER_CLUSTER.match(c))
    return {"words": kept / max(1, words), "khmer_exact": exact / max(1, len(khmer)),
            "khmer_clusters": sum((wanted & got).values()) / max(1, sum(wanted.values()))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    count = parser.parse_args().pages
    app = QApplication.instance() or QApplication([])  # noqa: F841 -- Qt lays out the sample text
    load_fonts()
    pages = page_contents(count)
    files = {"careful producer (ActualText)": typeset(pages), "Qt QPdfWriter": qt_writer_pdf(pages)}
    print(f"{count} generated pages; {sys.platform}, Python {sys.version.split()[0]}\n")
    print("| PDF | reader | pages/s | English words | Khmer paragraphs exact | Khmer clusters | warns |")
    print("|---|---|---:|---:|---:|---:|---|")
    for name, data in files.items():
        for reader_name, read in (("Ekasar (pypdfium2)", read_with_pdfium), ("pypdf extract_text", read_with_pypdf)):
            seconds, found = best_of_three(read, data)
            q = quality(pages, found, paged=name.startswith("careful"))
            warns = "yes" if reader_name.startswith("Ekasar") and read_pdf(data).notices else "no"
            print(f"| {name} ({len(data) / 1e6:.1f} MB, {len(found)} pages) | {reader_name} | "
                  f"{len(found) / seconds:,.0f} | {q['words']:.1%} | {q['khmer_exact']:.1%} | "
                  f"{q['khmer_clusters']:.1%} | {warns} |")
    started = time.perf_counter()
    run_reader(read_pdf, files["careful producer (ActualText)"], timeout=600)
    sandboxed = time.perf_counter() - started
    print(f"\nThrough the sandbox (a spawned child process): {count / sandboxed:,.0f} pages/s "
          f"({sandboxed:.2f} s for {count} pages, the child's start included).")
    seconds = whole_import(files["careful producer (ActualText)"])
    print(f"A whole import (read, clean, find people and dates, index, store): {count / seconds:,.0f} pages/s "
          f"({seconds:.2f} s for {count} pages).")
    return 0


def whole_import(data: bytes) -> float:
    """Seconds for ``ekasar import``'s work on one PDF, into an empty notebook on the seed archive."""
    from desktop.services.library import Library
    from desktop.store.build import build_archive

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        build_archive(ROOT / "seeds", root / "archive.sqlite")
        (root / "report.pdf").write_bytes(data)
        (root / "data").mkdir()
        with Library(root / "archive.sqlite", root / "data") as library:
            started = time.perf_counter()
            report = library.imports.import_files([root / "report.pdf"])
            seconds = time.perf_counter() - started
        assert report.imported, report.skipped
    return seconds


if __name__ == "__main__":
    sys.exit(main())
