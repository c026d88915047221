"""Portable mode: everything lives in data/ beside the program, and the host's HOME is left as it was."""

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.bundle.conftest import fresh_host, snapshot


def session(bundle: Path, env: dict, out: Path, prefix: tuple = ()) -> None:
    """Open documents, search, annotate and export in the window; then the same through the CLI."""
    steps = [("--smoke", str(out)), ("--self-test",), ("search", "Prey Sar"),
             ("annotate", "002_46b7dbb94abd75ab", "--quote", "Mu Sochua", "--note", "seen", "--tag", "t"),
             ("notes",), ("export", "--to", str(out), "--format", "bundle")]
    for args in steps:
        result = subprocess.run([*prefix, str(bundle / "ekasar"), *args], env=env, capture_output=True, text=True,
                                timeout=180, cwd=bundle)
        assert result.returncode == 0, f"{args}: {result.stdout}{result.stderr}"


@pytest.mark.parametrize("screen", ["offscreen", "xvfb"])
def test_portable_bundle_leaves_no_trace_in_home(portable_bundle, tmp_path, screen):
    prefix: tuple = ()
    if screen == "xvfb":
        if not shutil.which("xvfb-run"):
            pytest.fail("xvfb-run is missing: `make test` installs it (packaging/system-deps.sh --tests)")
        prefix = ("xvfb-run", "-a", "-s", "-screen 0 1280x800x24")
    home, env = fresh_host(tmp_path / "host")
    if screen == "xvfb":
        env.pop("QT_QPA_PLATFORM")
    out = tmp_path / "out"
    out.mkdir()
    before = snapshot(home)
    temp_before = snapshot(Path(env["TMPDIR"]))

    session(portable_bundle, env, out, prefix)

    assert snapshot(home) == before  # no QtProject.conf, recently-used.xbel, thumbnails, caches
    assert snapshot(Path(env["TMPDIR"])) == temp_before  # and no leftovers in the temporary folder
    data = portable_bundle / "data"
    assert (data / "user.sqlite").is_file() and (data / "settings.ini").is_file()
    notes = subprocess.run([str(portable_bundle / "ekasar"), "notes", "--json"], env=env, capture_output=True,
                           text=True, timeout=60)
    assert "Checked by the smoke test" in notes.stdout and "seen" in notes.stdout
    assert len(list(out.iterdir())) == 2  # the window's Markdown export and the CLI's bundle


def test_without_the_marker_data_goes_to_the_users_data_folder(unpacked_bundle, tmp_path):
    home, env = fresh_host(tmp_path / "host")
    result = subprocess.run([str(unpacked_bundle / "ekasar"), "annotate", "002_46b7dbb94abd75ab",
                             "--quote", "Mu Sochua"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert (home / ".local" / "share" / "ekasar" / "user.sqlite").is_file()
    assert not (unpacked_bundle / "data").exists()
