"""From an original text to everything the archive stores about it."""

import hashlib
import re
from dataclasses import dataclass
from itertools import islice

from desktop.ingest.boilerplate import Junk, find_boilerplate
from desktop.ingest.html_text import read_html
from desktop.ingest.khmer import languages
from desktop.ingest.normalize import normalize
from desktop.ingest.paragraphs import Paragraph, assemble, split_blocks
from desktop.ingest.running_heads import running_heads
from desktop.khmer.index_text import KhmerIndexText, index_text

FORMATS = ("text", "markdown", "html")
# Formats read by desktop/ingest/readers: their original is the text as read.
READ_FORMATS = ("pdf", "docx", "odt", "epub")
_NOT_A_LINE_BREAK = re.compile(r"[^\n]")
_LINE_WITH_WORDS = re.compile(r"^[^\S\n]*\S.*$", re.MULTILINE)
# Junk that signs or dates the page: where the date it states for itself may stand.
DATING_RULES = ("byline", "dateline", "date-stamp", "html-byline")


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
    pages: tuple[int, ...] = ()  # where each page starts in ``text`` (page n at n - 1); () if unpaged

    @property
    def dating_text(self) -> str:
        """The bylines, datelines and time stamps kept aside, one a line ("By Sok Chan | 3 March
        2023"): where the page's date stands when its reading text states none."""
        return "\n".join(block.text for block in self.junk if block.rule in DATING_RULES)


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


def _without_junk(source: str, junk: list[Junk], start: int = 0, end: int | None = None) -> str:
    """``source[start:end]`` with each junk block replaced by a line break."""
    end = len(source) if end is None else end
    kept, pos = [], start
    for block in junk:
        if block.end <= start or block.start >= end:
            continue
        kept.append(source[pos : max(pos, block.start)])
        kept.append("\n")
        pos = max(pos, min(block.end, end))
    kept.append(source[pos:end])
    return "".join(kept)


def _prepared(original: str, format: str, source: str, junk: list[Junk], blocks: list[str],
              title_hint: str, pages: tuple[int, ...] = ()) -> PreparedText:
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
        pages=pages,
    )


def prepare(original: str, format: str = "text") -> PreparedText:
    """Normalise, strip boilerplate and split ``original`` (of the given format)."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}")
    title_hint = ""
    if format == "html":
        page = read_html(original)  # normalised already: its furniture's offsets hold
        source, title_hint = page.text, page.title
        junk = _with_page_furniture(source, [Junk(start, end, rule, source[start:end])
                                             for start, end, rule in page.junk], page.title, page.headline)
    else:
        source = normalize(original)
        junk = find_boilerplate(source)
    blocks = split_blocks(_without_junk(source, junk), split_long_lines=format != "markdown")
    return _prepared(original, format, source, junk, blocks, title_hint)


def prepare_pages(pages: list[str], format: str, paged: bool, title_hint: str = "") -> PreparedText:
    """A document a reader gave page by page (paragraphs apart by blank lines).

    The original is the pages as read, apart by blank lines. In a paged
    document, running heads and page numbers (ingest/running_heads.py) are
    kept aside as junk with the web boilerplate. A page's paragraphs never run
    into the next page's, so each paragraph has one page.
    """
    if format not in READ_FORMATS:
        raise ValueError(f"unknown format {format!r}")
    pages = [page.strip() for page in pages]
    normalized = [normalize(page) for page in pages]
    source = "\n\n".join(normalized)
    starts = [0]
    for page in normalized[:-1]:
        starts.append(starts[-1] + len(page) + 2)
    junk = []
    for index, start, end, rule in running_heads(normalized) if paged else ():  # found where they are cut
        at = starts[index]
        junk.append(Junk(at + start, at + end, rule, source[at + start : at + end]))
    junk = _apart(junk + find_boilerplate(source))  # a running head is not a repeated headline
    blocks, first_blocks = [], []
    for index, start in enumerate(starts):
        first_blocks.append(len(blocks))
        blocks += split_blocks(_without_junk(source, junk, start, start + len(normalized[index])),
                               split_long_lines=False)
    offsets = [0]
    for block in blocks:
        offsets.append(offsets[-1] + len(block) + 2)
    page_starts = tuple(min(offsets[first], max(0, offsets[-1] - 2)) for first in first_blocks) if paged else ()
    return _prepared("\n\n".join(pages), format, source, junk, blocks, title_hint, page_starts)


def _with_page_furniture(source: str, furniture: list[Junk], title: str, headline: str) -> list[Junk]:
    """The furniture a page marks, and the junk found by shape in the rest of its text (the
    furniture blanked out, so that a list of other articles does not hide the headline; not a
    breadcrumb, whose parts tell which lines are section labels)."""
    found, k = [], 0
    ends = [*furniture, Junk(len(source), len(source), "", "")]
    for block in find_boilerplate(_blanked(source, furniture), title, headline):
        while ends[k].end <= block.start:
            k += 1
        pos = block.start
        for piece in islice(ends, k, None):  # the block's parts outside the furniture
            found += _trimmed(source, pos, min(block.end, piece.start), block.rule)
            pos = max(pos, piece.end)
            if pos >= block.end:
                break
    return _apart(furniture + found)


def _blanked(source: str, furniture: list[Junk]) -> str:
    """``source`` with the furniture's characters (but its line breaks) as spaces, built piece by
    piece: a page of megabytes is never held as a list of characters."""
    pieces, pos = [], 0
    for block in sorted(furniture, key=lambda b: b.start):
        if block.rule == "html-breadcrumb" or block.end <= pos:
            continue
        start = max(pos, block.start)
        pieces.append(source[pos:start])
        pieces.append(_NOT_A_LINE_BREAK.sub(" ", source[start : block.end]))
        pos = block.end
    pieces.append(source[pos:])
    return "".join(pieces)


def _trimmed(source: str, start: int, end: int, rule: str) -> list[Junk]:
    """``source[start:end]`` as a junk block without the spaces around it, if it has words."""
    text = source[start:end]
    if not text.strip():
        return []
    start += len(text) - len(text.lstrip())
    end -= len(text) - len(text.rstrip())
    return [Junk(start, end, rule, source[start:end])]


def _apart(junk: list[Junk]) -> list[Junk]:
    """Junk blocks in order, none overlapping the one before (a head found by both rules once)."""
    kept: list[Junk] = []
    for block in sorted(junk, key=lambda j: (j.start, -j.end)):
        if block.end <= block.start:
            continue
        if kept and block.start < kept[-1].end:
            if block.end <= kept[-1].end:
                continue
            block = Junk(kept[-1].end, block.end, block.rule, block.text[kept[-1].end - block.start :])
        kept.append(block)
    return kept
