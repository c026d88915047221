import sqlite3
import zlib

import pytest

from desktop.ingest.document import prepare
from desktop.store.build import BuildError, build_archive
from desktop.store.connect import StoreError, archive_manifest, open_archive
from desktop.store.schema import SCHEMA_VERSION
from tests.conftest import SEEDS

CONTENT_TABLES = ["documents", "khmer_text", "manifest", "entities", "mentions"]
KEYED_TABLES = ["paragraphs", "events"]  # WITHOUT ROWID: ordered by their key


def dump(path) -> dict[str, list]:
    conn = open_archive(path)
    try:
        tables = {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in CONTENT_TABLES}
        tables.update({t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in KEYED_TABLES})
        return tables
    finally:
        conn.close()


def test_building_twice_gives_identical_content(tmp_path, archive_path):
    again = tmp_path / "again.sqlite"
    build_archive(SEEDS, again)
    assert dump(again) == dump(archive_path)


def test_archive_keeps_the_verbatim_original_and_the_cleaned_text(archive_path):
    conn = open_archive(archive_path)
    original, text, junk = conn.execute(
        "SELECT original, text, junk FROM documents WHERE id = '001_4d211d3b45014089'"
    ).fetchone()
    original = zlib.decompress(original).decode()
    assert original == (SEEDS / "001_4d211d3b45014089.txt").read_text()
    assert "session_start" in original and "session_start" not in text
    assert "session_start" in junk


def test_reading_texts_are_stored_compressed_and_read_back_whole(archive_path):
    conn = open_archive(archive_path)
    for doc_id, text in conn.execute("SELECT id, text FROM documents"):
        (stored,) = conn.execute("SELECT text FROM document_store WHERE id = ?", (doc_id,)).fetchone()
        assert isinstance(stored, bytes) and len(stored) < len(text.encode()) // 2  # the control: raw is not
        assert zlib.decompress(stored).decode() == text
    # Search reads the texts through the view too: its snippets quote them.
    (snippet,) = conn.execute("SELECT snippet(documents_fts, 1, '[', ']', '…', 8) FROM documents_fts "
                              "WHERE documents_fts MATCH 'Battambang' LIMIT 1").fetchone()
    assert "[Battambang]" in snippet


def test_paragraph_offsets_point_into_the_stored_text(archive_path):
    conn = open_archive(archive_path)
    for rowid, original, text in conn.execute("SELECT rowid, original, text FROM documents"):
        original = zlib.decompress(original).decode()
        prepared = prepare(original)
        expected = [prepared.text[p.start : p.end] for p in prepared.paragraphs]
        spans = conn.execute(
            'SELECT start, "end" FROM paragraphs WHERE document_rowid = ? ORDER BY idx', (rowid,)
        ).fetchall()
        assert [text[a:b] for a, b in spans] == expected and all(p.strip() == p != "" for p in expected)


def test_manifest_records_versions_and_source_hashes(archive_path):
    manifest = archive_manifest(open_archive(archive_path))
    assert manifest["schema_version"] == str(SCHEMA_VERSION)
    assert manifest["documents"] == "5"
    assert "000_38d99342b0af7827" in manifest["sources"]


def test_archive_is_opened_read_only(archive_path):
    conn = open_archive(archive_path)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM document_store")


def test_a_failed_build_leaves_the_previous_archive_in_place(tmp_path, seeds_copy):
    out = tmp_path / "archive.sqlite"
    build_archive(seeds_copy, out)
    before = out.read_bytes()
    (seeds_copy / "zzz_broken.txt").write_bytes(b"\x00\x01binary\x02\x03")
    with pytest.raises(BuildError, match="zzz_broken.txt: binary file"):
        build_archive(seeds_copy, out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_opening_something_that_is_not_an_archive_says_so(tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_bytes(b"This is not a database at all" * 100)
    with pytest.raises(StoreError, match="not an Ekasar archive"):
        open_archive(bogus)
    with pytest.raises(StoreError, match="archive not found"):
        open_archive(tmp_path / "missing.sqlite")


def test_a_parallel_build_gives_the_same_archive(tmp_path, archive_path, monkeypatch):
    from desktop.store import build

    monkeypatch.setattr(build, "PARALLEL_FROM", 2)
    parallel = tmp_path / "parallel.sqlite"
    build_archive(SEEDS, parallel)
    assert dump(parallel) == dump(archive_path)


def test_a_bad_seed_fails_a_parallel_build_with_its_name(tmp_path, seeds_copy, monkeypatch):
    from desktop.store import build

    monkeypatch.setattr(build, "PARALLEL_FROM", 2)
    (seeds_copy / "zzz_broken.txt").write_bytes(b"\x00\x01binary")
    with pytest.raises(BuildError, match="zzz_broken.txt: binary file"):
        build_archive(seeds_copy, tmp_path / "a.sqlite")
