"""Exporting notes: every format, as a verified bag, from the command line."""

import csv
import io
import json
from pathlib import Path

import pytest

from desktop.export.bag import verify_bag

G = "002_46b7dbb94abd75ab"


@pytest.fixture
def noted(cli):
    cli("annotate", G, "--quote", "Prey Sar Prison", "--note", "Held **here**", "--tag", "prison", "--color", "pink")
    cli("annotate", G, "--quote", "Khemara (Khmer: ខេមរា)", "--note", "First women's organization", "--tag", "orgs")
    cli("annotate", "004_be89756c2a9d109d", "--quote", "Lowell, Massachusetts", "--tag", "prison")
    return cli


def export(cli, tmp_path, fmt, *extra):
    result = cli("export", "--to", str(tmp_path), "--format", fmt, "--json", *extra)
    assert result.code == 0, result.err
    report = json.loads(result.out)
    folder = Path(report["folder"])
    assert verify_bag(folder) == [] and report["verified"]
    return folder, report


def test_markdown_one_file_per_document_with_front_matter(noted, tmp_path):
    folder, report = export(noted, tmp_path, "markdown")
    files = sorted(p.name for p in (folder / "data").iterdir())
    assert "index.md" in files and len(files) == 3
    page = next((folder / "data").glob("Global Fund*.md")).read_text(encoding="utf-8")
    assert page.startswith("---\ntitle: ") and 'document: "002_46b7dbb94abd75ab"' in page
    assert "> Prey Sar Prison" in page and "Held **here**" in page and "#prison" in page
    assert "ខេមរា" in page


def test_html_is_one_self_contained_page(noted, tmp_path):
    folder, _ = export(noted, tmp_path, "html")
    page = (folder / "data" / "notes.html").read_text(encoding="utf-8")
    assert "<strong>here</strong>" in page and "ខេមរា" in page
    for external in ("http://", "https://", "src=", "<link", "<script"):
        assert external not in page


def test_json_is_web_annotation(noted, tmp_path):
    folder, _ = export(noted, tmp_path, "json")
    collection = json.loads((folder / "data" / "notes.jsonld").read_text(encoding="utf-8"))
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 3
    item = next(i for i in collection["items"] if i["target"]["selector"][0]["exact"] == "Prey Sar Prison")
    assert item["type"] == "Annotation" and item["id"].startswith("urn:uuid:")
    assert [s["type"] for s in item["target"]["selector"]] == ["TextQuoteSelector", "TextPositionSelector"]
    assert {b["purpose"] for b in item["body"]} == {"commenting", "tagging"}
    assert f"ekasar:document/{G}" in collection["documents"]


def test_csv_and_bundle(noted, tmp_path):
    folder, _ = export(noted, tmp_path, "csv")
    rows = list(csv.DictReader(io.StringIO((folder / "data" / "notes.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == 3 and {r["quote"] for r in rows} >= {"Prey Sar Prison"}
    folder, _ = export(noted, tmp_path, "bundle")
    data = json.loads((folder / "data" / "ekasar-notes.json").read_text(encoding="utf-8"))
    assert data["format"] == "ekasar-notes" and len(data["annotations"]) == 3 and G in data["documents"]


def test_filters_by_tag_document_and_person(noted, tmp_path):
    _, by_tag = export(noted, tmp_path, "csv", "--tag", "prison")
    assert by_tag["notes"] == 2
    _, by_document = export(noted, tmp_path, "csv", "--document", "004_be89756c2a9d109d")
    assert by_document["notes"] == 1
    _, by_person = export(noted, tmp_path, "csv", "--person", "Khemara")
    assert by_person["notes"] == 1


def test_export_errors_are_one_line(noted, tmp_path):
    missing = noted("export", "--to", str(tmp_path / "nowhere"))
    assert missing.code == 2 and "does not exist" in missing.err
    nothing = noted("export", "--to", str(tmp_path), "--tag", "no-such-tag")
    assert nothing.code == 2 and "no notes to export" in nothing.err
