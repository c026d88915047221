"""The sentinel test: a note written in an encrypted notebook, through the real window and the
command line (search, export, lock, unlock, quit), is found nowhere in plain text in the data
folder, the temporary folder or HOME."""

import os
import subprocess
import sys

from tests.security.conftest import files_containing

SENTINEL = "SENTINEL-4b8e-Chea-Vannath-met"
PASS = "the notebook passphrase"


def test_a_note_in_an_encrypted_notebook_never_reaches_the_disk_in_plain_text(tmp_path, archive_path):
    home, temp, outside = tmp_path / "home", tmp_path / "tmp", tmp_path / "stick"
    for folder in (home, temp, outside):
        folder.mkdir()
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("XDG_", "EKASAR_"))}
    env.update(HOME=str(home), TMPDIR=str(temp), EKASAR_ARCHIVE=str(archive_path), QT_QPA_PLATFORM="offscreen")
    driven = subprocess.run([sys.executable, "-m", "tests.security.sentinel_driver", SENTINEL, PASS, str(outside)],
                            env=env, capture_output=True, text=True, timeout=300)
    assert driven.returncode == 0 and "driver ok" in driven.stdout, driven.stdout + driven.stderr

    def cli(*args, stdin=PASS + "\n"):
        result = subprocess.run([sys.executable, "-m", "desktop", *args], env=env, input=stdin,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert SENTINEL in cli("notes")  # the note is there, readable with the passphrase
    assert "Battambang" in cli("search", "Battambang")
    cli("export", "--to", str(home), "--encrypt", stdin=f"{PASS}\nexport passphrase\n")

    data_dir = home / ".local" / "share" / "ekasar"
    assert (data_dir / "notebook.key").is_file() and (data_dir / "user.sqlite").is_file()
    assert files_containing(outside, SENTINEL)  # the control: the plain export holds it
    for folder in (data_dir, temp, home):
        assert files_containing(folder, SENTINEL) == [], folder
        assert files_containing(folder, "Chea-Vannath") == [], folder
