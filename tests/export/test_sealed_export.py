"""Sealed exports: one file under a passphrase, no plain text on disk on the way, opened back by
Ekasar, by `ekasar unseal` and by the recipe in docs/security-formats.md."""

import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

from desktop.export.bag import verify_bag
from desktop.export.bundle_import import BundleError, read_sealed_bundle
from desktop.export.exporter import export_notes, unseal_export
from desktop.export.options import ExportOptions
from desktop.export.sealed_export import FIXED_TIME, UnsealError, open_files, pack, unpack
from desktop.security import sealed

ROOT = Path(__file__).resolve().parents[2]
G = "002_46b7dbb94abd75ab"
SENTINEL = "SENTINEL-note-ភ្នំពេញ-7319"
PASSPHRASE = "ខេមរា correct horse"

pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture
def noted(library):
    library.notes.annotate_quote(G, "Prey Sar Prison", note=SENTINEL, tags=["witness"])
    return library


def listing(folder: Path) -> set[str]:
    return {str(p) for p in folder.rglob("*")}


def assert_no_plain_text(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                for secret in (SENTINEL, "Prey Sar Prison"):
                    assert secret.encode(encoding) not in data, (path, encoding)


@pytest.mark.parametrize("fmt", ["markdown", "bundle"])
def test_a_sealed_export_is_one_file_with_no_plain_text_and_leaves_nothing_behind(noted, tmp_path, fmt,
                                                                                  private_tmpdir):
    out = tmp_path / "stick"
    out.mkdir()
    (private_tmpdir / "already-there").touch()  # the control: what was there before is not counted
    temp_before = set(os.listdir(tempfile.gettempdir()))
    assert temp_before == {"already-there"}
    result = export_notes(noted.notes.listing(), noted.documents.get, out, fmt,
                          options=ExportOptions(passphrase=PASSPHRASE))
    assert result.sealed and result.folder == result.files[0] and result.folder.suffix == ".ekasar-sealed"
    assert listing(out) == {str(result.folder)}  # no folder, no temporary or partial file
    assert set(os.listdir(tempfile.gettempdir())) - temp_before == set()
    assert_no_plain_text(out)
    assert result.folder.read_bytes().startswith(b"EKASAR-SEALED 1\n")
    files = open_files(result.folder.read_bytes(), PASSPHRASE)
    assert any(SENTINEL in data.decode("utf-8") for data in files.values())


def test_a_wrong_passphrase_or_a_changed_byte_is_refused(noted, tmp_path):
    result = export_notes(noted.notes.listing(), noted.documents.get, tmp_path, "bundle",
                          options=ExportOptions(passphrase=PASSPHRASE))
    with pytest.raises(UnsealError, match="passphrase is not right"):
        open_files(result.folder.read_bytes(), "wrong")
    with pytest.raises(BundleError, match="passphrase is not right"):
        read_sealed_bundle(result.folder, "wrong")
    damaged = bytearray(result.folder.read_bytes())
    damaged[-5] ^= 1
    with pytest.raises(UnsealError, match="damaged"):
        open_files(bytes(damaged), PASSPHRASE)


def test_without_metadata_the_sealed_file_has_a_neutral_name_and_zip_times(noted, tmp_path):
    options = ExportOptions(without_metadata=True, passphrase=PASSPHRASE)
    first = export_notes(noted.notes.listing(), noted.documents.get, tmp_path, "csv", options=options)
    second = export_notes(noted.notes.listing(), noted.documents.get, tmp_path, "csv", options=options)
    assert (first.folder.name, second.folder.name) == ("ekasar-notes-csv.ekasar-sealed",
                                                       "ekasar-notes-csv-2.ekasar-sealed")
    payload = sealed.open_sealed(first.folder.read_bytes(), PASSPHRASE)
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        assert [(i.filename, i.date_time) for i in archive.infolist()] == [("notes.csv", FIXED_TIME)]
        text = archive.read("notes.csv").decode("utf-8-sig")
    assert "created" not in text and not re.search(r"\d{4}-\d{2}-\d{2}T", text)


def test_unseal_writes_a_verified_bag_like_a_normal_export(noted, tmp_path):
    result = export_notes(noted.notes.listing(), noted.documents.get, tmp_path, "markdown",
                          options=ExportOptions(passphrase=PASSPHRASE))
    plain = tmp_path / "plain"
    plain.mkdir()
    opened = unseal_export(result.folder, PASSPHRASE, plain)
    assert opened.folder.parent == plain and verify_bag(opened.folder) == []
    assert opened.folder.name == result.folder.name.removesuffix(".ekasar-sealed")
    assert any(SENTINEL in p.read_text(encoding="utf-8") for p in (opened.folder / "data").iterdir())
    assert unseal_export(result.folder, PASSPHRASE, plain).folder.name.endswith("-2")  # never over the first


@pytest.mark.parametrize("name", ["../escape.md", "/etc/passwd", "a\\b.md", "data/../../x"])
def test_a_sealed_file_with_hostile_names_inside_is_refused(name):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, b"x")
    with pytest.raises(UnsealError, match="bad name"):
        unpack(buffer.getvalue())


def test_a_sealed_file_that_is_not_a_zip_inside_is_refused():
    with pytest.raises(UnsealError, match="unreadable"):
        open_files(sealed.seal(b"not a zip", PASSPHRASE), PASSPHRASE)
    assert unpack(pack({"a.md": b"1", "sub/b.md": b"2"}, True)) == {"a.md": b"1", "sub/b.md": b"2"}


def recipe_code() -> str:
    """The Python block of docs/security-formats.md, as written."""
    doc = (ROOT / "docs" / "security-formats.md").read_text(encoding="utf-8")
    [code] = [block for block in re.findall(r"```python\n(.*?)```", doc, re.S) if "def open_export" in block]
    return code


def test_the_documented_recipe_opens_a_sealed_export_with_standard_libraries_only(noted, tmp_path):
    result = export_notes(noted.notes.listing(), noted.documents.get, tmp_path, "bundle",
                          options=ExportOptions(without_metadata=True, passphrase=PASSPHRASE))
    namespace = {"__name__": "recipe"}
    exec(compile(recipe_code(), "security-formats.md", "exec"), namespace)  # noqa: S102 - our own documentation
    files = namespace["open_export"](result.folder, PASSPHRASE)
    bundle = json.loads(files["ekasar-notes.json"])
    assert [a["note"] for a in bundle["annotations"]] == [SENTINEL]
    from cryptography.exceptions import InvalidTag

    with pytest.raises(InvalidTag):
        namespace["open_export"](result.folder, "wrong")


def test_the_documented_recipe_as_a_script(noted, tmp_path):
    result = export_notes(noted.notes.listing(), noted.documents.get, tmp_path, "markdown",
                          options=ExportOptions(passphrase=PASSPHRASE))
    script = tmp_path / "open_sealed.py"
    script.write_text(recipe_code(), encoding="utf-8")
    # A new session has no terminal, so getpass reads the passphrase from the pipe.
    ran = subprocess.run([sys.executable, str(script), str(result.folder), str(tmp_path / "opened")],
                         input=f"{PASSPHRASE}\n", capture_output=True, text=True, start_new_session=True)
    assert ran.returncode == 0, ran.stderr
    texts = [p.read_text(encoding="utf-8") for p in (tmp_path / "opened").iterdir()]
    assert any(SENTINEL in t for t in texts) and any("Prey Sar Prison" in t for t in texts)


# The command line -------------------------------------------------------------------------------

@pytest.fixture
def piped(monkeypatch):
    """Standard input as a pipe holding these lines (read_passphrase reads one line from a pipe)."""
    def give(*lines: str) -> None:
        monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    return give


@pytest.fixture
def cli_noted(cli):
    cli("annotate", G, "--quote", "Prey Sar Prison", "--note", SENTINEL, "--tag", "witness")
    return cli


def test_cli_encrypt_unseal_and_import_a_sealed_bundle(cli_noted, piped, tmp_path, archive_path):
    out = tmp_path / "out"
    out.mkdir()
    piped(PASSPHRASE)
    made = cli_noted("export", "--to", str(out), "--format", "bundle", "--encrypt", "--without-metadata", "--json")
    assert made.code == 0, made.err
    report = json.loads(made.out)
    sealed_file = Path(report["folder"])
    assert report["sealed"] and sealed_file.name == "ekasar-notes-bundle.ekasar-sealed"
    assert_no_plain_text(out)

    piped("wrong")
    refused = cli_noted("unseal", str(sealed_file), "--to", str(out))
    assert refused.code == 2 and refused.err == "ekasar: error: the passphrase is not right\n"
    assert listing(out) == {str(sealed_file)}

    piped(PASSPHRASE)
    opened = cli_noted("unseal", str(sealed_file), "--to", str(out), "--json")
    assert opened.code == 0, opened.err
    assert verify_bag(Path(json.loads(opened.out)["folder"])) == []

    piped(PASSPHRASE)
    merged = cli_noted("import-notes", str(sealed_file), "--json")
    assert merged.code == 0 and json.loads(merged.out) == {"added": 0, "skipped": 1, "conflicts": 0}


def test_cli_import_notes_of_a_sealed_bundle_in_a_real_process(cli_noted, piped, tmp_path, archive_path):
    out = tmp_path / "out"
    out.mkdir()
    piped(PASSPHRASE)
    made = cli_noted("export", "--to", str(out), "--format", "bundle", "--encrypt", "--json")
    sealed_file = json.loads(made.out)["folder"]
    other = tmp_path / "colleague"
    command = [sys.executable, "-m", "desktop", "import-notes", sealed_file, "--json",
               "--data-dir", str(other), "--archive", str(archive_path)]
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    wrong = subprocess.run(command, input="wrong\n", capture_output=True, text=True, cwd=ROOT, env=environment)
    assert wrong.returncode == 2 and wrong.stderr == "ekasar: error: the passphrase is not right\n"
    right = subprocess.run(command, input=f"{PASSPHRASE}\n", capture_output=True, text=True, cwd=ROOT,
                           env=environment)
    assert right.returncode == 0, right.stderr
    assert json.loads(right.stdout) == {"added": 1, "skipped": 0, "conflicts": 0}
    assert listing(out) == {sealed_file}  # merged from memory: nothing unpacked beside it


def test_cli_preview_writes_nothing_and_asks_no_passphrase(cli_noted, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    shown = cli_noted("export", "--to", str(out), "--format", "markdown", "--preview", "--quotes-only",
                      "--without-metadata", "--encrypt")
    assert shown.code == 0, shown.err
    assert "One encrypted file" in shown.out and "Prey Sar Prison" in shown.out and SENTINEL not in shown.out
    assert list(out.iterdir()) == []
    as_json = cli_noted("export", "--format", "csv", "--preview", "--json")  # no --to needed to look
    report = json.loads(as_json.out)
    assert not report["sealed"] and SENTINEL in report["files"]["notes.csv"]


def test_cli_export_errors_are_one_line(cli_noted, piped, tmp_path):
    no_folder = cli_noted("export", "--format", "csv")
    assert no_folder.code == 2 and no_folder.err.count("\n") == 1 and "--to" in no_folder.err
    piped("")
    no_passphrase = cli_noted("export", "--to", str(tmp_path), "--encrypt")
    assert no_passphrase.code == 2 and no_passphrase.err == "ekasar: error: no passphrase given\n"
    not_sealed = tmp_path / "x.ekasar-sealed"
    not_sealed.write_bytes(b"plain")
    piped(PASSPHRASE)
    refused = cli_noted("unseal", str(not_sealed), "--to", str(tmp_path))
    assert refused.code == 2 and "not a sealed Ekasar file" in refused.err and refused.err.count("\n") == 1
    piped(PASSPHRASE)
    markdown = cli_noted("export", "--to", str(tmp_path), "--encrypt", "--json")
    piped(PASSPHRASE)
    no_bundle = cli_noted("import-notes", json.loads(markdown.out)["folder"])
    assert no_bundle.code == 2 and "ekasar unseal" in no_bundle.err
