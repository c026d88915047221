"""Khmer orthographic syllables (clusters): a base letter with the subscripts,
vowels and signs written on it. A word, a match, a snippet or a highlight
starts and ends between clusters, never inside one: cut there, a vowel or a
subscript would be drawn on a dotted circle.
"""

import re

from desktop.khmer.normal import COENG, ZERO_WIDTH

MARKS = "\u17b4-\u17d1\u17d3\u17dd"  # dependent vowels and signs: always after a base
_MARK = re.compile(f"[{MARKS}{COENG}]")
# In normalised text (no zero-width characters): a base and what is written on
# it, a number, or any other single character.
_CLUSTER = re.compile(f"[\u1780-\u17b3](?:{COENG}[\u1780-\u17a2]|[{MARKS}])*|[0-9]+|.", re.S)


def clusters(text: str) -> list[str]:
    """``text`` (in the normal form) cut into clusters and numbers."""
    return _CLUSTER.findall(text)


def is_mark(ch: str) -> bool:
    return _MARK.match(ch) is not None


def inside_cluster(text: str, i: int) -> bool:
    """Whether position ``i`` of ``text`` (any text) falls inside a Khmer cluster."""
    if i <= 0 or i >= len(text):
        return False
    if text[i - 1] == COENG or is_mark(text[i]):
        return True
    j = i
    while j < len(text) and text[j] in ZERO_WIDTH:
        j += 1  # a zero-width character typed inside a cluster
    return j > i and j < len(text) and is_mark(text[j])


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """The span grown to whole clusters (for highlights)."""
    while inside_cluster(text, start):
        start -= 1
    while inside_cluster(text, end):
        end += 1
    return start, end


def narrow(text: str, start: int, end: int) -> tuple[int, int]:
    """The span shrunk to whole clusters (for the edges of a snippet)."""
    while start < end and inside_cluster(text, start):
        start += 1
    while end > start and inside_cluster(text, end):
        end -= 1
    return start, end
