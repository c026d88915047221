"""Share rows, lists of other articles, newsletter prompts, tags and cookie banners' buttons, by shape.

boilerplate.py asks each short line what it is; some furniture is only told by its neighbours:
"WhatsApp" or "Email" alone is a share button beside a share row (a heading elsewhere), "Accept
all" a button beside a cookie notice, and the short lines listed under "Related posts" or "More
stories" are other articles' titles (one may be dated, "Court watch: January 2023", and must not
become an event of this document). A long line is prose, whatever words it uses.
"""

import re

from desktop.ingest.page_head import beside

SHORT_LINE = 120
BUTTON_LINE = 40
RELATED_TITLES = 12  # listed under one heading at most

NETWORK_NAMES = (
    r"facebook|twitter|youtube|google\+|pinterest|instagram|linkedin|tiktok|"
    r"whatsapp|telegram|reddit|tumblr|vimeo|flickr|rss|email|mastodon|threads"
)
_SEPARATORS = r"\s|·•,/:()\[\]<>»›+"
_ROW_SPLIT = re.compile(f"[{_SEPARATORS}]+")
_SHARE_VERBS = {"share", "shares", "sharing", "tweet", "retweet"}
_SHARE_ACTIONS = {"email", "e-mail", "mail", "print", "pin", "copy", "save", "link", "url", "like", "messenger",
                  "sms", "x"}
_SHARE_WORDS = _SHARE_VERBS | _SHARE_ACTIONS | {
    "this", "on", "via", "to", "with", "it", "article", "story", "page", "post", "click", "opens", "open", "in", "new",
    "window", "tab", "friend", "friends", "a", "the", "your"}
_CONSENT_WORDS = {
    "accept", "all", "allow", "reject", "decline", "deny", "agree", "i", "ok", "okay", "got", "it", "close", "dismiss",
    "manage", "preferences", "settings", "options", "customise", "customize", "save", "learn", "more", "info",
    "information", "privacy", "policy", "cookie", "cookies", "necessary", "only", "essential", "statistics",
    "marketing", "analytics", "functional", "and", "&", "x", "×", "yes", "no", "thanks", "read", "show", "details",
    "consent", "my", "choices"}
_NETWORK = re.compile(f"(?:{NETWORK_NAMES})", re.IGNORECASE)


def _line_of(words: set[str], extra: str = "") -> re.Pattern:
    """A line made only of ``words`` (or ``extra``), between separators: matched at C speed, as
    most lines fail on their first word."""
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + extra
    return re.compile(f"^[{_SEPARATORS}]*(?:(?:{alternatives})(?=[{_SEPARATORS}]|$)[{_SEPARATORS}]*)+$", re.IGNORECASE)


_SHARE_LINE = _line_of(_SHARE_WORDS, f"|{NETWORK_NAMES}|\\d+")
_CONSENT_LINE = _line_of(_CONSENT_WORDS)
_ENDING = re.compile(r"[\s:»›>….]+$")
_RELATED = re.compile(
    r"^(?:(?:related|similar)(?:\s+(?:posts?|articles?|stories|news|content|reading|links|coverage|items))?"
    r"|more\s+(?:stories|news|articles|posts|reading|on\s+this(?:\s+topic|\s+story)?|from\s+.{1,30})"
    r"|you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in)"
    r"|(?:recommended|suggested)(?:\s+(?:for\s+you|reading|stories|articles|posts))?"
    r"|most\s+(?:read|popular|viewed|shared)(?:\s+(?:posts|articles|stories|news))?"
    r"|popular\s+(?:posts|articles|stories|news)|trending(?:\s+(?:now|stories|news|posts))?"
    r"|(?:latest|recent)\s+(?:news|posts|stories|articles|updates|features))$", re.IGNORECASE)
# A link to one more article ("Read more"), which heads a list only when two titles follow.
_TEASER = re.compile(r"^(?:read\s+(?:also|next|more)|see\s+also|also\s+read|keep\s+reading|further\s+reading)$",
                     re.IGNORECASE)
_RELATED_LINK = re.compile(r"^(?:related|read\s+(?:more|also|next)|also\s+read|see\s+also|further\s+reading)"
                           r"\s*[:»›>|–—]\s*\S", re.IGNORECASE)
_NOT_A_TITLE = re.compile(r"[.;,:]$")  # a sentence, or a line introducing the next
_NEWSLETTER = re.compile(
    r"^(?:newsletters?\s*[:|–—-]\s*)?(?:subscribe|sign\s*-?\s*up|join|register|get|receive)\b.{0,30}\bnewsletters?\b"
    r"|^(?:enter\s+)?(?:your\s+)?e-?mail\s+address\s*\*?:?$|^(?:enter\s+)?your\s+e-?mail\s*\*?:?$"
    r"|^(?:subscribe|sign\s*-?\s*up)(?:\s+(?:now|today|here))?\s*[.!]?$|^newsletters?(?:\s+sign\s*-?\s*up)?\s*:?$"
    r"|^(?:stay\s+(?:informed|in\s+the\s+loop|up\s+to\s+date|updated)|never\s+miss\s+an?\s+(?:story|update))\b",
    re.IGNORECASE)
_NEWSLETTER_ANYWHERE = re.compile(r"\bin(?:to)?\s+your\s+inbox\b|\bunsubscribe\s+(?:at\s+any\s+time|anytime)\b",
                                  re.IGNORECASE)
_TAGS = re.compile(r"^(?:tags?|tagged(?:\s+with)?|filed\s+under|categor(?:y|ies)|topics?)\s*:", re.IGNORECASE)


def is_tags(text: str) -> bool:
    """"Tags: land, courts", "Filed under: News": the page's index words."""
    return len(text) <= SHORT_LINE and bool(_TAGS.match(text))


def _items(text: str) -> list[str]:
    return [item.casefold() for item in _ROW_SPLIT.split(text) if item]


def share_kind(text: str) -> str | None:
    """"share" for a row of share buttons ("Share this: Facebook Twitter Email", "Tweet"), "button"
    for one button alone ("WhatsApp", "Print"), else None."""
    if len(text) > SHORT_LINE or not _SHARE_LINE.match(text):
        return None
    items = _items(text)
    if len(items) > 12:
        return None
    if _SHARE_VERBS & set(items):
        return "share"
    buttons = [i for i in items if i in _SHARE_ACTIONS or _NETWORK.fullmatch(i)]
    if len(buttons) >= 2:
        return "share"
    return "button" if len(items) == 1 and buttons else None


def related_kind(text: str) -> str | None:
    """"heading" over a list of other articles, "teaser" for "Read more", "link" for "Related: …"."""
    if len(text) > SHORT_LINE:
        return None
    bare = _ENDING.sub("", text)
    if _RELATED.match(bare):
        return "heading"
    if _TEASER.match(bare):
        return "teaser"
    return "link" if _RELATED_LINK.match(text) else None


def is_newsletter(text: str) -> bool:
    if len(text) > SHORT_LINE:
        return False
    folded = text.casefold()  # (words looked for first: most lines have none of them)
    return bool(_NEWSLETTER.match(text)) or (("inbox" in folded or "unsubscribe" in folded)
                                             and bool(_NEWSLETTER_ANYWHERE.search(text)))


def is_consent_button(text: str) -> bool:
    return len(text) <= BUTTON_LINE and bool(_CONSENT_LINE.match(text))


def mark_beside(lines: list[str], rules: list[str | None]) -> None:
    """One share button beside a share row, and a cookie banner's buttons, go with them."""
    kinds: dict[int, str] = {}
    for i, line in enumerate(lines):
        text = line.strip()
        if rules[i] is not None or not text or len(text) > BUTTON_LINE:
            continue
        if share_kind(text) == "button":
            kinds[i] = "share"
        elif is_consent_button(text):
            kinds[i] = "cookie-notice"
    joins = {"share": ("share", "social-links"), "cookie-notice": ("cookie-notice",)}
    for order in (sorted(kinds), sorted(kinds, reverse=True)):  # a row of buttons, one a line, either way
        for i in order:
            if rules[i] is None and any(rules[j] in joins[kinds[i]] for j in beside(lines, i)):
                rules[i] = kinds[i]


def mark_related(lines: list[str], rules: list[str | None], keep: set[int]) -> None:
    """The titles listed under a "Related posts" heading (two at least under "Read more"): the short
    lines after it that are not sentences, up to a paragraph. Lines in ``keep`` end the list."""
    for i, line in enumerate(lines):
        kind = related_kind(line.strip()) if rules[i] == "related" else None
        if kind not in ("heading", "teaser"):
            continue
        titles = []
        for j in range(i + 1, len(lines)):
            text = lines[j].strip()
            if not text or rules[j]:
                continue
            if j in keep or len(text) > SHORT_LINE or _NOT_A_TITLE.search(text) or len(titles) == RELATED_TITLES:
                break
            titles.append(j)
        if kind == "heading" or len(titles) >= 2:
            for j in titles:
                rules[j] = "related"
