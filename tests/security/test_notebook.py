"""The encrypted notebook: nothing readable at rest, wrong passphrases, damage, changing the
passphrase, encrypting a notebook that has notes, quick delete and what a crash leaves behind."""

import random

import pytest

from desktop.services.notebook import TOMBSTONE, Notebook, NotebookWiped
from desktop.security.wrap import DamagedKey, WrongPassphrase
from desktop.store import safekeeping
from desktop.store.backup import backups
from desktop.store.connect import DamagedDatabase, StoreError
from desktop.services.library import Library, NotebookIsEncrypted
from tests.security.conftest import files_containing

DOC = "001_b66c0c3d5a4f3a47"
SENTINEL = "SENTINEL-met-Sokha-at-the-pagoda-7f3a9"
PASS = "long walk to the river ខេមរា"


@pytest.fixture
def doc_and_quote(library):
    document = library.documents.get(library.documents.all()[0].id)
    return document.info.id, document.text[40:90]


def _first_quote(archive_path, data_dir, key=None):
    with Library(archive_path, data_dir, key=key) as library:
        document = library.documents.get(library.documents.all()[0].id)
        return document.info.id, document.text[40:90]


def _write_note(archive_path, data_dir, key, text=SENTINEL):
    doc_id, quote = _first_quote(archive_path, data_dir, key)
    with Library(archive_path, data_dir, key=key) as library:
        library.notes.annotate_quote(doc_id, quote, note=text, tags=["witness"])
        library.documents.set_open_document_id(doc_id)
        library.documents.set_reading_position(doc_id, 42)


def _notes(archive_path, data_dir, key):
    with Library(archive_path, data_dir, key=key) as library:
        return [a.note for a in library.notes.listing()]


def test_an_encrypted_notebook_holds_no_plain_text_and_opens_only_with_its_key(archive_path, data_dir):
    notebook = Notebook(data_dir)
    key = notebook.encrypt(PASS)
    _write_note(archive_path, data_dir, key)
    assert notebook.is_encrypted()
    assert files_containing(data_dir, SENTINEL) == []
    assert files_containing(data_dir, "witness") == []
    assert not (data_dir / "user.sqlite-wal").exists()  # nothing left beside it at rest
    with pytest.raises(NotebookIsEncrypted):
        Library(archive_path, data_dir)
    again = Notebook(data_dir).unlock(PASS)
    assert _notes(archive_path, data_dir, again) == [SENTINEL]
    with Library(archive_path, data_dir, key=again) as library:
        assert library.documents.reading_position(library.documents.open_document_id()) == 42


def test_a_wrong_passphrase_is_refused_and_a_damaged_key_file_says_so(archive_path, data_dir):
    notebook = Notebook(data_dir)
    notebook.encrypt(PASS)
    with pytest.raises(WrongPassphrase):
        notebook.unlock(PASS + " ")
    record = bytearray(notebook.key_path.read_bytes())
    record[len(record) // 2] ^= 0x04
    notebook.key_path.write_bytes(bytes(record))
    with pytest.raises(DamagedKey):
        notebook.unlock(PASS)


def test_changing_the_passphrase_rewraps_the_key_and_leaves_the_notes_untouched(archive_path, data_dir):
    notebook = Notebook(data_dir)
    _write_note(archive_path, data_dir, notebook.encrypt(PASS))
    before = notebook.db_path.read_bytes()
    notebook.change_passphrase(PASS, "a new passphrase")
    assert notebook.db_path.read_bytes() == before
    with pytest.raises(WrongPassphrase):
        notebook.unlock(PASS)
    assert _notes(archive_path, data_dir, notebook.unlock("a new passphrase")) == [SENTINEL]


def test_encrypting_a_notebook_with_notes_keeps_them_and_leaves_no_plain_copy(
        archive_path, data_dir, monkeypatch):
    monkeypatch.setattr(safekeeping, "filesystem_of", lambda path: "vfat")  # plain backups too
    _write_note(archive_path, data_dir, None)
    assert files_containing(data_dir, SENTINEL)  # the control: the plain notebook shows it
    (data_dir / "user.sqlite.kept-20250101-000000").write_bytes(notebook_bytes := (data_dir / "user.sqlite").read_bytes())
    assert notebook_bytes
    key = Notebook(data_dir).encrypt(PASS)
    assert files_containing(data_dir, SENTINEL) == []
    assert not list(data_dir.glob("user.sqlite.kept-*"))
    assert _notes(archive_path, data_dir, key) == [SENTINEL]
    assert backups(data_dir)  # the encrypted notebook is backed up again, encrypted
    assert files_containing(data_dir, SENTINEL) == []


def test_flipping_bytes_of_the_encrypted_notebook_fails_loudly(archive_path, data_dir):
    notebook = Notebook(data_dir)
    key = notebook.encrypt(PASS)
    _write_note(archive_path, data_dir, key)
    original = notebook.db_path.read_bytes()
    page = 4096
    positions = list(range(0, 64)) + list(range(page - 96, page))  # salt, header, IV and MAC of page 1
    positions += random.Random(9).sample(range(len(original)), 120)
    for position in positions:
        damaged = bytearray(original)
        damaged[position] ^= 0x10
        notebook.db_path.write_bytes(bytes(damaged))
        with pytest.raises(DamagedDatabase):
            Library(archive_path, data_dir, key=key)
    notebook.db_path.write_bytes(original)
    assert _notes(archive_path, data_dir, key) == [SENTINEL]


def test_encrypted_backups_on_a_stick_restore_a_damaged_notebook(archive_path, data_dir, monkeypatch):
    monkeypatch.setattr(safekeeping, "filesystem_of", lambda path: "exfat")
    notebook = Notebook(data_dir)
    key = notebook.encrypt(PASS)
    _write_note(archive_path, data_dir, key)
    assert backups(data_dir) and files_containing(data_dir, SENTINEL) == []
    damaged = bytearray(notebook.db_path.read_bytes())
    damaged[5000] ^= 0xFF
    notebook.db_path.write_bytes(bytes(damaged))
    with Library(archive_path, data_dir, key=key) as library:
        assert library.safekeeping.restored_from is not None
        assert [a.note for a in library.notes.listing()] == [SENTINEL]


def test_delete_my_notes_leaves_nothing_and_starts_afresh(archive_path, data_dir, monkeypatch):
    monkeypatch.setattr(safekeeping, "filesystem_of", lambda path: "exfat")
    notebook = Notebook(data_dir)
    _write_note(archive_path, data_dir, notebook.encrypt(PASS))
    notebook.delete_notes()
    left = sorted(p.name for p in data_dir.rglob("*") if p.is_file())
    assert not [name for name in left if "user" in name or "notebook" in name], left
    assert not notebook.is_encrypted()
    assert _notes(archive_path, data_dir, None) == []  # a fresh, plain notebook


def test_deleting_a_plain_notebook_overwrites_it_first(archive_path, data_dir, monkeypatch):
    _write_note(archive_path, data_dir, None)
    overwritten = []
    import desktop.services.notebook as module

    real = module._overwrite_in_place
    monkeypatch.setattr(module, "_overwrite_in_place", lambda path, head=b"": (overwritten.append(path.name),
                                                                             real(path, head)))
    Notebook(data_dir).delete_notes()
    assert "user.sqlite" in overwritten
    assert not (data_dir / "user.sqlite").exists() and not (data_dir / "deleting").exists()


def test_a_destroyed_key_is_finished_off_at_the_next_start(archive_path, data_dir):
    notebook = Notebook(data_dir)
    _write_note(archive_path, data_dir, notebook.encrypt(PASS))
    record = notebook.key_path.read_bytes()
    notebook.key_path.write_bytes(TOMBSTONE + record[len(TOMBSTONE):])  # as if killed right after
    assert not notebook.is_encrypted()
    assert "completed" in notebook.recover()
    assert not notebook.db_path.exists() and not notebook.key_path.exists()


def test_an_interrupted_encryption_is_finished_or_undone(archive_path, data_dir):
    _write_note(archive_path, data_dir, None)
    leftover = data_dir / ".user.sqlite.encrypting"
    leftover.write_bytes(b"half an encrypted copy")
    assert Notebook(data_dir).recover() is None  # no key was written: the plain notebook stands
    assert not leftover.exists() and _notes(archive_path, data_dir, None) == [SENTINEL]


def test_wiping_after_repeated_wrong_passphrases_is_off_unless_asked(archive_path, data_dir):
    notebook = Notebook(data_dir)
    _write_note(archive_path, data_dir, notebook.encrypt(PASS))
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            notebook.unlock("guess")
    assert notebook.is_encrypted()
    notebook.set_wipe_after(3)
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            notebook.unlock("guess")
    notebook.unlock(PASS)  # a right passphrase resets the count
    assert notebook.policy().failures == 0
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            notebook.unlock("guess")
    with pytest.raises(NotebookWiped):
        notebook.unlock("guess")
    assert not notebook.db_path.exists() and not notebook.is_encrypted()


def test_a_library_opened_without_a_key_never_mistakes_the_notebook_for_damage(archive_path, data_dir):
    notebook = Notebook(data_dir)
    _write_note(archive_path, data_dir, notebook.encrypt(PASS))
    with pytest.raises(StoreError, match="encrypted"):
        Library(archive_path, data_dir)
    assert not list(data_dir.glob("user.sqlite.kept-*"))


def test_the_documented_recipe_opens_a_notebook_without_ekasar(archive_path, data_dir):
    """docs/security-formats.md: the notebook can be read with the libraries alone."""
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "security-formats.md").read_text(encoding="utf-8")
    section = doc[doc.index("## The notebook key file"):]
    recipe = section[section.index("```python\n") + 10 : section.index("```\n", section.index("```python"))]
    _write_note(archive_path, data_dir, Notebook(data_dir).encrypt(PASS))
    namespace = {}
    exec(compile(recipe, "security-formats.md", "exec"), namespace)
    rows = namespace["open_notebook"](str(data_dir), PASS).execute("SELECT note FROM annotations").fetchall()
    assert rows == [(SENTINEL,)]


def test_the_self_test_reports_an_encrypted_notebook_without_asking_for_it(archive_path, data_dir):
    from desktop.selftest import run_checks

    _write_note(archive_path, data_dir, Notebook(data_dir).encrypt(PASS))
    results = {name: (passed, detail) for name, passed, detail in run_checks(data_dir, archive_path)}
    assert results["user database"][0] and "encrypted" in results["user database"][1]
