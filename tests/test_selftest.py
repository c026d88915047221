import json

from PySide6.QtCore import QSettings

from desktop import paths
from desktop.ui.settings import confine_qt_settings


def test_self_test_reports_every_check(cli):
    result = cli("--self-test")
    assert result.code == 0
    lines = result.out.splitlines()
    assert [line.split(":")[0] for line in lines[:5]] == [
        "ok    archive", "ok    libraries", "ok    fonts", "ok    user database", "ok    data folder"]
    assert "loaded for the window, PDF import, Khmer search" in lines[1]
    assert lines[-1] == "Everything Ekasar needs is here."


def test_self_test_says_what_is_wrong(cli, tmp_path, monkeypatch, archive_path, data_dir):
    monkeypatch.setattr(paths, "bundled_resources_dir", lambda: tmp_path / "nowhere")
    (data_dir / "user.sqlite").write_bytes(b"not a database" * 100)
    result = cli("--self-test", "--json")
    report = {r["check"]: r for r in json.loads(result.out)}
    assert result.code == 1
    assert not report["fonts"]["ok"] and "missing" in report["fonts"]["detail"]
    assert not report["user database"]["ok"]
    assert report["archive"]["ok"]


def test_a_library_that_cannot_load_fails_the_self_test(cli, monkeypatch):
    import importlib

    real = importlib.import_module

    def without_pdfium(name, *args):
        if name == "pypdfium2":
            raise ImportError("libpdfium.so: cannot open shared object file")
        return real(name, *args)

    monkeypatch.setattr("desktop.selftest.importlib.import_module", without_pdfium)
    result = cli("--self-test", "--json")
    report = {r["check"]: r for r in json.loads(result.out)}
    assert result.code == 1 and not report["libraries"]["ok"]
    assert report["libraries"]["detail"] == ("pypdfium2 (PDF import) cannot be loaded: ImportError: "
                                            "libpdfium.so: cannot open shared object file")


def test_a_damaged_archive_fails_the_self_test(cli, tmp_path):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    result = cli("--self-test", "--archive", str(broken), archive=False)
    assert result.code == 1 and "FAIL  archive" in result.out


def test_qt_settings_stay_in_the_data_folder(tmp_path):
    confine_qt_settings(tmp_path)
    try:
        where = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "QtProject").fileName()
        assert where.startswith(str(tmp_path))
        # the file dialogs' history, as Qt opens it (native format)
        assert QSettings(QSettings.Scope.UserScope, "QtProject").fileName().startswith(str(tmp_path))
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
