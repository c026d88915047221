"""The same place in the other view: switching between the reading text and the verbatim original
keeps the reader on the passage it was at, not at the top.

The two texts share their words, not their offsets (markup, boilerplate and line breaks differ), so
the first words at the place are looked for in the other text, the match nearest the same share of
the way through winning; with no match, the same share of the way through is used.
"""

import re

WORD = re.compile(r"\w+")
MARKUP = re.compile(r"<[^<>]{0,300}>|&#?\w{1,10};")  # tags and entities in an HTML or XML original
# Between two words: markup, or runs of anything but a word character or a markup opener. The
# alternatives never match the same text, each is bounded and the repeat is possessive, so a
# hostile original (a word followed by thousands of "<!---->") costs one pass, not exponential time.
BETWEEN = r"(?:<[^<>]{0,300}>|&#?\w{1,10};|[^\w<&])++"
WORDS_MATCHED = 5
LOOK_AHEAD = 400  # characters after the place read for its first words


def normalized_original(original: str) -> str:
    """The original as the Original view shows it (its line ends as "\\n")."""
    return original.replace("\r\n", "\n").replace("\r", "\n")


def same_place(source: str, offset: int, target: str) -> int:
    """Where, in ``target``, the passage at ``offset`` in ``source`` is."""
    ahead = MARKUP.sub(" ", source[offset: offset + LOOK_AHEAD])
    words = WORD.findall(ahead)[:WORDS_MATCHED]
    share = offset / max(1, len(source))
    guess = round(share * len(target))
    if len(words) >= 2:
        pattern = re.compile(BETWEEN.join(re.escape(word) for word in words))
        found = [match.start() for match in pattern.finditer(target)]
        if found:
            return min(found, key=lambda start: abs(start - guess))
    return min(len(target), guess)
