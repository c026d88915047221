"""Which parts of a capitalised run name organizations.

The evidence is an organization word in the name ("Party", "Watch", "Confederation"…), "Without
Borders", "Voice of …", or a newspaper's or broadcaster's word ending it ("Khmer Times", "Cambodia
Daily") unless a plain lowercase word follows, which makes it an ordinary word ("the Cambodian Daily
routine"). A name whose head is a prize, an index, a law or a day ("World Press Freedom Index") is
none, and "and" between two names with evidence each makes two organizations.
"""

import re

from desktop.extract.tokens import Token, is_all_caps
from desktop.extract.wordlists import (
    CONNECTORS,
    ORGANIZATION_NOUNS,
    HEAD_CONNECTORS,
    LONE_INSTITUTIONS,
    MEDIA_HEADS,
    NAME_FOLLOWERS,
    NON_ORGANIZATION_HEADS,
    ORGANIZATION_WORDS,
    PERSON_VERBS,
    PLACES,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROLE_WORDS,
    TITLES,
)

MAX_ORG_WORDS = 12  # "Labour Rights Supported Union of Khmer Employees of NagaWorld"
_STRONG = ORGANIZATION_WORDS - {"International"}  # "… Affairs and International Cooperation" is one name
_ANY_EVIDENCE = frozenset(ORGANIZATION_WORDS | MEDIA_HEADS | LONE_INSTITUTIONS | {"Borders"})


def may_name_one(words: list[str]) -> bool:
    """Whether ``words`` hold any word an organization's name needs: most runs do not, and are
    not looked at further."""
    return not _ANY_EVIDENCE.isdisjoint(words)


def strip_edges(words: list[str], leading: set[str]) -> tuple[int, int]:
    """Leading function words and titles, and a trailing possessive "s", to drop from a run."""
    start, end = 0, len(words)
    while start < end:
        title = next((n for n in (3, 2, 1) if tuple(words[start : start + n]) in TITLES), 0)
        if title:
            start += title
        elif words[start] in leading:
            start += 1
        else:
            break
    while end > start and (words[end - 1] == "s" or words[end - 1] in CONNECTORS):
        end -= 1
    return start, end


def parts(words: list[str]) -> list[tuple[int, int]]:
    """The run cut at each "and" with an organization's evidence on both sides of it:
    "Phnom Penh Post and Khmer Times" is two names, "Food and Agriculture Organization" one."""
    if "and" not in words:
        return [(0, len(words))]
    pieces, start = [], 0
    for k, word in enumerate(words):
        if word == "and":
            pieces.append((start, k))
            start = k + 1
    pieces.append((start, len(words)))
    merged = [pieces[0]]
    for a, b in pieces[1:]:
        previous = merged[-1]
        if _has_head(words[previous[0] : previous[1]]) and _has_head(words[a:b]):
            merged.append((a, b))
        else:
            merged[-1] = (previous[0], b)
    return merged


def _has_head(words: list[str]) -> bool:
    return any(w in _STRONG for w in words) or (len(words) > 1 and _media(words, "and"))


def organization(words: list[str], after: str | None, leading: set[str],
                 role_after: bool = False) -> tuple[int, int] | None:
    """The part of a run's ``words`` naming an organization, or None; ``after``: the word right
    after them (only spaces between), if any; ``role_after``: that word is a role ("… Director")."""
    a, b = strip_edges(words, leading)
    if b - a == 1 and words[b - 1] in LONE_INSTITUTIONS and a > 0 and words[a - 1] == "The":
        return a, b  # "The Senate"
    # "Asia Director of Human Rights Watch": the organization follows "Role of".
    for k in range(a, b - 1):
        if words[k] in ROLE_WORDS and words[k + 1] == "of":
            a = k + 2
    b = _without_role(words, a, b, role_after)
    core = words[a:b]
    if not core or len(core) > MAX_ORG_WORDS or _head(core) in NON_ORGANIZATION_HEADS:
        return None
    if len(core) < 2:
        return (a, b) if is_all_caps(core[0]) and core[0] in ORGANIZATION_WORDS else None  # "LICADHO"
    if any(w in ORGANIZATION_WORDS for w in core) or _media(core, words[b] if b < len(words) else after):
        return a, b
    return None


def _without_role(words: list[str], a: int, b: int, role_after: bool) -> int:
    """The end of a name without the role after it: "Global Fund for Women Board Member",
    "Human Rights Watch Asia Director" ("Asia" qualifies the role, after an organization word)."""
    end = b
    while end > a and (words[end - 1] in ROLE_WORDS or words[end - 1] in ROLE_MODIFIERS):
        end -= 1
        if end > a and words[end - 1] == "Board":
            end -= 1
    if end < b or role_after:
        while end - 1 > a and words[end - 1] in PLACES and words[end - 2] in ORGANIZATION_WORDS:
            end -= 1
    return end


def _head(core: list[str]) -> str:
    """The head of a name: the word before its first "of"/"for"/"on"…, or its last word."""
    for k, word in enumerate(core):
        if word in HEAD_CONNECTORS and k > 0:
            return core[k - 1]
    return core[-1]


def _media(core: list[str], after: str | None) -> bool:
    """"Reporters Without Borders", "Voice of Democracy", or a media word ending the name and
    not followed by a plain lowercase word."""
    for k in range(len(core) - 1):
        if (core[k], core[k + 1]) in (("Without", "Borders"), ("Voice", "of")):
            return True
    if core[-1] not in MEDIA_HEADS:
        return False
    return after is None or not after[:1].islower() or after in NAME_FOLLOWERS or after in PERSON_VERBS \
        or after in ROLE_NOUNS or after.endswith("ed")


def lone_institution(word: str, before: str) -> bool:
    """"the Senate": one word naming an institution, after a lowercase "the"."""
    return word in LONE_INSTITUTIONS and before == "the"


# "Everbright Apparel (Cambodia) Co., Ltd.": a company's legal form after its name.
_COMPANY_SUFFIX = re.compile(r"\s*(?:\([A-Z][\w ]{1,20}\)\s*)?(?:Co\.?,?\s*Ltd|Co\.|Ltd|Inc|Plc|PLC|LLC|Corp)\b\.?")
# ", a Danish brand that …": the description's head, its last word before punctuation or a clause.
_DESCRIPTION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)"
                          r"(?=\s*[,.;:)]|\s+(?:that|which|who|whose|based|with|in|from|for|of|owned|run)\b)")


def company_suffix_end(text: str, toks: list[Token], j: int) -> int | None:
    """The token index past a legal form ("Co., Ltd.") right after tokens ending at ``j``, or None."""
    if j == 0 or j >= len(toks):
        return None
    match = _COMPANY_SUFFIX.match(text, toks[j - 1].end)
    if match is None:
        return None
    end = j
    while end < len(toks) and toks[end].start < match.end():
        end += 1
    return end


def described_as_organization(text: str, toks: list[Token], j: int) -> bool:
    """"Nordvik Sports, a Danish brand that …": what follows the name says it is an organization."""
    if j == 0:
        return False
    match = _DESCRIPTION.match(text, toks[j - 1].end)
    return match is not None and match["noun"] in ORGANIZATION_NOUNS
