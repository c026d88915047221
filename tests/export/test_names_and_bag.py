import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.export.bag import verify_bag, write_bag
from desktop.export.names import MAX_UTF16_UNITS, safe_name
from desktop.export.safe_write import ExportError


@pytest.mark.parametrize("title, expected", [
    ("CON", "_CON.md"), ("nul", "_nul.md"), ("com1.txt", "_com1.txt.md"),
    ('Report: "A/B" <draft>?', "Report A B draft.md"), ("trailing dots...", "trailing dots.md"),
    ("  ", "untitled.md"), ("ឯកសារ សិទ្ធិមនុស្ស", "ឯកសារ សិទ្ធិមនុស្ស.md"),
])
def test_names_are_safe_and_readable(title, expected):
    assert safe_name(title, ".md") == expected


def test_names_are_unique_ignoring_case():
    used: set[str] = set()
    assert [safe_name(t, ".md", used) for t in ("Report", "REPORT", "report")] == [
        "Report.md", "REPORT (2).md", "report (3).md"]


@given(st.text(max_size=400))
def test_any_title_gives_a_valid_name(title):
    name = safe_name(title, ".md")
    assert len(name.encode("utf-16-le")) // 2 <= MAX_UTF16_UNITS
    assert not any(c in name for c in '<>:"/\\|?*') and not any(ord(c) < 32 for c in name)
    assert not name[: -len(".md")].endswith((" ", "."))
    assert name[: -len(".md")].split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL"}


def test_bag_is_written_and_verified(tmp_path):
    files = {"notes/ឯកសារ.md": "ខេមរា".encode(), "index.md": b"# Index\n"}
    write_bag(tmp_path / "bag", files)
    assert verify_bag(tmp_path / "bag") == []
    manifest = (tmp_path / "bag" / "manifest-sha256.txt").read_text()
    assert f"{hashlib.sha256(b'# Index' + bytes([10])).hexdigest()}  data/index.md" in manifest
    (tmp_path / "bag" / "data" / "index.md").write_bytes(b"tampered")
    assert verify_bag(tmp_path / "bag") == ["damaged: data/index.md"]


def test_bag_refuses_paths_outside_it(tmp_path):
    with pytest.raises(ExportError, match="outside the bag"):
        write_bag(tmp_path / "bag", {"../escape.md": b"x"})
    assert not (tmp_path / "escape.md").exists()
