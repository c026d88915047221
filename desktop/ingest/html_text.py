"""Plain reading text from an HTML page, using only the standard library.

Scripts, styles, forms and embedded objects are dropped; images become their
alt text; nothing is fetched. Block elements become paragraph breaks. Page
furniture the page marks as such (html_junk.py: <aside>, <footer>, "share",
"related", "cookie" … in class names) stays in the text, and where it stands
is returned so that it can be kept aside as junk.
"""

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from desktop.ingest.html_junk import CAPTION, QUOTING, element_kind, outermost
from desktop.ingest.normalize import normalize

# Whitespace as HTML defines it: a no-break space is content, not spacing.
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")

_SKIP = {"title", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
         "canvas", "form", "select", "button", "head", "nav", "math"}
_BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
          "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4",
          "h5", "h6", "figure", "figcaption", "address", "hr", "body", "html"}
# Inline elements that stand apart from the words beside them ("3 March 2023" in <time>).
_APART = {"time", "td", "th"}
# Elements whose start closes an open one of the same name (a list item without its </li>).
_SELF_CLOSING = {"p", "li", "dt", "dd", "tr", "td", "th", "option"}
_SHOWN_LINK = re.compile(r"^(https?://|mailto:)\S+$", re.IGNORECASE)
# Private use characters: a <br> until source whitespace has been collapsed, and the start and
# end of a furniture element until its place in the finished text is known.
_LINE_BREAK, _OPEN, _CLOSE = "\ue000", "\ue001", "\ue002"
_MARKERS = re.compile(f"[{_OPEN}{_CLOSE}]")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
         "param", "source", "track", "wbr"}
_WORDY = re.compile(r"\w\w")
_JUNK, _CAPTION = "junk", "caption"
_REACH = 64  # open elements an end tag may close


@dataclass(frozen=True)
class HtmlText:
    """A page's text (normalised), its title (the <title>, else the first <h1>), its first <h1>, and
    its furniture as ``(start, end, rule)`` in ``text``."""

    text: str
    title: str
    junk: list[tuple[int, int, str]]
    headline: str = ""


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.heading_parts: list[str] = []
        self.junk_rules: list[str] = []  # of each furniture element, in the order they open
        self._open: list[tuple[str, str | None]] = []  # (tag, furniture or caption), outermost first
        self._skip_depth = 0
        self._quoting = 0  # open <blockquote> and <figure> elements
        self._in_title = False
        self._in_h1 = False
        self._link: str | None = None
        self._link_text: list[str] = []

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """``<![…`` with an unknown keyword makes the standard parser raise AssertionError
        (a hostile or broken page): read those three characters as text and go on."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.handle_data(self.rawdata[i : i + 3])
            return i + 3

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _SKIP and tag not in _VOID:
            self._skip_depth += 1
        if self._skip_depth:
            return
        attributes = dict(attrs)
        if tag not in _VOID:
            self._enter(tag, attributes)
        if tag == "h1":
            self._in_h1 = not "".join(self.heading_parts).strip()  # the first with words is the headline
        if tag == "a":
            href = (attributes.get("href") or "").strip()
            # Web and mail addresses are kept as text so a reader can see
            # where a link pointed; javascript:, file: and the like are not.
            self._link = href if _SHOWN_LINK.match(href) else None
            self._link_text = []
        if tag in _BLOCK:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append(_LINE_BREAK)
        elif tag in _APART:
            self.parts.append(" ")
        elif tag == "img":
            self._image(attributes)

    def _image(self, attributes: dict[str, str | None]) -> None:
        """An image's alt text on a line of its own (a caption is not the next sentence's first
        words); a smiley's stays in the line."""
        alt = _MARKERS.sub("", (attributes.get("alt") or "").strip())
        if alt:
            apart = _LINE_BREAK if _WORDY.search(alt) else " "
            self.parts.append(f"{apart}{alt}{apart}")

    def _enter(self, tag: str, attributes: dict[str, str | None]) -> None:
        if tag in _SELF_CLOSING and self._open and self._open[-1][0] == tag:
            self._close_from(len(self._open) - 1)
        rule = element_kind(tag, attributes, self._quoting > 0)
        self._quoting += tag in QUOTING
        kind = None
        if rule == CAPTION:
            kind = _CAPTION
            self.parts.append("\n\n")
        elif rule:
            kind = _JUNK
            self.junk_rules.append(rule)
            self.parts.append(f"\n\n{_OPEN}\n\n")
        self._open.append((tag, kind))

    def _close_from(self, index: int) -> None:
        """Close the open elements from ``index`` on, innermost first (so the markers nest)."""
        while len(self._open) > index:
            tag, kind = self._open.pop()
            self._quoting -= tag in QUOTING
            if kind == _JUNK:
                self.parts.append(f"\n\n{_CLOSE}\n\n")
            elif kind == _CAPTION:
                self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIP:
            self.handle_starttag(tag, attrs)
            if tag not in _VOID:
                self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIP and tag not in _VOID:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag == "h1":
            self._in_h1 = False
            self.heading_parts.append(" ")
        if tag == "a" and self._link:
            if self._link not in "".join(self._link_text):
                self.parts.append(f" ({self._link})")
            self._link = None
        if self._skip_depth:
            return
        if tag in _BLOCK:
            self.parts.append("\n\n")
        elif tag in _APART:
            self.parts.append(" ")
        at = self._open_at(tag)
        if at is not None:  # an end tag without its start is ignored, as a browser does
            self._close_from(at)

    def _open_at(self, tag: str) -> int | None:
        """Where the innermost open ``tag`` is, looked for among the innermost few only (a
        hostile page's thousands of unclosed tags cost no more)."""
        for index in range(len(self._open) - 1, max(-1, len(self._open) - 1 - _REACH), -1):
            if self._open[index][0] == tag:
                return index
        return None

    def close(self) -> None:
        super().close()
        self._close_from(0)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        if self._skip_depth:
            return
        data = _MARKERS.sub("", data)  # a page's own private-use characters would misplace the furniture
        if self._in_h1:
            self.heading_parts.append(data)
        if self._link:
            self._link_text.append(data)
        self.parts.append(data)


def _squash(text: str) -> str:
    """Collapse source whitespace as a browser does, keeping <br> line breaks."""
    lines = (" ".join(_HTML_SPACE.split(line)).strip() for line in text.split(_LINE_BREAK))
    return "\n".join(line for line in lines if line)


def _unmark(chunks: list[str], rules: list[str]) -> tuple[str, list[tuple[int, int, str]]]:
    """The paragraphs joined by blank lines, and where each marked element's text stands.

    A marker is a chunk of its own: an opening one stands where the next paragraph starts, a
    closing one where the last ended.
    """
    paragraphs: list[str] = []
    spans: list[tuple[int, int, str]] = []
    opened: list[tuple[int, str]] = []
    end, count = 0, 0
    for chunk in chunks:
        if chunk == _OPEN:
            opened.append((end + 2 if paragraphs else 0, rules[count]))
            count += 1
        elif chunk == _CLOSE and opened:
            start, rule = opened.pop()
            spans.append((start, end, rule))
        else:
            paragraph = normalize(_MARKERS.sub("", chunk)).strip()
            if paragraph:
                end += len(paragraph) + (2 if paragraphs else 0)
                paragraphs.append(paragraph)
    return "\n\n".join(paragraphs), spans


def read_html(html: str) -> HtmlText:
    """The page's normalised text, its title (the <title> or first <h1>, or ``""``) and furniture."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    chunks = [_squash(p) for p in "".join(parser.parts).split("\n\n")]
    text, spans = _unmark(chunks, parser.junk_rules)
    headline = " ".join("".join(parser.heading_parts).split())
    title = " ".join("".join(parser.title_parts).split()) or headline
    return HtmlText(text, title, outermost(spans, len(text)), headline)


def html_to_text(html: str) -> tuple[str, str]:
    """Return ``(text, title)``; ``title`` is the <title> or first <h1>, or ``""``."""
    page = read_html(html)
    return page.text, page.title
