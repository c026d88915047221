"""Unicode and line-ending normalisation of source text.

The stored original is never changed; this produces the text that cleaning,
splitting and indexing work on.
"""

import re
import unicodedata

# C0/C1 controls other than tab and newline, plus the BOM and other
# invisible format characters that web copy-paste leaves behind. Zero-width
# (non-)joiners and the zero-width space are kept: Khmer uses them.
_STRAY = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufff9-\ufffb\u2028\u2029\ud800-\udfff]"
)
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)


def normalize(text: str) -> str:
    """Return ``text`` in NFC with ``\\n`` line endings and no stray control characters.

    Line and paragraph separators (U+2028/U+2029) become newlines; trailing
    spaces on a line are dropped. Idempotent: ``normalize(normalize(t)) == normalize(t)``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _STRAY.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return _TRAILING_SPACE.sub("", text)
