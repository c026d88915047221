"""Windows-only code run by the Windows Python under Wine: the owner-only access lists that stand in
for 0600, and the notebook lock through Windows byte-range locks (msvcrt)."""

import json

import pytest

from tests.conftest import ROOT
from tests.windows.conftest import wine

EVERYONE, USERS = "WD", "BU"  # SDDL's names for Everyone and the local Users group


@pytest.fixture(scope="module")
def report(prefix, bundle_zip) -> dict:  # the build leaves its verified Python in build/windows
    python = ROOT / "build" / "windows" / "python" / "python.exe"
    ran = prefix.run(python, wine.windows_path(ROOT / "tests" / "windows" / "windows_checks.py"),
                     wine.windows_path(ROOT))
    assert ran.returncode == 0, ran.stdout + ran.stderr
    return json.loads(ran.stdout.strip().splitlines()[-1])


def _aces(sddl: str) -> list[str]:
    return [ace.strip("()") for ace in sddl.split("(")[1:]]


def test_a_private_file_is_open_to_its_owner_alone(report):
    user = report["user"]
    assert user and user.startswith("S-1-5-")
    assert any(ace.endswith(";" + EVERYONE) for ace in _aces(report["plain"]))  # the control
    assert report["file_made_private"] and report["folder_made_private"]
    for sddl in (report["file"], report["folder"]):
        trustees = [ace.rsplit(";", 1)[1] for ace in _aces(sddl)]
        assert user in trustees and EVERYONE not in trustees and USERS not in trustees, sddl


def test_the_notebook_lock_uses_windows_file_locking(report):
    assert report["two_shared"]  # two windows or a window and a command share the notebook
    assert report["exclusive_while_shared"] == "refused"  # encrypting waits for them
    assert report["shared_while_exclusive"] == "refused"  # and nobody opens it meanwhile
    assert report["exclusive_when_free"] == "taken"  # the control: refusals come from the holders


def test_a_locked_session_or_sleep_locks_the_reader(prefix, bundle_zip):
    """Windows' own messages reach the screen-lock watcher (posted here as Windows would post them;
    an unlock message is the control: it announces nothing)."""
    python = ROOT / "build" / "windows" / "python" / "python.exe"
    ran = prefix.run(python, wine.windows_path(ROOT / "tests" / "windows" / "windows_session_check.py"),
                     wine.windows_path(ROOT))  # on the X display make test-windows runs under
    assert ran.returncode == 0, ran.stdout + ran.stderr
    report = json.loads(ran.stdout.strip().splitlines()[-1])
    assert report["watching"] == ["windows: WM_WTSSESSION_CHANGE", "windows: WM_POWERBROADCAST"]
    assert report["heard"] == ["session locked", "going to sleep"]
