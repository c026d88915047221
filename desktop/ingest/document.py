"""From an original text to everything the archive stores about it."""

import hashlib
import re
from dataclasses import dataclass

from desktop.ingest.boilerplate import Junk, find_boilerplate
from desktop.ingest.html_text import html_to_text
from desktop.ingest.khmer import languages
from desktop.ingest.normalize import normalize
from desktop.ingest.paragraphs import Paragraph, assemble, split_blocks
from desktop.khmer.index_text import KhmerIndexText, index_text

FORMATS = ("text", "markdown", "html")
_LINE_WITH_WORDS = re.compile(r"^[^\S\n]*\S.*$", re.MULTILINE)


@dataclass(frozen=True)
class PreparedText:
    """A document ready to store.

    ``original`` is exactly what was given; ``text`` is the reading text
    (normalised, boilerplate removed, paragraphs separated by blank lines);
    ``junk`` offsets point into ``source``, the normalised text the junk was
    found in.
    """

    original: str
    format: str
    source: str
    text: str
    paragraphs: list[Paragraph]
    junk: list[Junk]
    khmer: KhmerIndexText | None  # what the Khmer index holds of ``text``
    languages: list[str]
    title_hint: str
    original_sha256: str
    text_sha256: str


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _first_line(text: str) -> str:
    """The first line with words, without a Markdown heading's #s (found without splitting a
    long text into all its lines)."""
    for match in _LINE_WITH_WORDS.finditer(text):
        line = match.group().strip().lstrip("#").strip()
        if line:
            return line[:200]
    return ""


def prepare(original: str, format: str = "text") -> PreparedText:
    """Normalise, strip boilerplate and split ``original`` (of the given format)."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}")
    title_hint = ""
    source = original
    if format == "html":
        source, title_hint = html_to_text(original)
    source = normalize(source)
    junk = find_boilerplate(source)
    kept, pos = [], 0
    for block in junk:
        kept.append(source[pos : block.start])
        kept.append("\n")
        pos = block.end
    kept.append(source[pos:])
    blocks = split_blocks("".join(kept), split_long_lines=format != "markdown")
    text, paragraphs = assemble(blocks)
    return PreparedText(
        original=original,
        format=format,
        source=source,
        text=text,
        paragraphs=paragraphs,
        junk=junk,
        khmer=index_text(text),
        languages=languages(text),
        title_hint=title_hint or _first_line(text),
        original_sha256=sha256(original),
        text_sha256=sha256(text),
    )
