import codecs

import pytest

from desktop.ingest.decode import UndecodableFile, decode_text


def test_utf8_with_and_without_bom():
    assert decode_text("ខេមរា café".encode()) == ("ខេមរា café", "utf-8")
    assert decode_text(codecs.BOM_UTF8 + "café".encode()) == ("café", "utf-8")


def test_utf16_with_bom():
    assert decode_text("ខេមរា".encode("utf-16")) == ("ខេមរា", "utf-16")


def test_latin1_text_is_read_as_windows_1252():
    text, encoding = decode_text("Café déjà vu — naïve".encode("cp1252"))
    assert (text, encoding) == ("Café déjà vu — naïve", "windows-1252")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"  \n\t ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        (bytes(range(256)) * 4, "binary file, not text"),
    ],
)
def test_refused_with_a_reason(data, reason):
    with pytest.raises(UndecodableFile, match=reason):
        decode_text(data)


def test_bytes_that_are_no_western_text_are_refused():
    # Shift-JIS text: not UTF-8, and as Windows-1252 it would be mostly garbage.
    with pytest.raises(UndecodableFile, match="not UTF-8"):
        decode_text("日本語のテキストです。人権。".encode("shift_jis"))


def test_damaged_utf8_is_refused_not_read_as_latin1():
    import pytest

    from desktop.ingest.decode import UndecodableFile, decode_text

    khmer = "សេចក្ដីថ្លែងការណ៍ របស់ សង្គមស៊ីវិល ស្ដីពី ការរំលោភសិទ្ធិ ដីធ្លី".encode()
    damaged = khmer[:20] + b"\xff" + khmer[20:]
    with pytest.raises(UndecodableFile, match="damaged UTF-8"):
        decode_text(damaged)
    french = "Le tribunal a condamné l'activiste à deux ans; la défense a fait appel.".encode("latin-1")
    assert decode_text(french) == (french.decode("latin-1"), "windows-1252")  # the control: real Latin-1 passes
