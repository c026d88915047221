import hashlib
from pathlib import Path

import pytest

from desktop.ingest.catalog import CatalogError, load_seeds
from tests.conftest import SEEDS

SEED_CHECKSUMS = Path(__file__).with_name("seeds.sha256")  # sha256sum of ../shared/seeds/*.txt


def test_every_seed_has_catalog_metadata():
    seeds = load_seeds(SEEDS)
    assert [s.id for s in seeds] == [
        "000_38d99342b0af7827",
        "001_4d211d3b45014089",
        "002_46b7dbb94abd75ab",
        "003_9cd36ae3e7546bb8",
        "004_be89756c2a9d109d",
    ]
    for seed in seeds:
        assert seed.title and seed.kind and seed.language
        # A value that is given but not stated in the text says where it came from.
        for key in ("author", "publisher", "date"):
            if getattr(seed, key) is None:
                assert key in seed.inferred, f"{seed.id}: missing {key} is not explained"


def test_only_the_khmer_document_is_marked_khmer():
    languages = {s.id: s.language for s in load_seeds(SEEDS)}
    assert languages["002_46b7dbb94abd75ab"] == ["en", "km"]
    assert languages["000_38d99342b0af7827"] == ["en"]


def test_catalog_copy_of_seeds_is_verbatim():
    """The seed texts are the shared originals byte for byte: checked against the originals when
    they are beside this checkout, and always against their recorded checksums."""
    recorded = dict(reversed(line.split("  ", 1)) for line in SEED_CHECKSUMS.read_text().splitlines())
    assert sorted(recorded) == sorted(p.name for p in SEEDS.glob("*.txt"))
    for name, digest in recorded.items():
        assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == digest, name
    shared = SEEDS.parent.parent / "shared" / "seeds"
    for original in shared.glob("*.txt"):
        assert (SEEDS / original.name).read_bytes() == original.read_bytes()


@pytest.mark.parametrize(
    "entry, message",
    [
        ('[[document]]\ntitle = "x"', "needs an id"),
        ('[[document]]\nid = "missing"', "no file for id"),
        ('[[document]]\nid = "a"\ndate = "22 July 2023"', "is not YYYY"),
        ('[[document]]\nid = "a"\nlanguage = "en"', "language must be a list"),
        ("[[document]\nbroken", "catalog.toml"),
    ],
)
def test_bad_catalog_entries_are_reported(tmp_path, entry, message):
    (tmp_path / "a.txt").write_text("A document.")
    (tmp_path / "catalog.toml").write_text(entry)
    with pytest.raises(CatalogError, match=message):
        load_seeds(tmp_path)


def test_documents_without_catalog_entries_are_still_loaded(tmp_path):
    (tmp_path / "a.txt").write_text("A document.")
    [seed] = load_seeds(tmp_path)
    assert (seed.id, seed.title) == ("a", None)
