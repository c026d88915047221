from pathlib import Path

from desktop import paths
from desktop.services.locate import active_archive


def test_data_dir_order_option_then_environment_then_platform(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "program_dir", lambda: tmp_path / "program")
    env = {"EKASAR_DATA_DIR": str(tmp_path / "env"), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    assert paths.resolve_data_dir(str(tmp_path / "opt"), env) == tmp_path / "opt"
    assert paths.resolve_data_dir(None, env) == tmp_path / "env"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.resolve_data_dir(None, {}) == tmp_path / "xdg" / "ekasar"


def test_portable_marker_puts_data_beside_the_program(tmp_path, monkeypatch):
    program = tmp_path / "program"
    program.mkdir()
    (program / "portable").write_text("")
    monkeypatch.setattr(paths, "program_dir", lambda: program)
    assert paths.resolve_data_dir(None, {}) == program / "data"
    # An explicit choice still wins over the marker.
    assert paths.resolve_data_dir(str(tmp_path / "x"), {}) == tmp_path / "x"


def test_data_dir_is_private(tmp_path):
    created = paths.ensure_data_dir(tmp_path / "new" / "data")
    assert created.stat().st_mode & 0o777 == 0o700


def test_archive_is_built_from_bundled_seeds_once_and_cached(tmp_path):
    first = active_archive(tmp_path, environ={})
    assert first.parent == tmp_path / "cache" and first.is_file()
    mtime = first.stat().st_mtime_ns
    assert active_archive(tmp_path, environ={}) == first
    assert first.stat().st_mtime_ns == mtime


def test_explicit_archive_wins(tmp_path):
    assert active_archive(tmp_path, "/x/a.sqlite", environ={"EKASAR_ARCHIVE": "/y"}) == Path("/x/a.sqlite")
    assert active_archive(tmp_path, None, environ={"EKASAR_ARCHIVE": "/y"}) == Path("/y")
