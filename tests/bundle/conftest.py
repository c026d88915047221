"""The bundle, built once per test session with `packaging/build_bundle.py` and unpacked from its tarball."""

import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

from tests.conftest import ROOT


def bundle_tarball() -> Path:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    [tarball] = (ROOT / "dist").glob(f"Ekasar-{meta['version']}-*.tar.gz")
    return tarball


@pytest.fixture(scope="session")
def bundle_tarball_path() -> Path:
    if shutil.which("ldd") is None or not sys.platform.startswith("linux"):
        pytest.skip("the bundle tests build a Linux bundle")
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--no-measure"],
                   check=True, cwd=ROOT, timeout=900, capture_output=True)
    return bundle_tarball()


@pytest.fixture(scope="session")
def unpacked_bundle(bundle_tarball_path, tmp_path_factory) -> Path:
    """The tarball unpacked into a fresh folder: the program folder, as a user gets it."""
    where = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(bundle_tarball_path) as tar:
        tar.extractall(where, filter="tar")
    [folder] = where.iterdir()
    return folder


@pytest.fixture
def portable_bundle(unpacked_bundle, tmp_path) -> Path:
    """A copy of the bundle in portable mode, as on a stick."""
    folder = tmp_path / "stick" / unpacked_bundle.name
    shutil.copytree(unpacked_bundle, folder, symlinks=True)
    (folder / "portable").touch()
    return folder


def fresh_host(root: Path, **extra: str) -> tuple[Path, dict[str, str]]:
    """A fresh user's HOME with empty XDG folders (and a runtime and a temp folder beside it),
    and the environment that points there, with no Ekasar variables."""
    home = root / "home"
    folders = {"XDG_CONFIG_HOME": home / ".config", "XDG_CACHE_HOME": home / ".cache",
               "XDG_DATA_HOME": home / ".local" / "share", "XDG_STATE_HOME": home / ".local" / "state",
               "XDG_RUNTIME_DIR": root / "run", "TMPDIR": root / "tmp"}
    for folder in folders.values():
        folder.mkdir(parents=True, mode=0o700)
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", **{name: str(path) for name, path in folders.items()}}
    env.update(extra)
    return home, env


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every path under ``folder`` with its size and modification time."""
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}
