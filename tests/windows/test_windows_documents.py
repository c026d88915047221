"""Documents under Wine: a PDF read by PDFium in a child process (multiprocessing's "spawn", which
in the bundle starts the executable itself again), imported and found; every reader is in the
bundle though imported by name; and the bundle runs on its own copy of the Visual C++ runtime."""

import json
import re

from tests.conftest import ROOT
from tests.windows.test_windows_bundle import cli, win

# Wine's own runtime refused: only the bundle's copies can load, as on a Windows without the
# Visual C++ Redistributable.
OWN_RUNTIME = {"WINEDLLOVERRIDES": "vcruntime140=n;vcruntime140_1=n;msvcp140=n;msvcp140_1=n;msvcp140_2=n"}
RUNTIME = re.compile(r"(msvcp140|vcruntime140)(_\d)?\.dll", re.IGNORECASE)


def one_page_pdf(text: str) -> bytes:
    """A valid one-page PDF (Helvetica, WinAnsi, an uncompressed content stream) written by hand."""
    stream = f"BT /F1 14 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                b"/Resources << /Font << /F1 5 0 R >> >> >>"),
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    pdf, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(pdf)


def test_a_pdf_is_read_by_pdfium_in_a_child_process_imported_and_found(prefix, windows_bundle, tmp_path):
    pdf = tmp_path / "floods.pdf"
    pdf.write_bytes(one_page_pdf("Floods closed the schools of Kampong Cham in October."))
    data = win(tmp_path / "data")
    imported = cli(prefix, windows_bundle, "import", win(pdf), "--json", "--data-dir", data)
    assert imported.returncode == 0 and "Traceback" not in imported.stderr, imported.stdout + imported.stderr
    report = json.loads(imported.stdout)
    assert report["skipped"] == [] and len(report["imported"]) == 1, report  # the child read it and said so
    [document] = [entry["id"] for entry in report["imported"]]
    found = cli(prefix, windows_bundle, "search", "Kampong Cham", "--json", "--data-dir", data)
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert [hit["document"] for hit in hits] == [document] and hits[0]["page"] == 1, hits
    shown = cli(prefix, windows_bundle, "show", document, "--data-dir", data)
    assert "Floods closed the schools of Kampong Cham in October." in shown.stdout, shown.stdout + shown.stderr


def test_every_reader_is_in_the_bundle_though_imported_by_name(windows_bundle):
    readers = ROOT / "desktop" / "ingest" / "readers"
    bundled = windows_bundle / "_internal" / "desktop" / "ingest" / "readers"
    for module in readers.glob("*.py"):
        assert (bundled / module.with_suffix(".pyc").name).is_file(), module.name
    assert (windows_bundle / "_internal" / "pypdfium2_raw" / "pdfium.dll").is_file()


def test_the_bundle_carries_the_cpp_runtime_once_and_runs_on_it_alone(prefix, windows_bundle, tmp_path):
    runtime = sorted(p.relative_to(windows_bundle).as_posix() for p in windows_bundle.rglob("*")
                     if RUNTIME.fullmatch(p.name))
    assert runtime == [f"_internal/{name}" for name in ("MSVCP140.dll", "MSVCP140_1.dll", "MSVCP140_2.dll",
                                                        "VCRUNTIME140.dll", "VCRUNTIME140_1.dll")], runtime
    data = win(tmp_path / "data")
    smoke = cli(prefix, windows_bundle, "--smoke", win(tmp_path / "out"), "--data-dir", data, **OWN_RUNTIME)
    assert smoke.returncode == 0 and "smoke test passed" in smoke.stdout, smoke.stdout + smoke.stderr
    assert "DLL load failed" not in smoke.stderr, smoke.stderr
    khmer = tmp_path / "khmer.txt"  # importing Khmer cuts it into words: khmercut's C++ extension
    khmer.write_text("សាលារៀននៅកំពង់ចាមបានបិទដោយសារទឹកជំនន់។\n", encoding="utf-8")
    imported = cli(prefix, windows_bundle, "import", win(khmer), "--json", "--data-dir", data, **OWN_RUNTIME)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    [document] = [entry["id"] for entry in json.loads(imported.stdout)["imported"]]
    found = cli(prefix, windows_bundle, "search", "ទឹកជំនន់", "--data-dir", data, **OWN_RUNTIME)
    assert found.returncode == 0 and document in found.stdout, found.stdout + found.stderr
