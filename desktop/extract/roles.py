"""People introduced by their role: "the lawyer Sok Dara", "investigating judge Sok Dara",
"UN Special Rapporteur Sok Dara", "Union Leader Sok Dara of the …".

A role noun right before a capitalised run, in any case and whatever qualifies it ("radio
presenter", "commune chief"), is evidence that the run names a person. Inside a capitalised run,
the name is what follows its last role noun; what comes before (an organization, "Deputy") is not
part of it, and neither is "of …" after it. A name is 2 to 4 capitalised words that are not
titles, roles, places or the words of organizations, prizes and headings.
"""

from desktop.extract.tokens import Token, is_all_caps
from desktop.extract.wordlists import (
    BY_CUES,
    CONNECTORS,
    FACILITY_WORDS,
    KHMER_FAMILY_NAMES,
    MEDIA_HEADS,
    NON_ORGANIZATION_HEADS,
    ORGANIZATION_WORDS,
    PLACES,
    RELATIONS,
    ROLE_NOUNS,
    STOP_WORDS,
    TITLE_WORDS,
    TITLES,
)

MAX_NAME_WORDS = 4
_NOT_IN_NAMES = STOP_WORDS | PLACES | ORGANIZATION_WORDS | TITLE_WORDS | MEDIA_HEADS | NON_ORGANIZATION_HEADS \
    | FACILITY_WORDS
_TITLE_ENDS = {title[-1] for title in TITLES}  # "Minister" of "Prime Minister", "E" of "H E"


def looks_like_name(words: list[str], evidence: bool = False) -> bool:
    """2 to 4 words that may make a name. With other ``evidence`` of a person, a Khmer family name
    that is also a place's word may open it ("commune chief Kong Saroeun", not "Koh Kong")."""
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return False
    first = 1 if evidence and words[0] in KHMER_FAMILY_NAMES and words[0] in PLACES else 0
    for word in words[first:]:
        if not word[:1].isupper() or is_all_caps(word) or word in _NOT_IN_NAMES \
                or word.lower() in ROLE_NOUNS or any(c.isdigit() for c in word):
            return False
    return True


def is_role(word: str) -> bool:
    """A capitalised word of a run that introduces a name after it ("Leader", "Rapporteur", "Mr")."""
    return word in _TITLE_ENDS or word.lower() in ROLE_NOUNS


def role_before(text: str, toks: list[Token], i: int, gap: str = "") -> bool:
    """A role noun (in any case) or a lowercase relation right before token ``i``, with only spaces
    and then ``gap`` between: "judge Sok Dara", "his son Sok Dara"."""
    if i == 0:
        return False
    role = toks[i - 1]
    between = text[role.end : toks[i].start].replace("*", "").replace("_", "")  # Markdown: "**Sok Dara**"
    if not between.startswith(gap) or not between[len(gap) :].isspace():
        return False
    return role.text.lower() in ROLE_NOUNS or role.text in RELATIONS


def apposition(text: str, toks: list[Token], i: int, j: int) -> bool:
    """A name between commas after a role: "Its director, Sok Dara, said", "His lawyers, Sok Dara and
    …, said" (the name from token ``i``; ``j``: past the end of its run)."""
    return j < len(toks) and text[toks[j - 1].end : toks[j - 1].end + 3].lstrip("*_").startswith(",") \
        and role_before(text, toks, i, ",")


def title_before(toks: list[Token], i: int) -> bool:
    for size in (3, 2, 1):
        if i - size >= 0 and tuple(t.text for t in toks[i - size : i]) in TITLES:
            return True
    return False


def evidence_before(text: str, toks: list[Token], i: int) -> bool:
    """A title, a role or "by"/"according to" right before token ``i``."""
    return title_before(toks, i) or role_before(text, toks, i) or (
        i >= 2 and (toks[i - 2].text, toks[i - 1].text) in BY_CUES)


def person_split(text: str, toks: list[Token], i: int, words: list[str]) -> tuple[int, int, int] | None:
    """``(role, start, end)``: a run's words (the run starts at token ``i``) name a person in
    ``words[start:end]``, introduced by the role at ``words[role]``, and end there or go on with
    "of …". The role is the last one in the run; ``role == start`` when the evidence is before the
    run (or a Khmer family name) and the name is followed by "of": "presenter Sok Dara of …"."""
    k = last_role(words, 0, len(words))
    if k is not None:
        end = _name_end(words, k + 1)
        if (end == len(words) or words[end] == "of") and looks_like_name(words[k + 1 : end], True):
            return k, k + 1, end
    if "of" not in words:
        return None
    end = _name_end(words, 0)
    if end == len(words) or words[end] != "of":
        return None
    before = evidence_before(text, toks, i)
    if looks_like_name(words[:end], before) and (before or (words[0] in KHMER_FAMILY_NAMES and end in (2, 3))):
        return 0, 0, end
    return None


def last_role(words: list[str], start: int, end: int) -> int | None:
    """The index of the last capitalised role in ``words[start:end]`` with two words after it, not
    after a connector ("Ministry of Justice" has none); None if there is none."""
    for k in range(end - 3, start - 1, -1):
        if is_role(words[k]) and words[k][:1].isupper() and (k == 0 or words[k - 1] not in CONNECTORS):
            return k
    return None


def _name_end(words: list[str], start: int) -> int:
    end = start
    while end < len(words) and words[end] not in CONNECTORS:
        end += 1
    return end
