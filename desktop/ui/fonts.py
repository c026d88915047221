"""The bundled fonts: loaded at start-up so Khmer and English render on a machine with none."""

from PySide6.QtGui import QFont, QFontDatabase

from desktop.paths import bundled_resources_dir

from desktop.font_files import FONT_FILES  # shared with the self-test, which runs without Qt
# Latin face first, Khmer face for the characters it lacks.
UI_FAMILIES = ["Noto Sans", "Noto Sans Khmer"]
READING_FAMILIES = ["Noto Serif", "Noto Serif Khmer"]


class FontsMissing(RuntimeError):
    pass


def load_bundled_fonts() -> set[str]:
    """Register the bundled fonts with Qt; return the families now available.

    :raises FontsMissing: a font file is missing or unreadable (a broken install).
    """
    folder = bundled_resources_dir() / "fonts"
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


def reading_font(point_size: float = 12.0) -> QFont:
    font = QFont()
    font.setFamilies(READING_FAMILIES)
    font.setPointSizeF(point_size)
    return font
