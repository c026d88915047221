"""Snippets: a window of the reading text around a hit, with the hit marked.

Every snippet starts and ends between Khmer clusters, and every marked hit
covers whole clusters, so no vowel or subscript is ever drawn alone.
"""

import re

from desktop.khmer.syllables import narrow, widen

# Marker characters around hits and for elided text in snippets: control
# characters that normalisation removes from every stored text, so they can
# never be confused with it.
OPEN, CLOSE, ELIDED = "\x02", "\x03", "\x04"
SNIPPET_CONTEXT = 90  # characters either side of a Khmer hit

EDGE_SEARCH = 40  # how far into the window a snippet's edge looks for a space
_GAP = re.compile("[\\s\u200b\u17d4\u17d5\u17d6,.;:!?()]+")
_MARKED = f"{OPEN}[^{CLOSE}]*{CLOSE}"
_FIRST_HIT_RUN = re.compile(f"{_MARKED}(?:[^\\w{OPEN}{CLOSE}]{{0,3}}{_MARKED})*")
_MARKERS = str.maketrans("", "", OPEN + CLOSE)


def around(text: str, start: int, end: int, before: int = SNIPPET_CONTEXT, after: int = SNIPPET_CONTEXT) -> str:
    """A snippet of ``text`` with ``text[start:end]`` marked, its edges at
    spaces or punctuation where there are some near them (a cluster edge
    may still be inside a syllable's final consonant); ``before`` and ``after``:
    about how many characters either side."""
    start, end = widen(text, start, end)
    first, last = narrow(text, max(0, start - before), min(len(text), end + after))
    if first > 0:
        gap = _GAP.search(text, first, min(start, first + EDGE_SEARCH))
        first = gap.end() if gap else first
    if last < len(text):
        gaps = list(_GAP.finditer(text, max(end, last - EDGE_SEARCH), last))
        last = gaps[-1].start() if gaps else last
    first, last = min(first, start), max(last, end)
    return (
        (ELIDED if first else "")
        + text[first:start] + OPEN + text[start:end] + CLOSE + text[end:last]
        + (ELIDED if last < len(text) else "")
    )


def from_fts(text: str, snippet: str) -> tuple[str, int | None, int | None]:
    """An FTS5 snippet (a window of ``text``) cut to whole clusters, and the
    offsets in ``text`` of its first marked hit."""
    body = snippet.strip(ELIDED)
    window = body.translate(_MARKERS)
    base = text.find(window)
    if base < 0:
        return snippet, None, None
    first, last = narrow(text, base, base + len(window))
    trimmed = _trim_marked(body, first - base, base + len(window) - last)
    snippet = (ELIDED if first else "") + trimmed + (ELIDED if last < len(text) else "")
    hit = _FIRST_HIT_RUN.search(trimmed)
    if hit is None:
        return snippet, None, None
    # The first hit, extended over the hits that follow it separated only by
    # spaces or punctuation ("Prey" "Sar" → "Prey Sar").
    start = first + len(trimmed[: hit.start()].translate(_MARKERS))
    return snippet, start, start + len(hit.group().translate(_MARKERS))


def _trim_marked(body: str, head: int, tail: int) -> str:
    """``body`` without its first ``head`` and last ``tail`` text characters (markers kept)."""
    if not head and not tail:
        return body
    kept, seen, total = [], 0, len(body.translate(_MARKERS))
    for ch in body:
        if ch in (OPEN, CLOSE):
            kept.append(ch)
            continue
        if head <= seen < total - tail:
            kept.append(ch)
        seen += 1
    return "".join(kept)
