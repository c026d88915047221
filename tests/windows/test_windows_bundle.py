"""The Windows bundle under Wine: it checks itself, draws English and Khmer with its own fonts
(offscreen and on Qt's windows platform under Xvfb), keeps everything beside itself in portable
mode, encrypts and unlocks, seals an export and merges it back, and prints Khmer through a pipe."""

import json
import re
import tomllib
from pathlib import Path

from tests.conftest import ROOT
from tests.windows.conftest import wine

OFFSCREEN = {"WINEQT_QPA_PLATFORM": "offscreen"}  # Wine hands QT_* on only under this name
PASS = "river stones at dusk"
G = "002_46b7dbb94abd75ab"  # holds Khmer


def cli(prefix, bundle: Path, *args: str, stdin: str | None = None, **env: str):
    return prefix.run(bundle / "ekasar-cli.exe", *args, stdin=stdin, timeout=300, **{**OFFSCREEN, **env})


def win(path: Path) -> str:
    return wine.windows_path(path)


def test_the_zip_holds_two_executables_the_licences_and_only_the_qt_it_needs(bundle_zip, windows_bundle):
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert windows_bundle.name == f"Ekasar-{meta['version']}-windows-x86_64"
    assert bundle_zip.stat().st_size < 45e6
    for name in ("Ekasar.exe", "ekasar-cli.exe", "README.txt", "LICENSE", "licenses/THIRD-PARTY.txt",
                 "licenses/Python-LICENSE.txt", "licenses/Qt-PySide6-LGPL-3.0.txt"):
        assert (windows_bundle / name).is_file(), name
    names = {p.name for p in windows_bundle.rglob("*")}
    assert {"qwindows.dll", "qoffscreen.dll", "qminimal.dll", "archive.sqlite", "NotoSansKhmer-Regular.ttf",
            "ekasar_km.qm", "qt_km.qm", "ekasar_en.qm", "guide-km.md"} <= names  # the Khmer interface too
    assert "pdfium.dll" in names  # PDFium, which pypdfium2 loads through ctypes
    for unused in ("Qt6DBus.dll", "QtDBus.pyd", "Qt6Network.dll", "Qt6Qml.dll", "Qt6Quick.dll", "_ssl.pyd",
                   "_hashlib.pyd", "libcrypto-3.dll", "libssl-3.dll", "ekasar_km.ts"):
        assert unused not in names
    assert "%APPDATA%" in (windows_bundle / "README.txt").read_text(encoding="utf-8")


def test_self_test_and_smoke_offscreen(prefix, windows_bundle, tmp_path):
    checked = cli(prefix, windows_bundle, "--self-test", "--data-dir", win(tmp_path / "data"))
    assert checked.returncode == 0 and "Everything Ekasar needs is here." in checked.stdout, checked.stdout
    smoke = cli(prefix, windows_bundle, "--smoke", win(tmp_path / "new" / "out"), "--data-dir", win(tmp_path / "data"))
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "smoke test passed" in smoke.stdout and "Noto Serif Khmer" in smoke.stdout
    assert "Traceback" not in smoke.stderr


def test_the_window_draws_khmer_on_the_windows_platform(prefix, windows_bundle, tmp_path):
    """Qt's own Windows platform (not offscreen), drawing through Wine onto the X display."""
    smoke = prefix.run(windows_bundle / "ekasar-cli.exe", "--smoke", win(tmp_path / "out"),
                       "--data-dir", win(tmp_path / "data"), timeout=300)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert re.search(r"read Khmer \S+: .*Noto Serif Khmer \(\d+ glyphs\)", smoke.stdout)
    shown = prefix.run(windows_bundle / "ekasar-cli.exe", "--quit-when-shown", "--data-dir", win(tmp_path / "data"),
                       timeout=300)
    assert shown.returncode == 0 and shown.stdout.strip() == "window shown", shown.stdout + shown.stderr
    khmer = prefix.run(windows_bundle / "ekasar-cli.exe", "--lang", "km", "--quit-when-shown",
                       "--data-dir", win(tmp_path / "data"), timeout=300)
    assert khmer.returncode == 0 and khmer.stdout.strip() == "window shown", khmer.stdout + khmer.stderr
    assert "translation is missing" not in khmer.stderr  # the bundle carries the compiled Khmer
    assert "language=km" in (tmp_path / "data" / "settings.ini").read_text(encoding="utf-8")


def _appdata_and_registry(prefix) -> dict[str, bytes]:
    """What a Windows program could leave on the computer: the user folders and the registry
    (without the timestamps Wine writes into its registry files). Of the machine-wide hive,
    which Wine's own services rewrite as they run, only what names Ekasar."""
    found = {}
    for path in sorted((prefix.folder / "drive_c" / "users").rglob("*")):
        if path.is_file():
            found[str(path.relative_to(prefix.folder))] = path.read_bytes()
    for hive in ("user.reg", "system.reg", "userdef.reg"):
        text = (prefix.folder / hive).read_text(encoding="utf-8", errors="replace")
        lines = [line for line in text.splitlines() if not line.startswith(("#time=", ";;"))
                 and not re.match(r"^\[.*\] \d+$", line)]
        if hive == "system.reg":
            lines = [line for line in lines if "ekasar" in line.lower()]
        found[hive] = "\n".join(lines).encode()
    return found


def test_portable_mode_leaves_appdata_and_the_registry_as_they_were(prefix, portable_bundle, tmp_path):
    out = tmp_path / "out"
    before = _appdata_and_registry(prefix)
    steps = [("--self-test",), ("--smoke", win(out)), ("search", "Prey Sar"),
             ("annotate", G, "--quote", "Mu Sochua", "--note", "seen", "--tag", "t"), ("notes",),
             ("export", "--to", win(out), "--format", "bundle")]
    for args in steps:
        result = cli(prefix, portable_bundle, *args)
        assert result.returncode == 0, f"{args}: {result.stdout}{result.stderr}"
    assert (portable_bundle / "data" / "user.sqlite").is_file()  # the notes are beside the program
    assert _appdata_and_registry(prefix) == before  # nothing in %APPDATA%, the registry untouched


def test_encrypt_unlock_wrong_passphrase_and_a_sealed_export_merged_back(prefix, windows_bundle, tmp_path):
    data, other, out = win(tmp_path / "data"), win(tmp_path / "colleague"), tmp_path / "out"
    out.mkdir()
    noted = cli(prefix, windows_bundle, "annotate", G, "--quote", "Prey Sar Prison", "--note", "ខេមរា seen",
                "--data-dir", data)
    assert noted.returncode == 0, noted.stderr
    encrypted = cli(prefix, windows_bundle, "encrypt", "--data-dir", data, stdin=f"{PASS}\n{PASS}\n")
    assert encrypted.returncode == 0, encrypted.stderr
    assert not (tmp_path / "data" / "user.sqlite").read_bytes().startswith(b"SQLite format 3")
    wrong = cli(prefix, windows_bundle, "notes", "--data-dir", data, stdin="not it\n")
    assert wrong.returncode == 2 and "the passphrase is not right" in wrong.stderr, wrong.stderr
    right = cli(prefix, windows_bundle, "notes", "--json", "--data-dir", data, stdin=f"{PASS}\n")
    assert right.returncode == 0 and [n["note"] for n in json.loads(right.stdout)] == ["ខេមរា seen"], right.stderr
    sealed = cli(prefix, windows_bundle, "export", "--to", win(out), "--format", "bundle", "--encrypt", "--json",
                 "--data-dir", data, stdin=f"{PASS}\nexport words\n")
    assert sealed.returncode == 0, sealed.stderr
    sealed_file = Path(json.loads(sealed.stdout)["folder"].replace("Z:", "").replace("\\", "/"))
    assert sealed_file.is_file() and b"Prey Sar" not in sealed_file.read_bytes()
    merged = cli(prefix, windows_bundle, "import-notes", win(sealed_file), "--json", "--data-dir", other,
                 stdin="export words\n")
    assert merged.returncode == 0 and json.loads(merged.stdout)["added"] == 1, merged.stderr


def test_the_cli_prints_khmer_through_a_pipe(prefix, windows_bundle, tmp_path):
    shown = cli(prefix, windows_bundle, "show", G, "--data-dir", win(tmp_path / "data"))
    assert shown.returncode == 0, shown.stderr
    assert "ខេមរា" in shown.stdout  # UTF-8 on a pipe, not the console's code page
    found = cli(prefix, windows_bundle, "search", "ខេមរា", "--data-dir", win(tmp_path / "data"))
    assert found.returncode == 0 and G in found.stdout, found.stderr


def test_a_file_windows_cannot_open_is_skipped_with_a_reason(prefix, windows_bundle, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "CON.txt").write_text("the console's name")  # fine on Linux, a device on Windows
    (folder / "report.txt").write_text("A report about Battambang.")
    imported = cli(prefix, windows_bundle, "import", win(folder), "--data-dir", win(tmp_path / "data"))
    said = imported.stdout + imported.stderr
    assert "report.txt" in imported.stdout and "Traceback" not in said, said
    assert "CON.txt" in said and "keeps for a device" in said, said
