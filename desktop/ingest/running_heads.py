"""Running headers, footers and page numbers of a paged document, to keep aside as junk.

A printed page repeats its running head (the report's title, a chapter's name, "Confidential")
and its number at the top or the bottom; read page by page, they would break the sentence that
runs on from one page to the next, and fill search with hits on the title. Two general rules,
applied only to the few lines at the top and the bottom of each page:

- ``page-number``: a line that is only a page number, in its usual forms: ``12``, ``- 12 -``,
  ``[12]``, ``Page 12``, ``Page 12 of 30``, ``12 / 30``, ``p. 12``, ``ទំព័រ ១២``, ``ទំព័រទី ១២ នៃ ៣០``,
  in Latin or Khmer digits, or a roman numeral below 100 in small letters (front matter);
- ``running-head``: a short line that the same end (top or bottom) of other pages repeats, its
  digits masked, so "Report 2024 — page 3" on page 3 and "Report 2024 — page 4" on page 4 are one
  line. Twice in a document of up to three pages, three times in a longer one: a heading that
  happens to open two pages is not taken for a running head. Unless, without them, most pages
  that have words would have none: then the repeated lines are the document's text.
"""

import re
from collections import Counter
from dataclasses import dataclass

EDGE_LINES = 3  # lines looked at, at each end of a page
LONGEST_HEAD = 150  # characters: a longer line is body text
_DIGITS = "0-9\u17e0-\u17e9"
_PAGE_NUMBER = re.compile(
    rf"^[\s\-\u2013\u2014\[(]*"
    rf"(?:(?:page|pg\.?|p\.|\u1791\u17c6\u1796\u17d0\u179a(?:\u1791\u17b8)?)\s*)?"  # page, p., ទំព័រ(ទី)
    rf"(?:[{_DIGITS}]{{1,5}}|(?=[ivxl])(?:xc|xl|l?x{{0,3}})(?:ix|iv|v?i{{0,3}}))"  # 1-99 in roman
    rf"(?:\s*(?:of|/|\u1793\u17c3)\s*[{_DIGITS}]{{1,5}})?"  # of 30, / 30, នៃ ៣០
    rf"[\s\-\u2013\u2014\])]*$",
    re.IGNORECASE,
)
_ROMAN_ONLY = re.compile(r"^[\W_]*[ivxlIVXL]+[\W_]*$")
_ANY_DIGIT = re.compile(f"[{_DIGITS}]+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class _Line:
    page: int
    start: int
    end: int
    text: str  # stripped
    at_top: bool


def is_page_number(line: str) -> bool:
    """Whether ``line`` (stripped) is only a page number. A roman numeral counts only in small
    letters, so a lone "I" or "CV" is not taken."""
    if not _PAGE_NUMBER.match(line):
        return False
    return not (_ROMAN_ONLY.match(line) and not line.islower())


def _masked(line: str) -> str:
    """The line as pages repeat it: digits masked, case and spacing ignored."""
    return _SPACES.sub(" ", _ANY_DIGIT.sub("#", line)).strip().casefold()


def _edge_lines(page: int, text: str) -> list[_Line]:
    """The first and last few lines of a page with words (the same line once)."""
    lines: list[tuple[int, int, str]] = []
    start = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append((start + lead, start + lead + len(stripped), stripped))
        start += len(raw) + 1
    top = lines[:EDGE_LINES]
    bottom = lines[max(EDGE_LINES, len(lines) - EDGE_LINES):]
    return ([_Line(page, s, e, t, True) for s, e, t in top]
            + [_Line(page, s, e, t, False) for s, e, t in bottom])


def running_heads(pages: list[str]) -> list[tuple[int, int, int, str]]:
    """Running heads and page numbers of ``pages`` (each page's text) as
    ``(page index, start, end, rule)``: ``pages[index][start:end]`` is the line kept aside, in
    order, never overlapping. Never raises on any text."""
    candidates = [line for page, text in enumerate(pages) for line in _edge_lines(page, text)
                  if len(line.text) <= LONGEST_HEAD]
    pages_with: Counter[tuple[bool, str]] = Counter()
    for key in {(line.page, line.at_top, _masked(line.text)) for line in candidates}:
        pages_with[key[1:]] += 1
    needed = 2 if len(pages) <= 3 else 3
    found: dict[tuple[int, int], tuple[int, int, int, str]] = {}
    for line in candidates:
        if is_page_number(line.text):
            rule = "page-number"
        elif pages_with[(line.at_top, _masked(line.text))] >= needed and _has_words(line.text):
            rule = "running-head"
        else:
            continue
        found[(line.page, line.start)] = (line.page, line.start, line.end, rule)
    return _leaving_text(pages, [found[key] for key in sorted(found)])


def _leaving_text(pages: list[str], heads: list[tuple[int, int, int, str]]) -> list[tuple[int, int, int, str]]:
    """``heads``, but the running heads kept as text when they are most of the document's words:
    when, without them, more than half of the pages with words (page numbers aside) would have
    none (a sentence and its page number, page after page). Decided for the whole document, not
    page by page, so the one blank page of a report that holds only its running head loses it as
    the others do."""
    by_page: dict[int, list[tuple[int, int, int, str]]] = {}
    for head in heads:
        by_page.setdefault(head[0], []).append(head)
    numbers = [head for head in heads if head[3] == "page-number"]
    with_words = emptied = 0
    for page, text in enumerate(pages):
        found = by_page.get(page, [])
        if _has_words(_without(text, [head for head in found if head[3] == "page-number"])):
            with_words += 1
            emptied += not _has_words(_without(text, found))
    return heads if 2 * emptied <= with_words else numbers


def _without(text: str, heads: list[tuple[int, int, int, str]]) -> str:
    """A page's text without its running heads and page numbers (in order, apart)."""
    rest, at = [], 0
    for _, start, end, _ in heads:
        rest.append(text[at:start])
        at = end
    return "".join(rest) + text[at:]


def _has_words(line: str) -> bool:
    """A repeated line of punctuation (a rule of dashes, dots) is left to the page's layout."""
    return any(ch.isalpha() for ch in line)
