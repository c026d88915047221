"""An image's caption run into the paragraph after it, when a page lost the break between them.

"Mu SochuaThanks so much to all of you…": at a line's start, two to six capitalised words whose
last one (four letters or more) runs, from a small letter to a capital, into a sentence's first
word, followed by small-letter prose. Names and brands written so ("McDonald", "MacArthur",
"YouTube", "iPhone", "LaGuardia") have a shorter first part or a small first letter; for one
with a long first part ("PowerPoint"), the page must also use the first part ("Sochua") as a
word of its own elsewhere, and the run-together word nowhere else, as an accident of copying
would.
"""

import re

MIN_CAPTION_WORDS, MAX_CAPTION_WORDS = 2, 6
MIN_LAST_WORD = 4
PROSE_WORDS = 3  # words at least after the sentence's first, the next one in small letters
_TOKEN = re.compile(r"\S+")
_MAYBE = re.compile(r"\s*[A-Z][^\n]{0,80}?[a-z][A-Z]")  # a capital first, and a step soon: most lines have not
_CAPITALISED = re.compile(r"^[A-Z][\w'’.-]*$")
_GLUED = re.compile(r"^([A-Z][a-z'’-]*[a-z])([A-Z][a-z]+)[,;:]?$")


def caption_end(line: str, document: str) -> int | None:
    """Where the sentence run into a caption starts in ``line``, or None."""
    if not _MAYBE.match(line):
        return None
    tokens = []
    for token in _TOKEN.finditer(line):
        tokens.append(token)
        if len(tokens) > MAX_CAPTION_WORDS + PROSE_WORDS:
            break
    for k, token in enumerate(tokens[:MAX_CAPTION_WORDS]):
        glued = _GLUED.match(token.group())
        if glued:
            break
        if not _CAPITALISED.match(token.group()):
            return None
    else:
        return None
    caption_last, sentence_first = glued.groups()
    prose = tokens[k + 1 : k + 1 + PROSE_WORDS]
    if (k + 1 < MIN_CAPTION_WORDS or len(caption_last) < MIN_LAST_WORD or len(prose) < PROSE_WORDS
            or not prose[0].group()[0].islower()):
        return None
    alone = re.compile(rf"(?<!\w){re.escape(caption_last)}(?!\w)")
    if not alone.search(document) or document.count(caption_last + sentence_first) > 1:
        return None
    return token.start() + len(caption_last)
