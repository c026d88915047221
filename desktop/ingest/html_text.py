"""Plain reading text from an HTML page, using only the standard library.

Scripts, styles, forms and embedded objects are dropped; images become their
alt text; nothing is fetched. Block elements become paragraph breaks.
"""

import re
from html.parser import HTMLParser

# Whitespace as HTML defines it: a no-break space is content, not spacing.
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")

_SKIP = {"title", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
         "canvas", "form", "select", "button", "head", "nav", "math"}
_BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
          "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4",
          "h5", "h6", "figure", "figcaption", "address", "hr", "body", "html"}
_SHOWN_LINK = re.compile(r"^(https?://|mailto:)\S+$", re.IGNORECASE)
# Stands for <br> until source whitespace has been collapsed (private use area).
_LINE_BREAK = "\ue000"
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
         "param", "source", "track", "wbr"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.heading_parts: list[str] = []
        self._skip_depth = 0
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
        if tag == "h1":
            self._in_h1 = True
        if tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            # Web and mail addresses are kept as text so a reader can see
            # where a link pointed; javascript:, file: and the like are not.
            self._link = href if _SHOWN_LINK.match(href) else None
            self._link_text = []
        if tag in _BLOCK:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append(_LINE_BREAK)
        elif tag in ("td", "th"):
            self.parts.append(" ")
        elif tag == "img":
            alt = (dict(attrs).get("alt") or "").strip()
            if alt:
                self.parts.append(f" {alt} ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIP:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIP and tag not in _VOID:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag == "h1":
            self._in_h1 = False
        if tag == "a" and self._link:
            if self._link not in "".join(self._link_text):
                self.parts.append(f" ({self._link})")
            self._link = None
        if not self._skip_depth and tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        if self._skip_depth:
            return
        if self._in_h1:
            self.heading_parts.append(data)
        if self._link:
            self._link_text.append(data)
        self.parts.append(data)


def _squash(text: str) -> str:
    """Collapse source whitespace as a browser does, keeping <br> line breaks."""
    lines = (" ".join(_HTML_SPACE.split(line)).strip() for line in text.split(_LINE_BREAK))
    return "\n".join(line for line in lines if line)


def html_to_text(html: str) -> tuple[str, str]:
    """Return ``(text, title)``; ``title`` is the <title> or first <h1>, or ``""``."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    paragraphs = [_squash(p) for p in "".join(parser.parts).split("\n\n")]
    text = "\n\n".join(p for p in paragraphs if p)
    title = " ".join("".join(parser.title_parts).split()) or " ".join(
        "".join(parser.heading_parts).split()
    )
    return text, title
