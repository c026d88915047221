"""How the reading page looks: its theme (light, sepia, dark) and its line spacing.

The style in use is one per process (there is one reader): the reading text is built in it
(text_document.py reads ``current()``), and the reader's page is painted in its colours. The
choice is kept in the window's settings; it says nothing about what is read.
"""

from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEME_KEY, SPACING_KEY = "reader/theme", "reader/line_spacing"


@dataclass(frozen=True)
class Theme:
    background: str
    text: str
    secondary: str  # the header's details, page markers
    link: str
    margin: str  # the strip of highlight marks beside the text


THEMES = {
    "light": Theme("#ffffff", "#1b1b1b", "#666666", "#1a5fb4", "#f3f3f3"),
    "sepia": Theme("#f4ecd8", "#433422", "#6e5c46", "#6b4a1c", "#eadfc4"),
    "dark": Theme("#1e1f22", "#dcdcdc", "#a3a3a3", "#8cb8ff", "#2a2b2f"),
}
# Line heights in percent of the font's own. Khmer stacks subscript consonants and vowels below
# the line and signs above it: the default leaves them room without crowding the next line.
LINE_SPACINGS = {"normal": 135, "relaxed": 150, "wide": 180}
DEFAULT_SPACING = "relaxed"


@dataclass(frozen=True)
class ReadingStyle:
    theme: str = "light"
    spacing: str = DEFAULT_SPACING

    @property
    def colors(self) -> Theme:
        return THEMES.get(self.theme, THEMES["light"])

    @property
    def line_height(self) -> int:
        return LINE_SPACINGS.get(self.spacing, LINE_SPACINGS[DEFAULT_SPACING])


_in_use = [ReadingStyle()]


def current() -> ReadingStyle:
    """The style the reading text is built in."""
    return _in_use[0]


@contextmanager
def building_in(style: ReadingStyle):
    """Build text in ``style`` for a while: a print is on white paper whatever the screen shows."""
    shown, _in_use[0] = _in_use[0], style
    try:
        yield style
    finally:
        _in_use[0] = shown


def for_paper() -> ReadingStyle:
    """The style to print in: the light page, the line spacing the reader chose."""
    return ReadingStyle("light", current().spacing)


def _system_theme() -> str:
    """Before the user chooses: dark on a dark desktop, else light."""
    return "dark" if QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128 else "light"


def saved_style(settings) -> ReadingStyle:
    theme = str(settings.value(THEME_KEY, "") or "")
    spacing = str(settings.value(SPACING_KEY, "") or "")
    return ReadingStyle(theme if theme in THEMES else _system_theme(),
                        spacing if spacing in LINE_SPACINGS else DEFAULT_SPACING)


def save_style(settings, style: ReadingStyle) -> None:
    settings.setValue(THEME_KEY, style.theme)
    settings.setValue(SPACING_KEY, style.spacing)
    settings.sync()


def page_palette(base: QPalette, theme: Theme) -> QPalette:
    """``base`` with the page, text, secondary text and link colours of ``theme``."""
    palette = QPalette(base)
    roles = {QPalette.ColorRole.Base: theme.background, QPalette.ColorRole.Window: theme.background,
             QPalette.ColorRole.Text: theme.text, QPalette.ColorRole.WindowText: theme.text,
             QPalette.ColorRole.PlaceholderText: theme.secondary, QPalette.ColorRole.Link: theme.link}
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role, color in roles.items():
            palette.setColor(group, role, QColor(color))
    return palette


def apply_style(panel, style: ReadingStyle) -> None:
    """Show the reader ``panel`` in ``style``: its page repainted, its text laid out again in
    place (the same first line stays at the top)."""
    _in_use[0] = style
    view = panel.view
    view.setPalette(page_palette(QApplication.palette(), style.colors))
    view.viewport().setAutoFillBackground(True)
    panel.rerender()
