"""Annotations: storage, undo and redo, re-anchoring, surviving kills, refusing foreign databases."""

import json
import os
import random
import sqlite3
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.store.annotations import AnnotationError
from desktop.store.connect import StoreError, open_user_db
from desktop.services.library import Library
from tests.conftest import ROOT
from tests.processes import kill_after_first_line

G = "002_46b7dbb94abd75ab"


def test_annotate_edit_delete_undo_redo(library):
    text = library.documents.get(G).text
    start = text.index("Prey Sar Prison")
    made = library.notes.annotate(G, start, start + 15, "green", "Where she was held", ["prison", "2014"])
    [listed] = library.notes.listing()
    assert (listed.quote, listed.color, listed.tags, listed.status) == ("Prey Sar Prison", "green",
                                                                          ["prison", "2014"], "anchored")
    library.notes.edit(made.id, note="Prey Sar, Phnom Penh", tags=["prison"])
    assert library.notes.listing(tag="2014") == []
    library.notes.delete(made.id)
    assert library.notes.listing() == []
    assert library.notes.undo() == made.id
    assert library.notes.listing()[0].note == "Prey Sar, Phnom Penh"
    assert library.notes.undo() == made.id
    assert library.notes.listing()[0].tags == ["prison", "2014"]
    assert library.notes.redo() == made.id
    assert library.notes.listing()[0].note == "Prey Sar, Phnom Penh"
    with pytest.raises(AnnotationError):
        library.notes.annotate(G, 10, 5)
    with pytest.raises(AnnotationError):
        library.notes.annotate(G, 0, 5, color="black")


def test_cli_notes_and_annotate(cli):
    made = json.loads(cli("annotate", G, "--quote", "Prey Sar Prison", "--note", "held", "--tag", "prison",
                          "--color", "pink", "--json").out)
    notes = json.loads(cli("notes", "--json").out)
    assert [n["id"] for n in notes] == [made["id"]]
    assert set(notes[0]) == {"id", "document", "quote", "prefix", "suffix", "start", "end", "color", "note",
                             "tags", "created", "modified", "status"}
    assert json.loads(cli("notes", "--tag", "elsewhere", "--json").out) == []
    assert json.loads(cli("notes", "--document", G, "--json").out)[0]["quote"] == "Prey Sar Prison"
    assert cli("annotate", G, "--quote", "words that are not there").code == 2


OPERATIONS = st.lists(st.sampled_from(["add", "edit", "delete", "undo", "redo"]), max_size=25)


@settings(max_examples=40, deadline=None)
@given(OPERATIONS, st.integers(0, 1000))
def test_random_changes_match_a_simple_model(tmp_path_factory, archive_path, operations, seed):
    """Undo and redo behave like a stack of states, whatever the order of changes."""
    rng = random.Random(seed)
    data = tmp_path_factory.mktemp("data")
    with Library(archive_path, data) as library:
        text = library.documents.get(G).text
        states = [{}]  # the model: every state the notes went through; `now` indexes it
        now = 0
        for operation in operations:
            current = dict(states[now])
            if operation == "add":
                start = rng.randrange(0, len(text) - 20)
                made = library.notes.annotate(G, start, start + 10, note=f"n{rng.random()}")
                current[made.id] = made.note
            elif operation == "edit" and current:
                target = rng.choice(sorted(current))
                current[target] = f"e{rng.random()}"
                library.notes.edit(target, note=current[target])
            elif operation == "delete" and current:
                target = rng.choice(sorted(current))
                del current[target]
                library.notes.delete(target)
            elif operation == "undo":
                if library.notes.undo() is not None:
                    now -= 1
                continue
            elif operation == "redo":
                if library.notes.redo() is not None:
                    now += 1
                continue
            else:
                continue
            states = states[: now + 1] + [current]
            now += 1
        assert {a.id: a.note for a in library.notes.listing()} == states[now]


WRITER = """
import sys
from pathlib import Path
from desktop.services.library import Library
archive, data = Path(sys.argv[1]), Path(sys.argv[2])
with Library(archive, data) as library:
    text = library.documents.get("002_46b7dbb94abd75ab").text
    n = 0
    while True:
        start = (n * 37) % (len(text) - 40)
        made = library.notes.annotate("002_46b7dbb94abd75ab", start, start + 25, note=f"note {n}", tags=[f"t{n % 7}"])
        print(made.id, n, flush=True)  # reported as saved only after the commit returned
        n += 1
"""


def test_annotations_survive_being_killed_at_random_moments(tmp_path, archive_path):
    data = tmp_path / "data"
    saved: dict[str, int] = {}
    rng = random.Random(4)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(6):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(archive_path), str(data)],
                                  stdout=subprocess.PIPE, text=True, env=env)
        out = kill_after_first_line(writer, rng, 0.1, 0.8)
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 2:
                saved[parts[0]] = int(parts[1])
        conn = sqlite3.connect(data / "user.sqlite")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = dict(conn.execute("SELECT id, note FROM annotations"))
        conn.close()
        for annotation_id, n in saved.items():
            assert stored.get(annotation_id) == f"note {n}"
    assert len(saved) > 10


def test_reanchoring_after_the_text_changes(tmp_path, seeds_copy, data_dir):
    from desktop.store.build import build_archive

    archive = tmp_path / "archive.sqlite"
    build_archive(seeds_copy, archive)
    passages = {  # document → passages to annotate
        G: ["Prey Sar Prison", "she was one of the 1,0000 women nominated", "called Khemara (Khmer: ខេមរា)",
            "Watch video footage depicting the arrest"],
        "004_be89756c2a9d109d": ["Brad Adams, then serving as Asia Director", "a 27-year criminal sentence",
                                 "Lowell, Massachusetts"],
    }
    with Library(archive, data_dir) as library:
        made = {}
        for doc_id, quotes in passages.items():
            for quote in quotes:
                made[library.notes.annotate_quote(doc_id, quote).id] = quote
    # New "cleaning": text inserted before, inside and after passages, and one passage deleted.
    path = seeds_copy / f"{G}.txt"
    text = path.read_text()
    text = "Editor's note: republished.\n\n" + text
    text = text.replace("one of the 1,0000 women nominated", "one of the 1,000 women nominated")
    text = text.replace("Watch video footage depicting the arrest.", "")
    path.write_text(text)
    other = seeds_copy / "004_be89756c2a9d109d.txt"
    other.write_text("A short introduction.\n\n" + other.read_text().replace("Lowell, Massachusetts",
                                                                             "Lowell, in Massachusetts"))
    build_archive(seeds_copy, archive)
    with Library(archive, data_dir) as library:
        by_id = {a.id: a for a in library.notes.listing()}
        assert set(by_id) == set(made)  # nothing is ever dropped
        for annotation_id, quote in made.items():
            a = by_id[annotation_id]
            if a.status == "anchored":
                now = library.documents.get(a.document_id).text[a.start : a.end]
                from difflib import SequenceMatcher

                assert SequenceMatcher(None, now, quote).ratio() > 0.8, (quote, now)
        statuses = {made[i]: by_id[i].status for i in made}
        assert statuses["Prey Sar Prison"] == "anchored"
        assert statuses["called Khemara (Khmer: ខេមរា)"] == "anchored"
        assert statuses["Watch video footage depicting the arrest"] == "needs_review"
        assert statuses["Lowell, Massachusetts"] == "anchored"


def test_a_database_from_a_newer_version_is_refused_and_kept(tmp_path):
    path = tmp_path / "user.sqlite"
    open_user_db(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('ekasar-user', 'm999_from_the_future', '2030')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of Ekasar.*copy kept as user.sqlite.kept-"):
        open_user_db(path)
    assert path.read_bytes() == before
    [copy] = tmp_path.glob("user.sqlite.kept-*")
    assert copy.read_bytes() == before
