"""Quick delete killed (SIGKILL) at every step and at random moments: once it has begun, the notes
are never readable again, and the next start finishes the job and runs cleanly."""

import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from desktop.services import notebook as notebook_module
from desktop.services.notebook import Notebook
from desktop.security.wrap import KeyUnavailable, unwrap
from desktop.store import safekeeping
from desktop.services.library import Library
from tests.security.conftest import files_containing

SENTINEL = "SENTINEL-quick-delete-41c2"
PASS = "passphrase for the kill test"
WATCHED = ("write", "fsync", "unlink", "replace", "rename")


@pytest.fixture(scope="module")
def template(tmp_path_factory, archive_path):
    """An encrypted notebook with a note, its backups (as on a stick) and a kept copy."""
    data_dir = tmp_path_factory.mktemp("template") / "data"
    data_dir.mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(safekeeping, "filesystem_of", lambda path: "exfat")
        patch.setattr("desktop.security.kdf.TARGET_SECONDS", 0)
        key = Notebook(data_dir).encrypt(PASS)
        for number in range(3):
            with Library(archive_path, data_dir, key=key) as library:
                doc = library.documents.get(library.documents.all()[0].id)
                library.notes.annotate(doc.info.id, 10 * number, 10 * number + 30, note=f"{SENTINEL} {number}")
    (data_dir / "user.sqlite.kept-20250101-000000").write_bytes((data_dir / "user.sqlite").read_bytes())
    return data_dir


def _copy(template, tmp_path, name):
    target = tmp_path / name
    shutil.copytree(template, target)
    return target


def _readable(data_dir, archive_path) -> bool:
    """Whether anyone holding the passphrase could read the notes from what is on disk now."""
    for record in (data_dir / "notebook.key", data_dir / ".notebook.key.partial"):
        try:
            raw = unwrap(record.read_bytes(), PASS, notebook_module.KIND)
        except (OSError, KeyUnavailable):
            continue
        for candidate in [data_dir / "user.sqlite", *sorted((data_dir / "backups").glob("*.sqlite"))]:
            try:
                from desktop.security.datakey import DataKey
                from desktop.store.connect import connect_user

                conn = connect_user(candidate, DataKey(bytearray(raw)), read_only=True)
                conn.execute("SELECT count(*) FROM annotations").fetchone()
                return True
            except Exception:
                continue
    return bool(files_containing(data_dir, SENTINEL))


def _starts_cleanly(data_dir, archive_path) -> None:
    result = subprocess.run([sys.executable, "-m", "desktop", "notes", "--data-dir", str(data_dir),
                             "--archive", str(archive_path)],
                            input="", capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "no notes" in result.stdout + result.stderr
    assert not Notebook(data_dir).is_encrypted()
    left = [p.name for p in data_dir.rglob("*") if p.is_file() and ("user" in p.name or "notebook" in p.name)]
    assert left == ["user.sqlite"] or left == [], left  # at most the fresh, empty notebook


def _run_killed_after(data_dir, steps: int) -> bool:
    """Run the quick delete in a child process killed right after its ``steps``-th file operation;
    return whether it finished before that."""
    child = os.fork()
    if child == 0:  # pragma: no cover - the child never returns
        count = {"n": 0}

        def watched(real):
            def call(*args, **kwargs):
                result = real(*args, **kwargs)
                count["n"] += 1
                if count["n"] >= steps:
                    os.kill(os.getpid(), signal.SIGKILL)
                return result
            return call

        for name in WATCHED:
            setattr(os, name, watched(getattr(os, name)))
        try:
            Notebook(data_dir).delete_notes()
        finally:
            os._exit(0)
    _, status = os.waitpid(child, 0)
    return os.WIFEXITED(status)


def test_killed_after_any_step_the_notes_stay_unreadable(template, tmp_path, archive_path):
    assert _readable(template, archive_path)  # the control: before deleting, the notes can be read
    steps = 1
    while True:
        data_dir = _copy(template, tmp_path, f"step-{steps}")
        finished = _run_killed_after(data_dir, steps)
        assert not _readable(data_dir, archive_path), f"readable after a kill at step {steps}"
        _starts_cleanly(data_dir, archive_path)
        if finished:
            break
        steps += 1
    assert steps > 5  # the kills landed between the real steps of the deletion


def test_killed_at_random_moments_the_notes_are_whole_or_gone(template, tmp_path, archive_path):
    """The real command, killed at a random time: before it begins, nothing has changed; after,
    nothing is readable."""
    chance = random.Random(int(time.time()))
    original_key = (template / "notebook.key").read_bytes()
    for attempt in range(6):
        data_dir = _copy(template, tmp_path, f"random-{attempt}")
        process = subprocess.Popen([sys.executable, "-m", "desktop", "delete-notes", "--confirm", "DELETE",
                                    "--data-dir", str(data_dir)], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(chance.uniform(0.0, 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        key_file = data_dir / "notebook.key"
        untouched = key_file.exists() and key_file.read_bytes() == original_key
        assert _readable(data_dir, archive_path) == untouched
        if untouched:
            continue  # killed before it began: the user's notes are as they were
        _starts_cleanly(data_dir, archive_path)
