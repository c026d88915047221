"""Dated happenings: one event per date expression, with who was involved and what happened."""

import bisect
import hashlib
import re
from dataclasses import dataclass, field, replace

from desktop.extract.chunks import text_chunks
from desktop.extract.dates import DateMention, find_dates, lowercase_in_place
from desktop.extract.event_titles import PRONOUN_REACH, Context, choose_action, referent, title
from desktop.extract.event_words import ANY_ACTION, actions_in
from desktop.extract.mentions import Mention
from desktop.extract.relative_dates import with_relative_dates

# A sentence ends at . ! ? before a capital (unless the period closes an
# abbreviation or an initial), at the Khmer full stop ។ or end sign ៕ (but
# not inside ។ល។, "etc."), at a paragraph break, or where a list's item starts.
_SENTENCE_END = re.compile(r"[.!?]+[”\"’)]*(?=\s+(?:[-*+•]\s+|\d+[.)]\s+)?[*_]{0,2}[“\"‘(]?[A-Z0-9])"
                           r"|(?<!។ល)[។៕]+(?!ល។)[”\"’»)]*|\n\s*\n|\n(?=[ \t]*(?:[-*+•]|\d+[.)])[ \t])")
_KHMER_SIGN = re.compile("[\u17b4-\u17d3\u17dd]")  # vowels and signs, written on the letter before
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"  # Khmer's word breaks, blank at a sentence's ends
_ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "St", "Jr", "No", "Sept", "vs", "Prof", "Gen", "Rev", "Fig"}
_WORD_BEFORE = re.compile(r"(\w+)$")
_FIRST_PERSON = re.compile(r"\bI\b")
_MARKUP = re.compile(r"^\s*(?:[-*+•>#]+|\d{1,3}[.)])\s+|\*\*|__")  # a list's mark, a heading's, emphasis
TITLE_REACH = 600  # characters either side of a date where its title's words are looked for
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|her)\b")  # only then are the sentences before looked at
_CAPITALISED_NEXT = re.compile(r" (?!(?:January|February|March|April|May|June|July|August|September|October|November"
                               r"|December)\b)[A-Z][a-z]")
# A piece with no date in it has nothing to count from, but "yesterday" counts from the document's.
_COUNTS_FROM_THE_DOCUMENT = re.compile(r"\b(?:yesterday|today)\b")
@dataclass
class ExtractedEvent:
    start: int            # the sentence (quote) in the reading text
    end: int
    date_start: int       # the date expression
    date_end: int
    date: str | None
    end_date: str | None
    precision: str | None
    certainty: str
    title: str
    summary: str
    entities: list[str] = field(default_factory=list)
    # A relative date ("two weeks later"): the sentence it counts from, in the reading text.
    anchor_start: int | None = None
    anchor_end: int | None = None


def sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.group()[0] == ".":
            word = _WORD_BEFORE.search(text, max(0, match.start() - 6), match.start())
            if word and (word.group(1) in _ABBREVIATIONS or (len(word.group(1)) == 1 and word.group(1).isupper())):
                continue
        end = match.start() + len(match.group().rstrip())
        spans.append(_trim(text, start, end))
        start = match.end()
    spans.append(_trim(text, start, len(text)))
    return [(start, end) for start, end in spans if start < end]  # not the blank between two ends


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _ZERO_WIDTH):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _ZERO_WIDTH):
        end -= 1
    return start, end


def extract_events(text: str, mentions: list[Mention], names: dict[str, tuple[str, str]],
                   document_date: str | None, author: str | None = None) -> list[ExtractedEvent]:
    """Events in a document's reading text, a piece at a time (see desktop/extract/chunks.py).

    :param mentions: entity mentions in the text, in order (to know who is involved).
    :param names: entity id → (name, kind).
    :param document_date: the catalog's date (partial ISO), for relative and year-less dates.
    :param author: who "I" is in a first-person text.
    """
    people = _main_person_and_narrator(mentions, names, author)
    starts = [m.start for m in mentions]
    events: list[ExtractedEvent] = []
    told: set[bytes] = set()
    for start, end in text_chunks(text):
        inside = mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        local = [Mention(m.entity_id, m.start - start, m.end - start) for m in inside]
        events += _events_in(text[start:end], start, local, names, document_date, people, told)
    return events


def _told_before(sentence: str, told: set[bytes]) -> bool:
    """Whether the document already said this dated sentence word for word: it is one event, however
    often a text repeats it (a summary repeating the body, a page footer, a padded file)."""
    digest = hashlib.blake2b(sentence.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    if digest in told:
        return True
    told.add(digest)
    return False


def _events_in(text: str, offset: int, mentions: list[Mention], names: dict[str, tuple[str, str]],
               document_date: str | None, people: tuple[str | None, str | None],
               told: set[bytes]) -> list[ExtractedEvent]:
    """The events of ``text``, a piece of the document starting at ``offset``; ``people``: the
    document's main person and narrator; ``told``: the dated sentences the document said before."""
    lowered = lowercase_in_place(text)
    dates = [d for d in find_dates(text, document_date, lowered) if not _names_a_thing(text, d)]
    if not dates and not _COUNTS_FROM_THE_DOCUMENT.search(lowered):
        return []
    spans = sentences(text)
    sentence_starts = [start for start, _end in spans]
    dates = with_relative_dates(lowered, dates, sentence_starts, document_date)
    mention_starts = [m.start for m in mentions]
    date_starts = [d.start for d in dates]

    def entities_in(start: int, end: int) -> list[tuple[str, int]]:
        nearby = mentions[bisect.bisect_left(mention_starts, start) : bisect.bisect_left(mention_starts, end)]
        return [(m.entity_id, m.start - start) for m in nearby if m.entity_id in names]

    narrator_id = next((i for i, (name, kind) in names.items() if name == people[1] and kind == "person"), None) \
        if people[1] else None
    events = []
    for number, (start, end) in enumerate(spans):
        inside = dates[bisect.bisect_left(date_starts, start) : bisect.bisect_left(date_starts, end)]
        inside = [d for d in inside if d.end <= end]
        if not inside:
            continue
        quote_end, actions = end, actions_in(text[start:end], lowered[start:end])
        if len(inside) == 1 and not any(a.telling or not a.light for a in actions):
            quote_end = _carried_over_to(text, lowered, spans, number, date_starts)
        sentence = text[start:quote_end]
        if _told_before(sentence, told):
            continue
        local = entities_in(start, quote_end)
        earlier = [entities_in(*span) for span in spans[max(0, number - PRONOUN_REACH) : number]] \
            if _THIRD_PERSON.search(lowered, start, quote_end) else []
        context = Context(local, names, people[1], referent(earlier, names))
        involved = list(dict.fromkeys(entity_id for entity_id, _ in local))  # named in the sentence
        if narrator_id and narrator_id not in involved and _narrated(sentence):
            involved.insert(0, narrator_id)  # "I went into exile": the author says it of themself
        for date in inside:
            if quote_end != end:  # carried over: the first thing the next sentence says happened
                title = _carried_title(text, end, quote_end, start, local, names)
            else:
                title = _title(sentence, date.start - start, date.end - start, actions, context)
            anchor = _sentence_at(spans, sentence_starts, date.anchor)
            events.append(ExtractedEvent(offset + start, offset + quote_end, offset + date.start,
                                         offset + date.end, date.date, date.end_date,
                                         date.precision, date.certainty, title, " ".join(sentence.split()),
                                         list(involved), *((offset + anchor[0], offset + anchor[1]) if anchor
                                                           else (None, None))))
    return events


def _narrated(sentence: str) -> bool:
    """Whether the narrator says "I" in the sentence, outside anyone's quoted words."""
    for found in _FIRST_PERSON.finditer(sentence):
        before = sentence[: found.start()]
        if before.count("“") <= before.count("”") and before.count('"') % 2 == 0:
            return True
    return False


def _names_a_thing(text: str, date: DateMention) -> bool:
    """A year in a name ("the 2009 Penal Code", "the 2014 Law on Associations") dates no happening."""
    return date.precision == "year" and date.end_date is None and text[max(0, date.start - 4) : date.start] == "the " \
        and _CAPITALISED_NEXT.match(text, date.end) is not None


def _title(sentence: str, date_start: int, date_end: int, actions, context: Context) -> str:
    """Who did or underwent what the sentence says happened at this date, or, when the sentence
    names no one for it, its own opening words (after a date opening it: its main clause's)."""
    opening = sentence
    if len(sentence) > 2 * TITLE_REACH:  # a page-long "sentence": only the words around this date
        sentence, date_start, date_end, actions, context = _around(sentence, date_start, date_end, actions, context)
    choice = choose_action(sentence, date_start, date_end, actions)
    said = title(sentence, choice, context) if choice else None
    if said:
        return said
    if choice and choice.opening_end is not None:
        rest = sentence[choice.opening_end :].lstrip(" ,")
        return _short(rest[:1].upper() + rest[1:])
    return _short(opening)


def _around(sentence: str, date_start: int, date_end: int, actions, context: Context):
    """The stretch of ``sentence`` within TITLE_REACH characters of the date, with the date, the
    actions and the names in it counted from its start: a title's words are near its date, and a
    sentence of many dates is then read once per date in a stretch, not whole (never quadratic in it)."""
    lo, hi = max(0, date_start - TITLE_REACH), min(len(sentence), date_end + TITLE_REACH)
    starts = [a.at for a in actions]
    near = [a._replace(at=a.at - lo, end=a.end - lo)
            for a in actions[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)] if a.end <= hi]
    at = [offset for _entity, offset in context.local]
    local = [(entity, offset - lo) for entity, offset in context.local[bisect.bisect_left(at, lo) :
                                                                       bisect.bisect_left(at, hi)]]
    return sentence[lo:hi], date_start - lo, date_end - lo, near, replace(context, local=local)


def _sentence_at(spans, sentence_starts: list[int], at: int | None) -> tuple[int, int] | None:
    if at is None:
        return None
    return spans[max(0, bisect.bisect_right(sentence_starts, at) - 1)]


def _main_person_and_narrator(mentions: list[Mention], names: dict[str, tuple[str, str]],
                              author: str | None) -> tuple[str | None, str | None]:
    """The person mentioned most, and who "I" is: the author when the author is a known person;
    otherwise (an interview credited to an organization) the person the text is about."""
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
    main_person = max((i for i in counts if names.get(i, ("", ""))[1] == "person"),
                      key=lambda i: counts[i], default=None)
    people_names = {name for name, kind in names.values() if kind == "person"}
    narrator = author if author in people_names else (names[main_person][0] if main_person else author)
    return main_person, narrator


def _carried_over_to(text: str, lowered: str, spans, number: int, date_starts: list[int]) -> int:
    """Where the quote of an action-less dated sentence ends. "Something happened in April … In
    Lowell, the community organized a protest": the next sentence (undated, same paragraph) says
    what happened, and the quote covers both."""
    end = spans[number][1]
    following = spans[number + 1] if number + 1 < len(spans) else None
    if following and "\n" not in text[end : following[0]] \
            and ANY_ACTION.search(lowered, following[0], following[1]) \
            and bisect.bisect_left(date_starts, following[0]) == bisect.bisect_left(date_starts, following[1]):
        return following[1]
    return end


def _carried_title(text: str, first_end: int, quote_end: int, start: int, local, names) -> str:
    found = actions_in(text[first_end:quote_end])
    first = min(found, key=lambda a: (not a.telling, a.at))
    position, action = first.at + first_end - start, first.label
    before = [entity_id for entity_id, at in local if first_end - start <= at < position]
    return f"{names[before[-1]][0]} {action}" if before else action.capitalize()


def _short(sentence: str, limit: int = 60) -> str:
    words = " ".join(_MARKUP.sub("", sentence).split())
    if len(words) <= limit:
        return words
    cut = limit - 1
    if " " not in words[:cut]:  # unspaced Khmer: not inside a letter's cluster of signs
        while cut > 1 and (_KHMER_SIGN.match(words, cut) or words[cut - 1] == "\u17d2"):
            cut -= 1
    return words[:cut].rsplit(" ", 1)[0] + "…"


__all__ = ["DateMention", "ExtractedEvent", "extract_events", "sentences"]
