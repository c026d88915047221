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


BODY = ("The commune chief told the families that the land would be cleared within a month, and that no "
        "written notice would be given to anyone living on it.")


def test_bylines_are_kept_aside_wherever_their_label_says_so():
    for byline in ("Posted by Preeti Mangala Shekar", "Written by Sok Chan", "Author: Sok Chan",
                   "Reporter: Mech Dara", "Posted on March 3rd, 2024 by Admin", "Published 3 March 2023"):
        assert rules(f"Title of the report\n\n{BODY}\n\n{byline}\n\n{BODY}") == [("byline", byline)]


def test_a_by_line_is_a_byline_under_the_headline_or_at_the_end_but_not_as_the_title():
    for byline in ("By Sok Chan", "By Sok Chan and Mech Dara | 3 March 2023", "By Kem Ley, Phnom Penh Post"):
        assert rules(f"Court hears land case\n\n{byline}\n\n{BODY}") == [("byline", byline)]
        assert rules(f"{BODY}\n\n{byline}") == [("byline", byline)]
    assert rules(f"By Any Means Necessary\n\n{BODY}") == []  # a title
    assert rules(f"Court hears land case\n\nBy the end of 2019 the court had ruled.\n\n{BODY}") == []


def test_a_dateline_opening_the_first_paragraph_is_kept_aside_and_the_sentence_stays():
    for dateline in ("PHNOM PENH, March 3, 2023 —", "PHNOM PENH (Reuters) —", "SIEM REAP, Cambodia —",
                     "Phnom Penh, 3 March 2024 –", "Phnom Penh (3 March 2024) –"):
        text = f"Court hears land case\n\n{dateline} {BODY}"
        assert rules(text) == [("dateline", dateline)]
        assert prepare(text).text == f"Court hears land case\n\n{BODY}"
    assert rules(f"Court hears land case\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\nKAMPOT — {BODY}") == []  # not the first
    assert rules(f"CNRP — the opposition party — was dissolved in 2017. {BODY}") == []


def test_photo_credits_on_their_own_line_or_closing_one():
    for credit in ("Credit: Unsplash/Pj Go", "Photo: AFP", "Courtesy: Vital Voices", "Photo by Sok Chan/Reuters",
                   "(Photo: LICADHO)", "Photo ©Lucia De Giovanni", "Image credit: supplied"):
        assert rules(f"{credit}\n\n{BODY}") == [("credit", credit)]
    prepared = prepare(f"Update on the case Courtesy: Vital Voices\n\n{BODY}")
    assert prepared.text.startswith("Update on the case\n\n")
    assert [(j.rule, j.text) for j in prepared.junk] == [("credit", "Courtesy: Vital Voices")]
    assert rules(f"{BODY} The photo by Reuters shows the line.") == []
    assert rules("Photo: Police officers block the road to the village of Lor Peang in Kampong Chhnang. " * 2) == []


def test_breadcrumbs_section_labels_and_repeated_headlines_at_the_head():
    text = (f"The Debate\n\nLand in Cambodia\n\nThe Debate | Opinion\n\nLand in Cambodia\n\n"
            f"Families lost their homes.\n\nLand in Cambodia\nCredit: Unsplash/Pj Go\n\n{BODY}")
    assert rules(text) == [("section-label", "The Debate"), ("breadcrumb", "The Debate | Opinion"),
                           ("repeated-heading", "Land in Cambodia"), ("repeated-heading", "Land in Cambodia"),
                           ("credit", "Credit: Unsplash/Pj Go")]
    assert rules(f"Headline of the interview\n\nNews\n\nHeadline of the interview\n\n{BODY}") == [
        ("section-label", "News"), ("repeated-heading", "Headline of the interview")]
    assert rules(f"Home › Reports › Land\n\nLand\n\n{BODY}") == [("breadcrumb", "Home › Reports › Land")]  # the title
    assert rules(f"Hun Sen | The Strongman\n\n{BODY}") == []  # may be the title
    assert rules(f"Title of the report\n\nName | Village | Year\nSok | Kandal | 2009\n\n{BODY}") == []  # a table


def test_share_rows_and_the_buttons_beside_them():
    for row in ("Share this: Facebook Twitter Email", "Share on Facebook", "Tweet",
                "Click to share on WhatsApp (Opens in new window)", "Print | Email"):
        assert rules(f"{BODY}\n\n{row}\n\n{BODY}") == [("share", row)]
    assert rules(f"{BODY}\n\nShare\n\nFacebook\n\nWhatsApp\n\n{BODY}") == [("share", "Share\n\nFacebook\n\nWhatsApp")]
    assert rules(f"{BODY}\n\nWhatsApp\n\n{BODY}") == []  # alone: perhaps a heading
    assert rules(f"They share a house.\n\n{BODY}") == []


def test_related_posts_go_with_the_titles_listed_under_them():
    text = f"{BODY}\n\nRelated posts\n\nCourt watch: January 2023\n\nVillagers return to Boeung Kak\n\n{BODY}"
    assert rules(text) == [("related", "Related posts\n\nCourt watch: January 2023\n\nVillagers return to Boeung Kak")]
    assert "January 2023" not in prepare(text).text  # no event of this document
    for heading in ("You may also like", "More stories", "Most read", "Recent Features"):
        assert rules(f"{BODY}\n\n{heading}\n\nCourt watch: January 2023") == [
            ("related", f"{heading}\n\nCourt watch: January 2023")]
    assert rules(f"{BODY}\n\nRead more: Court watch: January 2023\n\n{BODY}") == [
        ("related", "Read more: Court watch: January 2023")]
    # "Read more" alone links one article: the heading after it stays; a sentence ends a list.
    assert rules(f"{BODY}\n\nRead more\n\nBackground\n\n{BODY}") == [("related", "Read more")]
    assert rules(f"{BODY}\n\nRelated posts\n\nThe families were evicted.\n\n{BODY}") == [("related", "Related posts")]


def test_cookie_banners_with_their_buttons_and_newsletter_footers():
    banner = "This website uses cookies to improve your experience.\nAccept all\nReject all\nCookie settings"
    assert rules(f"{banner}\n\n{BODY}") == [("cookie-notice", banner)]
    footer = "Subscribe to our newsletter\nEnter your email address\nThe latest news in your inbox."
    assert [r for r, _ in rules(f"{BODY}\n\n{footer}\n\nLICADHO\n#16, Street 99, Phnom Penh")] == [
        "call-to-action", "newsletter", "footer"]
    assert rules(f"{BODY}\n\nThe newsletter was banned in 2017.\n\nAccept all") == []


def test_a_caption_run_into_the_next_paragraph_is_kept_aside():
    text = "Mu SochuaThanks so much to all of you who called.\n\nMu Sochua thanked her supporters."
    prepared = prepare(text)
    assert prepared.text == "Thanks so much to all of you who called.\n\nMu Sochua thanked her supporters."
    assert [(j.rule, j.text) for j in prepared.junk] == [("caption", "Mu Sochua")]
    # The run-together word used elsewhere, or its first part never alone: a name, not an accident.
    assert rules("Microsoft PowerPoint slides were shown to the court.\n\nThe court saw the slides.") == []
    assert rules("Mu SochuaThanks so much to all of you.\n\nMu SochuaThanks again.\n\nSochua left.") == []


def test_time_stamps_tags_and_counts_are_the_pages_not_the_documents():
    stamp = "2 November 2023, 09:14 ICT · Updated 3 November 2023"
    assert rules(f"Reporters wary after a year of arrests\n\n{stamp}\n\n{BODY}") == [("date-stamp", stamp)]
    assert rules(f"Letter to the minister\n\n3 March 2023\n\n{BODY}") == []  # a letter's date is the letter's
    byline = "Posted by Sarah Whitfield | 25 July 2023 | 4 comments"
    assert rules(f"Ruling party claims landslide\n\n{byline}\n\n{BODY}") == [("byline", byline)]
    assert rules(f"{BODY}\n\nTags: land, courts, Kandal\n\n{BODY}") == [("tags", "Tags: land, courts, Kandal")]


def test_the_site_above_a_signed_headline_and_a_breadcrumb_ending_with_the_title():
    text = ("Phnom Penh Observer\n\nIndependent news since 2009\n\nRuling party claims landslide in the election\n\n"
            f"By Sarah Whitfield\n\n{BODY}")
    assert rules(text) == [("masthead", "Phnom Penh Observer\n\nIndependent news since 2009"),
                           ("byline", "By Sarah Whitfield")]
    assert rules(f"Land in Kandal\n\nA report on evictions in 2023\n\n{BODY}") == []  # signed by nobody
    crumb = "Home / Media / Press Releases / Koh Kong activists must be freed, say rights groups"
    assert rules(f"{crumb}\n\nKoh Kong activists must be freed, say rights groups\n\n{BODY}") == [
        ("breadcrumb", crumb)]
