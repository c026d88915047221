"""What an exported folder holds for a reader who knows nothing of BagIt: a README.txt in English and
Khmer, covered by the tag manifest; an HTML page that carries its Khmer and Latin fonts; and a
preview that lists every file the export writes."""

import base64
import hashlib
import re
import shutil
import subprocess

import pytest

from desktop.export.bag import verify_bag, write_bag
from desktop.export.exporter import build_files, export_notes, preview_export
from desktop.export.options import FORMATS, ExportOptions
from desktop.paths import bundled_resources_dir

G = "002_46b7dbb94abd75ab"
FONTS = bundled_resources_dir() / "fonts"


@pytest.fixture
def noted(library):
    library.notes.annotate_quote(G, "Prey Sar Prison", note="Held **here**", tags=["prison"])
    library.notes.annotate_quote(G, "Khemara (Khmer: ខេមរា)", note="ខេមរា *first*")
    return library


def _files_in(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_the_folder_explains_itself_in_english_and_khmer(noted, tmp_path):
    result = export_notes(noted.notes.listing(), noted.documents.get, tmp_path, "markdown")
    readme = (result.folder / "README.txt").read_text(encoding="utf-8")
    for name in ("bagit.txt", "manifest-sha256.txt", "data/index.md"):
        assert name in readme
    assert "nothing" in readme and "changed" in readme  # what the manifest is for, in plain words
    assert "បញ្ជីផ្ទៀងផ្ទាត់" in readme and "ថង់" in readme  # the glossary's manifest and bag, in Khmer
    assert not re.search(r"\d{4}-\d{2}-\d{2}|\d{2}:\d{2}", readme)  # the same for every export: no date
    assert verify_bag(result.folder) == []


def test_the_readme_is_covered_by_the_tag_manifest_and_the_bag_still_validates(tmp_path):
    folder = tmp_path / "bag"
    write_bag(folder, {"index.md": b"# Index\n", "notes/ឯកសារ.md": "ខេមរា".encode()})
    tags = (folder / "tagmanifest-sha256.txt").read_text(encoding="utf-8")
    listed = dict(reversed(line.split("  ", 1)) for line in tags.splitlines())
    assert set(listed) == {"bagit.txt", "README.txt", "manifest-sha256.txt"}
    for name, digest in listed.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
    manifest = (folder / "manifest-sha256.txt").read_text(encoding="utf-8")
    assert all(line.split("  ", 1)[1].startswith("data/") for line in manifest.splitlines())  # payload only
    # As any BagIt validator checks it: each manifest line against the file it names (coreutils' own check).
    for manifest_name in ("manifest-sha256.txt", "tagmanifest-sha256.txt") if shutil.which("sha256sum") else ():
        checked = subprocess.run(["sha256sum", "--check", "--strict", manifest_name], cwd=folder,
                                 capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    (folder / "README.txt").write_text("changed", encoding="utf-8")
    assert verify_bag(folder) == ["damaged: README.txt"]


def test_a_bag_from_before_the_tag_manifest_still_verifies(tmp_path):
    folder = tmp_path / "bag"
    write_bag(folder, {"index.md": b"# Index\n"})
    (folder / "tagmanifest-sha256.txt").unlink()
    (folder / "README.txt").unlink()
    assert verify_bag(folder) == []


def test_the_html_page_carries_the_bundled_khmer_and_latin_fonts(noted, tmp_path):
    result = export_notes(noted.notes.listing(), noted.documents.get, tmp_path, "html")
    data = result.folder / "data"
    page = (data / "notes.html").read_text(encoding="utf-8")
    faces = re.findall(r"@font-face\{font-family:'([^']+)';src:url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\)", page)
    carried = {base64.b64decode(font) for _family, font in faces}
    for name in ("NotoSerifKhmer-Regular.ttf", "NotoSerifKhmer-Bold.ttf",  # Khmer, and Latin with its italic
                 "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf"):
        assert (FONTS / name).read_bytes() in carried, name  # the very files Ekasar ships, whole
    body = re.search(r"body\{font-family:([^;]+);", page).group(1)
    assert {family for family, _ in faces} and all(f"'{family}'" in body for family, _ in faces)  # and used
    assert re.findall(r"url\((?!data:)", page) == []  # nothing from anywhere else
    assert (data / "OFL.txt").read_bytes() == (FONTS / "OFL.txt").read_bytes()  # their licence, beside the page
    assert verify_bag(result.folder) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_preview_lists_every_file_the_export_writes(noted, tmp_path, fmt):
    out = tmp_path / "out"
    out.mkdir()
    options = ExportOptions(without_metadata=True)
    preview = preview_export(noted.notes.listing(), noted.documents.get, fmt, options, out)
    result = export_notes(noted.notes.listing(), noted.documents.get, out, fmt, options=options)
    written = _files_in(result.folder)
    assert preview.entries() == [path.split("/", 1)[1] for path, _size in preview.written]
    assert sorted(preview.entries()) == written and f"A folder of {len(written)} files" in preview.summary()
    for entry in written:
        assert preview.content(entry) == (result.folder / entry).read_bytes(), entry


def test_only_the_html_export_carries_fonts(noted):
    for fmt in FORMATS:
        files = build_files(noted.notes.listing(), noted.documents.get, fmt)
        assert any(b"@font-face" in data for data in files.values()) == (fmt == "html"), fmt
        assert ("OFL.txt" in files) == (fmt == "html"), fmt
