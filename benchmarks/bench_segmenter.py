"""Khmer word segmenters measured against a gold sample.

Run with any interpreter: ``python benchmarks/bench_segmenter.py``. Each candidate that can be
imported there is measured; the others are listed as skipped. To measure all of them, install
each into its own throwaway venv and run this script with that venv's python (see
docs/khmer-segmenter.md).

Candidates:
  khmercut    ``khmercut.tokenize`` (a CRF model run by python-crfsuite)
  icu         ICU's word BreakIterator for locale ``km`` through PyICU (pyicu-wheels,
              icukit-pyicu or PyICU, whichever is installed)
  khmer-nltk  ``khmernltk.word_tokenize`` (a CRF model run by sklearn-crfsuite)

What is measured, per candidate:
  precision, recall, F1 of word boundaries. A boundary is a character offset in the written
    (unsegmented) sentence, 0 and the end excluded. A space is always a boundary, for the gold and
    for any segmenter, so every offset next to a space (just before or just after it) is left out
    of the scoring on both sides: only the boundaries the segmenter had to find are counted.
  word F1: precision and recall of whole words, a word counting as found when both its edges
    are predicted boundaries and none is inside it (spaces are not words).
  compounds whole: of the occurrences of the words on the gold file's ``# compounds:`` line, the
    fraction with no predicted boundary inside them.
  load s: the time of the first call (imports and model loading).
  chars/s: characters segmented per second, the gold sentences one at a time, repeated until
    about 200,000 characters; the best of three passes.
  installed MB: the files under site-packages in the RECORD of the distribution and of every
    distribution it requires, recursively (pip and setuptools only if required).
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "data" / "khmer_gold_segmented.txt"
SPEED_CHARS = 200_000
ZERO_WIDTH = "\u200b\u200c\u200d\ufeff"


@dataclass
class Sentence:
    text: str
    words: list[tuple[int, int]]  # (start, end) of each gold word; spaces are not words

    @property
    def boundaries(self) -> set[int]:
        cuts = {s for s, _ in self.words} | {e for _, e in self.words}
        return {b for b in cuts if 0 < b < len(self.text)}


@dataclass
class Gold:
    sentences: list[Sentence]
    compounds: list[str]


@dataclass
class Result:
    name: str
    package: str
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    word_f1: float = 0.0
    compounds_whole: float = 0.0
    load_s: float = 0.0
    chars_per_s: float = 0.0
    size_mb: float = 0.0
    size_dists: list[str] = field(default_factory=list)
    split_compounds: Counter[str] = field(default_factory=Counter)
    missed: Counter[str] = field(default_factory=Counter)  # "a+b": a gold boundary not predicted
    extra: Counter[str] = field(default_factory=Counter)  # "a/b": predicted inside a gold word


def parse_line(line: str) -> Sentence:
    """A gold line: words joined by '|', spaces kept as written."""
    words: list[tuple[int, int]] = []
    pos = 0
    for piece in re.split(r"([| ])", line):
        if piece and piece != "|":
            if piece != " ":
                words.append((pos, pos + len(piece)))
            pos += len(piece)
    return Sentence(line.replace("|", ""), words)


def read_gold(path: Path = GOLD) -> Gold:
    sentences: list[Sentence] = []
    compounds: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("#"):
            m = re.match(r"#\s*compounds:\s*(.*)", line)
            if m:
                compounds = m.group(1).split()
            continue
        if line:
            sentences.append(parse_line(line))
    return Gold(sentences, compounds)


SPELLINGS: dict[str, Callable[[str], str]] = {
    "as-written": lambda text: text,
    # Coeng DA where the gold file has coeng TA (សេចក្ដី for សេចក្តី), the other common spelling.
    "coeng-da": lambda text: text.replace("\u17d2\u178f", "\u17d2\u178a"),
    # 0-9 for the Khmer digits, as desktop/khmer/normal.py's form has them.
    "ascii-digits": lambda text: text.translate({0x17E0 + d: 0x30 + d for d in range(10)}),
}


def respell(gold: Gold, spelling: str) -> Gold:
    """The gold text in another spelling; every change keeps one character for one."""
    change = SPELLINGS[spelling]
    sentences = [Sentence(change(s.text), s.words) for s in gold.sentences]
    return Gold(sentences, [change(c) for c in gold.compounds])


def align(text: str, tokens: list[str]) -> set[int]:
    """Offsets in ``text`` where the segmenter's tokens start.

    Segmenters may drop or add spaces and zero-width spaces (khmer-nltk does); those are skipped
    on both sides. Any other difference is an error.
    """
    starts: set[int] = set()
    pos = 0
    for token in tokens:
        token = "".join(ch for ch in token if ch not in ZERO_WIDTH and not ch.isspace())
        if not token:
            continue
        while pos < len(text) and (text[pos].isspace() or text[pos] in ZERO_WIDTH):
            pos += 1
        if text.startswith(token, pos):
            starts.add(pos)
            pos += len(token)
        else:
            raise ValueError(f"token {token!r} is not the text at {pos}: {text[pos:][:20]!r}")
    return starts


def scored(text: str, boundaries: set[int]) -> set[int]:
    """Boundaries inside the text and not next to a space."""
    return {b for b in boundaries if 0 < b < len(text) and text[b - 1] != " " and text[b] != " "}


def predicted_boundaries(text: str, tokens: list[str]) -> set[int]:
    """Where the tokens start, and both sides of every space."""
    cuts = align(text, tokens)
    for i, ch in enumerate(text):
        if ch == " ":
            cuts.update((i, i + 1))
    return {b for b in cuts if 0 < b < len(text)}


def load_khmercut() -> Callable[[str], list[str]]:
    from khmercut import tokenize

    return tokenize


def load_icu() -> Callable[[str], list[str]]:
    import icu

    breaker = icu.BreakIterator.createWordInstance(icu.Locale("km"))

    def segment(text: str) -> list[str]:
        breaker.setText(text)
        cuts = [0, *breaker]
        return [text[a:b] for a, b in pairwise(cuts)]

    return segment


def load_khmer_nltk() -> Callable[[str], list[str]]:
    import logging

    from khmernltk import word_tokenize  # returns the tokens by default

    logging.getLogger("khmer-nltk").setLevel(logging.WARNING)  # its "Loaded model" line
    return word_tokenize


CANDIDATES: dict[str, tuple[tuple[str, ...], Callable[[], Callable[[str], list[str]]]]] = {
    "khmercut": (("khmercut",), load_khmercut),
    "icu": (("pyicu-wheels", "icukit-pyicu", "PyICU", "pyicu-binary"), load_icu),
    "khmer-nltk": (("khmer-nltk",), load_khmer_nltk),
}


def installed_dist(names: tuple[str, ...]) -> md.Distribution | None:
    for name in names:
        try:
            return md.distribution(name)
        except md.PackageNotFoundError:
            pass
    return None


def _marker_ok(requirement: str) -> tuple[str, bool]:
    """The requirement's name and whether it applies here (extras are never wanted)."""
    try:
        from packaging.requirements import Requirement
    except ImportError:  # pip vendors packaging
        from pip._vendor.packaging.requirements import Requirement  # type: ignore
    req = Requirement(requirement)
    if req.marker is None:
        return req.name, True
    return req.name, bool(req.marker.evaluate({"extra": ""}))


def dependency_closure(name: str) -> list[md.Distribution]:
    seen: dict[str, md.Distribution] = {}
    todo = [name]
    while todo:
        current = todo.pop()
        key = re.sub(r"[-_.]+", "-", current).lower()
        if key in seen:
            continue
        try:
            dist = md.distribution(current)
        except md.PackageNotFoundError:
            continue
        seen[key] = dist
        for requirement in dist.requires or []:
            req_name, applies = _marker_ok(requirement)
            if applies:
                todo.append(req_name)
    return list(seen.values())


def installed_size(name: str) -> tuple[int, list[str]]:
    """Bytes of the RECORD files under site-packages, for ``name`` and what it requires."""
    total = 0
    labels = []
    for dist in dependency_closure(name):
        root = Path(dist.locate_file("")).resolve()
        size = 0
        for file in dist.files or []:
            path = Path(dist.locate_file(file)).resolve()
            if path.is_file() and root in path.parents:
                size += path.stat().st_size
        total += size
        labels.append(f"{dist.metadata['Name']} {dist.version} ({size / 1e6:.1f} MB)")
    return total, sorted(labels)


def _ratios(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def predicted_words(text: str, cuts: set[int]) -> set[tuple[int, int]]:
    edges = [0, *sorted(cuts), len(text)]
    return {(a, b) for a, b in pairwise(edges) if text[a:b] != " "}


def tally(sentence: Sentence, cuts: set[int], result: Result, compounds: set[str]) -> int:
    """Record split compounds and boundary errors; the number of listed compounds kept whole."""
    text, whole = sentence.text, 0
    want, got = scored(text, sentence.boundaries), scored(text, cuts)
    for (a, b), (c, d) in zip(sentence.words, sentence.words[1:]):
        if b == c and b in want - got:
            result.missed[f"{text[a:b]}+{text[c:d]}"] += 1
    for start, end in sentence.words:
        word = text[start:end]
        inside = [x for x in cuts if start < x < end]
        result.extra.update(f"{text[start:x]}/{text[x:end]}" for x in inside)
        if word in compounds:
            if inside:
                result.split_compounds[word] += 1
            else:
                whole += 1
    return whole


def score(gold: Gold, segment: Callable[[str], list[str]], result: Result) -> None:
    counts = [0] * 6  # boundary tp, fp, fn; word tp, fp, fn
    whole = total = 0
    compounds = set(gold.compounds)
    for sentence in gold.sentences:
        text = sentence.text
        cuts = predicted_boundaries(text, segment(text))
        want, got = scored(text, sentence.boundaries), scored(text, cuts)
        gold_words, words = set(sentence.words), predicted_words(text, cuts)
        for i, n in enumerate((len(want & got), len(got - want), len(want - got),
                               len(gold_words & words), len(words - gold_words),
                               len(gold_words - words))):
            counts[i] += n
        whole += tally(sentence, cuts, result, compounds)
        total += sum(text[a:b] in compounds for a, b in sentence.words)
    result.precision, result.recall, result.f1 = _ratios(*counts[:3])
    result.word_f1 = _ratios(*counts[3:])[2]
    result.compounds_whole = whole / total if total else 0.0


def speed(gold: Gold, segment: Callable[[str], list[str]], chars: int, runs: int = 3) -> float:
    """Characters per second, best of ``runs`` passes over the sentences repeated to ``chars``."""
    one_pass = [s.text for s in gold.sentences]
    lines = one_pass * max(1, round(chars / sum(map(len, one_pass))))
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for line in lines:
            segment(line)
        best = min(best, time.perf_counter() - start)
    return sum(map(len, lines)) / best


def measure(name: str, gold: Gold, speed_chars: int) -> Result | str:
    """A Result, or the reason the candidate was skipped."""
    dist_names, loader = CANDIDATES[name]
    dist = installed_dist(dist_names)
    if dist is None:
        return f"not installed ({' or '.join(dist_names)})"
    start = time.perf_counter()
    try:
        segment = loader()
        segment(gold.sentences[0].text)
    except Exception as exc:  # noqa: BLE001 - a broken candidate is reported, not fatal
        return f"{dist.metadata['Name']} {dist.version} failed to load: {exc!r}"
    result = Result(name, f"{dist.metadata['Name']} {dist.version}")
    result.load_s = time.perf_counter() - start
    score(gold, segment, result)
    result.chars_per_s = speed(gold, segment, speed_chars)
    size, result.size_dists = installed_size(dist.metadata["Name"])
    result.size_mb = size / 1e6
    return result


def table(results: list[Result]) -> str:
    columns = ("segmenter", "package", "precision", "recall", "F1", "word F1", "compounds whole",
               "load s", "chars/s", "installed MB")
    rows = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for r in results:
        rows.append(
            f"| {r.name} | {r.package} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} "
            f"| {r.word_f1:.3f} | {r.compounds_whole:.1%} | {r.load_s:.2f} | {r.chars_per_s:,.0f} "
            f"| {r.size_mb:.1f} |"
        )
    return "\n".join(rows)


def details(result: Result, errors: int) -> str:
    lines = [f"### {result.name}", "", "Installed: " + "; ".join(result.size_dists)]
    split = ", ".join(f"{w} ×{n}" for w, n in sorted(result.split_compounds.items()))
    lines.append(f"Compounds split: {split or 'none'}")
    for label, found in (("Joined (gold a|b, predicted ab)", result.missed),
                         ("Split (gold one word, predicted a|b)", result.extra)):
        text = ", ".join(f"{k} ×{n}" for k, n in found.most_common(errors))
        lines.append(f"{label}, {sum(found.values())} in all: {text}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--only", choices=sorted(CANDIDATES), action="append")
    parser.add_argument("--speed-chars", type=int, default=SPEED_CHARS)
    parser.add_argument("--spelling", choices=sorted(SPELLINGS), default="as-written",
                        help="score the gold text respelled (same words, other code points)")
    parser.add_argument("--details", type=int, default=0, metavar="N",
                        help="installed distributions, split compounds and the N commonest errors")
    args = parser.parse_args(argv)

    gold = respell(read_gold(args.gold), args.spelling)
    words = sum(len(s.words) for s in gold.sentences)
    chars = sum(len(s.text) for s in gold.sentences)
    print(f"Gold: {len(gold.sentences)} sentences, {words} words, {chars} characters, "
          f"{len(gold.compounds)} listed compounds; spelling {args.spelling}; "
          f"Python {sys.version.split()[0]}\n")
    results: list[Result] = []
    for name in args.only or list(CANDIDATES):
        outcome = measure(name, gold, args.speed_chars)
        if isinstance(outcome, str):
            print(f"- skipped {name}: {outcome}")
        else:
            results.append(outcome)
    if results:
        print("\n" + table(results))
    if args.details:
        for result in results:
            print("\n" + details(result, args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
