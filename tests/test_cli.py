import json
import subprocess
import sys

import pytest

GFW = "002_46b7dbb94abd75ab"


def test_docs_json_lists_every_seed_with_metadata(cli):
    result = cli("docs", "--json")
    assert result.code == 0
    documents = json.loads(result.out)
    assert [d["id"] for d in documents][:5] == [
        "000_38d99342b0af7827", "001_4d211d3b45014089", GFW,
        "003_9cd36ae3e7546bb8", "004_be89756c2a9d109d",
    ]
    gfw = documents[2]
    assert set(gfw) == {"id", "title", "date", "kind", "author", "publisher", "language", "source"}
    assert (gfw["date"], gfw["kind"], gfw["language"], gfw["source"]) == (
        "2014-07", "statement", ["en", "km"], "archive")


def test_search_json(cli):
    result = cli("search", "Battambang", "--json")
    assert result.code == 0
    [hit] = json.loads(result.out)
    assert set(hit) == {"document", "title", "snippet", "score", "start", "end", "within_word", "page"}
    assert hit["within_word"] is False and hit["page"] is None  # a text file has no pages
    assert hit["document"] == GFW


def test_search_khmer_and_limit(cli):
    [hit] = json.loads(cli("search", "ខេមរា", "--json").out)
    assert hit["document"] == GFW
    assert len(json.loads(cli("search", "Sochua", "--limit", "2", "--json").out)) == 2


def test_search_plain_output_and_no_matches(cli):
    found = cli("search", "eviction")
    assert "000_38d99342b0af7827" in found.out and "[evictions]" in found.out
    missing = cli("search", "zzzxqj")
    assert (missing.code, missing.out, missing.err) == (0, "", "no matches\n")


def test_show_reading_text_original_and_junk(cli):
    reading = cli("show", "001_4d211d3b45014089").out
    original = cli("show", "001_4d211d3b45014089", "--original").out
    junk = cli("show", "001_4d211d3b45014089", "--junk").out
    for word in ("session_start", "endrolex"):
        assert word not in reading
        assert word in original
        assert word in junk
    shown = json.loads(cli("show", GFW, "--json").out)
    assert shown["id"] == GFW and "ខេមរា" in shown["text"]


@pytest.mark.parametrize(
    "args, message",
    [
        (("show", "nope"), "no document with id 'nope'"),
        (("search",), "the following arguments are required: QUERY"),
        (("search", "x", "--limit", "0"), "--limit must be at least 1"),
        (("search", "x", "--limit", "many"), "invalid int value"),
        (("frobnicate",), "invalid choice"),
        (("import",), "the following arguments are required: PATH"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(cli, args, message):
    result = cli(*args)
    assert result.code == 2
    assert result.err.count("\n") == 1 and result.err.startswith("ekasar: error: ")
    assert message in result.err
    assert "Traceback" not in result.err


def test_bad_archive_is_one_line(cli, tmp_path):
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("nope")
    result = cli("docs", "--archive", str(bogus), archive=False)
    assert (result.code, result.err) == (2, f"ekasar: error: {bogus} is not an Ekasar archive\n")


def test_build_reports_bad_seeds_in_one_line(cli, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "catalog.toml").write_text("[[document]]\nid = 'gone'\n")
    result = cli("build", "--seeds", str(seeds), "--out", str(tmp_path / "a.sqlite"))
    assert result.code == 2 and "no file for id 'gone'" in result.err
    result = cli("build", "--seeds", str(tmp_path / "nowhere"), "--out", str(tmp_path / "a.sqlite"))
    assert result.code == 2 and "is not a folder" in result.err


def test_build_then_use_the_built_archive(cli, tmp_path, seeds_copy):
    out = tmp_path / "built.sqlite"
    result = cli("build", "--seeds", str(seeds_copy), "--out", str(out), "--json")
    assert result.code == 0 and json.loads(result.out)["documents"] == 5
    hits = json.loads(cli("search", "Lowell", "--json", "--archive", str(out), archive=False).out)
    assert [h["document"] for h in hits] == ["004_be89756c2a9d109d"]


@pytest.fixture
def mixed_folder(tmp_path):
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text("Monitoring report\n\nForced evictions in Boeung Kak.")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (folder / "sub" / "latin1.txt").write_bytes("Rapport: expulsions forcées à Phnom Penh.".encode("latin-1"))
    return folder


def test_import_folder_reports_each_skipped_file_and_exit_1(cli, mixed_folder):
    result = cli("import", str(mixed_folder))
    assert result.code == 1
    assert sorted(result.err.splitlines()) == [
        f"skipped {mixed_folder / 'empty.txt'}: empty file",
        f"skipped {mixed_folder / 'image.txt'}: binary file, not text",
    ]
    imported = [line.split("\t") for line in result.out.splitlines()]
    assert sorted(path for _, path in imported) == [
        str(mixed_folder / "good.txt"), str(mixed_folder / "sub" / "latin1.txt")]
    assert all(doc_id.startswith("user_") for doc_id, _ in imported)
    assert "forcées" in cli("show", imported[1][0]).out or "forcées" in cli("show", imported[0][0]).out
    hits = json.loads(cli("search", "Boeung Kak", "--json").out)
    assert [h["document"] for h in hits] == [d for d, p in imported if p.endswith("good.txt")]
    docs = json.loads(cli("docs", "--json").out)
    assert {d["source"] for d in docs[5:]} == {"user"} and len(docs) == 7


def test_import_exit_codes_all_good_and_nothing_good(cli, mixed_folder, tmp_path):
    assert cli("import", str(mixed_folder / "good.txt")).code == 0
    again = cli("import", str(mixed_folder / "good.txt"))
    assert again.code == 0 and "already imported" in again.out
    nothing = cli("import", str(mixed_folder / "empty.txt"), str(tmp_path / "missing.txt"))
    assert nothing.code == 2
    assert f"skipped {tmp_path / 'missing.txt'}: no such file or folder" in nothing.err


def test_import_unsupported_type_and_json(cli, tmp_path):
    (tmp_path / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    (tmp_path / "page.html").write_text("<html><title>Page</title><script>x()</script><p>Body</p></html>")
    result = cli("import", str(tmp_path / "sheet.xlsx"), str(tmp_path / "page.html"), "--json")
    report = json.loads(result.out)
    assert result.code == 1
    assert report["skipped"] == [{"path": str(tmp_path / "sheet.xlsx"), "reason": "unsupported file type (.xlsx); "
                                  "use one of .txt, .md, .html, .pdf, .docx, .odt, .epub"}]
    [imported] = report["imported"]
    shown = json.loads(cli("show", imported["id"], "--json").out)
    assert (shown["title"], shown["text"]) == ("Page", "Body")


def test_data_dir_option_before_or_after_the_command(cli, data_dir):
    assert cli("--json", "docs").code == 0
    assert (data_dir / "user.sqlite").is_file()


def test_the_installed_command_runs_as_a_process(archive_path, data_dir):
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "show", "nope", "--data-dir", str(data_dir),
         "--archive", str(archive_path)],
        capture_output=True, text=True, timeout=60,
    )
    assert (result.returncode, result.stderr) == (2, "ekasar: error: no document with id 'nope' (see 'ekasar docs')\n")


def test_unspaced_khmer_in_an_imported_file_is_found_from_the_command_line(cli, tmp_path):
    report = tmp_path / "khmer.txt"
    report.write_text("របាយការណ៍\n\nអ្នកការពារសិទ្ធិមនុស្សនៅកម្ពុជាត្រូវបានចាប់ខ្លួន។\n")
    [doc_id] = [line.split("\t")[0] for line in cli("import", str(report)).out.splitlines()]
    hits = json.loads(cli("search", "សិទ្ធិមនុស្ស", "--json").out)
    assert [h["document"] for h in hits] == [doc_id]
    assert json.loads(cli("search", "សិទ្ធិខេមរា", "--json").out) == []


def test_a_data_dir_that_is_a_file_is_one_line(cli, tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    result = cli("docs", "--data-dir", str(not_a_folder), data=False)
    assert result.code == 2 and result.err.count("\n") == 1 and "Traceback" not in result.err


def test_unexpected_errors_are_still_one_line(cli, monkeypatch):
    from desktop.services.documents import DocumentsService

    def broken(*_args):
        raise ValueError("something unforeseen")

    monkeypatch.setattr(DocumentsService, "all", broken)
    result = cli("docs")
    assert result.code == 2
    assert result.err == ("ekasar: internal error: ValueError: something unforeseen "
                          "(run again with EKASAR_DEBUG=1 for details)\n")
