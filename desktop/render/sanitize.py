"""Markdown and HTML to HTML that is safe to display.

Everything shown as rich text passes through an allow-list (nh3): no
scripts, no styles, no images or other embedded resources, no event
handlers; links keep only http(s) and mailto addresses, which the reader
shows but never follows.
"""

import markdown
import nh3

ALLOWED_TAGS = {
    "p", "br", "hr", "blockquote", "pre", "code", "em", "strong", "b", "i", "u", "s",
    "sub", "sup", "small", "mark", "ul", "ol", "li", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "a",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
URL_SCHEMES = {"http", "https", "mailto"}


def sanitize_html(html: str) -> str:
    """Keep only allow-listed tags and attributes; drop script and style contents."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        clean_content_tags={"script", "style"},
        strip_comments=True,
    )


def markdown_to_html(text: str) -> str:
    """Render Markdown and sanitise the result (raw HTML inside Markdown included)."""
    return sanitize_html(markdown.markdown(text, extensions=["sane_lists", "tables"]))
