"""The furniture around a web page's headline and first paragraph, found by shape.

A page copied as text repeats its headline (over the photo, in a share box), puts the site's name
and a section above it ("The Debate | Opinion", then "The Debate" or "News" on a line of its own),
signs and stamps it ("By Sok Chan | 3 March 2023", "Posted by …", "Reporter: …", "09:14 ICT ·
Updated 3 November 2023"), credits its photos ("Credit: Unsplash/Pj Go", "Photo: AFP", "…
Courtesy: Vital Voices") and opens its first paragraph with a dateline ("PHNOM PENH, March 3,
2023 — The court…"). The first copy of the headline stays (it is the document's title), as does
the sentence after a dateline. Functions here take the lines' texts and the rules found so far
(None: not junk), mark whole lines in ``rules`` and return the pieces of lines to keep aside as
``(line, start, end, rule)``.
"""

import re

SHORT_LINE = 120  # longer is a paragraph (boilerplate.py's measure)
HEAD_LINES = 20  # lines with words looked at before the first paragraph
TAIL_LINES = 6  # lines with words at the end where a signature "By …" may stand
DATELINE_LINES = 3  # sentences at the start where a dateline may open one
BYLINE_LINE = 100
MASTHEAD_WORDS = 8
MASTHEAD_REACH = 60  # lines: a headline further down is no page's
_SIGNED = ("byline", "date-stamp")

# Between a breadcrumb's parts: a spaced bar, slash or bullet, or a guillemet or arrow.
_CRUMB_SEPARATOR = re.compile(r"\s+[|/•·>]\s+|\s*[›»→]\s*")
_TITLE_SEPARATOR = re.compile(r"\s[|–—•·:-]\s|\s*::\s*")
_ROW = re.compile(r"\s\|\s")  # a table's cells, as readers write them
_NOT_LABEL = re.compile(r"[\d.,:;!?()\"“”]")
# A name's words in a signature: capitalised, or the small words names and dates use.
_SIGNATURE_WORDS = {"and", "&", "on", "at", "of", "the", "am", "pm", "a.m.", "p.m.", "de", "da", "van", "von", "der",
                    "den", "du", "bin", "binti", "al", "el", "la", "le", "dos", "das", "by", "updated", "published",
                    "posted", "min", "read", "ago", "hours", "hour", "minutes", "days", "in", "comment", "comments",
                    "views", "shares"}
_SIGNATURE_SPLIT = re.compile(r"[\s|,·•–—/()]+|\s-\s")
_BYLINE = re.compile(
    r"^(?:(?P<labelled>(?:posted|written|reported|words|story|text|article)\s+by\b|"
    r"(?:authors?|reporters?|writers?|correspondents?|byline|contributors?)\s*:)|(?P<by>by)\b:?)\s*(?P<rest>\S.*)$",
    re.IGNORECASE)
_POSTED = re.compile(r"^(?:posted|published|updated|last updated)(?:\s+on|\s*:)?\s+(?P<rest>.*\d.*)$", re.IGNORECASE)

_CREDIT_LABEL = (r"(?:photo(?:graph)?s?(?:\s+credits?)?|images?(?:\s+credits?)?|pictures?|illustrations?|graphics?|"
                 r"credits?|courtesy(?:\s+of|\s+photo)?|cover\s+photo)")
_CREDIT_LINE = re.compile(rf"^\(?\s*(?i:{_CREDIT_LABEL})\s*(?::|©|/|\bby\b|\s(?=[A-Z©]))\s*(?P<who>[^()]+?)\s*\)?\.?$")
_CREDIT_AT_END = re.compile(
    rf"(?<=\S)\s+(?P<credit>\(?\s*(?P<label>(?i:{_CREDIT_LABEL}))\s*(?::|©|\bby\b)\s*"
    rf"(?P<who>[^()]{{1,60}}?)\s*\)?\.?)$")
_CREDIT_WORDS = ("photo", "image", "picture", "illustration", "graphic", "credit", "courtesy")
_BARE_CREDIT = re.compile(r"^©\s*(?P<who>[A-Z][^.!?]{0,50})$")

_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (rf"(?:(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\.?,?\s+)?"
         rf"(?:{_DAY}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?|{_MONTH}\s+\d{{4}}|\d{{4}}-\d\d-\d\d)")
_TIME = r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}(?:\s*[+-]\s*\d{1,2})?)?"
_STAMP_LABEL = r"(?i:(?:last\s+|first\s+)?(?:updated|published|posted|modified)(?:\s+on|\s+at)?)\s*:?"
# A page's time stamp: dates with times or labels, nothing else ("2 November 2023, 09:14 ICT · Updated 3 November").
_DATE_STAMP = re.compile(rf"^(?:(?:{_STAMP_LABEL}\s*)?{_DATE}(?:,?\s*(?:at\s+)?{_TIME})?\s*(?:[·•|,–—-]\s*)?)+$")
_STAMPED = re.compile(rf"{_TIME}|{_STAMP_LABEL}")
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
_PLACE = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
_REGION = r"(?:,\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})?"
_AGENCY = r"(?:\s*\([A-Z][\w.&'’ -]{0,30}\))?"
_DASH = r"(?:—|–|--|-)"
# A place in capitals (a date optional) then a dash, or a place and a date then a dash or colon,
# before the sentence's first word.
_DATELINE = re.compile(rf"^(?:{_CAPS_PLACE}{_REGION}(?:,?\s*\(?{_DATE}\)?)?{_AGENCY}\s*{_DASH}"
                       rf"|{_PLACE}{_REGION},?\s*\(?{_DATE}\)?{_AGENCY}\s*(?:{_DASH}|:))(?=\s+[\"“‘'(]?[A-Z0-9])")
_SENTENCE_END = re.compile(r"[.!?។][\"”’')\]]*$")


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _is_label(text: str) -> bool:
    """A section's name: one to four words, the first capitalised, no figures or sentence punctuation."""
    words = text.split()
    return 1 <= len(words) <= 4 and len(text) <= 40 and not _NOT_LABEL.search(text) and words[0][0].isupper()


def crumbs(text: str) -> list[str] | None:
    """The parts of a breadcrumb ("Home › News", "The Debate | Opinion", "Home / News / The page's
    own title, however long"), or None."""
    parts = [part.strip() for part in _CRUMB_SEPARATOR.split(text)]
    labels = parts[:-1] if len(parts) >= 3 and not _SENTENCE_END.search(parts[-1]) else parts
    return parts if len(parts) >= 2 and all(_is_label(p) for p in labels) and parts[-1] else None


def _head(lines: list[str], rules: list[str | None]) -> list[int]:
    """The lines with words, not already junk, before the first paragraph (a long line)."""
    head = []
    for i, line in enumerate(lines):
        text = line.strip()
        if not text or rules[i]:
            continue
        if len(text) > SHORT_LINE or len(head) == HEAD_LINES:
            break
        head.append(i)
    return head


def credit_start(text: str) -> int | None:
    """Where a photo credit closing ``text`` starts ("… Courtesy: Vital Voices"), or None."""
    end = text[-80:].casefold()  # (the labels looked for first: most lines have none of them)
    if not any(label in end for label in _CREDIT_WORDS):
        return None
    match = _CREDIT_AT_END.search(text)
    if not match or not match.group("label")[0].isupper() or not _credited(match.group("who")):
        return None
    return match.start("credit")


def _credited(who: str) -> bool:
    """A credit names someone in a few words ("AFP", "Unsplash/Pj Go", "supplied"), not a sentence."""
    words = who.split()
    return (0 < len(words) <= 8 and len(who) <= 60 and ". " not in who
            and (who[0].isupper() or who[0] == "©" or len(words) <= 2))


def is_credit(text: str) -> bool:
    """A line that is a photo credit: "Photo: AFP", "(Photo by X/Reuters)", "© Vital Voices"."""
    match = _CREDIT_LINE.match(text) or _BARE_CREDIT.match(text)
    return bool(match) and len(text) <= 80 and _credited(match.group("who"))


def _signature(rest: str) -> bool:
    """Names, perhaps with a date, an outlet or a time: every word capitalised, a figure or small."""
    words = [w for w in _SIGNATURE_SPLIT.split(rest) if w]
    named = [w for w in words if w[0].isupper()]
    return (0 < len(words) <= 16 and bool(named)
            and all(w[0].isupper() or w[0].isdigit() or w.casefold() in _SIGNATURE_WORDS for w in words))


def is_date_stamp(text: str) -> bool:
    """A line of dates with a time or a label ("Updated 3 March 2023"): a page's, not the document's."""
    return len(text) <= BYLINE_LINE and bool(_DATE_STAMP.match(text)) and bool(_STAMPED.search(text))


def byline_kind(text: str) -> str | None:
    """"labelled" for "Posted by X", "Author: X", "Posted on 3 March 2023"; "by" for "By X and Y |
    3 March 2023" (a title may read so too: the caller says where it may stand); else None."""
    if len(text) > BYLINE_LINE:
        return None
    match = _BYLINE.match(text)
    if match and _signature(match.group("rest")):
        return "labelled" if match.group("labelled") else "by"
    match = _POSTED.match(text)
    if match and _signature(match.group("rest")):
        return "labelled"
    return None


def _without_credit(text: str) -> str:
    at = credit_start(text)
    return text if at is None else text[:at].rstrip()


def mark_head(lines: list[str], rules: list[str | None], title: str = "", headline: str = "") -> set[int]:
    """Mark breadcrumbs, section labels, the site's name and repeated headlines before the first
    paragraph (``title``, ``headline``: the page's own, an HTML page's <title> and <h1>, if known).

    Returns the lines that are a repeated headline's first copy: no list of other articles
    ("Recent Features" …) may take them.
    """
    head = _head(lines, rules)
    texts = {i: _without_credit(lines[i].strip()) for i in head}
    keys = {i: _key(texts[i]) for i in head}
    _mark_crumbs(lines, head, texts, keys, rules, title)
    _mark_site_name(head, keys, rules, title)
    _mark_masthead(lines, head, texts, rules, headline)
    for before, line, after in zip(head, head[1:], head[2:]):
        # "News" between the headline and its copy.
        if (rules[line] is None and keys[before] == keys[after] != keys[line] and _is_label(texts[line])
                and len(texts[line].split()) <= 3):
            rules[line] = "section-label"
    seen: dict[str, int] = {}
    first_copies = set()
    for i in head:
        if rules[i] is not None or len(keys[i]) < 12 or len(keys[i].split()) < 2:
            continue
        if keys[i] in seen:
            rules[i] = "repeated-heading"
            first_copies.add(seen[keys[i]])
        else:
            seen[keys[i]] = i
    return first_copies


def _mark_crumbs(lines: list[str], head: list[int], texts: dict[int, str], keys: dict[int, str],
                 rules: list[str | None], title: str) -> None:
    """A breadcrumb, unless it may be the title (two parts, first, none of them on a line of its
    own, no other title known) or is a table's row (a row beside it); and a line that is one of its
    sections. A long breadcrumb's last part may be the page itself: a line that is it is a section
    only when a headline follows."""
    sections, lasts = set(), set()
    for n, i in enumerate(head):
        parts = crumbs(texts[i])
        if not parts or any(_ROW.search(lines[j]) for j in beside(lines, i)):
            continue
        part_keys = [_key(part) for part in parts]
        titled = bool(title) and keys[i] not in _key(title)
        if len(parts) >= 3 or n > 0 or titled or set(part_keys) & (set(keys.values()) - {keys[i]}):
            rules[i] = "breadcrumb"
            sections.update(part_keys[:-1] if len(parts) >= 3 else part_keys)
            lasts.update(part_keys[-1:] if len(parts) >= 3 else ())
    for n, i in enumerate(head):
        if rules[i] is not None or len(texts[i].split()) > 3:
            continue
        headline_after = any(rules[j] is None and _is_headline(texts[j]) for j in head[n + 1 :])
        if keys[i] in sections or (keys[i] in lasts and headline_after):
            rules[i] = "section-label"


def _mark_masthead(lines: list[str], head: list[int], texts: dict[int, str], rules: list[str | None],
                   headline: str) -> None:
    """The short lines above the headline (the site's name and motto, a section): where the headline
    is known, as a page's <h1> or as the line just above a byline or time stamp in the head."""
    if not head:
        return
    if headline:
        anchor = next((i for i in head if _key(texts[i]) == _key(headline)), None)
    else:
        body = next((i for i in range(head[-1] + 1, len(lines)) if rules[i] is None and lines[i].strip()), len(lines))
        signed = next((i for i in range(head[0], body) if rules[i] in _SIGNED), None)
        anchor = max((i for i in head if i < signed), default=None) if signed is not None else None
    if anchor is None or anchor > MASTHEAD_REACH or not _is_headline(texts[anchor]):
        return
    for i in head:
        if i >= anchor:
            break
        if rules[i] is None and not _SENTENCE_END.search(texts[i]) and len(texts[i].split()) <= MASTHEAD_WORDS:
            rules[i] = "masthead"


def _is_headline(text: str) -> bool:
    return len(text.split()) >= 3 and not _SENTENCE_END.search(text) and crumbs(text) is None


def _mark_site_name(head: list[int], keys: dict[int, str], rules: list[str | None], title: str) -> None:
    """A line that is the site's name, as the <title> gives it beside the headline ("… | The Times")."""
    parts = sorted((_key(part) for part in _TITLE_SEPARATOR.split(title) if part.strip()), key=len)
    if len(parts) < 2:
        return
    for i in head:
        if rules[i] is None and keys[i] in parts[:-1]:
            rules[i] = "site-name"


def beside(lines: list[str], i: int) -> list[int]:
    """The lines with words just before and after line ``i``."""
    found = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        if 0 <= j < len(lines):
            found.append(j)
    return found


def mark_bylines(lines: list[str], rules: list[str | None]) -> None:
    """"By X" signing the page near its head (not as its first line, a title's place) or at its end."""
    content = [i for i, line in enumerate(lines) if line.strip() and rules[i] is None]
    if not content:
        return
    places = (set(_head(lines, rules)) | set(content[-TAIL_LINES:])) - {content[0]}
    for i in sorted(places):
        if byline_kind(lines[i].strip()) == "by":
            rules[i] = "byline"


def _is_sentence(text: str) -> bool:
    return len(text) > SHORT_LINE or (len(text.split()) >= 6 and bool(_SENTENCE_END.search(text)))


def dateline_piece(lines: list[str], rules: list[str | None]) -> list[tuple[int, int, int, str]]:
    """The dateline opening one of the first sentences, without the sentence."""
    sentences = looked = 0
    for i, line in enumerate(lines):
        text = line.strip()
        if not text or rules[i]:
            continue
        looked += 1
        if looked > HEAD_LINES + DATELINE_LINES:
            break
        if not _is_sentence(text):
            continue
        match = _DATELINE.match(text)
        rest = text[match.end() :].strip() if match else ""
        if match and len(rest.split()) >= 4:  # the line is a sentence: so is what follows the dateline
            lead = len(line) - len(line.lstrip())
            return [(i, lead, lead + match.end(), "dateline")]
        sentences += 1
        if sentences == DATELINE_LINES:
            break
    return []


def credit_pieces(lines: list[str], rules: list[str | None]) -> list[tuple[int, int, int, str]]:
    """Photo credits closing a line that stays ("Update on Mu Sochua Courtesy: Vital Voices")."""
    pieces = []
    for i, line in enumerate(lines):
        if rules[i] or not line.strip():
            continue
        text = line.rstrip()
        at = credit_start(text)
        if at is not None and text[:at].strip():
            pieces.append((i, at, len(text), "credit"))
    return pieces
