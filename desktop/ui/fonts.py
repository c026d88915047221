"""The bundled fonts: loaded at start-up so Khmer and English render on a machine with none."""

import os
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from desktop.errors import EkasarError
from desktop.paths import bundled_fonts_dir, bundled_resources_dir

from desktop.font_files import FONT_FILES  # shared with the self-test, which runs without Qt
# Latin face first, Khmer face for the characters it lacks.
UI_FAMILIES = ["Noto Sans", "Noto Sans Khmer"]
# The Khmer interface: the Khmer face first (it has Latin letters too), at a size where the
# subscript consonants and the vowels above stay legible; Khmer needs about a fifth more.
KHMER_UI_FAMILIES = ["Noto Sans Khmer", "Noto Sans"]
KHMER_UI_POINTS = 12.0
READING_FAMILIES = ["Noto Serif", "Noto Serif Khmer"]


SYSTEM_FONTCONFIG = Path("/etc/fonts/fonts.conf")


class FontsMissing(EkasarError, RuntimeError):
    pass


def ensure_fontconfig(environ: dict | None = None, system_config: Path = SYSTEM_FONTCONFIG) -> bool:
    """On a Linux system with no fontconfig configuration, use the bundled minimal one (before Qt
    starts): otherwise fontconfig prints an error at every start. Return whether it was needed."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or "FONTCONFIG_FILE" in environ or system_config.is_file():
        return False
    environ["FONTCONFIG_FILE"] = str(bundled_resources_dir() / "fontconfig" / "fonts.conf")
    return True


def load_bundled_fonts() -> set[str]:
    """Register the bundled fonts with Qt; return the families now available.

    :raises FontsMissing: a font file is missing or unreadable (a broken install).
    """
    folder = bundled_fonts_dir()
    families: set[str] = set()
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id < 0:
            raise FontsMissing(f"cannot load the bundled font {folder / name}")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return families


def ui_font(point_size: float = 10.0) -> QFont:
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def ui_font_for(language: str) -> QFont:
    """The interface font for ``language`` ("en" or "km")."""
    if language != "km":
        return ui_font()
    font = QFont()
    font.setFamilies(KHMER_UI_FAMILIES)
    font.setPointSizeF(KHMER_UI_POINTS)
    return font


def reading_font(point_size: float = 12.0) -> QFont:
    font = QFont()
    font.setFamilies(READING_FAMILIES)
    font.setPointSizeF(point_size)
    return font
