from pathlib import Path

from desktop.ingest.boilerplate import find_boilerplate
from desktop.ingest.document import prepare

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def rules(text: str) -> list[tuple[str, str]]:
    return [(j.rule, j.text) for j in find_boilerplate(text)]


def test_php_error_block_is_one_junk_block():
    text = (
        "Intro paragraph.\n\nA PHP Error was encountered\n\nSeverity: Notice\n\n"
        "Message: Undefined index: foo\n\nFilename: views/page.php\n\nLine Number: 12\n\nBody text."
    )
    [(rule, junk)] = rules(text)
    assert rule == "php-error"
    assert junk.startswith("A PHP Error") and junk.endswith("Line Number: 12")


def test_inline_php_warning():
    assert rules("Warning: include(x.php): failed to open stream in /var/www/a.php on line 3") == [
        ("php-error", "Warning: include(x.php): failed to open stream in /var/www/a.php on line 3")
    ]


def test_spam_url_lines_but_not_a_single_legitimate_source_link():
    text = "https://cheap-replica-watches.example/1\n\nReal text.\n\nhttps://www.ohchr.org/report"
    assert rules(text) == [("spam-link", "https://cheap-replica-watches.example/1")]


def test_a_bare_url_repeated_in_one_document_is_spam():
    text = "http://example.net/x\n\nText.\n\nhttp://example.net/x"
    assert [r for r, _ in rules(text)] == ["spam-link", "spam-link"]


def test_footer_after_donation_appeal_is_removed_but_prose_mentioning_donations_is_not():
    prose = "Many people donate now and then to rights groups, " * 4
    text = (
        f"{prose}\n\nSincerely,\nThe Team\n\nSupport our work today.\n\nWhy does this matter?\n\n"
        "Follow us\n\nFacebook | Twitter | Instagram"
    )
    found = rules(text)
    assert ("call-to-action", "Support our work today.") in found
    assert ("footer", "Why does this matter?") in found
    assert ("social-links", "Facebook | Twitter | Instagram") in found
    assert all(prose not in junk for _, junk in found)
    assert all("Sincerely" not in junk for _, junk in found)


def test_single_social_word_is_not_junk():
    assert rules("Facebook\n\nThe company was criticised in the report.") == []


def test_seed_001_junk_is_removed_from_reading_text_and_kept_aside():
    original = (SEEDS / "001_4d211d3b45014089.txt").read_text()
    prepared = prepare(original)
    for junk_word in ("session_start", "endrolex", "PHP Error", "Line Number"):
        assert junk_word not in prepared.text
        assert any(junk_word in j.text for j in prepared.junk)
    assert prepared.original == original
    assert prepared.text.startswith("Five Questions on Human Rights in Cambodia: Mu Sochua")
    assert prepared.text.endswith("get into politics and take my place.")


def test_seed_footers_are_removed_and_the_address_stays():
    prepared = prepare((SEEDS / "002_46b7dbb94abd75ab.txt").read_text())
    for junk_word in ("Donate now", "Connect with us", "pinterestinstagram", "What does equality"):
        assert junk_word not in prepared.text
    assert prepared.text.endswith("Washington, DC 20011")


def test_junk_offsets_point_into_the_normalised_source():
    prepared = prepare((SEEDS / "002_46b7dbb94abd75ab.txt").read_text())
    for junk in prepared.junk:
        assert prepared.source[junk.start : junk.end] == junk.text
