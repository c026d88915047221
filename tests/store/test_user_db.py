import sqlite3

import pytest

from desktop.store.connect import StoreError, open_user_db


def test_user_database_is_created_with_protective_pragmas(tmp_path):
    db = open_user_db(tmp_path / "user.sqlite")
    pragma = lambda name: db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("secure_delete") == 1
    assert pragma("temp_store") == 2  # MEMORY
    assert "documents" in db.table_names()


def test_reopening_applies_no_migration_twice(tmp_path):
    open_user_db(tmp_path / "user.sqlite").close()
    db = open_user_db(tmp_path / "user.sqlite")
    names = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")]
    assert names == ["m001_imported_documents", "m002_listing_index", "m003_entities", "m004_events", "m005_annotations",
                     "m006_reading_state", "m007_khmer_words", "m008_document_tags", "m009_collections",
                     "m010_removed_documents", "m011_purged_documents", "m012_event_anchors",
                     "m013_event_dismissals", "m014_override_quotes"]


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "user.sqlite"
    path.write_bytes(b"my precious notes, not a database" * 200)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="cannot be opened.*copy kept as user.sqlite.kept-"):
        open_user_db(path)
    assert path.read_bytes() == before
    [copy] = tmp_path.glob("user.sqlite.kept-*")
    assert copy.read_bytes() == before


def test_imports_survive_reopening(tmp_path, archive_path):
    from desktop.services.library import Library

    doc = tmp_path / "a.txt"
    doc.write_text("Interview notes\n\nThe commune chief in Kampong Speu.")
    with Library(archive_path, tmp_path / "data") as library:
        [(_, doc_id)] = library.imports.import_files([doc]).imported
    with Library(archive_path, tmp_path / "data") as library:
        assert library.documents.get(doc_id).info.title == "Interview notes"
        assert [h.document for h in library.search.run("Kampong Speu").hits] == [doc_id]
    conn = sqlite3.connect(tmp_path / "data" / "user.sqlite")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_notebook_is_readable_by_its_user_alone(tmp_path):
    import os
    import stat

    from desktop.store.connect import open_user_db

    old_mask = os.umask(0o022)  # the control: a umask that would make it 0644
    try:
        db = open_user_db(tmp_path / "user.sqlite")
        db.conn.execute("CREATE TABLE t (x)")
        db.conn.close()
    finally:
        os.umask(old_mask)
    for path in tmp_path.glob("user.sqlite*"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
