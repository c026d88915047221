from hypothesis import given
from hypothesis import strategies as st

from desktop.render.sanitize import markdown_to_html, sanitize_html
from desktop.render.text import citation, find_links, junk_in_original, visible_controls

HOSTILE = """<p onclick="steal()">Hello <script>fetch('http://evil.example')</script>
<img src="http://tracker.example/p.gif"><a href="javascript:alert(1)">js</a>
<a href="file:///etc/passwd">local</a><a href="https://ohchr.org/x">ok</a>
<style>body{background:url(http://x)}</style><iframe src="http://x"></iframe>
<object data="http://x"></object><svg onload="x()"></svg></p>"""


def test_sanitizer_keeps_text_and_safe_links_only():
    clean = sanitize_html(HOSTILE)
    for bad in ("script", "fetch", "img", "tracker", "javascript:", "file:", "style", "iframe",
                "object", "svg", "onclick", "onload"):
        assert bad not in clean
    assert 'href="https://ohchr.org/x"' in clean
    assert "Hello" in clean and ">local<" in clean


def test_markdown_renders_and_raw_html_inside_is_sanitised():
    html = markdown_to_html("# Title\n\n*emphasis* and <img src=http://x/p.gif> [a](javascript:x)")
    assert "<h1>Title</h1>" in html and "<em>emphasis</em>" in html
    assert "img" not in html and "javascript" not in html


@given(st.text())
def test_sanitizer_never_lets_a_script_tag_through(text):
    assert "<script" not in sanitize_html(text + "<script>x</script>").lower()


def test_bidi_controls_become_visible():
    assert visible_controls("abc\u202edcba\u202c") == "abc⟦RLO⟧dcba⟦PDF⟧"
    assert visible_controls("ខេមរា") == "ខេមរា"


def test_links_are_found_without_trailing_punctuation():
    text = "See https://www.ohchr.org/en/report. Or www.licadho.org, or mailto:info@example.org"
    assert [link.address for link in find_links(text)] == [
        "https://www.ohchr.org/en/report", "www.licadho.org", "mailto:info@example.org"]
    first = find_links(text)[0]
    assert text[first.start : first.end] == first.address


def test_junk_is_located_in_the_verbatim_original():
    original = "Body\r\n\r\nDonate now  \r\nConnect with us\r\n"
    ranges = junk_in_original(original, [{"text": "Donate now\n\nConnect with us", "rule": "footer"}])
    assert [original[a:b] for a, b, _ in ranges] == ["Donate now", "Connect with us"]


def test_citation_line():
    assert citation("A\u202eB", "2014-07", "002_x") == "— A⟦RLO⟧B, 2014-07 (Ekasar document 002_x)"
    assert citation("T", None, "id") == "— T (Ekasar document id)"
