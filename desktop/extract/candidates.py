"""Proposing people and organizations the authority file does not know.

Precision matters as much as recall, so a capitalised run of words is only
proposed with evidence: an organization word in it ("Party", "Watch",
"Fund"…), or for a person a title before it, a reporting verb or a role
after it, "by"/"according to" before it, or a Khmer family name first.
Places, months, headings, prizes and boilerplate words are never proposed.
In Khmer script, titles and organization words are the evidence:
see desktop/extract/khmer_names.py.
"""

import re
from dataclasses import dataclass, field

from desktop.extract.khmer_names import KhmerNames, proposals
from desktop.extract.khmer_text import KhmerRun, khmer_runs
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
    APPOSITION_CUES,
    BY_CUES,
    CONNECTORS,
    KHMER_FAMILY_NAMES,
    LEADING_WORDS,
    ORGANIZATION_WORDS,
    PERSON_VERBS,
    PLACES,
    ROLE_WORDS,
    STOP_WORDS,
    TITLE_WORDS,
    TITLES,
)

MAX_NAME_WORDS = 4
MAX_ORG_WORDS = 9
_SLUG = re.compile(r"(?:[^\w\u1780-\u17ff]|_)+")  # Khmer signs kept: កឹម is not កាម
_HEADING_EDGE = " .:"


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
            joins_next = (word in CONNECTORS and j + 1 < len(toks) and is_capitalised(toks[j + 1].text)
                          and only_spaces_between(text, toks[j], toks[j + 1]))
            possessive = word == "s" and text[toks[j - 1].end : toks[j].start] in ("'", "’")
            if is_capitalised(word) or joins_next or possessive:
                j += 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _strip_edges(words: list[str], leading: set[str]) -> tuple[int, int]:
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


def _title_before(toks: list[Token], i: int) -> bool:
    for size in (3, 2, 1):
        if i - size >= 0 and tuple(t.text for t in toks[i - size : i]) in TITLES:
            return True
    return False


def _person_evidence(text: str, toks: list[Token], i: int, j: int, words: list[str]) -> bool:
    if _title_before(toks, i):
        return True
    if i >= 2 and (toks[i - 2].text, toks[i - 1].text) in BY_CUES:
        return True
    if j < len(toks):
        gap = text[toks[j - 1].end : toks[j].start]
        following = toks[j].text
        if following in PERSON_VERBS and gap.strip() == "":
            return True
        if gap.strip() == "," and following in APPOSITION_CUES:
            return True
    return words[0] in KHMER_FAMILY_NAMES and len(words) in (2, 3)


def _looks_like_name(words: list[str]) -> bool:
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return False
    for word in words:
        if not word[:1].isupper() or is_all_caps(word) or word in STOP_WORDS or word in PLACES \
                or word in ORGANIZATION_WORDS or word in TITLE_WORDS or any(c.isdigit() for c in word):
            return False
    return True


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
        # "the Sam Rainsy party": a party named after a person is an organization.
        if j < len(toks) and toks[j].text == "party" and only_spaces_between(text, toks[j - 1], toks[j]):
            j += 1
            words.append(toks[j - 1].text.capitalize())
        if len(words) == 1 and not is_all_caps(words[0]):
            continue  # one capitalised word ("The", "Police"): neither a name nor an acronym
        # "Hun Sen's Cambodian People's Party": a person's possessive opens the run.
        if "s" in words:
            k = words.index("s")
            if _looks_like_name(words[:k]) and k + 1 < len(words):
                i, words = i + k + 1, words[k + 1 :]
        organization = _organization(words)
        if organization is not None:
            _add(found, known, text, toks, i + organization[0], i + organization[1], "organization")
            continue
        # Not an organization: each piece between connectors may be a person.
        piece_start = i
        for k in range(i, j + 1):
            if k == j or toks[k].text in CONNECTORS:
                _person(found, known, text, toks, piece_start, k, i, j)
                piece_start = k + 1


def _organization(words: list[str]) -> tuple[int, int] | None:
    """The part of a run naming an organization, or None."""
    a, b = _strip_edges(words, LEADING_WORDS)
    # "Asia Director of Human Rights Watch": the organization follows "Role of".
    for k in range(a, b - 1):
        if words[k] in ROLE_WORDS and words[k + 1] == "of":
            a = k + 2
    # "Global Fund for Women Board Member": a role at the end is not part of it.
    while b > a and words[b - 1] in ROLE_WORDS:
        b -= 1
        if b > a and words[b - 1] == "Board":
            b -= 1
    core = words[a:b]
    if not core or len(core) > MAX_ORG_WORDS or not any(w in ORGANIZATION_WORDS for w in core):
        return None
    if len(core) < 2 and not is_all_caps(core[0]):
        return None  # "Party" alone is not a name; "LICADHO" is
    return a, b


def _person(found, known, text: str, toks: list[Token], i: int, j: int, run_i: int, run_j: int) -> None:
    words = [t.text for t in toks[i:j]]
    a, b = _strip_edges(words, LEADING_WORDS | STOP_WORDS)
    start, end = i + a, i + b
    if end <= start:
        return
    words = words[a:b]
    if " ".join(words) in known:
        return  # a name the authority knows is a mention, not a candidate: no evidence to weigh
    if _looks_like_name(words) and not _is_heading(text, toks, run_i, run_j) and \
            _person_evidence(text, toks, start, end, words):
        _add(found, known, text, toks, start, end, "person")


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
