"""A bundle file swapped after its manifest was checked is refused: the bytes parsed are the bytes
hashed, read once, from a regular file."""

import os

import pytest

from desktop.export import bundle_import
from desktop.export.bundle_import import BundleError, read_bundle
from desktop.export.exporter import export_notes

G = "002_46b7dbb94abd75ab"


@pytest.fixture
def exported(library, tmp_path):
    library.notes.annotate_quote(G, "Prey Sar Prison", note="held here")
    return export_notes(library.notes.listing(), library.documents.get, tmp_path, "bundle").folder


def swap_after_check(monkeypatch, replace) -> None:
    real = bundle_import.verify_bag

    def check_then_swap(folder, **options):
        problems = real(folder, **options)
        replace(folder / "data" / "ekasar-notes.json")
        return problems

    monkeypatch.setattr(bundle_import, "verify_bag", check_then_swap)


def test_a_sound_bundle_reads(exported):
    assert [n.note for n in read_bundle(exported)] == ["held here"]  # the control


def test_swapped_for_a_link_to_a_device_is_refused(exported, monkeypatch):
    def to_zero(path):
        path.unlink()
        os.symlink("/dev/zero", path)

    swap_after_check(monkeypatch, to_zero)
    with pytest.raises(BundleError, match="cannot read"):
        read_bundle(exported)


def test_swapped_for_other_notes_is_refused(exported, monkeypatch):
    def other_notes(path):
        path.write_bytes(path.read_bytes().replace(b"held here", b"planted!!"))

    swap_after_check(monkeypatch, other_notes)
    with pytest.raises(BundleError, match="changed while it was being read"):
        read_bundle(exported)
