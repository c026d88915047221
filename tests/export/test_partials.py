"""A killed export leaves no plaintext temporary file on the stick once Ekasar starts or exports again."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.disk import partials
from desktop.export.exporter import export_notes
from desktop.services.library import Library
from tests.conftest import ROOT
from tests.processes import kill_after_first_line

G = "002_46b7dbb94abd75ab"
SECRET = "the witness lives behind the pagoda"

# An export that stops for good right before its first temporary file is renamed: the moment a
# kill leaves that file on the stick with the note in it.
STALLED_EXPORTER = """
import os, sys, time
from pathlib import Path
from desktop.export import safe_write
from desktop.export.exporter import export_notes
from desktop.services.library import Library

def stall(*_args):
    print("writing", flush=True)
    time.sleep(600)

safe_write.os.replace = stall
with Library(Path(sys.argv[1]), Path(sys.argv[2])) as library:
    export_notes(library.notes.listing(), library.documents.get, Path(sys.argv[3]), "markdown")
"""


@pytest.fixture(autouse=True)
def own_journal():
    before = partials.journal_folder()
    yield
    partials.keep_journal_in(before)


def _killed_export(archive_path: Path, data_dir: Path, stick: Path) -> list[Path]:
    """Run an export that is killed mid-file; return the temporary files it left (the control)."""
    import random

    child = subprocess.Popen([sys.executable, "-c", STALLED_EXPORTER, str(archive_path), str(data_dir), str(stick)],
                             stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    kill_after_first_line(child, random.Random(1), 0.0, 0.1)
    return list(stick.rglob("*.partial"))


def _noted(archive_path: Path, data_dir: Path) -> None:
    with Library(archive_path, data_dir) as library:
        library.notes.annotate_quote(G, "Prey Sar Prison", note=SECRET)


def test_the_next_start_removes_what_a_killed_export_left(archive_path, data_dir, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    _noted(archive_path, data_dir)
    left = _killed_export(archive_path, data_dir, stick)
    assert left and SECRET in left[0].read_text()  # control: the kill did leave plaintext behind
    with Library(archive_path, data_dir):
        pass
    assert list(stick.rglob("*.partial")) == []
    assert list((data_dir / "partials").iterdir()) == []


def test_a_stick_that_is_away_is_cleaned_at_the_next_export(archive_path, data_dir, tmp_path):
    stick, away = tmp_path / "stick", tmp_path / "elsewhere"
    stick.mkdir()
    _noted(archive_path, data_dir)
    assert _killed_export(archive_path, data_dir, stick)
    stick.rename(away)  # the stick is pulled out before Ekasar starts again
    with Library(archive_path, data_dir) as library:
        assert len(list((data_dir / "partials").glob("*.path"))) == 1  # the record is kept
        away.rename(stick)  # and plugged in again
        export_notes(library.notes.listing(), library.documents.get, stick, "markdown")
    assert list(stick.rglob("*.partial")) == []
    assert list((data_dir / "partials").iterdir()) == []


def test_a_live_export_is_never_swept(tmp_path):
    partials.keep_journal_in(tmp_path / "partials")
    temporary = tmp_path / ".notes.md.0123abcd.partial"
    temporary.write_text("being written")
    with partials.recorded(temporary):
        assert partials.sweep() == []  # another Ekasar starting now leaves it alone
        assert temporary.exists()
    assert list((tmp_path / "partials").iterdir()) == []


def test_a_sweep_removes_only_temporary_files(tmp_path):
    """A record that names anything but an export's temporary file (a tampered data folder) is
    dropped without touching the file; the control shows a real temporary file is removed."""
    journal = tmp_path / "partials"
    partials.keep_journal_in(journal)
    journal.mkdir()
    precious, temporary = tmp_path / "thesis.docx", tmp_path / ".notes.md.0123abcd.partial"
    for number, path in enumerate((precious, temporary)):
        path.write_text("keep" if path == precious else "half")
        (journal / f"{number}.path").write_bytes(os.fsencode(path))
    assert partials.sweep() == [temporary]
    assert precious.read_text() == "keep"
    assert not temporary.exists()
