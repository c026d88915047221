"""Text transformations for display: visible bidi controls, links, junk marks, citations."""

import html
import re
from dataclasses import dataclass

from desktop.wording import digits, say

# Bidirectional formatting characters can reorder what is displayed (a title
# can be made to read differently than it is stored). In titles and
# metadata they are shown as visible marks instead.
BIDI_CONTROLS = {
    "\u200e": "LRM", "\u200f": "RLM", "\u061c": "ALM",
    "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO",
    "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
}
_BIDI = re.compile("[" + "".join(BIDI_CONTROLS) + "]")
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"'«»“”‘’]+|mailto:[^\s<>\"']+", re.IGNORECASE)


def visible_controls(text: str) -> str:
    """``text`` with bidi controls replaced by visible marks such as ``⟦RLO⟧``."""
    return _BIDI.sub(lambda m: f"⟦{BIDI_CONTROLS[m.group()]}⟧", text)


# Terminal controls: C0 but tab and newline, DEL, C1 (ESC sequences retitle, clear or rewrite a
# terminal; an OSC can even write to the clipboard), and the bidi controls.
_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(BIDI_CONTROLS) + "]")


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is. Qt renders a tooltip as rich text whenever it looks
    like HTML, so a title such as ``<img src="/home/…/photo.png">`` would make it open that file;
    escaped inside a paragraph it is shown, never interpreted."""
    escaped = html.escape(visible_controls(text)).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def inert(text: str) -> str:
    """``text`` safe to write to a terminal: each control shown as ``\\x1b`` (bidi: ``⟦RLO⟧``)."""
    return _TERMINAL_CONTROLS.sub(lambda m: f"⟦{BIDI_CONTROLS[m.group()]}⟧" if m.group() in BIDI_CONTROLS
                                  else f"\\x{ord(m.group()):02x}", text)


def inert_json(text: str) -> str:
    """JSON text with the controls JSON leaves as they are (C1, bidi) written as ``\\uXXXX``."""
    return _TERMINAL_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


@dataclass(frozen=True)
class Link:
    start: int
    end: int
    address: str


def find_links(text: str) -> list[Link]:
    """Web and mail addresses written in ``text`` (trailing punctuation excluded)."""
    links = []
    for match in _LINK.finditer(text):
        address = match.group().rstrip(".,;:!?)]}")
        links.append(Link(match.start(), match.start() + len(address), address))
    return links


def junk_in_original(original: str, junk: list[dict]) -> list[tuple[int, int, str]]:
    """Where each removed block's lines stand in the verbatim ``original``.

    Junk offsets point into the normalised text; the original may differ by
    line endings or trailing spaces, so each line is looked up in order.
    Returns ``(start, end, rule)`` ranges; lines that cannot be found are skipped.
    """
    ranges, cursor = [], 0
    for block in junk:
        for line in block["text"].split("\n"):
            line = line.strip()
            if not line:
                continue
            at = original.find(line, cursor)
            if at < 0:
                continue
            ranges.append((at, at + len(line), block["rule"]))
            cursor = at + len(line)
    return ranges


def page_label(page: int) -> str:
    """How a page is named beside a passage (p. 12)."""
    return say("ReaderText", "p. {page}").format(page=digits(str(page)))


def pages_cited(pages: int | tuple[int, int] | None) -> str:
    """``p. 12``, or ``pp. 12–13`` for a passage running on to the next page; "" for none."""
    if not pages:
        return ""
    first, last = (pages, pages) if isinstance(pages, int) else pages
    return f"p. {first}" if first == last else f"pp. {first}–{last}"


def cited_where(doc_id: str, pages: int | tuple[int, int] | None) -> str:
    """A document's id, with the page(s) cited in it (in a PDF): ``user_…, p. 12``."""
    return doc_id + (f", {pages_cited(pages)}" if pages else "")


def citation(title: str, date: str | None, doc_id: str, page: int | tuple[int, int] | None = None) -> str:
    """The line appended to copied passages (with its page, in a PDF)."""
    where = f"Ekasar document {cited_where(doc_id, page)}"
    return f"— {visible_controls(title)}" + (f", {date}" if date else "") + f" ({where})"


_MARKDOWN_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MARKDOWN_EMPHASIS = re.compile(r"(?<![\w*_`])(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1(?![\w*_`])")
_MARKDOWN_LINE_MARK = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?)", re.MULTILINE)


def markdown_as_plain(text: str) -> str:
    """A note's Markdown as a list shows it: "**check** the [report](…)" is "check the report"."""
    text = _MARKDOWN_LINK.sub(r"\1", text)
    text = _MARKDOWN_LINE_MARK.sub("", text)
    for _ in range(2):  # "**bold with *italic* inside**"
        text = _MARKDOWN_EMPHASIS.sub(r"\2", text)
    return text
