"""The words of a sentence that say what happened, and the clauses they stand in.

Two kinds: the telling words (arrested, sentenced, released, election…), each titled by a
fixed label, and any other verb in the past tense (documented, urged, ordered, said…), titled by
itself. A verb tells only when it is one: not a name ("United"), not an adjective ("the disputed
bill", "politically-driven"), not a participle after a noun ("a campaign aimed at").
"""

import re
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
    (r"\bdismissed\b|\bfired\b|\bsacked\b", "dismissed", True),
    (r"\btrials?\b", "on trial", True),
    (r"\bexile\b|\bflee\b|\bfleeing\b|\bforced to leave\b", "in exile", False),
    (r"\bfled\b", "fled", False),
    (r"\breturn(?:ed|ing)?\b", "returned", False),
    (r"\belections?\b|\belected\b", "election", False),
    (r"\bwon\b|\bwinning\b|\bseat\b", "won a seat", False),
    (r"\bnominated\b|\bnomination\b", "nominated", True),
    (r"\baward\b|\brecipient\b|\bprize\b", "received an award", False),
    (r"\bstepped down\b|\bresign(?:ed)?\b|\bquit\b", "stepped down", False),
    (r"\bpublished\b", "published", False),
    (r"\bsuspended\b", "suspended", True),
    (r"\brevoked\b", "revoked", True),
    (r"\bforced to close\b|\bshut down\b|\bclosed down\b|\bclosed\b", "closed", True),
    (r"\badjourn(?:ed|ing|s)?\b|\bpostpon(?:ed|ing)\b", "adjourned", False),
    (r"\bjoined\b|\bentered\b|\bentering\b", "joined", False),
    (r"\bformed\b|\bfounded\b|\bestablished\b", "founded", False),
    (r"\bprotests?\b|\bprotested\b|\bdemonstrat(?:ed|ion|ions)\b|\bmarched\b", "protest", False),
    (r"\bstrikes?\b|\bstriking\b", "on strike", False),
    (r"\bdied\b|\bpassed away\b", "died", False),
    (r"\breview\b|\bscheduled\b", "review scheduled", False),
    (r"\btook office\b|\bsworn in\b", "took office", False),
    (r"\bminister\b|\bministry\b", "in office", False),
    (r"\blead\b|\bled\b|\bconvened\b", "led", False),
]
# Past tenses not made with -ed, and a few present tenses news is written in.
IRREGULAR = {"said", "told", "left", "went", "took", "gave", "met", "held", "began", "came", "saw", "made", "found",
             "wrote", "spoke", "sent", "became", "lost", "paid", "sold", "built", "fought", "sought", "struck",
             "broke", "chose", "drew", "grew", "knew", "threw", "withdrew", "ran", "brought", "bought", "taught",
             "kept", "stood", "forbade", "rose", "fell", "hid", "stole", "swore", "tore", "arose", "got", "won",
             "led", "fled", "quit", "upheld", "says", "tells", "meets", "begins", "opens", "holds", "visits"}
# Verbs whose meaning is the noun after them ("received a sentence", "went into exile"), or that
# say nothing of what happened ("something happened in April").
LIGHT = {"happened", "occurred", "received", "faced", "got", "gave", "issued", "handed", "imposed", "served", "held",
         "staged",
         "organized", "organised", "launched", "began", "started", "made", "took", "came", "went", "had"}
_NOT_VERBS = {"dated", "hundred", "indeed", "united", "sacred", "naked", "wicked", "beloved", "kindred", "aged",
              "interested"}
# Found in two cheap passes: words ending in -ed, and (only in a sentence holding one) the others.
_ED_VERB = re.compile(r"\b[a-z]{3,}ed\b")
_WORD = re.compile(r"[a-z]+")
_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|these|those)\s+$")
_PREPOSITION_AFTER = re.compile(r"\s+(?:at|by|to|with|for|from|in|on|of|under|into|as|over)\b")
_SUBJECT_BEFORE = re.compile(r"(?:\b(?:i|we|you|he|she|they|it|who|which|that|has|have|had|was|were|is|are|been|being)"
                             r"|[A-Z]\w*|,)"
                             r"\s+(?:\w+ly\s+)?$")
_HYPHENATED = re.compile(r"\b[a-z]+-$")
_PARTICLE = re.compile(r" (?:out|down|up|off|back|away)\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|got|get)\s+(?:\w+\s+)?$")
_VERB_ENDINGS = ("ed", "beaten")  # and IRREGULAR's past tenses
# Where a clause ends: punctuation, "and", and the words that open another clause.
CLAUSE_BREAK = re.compile(r"[,;:–—]|\b(?:and|but|when|after|before|since|while|because|until|who|which|whose"
                          r"|that)\b")
SUBORDINATORS = {"when", "after", "before", "since", "while", "because", "until", "who", "which", "whose", "that"}


class Action(NamedTuple):
    rank: int  # among ACTIONS; len(ACTIONS) for any other verb
    at: int  # in the sentence
    end: int
    label: str
    undergone: bool
    is_verb: bool
    light: bool = False

    @property
    def telling(self) -> bool:
        return self.rank < len(ACTIONS)


def _alternatives(pattern: str) -> list[str]:
    """The words of an action's pattern: its "|" alternatives outside parentheses."""
    words, depth, start = [], 0, 0
    for at, char in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            words.append(pattern[start:at])
            start = at + 1
    return [*words, pattern[start:]]


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


ANY_ACTION = _one_pattern(ACTIONS)


def passive(lowered: str, at: int) -> bool:
    """Whether the verb at ``at`` follows "was", "were", "been"… ("was later released")."""
    return _PASSIVE_BEFORE.search(lowered, max(0, at - 30), at) is not None


def actions_in(sentence: str, lowered: str | None = None) -> list[Action]:
    """Every action word and verb in a sentence, in order (``lowered``: the sentence lowercased)."""
    found, lowered = [], lowercase_in_place(sentence) if lowered is None else lowered
    taken = set()
    for match in ANY_ACTION.finditer(lowered):
        rank = int(match.lastgroup[1:].partition("_")[0])
        _pattern, label, undergone = ACTIONS[rank]
        first_word = match.group().split(" ", 1)[0]
        at = _HYPHENATED.search(lowered, max(0, match.start() - 12), match.start())  # "co-founded": the whole word
        start = at.start() if at else match.start()
        is_verb = (first_word.endswith(_VERB_ENDINGS) or first_word in IRREGULAR or passive(lowered, match.start())) \
            and not _ADJECTIVE_BEFORE.search(lowered, max(0, match.start() - 24), match.start())  # "the scheduled vote"
        found.append(Action(rank, start, match.end(), label, undergone, is_verb))
        taken.add(match.start())
    for match in _general_verbs(lowered):
        if match.start() not in taken and _is_verb(sentence, lowered, match):
            word, end = match.group(), match.end()
            particle = _PARTICLE.match(lowered, end)  # "walked out", "stepped back"
            label = word + particle.group() if particle else word
            found.append(Action(len(ACTIONS), match.start(), end, label, False, True, word in LIGHT))
    return sorted(found, key=lambda a: a.at)


def _general_verbs(lowered: str) -> list[re.Match]:
    found = list(_ED_VERB.finditer(lowered))
    irregular = IRREGULAR.intersection(_WORD.findall(lowered))
    if irregular:
        found += re.finditer(r"\b(?:" + "|".join(sorted(irregular)) + r")\b", lowered)
    return found


def _is_verb(sentence: str, lowered: str, match: re.Match) -> bool:
    """A past-tense word that is a verb here: not a name, an adjective or a participle after a noun."""
    word, at = match.group(), match.start()
    if word in _NOT_VERBS or sentence[at].isupper() and at > 0 or lowered[at - 1 : at] == "-":
        return False  # a name, or part of a compound ("politically-driven")
    before = max(0, at - 24)
    if _ADJECTIVE_BEFORE.search(lowered, before, at):
        return False
    if lowered.startswith(" by ", match.end()):
        return passive(lowered, at)  # "the award instituted by": only "was instituted by" is a verb
    if word.endswith("ed") and _PREPOSITION_AFTER.match(lowered, match.end()):
        return _SUBJECT_BEFORE.search(sentence, before, at) is not None  # "ADHOC documented", not "a campaign aimed at"
    return True


def clauses(sentence: str, date_start: int, date_end: int) -> list[tuple[int, int, bool]]:
    """(start, end, subordinate) of each clause of ``sentence``. A break inside the date, or the
    one word just before it ("since 1985", "that month"), is the date's own, not a clause's end."""
    spans, start, subordinate = [], 0, False
    for match in CLAUSE_BREAK.finditer(sentence):
        if match.start() < date_end and (match.end() > date_start or not sentence[match.end() : date_start].strip()):
            continue
        opens = match.group() in SUBORDINATORS
        if not sentence[start : match.start()].strip():  # ", when": one break
            start, subordinate = match.end(), subordinate or opens
            continue
        spans.append((start, match.start(), subordinate))
        start, subordinate = match.end(), opens
    spans.append((start, len(sentence), subordinate))
    return spans
