"""Finding mentions of known people and organizations, with character offsets."""

from collections import defaultdict
from dataclasses import dataclass

from desktop.extract.authority import Entity
from desktop.extract.khmer_names import KhmerNames
from desktop.extract.khmer_text import KhmerRun, has_khmer, khmer_runs
from desktop.extract.tokens import Token, is_all_caps, only_spaces_between, tokens, words
from desktop.extract.wordlists import TITLES


@dataclass(frozen=True)
class Mention:
    entity_id: str
    start: int
    end: int


@dataclass(frozen=True)
class _Form:
    entity_id: str
    words: tuple[str, ...]
    skip: int  # leading title words, not part of the name
    short: bool


def _title_length(form: tuple[str, ...]) -> int:
    for size in (3, 2, 1):
        if len(form) > size and form[:size] in TITLES:
            return size
    return 0


class MentionFinder:
    """Matches every form of every entity in one left-to-right pass over the tokens.

    Matching is case-sensitive, except inside all-capitals text. A short form
    ("Sochua") only counts in a document that also names its entity in full;
    if several entities share it, the one named in full nearest before wins.
    Forms in Khmer script (the Khmer name among them) are matched as Khmer:
    see desktop/extract/khmer_names.py.
    """

    def __init__(self, entities: list[Entity]) -> None:
        self._by_first: dict[str, list[_Form]] = defaultdict(list)
        self._by_first_folded: dict[str, list[_Form]] = defaultdict(list)
        self._khmer = KhmerNames()
        for entity in entities:
            forms = [(f, False) for f in entity.full_forms()] + [(f, True) for f in entity.short_forms]
            if entity.khmer_name:
                forms.append((entity.khmer_name, False))
            for text, short in forms:
                if has_khmer(text):
                    self._khmer.add(text, (entity.id, short))
                    continue
                form_words = words(text)
                if not form_words:
                    continue
                form = _Form(entity.id, form_words, _title_length(form_words), short)
                self._by_first[form_words[0]].append(form)
                folded = _Form(entity.id, tuple(w.casefold() for w in form_words), form.skip, short)
                self._by_first_folded[folded.words[0]].append(folded)
        for table in (self._by_first, self._by_first_folded):
            for forms in table.values():
                forms.sort(key=lambda f: -len(f.words))  # longest form first

    def find(self, text: str, toks: list[Token] | None = None) -> list[Mention]:
        """Mentions in ``text`` (``toks``: its tokens, if already computed)."""
        toks = tokens(text) if toks is None else toks
        return self.resolve(self.raw_mentions(text, toks), text)

    def khmer_keys(self) -> set[str]:
        """The matching forms of the Khmer names known (desktop/extract/khmer_text.py)."""
        return self._khmer.keys()

    def raw_mentions(self, text: str, toks: list[Token], offset: int = 0,
                     runs: list[KhmerRun] | None = None) -> list[tuple[Mention, bool]]:
        """(mention, is a short form) of every form matched in ``text``, a piece of a document
        starting at ``offset`` in it; ``resolve`` decides the short forms for the whole document.
        ``runs``: the piece's Khmer runs, if already made."""
        raw = self._khmer_mentions(text, offset, runs)
        by_first, after = self._by_first, 0
        # Only a token that opens some form (or an all-capitals one) can start a match: find them
        # in one quick pass rather than trying every token.
        openers = [i for i, t in enumerate(toks) if t.text in by_first or (t.text.isupper() and len(t.text) > 1)]
        for i in openers:
            if i < after:
                continue  # inside the previous match
            match = self._match_at(text, toks, i)
            if match is None:
                continue
            forms, length = match
            first = toks[i + forms[0].skip]
            last = toks[i + length - 1]
            full = [f for f in forms if not f.short]
            for form in full[:1] or forms:  # a shared short form: every owner, resolved below
                raw.append((Mention(form.entity_id, offset + first.start, offset + last.end), form.short))
            after = i + length
        return raw

    def resolve(self, raw: list[tuple[Mention, bool]], text: str) -> list[Mention]:
        """The mentions of a whole document (``text``) from its pieces' raw mentions."""
        return _resolve_short_forms(raw)

    def _match_at(self, text: str, toks, i: int) -> tuple[list[_Form], int] | None:
        """The forms (several if shared) of the longest match starting at token ``i``."""
        word = toks[i].text
        candidates, fold = self._by_first.get(word), False
        if candidates is None:
            if not (len(word) > 1 and word.isupper()):
                return None
            candidates, fold = self._by_first_folded.get(word.casefold(), ()), True
        for form in candidates:
            n = len(form.words)
            if i + n > len(toks):
                continue
            window = toks[i : i + n]
            got = tuple(t.text.casefold() if fold else t.text for t in window)
            if got != form.words:
                continue
            if all(only_spaces_between(text, a, b) for a, b in zip(window, window[1:])):
                if fold and not all(is_all_caps(t.text) or not t.text.isalpha() for t in window):
                    continue  # case-insensitive only where the text is all capitals
                return [f for f in candidates if f.words == form.words], n
        return None

    def _khmer_mentions(self, text: str, offset: int, runs: list[KhmerRun] | None) -> list[tuple[Mention, bool]]:
        if not self._khmer:
            return []
        found = []
        for start, end, owners in self._khmer.find(khmer_runs(text) if runs is None else runs):
            full = [owner for owner in owners if not owner[1]]
            for entity_id, short in full[:1] or owners:  # a shared short form: every owner, resolved later
                found.append((Mention(entity_id, offset + start, offset + end), short))
        return found


def _resolve_short_forms(raw: list[tuple[Mention, bool]]) -> list[Mention]:
    named = [m for m, short in raw if not short]
    named_ids = {m.entity_id for m in named}
    kept = list(named)
    shorts = [m for m, short in raw if short]
    by_span: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    for mention in shorts:
        by_span[(mention.start, mention.end)].append(mention)
    for (start, _end), options in by_span.items():
        options = [m for m in options if m.entity_id in named_ids]
        if not options:
            continue
        if len(options) > 1:  # shared short form: the entity named in full nearest before it
            before = {m.entity_id: m.start for m in named if m.start < start}
            options.sort(key=lambda m: -before.get(m.entity_id, -1))
        kept.append(options[0])
    return sorted(kept, key=lambda m: (m.start, m.end))
