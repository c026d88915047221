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


def _last_lines(output: str | bytes | None, count: int = 40) -> str:
    if isinstance(output, bytes):
        output = output.decode("utf-8", "replace")
    return "\n".join((output or "").splitlines()[-count:])


@pytest.fixture(scope="session")
def bundle_tarball_path() -> Path:
    if shutil.which("ldd") is None or not sys.platform.startswith("linux"):
        pytest.skip("the bundle tests build a Linux bundle")
    command = [sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--no-measure"]
    try:
        build = subprocess.run(command, cwd=ROOT, timeout=900, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    except subprocess.TimeoutExpired as stopped:
        pytest.fail(f"the bundle build ran past 900 s; its last 40 lines:\n{_last_lines(stopped.output)}",
                    pytrace=False)
    if build.returncode != 0:
        pytest.fail(f"the bundle build failed (exit {build.returncode}); its last 40 lines:\n"
                    f"{_last_lines(build.stdout)}", pytrace=False)
    return bundle_tarball()


@pytest.fixture(scope="session")
def unpacked_bundle(bundle_tarball_path, tmp_path_factory) -> Path:
    """The tarball unpacked into a fresh folder: the program folder, as a user gets it."""
    where = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(bundle_tarball_path) as tar:
        # Extraction filters came in 3.11.4; Debian 12's Python is 3.11.2. The tarball is our own.
        if hasattr(tarfile, "tar_filter"):
            tar.extractall(where, filter="tar")
        else:
            tar.extractall(where)
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
