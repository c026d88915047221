"""Dated happenings: one event per date expression, with who was involved and what happened."""

import bisect
import hashlib
import re
from dataclasses import dataclass, field

from desktop.extract.chunks import text_chunks
from desktop.extract.dates import DateMention, find_dates, lowercase_in_place
from desktop.extract.mentions import Mention

# A sentence ends at . ! ? before a capital (unless the period closes an
# abbreviation or an initial), at the Khmer full stop ។ or end sign ៕ (but
# not inside ។ល។, "etc."), or at a paragraph break.
_SENTENCE_END = re.compile(r"[.!?]+[”\"’)]*(?=\s+[“\"‘(]?[A-Z0-9])|(?<!។ល)[។៕]+(?!ល។)[”\"’»)]*|\n\s*\n")
_KHMER_SIGN = re.compile("[\u17b4-\u17d3\u17dd]")  # vowels and signs, written on the letter before
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"  # Khmer's word breaks, blank at a sentence's ends
_ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "St", "Jr", "No", "Sept", "vs", "Prof", "Gen", "Rev", "Fig"}
_WORD_BEFORE = re.compile(r"(\w+)$")
# What happened, by the words that say it, most telling first. The action in
# the date's own clause wins; otherwise the most telling one in the sentence.
ACTIONS = [
    (r"\barrest(?:ed|s)?\b|\bdetain(?:ed)?\b|\bdetention\b", "arrested"),
    (r"\breleased?\b|\brelease of\b", "released"),
    (r"\bsentenced?\b|\bsentence\b", "sentenced"),
    (r"\bdissolved?\b|\bbanned\b", "dissolved"),
    (r"\bcharged?\b|\bcharges\b|\bwarrants?\b", "charged"),
    (r"\btrials?\b", "on trial"),
    (r"\bexile\b|\bfled\b|\bflee\b|\bfleeing\b|\bforced to leave\b", "in exile"),
    (r"\breturn(?:ed|ing)?\b", "returned"),
    (r"\belections?\b|\belected\b", "election"),
    (r"\bwon\b|\bwinning\b|\bseat\b", "won a seat"),
    (r"\bnominated\b|\bnomination\b", "nominated"),
    (r"\baward\b|\brecipient\b|\bprize\b", "received an award"),
    (r"\bstepped down\b|\bresign(?:ed)?\b|\bquit\b", "stepped down"),
    (r"\bjoined\b|\bentered\b|\bentering\b", "joined"),
    (r"\bformed\b|\bfounded\b|\bestablished\b", "founded"),
    (r"\bprotests?\b|\bprotested\b", "protest"),
    (r"\breview\b|\bscheduled\b", "review scheduled"),
    (r"\bminister\b|\bministry\b", "in office"),
    (r"\blead\b|\bled\b|\bconvened\b", "led"),
]
# All of them in one pattern: one pass over a sentence finds every action word. Matched against
# lowercased text (much faster than a case-insensitive pattern); every word starts at a word
# boundary before a letter, which, tested first, spares trying each word at every character.
_ANY_ACTION = re.compile(r"\b(?=[a-z])(?:" + "|".join(f"(?P<a{rank}>{pattern})"
                                                    for rank, (pattern, _) in enumerate(ACTIONS)) + ")")
_FIRST_PERSON = re.compile(r"\b(?:I|my|me|we|our)\b")
# Pronouns standing as the subject: "I"/"we" (and "you" in an interview) are
# the narrator; "she"/"he" the person the document is mostly about.
_SUBJECT_PRONOUN = re.compile(r"\b(?P<first>I|[Ww]e|[Yy]ou)\b|\b(?P<third>[Ss]he|[Hh]e)\b")
_CLAUSE_BREAK = re.compile(r"[,;:–—]|\band\b|\bwhen\b|\bafter\b|\bbefore\b")


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


def _clause(sentence: str, offset: int) -> tuple[int, int]:
    """The clause of ``sentence`` around ``offset`` (between commas, dashes, "and"…)."""
    start, end = 0, len(sentence)
    for match in _CLAUSE_BREAK.finditer(sentence):
        if match.end() <= offset:
            start = match.end()
        elif match.start() >= offset:
            end = match.start()
            break
    return start, end


def _actions_in(sentence: str) -> list[tuple[int, int, str]]:
    """(rank, position, label) of every action word in a sentence."""
    found = []
    for match in _ANY_ACTION.finditer(lowercase_in_place(sentence)):
        rank = int(match.lastgroup[1:])
        found.append((rank, match.start(), ACTIONS[rank][1]))
    return found


def _action(sentence: str, date_start: int, date_end: int,
            found: list[tuple[int, int, str]] | None = None) -> tuple[str, int] | None:
    """(label, position) of what happened at this date in the sentence."""
    found = _actions_in(sentence) if found is None else found
    if not found:
        return None
    clause_start, clause_end = _clause(sentence, date_start)
    in_clause = [f for f in found if clause_start <= f[1] < clause_end and not date_start <= f[1] < date_end]
    if in_clause:
        _rank, position, label = min(in_clause, key=lambda f: abs(f[1] - date_start))
    else:
        _rank, position, label = min(found, key=lambda f: (f[0], abs(f[1] - date_start)))
    return label, position


def _subject(sentence: str, position: int, local: list[tuple[str, int]], names, author, main_person):
    """Who did it (a name): a pronoun just before the action, or the entity named nearest to it."""
    window_start = max(0, position - 100)
    pronouns = list(_SUBJECT_PRONOUN.finditer(sentence, window_start, position))
    if pronouns:
        pronoun = pronouns[-1]
        named_after = any(pronoun.start() <= at < position and names[entity_id][1] == "person"
                          for entity_id, at in local)
        if not named_after:
            if pronoun.group("first") and author:
                return author
            if pronoun.group("third") and main_person:
                return names[main_person][0]
    before = [(entity_id, at) for entity_id, at in local if at <= position]
    people_before = [(entity_id, at) for entity_id, at in before if names[entity_id][1] == "person"]
    if people_before:  # the person named last before the action
        return names[max(people_before, key=lambda item: item[1])[0]][0]
    if local:
        entity_id, _at = min(local, key=lambda item: abs(item[1] - position) + (0 if item[1] <= position else 5))
        return names[entity_id][0]
    if _FIRST_PERSON.search(sentence) and author:
        return author
    return names[main_person][0] if main_person else None


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
    events = []
    main_person, narrator = people
    ids_by_name = {name: entity_id for entity_id, (name, _kind) in names.items()}
    lowered = lowercase_in_place(text)
    dates = find_dates(text, document_date, lowered)
    if not dates:
        return []
    spans = sentences(text)
    mention_starts = [m.start for m in mentions]
    date_starts = [d.start for d in dates]
    for number, (start, end) in enumerate(spans):
        inside = dates[bisect.bisect_left(date_starts, start) : bisect.bisect_left(date_starts, end)]
        inside = [d for d in inside if d.end <= end]
        if not inside:
            continue
        quote_end = end
        if len(inside) == 1 and not _ANY_ACTION.search(lowered, start, end):
            quote_end = _carried_over_to(text, lowered, spans, number, date_starts)
        sentence = text[start:quote_end]
        if _told_before(sentence, told):
            continue
        nearby = mentions[bisect.bisect_left(mention_starts, start) : bisect.bisect_left(mention_starts, quote_end)]
        local = [(m.entity_id, m.start - start) for m in nearby if m.entity_id in names]
        involved = list(dict.fromkeys(entity_id for entity_id, _ in local))
        actions = _actions_in(sentence)
        for date in inside:
            found = _action(sentence, date.start - start, date.end - start, actions)
            who = list(involved)
            if quote_end != end:  # carried over: the first thing the next sentence says happened
                title = _carried_title(text, end, quote_end, start, local, names)
            elif found:
                action, position = found
                subject = _subject(sentence, position, local, names, narrator, main_person)
                title = f"{subject} {action}" if subject else action.capitalize()
                if subject in ids_by_name and ids_by_name[subject] not in who:
                    who.insert(0, ids_by_name[subject])  # "I", "she": the person is involved
            else:  # no telling word: the sentence speaks for itself
                title = _short(sentence)
            events.append(ExtractedEvent(offset + start, offset + quote_end, offset + date.start,
                                         offset + date.end, date.date, date.end_date,
                                         date.precision, date.certainty, title, " ".join(sentence.split()),
                                         who))
    return events


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
            and _ANY_ACTION.search(lowered, following[0], following[1]) \
            and bisect.bisect_left(date_starts, following[0]) == bisect.bisect_left(date_starts, following[1]):
        return following[1]
    return end


def _carried_title(text: str, first_end: int, quote_end: int, start: int, local, names) -> str:
    _rank, position, action = min(_actions_in(text[first_end:quote_end]), key=lambda found: found[1])
    position += first_end - start
    before = [entity_id for entity_id, at in local if first_end - start <= at < position]
    return f"{names[before[-1]][0]} {action}" if before else action.capitalize()


def _short(sentence: str, limit: int = 60) -> str:
    words = " ".join(sentence.split())
    if len(words) <= limit:
        return words
    cut = limit - 1
    if " " not in words[:cut]:  # unspaced Khmer: not inside a letter's cluster of signs
        while cut > 1 and (_KHMER_SIGN.match(words, cut) or words[cut - 1] == "\u17d2"):
            cut -= 1
    return words[:cut].rsplit(" ", 1)[0] + "…"


__all__ = ["DateMention", "ExtractedEvent", "extract_events", "sentences"]
