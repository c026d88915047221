"""The fonts an HTML export carries, inside the page as data: URIs, so Khmer and Latin text render on a
computer that has neither installed. Inside, not beside it: browsers treat every file:// page as its own
origin, and some (Firefox) refuse fonts from another file; a data: URI is part of the page. Nothing is
fetched, and the page still works when copied alone. The fonts' licence goes beside the page."""

import base64
import re
from functools import lru_cache

from desktop.paths import bundled_fonts_dir

LICENCE = "OFL.txt"  # the SIL Open Font License travels with the fonts, as it asks
# family, file, weight, style: serif for reading, as the page asks; Khmer has no italic (browsers slant it).
FACES = (
    ("Ekasar Serif", "NotoSerif-Regular.ttf", 400, "normal"),
    ("Ekasar Serif", "NotoSerif-Bold.ttf", 700, "normal"),
    ("Ekasar Serif", "NotoSerif-Italic.ttf", 400, "italic"),
    ("Ekasar Serif Khmer", "NotoSerifKhmer-Regular.ttf", 400, "normal"),
    ("Ekasar Serif Khmer", "NotoSerifKhmer-Bold.ttf", 700, "normal"),
)
FAMILIES = "'Ekasar Serif','Ekasar Serif Khmer','Noto Serif','Noto Serif Khmer',serif"
FONT_DATA = re.compile(r"(data:font/ttf;base64,)[A-Za-z0-9+/=]+")


@lru_cache(maxsize=1)  # 2.9 MB read and encoded once, not at every preview of an HTML export
def font_faces() -> str:
    """The @font-face rules, each with its font file inside it."""
    folder = bundled_fonts_dir()
    rules = []
    for family, file, weight, style in FACES:
        data = base64.b64encode((folder / file).read_bytes()).decode("ascii")
        rules.append(f"@font-face{{font-family:'{family}';src:url(data:font/ttf;base64,{data}) format('truetype');"
                     f"font-weight:{weight};font-style:{style}}}")
    return "".join(rules)


def licence_file() -> dict[str, bytes]:
    return {LICENCE: (bundled_fonts_dir() / LICENCE).read_bytes()}


def without_font_data(text: str) -> str:
    """The page as a person reads it in a preview: the fonts' base64 left out."""
    return FONT_DATA.sub(r"\1…", text)
