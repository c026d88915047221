"""Dates the text counts from another date it gave: "two weeks later", "the next day", "that month".

"On 3 March 2023 the court sentenced him. Two weeks later, he was released": the release is
2023-03-17, counted from the date of the nearest sentence before that gives one (its most
precise date), marked approximate, with that date recorded as the anchor. Precision never exceeds
what the anchor and the phrase give: days from a day are a day, months from a day or a month are
a month, years are a year, and anything from a year alone is a year. "Yesterday" and "today"
count from the document's own date. Vague amounts ("weeks later", "a few days later") are not resolved.
"""

import bisect
import datetime
import re
from itertools import islice, takewhile

from desktop.extract.dates import DateMention

_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_AMOUNT = r"(?P<n>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
# Matched against the lowercased text.
# The unit and its direction first ("weeks later"), then the amount before them: the scan skips
# every position that cannot start a unit at once.
_COUNTED = re.compile(r"(?=[dwmy])\b(?P<unit>day|week|month|year)s?\s+(?P<way>later|after|afterwards|on|earlier)\b")
_AMOUNT_BEFORE = re.compile(rf"\b{_AMOUNT}[\s-]+$")
_OPENING = re.compile(r"(?:^|[.!?:;]\s+|\n)[\"“‘(]?(?:just\s+|only\s+|some\s+|about\s+)?$")  # a sentence's start
_NEXT = re.compile(r"\b(?P<way>next|following|previous|preceding)\s+(?P<unit>day|week|month|year)\b"
                   r"|\b(?P<unit2>day)\s+(?P<way2>after)\b")  # after "the": "next year" alone is the document's
_SAME = re.compile(r"(?=[let])\b(?:(?:later|earlier)\s+)?(?:that(?:\s+same)?|the\s+same)\s+(?P<unit>day|month|year)\b")
_YESTERDAY = re.compile(r"(?=y)\byesterday\b")
# "The court today began hearing…": the day the document is dated; not "today's", "until today".
_TODAY = re.compile(r"\btoday\b(?!['’]s)")
_NOT_THIS_DAY = ("until ", "to ", "of ")  # before "today": up to now, not a day
_EVENT_NOUN = re.compile(r"\s+(?:the|his|her|their|its)\s+(?P<noun>[a-z]{5,})")
_STEM = 5  # letters a word shares with the one it names: "eviction", "evicted"
_NAMED_REACH = 6  # dates back where the happening "a week after the …" names may be told
_FINEST = {"day": 0, "month": 1, "year": 2}
_UNIT_PRECISION = {"day": "day", "week": "day", "month": "month", "year": "year"}


def with_relative_dates(lowered: str, dates: list[DateMention], sentence_starts: list[int],
                        document_date: str | None) -> list[DateMention]:
    """``dates`` with the relative expressions of the text (``lowered``: lowercased) added,
    resolved where they can be; ``sentence_starts``: where each sentence starts, in order.
    ``dates`` should hold only dates of happenings (not "the 2009 Penal Code")."""
    found = list(dates)  # in order: each resolved one may be counted from in turn ("the next day")
    starts = [d.start for d in found]
    for start, end, amount, unit in sorted(_relative_expressions(lowered)):
        i = bisect.bisect_left(starts, end)
        if i and found[i - 1].end > start:
            continue  # inside a date already read ("the year 2017")
        if unit in ("yesterday", "today"):
            mention = _from_document(start, end, amount, document_date)
            if mention is None:
                continue
        else:
            anchor = _anchor_named(lowered, (found, starts), sentence_starts, start, end) \
                or _anchor(found, starts, sentence_starts, start)
            date, precision = _counted(anchor, amount, unit) if anchor else (None, None)
            if not date:
                continue
            mention = DateMention(start, end, date, None, precision, "approximate", anchor=anchor.start)
        found.insert(i, mention)
        starts.insert(i, start)
    return found


def _relative_expressions(lowered: str):
    """(start, end, signed amount, unit) of every relative expression, in no particular order.
    Each pattern is tried only where a word it needs is in the text (most texts have none)."""
    for match in _COUNTED.finditer(lowered) if _has(lowered, ("later", "after", "earlier", " on")) else ():
        amount = _AMOUNT_BEFORE.search(lowered, max(0, match.start() - 14), match.start())
        if amount is None:
            continue  # "weeks later", "a few days later": no amount to count
        if match["way"] == "after" and not _OPENING.search(lowered, max(0, amount.start() - 12), amount.start()):
            continue  # "three years after the party was dissolved" counts from that, not the date before
        number = amount["n"]
        count = int(number) if number.isdigit() else _NUMBER_WORDS[number]
        yield amount.start(), match.end(), -count if match["way"] == "earlier" else count, match["unit"]
    for match in _NEXT.finditer(lowered) if _has(lowered, ("next", "following", "previous", "preceding", "day after")) \
            else ():
        start = match.start() - 4
        if lowered[start : start + 4] in ("the ", "the\n"):
            way = match["way"] or match["way2"]
            yield start, match.end(), -1 if way in ("previous", "preceding") else 1, match["unit"] or match["unit2"]
    for match in _SAME.finditer(lowered) if _has(lowered, (" day", " month", " year")) else ():
        yield match.start(), match.end(), 0, match["unit"]
    for match in _YESTERDAY.finditer(lowered) if "yesterday" in lowered else ():
        yield match.start(), match.end(), -1, "yesterday"
    for match in _TODAY.finditer(lowered) if "today" in lowered else ():
        if not lowered[max(0, match.start() - 6) : match.start()].endswith(_NOT_THIS_DAY):
            yield match.start(), match.end(), 0, "today"


def _has(lowered: str, words: tuple[str, ...]) -> bool:
    return any(word in lowered for word in words)


def _anchor_named(lowered: str, dated: tuple[list[DateMention], list[int]], sentence_starts: list[int],
                  start: int, end: int) -> DateMention | None:
    """"A week after the eviction": the date of the nearest sentence before that tells of it (a
    word of the same stem, "evicted"), if one of the few before does."""
    if not lowered.startswith("after", end - 5):
        return None
    noun = _EVENT_NOUN.match(lowered, end)
    if noun is None:
        return None
    stem, (dates, starts) = noun["noun"][:_STEM], dated
    stated = (d for d in _back_from(dates, bisect.bisect_left(starts, start))
              if d.date is not None and d.end <= start and d.certainty != "approximate")
    for date in islice(stated, _NAMED_REACH):  # nearest first
        number = bisect.bisect_right(sentence_starts, date.start) - 1
        opening = sentence_starts[number] if number >= 0 else 0
        closing = sentence_starts[number + 1] if number + 1 < len(sentence_starts) else len(lowered)
        if lowered.find(stem, opening, closing) >= 0:
            return _anchor(dates, starts, sentence_starts, closing)
    return None


def _anchor(dates: list[DateMention], starts: list[int], sentence_starts: list[int], at: int) -> DateMention | None:
    """The date counted from: the most precise date of the nearest sentence before ``at`` (or of
    its own sentence, before it) that gives one."""
    before = (d for d in _back_from(dates, bisect.bisect_left(starts, at)) if d.date is not None and d.end <= at)
    last = next(before, None)  # walked back from ``at``: only the dates of one sentence are read
    if last is None:
        return None
    sentence = bisect.bisect_right(sentence_starts, last.start) - 1
    opening = sentence_starts[sentence] if sentence >= 0 else 0
    same_sentence = [last, *takewhile(lambda d: d.start >= opening, before)]
    return min(same_sentence, key=lambda d: (_FINEST[d.precision or "year"], -d.start))  # the last, if equal


def _back_from(dates: list[DateMention], i: int):
    """``dates[i - 1]``, ``dates[i - 2]``… without copying the list."""
    return (dates[k] for k in range(i - 1, -1, -1))


def _counted(anchor: DateMention, amount: int, unit: str) -> tuple[str | None, str | None]:
    """(date, precision) ``amount`` units from the anchor (its end, counting forward from a period)."""
    base = anchor.end_date if amount > 0 and anchor.end_date else anchor.date
    precision = _coarser(anchor.precision or "year", _UNIT_PRECISION[unit])
    year = int(base[:4])
    month = int(base[5:7]) if len(base) >= 7 else 1
    day = int(base[8:10]) if len(base) >= 10 else 1
    if precision == "day":
        try:
            shifted = datetime.date(year, month, day) + datetime.timedelta(days=amount * (7 if unit == "week" else 1))
        except (ValueError, OverflowError):
            return None, None  # not a calendar day ("31 February")
        return shifted.isoformat(), "day"
    months = {"day": round(amount / 30.4), "week": round(amount * 7 / 30.4), "month": amount, "year": 12 * amount}
    total = year * 12 + month - 1 + months[unit]
    if precision == "month":
        return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
    return f"{total // 12:04d}", "year"


def _coarser(first: str, second: str) -> str:
    return first if _FINEST[first] >= _FINEST[second] else second


def _from_document(start: int, end: int, days: int, document_date: str | None) -> DateMention | None:
    """"Yesterday" (``days`` -1) or "today" (0), counted from a document dated to the day; "yesterday"
    in a document dated to a month is that month at best, and "today" in one is no date at all."""
    if document_date is None or (days == 0 and len(document_date) < 10):
        return None if days == 0 else DateMention(start, end, None, None, None, "approximate")
    if len(document_date) >= 10:
        try:
            day = datetime.date.fromisoformat(document_date[:10]) + datetime.timedelta(days=days)
        except (ValueError, OverflowError):
            return DateMention(start, end, None, None, None, "approximate")
        return DateMention(start, end, day.isoformat(), None, "day", "approximate")
    precision = "month" if len(document_date) >= 7 else "year"
    return DateMention(start, end, document_date, None, precision, "approximate")
