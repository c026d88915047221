"""Splitting reading text into paragraphs with character offsets."""

import re
from dataclasses import dataclass

# Text copied from web pages puts each paragraph on one long line; a block
# holding such a line is split line by line. Blocks of short lines (an
# address, a poem, hard-wrapped text) stay whole.
LONG_LINE = 120
# A block whose lines (all but its last) are this long is prose wrapped by hand at a width: its
# lines are one paragraph, so a name or a date broken across two lines is whole again.
WRAPPED_LINE = 50
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_LIST_ITEM = re.compile(r"^(?:[-*+•–]|\d{1,3}[.)]|[a-z][.)])\s")


@dataclass(frozen=True)
class Paragraph:
    """The paragraph is ``reading_text[start:end]`` (not kept twice: a long document's text is big)."""

    index: int
    start: int
    end: int


def split_blocks(text: str, split_long_lines: bool = True) -> list[str]:
    """Paragraph texts of ``text``, stripped, none empty."""
    paragraphs = []
    for block in _BLANK_LINES.split(text):
        lines = [line.strip() for line in block.split("\n")]
        if split_long_lines and any(len(line) > LONG_LINE for line in lines):
            paragraphs.extend(line for line in lines if line)
        else:
            kept = [line for line in lines if line]
            joined = _unwrapped(kept) if split_long_lines and _hard_wrapped(kept) else "\n".join(kept)
            if joined:
                paragraphs.append(joined)
    return paragraphs


def _hard_wrapped(lines: list[str]) -> bool:
    """Prose wrapped at a width: two lines or more, all but the last long, none a list's item
    (an address, a poem or a list keeps its lines)."""
    return len(lines) > 1 and all(len(line) >= WRAPPED_LINE for line in lines[:-1]) \
        and not any(_LIST_ITEM.match(line) for line in lines)


def _unwrapped(lines: list[str]) -> str:
    """The lines as one paragraph; a word hyphenated at a line's end stays one ("Phnom Penh-based")."""
    text = lines[0]
    for line in lines[1:]:
        glued = text.endswith("-") and text[-2:-1].isalpha()
        text += ("" if glued else " ") + line
    return text


def assemble(paragraph_texts: list[str]) -> tuple[str, list[Paragraph]]:
    """Join paragraphs with blank lines into reading text, returning it with offsets."""
    paragraphs, pos = [], 0
    for i, body in enumerate(paragraph_texts):
        paragraphs.append(Paragraph(i, pos, pos + len(body)))
        pos += len(body) + 2
    return "\n\n".join(paragraph_texts), paragraphs
