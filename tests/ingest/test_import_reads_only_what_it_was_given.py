"""Import reads only what it was given: no link out of the chosen folder, no device, FIFO or
socket opened, no file read beyond the size limit."""

import os
import socket

import pytest

from desktop.ingest.files import collect_files, read_text_file


def test_links_out_of_the_folder_and_special_files_are_skipped_unopened(tmp_path):
    folder = tmp_path / "chosen"
    folder.mkdir()
    (folder / "report.txt").write_text("A real report about the hearing.\n")
    outside = tmp_path / "secret.txt"
    outside.write_text("not to be imported\n")
    os.symlink(outside, folder / "linked-secret.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    os.symlink(folder / "report.txt", folder / "inside-link.txt")  # stays inside: fine
    os.mkfifo(folder / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "socket.txt"))
    try:
        found, skipped = collect_files([folder])
    finally:
        server.close()
    assert sorted(p.name for p in found) == ["inside-link.txt", "report.txt"]  # the control
    reasons = {s.path.name: s.reason for s in skipped}
    assert "outside the folder" in reasons["linked-secret.txt"]
    assert "outside the folder" in reasons["zero.txt"]
    assert "not a regular file" in reasons["pipe.txt"] and "not a regular file" in reasons["socket.txt"]


def test_a_fifo_named_directly_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "notes.txt"
    os.mkfifo(fifo)
    found, skipped = collect_files([fifo])
    assert found == [] and "not a regular file" in skipped[0].reason
    with pytest.raises(ValueError, match="not a regular file"):
        read_text_file(fifo)  # even if asked directly, it does not block


def test_a_file_larger_than_the_limit_is_not_read(tmp_path, monkeypatch):
    from desktop.ingest import files

    big = tmp_path / "big.txt"
    big.write_text("x" * 2000)
    monkeypatch.setattr(files, "MAX_BYTES", 1000)
    with pytest.raises(ValueError, match="too large"):
        files.read_text_file(big)
    monkeypatch.setattr(files, "MAX_BYTES", 5000)
    assert files.read_text_file(big)[0].startswith("xxx")  # the control: under the limit it reads
