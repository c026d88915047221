"""Cancelling an import while a file is being read in its child process stops it there, at
once, instead of after the file's whole time limit."""

import time

import pytest

from desktop.ingest.readers import registry
from desktop.ui.operation import Cancelled


def test_a_cancel_stops_a_pdf_being_read(library, tmp_path, monkeypatch):
    # A PDF whose reading takes minutes, imported with a cancel asked at once.
    monkeypatch.setitem(registry.FORMATS, ".pdf", registry.Format("pdf", "read_slowly", 1 << 20))
    monkeypatch.setattr(registry, "_function", lambda spec: __import__(
        "tests.ingest.readers.child_readers", fromlist=[spec]).__dict__[spec])
    (tmp_path / "endless.pdf").write_bytes(b"%PDF-1.7\n")
    calls = []

    def progress(done, total):
        calls.append(done)
        if len(calls) > 3:  # the user pressed Cancel while the file was read
            raise Cancelled()

    started = time.monotonic()
    with pytest.raises(Cancelled):
        library.imports.import_files([tmp_path / "endless.pdf"], progress)
    assert time.monotonic() - started < 20  # not the reader's 60 s limit: stopped where it was
    assert calls[:3] == [0, 0, 0]  # asked while the file was read, reporting none done yet
