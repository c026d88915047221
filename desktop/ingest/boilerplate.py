"""Detecting web boilerplate in documents copied from the web.

Web pages saved as text bring junk with them: PHP error dumps, spam links
injected by a hacked site, donation appeals, "Connect with us" blocks,
social-network link rows, cookie notices and copyright lines, in English and
in Khmer (boilerplate_khmer.py); share rows, lists of other articles and
newsletter prompts (web_furniture.py); repeated headlines, section labels,
bylines, datelines and photo credits around the headline (page_head.py); an
image's caption run into the next paragraph (glue.py). The rules recognise
such lines by their *shape*, never by the document they occur in. Nothing is
thrown away: every removed block is returned with its offsets so the reader
can show it.
"""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from desktop.ingest.boilerplate_khmer import is_khmer_cookie_notice, khmer_line_rule
from desktop.ingest.glue import caption_end
from desktop.ingest.page_head import (byline_kind, credit_pieces, dateline_piece, is_credit, is_date_stamp,
                                      mark_bylines, mark_head)
from desktop.ingest.web_furniture import (NETWORK_NAMES, is_newsletter, is_tags, mark_beside, mark_related,
                                          related_kind, share_kind)

# Web furniture lines are short; a long line is prose even if it says "donate".
SHORT_LINE = 120
COOKIE_LINE = 400  # a cookie notice is a few sentences long

_PHP_HEADER = re.compile(r"^A PHP Error was encountered$", re.IGNORECASE)
_PHP_DETAIL = re.compile(
    r"^(Severity|Message|Filename|Line Number|Backtrace|File|Line|Function):", re.IGNORECASE
)
_PHP_INLINE = re.compile(
    r"^(PHP )?(Warning|Notice|Fatal error|Deprecated|Parse error|Strict Standards):"
    r".* on line \d+$",
    re.IGNORECASE,
)
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_SPAM_HOST = re.compile(
    r"rolex|replica|casino|viagra|cialis|porn|xxx|payday|loan|betting|poker|"
    r"essay|pharma|pills|escort|crypto-?bonus",
    re.IGNORECASE,
)
_SOCIAL_NAMES = NETWORK_NAMES
# Two or more network names and nothing else, even when run together
# ("pinterestinstagram"), as link rows lose their spacing when copied.
_SOCIAL_ROW = re.compile(rf"^(?:[\s|·•,/]*(?:{_SOCIAL_NAMES})){{2,}}[\s|·•,/]*$", re.IGNORECASE)
_CALL_TO_ACTION = re.compile(
    r"\b(donate (now|today|here)|make a (gift|donation)|give (now|today)|"
    r"connect with us|follow us|stay connected|join our mailing list|"
    r"subscribe (to|for) (our|the) (newsletter|updates)|sign up for (our|the) newsletter|"
    r"support our work)\b",
    re.IGNORECASE,
)
# One network's name, as one item of a row.
_NETWORK = re.compile(rf"(?:{_SOCIAL_NAMES})", re.IGNORECASE)
_COOKIE = re.compile(
    r"\b(we|this (web)?site|our (web)?site|this page) (uses?|stores?|sets?|places?) cookies\b|"
    r"\b(accept|reject|decline|allow|manage) (all )?cookies\b|\bcookie (policy|settings|preferences|consent|notice)\b|"
    r"\b(agree|consent)(s|ing)? to (our|the) use of cookies\b|\bour use of cookies\b|\bwe value your privacy\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:19|20)\d\d\b|\ball rights reserved\b", re.IGNORECASE)
# Rules whose line starts a page's footer: what follows it in the short lines ending the text goes too.
_FOOTER_STARTS = ("call-to-action", "social-links", "related-articles", "related", "newsletter", "copyright")
_NAVIGATION = re.compile(
    r"^(skip to (main )?content|advertisement|back to top|\d+ comments?|leave a (comment|reply)|"
    r"no comments( yet)?|comments \(\d+\)|"
    r"(download|listen to|watch|print|save)( the| this)? (pdf|story|article|report|video|audio|statement|page)"
    r"( \([^)]{1,20}\))?|.{0,80}\bpage \d{1,4}( of \d{1,4})?)$",
    re.IGNORECASE,
)


_ROW_ITEMS = re.compile(r"\s+[|·•]\s+")


@dataclass(frozen=True)
class Junk:
    """A removed block: ``text == source[start:end]`` for the normalised source."""

    start: int
    end: int
    rule: str
    text: str


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def _lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def _is_spam_url(line: str, repeated: bool) -> bool:
    if not _BARE_URL.match(line):
        return False
    host = urlsplit(line if "://" in line else "http://" + line).hostname or ""
    return repeated or bool(_SPAM_HOST.search(host))


def _line_rule(stripped: str, url_counts: dict[str, int]) -> str | None:
    """The rule a single line breaks on its own, or None."""
    if _PHP_INLINE.match(stripped):
        return "php-error"
    if _is_spam_url(stripped, url_counts.get(stripped, 0) > 1):
        return "spam-link"
    folded = stripped.casefold()
    cookie = ("cookie" in folded or "privacy" in folded) and _COOKIE.search(stripped)  # (looked for first: fast)
    if len(stripped) <= COOKIE_LINE and (cookie or is_khmer_cookie_notice(stripped)):
        return "cookie-notice"
    if len(stripped) > SHORT_LINE:
        return None
    if _SOCIAL_ROW.match(stripped):
        return "social-links"
    if share_kind(stripped) == "share":
        return "share"
    if _CALL_TO_ACTION.search(stripped):
        return "call-to-action"
    if is_newsletter(stripped):
        return "newsletter"
    if related_kind(stripped):
        return "related"
    if all(_NAVIGATION.match(item) for item in _ROW_ITEMS.split(stripped)):  # "Download the PDF | Print"
        return "navigation"
    if _COPYRIGHT.search(stripped):
        return "copyright"
    if is_credit(stripped):
        return "credit"
    if byline_kind(stripped) == "labelled":
        return "byline"
    if is_date_stamp(stripped):
        return "date-stamp"
    if is_tags(stripped):
        return "tags"
    return khmer_line_rule(stripped, _NETWORK)


def _mark_php_blocks(lines: list[_Line], rules: list[str | None]) -> None:
    """A PHP error header and the detail lines that follow it (blank lines between allowed)."""
    in_block = False
    for i, line in enumerate(lines):
        s = line.stripped
        if _PHP_HEADER.match(s):
            in_block = True
            rules[i] = "php-error"
        elif in_block and _PHP_DETAIL.match(s):
            rules[i] = "php-error"
        elif s:
            in_block = False


def _mark_footer(lines: list[_Line], rules: list[str | None]) -> None:
    """Everything after the first appeal, link row, related-articles heading or copyright line
    in the run of short lines ending the text.

    Footers mix obvious junk ("Donate now", "Connect with us") with lines that
    only make sense as part of them ("What does equality mean to you?", the
    titles listed under "Related articles").
    """
    first = None
    for i in range(len(lines) - 1, -1, -1):
        s = lines[i].stripped
        if not s:
            continue
        if len(s) > SHORT_LINE:
            break
        if rules[i] in _FOOTER_STARTS:
            first = i
    if first is None:
        return
    for i in range(first, len(lines)):
        if lines[i].stripped and rules[i] is None:
            rules[i] = "footer"


def _pieces(text: str, lines: list[_Line], rules: list[str | None]) -> list[tuple[int, int, str]]:
    """Junk standing in a line that stays: a credit closing it, a dateline or a caption opening it."""
    texts = [line.text for line in lines]
    found = credit_pieces(texts, rules) + dateline_piece(texts, rules)
    for i, line in enumerate(lines):
        end = caption_end(line.text, text) if rules[i] is None and line.stripped else None
        if end is not None:
            found.append((i, len(line.text) - len(line.text.lstrip()), end, "caption"))
    pieces: list[tuple[int, int, str]] = []
    for i, start, end, rule in sorted(found):
        if not pieces or lines[i].start + start > pieces[-1][1]:
            pieces.append((lines[i].start + start, lines[i].start + end, rule))
    return pieces


def find_boilerplate(text: str, title: str = "", headline: str = "") -> list[Junk]:
    """Blocks of ``text`` (already normalised) that are web boilerplate, in order. ``title`` and
    ``headline``: the page's, where known apart from the text (an HTML page's <title> and <h1>)."""
    lines = _lines(text)
    url_counts: dict[str, int] = {}
    for line in lines:
        if _BARE_URL.match(line.stripped):
            url_counts[line.stripped] = url_counts.get(line.stripped, 0) + 1
    rules = [_line_rule(line.stripped, url_counts) if line.stripped else None for line in lines]
    _mark_php_blocks(lines, rules)
    texts = [line.text for line in lines]
    mark_bylines(texts, rules)
    first_copies = mark_head(texts, rules, title, headline)
    mark_related(texts, rules, first_copies)
    mark_beside(texts, rules)
    _mark_footer(lines, rules)
    found = [(line.start, line.end, rule) for line, rule in zip(lines, rules) if rule is not None]
    found = sorted(found + _pieces(text, lines, rules))

    junk: list[Junk] = []
    for start, end, rule in found:
        previous = junk[-1] if junk else None
        # Merge with the previous block when only blank lines separate them.
        if previous and previous.rule == rule and not text[previous.end : start].strip():
            junk[-1] = Junk(previous.start, end, rule, text[previous.start : end])
        else:
            junk.append(Junk(start, end, rule, text[start:end]))
    return junk
