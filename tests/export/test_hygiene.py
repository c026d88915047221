"""Export hygiene: leaving out dates, versions and device details; quotes without the notes; a preview."""

import getpass
import json
import os
import re
import socket

import pytest

from desktop import __version__
from desktop.export.bag import verify_bag
from desktop.export.exporter import NEUTRAL_TIME, build_files, export_notes, preview_export
from desktop.export.html_fonts import without_font_data
from desktop.export.options import FORMATS
from desktop.export.options import ExportOptions
from desktop.export.safe_write import ExportError

G = "002_46b7dbb94abd75ab"
SENTINEL = "SENTINEL-note-ភ្នំពេញ-7319"
# A date with a time, the export folder's old time stamp, or a bare time of day.
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\d{8}-\d{6}|\b\d{2}:\d{2}:\d{2}\b")
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@pytest.fixture
def noted(library):
    library.notes.annotate_quote(G, "Prey Sar Prison", note=SENTINEL, tags=["witness-contact"], color="pink")
    library.notes.annotate_quote(G, "Khemara (Khmer: ខេមរា)", note=f"second {SENTINEL}")
    library.notes.add_note("document", f"whole-document {SENTINEL}", document_id=G, tags=["plan"])
    return library


def leaks(text: str, library) -> list[str]:
    """Everything in ``text`` that says when, with what version, or on which machine and account."""
    found = TIMESTAMP.findall(text)
    public_dates = {d.date for d in library.documents.all() if d.date}  # the cited documents' own dates
    found += [d for d in ISO_DATE.findall(text) if d not in public_dates]
    for name in (socket.gethostname(), getpass.getuser(), str(library.data_dir)):
        if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            found.append(name)
    if __version__ in text or '"ekasar":' in text or '"exported"' in text:
        found.append("version or export time")
    return found


def as_text(files: dict[str, bytes]) -> str:
    """The export's files, joined, without the fonts inside the HTML page (Ekasar's own, the same for
    everyone: their base64 would match any short word)."""
    return "".join(without_font_data(v.decode("utf-8")) for v in files.values())


def test_public_dates_are_what_the_leak_check_lets_through(library):
    assert not leaks("2014-07 the document's own date", library)
    assert leaks("2024-03-01T10:00:00+00:00", library) and leaks("ekasar-notes-20240301-100000-csv", library)


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_metadata_every_format_says_nothing_of_when_or_where(noted, fmt):
    with_times = as_text(build_files(noted.notes.listing(), noted.documents.get, fmt))
    if fmt in ("json", "csv", "bundle"):
        assert leaks(with_times, noted), "the check must see the times a normal export holds"
    files = build_files(noted.notes.listing(), noted.documents.get, fmt, ExportOptions(without_metadata=True))
    text = as_text(files) + " ".join(files)
    assert leaks(text, noted) == []
    assert "Prey Sar Prison" in text and SENTINEL in text and "witness-contact" in text  # the reader's part stays
    assert "Global Fund for Women" in text  # and the citation


def test_without_metadata_the_bag_and_its_folder_hold_no_time_and_never_overwrite(noted, tmp_path):
    options = ExportOptions(without_metadata=True)
    first = export_notes(noted.notes.listing(), noted.documents.get, tmp_path, "bundle", options=options)
    second = export_notes(noted.notes.listing(), noted.documents.get, tmp_path, "bundle", options=options)
    assert first.folder.name == "ekasar-notes-bundle" and second.folder.name == "ekasar-notes-bundle-2"
    assert verify_bag(first.folder) == [] and verify_bag(second.folder) == []
    names = sorted(p.relative_to(first.folder).as_posix() for p in first.folder.rglob("*"))
    assert names == ["README.txt", "bagit.txt", "data", "data/ekasar-notes.json", "manifest-sha256.txt",
                     "tagmanifest-sha256.txt"]  # no bag-info.txt
    for path in [first.folder, *first.folder.rglob("*")]:
        assert path.stat().st_mtime == NEUTRAL_TIME, path
        assert leaks(path.read_text(encoding="utf-8") if path.is_file() else path.name, noted) == []
    data = json.loads((first.folder / "data" / "ekasar-notes.json").read_text(encoding="utf-8"))
    assert all("created" not in a and "modified" not in a for a in data["annotations"])


def test_a_bundle_without_times_imports_and_is_dated_on_arrival(noted, tmp_path, archive_path):
    from desktop.export.bundle_import import read_bundle
    from desktop.services.library import Library

    result = export_notes(noted.notes.listing(), noted.documents.get, tmp_path, "bundle",
                          options=ExportOptions(without_metadata=True))
    incoming = read_bundle(result.folder)
    assert all(a.created and a.modified for a in incoming)
    (tmp_path / "other").mkdir()
    with Library(archive_path, tmp_path / "other") as other:
        assert other.notes.import_notes(incoming)["added"] == 3
        assert other.notes.import_notes(read_bundle(result.folder))["skipped"] == 3  # twice: nothing new


@pytest.mark.parametrize("fmt", FORMATS)
def test_quotes_only_keeps_the_quote_and_leaves_out_notes_tags_and_colours(noted, fmt):
    files = build_files(noted.notes.listing(), noted.documents.get, fmt, ExportOptions(quotes_only=True))
    text = as_text(files)
    assert "Prey Sar Prison" in text and "ខេមរា" in text and "Global Fund for Women" in text
    for private in (SENTINEL, "whole-document", "witness-contact", "plan", "pink"):
        assert private not in text, private


def test_quotes_only_with_no_quote_to_export_says_so(library, tmp_path):
    library.notes.add_note("document", SENTINEL, document_id=G)
    with pytest.raises(ExportError, match="no quotes to export"):
        export_notes(library.notes.listing(), library.documents.get, tmp_path, "markdown",
                     options=ExportOptions(quotes_only=True))


def test_the_preview_shows_exactly_what_an_export_writes_and_writes_nothing(noted, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    options = ExportOptions(without_metadata=True)
    preview = preview_export(noted.notes.listing(), noted.documents.get, "markdown", options, tmp_path)
    assert list(tmp_path.iterdir()) == []
    assert preview.name == "ekasar-notes-markdown" and not preview.sealed
    assert any("Prey Sar Prison" in preview.text(name) for name in preview.files)
    result = export_notes(noted.notes.listing(), noted.documents.get, tmp_path, "markdown", options=options)
    on_disk = sorted((p.relative_to(tmp_path).as_posix(), p.stat().st_size) for p in result.files)
    assert on_disk == sorted(preview.written)
    assert preview_export(noted.notes.listing(), noted.documents.get, "markdown", options, tmp_path).name \
        == "ekasar-notes-markdown-2"  # the next export's name, as it would be
    assert "A folder of" in preview.listing() and "data/index.md" in preview.listing()


def test_the_preview_of_a_sealed_export_lists_one_file_and_asks_no_passphrase(noted, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    preview = preview_export(noted.notes.listing(), noted.documents.get, "csv", ExportOptions(passphrase=""), tmp_path)
    assert preview.sealed and preview.name.endswith(".ekasar-sealed") and len(preview.written) == 1
    assert list(preview.files) == ["notes.csv"] and SENTINEL in preview.text("notes.csv")
    assert os.listdir(tmp_path) == []
    with pytest.raises(ExportError, match="passphrase"):
        export_notes(noted.notes.listing(), noted.documents.get, tmp_path, "csv", options=ExportOptions(passphrase=""))
    assert "secret" not in repr(ExportOptions(passphrase="secret"))
