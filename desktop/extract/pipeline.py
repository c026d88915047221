"""Everything extracted from one document's reading text."""

import bisect
from dataclasses import dataclass

from desktop.extract.authority import Entity
from desktop.extract.candidates import (
    Candidate,
    capitals_count,
    collect_khmer_spans,
    collect_spans,
    gather,
    gather_khmer,
    is_capitals_text,
)
from desktop.extract.chunks import text_chunks
from desktop.extract.khmer_text import khmer_runs
from desktop.extract.mentions import Mention, MentionFinder
from desktop.extract.tokens import tokens


@dataclass
class Extraction:
    mentions: list[Mention]
    candidates: list[Candidate]

    def all_mentions(self) -> list[Mention]:
        """Known entities' and candidates' mentions together, in text order."""
        extra = [Mention(c.id, a, b) for c in self.candidates for a, b in c.spans]
        return sorted([*self.mentions, *extra], key=lambda m: (m.start, m.end))


class Extractor:
    """Known entities' mentions everywhere; proposed candidates where asked for."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self.finder = MentionFinder(entities)
        self.known = {form for entity in entities for form in (*entity.full_forms(), *entity.short_forms)}
        self.khmer_known = self.finder.khmer_keys()
        self.names = {entity.id: (entity.name, entity.kind) for entity in entities}  # id → (name, kind)

    def extract(self, text: str, propose_candidates: bool) -> Extraction:
        """Mentions (and candidates) in ``text``, a piece at a time: see desktop/extract/chunks.py."""
        chunks = text_chunks(text)
        raw, found, khmer, capitals, words = [], {}, {}, 0, 0
        for start, end in chunks:
            piece = text[start:end]
            toks, runs = tokens(piece), khmer_runs(piece)
            raw += self.finder.raw_mentions(piece, toks, start, runs)
            if propose_candidates:
                capitals, words = capitals + capitals_count(toks), words + len(toks)
                gather(piece, self.known, toks, found)
                gather_khmer(runs, self.khmer_known, khmer)
        mentions = self.finder.resolve(raw, text)
        if is_capitals_text(capitals, words):
            found = {}  # all-capitals English: every word looks like a name (Khmer has no capitals)
        if not found and not khmer:
            return Extraction(mentions, [])
        collect_spans(text, found)  # every occurrence of each, once all are known
        if khmer:  # each piece's Khmer runs again (only a one-piece text keeps them: memory stays bounded)
            for start, end in chunks:
                collect_khmer_spans(runs if len(chunks) == 1 else khmer_runs(text[start:end]), khmer, start)
        taken = sorted((m.start, m.end) for m in mentions)
        candidates = []
        for candidate in [*found.values(), *khmer.values()]:
            candidate.spans = [s for s in candidate.spans if not _overlaps(s, taken)]
            if candidate.spans:
                candidates.append(candidate)
        return Extraction(mentions, candidates)


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps any of ``taken`` (sorted, non-overlapping spans)."""
    i = bisect.bisect_left(taken, (span[1],))
    return i > 0 and taken[i - 1][1] > span[0]
