"""The date a document states for itself in its first lines, to propose when it is imported.

Only where a document dates itself: a line that is a date and little else ("3 March 2024",
"Phnom Penh, 3 March 2024", "Posted on March 3, 2024 by Admin", "ភ្នំពេញ ថ្ងៃទី៣ ខែមីនា ឆ្នាំ២០២៤"),
a heading that ends with one ("…for Cambodia, 22 July 2023"), or a dateline opening the first
paragraph ("PHNOM PENH, March 3, 2024 — The court…"). A date inside a sentence is about what the
sentence tells, not when the document was written, and is never taken; nor is anything past the
first few lines. The precision is the text's: "March 2024" is 2024-03. A year alone counts only
after a word that says it dates the document ("Published: 2024"). Nothing relative, inferred,
approximate or a range is proposed.
"""

import re

from desktop.extract.dates import DateMention, find_dates

FIRST_LINES = 8  # non-empty lines looked at
FIRST_CHARS = 2000  # of the text
SHORT_LINE = 120  # characters: longer is a paragraph, where only a dateline at its start counts
HEADING_LINES = 3  # lines that may be a heading ending with a date
DATELINE_REACH = 60  # characters before the date in a dateline (a place name)

# Words that say a line dates the document, in English and Khmer (normal spellings).
LABELS = {"date", "dated", "posted", "published", "updated", "issued", "released", "written", "on", "at", "by",
          "last", "modified", "as", "of"}
YEAR_LABELS = {"date", "dated", "posted", "published", "updated", "issued", "released", "written",
               "កាលបរិច្ឆេទ", "ចុះផ្សាយ", "ផ្សាយ"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
_PUNCTUATION = re.compile(r"[\s,.:;|/()\[\]{}<>«»\"'“”‘’*_#>`~•·–—\-។៕៖]+")
_KHMER = re.compile("[\u1780-\u17ff\u19e0-\u19ff]")
_DIGIT = re.compile(r"\d")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\b\.?)?(?:\s*(?:ICT|GMT|UTC)(?:\s*[+-]\s*\d{1,2})?)?",
                   re.IGNORECASE)  # "10:30 AM", "14.05 ICT": a time of day beside the date
_BEFORE_HEADING_DATE = re.compile(r"[,–—\-|(:]\s*$")  # "…Cambodia, ", "Statement – ", "Report ("
_AFTER_DATELINE = re.compile(r"^\s*\)?\s*(?:[—–:]|-{1,2}\s)")  # "— The court", ": The court", "(…) – …"
MAX_KHMER_PLACE = 30  # characters of Khmer beside the date on a date line (a place: រាជធានីភ្នំពេញ)
KHMER_LABELS = ("ធ្វើនៅ", "ចុះផ្សាយ", "ផ្សាយ", "កាលបរិច្ឆេទ", "នៅ")  # done at, published, date, at
# A place's first word (capital, province, town, district, ward) or one of the largest towns.
KHMER_PLACES = ("រាជធានី", "ខេត្ត", "ក្រុង", "ស្រុក", "ខណ្ឌ", "ភ្នំពេញ", "សៀមរាប", "បាត់ដំបង", "កំពង់ចាម",
                "កំពត", "ព្រះសីហនុ", "តាកែវ", "កណ្ដាល")


def stated_date(text: str) -> str | None:
    """The date (YYYY, YYYY-MM or YYYY-MM-DD) the document's first lines state for it, or None."""
    lines = [line.strip() for line in text[:FIRST_CHARS].splitlines() if line.strip()][:FIRST_LINES]
    for number, line in enumerate(lines):
        mentions = [m for m in find_dates(line) if _exact(m)]
        if not mentions:
            continue
        found = (_date_line(line, mentions) if len(line) <= SHORT_LINE else None) \
            or (_heading_date(line, mentions) if number < HEADING_LINES and len(line) <= 2 * SHORT_LINE else None) \
            or _dateline(line, mentions)
        if found:
            return found
    return None


def _exact(mention: DateMention) -> bool:
    return mention.date is not None and mention.certainty == "stated" and mention.end_date is None


def _words(text: str) -> list[str]:
    return [w for w in _PUNCTUATION.split(text) if w]


def _date_line(line: str, mentions: list[DateMention]) -> str | None:
    """A line that is one date with, beside it, only a label, a weekday, a place or a name."""
    if len(mentions) != 1:
        return None
    mention = mentions[0]
    rest = _TIME.sub(" ", line[: mention.start] + " " + line[mention.end :])
    if _DIGIT.search(rest):
        return None  # another number: a time, a reference, a second date
    words = [w for w in _words(rest) if w.casefold() not in WEEKDAYS]
    labelled = any(w.casefold() in YEAR_LABELS for w in words)
    if mention.precision == "year" and not labelled:
        return None  # "2024" alone may be anything; "Published: 2024" dates the document
    others = [w for w in words if w.casefold() not in LABELS]
    khmer = [w for w in others if _KHMER.search(w)]
    latin = [w for w in others if not _KHMER.search(w)]
    if len(latin) > 4 or not all(w[:1].isupper() for w in latin) or not _khmer_place(khmer):
        return None  # a sentence, not a place or a name
    return mention.date


def _khmer_place(words: list[str]) -> bool:
    """Khmer beside a date is a place ("រាជធានីភ្នំពេញ", "ធ្វើនៅខេត្តសៀមរាប") or nothing: Khmer is
    written without spaces, so a sentence cannot be told from a name by its words."""
    rest = "".join(words)
    for label in KHMER_LABELS:
        rest = rest.removeprefix(label)
    return not rest or (len(rest) <= MAX_KHMER_PLACE and rest.startswith(KHMER_PLACES))


def _heading_date(line: str, mentions: list[DateMention]) -> str | None:
    """A heading (no full stop at its end) closing with a day or month after a comma or dash."""
    last = mentions[-1]
    if last.precision == "year" or line[last.end :].strip(" )]") or line.rstrip().endswith((".", "។")):
        return None
    return last.date if _BEFORE_HEADING_DATE.search(line[: last.start]) else None


def _dateline(line: str, mentions: list[DateMention]) -> str | None:
    """"PHNOM PENH, 3 March 2024 — …": a place (or nothing) and a day or month, then a dash or colon."""
    first = mentions[0]
    if first.precision == "year" or first.start > DATELINE_REACH:
        return None
    place = [w for w in _words(line[: first.start]) if w.casefold() not in WEEKDAYS]
    if len(place) > 4 or not all(w[:1].isupper() for w in place) or _DIGIT.search(line[: first.start]):
        return None
    return first.date if _AFTER_DATELINE.match(line[first.end :]) else None
