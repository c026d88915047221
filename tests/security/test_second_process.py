"""A second Ekasar on the same notebook never costs a note reported saved: replacing the notebook
(encrypt, change the passphrase) is refused while another process has it open, and a writer whose
notebook was deleted under it stops reporting saves."""

import os
import sqlite3
import subprocess
import sys
import time

import pytest

from desktop.data_folder import DataFolder
from desktop.disk.folder_lock import FolderBusy, FolderLock
from desktop.services.library import Library
from desktop.services.notebook import Notebook
from tests.conftest import ROOT

PASS = "river stones at dusk"
WRITER = """
import sys, time
from pathlib import Path
from desktop.errors import EkasarError
from desktop.services.library import Library
from desktop.services.notebook import Notebook
archive, data, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
key = Notebook(data).unlock(passphrase) if passphrase else None
with Library(archive, data, key=key) as library:
    n = 0
    while True:
        try:
            made = library.notes.annotate("002_46b7dbb94abd75ab", 10 + n % 500, 30 + n % 500, note=f"note {n}")
        except EkasarError as error:
            print("refused", error, flush=True)
            break
        print(made.id, flush=True)  # reported saved only once annotate returned
        n += 1
        time.sleep(0.003)
"""


def start_writer(archive, data, passphrase=""):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(archive), str(data), passphrase],
                              stdout=subprocess.PIPE, text=True, env=env)
    assert writer.stdout.readline().strip(), "the writer saved nothing"
    return writer


def ekasar(data, *args, stdin=""):
    return subprocess.run([sys.executable, "-m", "desktop", *args, "--data-dir", str(data)], cwd=ROOT,
                          input=stdin, capture_output=True, text=True, timeout=120)


def stop(writer) -> list[str]:
    writer.terminate()
    out, _ = writer.communicate(timeout=30)
    return [line for line in out.splitlines() if line and not line.startswith("refused")]


def saved_notes(archive, data, passphrase="") -> set[str]:
    key = Notebook(data).unlock(passphrase) if passphrase else None
    with Library(archive, data, key=key) as library:
        return {note.id for note in library.notes.listing()}


@pytest.mark.parametrize("attempt", range(3))
def test_encrypting_while_another_process_writes_is_refused_and_loses_nothing(archive_path, data_dir, attempt):
    writer = start_writer(archive_path, data_dir)
    time.sleep(0.05 * attempt)
    refused = ekasar(data_dir, "encrypt", stdin=f"{PASS}\n{PASS}\n")
    reported = stop(writer)
    assert refused.returncode == 2 and "already open on this notebook" in refused.stderr
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert not Notebook(data_dir).is_encrypted()
    assert set(reported) <= saved_notes(archive_path, data_dir) and len(reported) > 1
    # The control: with the writer gone, the same command encrypts.
    assert ekasar(data_dir, "encrypt", stdin=f"{PASS}\n{PASS}\n").returncode == 0
    assert set(reported) <= saved_notes(archive_path, data_dir, PASS)


def test_changing_the_passphrase_while_another_process_writes_keeps_every_note(archive_path, data_dir):
    """A new passphrase re-wraps the same key: the writer goes on, and every note it reported saved
    opens with the new passphrase (and no longer with the old one)."""
    with Library(archive_path, data_dir):
        pass
    assert ekasar(data_dir, "encrypt", stdin=f"{PASS}\n{PASS}\n").returncode == 0
    writer = start_writer(archive_path, data_dir, PASS)
    changed = ekasar(data_dir, "change-passphrase", stdin=f"{PASS}\nnew words here\n")
    time.sleep(0.1)
    reported = stop(writer)
    assert changed.returncode == 0, changed.stderr
    assert len(reported) > 1 and set(reported) <= saved_notes(archive_path, data_dir, "new words here")
    with pytest.raises(Exception, match="not right"):
        saved_notes(archive_path, data_dir, PASS)


def test_two_passphrase_changes_at_once_never_both_report_success(data_dir, monkeypatch):
    """The control for the key lock: one change holds it, the other is refused, not lost."""
    data_dir.mkdir(exist_ok=True)
    with FolderLock(DataFolder(data_dir).key_lock_file).acquire(exclusive=True):
        with pytest.raises(FolderBusy, match="being changed by another"):
            Notebook(data_dir).change_passphrase(PASS, "other words")


def test_a_writer_whose_notebook_is_deleted_stops_reporting_saves(archive_path, data_dir):
    writer = start_writer(archive_path, data_dir)
    deleted = ekasar(data_dir, "delete-notes", "--confirm", "DELETE")
    assert deleted.returncode == 0, deleted.stderr
    deadline = time.monotonic() + 10
    line = ""
    while time.monotonic() < deadline and not line.startswith("refused"):
        line = writer.stdout.readline()
    stop(writer)
    assert line.startswith("refused") and "deleted or replaced" in line
    assert saved_notes(archive_path, data_dir) == set()  # deleted, and nothing written after


def another_ekasar(data_dir) -> FolderLock:
    """What a second window or command holds while it has the notebook open."""
    return FolderLock(DataFolder(data_dir).lock_file).acquire(exclusive=False)


def test_a_schema_update_waits_until_this_ekasar_is_alone(archive_path, data_dir, monkeypatch):
    from desktop.store import schema

    with Library(archive_path, data_dir) as library:
        library.notes.annotate_quote("002_46b7dbb94abd75ab", "Prey Sar Prison", note="kept")
    newer = schema.Migrations._Migration("m999_test", lambda db: db["added_later"].create({"id": int}))
    monkeypatch.setattr(schema.user_migrations, "_migrations", [*schema.user_migrations._migrations, newer])
    with another_ekasar(data_dir):
        with pytest.raises(FolderBusy, match="to itself"):
            Library(archive_path, data_dir)
        conn = sqlite3.connect(data_dir / "user.sqlite")
        assert "added_later" not in {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
        conn.close()
    with Library(archive_path, data_dir) as library:  # the control: alone, it updates and opens
        assert library.db.user["added_later"].exists()
        assert [a.note for a in library.notes.listing()] == ["kept"]
        with pytest.raises(FolderBusy):  # and it holds the notebook shared again afterwards
            FolderLock(DataFolder(data_dir).lock_file).acquire(exclusive=True)


def test_a_restore_from_backup_waits_until_this_ekasar_is_alone(archive_path, data_dir, monkeypatch):
    from desktop.store import safekeeping

    monkeypatch.setattr(safekeeping, "filesystem_of", lambda path: "vfat")  # a stick: backups are kept
    with Library(archive_path, data_dir) as library:
        library.notes.annotate_quote("002_46b7dbb94abd75ab", "Prey Sar Prison", note="kept safe")
    live = data_dir / "user.sqlite"
    damaged = bytearray(live.read_bytes())
    damaged[4096:8192] = b"\xff" * 4096
    live.write_bytes(bytes(damaged))
    with another_ekasar(data_dir):
        with pytest.raises(FolderBusy, match="to itself"):
            Library(archive_path, data_dir)
        assert live.read_bytes() == bytes(damaged)  # not replaced under the other Ekasar
    with Library(archive_path, data_dir) as library:  # the control: alone, it restores
        assert library.safekeeping.restored_from is not None
        assert [a.note for a in library.notes.listing()] == ["kept safe"]
