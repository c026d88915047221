"""Exports on a stick-like file system: every format verified after a remount; failures never leave
a partial file under a final name; unusual names round-trip."""

import os
import random
import subprocess
import sys
import time

import pytest

from desktop.export.bag import verify_bag
from desktop.export.exporter import export_notes
from desktop.export.options import FORMATS
from desktop.export.safe_write import ExportError, write_atomically
from tests.conftest import ROOT
from tests.processes import kill_after_first_line

G = "002_46b7dbb94abd75ab"


@pytest.fixture
def noted(library):
    for quote in ("Prey Sar Prison", "Khemara (Khmer: ខេមរា)", "charges of insurrection"):
        library.notes.annotate_quote(G, quote, note=f"about {quote}", tags=["usb"])
    return library


def test_every_format_verifies_after_a_remount(noted, stick):
    folder, session = stick
    results = [export_notes(noted.notes.listing(), noted.documents.get, folder, fmt) for fmt in FORMATS]
    session.remount()
    for result in results:
        assert verify_bag(result.folder) == [], result.folder


def test_a_full_stick_keeps_the_previous_export_whole(noted, stick, monkeypatch):
    folder, session = stick
    first = export_notes(noted.notes.listing(), noted.documents.get, folder, "markdown")
    filler = folder / "filler.bin"
    if session.device:  # really fill the file system, leaving a few kilobytes
        with open(filler, "wb") as handle:
            handle.write(b"\0" * max(0, session.free() - 4096))
        noted.notes.annotate_quote(G, "Battambang", note="x" * 200_000)
    else:  # no mountable stick: the disk fills on the next write
        import errno

        def full(*_args):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fsync", full)
    try:
        with pytest.raises(ExportError, match="No space left"):
            export_notes(noted.notes.listing(), noted.documents.get, folder, "markdown")
    finally:
        monkeypatch.undo()
        filler.unlink(missing_ok=True)
    assert verify_bag(first.folder) == []
    leftovers = [p for p in folder.rglob("*.partial")]
    assert leftovers == []
    for bag in folder.glob("ekasar-notes-*"):
        if bag != first.folder:  # the failed export: incomplete, and says so (no manifest)
            assert not (bag / "manifest-sha256.txt").exists()


def test_write_errors_leave_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "notes.md"
    write_atomically(target, b"complete old version")
    original_open = open

    class Broken:
        def __init__(self, *args, **kwargs):
            self.handle = original_open(*args, **kwargs)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(data[: len(data) // 2])
            raise OSError(5, "Input/output error")

        def fileno(self):
            return self.handle.fileno()

        def flush(self):
            self.handle.flush()

    monkeypatch.setattr("builtins.open", Broken)
    with pytest.raises(ExportError, match="Input/output error"):
        write_atomically(target, b"new version " * 1000)
    monkeypatch.undo()
    assert target.read_bytes() == b"complete old version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.md"]


EXPORTER = """
import sys
from pathlib import Path
from desktop.export.exporter import export_notes
from desktop.services.library import Library
with Library(Path(sys.argv[1]), Path(sys.argv[2])) as library:
    while True:
        result = export_notes(library.notes.listing(), library.documents.get, Path(sys.argv[3]), "markdown")
        print(result.folder, flush=True)
"""


def test_killed_mid_export_leaves_only_complete_files(noted, stick, archive_path, data_dir):
    folder, _session = stick
    reference = export_notes(noted.notes.listing(), noted.documents.get, folder, "markdown")
    expected = {p.name: p.read_bytes() for p in (reference.folder / "data").iterdir()}
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(7)
    for _ in range(4):
        exporter = subprocess.Popen([sys.executable, "-c", EXPORTER, str(archive_path), str(data_dir), str(folder)],
                                    stdout=subprocess.PIPE, env=env)
        kill_after_first_line(exporter, rng, 0.0, 0.5)
    for bag in folder.glob("ekasar-notes-*"):
        complete = (bag / "manifest-sha256.txt").exists()
        if complete:
            assert verify_bag(bag) == []
        for data_file in (bag / "data").glob("*") if (bag / "data").exists() else []:
            if not data_file.name.endswith(".partial") and not data_file.name.startswith("."):
                assert data_file.read_bytes() == expected[data_file.name]  # never half-written


def test_unusual_names_round_trip(library, stick, tmp_path):
    folder, session = stick
    titles = ["CON", "ឯកសារ សិទ្ធិមនុស្ស", 'What "really" happened: A/B?', "trailing dots...", "Report",
              "REPORT"]
    documents = []
    for number, title in enumerate(titles):
        path = tmp_path / f"{number}.txt"
        path.write_text(f"{title}\n\nA passage about land rights number {number}.\n")
        [(_, doc_id)] = library.imports.import_files([path]).imported
        library.notes.annotate_quote(doc_id, f"land rights number {number}")
        documents.append(doc_id)
    result = export_notes(library.notes.listing(), library.documents.get, folder, "markdown")
    session.remount()
    names = sorted(p.name for p in (result.folder / "data").iterdir())
    assert "_CON.md" in names and "ឯកសារ សិទ្ធិមនុស្ស.md" in names
    assert "What really happened A B.md" in names
    assert {"report.md", "report (2).md"} <= {n.casefold() for n in names}  # unique ignoring case
    assert verify_bag(result.folder) == []


def test_a_sealed_export_without_metadata_on_a_stick(noted, stick, monkeypatch):
    from desktop.export.options import ExportOptions
    from desktop.export.sealed_export import open_files

    monkeypatch.setattr("desktop.security.kdf.TARGET_SECONDS", 0)
    folder, session = stick
    before = set(os.listdir(folder))
    result = export_notes(noted.notes.listing(), noted.documents.get, folder, "bundle",
                          options=ExportOptions(without_metadata=True, passphrase="stick"))
    session.remount()
    assert set(os.listdir(folder)) - before == {"ekasar-notes-bundle.ekasar-sealed"}
    assert "about Prey Sar Prison" in open_files(result.folder.read_bytes(), "stick")["ekasar-notes.json"].decode()
    assert time.gmtime(result.folder.stat().st_mtime)[:3] == (2000, 1, 1)  # exFAT keeps the neutral time
