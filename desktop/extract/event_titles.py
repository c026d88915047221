"""An event's title from its own sentence: who (named there) and what (the sentence's own word).

"On 3 March 2023, Judge Koy Sao sentenced Kem Sokha to 27 years under house arrest": the date
opens the sentence, so what happened is the first verb of the clause after it ("sentenced", not
the noun "arrest"), done by Koy Sao to Kem Sokha. "He" and "she" stand for someone named in the
sentence or the sentences just before. Nobody is borrowed from elsewhere in the document: when
the sentence names no one for what happened, its own words say who ("About 200 police
evicted"), or the title is its opening words.
"""

import re
from dataclasses import dataclass

from desktop.extract.dates import lowercase_in_place
from desktop.extract.event_words import SUBORDINATORS, Action, clauses, passive

# Pronouns standing as the subject: "I"/"we" (and "you" in an interview) are the narrator;
# "she"/"he" someone named in the sentence or the sentences just before.
_SUBJECT_PRONOUN = re.compile(r"\b(?P<first>I|[Ww]e|[Yy]ou)\b|\b(?P<third>[Ss]he|[Hh]e)\b")
_SUBORDINATOR = re.compile(r"\b(?:" + "|".join(sorted(SUBORDINATORS)) + r")\b", re.IGNORECASE)
_OBJECT_PRONOUN = re.compile(r"\s*(?:him|her)\b")
_OBJECT_REACH = 40  # characters after the verb where its object's name may start
_QUALIFIED_BY = re.compile(r"\s+(?:of|in|on)\s+(?:the\s+)?$")  # "the elections of 2023", "his arrest on …"
_ADVERBIAL = re.compile(r"^\W*(?:(?:on|in|at|by|since|from|until|during|of|the|early|late|mid|around|about|just"
                        r"|only|some)\W+)*$", re.IGNORECASE)  # what may stand beside a date in a clause that is only it
_OPENING_PHRASE_WORDS = 8  # "A week after the arrests,", "In a letter dated 8 January 2024,": a date opening it
_PREPOSITION = re.compile(r"\b(?:of|in|at|to|from|with|by|for|outside|inside|against|on|into|near|about|over)"
                          r"\s+(?:the\s+)?$", re.IGNORECASE)
_SUBJECT_STOP = {"who", "which", "that", "whose", "outside", "inside", "in", "at", "of", "from", "with", "to", "for",
                 "on", "by", "near", "against", "was", "were", "is", "are", "has", "have", "had", "been", "be",
                 "will", "would", "could", "said"}
_SAID = re.compile(r"\b(?:said|says|told|added|stated|announced|reported)\b")  # "He said two factories had closed"
_REPORTED = re.compile(r"\b(?:said|says|told|added|stated|announced|reported|that)\b")
_AUXILIARIES = re.compile(r"(?:\s+\b(?:had|has|have|was|were|is|are|been|being|be|would|will|could|also|later"
                          r"|then)\b)+\s*$")
# A clause that describes the name before it: nothing, a number, "the …", "a …", "who", "which".
_APPOSITION = re.compile(r"^\s*(?:(?:the|a|an)\s|who\b|which\b|[\d\s]*$|(?:[A-Z][\w'’]*|and|of|for)(?:\s+|$))")
_NAME_THEN_COMMA = re.compile(r"[’']?s?\s*(?:\([^)]{1,30}\))?\s*,(?:\s*\d{1,3}\s*,)?\s*")
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|or|then)\s+", re.IGNORECASE)
_CLAUSE_WORDS = {"who", "which", "that", "whose", "to", "and", "but", "when", "while", "after", "before"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its"}
SUBJECT_WORDS = 10  # at most, in a subject told in the sentence's own words
SUBJECT_REACH = 300  # characters before its verb where a subject is looked for
PRONOUN_REACH = 4  # sentences back where "he"/"she" may find the one it stands for


@dataclass(frozen=True)
class Context:
    """What a title may name: the sentence's entities (id, offset in the sentence), id → (name,
    kind), the narrator ("I"), and who "he"/"she" stands for here (or None)."""

    local: list[tuple[str, int]]
    names: dict[str, tuple[str, str]]
    narrator: str | None
    referent: str | None


@dataclass(frozen=True)
class Choice:
    action: Action
    opening_end: int | None = None  # where the date's opening phrase ends ("On 3 March 2023,")


def choose_action(sentence: str, date_start: int, date_end: int, found: list[Action]) -> Choice | None:
    """What happened at this date: a word the date qualifies ("the 2018 election"); after a date
    opening the sentence ("On 3 March 2023,") the first verb of the clause after it; else the
    best word of the date's clause; else the most telling word of the sentence."""
    if not found:
        return None
    spans = clauses(sentence, date_start, date_end)
    number = next(i for i, (start, end, _sub) in enumerate(spans) if start <= date_start < end or i == len(spans) - 1)
    start, end, _subordinate = spans[number]
    qualified = [a for a in found if a.telling and (0 <= a.at - date_end <= 2 or (
        0 <= date_start - a.end <= 12 and _QUALIFIED_BY.match(sentence[a.end : date_start])))]
    if qualified and not any(max(start, qualified[0].at - 30) <= a.at < qualified[0].at and a.is_verb and not a.light
                             for a in found):
        return Choice(qualified[0])  # "the 2018 election", unless a verb says what was done with it
    if _opening_phrase(sentence, (start, end), (date_start, date_end), found):
        best = _first_after(sentence, found, spans[number + 1 :])
        if best and (start == 0 or not _verb_before(found, start)):
            return Choice(best, end)
    best = _best_in(found, start, end, date_start, date_end) or _nearest_before(found, spans[:number])
    following = spans[number + 1] if number + 1 < len(spans) else None
    if best is None and following and following[2]:  # "…back to 2008, when the government granted…"
        best = _best_after(sentence, found, (following[0], following[1], False))
    if best:
        return Choice(best)
    telling = [a for a in found if a.telling]
    return Choice(min(telling, key=lambda a: (a.rank, abs(a.at - date_start)))) if telling else None


def _first_after(sentence: str, found: list[Action], spans) -> Action | None:
    for clause in spans:
        best = _best_after(sentence, found, clause)
        if best:
            return best
    return None


def _verb_before(found: list[Action], at: int) -> bool:
    return any(a.is_verb and not a.light and a.at < at for a in found)


def _nearest_before(found: list[Action], spans) -> Action | None:
    """The verb of the nearest clause before the date's, when the date's has none ("Police
    arrested Sam Vuthy, 27, on 18 March 2024"): what happened on it."""
    for start, end, _subordinate in reversed(spans):
        verbs = [a for a in found if start <= a.at < end and a.is_verb and (a.telling or not a.light)]
        if verbs:
            return verbs[-1]
    return None


def _opening_phrase(sentence: str, clause: tuple[int, int], date: tuple[int, int], found: list[Action]) -> bool:
    """Whether the date's clause is only the date ("in November 2017,"), or opens the sentence
    with a few words more and no verb before a comma ("A week after the arrests,")."""
    (start, end), (date_start, date_end) = clause, date
    if _ADVERBIAL.match(sentence[start:date_start] + " " + sentence[date_end:end]):
        return True
    return start == 0 and sentence[end : end + 1] == "," \
        and len(sentence[:date_start].split()) + len(sentence[date_end:end].split()) <= _OPENING_PHRASE_WORDS \
        and not any(start <= a.at < end and a.is_verb and not date_start <= a.at < date_end for a in found)


def _best_after(sentence: str, found: list[Action], clause: tuple[int, int, bool]) -> Action | None:
    """The verb a clause after the date's opening phrase says happened: its first verb (or the
    telling one it leads to: "was forced to flee"). In a subordinate clause ("who gathered … were
    detained") its own first verb is not it."""
    start, end, subordinate = clause
    verbs = [a for a in found if start <= a.at < end and a.is_verb]
    if subordinate:
        return next((a for a in verbs[1:] if a.telling), None)
    first = next((a for a in verbs if a.telling or not a.light), None) or next(iter(verbs), None)
    if first and not first.telling:
        then = next((a for a in found if a.telling and sentence[first.end : a.at] == " to "), None)
        return then or first
    return first


def _best_in(found: list[Action], start: int, end: int, date_start: int, date_end: int) -> Action | None:
    """The word of the date's clause that says what happened, nearest the date: a telling verb,
    else another verb, else a telling noun ("a 27-year sentence"), else a verb like "received"."""
    inside = [a for a in found if start <= a.at < end and not date_start <= a.at < date_end]
    for wanted in (lambda a: a.telling and a.is_verb, lambda a: not a.telling and not a.light,
                   lambda a: a.telling, lambda a: True):
        chosen = [a for a in inside if wanted(a)]
        if chosen:
            return min(chosen, key=lambda a: abs(a.at - date_start))
    return None


def title(sentence: str, choice: Choice, context: Context) -> str | None:
    """"<who> <what>" (with whom, for an undergone verb done by someone named), or None when the
    sentence names no one for it."""
    action, lowered = choice.action, lowercase_in_place(sentence)
    if action.undergone and action.is_verb and not passive(lowered, action.at):
        undergoer = _object(sentence, action, context)
        if undergoer:
            agent = _agent(sentence, action, context, choice.opening_end)
            return f"{agent} {action.label} {undergoer}" if agent and agent != undergoer \
                else f"{undergoer} {action.label}"
    agent = _agent(sentence, action, context, choice.opening_end)
    return f"{agent} {action.label}" if agent else None


def _object(sentence: str, action: Action, context: Context) -> str | None:
    """The person named (or "him"/"her") just after an undergone verb: the one it happened to."""
    reach = action.end + _OBJECT_REACH
    for entity_id, at in context.local:
        if action.end <= at < reach and context.names[entity_id][1] == "person" \
                and not _SUBORDINATOR.search(sentence, action.end, at) and "," not in sentence[action.end : at]:
            return context.names[entity_id][0]
    return context.referent if _OBJECT_PRONOUN.match(sentence, action.end) else None


def _agent(sentence: str, action: Action, context: Context, opening_end: int | None) -> str | None:
    """Who did it: a pronoun standing as its subject, a name in its clause before it, the
    sentence's own words for its subject, or else a name anywhere before it."""
    pronoun = _pronoun_subject(sentence, action.at, context)
    if pronoun is not None:
        return pronoun or None
    local, names = context.local, context.names
    clause_start = max(opening_end or 0, _comma_before(sentence, action.at))
    sentence_start = max(opening_end or 0, action.at - SUBJECT_REACH)
    for start in dict.fromkeys((clause_start, sentence_start)) if action.is_verb else ():  # its clause, then before
        named = _named_before(sentence, context, start, action.at, start == clause_start) \
            or (_apposed(sentence, context, start, action.at) if start == clause_start else None)
        if named:
            return named
        # who did it, in the sentence's words ("About 200 police evicted")
        words = _words_before(sentence[start : action.at]) or _subject_words(sentence[start : action.at])
        if words:
            return words
    before = [(i, at) for i, at in local if at <= action.at]
    people_before = [(i, at) for i, at in before if names[i][1] == "person"]
    if people_before:  # the person named last before the action
        return names[max(people_before, key=lambda item: item[1])[0]][0]
    if local:
        entity_id, _at = min(local, key=lambda item: abs(item[1] - action.at) + (0 if item[1] <= action.at else 5))
        return names[entity_id][0]
    return None


def _apposed(sentence: str, context: Context, start: int, end: int) -> str | None:
    """"Tep Vanny, the activist who was pardoned", "the Constitutional Council, which upheld",
    "Kem Sokha, 70, co-founded": the name just before the clause's comma is who it tells of."""
    between = sentence[start:end]
    if start == 0 or not _APPOSITION.match(between):
        return None
    for entity_id, at in reversed(context.local):
        name = context.names[entity_id][0]
        if at < start and _NAME_THEN_COMMA.fullmatch(sentence, at + len(name), start):
            return name
    return None


def _named_before(sentence: str, context: Context, start: int, end: int, organizations: bool) -> str | None:
    """The person named last (or else, if ``organizations``, the organization named first) in
    ``[start, end)`` and not after a preposition ("outside the Phnom Penh Municipal Court")."""
    names = context.names
    region = [(i, at) for i, at in context.local if start <= at < end
              and not _PREPOSITION.search(sentence, max(0, at - 16), at)]
    people = [i for i, _at in region if names[i][1] == "person"]
    if people:
        return names[people[-1]][0]
    return names[region[0][0]][0] if region and organizations else None


def _comma_before(sentence: str, at: int) -> int:
    """Where the stretch of the sentence before ``at`` begins: after its last comma or dash (and
    at most a few hundred characters back: a subject is near its verb, and a page-long sentence
    must not be read again for each of its verbs)."""
    return max(at - SUBJECT_REACH, *(sentence.rfind(mark, 0, at) + 1 for mark in ",;:–—"))


def _pronoun_subject(sentence: str, position: int, context: Context) -> str | None:
    """The person a subject pronoun before the action stands for ("" when it stands for no one
    known), or None when no pronoun is its subject."""
    pronouns = list(_SUBJECT_PRONOUN.finditer(sentence, max(0, position - 100), position))
    if not pronouns:
        return None
    pronoun, local, names = pronouns[-1], context.local, context.names
    if any(pronoun.start() <= at < position and names[i][1] == "person" for i, at in local) \
            or _SUBORDINATOR.search(sentence, pronoun.end(), position) \
            or _SAID.search(sentence, pronoun.end(), position):
        return None  # someone named, another clause ("since the party was", "said two factories") between
    if pronoun.group("first"):
        return context.narrator or ""
    named = [i for i, at in local if at < pronoun.start() and names[i][1] == "person"
             and not _PREPOSITION.search(sentence, max(0, at - 16), at)]
    return names[named[0]][0] if named else (context.referent or "")


def _words_before(between: str) -> str | None:
    """"two other factories in Kandal had": the words just before the verb back to the verb or
    clause before them, as the subject, when they read as one (no preposition first, no clause)."""
    cut = max((m.end() for m in _REPORTED.finditer(between)), default=0)
    phrase = _LEADING_CONJUNCTION.sub("", _AUXILIARIES.sub("", between[cut:]).strip(" ,;:“”\"'()*_"))
    words = phrase.split()
    if not words or len(words) > SUBJECT_WORDS or words[0].lower() in _SUBJECT_STOP | _PRONOUNS \
            or words[0].lower().endswith("ing") or any(w.lower() in _CLAUSE_WORDS for w in words):
        return None  # not a subject: "to demand his release", "starting with the Council"
    return phrase[:1].upper() + phrase[1:]


def _subject_words(between: str) -> str | None:
    """"about 200 police and military police": the subject as the sentence says it."""
    words, split = [], _LEADING_CONJUNCTION.sub("", between.strip(" ,;:“”\"'()*_")).split()
    for number, word in enumerate(split):
        word = word.strip(",;:“”\"'()*_–—")
        following = split[number + 1] if number + 1 < len(split) else ""
        after_that = split[number + 2] if number + 2 < len(split) else ""
        names_go_on = following[:1].isupper() or (following == "the" and after_that[:1].isupper())
        if (word.lower() in _SUBJECT_STOP and not (word in ("of", "for", "on") and names_go_on)) \
                or (word.endswith("ed") and word.islower()):
            break  # but "the Court of Appeal", "the Office of the UN High Commissioner" are one subject
        if word:
            words.append(word)
    if not words or len(words) > SUBJECT_WORDS or words[0].lower() in _PRONOUNS or words[0].lower().endswith("ing"):
        return None
    phrase = " ".join(words)
    return phrase[:1].upper() + phrase[1:]


def referent(earlier: list[list[tuple[str, int]]], names: dict[str, tuple[str, str]]) -> str | None:
    """Who "he"/"she" stands for: the first person named in the nearest of the sentences before
    (nearest last) that names a person."""
    for local in reversed(earlier[-PRONOUN_REACH:]):
        people = [entity_id for entity_id, _at in local if names[entity_id][1] == "person"]
        if people:
            return names[people[0]][0]
    return None
