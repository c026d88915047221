"""Turning the bytes of a file someone hands us into text, or a clear reason why not."""

import codecs
import re

from desktop.errors import EkasarError
from desktop.wording import digits, say

MAX_BYTES = 50 * 1024 * 1024


class UndecodableFile(EkasarError, ValueError):
    """The bytes are not text we can read; ``str(error)`` is a sentence for the user."""


# Control characters never found in real text files (tab, newline, CR, form feed allowed).
_BINARY_CONTROLS = re.compile(b"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    UTF-8 (with or without BOM) and BOM-marked UTF-16 are read as such. Other
    bytes are read as Windows-1252 only when they look like Western text, the
    usual case for old Latin-1 files; anything else is refused, so a file is
    never imported as garbage.

    :raises UndecodableFile: empty, too large, binary or in an unknown encoding.
    """
    if not data.strip():
        raise UndecodableFile(say("Import", "empty file"))
    if len(data) > MAX_BYTES:
        size = digits(str(len(data) // (1024 * 1024)))
        raise UndecodableFile(say("Import", "too large ({size} MB; the limit is 50 MB)").format(size=size))
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), "utf-16"
            except UnicodeDecodeError:
                raise UndecodableFile(say("Import", "damaged UTF-16 text")) from None
    if b"\x00" in data[:8192] or len(_BINARY_CONTROLS.findall(data[:8192])) > 2:
        raise UndecodableFile(say("Import", "binary file, not text"))
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):  # a UTF-8 file with broken bytes: read as Latin-1 it would be garbage
        raise UndecodableFile(say("Import", "damaged UTF-8 text (some bytes are not valid UTF-8)"))
    text = data.decode("cp1252", errors="replace")
    high = sum(1 for ch in text if ord(ch) > 127)
    if "\ufffd" in text or high > len(text) * 0.3:
        raise UndecodableFile(say("Import", "not UTF-8, and not recognisable as Latin-1 text"))
    return text, "windows-1252"


def _mostly_utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 with a few invalid bytes: more well-formed multi-byte sequences
    than invalid bytes. A Latin-1 file's accented letters almost never form valid sequences."""
    decoded = data.decode("utf-8", errors="replace")
    invalid = decoded.count("\ufffd")
    multibyte = sum(1 for ch in decoded if ord(ch) > 127 and ch != "\ufffd")
    return multibyte > invalid
