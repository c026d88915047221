"""A PDF page's lines as paragraphs: where PDFium's text page puts the lines, and how far apart.

PDFium gives a page's text in reading order with a line break after each line it finds. Each
line is placed by its first character's baseline and font size and its last character's right
edge; a new paragraph starts where the layout says so, by general rules only:

- a larger gap: the step from one baseline to the next, in font sizes, over 1.25 times the
  page's usual step (its median; on a page of a few lines, whose median may be a paragraph gap,
  the document's, and in a document of a few lines no more than a step of solid text, 1.3);
- a change of font size (a heading), or a line above the one before (a new column);
- an indent: a line set in by more than a font size from the line before starts a paragraph,
  unless the line before opened a list item (a bullet or a number: a hanging indent); a line set
  out again after two or more indented lines ends a block quote;
- a short line that ends a sentence (under four fifths of the text's width, ending in . ! ? :
  or the Khmer ។ ៕).

The lines of a paragraph are joined with a space, except that a hyphen at a line end, after a
letter and before a small letter, is mended ("infor-" + "mation" → "information") unless the
document itself writes the word with its hyphen within a line ("well-known"), a hyphen before a
capital or a digit is kept without a space ("COVID-" + "19"), a soft hyphen is dropped, and two
lines meeting between Khmer letters are joined with nothing (Khmer wraps between words without a
space; a space at the line end is kept).
"""

import ctypes
import re
from dataclasses import dataclass
from statistics import median

import pypdfium2.raw as pdfium

HYPHENS = "-\u2010"
SOFT_HYPHEN = "\u00ad"
# PDFium gives a hyphen it takes for a word broken at a line end as U+FFFE (or 2), and removes
# the line break after it.
PDFIUM_HYPHENS = "\ufffe\u0002"
LOST = "\ufffd"  # a glyph whose font does not say which letter it draws
_DROPPED = "\x00"  # a character left out, kept in place so text and character indexes agree
# PDFium adds a space where a glyph is drawn apart from the one before. A Khmer vowel or sign
# that the font moves under, over or beside its letter is, and so is the letter after it: the
# space would cut a cluster ("រ ួម") or a word ("ឧទ្ធរណ៍ ។").
_KHMER_MARKS = "\u17b6-\u17d3\u17dd"
_SPACE_BY_MARK = re.compile(f"[ ](?=[{_KHMER_MARKS}])|(?<=[{_KHMER_MARKS}])[ ](?=[\u1780-\u17ff])")
_SENTENCE_END = tuple(".!?:\u17d4\u17d5")
_CLOSERS = "\"'\u201d\u2019)]»"
_LIST_MARKER = re.compile(r"^(?:[\u2022\u25e6\u25aa\u2023\u2043*\-\u2013]|\(?(?:\d{1,3}|[a-zA-Z]|[ivx]{1,4})[.)])\s")
_COMPOUND = re.compile(r"[^\W\d_]+[-\u2010][^\W\d_]+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
DEFAULT_STEP = 1.3  # baseline to baseline, in font sizes, in text set solid
FEW_STEPS = 5  # fewer line steps than this do not tell the usual one from a gap between paragraphs


@dataclass
class Line:
    text: str  # without its line break; a real trailing space kept
    left: float
    right: float
    baseline: float
    size: float  # the first character's font size


def _is_khmer(ch: str) -> bool:
    return "\u1780" <= ch <= "\u17ff" or "\u19e0" <= ch <= "\u19ff"


def _page_text(textpage) -> str:
    """The page's text, each glyph with no Unicode meaning replaced by U+FFFD (PDFium would
    give its raw code, often a control character), the spaces PDFium put before a Khmer mark
    marked as dropped."""
    whole = textpage.get_text_range(errors="replace")
    text = list(whole)
    for index in range(pdfium.FPDFText_CountChars(textpage)):
        if pdfium.FPDFText_HasUnicodeMapError(textpage, index):
            at = pdfium.FPDFText_GetTextIndexFromCharIndex(textpage, index)
            if 0 <= at < len(text):
                text[at] = LOST
    geometry = _Geometry(textpage)
    for match in _SPACE_BY_MARK.finditer(whole):
        at = match.start()
        char = pdfium.FPDFText_GetCharIndexFromTextIndex(textpage, at)
        if char >= 0 and pdfium.FPDFText_IsGenerated(textpage, char) and not geometry.gap_before(whole, at):
            text[at] = _DROPPED
    return "".join(text)


class _Geometry:
    """Where the characters of one text page are (indexes into its text)."""

    def __init__(self, textpage):
        self.page = textpage
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.box = [ctypes.c_double() for _ in range(4)]

    def _char(self, text_index: int) -> int:
        return pdfium.FPDFText_GetCharIndexFromTextIndex(self.page, text_index)

    def origin(self, text_index: int) -> tuple[float, float, float] | None:
        """(x, baseline, font size) of the character at ``text_index``."""
        char = self._char(text_index)
        if char < 0 or not pdfium.FPDFText_GetCharOrigin(self.page, char, self.x, self.y):
            return None
        return self.x.value, self.y.value, pdfium.FPDFText_GetFontSize(self.page, char)

    def gap_before(self, text: str, at: int) -> bool:
        """Whether the character after ``at`` is drawn clear of the whole Khmer cluster before
        ``at`` (a fifth of the font size apart), as a space between words would leave it."""
        start = at - 1
        while start > 0 and re.match(f"[{_KHMER_MARKS}]", text[start]):
            start -= 1
        rights = [r for r in (self.right(i) for i in range(start, at)) if r is not None]
        after = self.origin(at + 1) if at + 1 < len(text) else None
        if not rights or after is None:
            return True
        return after[0] - max(rights) > 0.2 * max(after[2], 1.0)

    def right(self, text_index: int) -> float | None:
        char = self._char(text_index)
        left, right, bottom, top = self.box
        if char < 0 or not pdfium.FPDFText_GetCharBox(self.page, char, left, right, bottom, top):
            return None
        return right.value


def page_lines(textpage) -> list[Line]:
    """The lines of a text page in PDFium's reading order, placed."""
    text = _page_text(textpage)
    geometry = _Geometry(textpage)
    lines: list[Line] = []
    start = 0
    for match in [*_LINE_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        for piece_start, piece_end in _unjoined(text, start, end, geometry):
            line = _placed(text, piece_start, piece_end, geometry)
            if line:
                lines.append(line)
        start = match.end() if match else end
    return lines


def _unjoined(text: str, start: int, end: int, geometry: _Geometry) -> list[tuple[int, int]]:
    """``text[start:end]`` cut where PDFium joined two lines at a hyphen (it removes the line
    break there): the letter after the hyphen sits on a lower baseline."""
    pieces, piece_start = [], start
    for at in range(start, end - 1):
        if text[at] in PDFIUM_HYPHENS or text[at] in HYPHENS + SOFT_HYPHEN and _lower(geometry, at):
            pieces.append((piece_start, at + 1))
            piece_start = at + 1
    pieces.append((piece_start, end))
    return pieces


def _lower(geometry: _Geometry, at: int) -> bool:
    """Whether the character after ``at`` sits on a lower line."""
    here, after = geometry.origin(at), geometry.origin(at + 1)
    return bool(here and after and here[1] - after[1] > 0.5 * max(here[2], 1.0))


def _placed(text: str, start: int, end: int, geometry: _Geometry) -> Line | None:
    raw = text[start:end]
    stripped = raw.strip()
    if not stripped:
        return None
    first = start + len(raw) - len(raw.lstrip())
    last = start + len(raw.rstrip()) - 1
    origin = geometry.origin(first)
    right = geometry.right(last)
    if origin is None or right is None:
        x, baseline, size = 0.0, 0.0, 0.0  # no place known: joined to the line before
        right = 0.0
    else:
        x, baseline, size = origin
    trailing = " " if raw != raw.rstrip() else ""
    stripped = stripped.replace(_DROPPED, "")
    if stripped and stripped[-1] in PDFIUM_HYPHENS:
        stripped = stripped[:-1] + "-"
    return Line(stripped + trailing, x, right, baseline, size)


def line_steps(lines: list[Line]) -> list[float]:
    """The steps from one line's baseline to the next's, in font sizes (those of text in lines)."""
    return [(a.baseline - b.baseline) / b.size for a, b in zip(lines, lines[1:])
            if b.size > 0 and 0.5 < (a.baseline - b.baseline) / b.size < 4]


def usual_step(steps: list[float]) -> float:
    """The usual line step of ``steps``: their median, but of fewer than ``FEW_STEPS`` (one of
    which may be a paragraph gap) no more than ``DEFAULT_STEP``."""
    if len(steps) >= FEW_STEPS:
        return median(steps)
    return min(median(steps), DEFAULT_STEP) if steps else DEFAULT_STEP


def _breaks(lines: list[Line], document_step: float | None) -> list[bool]:
    """For each line, whether it starts a paragraph."""
    steps = line_steps(lines)
    usual = document_step if len(steps) < FEW_STEPS and document_step is not None else usual_step(steps)
    lefts = [line.left for line in lines if line.size > 0]
    rights = [line.right for line in lines if line.size > 0]
    margin, width = (min(lefts), max(rights) - min(lefts)) if lefts else (0.0, 0.0)
    starts = [True]
    paragraph_first = 0
    for i in range(1, len(lines)):
        new = _starts_paragraph(lines, i, paragraph_first, usual, margin, width)
        starts.append(new)
        if new:
            paragraph_first = i
    return starts


def _starts_paragraph(lines: list[Line], i: int, first: int, usual: float, margin: float,
                      width: float) -> bool:
    prev, cur = lines[i - 1], lines[i]
    if cur.size <= 0 or prev.size <= 0:
        return False
    size = max(cur.size, prev.size)
    step = (prev.baseline - cur.baseline) / cur.size
    if abs(step) < 0.3:
        return False  # the same baseline: a line PDFium cut at a wide space
    if step < 0 or abs(cur.size - prev.size) > 0.15 * size or step > 1.25 * usual:
        return True
    shift = cur.left - prev.left
    if shift > size:
        return not (i - 1 == first and _LIST_MARKER.match(prev.text))
    if shift < -size:
        return i - 1 != first  # back at the margin after a block (not after a first-line indent)
    ends_sentence = prev.text.rstrip().rstrip(_CLOSERS).endswith(_SENTENCE_END)
    return ends_sentence and width > 10 * size and prev.right < margin + 0.8 * width


def paragraphs(lines: list[Line], document_step: float | None = None) -> list[list[Line]]:
    """A page's lines in paragraphs; ``document_step``: the document's ``usual_step`` of all its
    lines (taken on a page of few lines), or None to go by the page alone."""
    grouped: list[list[Line]] = []
    for line, new in zip(lines, _breaks(lines, document_step)):
        if new or not grouped:
            grouped.append([line])
        else:
            grouped[-1].append(line)
    return grouped


def compounds(lines: list[Line]) -> set[str]:
    """The hyphenated words written within these lines (not at a line end), in small letters."""
    found = set()
    for line in lines:
        body = line.text.rstrip()
        found.update(w.casefold() for w in _COMPOUND.findall(body[:-1] if body.endswith(tuple(HYPHENS)) else body))
    return found


def joined(paragraph: list[Line], hyphenated: set[str]) -> str:
    """A paragraph's lines as one line (the rules in the module's docstring)."""
    return join_lines([line.text for line in paragraph], hyphenated)


def join_lines(lines: list[str], hyphenated: set[str]) -> str:
    """The lines of one paragraph as one line: a space between, hyphens mended, Khmer closed up."""
    text = lines[0] if lines else ""
    for line in lines[1:]:
        text = _join(text, line, hyphenated)
    return text.strip()


def _join(before: str, after: str, hyphenated: set[str]) -> str:
    if before.endswith(" ") or not after:
        return before + after
    last, first = before[-1], after[0]
    if last == SOFT_HYPHEN:
        return before[:-1] + after
    if last in HYPHENS and len(before) > 1 and before[-2].isalpha():
        if first.islower():
            word = re.search(r"[^\W\d_]+$", before[:-1])
            following = re.match(r"[^\W\d_]+", after)
            compound = f"{word.group() if word else ''}-{following.group() if following else ''}"
            return before + after if compound.casefold() in hyphenated else before[:-1] + after
        return before + after
    if _is_khmer(last) and _is_khmer(first):
        return before + after
    return before + " " + after
