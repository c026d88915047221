"""Splitting reading text into paragraphs with character offsets."""

import re
from dataclasses import dataclass

# Text copied from web pages puts each paragraph on one long line; a block
# holding such a line is split line by line. Blocks of short lines (an
# address, a poem, hard-wrapped text) stay whole.
LONG_LINE = 120
_BLANK_LINES = re.compile(r"\n[ \t]*\n")


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
            joined = "\n".join(line for line in lines if line)
            if joined:
                paragraphs.append(joined)
    return paragraphs


def assemble(paragraph_texts: list[str]) -> tuple[str, list[Paragraph]]:
    """Join paragraphs with blank lines into reading text, returning it with offsets."""
    paragraphs, pos = [], 0
    for i, body in enumerate(paragraph_texts):
        paragraphs.append(Paragraph(i, pos, pos + len(body)))
        pos += len(body) + 2
    return "\n\n".join(paragraph_texts), paragraphs
