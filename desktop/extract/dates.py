"""Dates written in text, at the precision the text gives them.

Never invents a day or month: "September 2017" is ``2017-09``, "in 1972" is
``1972``. A day and month without a year ("July 15th") takes its year from
the document (marked inferred); relative expressions ("two years ago") are
resolved against the document's date (marked approximate) or left undated.
Khmer dates are read by desktop/extract/khmer_dates.py, only in text with Khmer in it.
"""

import bisect
import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a few": 3, "several": 3, "a couple of": 2}
_MONTH = r"(?P<{n}>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_YEAR = r"(?P<{n}>1[89]\d\d|20\d\d)"
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_NUMBER = r"(?P<{n}>\d+|a few|a couple of|several|an?|one|two|three|four|five|six|seven|eight|nine|ten)"

# A pattern that can only start with a few characters says so first, in a lookahead: the scan
# then skips every other position at once instead of trying the whole pattern there.
_DIGIT, _MONTH_INITIAL = r"(?=\d)", "(?=[ADFJMNOS])"  # \d: any script's digits, as _DAY takes
PATTERNS = [
    ("iso", rf"(?=[12])\b{_YEAR.format(n='y')}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("range", rf"(?=[BbFf])\b(?:[Bb]etween|[Ff]rom)\s+{_YEAR.format(n='y')}\s+(?:and|to|until)\s+"
              rf"{_YEAR.format(n='y2')}\b"),
    ("month_range", rf"(?=[BbFf])\b(?:[Bb]etween|[Ff]rom)\s+{_MONTH.format(n='m')}\s+(?:and|to|until)\s+"
                    rf"{_MONTH.format(n='m2')},?\s+(?:of\s+)?{_YEAR.format(n='y')}\b"),
    ("range", rf"(?=[12])\b{_YEAR.format(n='y')}\s*[–—-]\s*{_YEAR.format(n='y2')}\b"),
    ("day_range", rf"(?=[BbFf])\b(?:[Bb]etween|[Ff]rom)\s+{_DAY.format(n='d')}\s*(?:and|to|until|[–—-])\s*"
                  rf"{_DAY.format(n='d2')}\s+{_MONTH.format(n='m')},?\s+{_YEAR.format(n='y')}\b"),
    ("decade", r"(?=[t12])\b(?:the\s+)?(?P<y>1[89]\d0|20\d0)s\b"),
    ("day_month_year", rf"{_DIGIT}\b{_DAY.format(n='d')}\s+{_MONTH.format(n='m')},?\s+{_YEAR.format(n='y')}\b"),
    ("month_day_year", rf"{_MONTH_INITIAL}\b{_MONTH.format(n='m')}\s+{_DAY.format(n='d')},?\s+{_YEAR.format(n='y')}\b"),
    ("month_year", rf"(?=[melADFJMNOS])\b(?:mid-|early\s+|late\s+)?{_MONTH.format(n='m')},?\s+(?:of\s+)?"
                   rf"{_YEAR.format(n='y')}\b"),
    ("month_day", rf"{_MONTH_INITIAL}\b{_MONTH.format(n='m')}\s+{_DAY.format(n='d')}\b(?!,?\s*\d)"),
    ("day_month", rf"{_DIGIT}\b{_DAY.format(n='d')}\s+(?:of\s+)?{_MONTH.format(n='m')}\b(?!,?\s*\d)"),
    ("in_month", rf"(?=i)\bin\s+{_MONTH.format(n='m')}(?!\s*(?:of\s+)?,?\s*\d)"),
    ("mid_year", rf"(?=[mel])\b(?:mid|early|late)-{_YEAR.format(n='y')}\b"),
    ("year", rf"(?<![\d,.–—-]){_YEAR.format(n='y')}(?!\d|[,.–—-]\d|s\b)"),
    # These two are matched against the lowercased text (faster than a case-insensitive pattern).
    ("ago", rf"\b{_NUMBER.format(n='n')}\s+(?P<unit>years?|months?|weeks?|days?)\s+ago\b"),
    ("last", r"\b(?:last|this past|the past)\s+(?P<unit>year|month|week)\b"),
]
_LOWERCASED = ("ago", "last")
# Words without which a pattern cannot match: a text lacking them is not scanned for it.
_NEEDS = {"ago": ("ago",), "last": ("last", "past")}
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in PATTERNS]
# Bare numbers that are not years: street numbers, counts, durations.
_NOT_A_YEAR_BEFORE = re.compile(r"(?:\b(?:No\.?|number|page|pp?\.|room|at least|over|about|some)\s*)$", re.I)
_KHMER = re.compile("[\u1780-\u17ff\u19e0-\u19ff]")
_RANGE_OPENER = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+$")
_RANGE_GAP = re.compile(r",?\s+(?:and|to|until|till|through)\s+|\s*[–—]\s*")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: str | None          # ISO 8601 partial: YYYY, YYYY-MM or YYYY-MM-DD; None when undated
    end_date: str | None
    precision: str | None     # "day", "month" or "year"
    certainty: str            # "stated", "inferred" or "approximate"
    anchor: int | None = None  # counted from another date ("two weeks later"): where that one starts


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not 1800 <= year <= 2100 or (month is not None and not 1 <= month <= 12):
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    text = f"{year:04d}"
    if month is not None:
        text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
    return text


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _shift(anchor: str, unit: str, amount: int) -> tuple[str | None, str]:
    """``anchor`` (a partial ISO date) moved back by ``amount`` units, at a sensible precision."""
    year = int(anchor[:4])
    month = int(anchor[5:7]) if len(anchor) >= 7 else None
    unit = unit.rstrip("s")
    if unit == "year" or month is None:
        back = amount if unit == "year" else (1 if unit == "month" and amount >= 12 else 0)
        return _iso(year - back), "year"
    months_back = amount if unit == "month" else (1 if unit == "week" and amount >= 3 else 0)
    total = year * 12 + (month - 1) - months_back
    return _iso(total // 12, total % 12 + 1), "month"


def lowercase_in_place(text: str) -> str:
    """Lowercase with every character kept in place (a few lowercase to two characters)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else "".join(ch.lower()[:1] or ch for ch in text)


def find_dates(text: str, document_date: str | None = None, lowered: str | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in order, longest expression first where they overlap.
    ``lowered``: ``lowercase_in_place(text)``, if the caller has it."""
    found: list[DateMention] = []
    taken_starts: list[int] = []  # accepted spans, sorted and not overlapping
    taken_ends: list[int] = []
    counts: set[tuple[int, int]] = set()  # numbers Khmer says are counts: not years
    if _KHMER.search(text):  # Khmer rules first: their expressions hold the numbers English reads
        found, khmer_counts = _khmer_dates(text, document_date)
        taken_starts, taken_ends = [m.start for m in found], [m.end for m in found]
        counts.update(khmer_counts)
    context_year = int(document_date[:4]) if document_date else None
    lowered = lowercase_in_place(text) if lowered is None else lowered
    for kind, pattern in _COMPILED:
        if kind in _NEEDS and not any(word in lowered for word in _NEEDS[kind]):
            continue
        for match in pattern.finditer(lowered if kind in _LOWERCASED else text):
            start, end = match.span()
            i = bisect.bisect_left(taken_starts, end)  # spans starting before our end
            if (i and taken_ends[i - 1] > start) or (kind == "year" and (start, end) in counts):
                continue  # overlaps a longer, earlier-matched expression, or is a Khmer count
            mention = _interpret(kind, match, text, document_date, context_year)
            if mention is not None:
                found.append(mention)
                taken_starts.insert(i, start)
                taken_ends.insert(i, end)
    return _periods(text, sorted(found, key=lambda m: m.start))


def _periods(text: str, found: list[DateMention]) -> list[DateMention]:
    """"From March 2022 to June 2023", "between 3 March and 5 April 2023": two dates a range joins
    are one period (the first's precision; the end keeps its own in its length)."""
    merged: list[DateMention] = []
    for mention in found:
        first = merged[-1] if merged else None
        opener = first and first.date and mention.date and first.end_date is None and mention.end_date is None \
            and mention.certainty == "stated" and first.certainty in ("stated", "inferred") \
            and _RANGE_GAP.fullmatch(text, first.end, mention.start) \
            and _RANGE_OPENER.search(text, max(0, first.start - 9), first.start)
        begins = first and opener and _with_year_of(first, mention)
        if begins and begins < mention.date:
            merged[-1] = DateMention(opener.start(), mention.end, begins, mention.date, first.precision, "stated")
        else:
            merged.append(mention)
    return merged


def _with_year_of(first: DateMention, last: DateMention) -> str:
    """The first date of a range; "between 3 March and 5 April 2023": its year is the last's."""
    if first.certainty == "stated":
        return first.date
    year = int(last.date[:4]) - (1 if first.date[5:] > last.date[5:] else 0)
    return f"{year:04d}{first.date[4:]}"


def _khmer_dates(text: str, document_date: str | None):
    # Imported here: khmer_dates builds on this module's DateMention.
    from desktop.extract.khmer_dates import khmer_dates

    return khmer_dates(text, document_date)


def _interpret(kind: str, match: re.Match, text: str, document_date: str | None,
               context_year: int | None) -> DateMention | None:
    g = match.groupdict()
    start, end = match.span()
    if kind == "iso":
        date = _iso(int(g["y"]), int(g["m"]), int(g["d"]))
        return date and DateMention(start, end, date, None, "day", "stated")
    if kind in ("day_month_year", "month_day_year"):
        date = _iso(int(g["y"]), _month(g["m"]), int(g["d"]))
        return date and DateMention(start, end, date, None, "day", "stated")
    if kind == "month_year":
        date = _iso(int(g["y"]), _month(g["m"]))
        return date and DateMention(start, end, date, None, "month", "stated")
    if kind == "range":
        first, last = int(g["y"]), int(g["y2"])
        if not first < last <= first + 100:
            return None
        return DateMention(start, end, _iso(first), _iso(last), "year", "stated")
    if kind == "month_range":  # "between January and July 2023"; "from November to February 2024" spans the new year
        first, last, year = _month(g["m"]), _month(g["m2"]), int(g["y"])
        start_date = _iso(year - 1 if first > last else year, first)
        end_date = _iso(year, last)
        return start_date and end_date and DateMention(start, end, start_date, end_date, "month", "stated")
    if kind == "day_range":  # "from 3 to 5 March 2023"
        first, last = int(g["d"]), int(g["d2"])
        start_date, end_date = _iso(int(g["y"]), _month(g["m"]), first), _iso(int(g["y"]), _month(g["m"]), last)
        return start_date and end_date and first < last and \
            DateMention(start, end, start_date, end_date, "day", "stated")
    if kind == "decade":
        decade = int(g["y"])
        return DateMention(start, end, _iso(decade), _iso(decade + 9), "year", "stated")
    if kind == "mid_year":
        return DateMention(start, end, _iso(int(g["y"])), None, "year", "stated")
    if kind == "year":
        if _NOT_A_YEAR_BEFORE.search(text[max(0, start - 12) : start]):
            return None
        return DateMention(start, end, _iso(int(g["y"])), None, "year", "stated")
    if kind in ("month_day", "day_month"):
        if g["m"].lower() == "may" and kind == "month_day":
            pass  # "May 5" is a date; the word "may" is excluded by case-sensitivity
        day = int(g["d"])
        if context_year is None:
            return DateMention(start, end, None, None, None, "inferred")
        date = _iso(context_year, _month(g["m"]), day)
        return date and DateMention(start, end, date, None, "day", "inferred")
    if kind == "in_month":
        if document_date is None or len(document_date) < 7:
            return DateMention(start, end, None, None, None, "inferred")
        month, year = _month(g["m"]), context_year
        if month > int(document_date[5:7]):
            year -= 1  # "in April", written in July: the April before
        return DateMention(start, end, _iso(year, month), None, "month", "inferred")
    if kind in ("ago", "last"):
        if document_date is None:
            return DateMention(start, end, None, None, None, "approximate")
        amount = 1 if kind == "last" else (int(g["n"]) if g["n"].isdigit() else NUMBERS[g["n"].lower()])
        date, precision = _shift(document_date, g["unit"].lower(), amount)
        return date and DateMention(start, end, date, None, precision, "approximate")
    return None
