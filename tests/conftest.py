import io
import os
import shutil
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

# Headless Qt for every test, before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop.cli import main
from desktop.store.build import build_archive
from desktop.services.library import Library
from tests.sticks import pytest_terminal_summary, stick, stick_session  # noqa: F401 (fixtures and hook)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# The Windows bundle's tests run under Wine, only in `make test-windows`.
collect_ignore = [] if os.environ.get("EKASAR_TEST_WINDOWS") == "1" else ["windows"]


@pytest.fixture(scope="session")
def archive_path(tmp_path_factory) -> Path:
    """The archive built from the project's seeds, once per test session."""
    path = tmp_path_factory.mktemp("archive") / "archive.sqlite"
    build_archive(SEEDS, path)
    return path


@pytest.fixture
def data_dir(tmp_path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def library(archive_path, data_dir):
    with Library(archive_path, data_dir) as lib:
        yield lib


@pytest.fixture
def private_tmpdir(tmp_path, monkeypatch) -> Path:
    """A temporary folder of the test's own, as TMPDIR and as Python's default: a check that
    nothing is left behind must never watch the machine's shared /tmp, where others write."""
    folder = tmp_path / "private-tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(archive_path, data_dir, monkeypatch):
    """Run `ekasar ARGS...` in-process against the test archive and a fresh data dir."""
    monkeypatch.delenv("EKASAR_DATA_DIR", raising=False)
    monkeypatch.delenv("EKASAR_ARCHIVE", raising=False)

    def run(*args: str, archive: bool = True, data: bool = True) -> CliResult:
        extra = ["--data-dir", str(data_dir)] if data else []
        if archive:
            extra += ["--archive", str(archive_path)]
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main([*args, *extra] if args and not args[0].startswith("-") else [*extra, *args])
        return CliResult(code, out.getvalue(), err.getvalue())

    return run
