"""Khmer dates, at the precision the text gives them (see desktop/extract/dates.py).

The patterns run on ``desktop.khmer.normal``'s form of the text (one spelling for look-alikes,
no zero-width spaces, digits 0-9) and every span is mapped back, so offsets are the original's.
Khmer writes a year after its word (ឆ្នាំ២០២០) or era (គ.ស.២០២០), and a count before its word
(២០០០នាក់): a bare number followed by a word is a count, never a year. Lunar dates and other
eras (ព.ស.២៥៦៤) are date mentions without a date, unless they say the Gregorian date too.
"""

import bisect
import re
from dataclasses import dataclass

from desktop.extract.dates import _KHMER, DateMention, _iso
from desktop.khmer.normal import Normalized, normal_form, normalize

_FINAL_SIGNS = "\u17c7\u17c8\u17cd"  # ះ ៈ ៍: typed one for another, or left out, at a word's end


def _spellings(*words: str) -> str:
    """Words in the normal form, longest first, each with its final sign optional."""
    forms = sorted({normal_form(word).rstrip(_FINAL_SIGNS) for word in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(form) + f"[{_FINAL_SIGNS}]?" for form in forms) + ")"


MONTHS = ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា",
          "វិច្ឆិកា", "ធ្នូ")
_MONTH_NUMBER = {normal_form(name).rstrip(_FINAL_SIGNS): number for number, name in enumerate(MONTHS, 1)}
LUNAR_MONTHS = ("ចេត្រ", "ពិសាខ", "ជេស្ឋ", "អាសាឍ", "បឋមាសាឍ", "ទុតិយាសាឍ", "ស្រាពណ៍", "ភទ្របទ",
                "អស្សុជ", "កត្ដិក", "មិគសិរ", "មិគ្គសិរ", "បុស្ស", "មាឃ", "ផល្គុន")
ANIMAL_YEARS = ("ជូត", "ឆ្លូវ", "ខាល", "ថោះ", "រោង", "ម្សាញ់", "មមី", "មមែ", "វក", "រកា", "ច", "កុរ")
WEEKDAYS = ("ច័ន្ទ", "អង្គារ", "ពុធ", "ពុទ្ធ", "ព្រហស្បតិ៍", "ព្រហស្បត្តិ៍", "សុក្រ", "សៅរ៍", "អាទិត្យ")

_K = "[\u1780-\u17d3\u17dd]"  # a Khmer letter or sign: the word goes on
# Khmer may or may not space its words. Possessive: what follows spaces is never a space, and
# giving spaces back would make a long run of them take quadratic time.
_S = r"[^\S\n]*+"
_SEP = rf"{_S},?{_S}"
_D2 = r"\d{1,2}(?!\d)"
_GM, _LM = _spellings(*MONTHS), _spellings(*LUNAR_MONTHS)
_WEEKDAY = rf"ថ្ងៃ{_S}{_spellings(*WEEKDAYS)}{_SEP}"
_DAY_WORD = rf"(?:ថ្ងៃ{_S}(?:ទី)?|ទី)"
# Eras by their initials (គ.ស. Christian, ព.ស. Buddhist, ម.ស. and ច.ស. the old Khmer ones) or
# in full; only the Christian one counts Gregorian years.
_OTHER_ERAS = _spellings("ពុទ្ធសករាជ", "មហាសករាជ", "ចុល្លសករាជ")
_CE = rf"(?:គ{_S}\.{_S}ស{_S}\.?|{_spellings('គ្រិស្តសករាជ', 'គ្រឹស្តសករាជ')})"
_ERA = rf"(?:{_CE}|[ពមច]{_S}\.{_S}ស{_S}\.?|{_OTHER_ERAS})"
_OTHER_ERA = rf"(?:[ពមច]{_S}\.{_S}ស|{_OTHER_ERAS})"
# What each rule can start with, tested first: the scan skips every other position at once.
_LUNAR_INITIAL = r"(?=[ថខឆពមច\d])"
_MONTH_INITIALS = "".join(sorted({normal_form(name)[0] for name in MONTHS}))
_CALENDAR_INITIAL = rf"(?=[ថទខ\d{_MONTH_INITIALS}])"
_SIDE_INITIAL = rf"(?=[ថទខឆគ\d{_MONTH_INITIALS}])"


def _day(n: str, bare: bool = False) -> str:
    """Day of month: after ថ្ងៃ/ទី, or bare before a month name (or anywhere in a range)."""
    unmarked = "(?<!\\d)" if bare else rf"(?<!\d)(?={_D2}{_S}(?:ខែ{_S})?{_GM})"
    return rf"(?:(?P<dk{n}>{_DAY_WORD}){_S}|{unmarked})(?P<d{n}>{_D2})"


def _month(n: str) -> str:
    """A month after ខែ, by name or number, or a name alone where it is a word of its own."""
    return rf"(?:ខែ{_S}(?:(?P<m{n}>{_GM})|(?P<mn{n}>{_D2}))|(?<!{_K})(?P<mb{n}>{_GM})(?!{_K}))"


def _year(n: str) -> str:
    return rf"(?:(?P<yk{n}>ឆ្នាំ{_S}(?:{_CE}{_S})?|{_CE}{_S}))?(?P<y{n}>\d{{4}})(?!\d)"


def _side(n: str) -> str:
    """One end of a range: any of weekday, day, month, year, in that order."""
    return rf"(?:{_WEEKDAY})?(?:{_day(n, bare=True)}{_SEP})?(?:{_month(n)}{_SEP})?(?:{_year(n)})?"


def _lunar_day(group: str | None) -> str:
    """A waxing (កើត) or waning (រោច) day count."""
    number = rf"(?P<{group}>{_D2})" if group else _D2
    return rf"(?:ថ្ងៃ{_S})?{number}{_S}(?:កើត|រោច)"


def _animal(group: str | None) -> str:
    """An animal year, its word ending there or running on into the decade's ស័ក."""
    names = _spellings(*ANIMAL_YEARS)
    return rf"ឆ្នាំ{_S}{rf'(?P<{group}>{names})' if group else names}(?:(?!{_K})|(?={_S}{_K}{{0,10}}ស័ក))"


_LUNAR = (rf"{_LUNAR_INITIAL}(?=(?:{_WEEKDAY})?"
          rf"(?:{_lunar_day(None)}|ខែ{_S}{_LM}|{_animal(None)}|(?:ឆ្នាំ{_S})?{_OTHER_ERA}))"
          rf"(?P<wd>{_WEEKDAY})?(?:{_lunar_day('ld')}{_SEP})?(?:ខែ{_S}(?P<lm>{_LM}){_SEP})?"
          rf"(?:{_animal('la')}{_SEP})?(?:{_K}{{0,10}}ស័ក{_SEP})?"
          rf"(?:(?:ឆ្នាំ{_S})?(?P<era>{_ERA}){_S}(?P<ey>\d{{1,4}})(?!\d))?"
          # "…, corresponding to" the Gregorian date
          rf"(?:{_SEP}ត្រូវ{_S}នឹង{_S}(?=ថ្ងៃ|ទី|ខែ|ឆ្នាំ|គ|\d)(?:{_WEEKDAY})?(?:{_day('g')}{_SEP})?"
          rf"(?:{_month('g')}{_SEP})?(?:{_year('g')})?)?")
_RANGE_WORD = rf"(?:(?:រហូត{_S})?ដល់|ទៅ|[-–—])"
PATTERNS = [
    ("lunar", _LUNAR),
    ("range", rf"(?:ចាប់{_S})?ពី{_S}{_side('1')}{_S}{_RANGE_WORD}{_S}{_side('2')}"),
    ("range", rf"{_SIDE_INITIAL}(?<![\d/.-]){_side('1')}{_S}[-–—]{_S}{_side('2')}"),
    ("numeric", rf"(?=[ថទ\d])(?<![\d/.-])(?:{_WEEKDAY})?(?:(?P<dk>{_DAY_WORD}){_S})?(?P<d>{_D2})(?P<sep>[/.-])"
                rf"(?P<mn>{_D2})(?P=sep)(?P<y>\d{{4}})(?![\d/.-]\d)"),
    ("numeric", r"(?=\d)(?<![\d/.-])(?P<y>\d{4})-(?P<mn>\d\d)-(?P<d>\d\d)(?![\d/.-]\d)"),
    ("calendar", rf"{_CALENDAR_INITIAL}(?:{_WEEKDAY})?(?:{_day('')}{_SEP})?{_month('')}(?:{_SEP}{_year('')}"
                 rf"|{_SEP}ឆ្នាំ{_S}(?P<rel>មុន|កន្លងទៅ|ទៅ|នេះ)(?!{_K}))?"),
    ("year", rf"(?:ឆ្នាំ{_S}(?:{_CE}{_S})?|{_CE}{_S})(?P<y>\d{{4}})(?!\d)"),
    ("bare", r"(?=\d)(?<![\d.,/:–—-])(?P<y>\d{4})(?!\d|[,.–—/:-]\d)"),
]
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in PATTERNS]
_KHMER_DIGIT = re.compile("[\u17e0-\u17e9]")
_KHMER_LETTER = re.compile("[\u1780-\u17b3]")
# A count: a number before its word or a unit, or after a word that counts (number, page, about…).
_COUNT_AFTER = re.compile(rf"{_S}(?:{_K}|[\u17db$%€])")
_COUNTING_WORDS = ("លេខ", "ទំព័រ", "ចំនួន", "ជាង", "លើស", "ប្រហែល", "ប្រមាណ", "ជិត", "យ៉ាងតិច", "បន្ទប់")
_COUNT_BEFORE = re.compile(rf"{_spellings(*_COUNTING_WORDS)}{_S}$")
_YEAR_WORD_AFTER = re.compile(rf"{_SEP}ឆ្នាំ")
_LAST_YEAR = ("មុន", "កន្លងទៅ", "ទៅ")
COUNT = "count"  # a number taken as a count: not a date, and not a year for the English rules


@dataclass(frozen=True)
class _Context:
    norm: Normalized
    source: str
    document_date: str | None
    year: int | None


def khmer_dates(text: str, document_date: str | None) -> tuple[list[DateMention], list[tuple[int, int]]]:
    """The Khmer date expressions in ``text`` (no two overlapping, longest rule first), and the spans
    of bare numbers that are counts (so no other rule reads them as years). No expression spans a
    line break, so only the lines with Khmer in them are read (and normalised)."""
    found: list[DateMention] = []
    counts: list[tuple[int, int]] = []
    position = 0
    while khmer := _KHMER.search(text, position):
        start = text.rfind("\n", 0, khmer.start()) + 1
        end = text.find("\n", khmer.start())
        end = len(text) if end < 0 else end
        _in_line(text, start, end, document_date, found, counts)
        position = end
    return found, counts


def _in_line(text: str, line_start: int, line_end: int, document_date: str | None,
             found: list[DateMention], counts: list[tuple[int, int]]) -> None:
    """Add the dates and counts of one line of ``text`` to ``found`` and ``counts``."""
    line = text[line_start:line_end]
    norm = normalize(line)
    context = _Context(norm, line, document_date, int(document_date[:4]) if document_date else None)
    line_found = []
    taken_starts: list[int] = []  # accepted spans, sorted and not overlapping
    taken_ends: list[int] = []
    for kind, pattern in _COMPILED:
        for match in pattern.finditer(norm.text):
            start, end = match.start(), match.start() + len(match.group().rstrip().rstrip(",").rstrip())
            i = bisect.bisect_left(taken_starts, end)
            if start == end or (i and taken_ends[i - 1] > start):
                continue  # overlaps a longer, earlier-matched expression
            result = _INTERPRET[kind](match, context)
            if result is None:
                continue
            taken_starts.insert(i, start)
            taken_ends.insert(i, end)
            source_start, source_end = (line_start + at for at in norm.source_span(start, end))
            if result == COUNT:
                counts.append((source_start, source_end))
            else:
                line_found.append(DateMention(source_start, source_end, *result))
    found += sorted(line_found, key=lambda m: m.start)


def _month_of(g: dict, n: str = "") -> int | None:
    name = g.get(f"m{n}") or g.get(f"mb{n}")
    if name:
        return _MONTH_NUMBER[name.rstrip(_FINAL_SIGNS)]
    return int(g[f"mn{n}"]) if g.get(f"mn{n}") else None


def _dated(day: int | None, month: int | None, year: int | None, context: _Context):
    """(date, end_date, precision, certainty) of the parts a Gregorian date gives; a day and month
    without a year take the document's, as the English day_month rule does."""
    if day is not None and month is None:
        return None
    if year is None:
        if month is None:
            return None
        if context.year is None:
            return None, None, None, "inferred"
        date = _iso(context.year, month, day)
        return date and (date, None, "day" if day else "month", "inferred")
    date = _iso(year, month, day)
    precision = "day" if day is not None else "month" if month is not None else "year"
    return date and (date, None, precision, "stated")


def _calendar(match: re.Match, context: _Context):
    """Day, month and year, or any two of them in that order, or a month after ខែ alone."""
    g = match.groupdict()
    day = int(g["d"]) if g["d"] else None
    month, year = _month_of(g), int(g["y"]) if g["y"] else None
    if year is None and _YEAR_WORD_AFTER.match(context.norm.text, match.end()):
        return None  # ខែតុលា ឆ្នាំនោះ, "that year": a year we cannot read
    if g["rel"]:  # ឆ្នាំមុន "last year", ឆ្នាំនេះ "this year": the document's year tells which
        if context.year is None:
            return None, None, None, "inferred"
        dated = _dated(day, month, context.year - (g["rel"] in _LAST_YEAR), context)
        return dated and (*dated[:3], "inferred")
    if year is None and day is None:  # a month alone: ខែតុលា
        return _month_alone(month, context) if g["m"] else None
    return _dated(day, month, year, context)


def _month_alone(month: int, context: _Context):
    """A month without a year, as the English in_month rule reads it: in the document's year, or the
    year before if the month is still to come."""
    if context.document_date is None or len(context.document_date) < 7:
        return None, None, None, "inferred"
    year = context.year - (month > int(context.document_date[5:7]))  # ខែមេសា, written in July
    return _iso(year, month), None, "month", "inferred"


def _year_only(match: re.Match, context: _Context):
    date = _iso(int(match.group("y")))
    return date and (date, None, "year", "stated")


def _bare(match: re.Match, context: _Context):
    """A number with no date word: a count before a word or after a counting word; a year in Khmer
    digits otherwise (a year in 0-9 is left to the English rule)."""
    text, start, end = context.norm.text, match.start(), match.end()
    if _COUNT_AFTER.match(text, end) or _COUNT_BEFORE.search(text, max(0, start - 12), start):
        return COUNT
    source = context.source[slice(*context.norm.source_span(start, end))]
    if not _KHMER_DIGIT.search(source):
        return None
    return _year_only(match, context)


def _numeric(match: re.Match, context: _Context):
    """dd/mm/yyyy, day first as Cambodia writes it, where the text around it is Khmer."""
    source_start, source_end = context.norm.source_span(*match.span())
    around = context.source[max(0, source_start - 30) : source_end + 30]
    if not (_KHMER_DIGIT.search(context.source, source_start, source_end) or _KHMER_LETTER.search(around)):
        return None
    return _dated(int(match.group("d")), int(match.group("mn")), int(match.group("y")), context)


def _range(match: re.Match, context: _Context):
    """From one partial date to another: each end takes what it leaves out from the other."""
    g = match.groupdict()
    ends = []
    for n in "12":
        ends.append([int(g[f"d{n}"]) if g[f"d{n}"] else None, _month_of(g, n),
                     int(g[f"y{n}"]) if g[f"y{n}"] else None])
    (d1, m1, y1), (d2, m2, y2) = ends
    if all(v is None for v in ends[0]) or all(v is None for v in ends[1]):
        return None
    marked = any(g[f"{k}{n}"] for k in ("dk", "m", "mb", "mn", "yk") for n in "12")
    if not marked and (d1 or d2 or _COUNT_AFTER.match(context.norm.text, match.end())):
        return None  # "ពី ១៨០០ ដល់ ២០០០ នាក់": counts
    m1, m2 = m1 or m2, m2 or m1
    if (d1 or d2) and not m1:
        return None  # days of no month
    year_missing = y1 is None
    y1, y2 = y1 or y2, y2 or y1
    if year_missing and y1 and m1 and (m1, d1 or 0) > (m2, d2 or 0):
        y1 -= 1  # "from December to January 2021": the December before
    precision = "day" if d1 and d2 else "month" if m1 else "year"  # what both ends give
    first = _dated(d1 if precision == "day" else None, m1 if precision != "year" else None, y1, context)
    last = _dated(d2 if precision == "day" else None, m2 if precision != "year" else None, y2, context)
    if not first or not last:
        return None
    if first[0] is None:
        return first  # no year anywhere, and no document year to take
    return (first[0], last[0], precision, first[3]) if first[0] < last[0] else None


def _lunar(match: re.Match, context: _Context):
    """Lunar dates stay undated, unless they also give the Gregorian date ("ត្រូវនឹង…")."""
    g = match.groupdict()
    era = g["era"] and g["era"][0]
    if not (g["lm"] or g["la"] or (era and era != "គ") or (g["ld"] and g["wd"])):
        return None  # "៣ កើតឡើង": "3 happened", not a lunar day
    if g["ld"] and not 1 <= int(g["ld"]) <= 15:
        return None
    if g["dg"] or g["mg"] or g["mbg"] or g["mng"] or g["yg"]:
        day, year = int(g["dg"]) if g["dg"] else None, int(g["yg"]) if g["yg"] else None
        return _dated(day, _month_of(g, "g"), year, context)
    if era == "គ":
        return _dated(None, None, int(g["ey"]), context)
    return None, None, None, "stated"


_INTERPRET = {"lunar": _lunar, "range": _range, "numeric": _numeric, "calendar": _calendar,
              "year": _year_only, "bare": _bare}
