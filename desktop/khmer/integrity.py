"""Whether "Khmer" text is garbage: what a file written with an old Khmer font leaves behind.

Old Khmer fonts (Limon, ABC and their kin, from before Unicode) draw Khmer letters at the code
points of Latin ones, so their text reads as Latin gibberish ("RbCaBlrdæ" for ប្រជាពលរដ្ឋ);
fonts that do not say which letter each glyph draws leave holes (U+FFFD) and letters in the
order they are drawn, a vowel before its consonant. Real Khmer follows the cluster rule:
a base letter, then its subscripts (coeng and a consonant), then vowels and signs. Garbled text
breaks it over and over: marks with no base, a coeng before a non-consonant, two vowels in a
row. A few breaks are typing slips that search forgives (desktop/khmer/normal.py puts a cluster's
marks in order); the text is judged garbled when the breaks pass a share of its clusters.
"""

import re

COENG = "\u17d2"
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
_UNREADABLE = frozenset("\ufffd") | frozenset(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r")
# The vowels a typist may give in two parts, either way round (normal.py composes them).
_TWO_PART = {("\u17c1", "\u17b8"), ("\u17b8", "\u17c1"), ("\u17c1", "\u17b6"), ("\u17b6", "\u17c1")}

# The share of clusters with a broken rule beyond which Khmer text is garbled. Correct text,
# even typed carelessly, stays near zero (a stray vowel after a space, a doubled sign); text
# from an old font or a font without a character map breaks the rule at most clusters.
GARBLED_SHARE = 0.05
MIN_BREAKS = 3
# Latin gibberish: the share of words that look like an old Khmer font's letters.
LEGACY_WORD_SHARE = 0.3
MIN_LATIN_WORDS = 8


def _kind(ch: str) -> str:
    """``b`` base letter (consonant or independent vowel), ``c`` consonant, ``v`` dependent
    vowel, ``s`` sign, ``o`` coeng, ``z`` zero-width, ``?`` unreadable, ``-`` anything else."""
    code = ord(ch)
    if 0x1780 <= code <= 0x17A2:
        return "c"
    if 0x17A3 <= code <= 0x17B3:
        return "b"
    if 0x17B6 <= code <= 0x17C5:
        return "v"
    if code == 0x17D2:
        return "o"
    if 0x17B4 <= code <= 0x17D1 or code in (0x17D3, 0x17DD):
        return "s"
    if ch in _ZERO_WIDTH:
        return "z"
    if ch in _UNREADABLE:
        return "?"
    return "-"


def _khmer_breaks(text: str) -> tuple[int, int]:
    """(clusters, clusters that break the cluster rule) in ``text``."""
    clusters = breaks = 0
    before = "-"  # kind of the previous character that is not zero-width
    previous = ""
    for ch in text:
        kind = _kind(ch)
        if kind == "z":
            continue
        if kind in "cb":
            clusters += 1
            if before == "?":
                breaks += 1  # a lost glyph just before a letter
        elif kind in "vso":
            if before in "-?" or (before == "o" and kind != "c"):
                breaks += 1  # a mark with no base, or a coeng not followed by a consonant
            elif kind == "v" and before == "v" and (previous, ch) not in _TWO_PART:
                breaks += 1
            elif ch == previous:
                breaks += 1  # the same mark twice
        elif before == "o":
            breaks += 1  # a coeng followed by something that is not a letter
        elif kind == "?" and before in "cbvso":
            breaks += 1  # a lost glyph just after a Khmer letter
        before, previous = kind, ch
    if before == "o":
        breaks += 1
    return clusters, breaks


_WORD = re.compile(r"\S+")
_LETTER = re.compile(r"[A-Za-z\u00c0-\u00ff]")
# Inside an old font's "word": a capital after a small letter (Limon puts consonants and
# their subscripts on shifted keys) or a symbol between letters. Accented letters are not
# symbols (French is written in Cambodia), nor are the signs of shortcuts and addresses (+ / @).
_LEGACY_SIGN = re.compile(r"[a-z][A-Z]|[A-Za-z][;:\[\]{}|\\<>\u00a1-\u00bf\u00d7\u00f7][A-Za-z]")


def _legacy_word_share(text: str) -> tuple[int, float]:
    """(words with Latin letters, share of them that look like an old Khmer font's text)."""
    words = [w for w in _WORD.findall(text) if len(_LETTER.findall(w)) >= 3]
    if not words:
        return 0, 0.0
    odd = sum(1 for w in words if _LEGACY_SIGN.search(w))
    return len(words), odd / len(words)


def khmer_looks_garbled(text: str) -> bool:
    """Whether ``text`` holds Khmer that a reader and search cannot use: broken clusters, or
    Latin gibberish of the kind an old Khmer font leaves. Correct Khmer, English and mixed
    text are never flagged."""
    clusters, breaks = _khmer_breaks(text)
    if breaks >= MIN_BREAKS and breaks > GARBLED_SHARE * (clusters + breaks):
        return True
    words, share = _legacy_word_share(text)
    return words >= MIN_LATIN_WORDS and share > LEGACY_WORD_SHARE
