"""Web pages lose their furniture (cookie banners, share rows, lists of other articles, bylines,
datelines, photo credits, breadcrumbs, repeated headlines, newsletter and copyright footers): the
reading text is the article, and the furniture is kept aside in ``prepared.junk``."""

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.extract.stated_date import stated_date
from desktop.ingest.document import prepare

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

NEWS = """<!doctype html>
<html lang="en"><head><title>Court convicts land activists | The Mekong Times</title></head>
<body class="single has-sidebar post-template">
<div id="cookieConsent" class="cookie-banner">
  <p>We use cookies to give you the best experience on our website. By continuing you agree to our use of cookies.</p>
  <a href="/privacy">Privacy policy</a> <span class="btn">Accept all</span>
</div>
<header class="site-header"><a href="/">The Mekong Times</a>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/opinion">Opinion</a></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/cambodia">Cambodia</a></div>
<main>
<article class="post">
<p class="section-label">Cambodia</p>
<h1>Court convicts ten land activists in Phnom Penh</h1>
<p class="standfirst">Families from Boeung Kak say the trial ignored their evidence.</p>
<div class="entry-byline">By <a rel="author" href="/author/sok-chan">Sok Chan</a> and Mech Dara
 <time datetime="2023-03-03">3 March 2023</time></div>
<ul class="share-buttons top"><li><a href="https://facebook.com/sharer">Facebook</a></li>
<li><a href="https://twitter.com/intent">Twitter</a></li><li><a href="mailto:?body=x">Email</a></li></ul>
<figure><img src="court.jpg" alt="Activists outside the Phnom Penh Municipal Court">
<figcaption>Activists outside the court on Friday. <span class="photo-credit">Photo: AFP</span></figcaption></figure>
<p>PHNOM PENH, March 3, 2023 — The Phnom Penh Municipal Court on Friday convicted ten land activists of
incitement, sentencing each to two years in prison.</p>
<p>The families had protested for months against the filling of the lake, which they say cost them their
homes without fair compensation.</p>
<p>“We will appeal,” said their lawyer, Sam Sokong, who told reporters that the judge had refused to hear
three defence witnesses.</p>
<div class="share-buttons bottom">Share this: <a href="https://facebook.com/sharer">Facebook</a>
<a href="https://twitter.com/intent">Twitter</a> <a href="https://wa.me/">WhatsApp</a></div>
<div id="newsletter-signup"><h3>Get our newsletter</h3>
<p>The week's news from Cambodia, in your inbox every Friday.</p></div>
</article>
<aside class="related-posts"><h2>Related posts</h2><ul>
<li><a href="/2023/01/court-watch">Court watch: January 2023</a></li>
<li><a href="/2022/12/boeung-kak">Boeung Kak families mark 15 years of protest</a></li></ul></aside>
</main>
<div id="sidebar" class="widget-area"><section class="widget popular"><h2>Most read</h2>
<p>Flooding in Battambang, 12 May 2022</p></section></div>
<footer class="site-footer"><p>© 2023 The Mekong Times. All rights reserved.</p><p>Contact us · Advertise</p></footer>
</body></html>"""

NEWS_ARTICLE = """Court convicts ten land activists in Phnom Penh

Families from Boeung Kak say the trial ignored their evidence.

Activists outside the Phnom Penh Municipal Court

Activists outside the court on Friday.

The Phnom Penh Municipal Court on Friday convicted ten land activists of incitement, sentencing each to \
two years in prison.

The families had protested for months against the filling of the lake, which they say cost them their homes \
without fair compensation.

“We will appeal,” said their lawyer, Sam Sokong, who told reporters that the judge had refused to hear \
three defence witnesses."""

# A press release whose page names nothing as furniture: only the lines' shapes tell.
PRESS = """<html><head><title>Cambodia: Release detained union leaders – Rights Now</title></head><body>
<div class="notice">This website uses cookies to improve your experience. <a href="#">Accept</a>
<a href="#">Reject</a></div>
<div class="page">
<p>Press releases | Statements</p>
<h1>Cambodia: Release detained union leaders</h1>
<p>Posted by Rights Now Cambodia on 14 June 2023</p>
<div>Share on Facebook<br>Tweet<br>WhatsApp</div>
<p>Rights Now calls on the Cambodian authorities to release immediately the three union leaders arrested on
12 June 2023 after a peaceful strike at a garment factory in Kandal province.</p>
<p>The three leaders were charged with incitement, a charge that rights groups say is routinely used to silence
critics.</p>
<h2>Background</h2>
<p>Garment workers have protested low wages and unpaid overtime since January.</p>
<p>For more information, please contact:<br>Chan Sophea, Monitoring Officer<br>+855 12 345 678</p>
<p>Share this:</p>
<p>Facebook</p>
<p>Twitter</p>
<h3>Read more</h3>
<p><a href="/2023/05/report">Annual report: May 2023</a></p>
<p><a href="/2023/04/strike">Strikers detained in Kandal</a></p>
<p>Sign up for our newsletter</p>
<p>Copyright © 2023 Rights Now. All rights reserved.</p>
</div></body></html>"""

PRESS_ARTICLE = """Cambodia: Release detained union leaders

Rights Now calls on the Cambodian authorities to release immediately the three union leaders arrested on \
12 June 2023 after a peaceful strike at a garment factory in Kandal province.

The three leaders were charged with incitement, a charge that rights groups say is routinely used to silence \
critics.

Background

Garment workers have protested low wages and unpaid overtime since January.

For more information, please contact:
Chan Sophea, Monitoring Officer
+855 12 345 678"""

# The same news page copied as text.
TEXT_PAGE = """Skip to content
We use cookies to give you the best experience on our website.
Accept all
Manage preferences

Home › News › Cambodia

Cambodia

Court convicts ten land activists in Phnom Penh

Families from Boeung Kak say the trial ignored their evidence.

By Sok Chan and Mech Dara | 3 March 2023

Share this:
Facebook
Twitter
WhatsApp

Court convicts ten land activists in Phnom Penh
(Photo: AFP)

PHNOM PENH, March 3, 2023 — The Phnom Penh Municipal Court on Friday convicted ten land activists of \
incitement, sentencing each to two years in prison.

The families had protested for months against the filling of the lake, which they say cost them their homes \
without fair compensation.

“We will appeal,” said their lawyer, Sam Sokong, who told reporters that the judge had refused to hear \
three defence witnesses.

Share on Facebook
Tweet
Email

Related posts

Court watch: January 2023

Boeung Kak families mark 15 years of protest

Sign up for our newsletter
Get the week's news from Cambodia in your inbox.
© 2023 The Mekong Times. All rights reserved.
"""


def junk_of(prepared) -> list[tuple[str, str]]:
    return [(j.rule, j.text) for j in prepared.junk]


def assert_kept_aside(prepared) -> None:
    """Junk slices the source, in order; every word of the source is read or kept aside."""
    previous_end = 0
    for block in prepared.junk:
        assert prepared.source[block.start : block.end] == block.text and block.start >= previous_end
        previous_end = block.end
    kept = "".join(prepared.text.split()) + "".join("".join(j.text.split()) for j in prepared.junk)
    assert sorted(kept) == sorted("".join(prepared.source.split()))


def test_a_news_page_reads_as_its_article_and_its_furniture_is_kept_aside():
    prepared = prepare(NEWS, "html")
    assert prepared.text == NEWS_ARTICLE
    assert prepared.title_hint == "Court convicts land activists | The Mekong Times"
    junk = junk_of(prepared)
    for rule, text in [
        ("html-cookie", "We use cookies to give you the best experience on our website. By continuing you agree to "
                        "our use of cookies.\n\nPrivacy policy Accept all"),
        ("site-name", "The Mekong Times"),
        ("html-breadcrumb", "Home › News › Cambodia"),
        ("section-label", "Cambodia"),
        ("html-byline", "By Sok Chan and Mech Dara 3 March 2023"),
        ("html-credit", "Photo: AFP"),
        ("dateline", "PHNOM PENH, March 3, 2023 —"),
        ("html-newsletter", "Get our newsletter\n\nThe week's news from Cambodia, in your inbox every Friday."),
        ("html-aside", "Related posts\n\nCourt watch: January 2023\n\nBoeung Kak families mark 15 years of protest"),
        ("html-sidebar", "Most read\n\nFlooding in Battambang, 12 May 2022"),
        ("html-footer", "© 2023 The Mekong Times. All rights reserved.\n\nContact us · Advertise"),
    ]:
        assert (rule, text) in junk
    shares = [text for rule, text in junk if rule == "html-share"]
    assert len(shares) == 2 and shares[1].startswith("Share this: Facebook") and "WhatsApp" in shares[1]
    assert_kept_aside(prepared)


def test_the_date_is_proposed_from_the_byline_kept_aside():
    prepared = prepare(NEWS, "html")
    assert stated_date(prepared.text) is None  # the reading text no longer dates itself…
    assert prepared.dating_text.splitlines() == ["By Sok Chan and Mech Dara 3 March 2023",
                                                 "PHNOM PENH, March 3, 2023 —"]
    assert stated_date(prepared.dating_text) == "2023-03-03"  # …its byline does


def test_a_press_release_loses_furniture_the_page_does_not_name():
    prepared = prepare(PRESS, "html")
    assert prepared.text == PRESS_ARTICLE
    assert junk_of(prepared) == [
        ("cookie-notice", "This website uses cookies to improve your experience. Accept Reject"),
        ("breadcrumb", "Press releases | Statements"),
        ("byline", "Posted by Rights Now Cambodia on 14 June 2023"),
        ("share", "Share on Facebook\nTweet\nWhatsApp"),
        ("share", "Share this:\n\nFacebook\n\nTwitter"),
        ("related", "Read more\n\nAnnual report: May 2023\n\nStrikers detained in Kandal"),
        ("call-to-action", "Sign up for our newsletter"),
        ("copyright", "Copyright © 2023 Rights Now. All rights reserved."),
    ]
    assert stated_date(prepared.dating_text) == "2023-06-14"
    assert_kept_aside(prepared)


def test_the_same_page_copied_as_text_loses_the_same_furniture():
    prepared = prepare(TEXT_PAGE)
    assert prepared.text == NEWS_ARTICLE.replace(
        "Activists outside the Phnom Penh Municipal Court\n\nActivists outside the court on Friday.\n\n", "")
    rules = [rule for rule, _ in junk_of(prepared)]
    assert rules == ["navigation", "cookie-notice", "breadcrumb", "section-label", "byline", "share",
                     "repeated-heading", "credit", "dateline", "share", "related", "call-to-action", "newsletter",
                     "copyright"]
    assert ("related", "Related posts\n\nCourt watch: January 2023\n\nBoeung Kak families mark 15 years of protest") \
        in junk_of(prepared)  # a dated title under "Related posts" is no event of this document
    assert_kept_aside(prepared)


def test_an_imported_page_gets_the_date_its_byline_states(cli, tmp_path):
    page = tmp_path / "court.html"
    page.write_text(NEWS, encoding="utf-8")
    result = cli("import", str(page), "--json")
    assert result.code == 0, result.err
    [item] = json.loads(result.out)["imported"]
    shown = json.loads(cli("show", item["id"], "--json").out)
    assert shown["date"] == "2023-03-03"
    assert shown["text"] == NEWS_ARTICLE
    assert any(block["rule"] == "html-aside" and "Court watch: January 2023" in block["text"]
               for block in shown["junk"])


def test_seed_000_reads_from_its_headline():
    prepared = prepare((SEEDS / "000_38d99342b0af7827.txt").read_text(encoding="utf-8"))
    paragraphs = prepared.text.split("\n\n")
    assert paragraphs[:2] == ["A Letter from a Cambodian Woman in Exile",
                              "Prime Minister Hun Sen’s onslaught against the Cambodian opposition has not ceased."]
    assert paragraphs[2].startswith("I am writing this letter")
    assert prepared.text.count("A Letter from a Cambodian Woman in Exile") == 1
    for junk in ("The Debate", "Recent Features", "Credit: Unsplash/Pj Go"):
        assert junk not in prepared.text
        assert any(junk in block.text for block in prepared.junk)
    assert prepared.title_hint == "A Letter from a Cambodian Woman in Exile"


def test_seed_003_reads_from_its_headline_and_its_caption_is_apart():
    prepared = prepare((SEEDS / "003_9cd36ae3e7546bb8.txt").read_text(encoding="utf-8"))
    paragraphs = prepared.text.split("\n\n")
    assert paragraphs[0] == "Update on Mu Sochua to our Supporters"
    assert paragraphs[1].startswith("Thanks so much to all of you")
    assert "SochuaThanks" not in prepared.text and "Posted by" not in prepared.text
    assert [(j.rule, j.text) for j in prepared.junk][:3] == [
        ("credit", "Courtesy: Vital Voices"), ("byline", "Posted by Preeti Mangala Shekar"), ("caption", "Mu Sochua")]


def test_the_other_seeds_lose_nothing_real():
    interview = prepare((SEEDS / "001_4d211d3b45014089.txt").read_text(encoding="utf-8"))
    assert interview.text.split("\n\n")[:2] == [
        "Five Questions on Human Rights in Cambodia: Mu Sochua",
        "The Five Questions Series is a forum for scholars, government officials, civil society leaders, and foreign "
        "policy practitioners to provide timely analysis of new developments related to the advancement of women and "
        "girls worldwide."]
    assert [j.rule for j in interview.junk] == ["spam-link", "php-error", "section-label", "repeated-heading",
                                                "spam-link"]
    statement = prepare((SEEDS / "002_46b7dbb94abd75ab.txt").read_text(encoding="utf-8"))
    assert "Mu Sochua celebrating her release, waving a flag from atop a car" in statement.text  # the photo's words
    assert ("Black and white portrait of Mu Sochua, a middle-aged Cambodian woman, looking at the camera.\n\n"
            in statement.text)
    assert ("credit", "Photo ©Lucia De Giovanni") in [(j.rule, j.text) for j in statement.junk]
    assert statement.text.endswith("Washington, DC 20011")
    advocacy = prepare((SEEDS / "004_be89756c2a9d109d.txt").read_text(encoding="utf-8"))
    assert advocacy.junk == []


PROSE = """Land rights in Kandal

The villagers share a single well, and the cookies the children sold at the market paid for their school books.

By the end of 2019, the court had ruled against the families.

Related cases were heard in Kampot and Kep.

Read more about the case in the full report, which the group published in May.

The photo by Reuters shows the police line.

Shares in the company fell after the report.

By Monday the families had left.

PHNOM PENH — the capital — was quiet.

UPDATE: The families were released on bail.

The newsletter was banned in 2017 after it criticised the government.

Posted in Cambodia, the letter reached the ministry.

Facebook

The company was criticised in the report."""


def test_prose_using_the_furnitures_words_stays():
    prepared = prepare(PROSE)
    assert prepared.junk == []
    long = ("Our website uses cookies, the investigators wrote, and so do the sites of most ministries; "
            "share buttons, related posts and bylines were counted on each page. ") * 3
    assert len(long) > 400 and prepare(f"{long}\n\n{long}").junk == []  # longer than any banner


def test_names_and_brands_written_with_an_inner_capital_are_not_captions():
    text = ("Microsoft PowerPoint slides were shown to the court by the prosecutor.\n\n"
            "Ronald McDonald told us the restaurant had closed.\n\n"
            "General MacArthur wrote about the war in his memoirs.\n\n"
            "Video YouTube removed was shown again.\n\n"
            "Mayor LaGuardia was quoted in the report.\n\n"
            "Witness iPhone footage was shown to the judge.")
    assert prepare(text).junk == []


pieces = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["<p>", "</p>", "<aside>", "</aside>", '<div class="share">', '<div class="related-posts">',
                     "</div>", "<footer>", "</footer>", "<br>", "<img alt='Mu Sochua'>", "<li>", "<time>",
                     "Share this: Facebook Twitter", "By Sok Chan | 3 March 2023", "Photo: AFP", "\ue001", "\ue002",
                     "PHNOM PENH, March 3, 2023 — The court ruled on the case today.", "Related posts"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(pieces, max_size=30).map("".join))
def test_any_page_keeps_its_furniture_aside_exactly(html):
    assert_kept_aside(prepare(html, "html"))
