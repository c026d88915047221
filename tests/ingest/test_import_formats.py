"""Word, OpenDocument and EPUB files end to end through ``ekasar import``: found by search,
their own metadata kept, Khmer searchable; and what must be refused quickly, refused."""

import json
import os
import time

from tests.ingest.readers.office_samples import docx_sample, epub_sample, odt_sample, zip_bomb


def imported(cli, path) -> dict:
    result = cli("import", str(path), "--json")
    assert result.code == 0, result.err
    [item] = json.loads(result.out)["imported"]
    return json.loads(cli("show", item["id"], "--json").out)


def found_ids(cli, query: str) -> set[str]:
    return {hit["document"] for hit in json.loads(cli("search", query, "--json").out)}


def test_word_opendocument_and_epub_are_searchable_with_their_own_details(cli, tmp_path):
    samples = {"report.docx": docx_sample(), "arrests.odt": odt_sample(), "lake.epub": epub_sample()}
    shown = {}
    for name, data in samples.items():
        (tmp_path / name).write_bytes(data)
        shown[name] = imported(cli, tmp_path / name)
    word = shown["report.docx"]
    assert (word["title"], word["author"], word["date"]) == ("Land and Housing Report", "LICADHO", "2019-03-04")
    assert "Name | Village | Year" in word["text"] and "[1] Interview with a resident, 2019." in word["text"]
    assert word["id"] in found_ids(cli, "interview resident")  # a footnote is searchable
    assert word["id"] in found_ids(cli, "សិទ្ធិមនុស្ស")  # Khmer with zero-width spaces
    assert shown["arrests.odt"]["id"] in found_ids(cli, "defamation")
    assert shown["lake.epub"]["id"] in found_ids(cli, "filled with sand")
    assert all(hit["page"] is None for hit in json.loads(cli("search", "sand", "--json").out))  # no pages


def test_a_zip_bomb_an_old_word_file_and_a_huge_pdf_are_refused_quickly(cli, tmp_path):
    (tmp_path / "bomb.docx").write_bytes(zip_bomb(docx_sample(), "word/document.xml"))
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as out:  # 200 MB, sparse: never read
        out.write(b"%PDF-1.7\n")
        out.truncate(200 * 1024 * 1024)
    (tmp_path / "fine.docx").write_bytes(docx_sample())
    started = time.monotonic()
    result = cli("import", str(tmp_path), "--json")
    assert time.monotonic() - started < 60  # a safety deadline: refusals never wait on the content
    report = json.loads(result.out)
    reasons = {os.path.basename(item["path"]): item["reason"] for item in report["skipped"]}
    assert reasons["bomb.docx"] == "the parts inside the file are too large unpacked (the limit is 200 MB in all)"
    assert reasons["old.doc"].startswith("an old Word document (.doc)")
    assert reasons["huge.pdf"] == "too large (the limit is 100 MB)"
    assert [os.path.basename(item["path"]) for item in report["imported"]] == ["fine.docx"]
    assert result.code == 1  # some skipped, the rest imported
