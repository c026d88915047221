"""Cutting a long reading text into pieces that extraction works on one at a time.

Tokens, dates and sentences take many times the memory of the text they come from, so a long
document is extracted a piece of about ``CHUNK_CHARS`` characters at a time and only the results
are kept: memory stays bounded and time linear, whatever the document's size. Pieces end at a
paragraph break (no name, date or sentence spans one), so a document is extracted as it would be
whole, with one exception: a few rules look back across a paragraph break (a "Posted by" line
before a name, "page" before a number), and at the break where a piece ends they do not. Only a
paragraph of more than half a piece (a file of one enormous line) is cut elsewhere: at a line
break, a sentence end or a space (a sentence there may be cut in two), and only text with no
space at all in half a piece is cut wherever the piece ends.
"""

CHUNK_CHARS = 1 << 18
_BREAKS = ("\n\n", "\n", ". ", " ")


def text_chunks(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """[start, end) offsets of consecutive pieces covering ``text`` (one piece if it is short)."""
    size = size or CHUNK_CHARS
    chunks, start = [], 0
    while start < len(text):
        end = start + size
        if end >= len(text):
            end = len(text)
        else:
            end = _break_before(text, start, end)
        chunks.append((start, end))
        start = end
    return chunks


def _break_before(text: str, start: int, end: int) -> int:
    """The end of the last paragraph (else line, sentence, word) in the second half of the piece."""
    for separator in _BREAKS:
        cut = text.rfind(separator, start + (end - start) // 2, end)
        if cut >= 0:
            return cut + len(separator)
    return end  # no break at all in a megabyte of text: cut anyway
