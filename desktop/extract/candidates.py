"""Proposing people and organizations the authority file does not know.

Precision matters as much as recall, so a capitalised run of words is only
proposed with evidence: for an organization, a word of one in it ("Party",
"Watch", "… Daily"…: desktop/extract/organizations.py); for a person, a title
or a role before it ("investigating judge …": desktop/extract/roles.py), a
reporting verb or a role after it, "by"/"according to" before it, or a Khmer
family name first. Places, months, headings, prizes, laws and boilerplate words
are never proposed. A run stops at a sentence's period and before "in" a city
("Court of Appeal in Phnom Penh"). In Khmer script, titles and organization
words are the evidence: see desktop/extract/khmer_names.py.
"""

import re
from dataclasses import dataclass, field

from desktop.extract.dates import MONTHS
from desktop.extract.khmer_names import KhmerNames, proposals
from desktop.extract.khmer_text import KhmerRun, khmer_runs
from desktop.extract.organizations import company_suffix_end, described_as_organization
from desktop.extract.organizations import (
    lone_institution,
    may_name_one,
    organization,
    parts,
    strip_edges,
)
from desktop.extract.roles import (
    apposition,
    evidence_before,
    last_role,
    looks_like_name,
    person_split,
)
from desktop.extract.tokens import (
    Token,
    is_all_caps,
    is_capitalised,
    only_spaces_between,
    token_texts,
    tokens,
    tokens_from,
)
from desktop.extract.wordlists import (
    ABBREVIATIONS,
    APPOSITION_CUES,
    CONNECTORS,
    COUNTRIES,
    INSTITUTION_NOUNS,
    KHMER_FAMILY_NAMES,
    LEADING_WORDS,
    PERSON_VERBS,
    ORGANIZATION_WORDS,
    PLACE_WORDS,
    PLACES,
    STOP_WORDS,
)

_SLUG = re.compile(r"(?:[^\w\u1780-\u17ff]|_)+")  # Khmer signs kept: កឹម is not កាម
_HEADING_EDGE = " .:"
_PERSON_LEADING = LEADING_WORDS | STOP_WORDS


@dataclass
class Candidate:
    name: str
    kind: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    khmer_name: str | None = None  # the name, when it was found in Khmer script

    @property
    def id(self) -> str:
        return candidate_id(self.name, self.kind)


def candidate_id(name: str, kind: str) -> str:
    slug = _SLUG.sub("-", name.casefold()).strip("-") or "x"
    return f"cand-{kind[0]}-{slug}"


def _runs(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of capitalised runs; lowercase connectors allowed inside."""
    runs, i = [], 0
    while i < len(toks):
        if not is_capitalised(toks[i].text):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and only_spaces_between(text, toks[j - 1], toks[j]):
            word = toks[j].text
            if text.startswith(".", toks[j - 1].end) and not _abbreviation(toks[j - 1].text):
                break  # "… Freedom Day. Activist Sok Dara": a sentence ends, not an abbreviation
            joins_next = (word in CONNECTORS and j + 1 < len(toks) and is_capitalised(toks[j + 1].text)
                          and only_spaces_between(text, toks[j], toks[j + 1])
                          and not (word == "in" and _place_at(toks, j + 1))) \
                or _of_the(text, toks, i, j)
            possessive = word == "s" and text[toks[j - 1].end : toks[j].start] in ("'", "’")
            if is_capitalised(word) or joins_next or possessive:
                j += 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _after_leading(toks: list[Token], i: int, j: int) -> int:
    """The run's first token that is not a function word opening it ("The", "At")."""
    while i < j - 1 and toks[i].text in LEADING_WORDS:
        i += 1
    return i


def _opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip(" “\"'(")
    return not before or before[-1] in ".!?:\n"


def _of_the(text: str, toks: list[Token], i: int, j: int) -> bool:
    """"Committee on the Application of Standards": "on the", "of the" go on inside an
    organization's name (one already holding an organization word), not between two names."""
    return toks[j].text in ("of", "on", "for") and j + 2 < len(toks) and toks[j + 1].text == "the" \
        and is_capitalised(toks[j + 2].text) and only_spaces_between(text, toks[j], toks[j + 1]) \
        and only_spaces_between(text, toks[j + 1], toks[j + 2]) \
        and any(t.text in ORGANIZATION_WORDS for t in toks[i:j])


def _abbreviation(word: str) -> bool:
    return len(word) == 1 or word in ABBREVIATIONS


def _place_at(toks: list[Token], k: int) -> bool:
    """A city's or a province's name at token ``k`` ("in Phnom Penh", "in Tbong Khmum Province"): it
    ends an organization's name ("Court of Appeal in Phnom Penh") instead of going on with "in". A
    country does not ("Committee for Free and Fair Elections in Cambodia"); nor does a month ("in November")."""
    if k < len(toks) and toks[k].text.lower() in MONTHS:
        return True
    for token in toks[k : k + 4]:
        if not is_capitalised(token.text):
            return False
        if (token.text in PLACES and token.text not in COUNTRIES) or token.text in PLACE_WORDS:
            return True
    return False


def _person_evidence(text: str, toks: list[Token], i: int, j: int, run_j: int) -> bool:
    """Evidence that tokens [i, j) (of a run ending before ``run_j``) name a person, besides a
    Khmer family name: a title, a role or "by" before them, a reporting verb or an apposition after."""
    if evidence_before(text, toks, i) or apposition(text, toks, i, run_j):
        return True
    if j < len(toks):
        gap = text[toks[j - 1].end : toks[j].start]
        following = toks[j].text
        if following in PERSON_VERBS and gap.strip() == "":
            return True
        if gap.strip() == "," and following in APPOSITION_CUES:
            return True
    return False


def _is_heading(text: str, toks: list[Token], i: int, j: int) -> bool:
    """A run that is a whole line by itself (a heading or a caption), not part of a sentence:
    nothing but spaces, periods and colons between it and the line's ends. Looks only at those few
    characters, never at the whole line (a file may be one line of megabytes)."""
    before, after = toks[i].start, toks[j - 1].end
    while before > 0 and text[before - 1] in _HEADING_EDGE:
        before -= 1
    while after < len(text) and text[after] in _HEADING_EDGE:
        after += 1
    return (before == 0 or text[before - 1] == "\n") and (after == len(text) or text[after] == "\n")


def propose(text: str, known: set[str] | None = None, toks: list[Token] | None = None) -> list[Candidate]:
    """Candidates in ``text`` with every span where they occur; ``known`` names are skipped.

    ``toks``: the text's tokens, if already computed.
    """
    toks = tokens(text) if toks is None else toks
    found: dict[tuple[str, str], Candidate] = {}
    if not is_capitals_text(capitals_count(toks), len(toks)):
        gather(text, known or set(), toks, found)
        collect_spans(text, found)
    runs, khmer = khmer_runs(text), {}
    gather_khmer(runs, set(), khmer)
    collect_khmer_spans(runs, khmer)
    return [*found.values(), *khmer.values()]


def capitals_count(toks: list[Token]) -> int:
    return sum(1 for t in toks if len(t.text) > 1 and t.text.isupper())  # is_all_caps, inlined: every token


def is_capitals_text(capitals: int, words: int) -> bool:
    """All-capitals text (more than half its words): every word looks like a name, none is proposed."""
    return capitals > 0.5 * max(1, words)


def gather(text: str, known: set[str], toks: list[Token], found: dict[tuple[str, str], Candidate]) -> None:
    """Add to ``found`` the candidates ``text`` (a document or a piece of one) gives evidence for."""
    for i, j in _runs(text, toks):
        words = [t.text for t in toks[i:j]]
        # "the Sam Rainsy party", "the Golden Harvest Garment factory": a name and a lowercase word
        # for an organization; not a capitalised sentence's first word ("Ruling party").
        if j < len(toks) and toks[j].text in INSTITUTION_NOUNS and only_spaces_between(text, toks[j - 1], toks[j]) \
                and (j - i > 1 or (toks[j].text == "party" and not _opens_sentence(text, toks[i].start))):
            j += 1
            words.append(toks[j - 1].text.capitalize())
        if len(words) == 1 and not is_all_caps(words[0]):
            # One capitalised word ("The", "Police") is neither a name nor an acronym, but "the Senate" is.
            if i > 0 and lone_institution(words[0], toks[i - 1].text):
                _add(found, known, text, toks, i, j, "organization")
            continue
        legal_end = company_suffix_end(text, toks, j)  # "… Apparel (Cambodia) Co., Ltd."
        if legal_end is not None or (len(words) > 1 and described_as_organization(text, toks, j)):
            _add(found, known, text, toks, _after_leading(toks, i, j), j, "organization")
            continue
        # "Hun Sen's Cambodian People's Party": a person's possessive opens the run.
        if "s" in words:
            k = words.index("s")
            if looks_like_name(words[:k]) and k + 1 < len(words):
                i, words = i + k + 1, words[k + 1 :]
        _run(found, known, text, toks, i, j, words)


def _run(found, known: set[str], text: str, toks: list[Token], i: int, j: int, words: list[str]) -> None:
    """The candidates of the run ``words`` (tokens [i, j), ``j`` past its end)."""
    after = toks[j].text if j < len(toks) and text[toks[j - 1].end : toks[j].start].isspace() else None
    split = person_split(text, toks, i, words)
    if split is not None:
        # "Union Leader Sok Dara", "presenter Sok Dara of Voice of Democracy": the organization the
        # role is in before it, the name, and one after "of".
        role, start, end = split
        _person(found, known, text, toks, i + start, i + end, i, j, True)
        _organizations(found, known, text, toks, i, words[:role], words[role], role_after=True)
        if end < len(words):
            _organizations(found, known, text, toks, i + end + 1, words[end + 1 :], after)
        return
    if _organizations(found, known, text, toks, i, words, after):
        return
    # Not an organization: each piece between connectors may be a person, and a name joined by
    # "and" to a person's is another ("lawyers Sok Dara and Chan Vibol").
    piece_start, person = i, False
    for k in range(i, j + 1):
        if k == j or toks[k].text in CONNECTORS:
            joined = person and toks[piece_start - 1].text == "and"
            person = _person(found, known, text, toks, piece_start, k, i, j, joined)
            piece_start = k + 1


def _organizations(found, known: set[str], text: str, toks: list[Token], i: int, words: list[str],
                   after: str | None, role_after: bool = False) -> bool:
    """Add the organizations ``words`` (from token ``i``) name; whether there were any."""
    if not may_name_one(words):
        return False
    added, pieces = False, parts(words)
    for a, b in pieces:
        last = b == len(words)
        # "Khmer Times and Fresh News continue": beside another organization, "News" needs no more evidence.
        following = words[b] if not last else None if len(pieces) > 1 else after
        named = organization(words[a:b], following, LEADING_WORDS, role_after and last)
        if named is not None:
            _add(found, known, text, toks, i + a + named[0], i + a + named[1], "organization")
            added = True
    return added


def _person(found, known, text: str, toks: list[Token], i: int, j: int, run_i: int, run_j: int,
            evidence: bool = False) -> bool:
    """Add the person tokens [i, j) may name (``evidence``: already known to); whether it did."""
    words = [t.text for t in toks[i:j]]
    a, b = strip_edges(words, _PERSON_LEADING)
    role = last_role(words, a, b)  # "Reporters Sok Dara and …": the name follows the role
    if role is not None:
        a, evidence = role + 1, True
    start, end = i + a, i + b
    if end <= start:
        return False
    words = words[a:b]
    if " ".join(words) in known:
        return False  # a name the authority knows is a mention, not a candidate: no evidence to weigh
    if not looks_like_name(words, True) or _is_heading(text, toks, run_i, run_j):
        return False  # the cheap checks first: most pieces fail them
    # A Khmer family name first is evidence enough, but not when it is also a place's word.
    if not (evidence or _person_evidence(text, toks, start, end, run_j)) and \
            not (words[0] in KHMER_FAMILY_NAMES and len(words) in (2, 3) and looks_like_name(words)):
        return False
    _add(found, known, text, toks, start, end, "person")
    return True


def _add(found, known: set[str], text: str, toks: list[Token], start: int, end: int, kind: str) -> None:
    words = [t.text for t in toks[start:end]]
    joined = " ".join(words)
    name = text[toks[start].start : toks[end - 1].end]
    if joined not in known and name not in known:
        found.setdefault((joined, kind), Candidate(name, kind))


def collect_spans(text: str, found: dict[tuple[str, str], Candidate], offset: int = 0) -> None:
    """Every occurrence of each candidate's words in ``text`` (a piece starting at ``offset`` in its
    document), not just the one with evidence. Only where a candidate's first word appears are
    tokens made, so a second look at a long document costs little."""
    by_first: dict[str, list[tuple[tuple[str, ...], Candidate]]] = {}
    for (joined, _kind), candidate in found.items():
        key = tuple(joined.split(" "))
        by_first.setdefault(key[0], []).append((key, candidate))
    if not by_first:
        return
    longest = {first: max(len(key) for key, _ in options) for first, options in by_first.items()}
    for at, word in token_texts(text):  # one dictionary lookup per token, no Token objects
        if word not in by_first:
            continue
        window = tokens_from(text, at, longest[word])
        for key, candidate in by_first[word]:
            words = window[: len(key)]
            if tuple(t.text for t in words) == key and all(
                only_spaces_between(text, x, y) for x, y in zip(words, words[1:])
            ):
                candidate.spans.append((offset + words[0].start, offset + words[-1].end))


def gather_khmer(runs: list[KhmerRun], known: set[str], found: dict[tuple[str, str], Candidate]) -> None:
    """Add to ``found`` the candidates proposed in Khmer script in ``runs``, keyed by their matching
    form; ``known``: the matching forms of the Khmer names already known."""
    for key, name, kind in proposals(runs, known):
        found.setdefault((key, kind), Candidate(name, kind, khmer_name=name))


def collect_khmer_spans(runs: list[KhmerRun], found: dict[tuple[str, str], Candidate], offset: int = 0) -> None:
    """Every occurrence in ``runs`` (of a piece starting at ``offset``) of each Khmer candidate."""
    names = KhmerNames()
    for candidate in found.values():
        names.add(candidate.name, candidate)
    for start, end, owners in names.find(runs):
        for candidate in owners:
            candidate.spans.append((offset + start, offset + end))
