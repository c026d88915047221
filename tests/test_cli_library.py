"""`ekasar edit`, `remove`, `restore`, `removed`, `tag`, `untag`, `tags`, `collection`, and the
export scoped to a collection or a document tag."""

import json

import pytest

GFW = "002_46b7dbb94abd75ab"
KHMER_DOC = "004_be89756c2a9d109d"


@pytest.fixture
def imported(cli, tmp_path):
    path = tmp_path / "hearing.txt"
    path.write_text("Hearing notes\n\nThe appeal court heard the land case of the Boeung Kak villagers.\n",
                    encoding="utf-8")
    [item] = json.loads(cli("import", str(path), "--json").out)["imported"]
    return item["id"]


def docs(cli):
    return {d["id"]: d for d in json.loads(cli("docs", "--json").out)}


def test_edit_changes_the_details_docs_and_search_show(cli, imported):
    result = cli("edit", imported, "--title", "Appeal hearing, Boeung Kak", "--date", "2024-03", "--kind", "notes",
                 "--author", "Me", "--publisher", "", "--json")
    assert result.code == 0, result.err
    edited = json.loads(result.out)
    assert (edited["title"], edited["date"], edited["kind"], edited["author"], edited["publisher"]) == (
        "Appeal hearing, Boeung Kak", "2024-03", "notes", "Me", None)
    assert edited["changed"] == ["author", "date", "kind", "title"]
    assert docs(cli)[imported]["title"] == "Appeal hearing, Boeung Kak"
    [hit] = json.loads(cli("search", "Appeal hearing", "--json").out)
    assert (hit["document"], hit["title"]) == (imported, "Appeal hearing, Boeung Kak")
    again = cli("edit", imported, "--date", "2024-03")
    assert (again.code, again.err) == (0, "nothing changed\n")
    assert again.out.startswith(f"{imported}  2024-03")


@pytest.mark.parametrize("args, message", [
    (("--date", "March 2024"), "the date must be YYYY, YYYY-MM or YYYY-MM-DD"),
    (("--date", "2023-02-30"), "there is no such day"),
    (("--title", ""), "a document needs a title"),
    ((), "give at least one of --title"),
])
def test_edit_refuses_bad_values_in_one_line(cli, imported, args, message):
    result = cli("edit", imported, *args)
    assert result.code == 2 and result.err.startswith("ekasar: error: ") and result.err.count("\n") == 1
    assert message in result.err


def test_archive_documents_are_read_only(cli):
    for command in (("edit", GFW, "--title", "x"), ("remove", GFW)):
        result = cli(*command)
        assert result.code == 2
        assert "archive is read-only: only documents you imported can be" in result.err
    assert docs(cli)[GFW]["title"].startswith("Global Fund for Women")
    assert cli("remove", "user_0000000000000000").err == "ekasar: error: no document with id 'user_0000000000000000'\n"


def test_remove_keeps_the_notes_for_review_and_restore_puts_everything_back(cli, imported, tmp_path):
    assert cli("annotate", imported, "--quote", "appeal court", "--note", "check the ruling").code == 0
    removed = cli("remove", imported)
    assert removed.code == 0
    assert removed.out == f"removed {imported}  Hearing notes  (1 notes and 0 timeline events kept)\n"
    assert "ekasar restore ID" in removed.err
    assert imported not in docs(cli)
    assert cli("search", "appeal court", "--json").out.strip() == "[]"
    [note] = json.loads(cli("notes", "--json").out)
    assert (note["status"], note["note"], note["document"]) == ("needs_review", "check the ruling", imported)
    [kept] = json.loads(cli("removed", "--json").out)
    assert (kept["id"], kept["title"], kept["notes"]) == (imported, "Hearing notes", 1)
    out = tmp_path / "out"
    out.mkdir()
    exported = cli("export", "--to", str(out), "--format", "bundle", "--json")
    assert exported.code == 0, exported.err
    bundle = next(out.glob("*/data/ekasar-notes.json")).read_text(encoding="utf-8")
    assert "check the ruling" in bundle and imported in bundle
    markdown = cli("export", "--preview", "--format", "markdown").out
    assert "title: \"Hearing notes\"" in markdown and "needs review" in markdown  # cited from the kept copy

    restored = json.loads(cli("restore", imported, "--json").out)
    assert restored == [{"id": imported, "title": "Hearing notes", "notes_anchored": 1}]
    assert imported in docs(cli)
    assert [h["document"] for h in json.loads(cli("search", "appeal court", "--json").out)] == [imported]
    assert json.loads(cli("notes", "--json").out)[0]["status"] == "anchored"
    assert cli("removed").err == "no removed documents\n"
    assert "no removed document with id" in cli("restore", imported).err


def test_remove_purge_deletes_for_good_but_keeps_the_notes_and_events(cli, imported):
    cli("annotate", imported, "--quote", "appeal court")
    cli("tag", imported, "land")
    [purged] = json.loads(cli("remove", imported, "--purge", "--json").out)
    assert (purged["id"], purged["purged"], purged["notes"], purged["events"]) == (imported, True, 1, 0)
    assert json.loads(cli("removed", "--json").out) == []
    assert len(json.loads(cli("notes", "--json").out)) == 1
    listed = cli("tags", imported, "--json")  # a purged id: its tags went with it
    assert (listed.code, json.loads(listed.out)["tags"]) == (0, [])
    assert cli("untag", imported, "land").out == f"{imported}: (no tags)\n"
    markdown = cli("export", "--preview", "--format", "markdown").out
    assert 'title: "Hearing notes"' in markdown  # cited from what is kept of it


def test_remove_counts_the_timeline_events_kept(cli, imported, archive_path, data_dir):
    from desktop.services.library import Library
    with Library(archive_path, data_dir) as library:  # (no command adds an event)
        start = library.documents.get(imported).text.index("appeal court")
        library.timeline.add(imported, start, start + len("appeal court"), "Appeal heard", "2024")
    assert cli("remove", imported).out == f"removed {imported}  Hearing notes  (0 notes and 1 timeline events kept)\n"
    assert "(0 notes in review, 1 timeline events)" in cli("removed").out
    [event] = [e for e in json.loads(cli("timeline", "--json").out) if e["document"] == imported]
    assert (event["title"], event["quote"]) == ("Appeal heard", "appeal court")


def test_tags_can_be_listed_and_taken_off_an_unknown_id(cli):
    untagged = cli("untag", "user_0000000000000000", "x")
    assert (untagged.code, untagged.out) == (0, "user_0000000000000000: (no tags)\n")
    assert "no document with id 'user_0000000000000000'" in untagged.err
    assert cli("tags", "user_0000000000000000").code == 0


def test_control_characters_never_reach_a_title_or_its_export(cli, imported):
    typed = "\x1b]0;owned\x07\x1b[2J\x1b[1;31mAppeal\x1b[0m\thearing\x9b2J\x00\x7f \u202eflipped\u202c"
    edited = json.loads(cli("edit", imported, "--title", typed, "--json").out)
    assert edited["title"] == "Appeal hearing \u202eflipped\u202c"  # bidi controls stay, shown as marks
    cli("annotate", imported, "--quote", "appeal court", "--note", "check")
    files = json.loads(cli("export", "--preview", "--format", "markdown", "--json").out)["files"]
    text = "".join(files.values())
    assert 'title: "Appeal hearing \u202eflipped\u202c"' in text and "# Appeal hearing" in text
    assert not any(ch in text for ch in "\x1b\x07\x9b\x00\x7f")


def test_tags_on_any_document(cli, imported):
    tagged = json.loads(cli("tag", GFW, "prison", "#Mu Sochua", "--json").out)
    assert tagged == {"id": GFW, "tags": ["Mu Sochua", "prison"], "added": ["prison", "Mu Sochua"]}
    assert cli("tag", imported, "Prison", "land").out == f"{imported}: #land #Prison\n"  # in any case's order
    assert json.loads(cli("tags", "--json").out) == [
        {"tag": "land", "documents": 1}, {"tag": "Mu Sochua", "documents": 1}, {"tag": "prison", "documents": 2}]
    untagged = json.loads(cli("untag", GFW, "PRISON", "--json").out)
    assert untagged == {"id": GFW, "tags": ["Mu Sochua"], "removed": ["PRISON"]}
    assert cli("tags", GFW).out == f"{GFW}: #Mu Sochua\n"
    assert cli("tag", "nope", "x").code == 2


def test_collections(cli, imported):
    assert cli("collection", "create", "Sochua case").out == "made collection Sochua case\n"
    assert "already a collection" in cli("collection", "create", "sochua CASE").err
    assert json.loads(cli("collection", "add", "Sochua case", GFW, imported, "--json").out)["added"] == 2
    assert cli("collection", "add", "Khmer", KHMER_DOC).out == "1 documents added to Khmer\n"  # made on the way
    assert json.loads(cli("collection", "--json").out) == [{"name": "Khmer", "documents": 1},
                                                          {"name": "Sochua case", "documents": 2}]
    assert cli("collection", "list").out == "Khmer  (1 document)\nSochua case  (2 documents)\n"
    assert [d["id"] for d in json.loads(cli("collection", "show", "Sochua case", "--json").out)] == sorted(
        [GFW, imported])
    assert cli("collection", "remove", "Sochua case", imported).out == "1 documents taken out of Sochua case\n"
    assert json.loads(cli("tags", imported, "--json").out)["collections"] == []
    assert cli("collection", "rename", "Sochua case", "Mu Sochua").code == 0
    deleted = json.loads(cli("collection", "delete", "Mu Sochua", "--json").out)
    assert deleted["documents"] == [GFW] and GFW in docs(cli)
    assert "no collection called 'Mu Sochua'" in cli("collection", "show", "Mu Sochua").err


def test_export_scoped_to_a_collection_or_a_document_tag(cli, imported, tmp_path):
    cli("annotate", GFW, "--quote", "Prey Sar Prison", "--note", "in the collection")
    cli("annotate", imported, "--quote", "appeal court", "--note", "tagged land")
    cli("collection", "add", "Sochua case", GFW)
    cli("tag", imported, "land")
    by_collection = json.loads(cli("export", "--preview", "--format", "csv", "--collection", "Sochua case",
                                   "--json").out)["files"]["notes.csv"]
    assert "in the collection" in by_collection and "tagged land" not in by_collection
    by_tag = json.loads(cli("export", "--preview", "--format", "csv", "--document-tag", "land", "--json").out)
    assert "tagged land" in by_tag["files"]["notes.csv"] and "in the collection" not in by_tag["files"]["notes.csv"]
    out = tmp_path / "out"
    out.mkdir()
    written = cli("export", "--to", str(out), "--format", "json", "--collection", "Sochua case", "--json")
    assert json.loads(written.out)["notes"] == 1
    assert "no collection called 'Nope'" in cli("export", "--preview", "--collection", "Nope").err
    nothing = cli("export", "--preview", "--collection", "Sochua case", "--document-tag", "land")
    assert nothing.code == 2 and "there are no notes to export" in nothing.err
