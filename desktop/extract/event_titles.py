"""An event's title from its own sentence: who (named there) and what (the sentence's own word).

"On 3 March 2023, Judge Koy Sao sentenced him to 27 years under house arrest": the date opens
the sentence, so what happened is its first verb after the date ("sentenced", not the noun
"arrest"); "sentenced" happens to someone, so the title names the one sentenced ("him": the
person the sentences before were about), not the judge. Nobody is borrowed from elsewhere in the
document: when the sentence names no one who did or underwent it, and no pronoun points back to
someone named just before, the title is the sentence's own opening words.
"""

import re
from dataclasses import dataclass
from typing import NamedTuple

from desktop.extract.dates import lowercase_in_place

# What happened, by the words that say it, most telling first; "undergone": the title names who
# it happened to (the one arrested), not who did it.
ACTIONS = [
    (r"\barrest(?:ed|s)?\b|\bdetain(?:ed|s)?\b|\bdetention\b|\btaken into custody\b", "arrested", True),
    (r"\breleased?\b|\brelease of\b|\bfreed\b|\bset free\b", "released", True),
    (r"\bsentenced?\b|\bsentence\b", "sentenced", True),
    (r"\bconvicted\b|\bconviction\b|\bfound guilty\b", "convicted", True),
    (r"\bacquitted\b|\bacquittal\b", "acquitted", True),
    (r"\bdissolved?\b|\bbanned\b", "dissolved", False),
    (r"\bcharged?\b|\bcharges\b|\bwarrants?\b|\bindicted\b|\bindictment\b", "charged", True),
    (r"\bsummon(?:ed|s)\b|\bsummonses\b", "summoned", True),
    (r"\bquestioned\b|\binterrogated\b", "questioned", True),
    (r"\bupheld\b|\bupholds?\b", "upheld", False),
    (r"\bappealed\b", "appealed", False),
    (r"\bpardon(?:ed|s)?\b", "pardoned", True),
    (r"\bfined\b", "fined", True),
    (r"\bdeported\b|\bdeportation\b|\bextradited\b", "deported", True),
    (r"\bkilled\b|\bmurdered\b|\bshot dead\b|\bassassinated\b", "killed", True),
    (r"\battacked\b|\bassaulted\b|\bbeaten\b", "attacked", True),
    (r"\bevicted\b|\beviction\b|\bdemolished\b", "evicted", True),
    (r"\btrials?\b", "on trial", True),
    (r"\bexile\b|\bfled\b|\bflee\b|\bfleeing\b|\bforced to leave\b", "in exile", False),
    (r"\breturn(?:ed|ing)?\b", "returned", False),
    (r"\belections?\b|\belected\b", "election", False),
    (r"\bwon\b|\bwinning\b|\bseat\b", "won a seat", False),
    (r"\bnominated\b|\bnomination\b", "nominated", True),
    (r"\baward\b|\brecipient\b|\bprize\b", "received an award", False),
    (r"\bstepped down\b|\bresign(?:ed)?\b|\bquit\b", "stepped down", False),
    (r"\bpublished\b", "published", False),
    (r"\bsuspended\b", "suspended", True),
    (r"\brevoked\b", "revoked", True),
    (r"\bshut down\b|\bclosed down\b", "shut down", True),
    (r"\bjoined\b|\bentered\b|\bentering\b", "joined", False),
    (r"\bformed\b|\bfounded\b|\bestablished\b", "founded", False),
    (r"\bprotests?\b|\bprotested\b|\bdemonstrat(?:ed|ion|ions)\b|\bmarched\b", "protest", False),
    (r"\bdied\b|\bpassed away\b", "died", False),
    (r"\breview\b|\bscheduled\b", "review scheduled", False),
    (r"\bminister\b|\bministry\b", "in office", False),
    (r"\blead\b|\bled\b|\bconvened\b", "led", False),
]


def _one_pattern(actions) -> re.Pattern:
    """All of them in one pattern: one pass over a sentence finds every action word. Matched
    against lowercased text (much faster than a case-insensitive pattern). The words are grouped
    by their first letter, each group behind a lookahead for it, so at each word only the few
    words with its first letter are tried (twice as fast as trying every word in turn)."""
    by_letter: dict[str, list[str]] = {}
    for rank, (pattern, _label, _undergone) in enumerate(actions):
        for number, word in enumerate(_alternatives(pattern)):
            body = word.removeprefix(r"\b")
            by_letter.setdefault(body[0], []).append(f"(?P<a{rank}_{number}>{body})")
    groups = (f"(?={letter})(?:{'|'.join(words)})" for letter, words in sorted(by_letter.items()))
    return re.compile(r"\b(?:" + "|".join(groups) + ")")


def _alternatives(pattern: str) -> list[str]:
    """The words of an action's pattern: its "|" alternatives outside parentheses."""
    words, depth, start = [], 0, 0
    for at, char in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            words.append(pattern[start:at])
            start = at + 1
    return [*words, pattern[start:]]


ANY_ACTION = _one_pattern(ACTIONS)
# Pronouns standing as the subject: "I"/"we" (and "you" in an interview) are the narrator;
# "she"/"he" someone named in the sentences just before.
_SUBJECT_PRONOUN = re.compile(r"\b(?P<first>I|[Ww]e|[Yy]ou)\b|\b(?P<third>[Ss]he|[Hh]e)\b")
_CLAUSE_BREAK = re.compile(r"[,;:–—]|\band\b|\bwhen\b|\bafter\b|\bbefore\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|got|get)\s+(?:\w+ly\s+)?$")
# Right after an undergone verb: its object, a named person a few words on or a pronoun.
_OBJECT_PRONOUN = re.compile(r"\s*(?:him|her)\b")
_OBJECT_REACH = 40  # characters after the verb where its object's name may start
_ADVERBIAL = re.compile(r"^\W*(?:(?:on|in|at|by|since|from|until|during|of|the|early|late|mid|around|about)\W+)*$",
                        re.IGNORECASE)  # what may stand beside a date in a clause that is only the date
_QUALIFIED_BY = re.compile(r"\s+(?:of|in|on)\s+(?:the\s+)?$")  # "the elections of 2023", "his arrest on …"
_VERB_ENDINGS = ("ed", "led", "fled", "won", "quit", "upheld", "freed", "beaten")
PRONOUN_REACH = 4  # sentences back where "he"/"she" may find the one it stands for


class Action(NamedTuple):
    rank: int
    at: int  # in the sentence
    end: int
    label: str
    undergone: bool
    is_verb: bool


@dataclass(frozen=True)
class Context:
    """What a title may name: the sentence's entities (id, offset in the sentence), id → (name,
    kind), the narrator ("I"), and who "he"/"she" stands for here (or None)."""

    local: list[tuple[str, int]]
    names: dict[str, tuple[str, str]]
    narrator: str | None
    referent: str | None


def actions_in(sentence: str, lowered: str | None = None) -> list[Action]:
    """Every action word in a sentence, in order (``lowered``: the sentence lowercased, if made)."""
    found, lowered = [], lowercase_in_place(sentence) if lowered is None else lowered
    for match in ANY_ACTION.finditer(lowered):
        rank = int(match.lastgroup[1:].partition("_")[0])
        _pattern, label, undergone = ACTIONS[rank]
        word = match.group()
        is_verb = word.endswith(_VERB_ENDINGS) or _passive(lowered, match.start())
        found.append(Action(rank, match.start(), match.end(), label, undergone, is_verb))
    return found


def _passive(lowered: str, at: int) -> bool:
    """Whether the verb at ``at`` follows "was", "were", "been"… ("was later released")."""
    return _PASSIVE_BEFORE.search(lowered, max(0, at - 30), at) is not None


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


def choose_action(sentence: str, date_start: int, date_end: int, found: list[Action]) -> Action | None:
    """What happened at this date: a word the date qualifies ("the 2018 election"), else the
    nearest verb in the date's clause, else (a clause that is only the date: "On 3 March 2023,")
    the first verb after it, else the most telling word of the sentence."""
    if not found:
        return None
    qualified = [a for a in found if 0 <= a.at - date_end <= 2 or _QUALIFIED_BY.match(sentence[a.end : date_start])]
    if qualified:
        return qualified[0]
    clause_start, clause_end = _clause(sentence, date_start)
    in_clause = [a for a in found if clause_start <= a.at < clause_end and not date_start <= a.at < date_end]
    if in_clause:
        verbs = [a for a in in_clause if a.is_verb] or in_clause
        return min(verbs, key=lambda a: abs(a.at - date_start))
    only_the_date = _ADVERBIAL.match(sentence[clause_start:date_start] + " " + sentence[date_end:clause_end])
    after = [a for a in found if a.at >= date_end]
    if only_the_date and after:
        return next((a for a in after if a.is_verb), after[0])
    return min(found, key=lambda a: (a.rank, abs(a.at - date_start)))


def who(sentence: str, action: Action, context: Context) -> str | None:
    """The name a title gives: who underwent an undergone action ("sentenced him": the one
    sentenced), otherwise who did it; None when the sentence names no one for it."""
    if action.undergone and action.is_verb and not _passive(lowercase_in_place(sentence), action.at):
        reach = action.end + _OBJECT_REACH
        objects = [(entity_id, at) for entity_id, at in context.local
                   if action.end <= at < reach and context.names[entity_id][1] == "person"
                   and not _CLAUSE_BREAK.search(sentence, action.end, at)]
        if objects:
            return context.names[objects[0][0]][0]
        if _OBJECT_PRONOUN.match(sentence, action.end):
            return context.referent
    return _subject(sentence, action.at, context)


def _subject(sentence: str, position: int, context: Context) -> str | None:
    """Who did it: a pronoun just before the action, or the entity named nearest before it."""
    local, names = context.local, context.names
    pronouns = list(_SUBJECT_PRONOUN.finditer(sentence, max(0, position - 100), position))
    if pronouns:
        pronoun = pronouns[-1]
        named_after = any(pronoun.start() <= at < position and names[entity_id][1] == "person"
                          for entity_id, at in local)
        if not named_after:
            if pronoun.group("first") and context.narrator:
                return context.narrator
            if pronoun.group("third"):  # someone named before it in the sentence, or just before
                named = [entity_id for entity_id, at in local if at < pronoun.start() and names[entity_id][1] == "person"]
                return names[named[-1]][0] if named else context.referent
    before = [(entity_id, at) for entity_id, at in local if at <= position]
    people_before = [(entity_id, at) for entity_id, at in before if names[entity_id][1] == "person"]
    if people_before:  # the person named last before the action
        return names[max(people_before, key=lambda item: item[1])[0]][0]
    if local:
        entity_id, _at = min(local, key=lambda item: abs(item[1] - position) + (0 if item[1] <= position else 5))
        return names[entity_id][0]
    return None


def referent(earlier: list[list[tuple[str, int]]], names: dict[str, tuple[str, str]]) -> str | None:
    """Who "he"/"she" stands for: the first person named in the nearest of the sentences before
    (nearest last) that names a person."""
    for local in reversed(earlier[-PRONOUN_REACH:]):
        people = [entity_id for entity_id, _at in local if names[entity_id][1] == "person"]
        if people:
            return names[people[0]][0]
    return None
