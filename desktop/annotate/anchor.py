"""Text selectors and re-anchoring, after the W3C Web Annotation model.

A passage is remembered by its exact quote, some context before and after it
(prefix, suffix) and its offsets. When a document's text changes, the passage
is looked for in order: at the same offsets, then as the exact quote
elsewhere (the occurrence whose context fits best), then by a fuzzy match of
quote and context scoring at least MIN_SCORE. Below that it is not found:
the caller keeps the annotation for review, never moves it to a guess.
"""

from dataclasses import dataclass
from difflib import SequenceMatcher

CONTEXT = 32  # characters of prefix and suffix kept
MIN_SCORE = 0.8


@dataclass(frozen=True)
class Selector:
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int


def select(text: str, start: int, end: int) -> Selector:
    """The selector of ``text[start:end]``."""
    if not 0 <= start < end <= len(text):
        raise ValueError("a passage needs 0 <= start < end <= len(text)")
    return Selector(text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT], start, end)


def _context_score(text: str, start: int, end: int, selector: Selector) -> float:
    before = text[max(0, start - len(selector.prefix)) : start]
    after = text[end : end + len(selector.suffix)]
    score = 0.0
    for have, want in ((before, selector.prefix), (after, selector.suffix)):
        score += SequenceMatcher(None, have, want, autojunk=False).ratio() if want else 1.0
    return score / 2


def anchor(text: str, selector: Selector) -> tuple[int, int] | None:
    """Where the selected passage is in ``text`` now, or None when it cannot be found with confidence."""
    quote = selector.quote
    if text[selector.start : selector.end] == quote:
        return selector.start, selector.end
    occurrences = []
    at = text.find(quote)
    while at >= 0 and len(occurrences) < 1000:
        occurrences.append(at)
        at = text.find(quote, at + 1)
    if occurrences:
        best = max(occurrences, key=lambda s: (_context_score(text, s, s + len(quote), selector),
                                                -abs(s - selector.start)))
        if len(occurrences) == 1 or _context_score(text, best, best + len(quote), selector) >= 0.5:
            return best, best + len(quote)
        return None  # the same words several times, none in a recognisable place
    return _fuzzy(text, selector)


def _fuzzy(text: str, selector: Selector) -> tuple[int, int] | None:
    """The best window of about the quote's length whose quote and context match well enough."""
    quote = selector.quote
    if len(quote) < 8:
        return None  # too short to recognise once changed
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(quote)
    best, best_score = None, 0.0
    # Candidate starts: where the quote's first or last few characters occur.
    seeds = set()
    for probe in (quote[:8], quote[-8:]):
        at = text.find(probe)
        while at >= 0 and len(seeds) < 400:
            seeds.add(at if probe == quote[:8] else max(0, at + 8 - len(quote)))
            at = text.find(probe, at + 1)
    for start in seeds:
        for length in {len(quote), int(len(quote) * 0.9), int(len(quote) * 1.1)}:
            end = min(len(text), start + length)
            matcher.set_seq1(text[start:end])
            score = 0.8 * matcher.ratio() + 0.2 * _context_score(text, start, end, selector)
            if score > best_score:
                best, best_score = (start, end), score
    return best if best_score >= MIN_SCORE else None
