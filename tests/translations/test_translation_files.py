"""The .ts files hold every string the code translates, all translated, and the .qm files shipped
are what those .ts files compile to (packaging/translations.py)."""

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402


def test_every_string_in_the_code_is_in_the_ts_files_translated_and_compiled():
    assert translations.check() == []


@pytest.fixture
def copied_files(tmp_path, monkeypatch):
    """The translation files copied aside, for the checks' controls."""
    folder = tmp_path / "translations"
    shutil.copytree(translations.FOLDER, folder)
    monkeypatch.setattr(translations, "FOLDER", folder)
    monkeypatch.setattr(translations, "EKASAR_TS", {k: folder / p.name for k, p in translations.EKASAR_TS.items()})
    monkeypatch.setattr(translations, "HAND_WRITTEN", [folder / p.name for p in translations.HAND_WRITTEN])
    return folder


def test_an_unfinished_translation_and_a_stale_qm_are_reported(copied_files):
    ts = copied_files / "ekasar_km.ts"
    text = ts.read_text(encoding="utf-8")
    first = text.index("<translation>")
    text = text[:first] + '<translation type="unfinished">' + text[first + len("<translation>"):]
    second = text.index("<translation>") + len("<translation>")
    ts.write_text(text[:second] + "ក" + text[second:], encoding="utf-8")  # a translation changed
    problems = translations.check()
    assert any("is not translated" in p for p in problems)
    assert any("ekasar_km.qm is older than its .ts" in p for p in problems)
    assert not any("ekasar_en" in p or "qt_km" in p for p in problems)  # the others are still right


@pytest.fixture
def code_with(copied_files, tmp_path, monkeypatch):
    """The checks run on one file of code instead of the project's."""
    def write(code: str) -> None:
        sources = tmp_path / "desktop"
        sources.mkdir()
        (sources / "panel.py").write_text(code, encoding="utf-8")
        monkeypatch.setattr(translations, "SOURCES", sources)
        monkeypatch.setattr(translations, "ROOT", tmp_path)
    return write


def test_a_string_missing_from_the_ts_file_is_reported(code_with):
    code_with('say("Panel", "A sentence nobody translated")\n')
    problems = translations.check()
    assert any("'A sentence nobody translated' is in the code but not in the file" in p for p in problems)


def test_a_call_lupdate_cannot_read_is_reported(code_with):
    code_with('say_n("Panel", "{count} things", "", len(things))\nsay("Panel", f"Hello {name}")\n')
    problems = translations.check()
    assert any("panel.py:1: say_n()'s count must be a plain name" in p for p in problems)
    assert any("panel.py:2: say() needs literal strings" in p for p in problems)


def test_a_translation_that_kept_the_english_is_reported(copied_files):
    ts = copied_files / "ekasar_km.ts"
    source = "<source>The passphrase is not right.</source>"
    text = ts.read_text(encoding="utf-8")
    start = text.index("<translation>", text.index(source))
    end = text.index("</translation>", start)
    ts.write_text(text[:start] + "<translation>ឃ្លា The passphrase is not right." + text[end:], encoding="utf-8")
    assert any("'The passphrase is not right.': the translation keeps most of the English" in p
               for p in translations.check())


def test_say_called_as_an_attribute_is_reported(code_with):
    code_with('from desktop import wording\nwording.say("Panel", "Hello")\n')
    assert any("panel.py:2: call say() by its name" in p for p in translations.check())
