"""Khmer words, found by a segmenter: Khmer is written without spaces between them.

``khmercut`` (a CRF model over clusters) was chosen by measurement
(docs/khmer-segmenter.md). Its boundaries are only ever taken between
clusters, and a month name it glues to the word for month (ខែតុលា) is cut
off, as calendar words are always two.
"""

import re
from functools import lru_cache

from desktop.khmer.normal import normal_form
from desktop.khmer.syllables import clusters

_MONTH_WORD = "ខែ"
# Solar and lunar month names, in the normal form.
_MONTHS = tuple(normal_form(name) for name in (
    "មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ "
    "ចេត្រ ពិសាខ ជេស្ឋ អាសាឍ ស្រាពណ៍ ភទ្របទ អស្សុជ កត្តិក មិគសិរ បុស្ស មាឃ ផល្គុន"
).split())
_NUMBER = re.compile(r"([0-9]+)")


@lru_cache(maxsize=1)
def _tokenize():
    from khmercut import tokenize  # loads a 17 MB model: only when first needed

    return tokenize


def _cut_month(word: str) -> list[str]:
    rest = word[len(_MONTH_WORD):]
    if word.startswith(_MONTH_WORD) and rest in _MONTHS:
        return [_MONTH_WORD, rest]
    return [word]


def _on_clusters(text: str, words: list[str]) -> list[str]:
    """The segmenter's words with any cut inside a cluster taken back."""
    cuts = set()
    at = 0
    for word in words[:-1]:
        at += len(word)
        cuts.add(at)
    edges, at = set(), 0
    for cluster in clusters(text):
        at += len(cluster)
        edges.add(at)
    result, start = [], 0
    for cut in sorted(cuts & edges) + [len(text)]:
        result.append(text[start:cut])
        start = cut
    return [w for w in result if w]


def segment(text: str) -> list[str]:
    """Words of ``text`` (normal form, no spaces); joined they give ``text`` back."""
    words: list[str] = []
    for part in _NUMBER.split(text):
        if not part:
            continue
        if part.isdigit():
            words.append(part)
            continue
        found = [w for w in _tokenize()(part) if w]
        for word in _on_clusters(part, found) if "".join(found) == part else [part]:
            words.extend(_cut_month(word))
    return words
