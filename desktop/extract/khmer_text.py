"""Khmer text as name matching sees it: each run of Khmer script in one spelling, spaces left out.

Names are matched on the normalised form (desktop/khmer/normal.py: look-alike spellings made one,
zero-width spaces removed) with the spaces between words left out as well, so កឹមសុខា, កឹម សុខា
and កឹម​សុខា are one name. Where a space or a zero-width space stood is remembered (names end
there), and every position maps back to the original text.

Khmer has no spaces inside a phrase, so "where a word starts" is decided from the writing: a
cluster (a consonant with its subscripts and signs) never splits, and a syllable is a cluster
with the bare consonants written after it as its final (ស+ម is សម, one syllable).
"""

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from desktop.khmer.normal import COENG, ZERO_WIDTH, Normalized, normal_form, normalize

KHMER = "\u1780-\u17ff\u19e0-\u19ff"
_SPACES = " \u00a0"
_ZW = re.escape(ZERO_WIDTH)
# Khmer text, with the zero-width characters and single-line spaces between its words.
_RUN = re.compile(f"[{KHMER}](?:[{KHMER}{_ZW}]|[{_SPACES}]+(?=[{_ZW}]*[{KHMER}]))*")
_HAS_KHMER = re.compile(f"[{KHMER}]")
_SPACE_RUN = re.compile(f"[{_SPACES}]+")
_ZERO_WIDTH_CHAR = re.compile(f"[{_ZW}]")
# Dependent vowels, signs and the coeng: a name never starts or ends just before one.
MARKS = frozenset(chr(c) for c in range(0x17B4, 0x17D4)) | {"\u17dd"}
_CLUSTER = re.compile(f"[\u1780-\u17b3](?:{COENG}[\u1780-\u17a2]|[\u17b4-\u17d1\u17d3\u17dd])*")
_BASE_START = re.compile(f"(?<!{COENG})[\u1780-\u17b3]")
# A cluster with a vowel, a register sign or ័ starts a syllable of its own (a subscript alone
# does not: in ចន្ទ the ន is ច's final).
_SOUNDED = frozenset(chr(c) for c in range(0x17B6, 0x17C9)) | {"\u17c9", "\u17ca", "\u17d0"}


def has_khmer(text: str) -> bool:
    return _HAS_KHMER.search(text) is not None


def name_key(text: str) -> str:
    """The matching form of a Khmer name: one spelling, no spaces or zero-width spaces."""
    return "".join(normal_form(text).split())


def is_letter(ch: str) -> bool:
    """A Khmer consonant, independent vowel or sign (not punctuation, a digit or a symbol)."""
    return "\u1780" <= ch <= "\u17d3" or ch == "\u17dd"


def cluster_boundary(s: str, j: int) -> bool:
    """Whether ``j`` falls between two clusters of ``s`` (never before a mark or after a coeng)."""
    return j <= 0 or j >= len(s) or (s[j] not in MARKS and s[j - 1] != COENG)


def _sounded(cluster: str) -> bool:
    return cluster[0] > "\u17a2" or any(ch in _SOUNDED for ch in cluster[1:])


def _lone(cluster: str) -> bool:
    """A consonant with no vowel and no subscript: the final of a syllable, unless another follows."""
    return not _sounded(cluster) and COENG not in cluster


def syllable_starts(s: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where the syllables of ``s[start:end]`` start: a bare consonant after a cluster is its
    final, unless another bare one follows it (then it is a syllable with its own final)."""
    end = len(s) if end is None else end
    clusters = [(m.start(), m.end(), m.group()) for m in _CLUSTER.finditer(s, start, end)]
    starts = []
    for k, (at, _to, text) in enumerate(clusters):
        joined = k > 0 and clusters[k - 1][1] == at
        next_final = k + 1 < len(clusters) and clusters[k + 1][0] == _to and not _sounded(clusters[k + 1][2])
        if not joined or _sounded(text) or next_final:
            starts.append(at)
    return starts


def syllable_count(s: str, start: int = 0, end: int | None = None) -> int:
    return len(syllable_starts(s, start, end))


@dataclass(frozen=True)
class KhmerRun:
    """One run of Khmer text in a piece: ``text`` is its matching form without spaces.

    ``breaks``: positions of ``text`` that a space or zero-width space stood before;
    ``spaces``: those where it was a space.
    """

    start: int
    text: str
    breaks: frozenset[int]
    spaces: frozenset[int]
    _normal: Normalized = field(repr=False)
    _to_normal: Sequence[int] = field(repr=False)

    def span(self, i: int, j: int) -> tuple[int, int]:
        """The offsets, in the piece, of ``text[i:j]``."""
        a, b = self._normal.source_span(self._to_normal[i], self._to_normal[j - 1] + 1)
        return self.start + a, self.start + b

    def cluster_starts(self):
        """Positions of ``text`` where a cluster starts."""
        return (m.start() for m in _BASE_START.finditer(self.text))

    def syllable_boundary(self, j: int) -> bool:
        """Whether a word may end at ``j`` (and the next start): a separator stands there, or a
        cluster starts there that is not a lone final consonant of the one before (the
        រ of ពីរ is; ប្រ of សហប្រជា, with its subscript, is not)."""
        s = self.text
        if j <= 0 or j >= len(s) or j in self.breaks or not (is_letter(s[j]) and is_letter(s[j - 1])):
            return True
        if not cluster_boundary(s, j):
            return False
        here = _CLUSTER.match(s, j)
        if here is None or not _lone(here.group()):
            return True
        after = _CLUSTER.match(s, here.end())
        # A lone consonant before a vowel is a final (ខ of សុខហួរ); before another lone one
        # or a subscript it is a syllable of its own (ក of កម្ពុជា).
        return after is not None and here.end() not in self.breaks and (
            _lone(after.group()) or COENG in after.group())

    def next_cluster(self, j: int) -> int:
        """The end of the cluster at ``j`` (``j`` itself where none starts)."""
        here = _CLUSTER.match(self.text, j)
        return here.end() if here else j


def _run(raw: str, start: int) -> KhmerRun:
    normal = normalize(raw)
    text = normal.text
    spaced = [m.span() for m in _SPACE_RUN.finditer(text)]
    ends = [b for _a, b in spaced]
    removed = list(accumulate(b - a for a, b in spaced))  # spaces taken out up to each run's end
    # Work per separator, not per character: a long Khmer text has one every few words.
    spaces = {b - removed[n] for n, b in enumerate(ends)}
    breaks = set(spaces)
    for zw in _ZERO_WIDTH_CHAR.finditer(raw):
        k = bisect.bisect_right(normal.starts, zw.start())  # the character after it
        if k >= len(text) or text[k] in _SPACES or (k and normal.ends[k - 1] > zw.start()):
            continue  # at the end, before a space (a break already), or typed inside a cluster
        n = bisect.bisect_right(ends, k)
        breaks.add(k - (removed[n - 1] if n else 0))
    kept = _SPACE_RUN.sub("", text) if spaced else text
    to_normal = [k for k, ch in enumerate(text) if ch not in _SPACES] if spaced else range(len(text))
    return KhmerRun(start, kept, frozenset(breaks), frozenset(spaces), normal, to_normal)


def khmer_runs(text: str) -> list[KhmerRun]:
    """The runs of Khmer script in ``text`` (a document or a piece of one), in order."""
    if not has_khmer(text):
        return []
    return [_run(m.group(), m.start()) for m in _RUN.finditer(text)]
