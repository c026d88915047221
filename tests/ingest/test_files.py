"""Why Windows refuses a file, said so the user can mend it (the importer shows it when a file
cannot be opened there; tests/windows sees it under Wine)."""

from pathlib import Path

from desktop.ingest.files import windows_name_problem


def test_device_names_and_overlong_paths_are_named():
    for name in ("CON.txt", "con.md", "NUL", "com3.notes.txt", "LPT9.html", "AUX .txt"):
        assert "keeps for a device" in windows_name_problem(Path("C:/reports") / name), name
    deep = Path("/r") / ("a" * 150) / ("b" * 150) / "report.txt"
    assert "longer than Windows allows" in windows_name_problem(deep)


def test_ordinary_names_are_not_blamed():
    """The control: names that merely contain a device name are fine."""
    for name in ("CONTRACT.txt", "console.md", "COM10.txt", "nullify.html", "report.txt"):
        assert windows_name_problem(Path("/r") / name) is None, name
