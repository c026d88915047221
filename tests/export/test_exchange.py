"""Exchanging notes between two Ekasars without a network: bundles both ways, conflicts, hostile bundles."""

import json
from pathlib import Path

import pytest

from desktop.cli import main

G = "002_46b7dbb94abd75ab"


def run(*args):
    import io
    from contextlib import redirect_stderr, redirect_stdout

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def two(tmp_path, archive_path):
    """Two people's data folders on the same archive, and a way to run `ekasar` as each."""
    def as_user(name):
        def ekasar(*args):
            return run(*args, "--data-dir", str(tmp_path / name), "--archive", str(archive_path))
        return ekasar
    return as_user("alice"), as_user("bora"), tmp_path


def bundle_of(ekasar, tmp_path, name):
    out_dir = tmp_path / f"out-{name}"
    out_dir.mkdir(exist_ok=True)
    code, out, err = ekasar("export", "--to", str(out_dir), "--format", "bundle", "--json")
    assert code == 0, err
    return json.loads(out)["folder"]


def notes(ekasar):
    return {n["id"]: n for n in json.loads(ekasar("notes", "--json")[1])}


def test_bundles_both_ways_give_the_union_and_a_second_import_changes_nothing(two):
    alice, bora, tmp = two
    alice("annotate", G, "--quote", "Prey Sar Prison", "--note", "alice's")
    bora("annotate", G, "--quote", "Battambang", "--note", "bora's")
    from_alice, from_bora = bundle_of(alice, tmp, "a"), bundle_of(bora, tmp, "b")
    code, out, _ = bora("import-notes", from_alice, "--json")
    assert code == 0 and json.loads(out) == {"added": 1, "skipped": 0, "conflicts": 0}
    alice("import-notes", from_bora)
    assert notes(alice).keys() == notes(bora).keys() and len(notes(alice)) == 2
    before = notes(bora)
    code, out, _ = bora("import-notes", from_alice, "--json")
    assert json.loads(out) == {"added": 0, "skipped": 1, "conflicts": 0}
    assert notes(bora) == before


def test_conflicting_edits_are_both_kept_and_flagged(two, archive_path):
    alice, bora, tmp = two
    alice("annotate", G, "--quote", "Prey Sar Prison", "--note", "first version")
    bora("import-notes", bundle_of(alice, tmp, "a1"))
    [shared_id] = notes(bora)
    # Both edit the same annotation differently (through the store, as the window does).
    from desktop.services.library import Library

    for name, text in (("alice", "alice's edit"), ("bora", "bora's edit")):
        with Library(archive_path, tmp / name) as library:
            library.notes.edit(shared_id, note=text)
    code, out, _ = bora("import-notes", bundle_of(alice, tmp, "a2"), "--json")
    assert json.loads(out) == {"added": 0, "skipped": 0, "conflicts": 1}
    mine = notes(bora)
    assert mine[shared_id]["note"] == "bora's edit"  # the importer's own is never overwritten
    [copy] = [n for i, n in mine.items() if i != shared_id]
    assert copy["note"] == "alice's edit" and "conflict" in copy["tags"]
    code, out, _ = bora("import-notes", bundle_of(alice, tmp, "a3"), "--json")
    assert json.loads(out)["conflicts"] == 0  # the same conflict is not added twice


@pytest.mark.parametrize("damage, message", [
    ("symlink", "symbolic link"),
    ("tamper", "does not match its manifest"),
    ("traversal", "does not match its manifest"),
    ("not-a-bundle", "no manifest-sha256.txt"),
    ("bad-json", "cannot read"),
])
def test_hostile_bundles_are_refused_in_one_line(two, damage, message):
    alice, bora, tmp = two
    alice("annotate", G, "--quote", "Prey Sar Prison")
    folder = Path(bundle_of(alice, tmp, "h"))
    data = folder / "data" / "ekasar-notes.json"
    if damage == "symlink":
        (folder / "data" / "link").symlink_to("/etc/passwd")
    elif damage == "tamper":
        data.write_text(data.read_text().replace("Prey Sar", "Prey Sor"))
    elif damage == "traversal":
        manifest = folder / "manifest-sha256.txt"
        manifest.write_text(manifest.read_text() + "0" * 64 + "  data/../../../etc/passwd\n")
    elif damage == "not-a-bundle":
        (folder / "manifest-sha256.txt").unlink()
    elif damage == "bad-json":
        data.write_text("{not json")
        import hashlib

        manifest = folder / "manifest-sha256.txt"
        manifest.write_text(f"{hashlib.sha256(data.read_bytes()).hexdigest()}  data/ekasar-notes.json\n")
        (folder / "tagmanifest-sha256.txt").unlink()  # as a bag from before the tag manifest: JSON is checked
    before = notes(bora)
    code, _out, err = bora("import-notes", str(folder))
    assert code == 2 and err.count("\n") == 1 and message in err
    assert notes(bora) == before
