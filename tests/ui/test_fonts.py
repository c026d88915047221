"""Khmer and English render with the bundled fonts on a machine with no fonts at all."""

import json
import os
import subprocess
import sys

from tests.conftest import ROOT

PROBE = """
import json
from PySide6.QtGui import QFontDatabase, QTextLayout
from desktop.app import create_application
from desktop.ui.fonts import reading_font, ui_font

app = create_application()
report = {"families": sorted(QFontDatabase.families()), "runs": []}
for name, font in (("reading", reading_font()), ("ui", ui_font())):
    for text in ("ខេមរា អ្នកការពារសិទ្ធិមនុស្ស", "Human rights defenders"):
        layout = QTextLayout(text, font)
        layout.beginLayout(); layout.createLine(); layout.endLayout()
        for run in layout.glyphRuns():
            report["runs"].append({"font": name, "text": text, "family": run.rawFont().familyName(),
                                   "glyphs": list(run.glyphIndexes())})
print(json.dumps(report))
"""


def test_khmer_and_english_render_with_bundled_fonts_and_no_system_fonts(tmp_path):
    config = tmp_path / "fonts.conf"
    # A fontconfig with no font folders at all: the machine "has no fonts".
    config.write_text(f'<?xml version="1.0"?><fontconfig><cachedir>{tmp_path}/cache</cachedir></fontconfig>')
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                            timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert {"Noto Sans", "Noto Serif", "Noto Sans Khmer", "Noto Serif Khmer"} <= set(report["families"])
    families = {(run["font"], run["text"][:5]): run["family"] for run in report["runs"]}
    assert families == {
        ("reading", "ខេមរា"): "Noto Serif Khmer",
        ("reading", "Human"): "Noto Serif",
        ("ui", "ខេមរា"): "Noto Sans Khmer",
        ("ui", "Human"): "Noto Sans",
    }
    for run in report["runs"]:  # glyph 0 is the "missing glyph" box
        assert run["glyphs"] and 0 not in run["glyphs"], f"{run['family']} cannot draw {run['text']!r}"


def test_a_bare_system_without_fontconfig_configuration_gets_the_bundled_one(tmp_path):
    from desktop.ui.fonts import ensure_fontconfig

    environ: dict[str, str] = {}
    assert ensure_fontconfig(environ, system_config=tmp_path / "missing" / "fonts.conf")
    config = environ["FONTCONFIG_FILE"]
    assert config.endswith("fontconfig/fonts.conf") and '<cachedir prefix="xdg">' in open(config).read()
    present = tmp_path / "fonts.conf"
    present.write_text("<fontconfig/>")
    assert not ensure_fontconfig({}, system_config=present)  # the system's own is used where it exists
    assert not ensure_fontconfig({"FONTCONFIG_FILE": "x"}, system_config=tmp_path / "missing")
