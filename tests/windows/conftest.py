"""The Windows bundle, built (or found up to date) by packaging/build_windows.py and unzipped, and
the Wine prefix it runs in. Collected only by `make test-windows` (EKASAR_TEST_WINDOWS=1)."""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging" / "windows"))
import authenticode  # noqa: E402,F401 (for the signature tests)
import wine  # noqa: E402

PREFIX = ROOT / "build" / "windows" / "prefix"


@pytest.fixture(scope="session")
def bundle_zip() -> Path:
    build = subprocess.run([sys.executable, str(ROOT / "packaging" / "build_windows.py")], cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=1800)
    if build.returncode != 0:
        tail = "\n".join(build.stdout.splitlines()[-40:])
        pytest.fail(f"the Windows build failed (exit {build.returncode}); its last 40 lines:\n{tail}", pytrace=False)
    [zipped] = sorted((ROOT / "dist").glob("Ekasar-*-windows-x86_64.zip"))
    return zipped


@pytest.fixture(scope="session")
def windows_bundle(bundle_zip, tmp_path_factory) -> Path:
    """The zip unpacked into a fresh folder, as a user gets it."""
    where = tmp_path_factory.mktemp("windows")
    with zipfile.ZipFile(bundle_zip) as archive:
        archive.extractall(where)
    [folder] = where.iterdir()
    return folder


@pytest.fixture(scope="session")
def prefix(windows_bundle, tmp_path_factory) -> wine.Prefix:
    if not os.environ.get("DISPLAY"):
        pytest.fail("Wine needs an X display for its desktop process: run these tests with make test-windows "
                    "(under xvfb-run)", pytrace=False)
    made = wine.Prefix(PREFIX)
    made.prepare()
    made.warm_up(windows_bundle / "ekasar-cli.exe", tmp_path_factory.mktemp("warm-up"))
    return made


@pytest.fixture
def portable_bundle(windows_bundle, tmp_path) -> Path:
    """A copy of the bundle with the portable marker beside the executables."""
    copy = tmp_path / windows_bundle.name
    shutil.copytree(windows_bundle, copy)
    (copy / "portable").write_bytes(b"")
    return copy
