"""Which HTML elements are page furniture, by their tag, role, class and id.

A page marks its furniture itself: <aside> and <footer>, and class or id names such as
"share-buttons", "relatedPosts", "cookie_banner", "entry-byline" or "sidebar". Names are split
into words ("relatedPosts" is related + posts) and matched word by word, never as substrings:
"shared-content" and "loader" are content. Such elements' text is kept aside as junk, never
dropped (html_text.py marks where it stands).
"""

import re

# A word of a class or id name, and the kind of furniture it names.
_WORD_RULES = {
    **dict.fromkeys(("share", "shares", "sharing", "sharer", "social"), "html-share"),
    **dict.fromkeys(("related", "readmore", "recommended", "popular", "trending"), "html-related"),
    **dict.fromkeys(("cookie", "cookies", "consent", "gdpr"), "html-cookie"),
    **dict.fromkeys(("newsletter", "newsletters", "subscribe", "subscription", "signup"), "html-newsletter"),
    **dict.fromkeys(("byline", "author", "authors"), "html-byline"),
    **dict.fromkeys(("advert", "adverts", "advertisement", "ad", "ads", "promo", "promos", "sponsored"), "html-ad"),
    **dict.fromkeys(("sidebar", "widget", "widgets"), "html-sidebar"),
    **dict.fromkeys(("breadcrumb", "breadcrumbs"), "html-breadcrumb"),
    **dict.fromkeys(("comments",), "html-comments"),
    **dict.fromkeys(("credit", "credits"), "html-credit"),
    **dict.fromkeys(("footer",), "html-footer"),
    **dict.fromkeys(("nav", "navbar", "navigation", "menu"), "html-nav"),
}
_TAG_RULES = {"aside": "html-aside", "footer": "html-footer"}
_ROLE_RULES = {"complementary": "html-aside", "contentinfo": "html-footer", "navigation": "html-nav"}
# A theme's classes on these name the page's layout ("has-sidebar"), not furniture.
_NEVER_BY_NAME = {"html", "body", "main", "article"}
# A <footer> in a quotation or a figure holds its attribution, which is content.
QUOTING = {"blockquote", "figure"}
_CAPTION_WORDS = {"caption", "figcaption"}
CAPTION = "caption"
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def name_words(value: str) -> list[str]:
    """The words of a class or id value, lowercase: split on -, _, spaces and camel case."""
    return [word.lower() for word in _WORD.findall(value)]


def _named(attrs: dict[str, str | None]) -> list[str]:
    words = name_words(attrs.get("class") or "") + name_words(attrs.get("id") or "")
    # "read-more", "sign-up": two words that name one thing.
    return words + [a + b for a, b in zip(words, words[1:])]


def element_kind(tag: str, attrs: dict[str, str | None], quoting: bool = False) -> str | None:
    """The rule an element breaks as furniture, CAPTION for a caption ("wp-caption-text": its own
    line, not glued to the text), or None (``quoting``: it is in a quotation or figure)."""
    if tag == "footer" and quoting:
        return None
    if tag in _TAG_RULES:
        return _TAG_RULES[tag]
    words = _named(attrs) if attrs.get("class") or attrs.get("id") else []
    if tag not in _NEVER_BY_NAME:
        role = (attrs.get("role") or "").strip().lower()
        if role in _ROLE_RULES:
            return _ROLE_RULES[role]
        for word in words:
            if word in _WORD_RULES:
                return _WORD_RULES[word]
    return CAPTION if _CAPTION_WORDS.intersection(words) else None


def outermost(spans: list[tuple[int, int, str]], text_length: int) -> list[tuple[int, int, str]]:
    """The spans to keep aside: none holding more than half the text (a wrapper named
    "has-sidebar" is the page), and of nested ones the outermost."""
    kept: list[tuple[int, int, str]] = []
    for start, end, rule in sorted(spans, key=lambda s: (s[0], -s[1])):
        if end <= start or 2 * (end - start) > text_length:
            continue
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, rule))
    return kept
