import unicodedata

from desktop.ingest.normalize import normalize


def test_line_endings_become_newlines():
    assert normalize("a\r\nb\rc\n") == "a\nb\nc\n"


def test_composes_to_nfc():
    decomposed = "e\u0301"  # e + combining acute
    assert normalize(decomposed) == "\u00e9"


def test_drops_stray_controls_and_bom_but_keeps_khmer_zero_width():
    text = "\ufeffHello\x00 wor\x07ld\u200b ខ្មែរ\u200bភាសា"
    assert normalize(text) == "Hello world\u200b ខ្មែរ\u200bភាសា"


def test_khmer_stays_intact():
    khmer = "ខេមរា"
    assert normalize(khmer) == unicodedata.normalize("NFC", khmer)


def test_trailing_spaces_are_trimmed():
    assert normalize("one  \ntwo\u00a0\n") == "one\ntwo\n"
