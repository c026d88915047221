"""The bundled font files (named here, without Qt, so the self-test can check them)."""

FONT_FILES = (
    "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
    "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf",
    "NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf",
    "NotoSerifKhmer-Regular.ttf", "NotoSerifKhmer-Bold.ttf",
)
