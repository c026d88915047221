"""How well search finds Khmer words, measured against hand-written gold answers.

``khmer_corpus/`` holds Khmer news-style texts written the way Khmer is written on the web
(no spaces between words, zero-width spaces in some, look-alike spellings in others, Khmer and
Arabic digits); ``khmer_queries.toml`` says for each query which documents have it as a whole
word (``whole``) and which only inside longer words (``within``). Each test checks every query and
reports all failures with totals, so one run shows where Khmer search stands.
"""

import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.services.library import Library
from desktop.store.build import build_archive

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "khmer_corpus"
GOLD = tomllib.loads((HERE / "khmer_queries.toml").read_text(encoding="utf-8"))["query"]
DOCUMENTS = sorted(path.stem for path in CORPUS.glob("*.txt"))
CASES = {
    "two-code-point", "inside-longer-word", "longer-word", "coeng-ro-order", "split-vowel-oe",
    "split-vowel-oo", "coeng-da-ta", "register-sign-order", "zero-width-space-document",
    "zero-width-space-query", "digits-arabic-finds-khmer", "digits-khmer-finds-arabic",
    "digits-glued", "name-without-space", "name-with-space", "phrase", "phrase-reversed",
    "multi-word", "mixed-script", "latin-case", "absent",
}

# -- Orthographic syllables -------------------------------------------------------------------
# A syllable never starts with a dependent vowel or sign (U+17B6–U+17D1, U+17D3, U+17DD), with a
# coeng (U+17D2) or with the consonant a coeng puts under the one before; so a cut at a position
# is inside a syllable when a dependent sign or coeng follows it or a coeng precedes it.
COENG = "\u17d2"
DEPENDENT = frozenset(map(chr, range(0x17B6, 0x17D2))) | {"\u17d3", "\u17dd", COENG}
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d]")


def splits_syllable(text: str, i: int) -> bool:
    """Whether cutting ``text`` at position ``i`` falls inside an orthographic syllable."""
    return (i < len(text) and text[i] in DEPENDENT) or (0 < i <= len(text) and text[i - 1] == COENG)


def span_problem(text: str, start: int, end: int) -> str | None:
    """What is wrong with ``text[start:end]`` as a shown part of ``text``, if anything."""
    if not 0 <= start < end <= len(text):
        return f"bad offsets {start}–{end} (text has {len(text)} characters)"
    cuts = [name for name, at in (("starts", start), ("ends", end)) if splits_syllable(text, at)]
    if cuts:
        seen = text[max(0, start - 4):start] + "[" + text[start:end] + "]" + text[end:end + 4]
        return f"{' and '.join(cuts)} inside a syllable: {seen!r}"
    return None


# -- An independent reading of the corpus, for checking the gold set itself ------------------
def fold(text: str) -> str:
    """Look-alike spellings to one spelling, without zero-width spaces, Khmer digits as 0–9."""
    text = ZERO_WIDTH.sub("", text)
    text = re.sub("\u17d2\u179a\u17d2([\u1780-\u17a2])", "\u17d2\\1\u17d2\u179a", text)  # ្រ្ត → ្ត្រ
    text = text.replace("\u17c1\u17b8", "\u17be").replace("\u17c1\u17b6", "\u17c4")  # េី → ើ, េា → ោ
    text = text.replace("\u17d2\u178f", "\u17d2\u178a")  # coeng TA → coeng DA
    text = re.sub("([\u17b6-\u17c5])([\u17c9\u17ca])", "\\2\\1", text)  # ហុ៊ន → ហ៊ុន
    return text.translate({0x17E0 + d: str(d) for d in range(10)})


def word_pattern(word: str) -> str:
    if re.fullmatch(r"[A-Za-z]+", word):
        return rf"(?i:(?<![A-Za-z]){word}(?![A-Za-z]))"
    if re.fullmatch(r"\d+", word):
        return rf"(?<!\d){word}(?!\d)"
    # Khmer: a space may stand between any two syllables (កឹមសុខា is កឹម សុខា).
    return "".join(("" if i == 0 or splits_syllable(word, i) else "[ ]?") + re.escape(ch)
                   for i, ch in enumerate(word))


def occurs(query: str, text: str) -> bool:
    """Whether every word or quoted phrase of ``query`` is in ``text`` on syllable boundaries."""
    text = fold(text)
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', fold(query)):
        pattern = "[ ]?".join(word_pattern(w) for w in (phrase.split() if phrase else [word]))
        if not any(not splits_syllable(text, m.start()) and not splits_syllable(text, m.end())
                   for m in re.finditer(pattern, text)):
            return False
    return True


# -- Running the queries -------------------------------------------------------------------------
@dataclass
class Searched:
    archive: Path
    hits: dict[str, list]  # query → hits, best first
    errors: dict[str, str]  # query → the exception search raised
    texts: dict[str, str]  # document → reading text


@pytest.fixture(scope="module")
def searched(tmp_path_factory) -> Searched:
    """Every gold query run once on an archive built from the corpus."""
    root = tmp_path_factory.mktemp("khmer-search")
    build_archive(CORPUS, root / "archive.sqlite")
    (root / "data").mkdir()
    hits, errors = {}, {}
    with Library(root / "archive.sqlite", root / "data") as library:
        for gold in GOLD:
            try:
                hits[gold["query"]] = list(library.search.run(gold["query"], limit=50).hits)
            except Exception as error:  # reported with the query, not as one test error
                hits[gold["query"]], errors[gold["query"]] = [], f"{type(error).__name__}: {error}"
        texts = {doc: library.documents.get(doc).text for doc in DOCUMENTS}
    return Searched(root / "archive.sqlite", hits, errors, texts)


def within_word(hit) -> bool | None:
    return getattr(hit, "within_word", None)


def report(what: str, failures: list[str], checked: str) -> str:
    shown = "\n  ".join(failures[:60]) + ("\n  …" if len(failures) > 60 else "")
    return f"{what}: {len(failures)} failures ({checked}):\n  {shown}"


def label(gold: dict) -> str:
    return f"[{gold['case']}] {gold['query']!r}"


# -- The gold set and the syllable check -------------------------------------------------------
def test_gold_set_is_well_formed():
    assert len(DOCUMENTS) >= 7 and len(GOLD) >= 45
    for doc in DOCUMENTS:
        assert 1500 <= len((CORPUS / f"{doc}.txt").read_text(encoding="utf-8")) <= 4000, doc
    assert {gold["case"] for gold in GOLD} == CASES
    assert len({gold["query"] for gold in GOLD}) == len(GOLD), "a query is listed twice"
    for gold in GOLD:
        whole, within = set(gold["whole"]), set(gold["within"])
        assert not whole & within, gold["query"]
        assert whole | within <= set(DOCUMENTS), gold["query"]


def test_gold_set_matches_the_corpus():
    """The documents listed for a query are exactly those that contain it (whole or within)."""
    failures = []
    for gold in GOLD:
        found = {doc for doc in DOCUMENTS
                 if occurs(gold["query"], (CORPUS / f"{doc}.txt").read_text(encoding="utf-8"))}
        listed = set(gold["whole"]) | set(gold["within"])
        if found != listed:
            failures.append(f"{label(gold)}: in the texts {sorted(found)}, listed {sorted(listed)}")
    assert not failures, report("gold set", failures, f"{len(GOLD)} queries")


def test_syllable_check_rejects_cut_syllables():
    word = "ស្ត្រី"  # ស + coeng ត + coeng រ + ី: one syllable
    assert span_problem(word, 0, len(word)) is None
    assert span_problem(word, 2, len(word)) is not None  # 'ស្ត្រី'[2:] starts on the consonant under a coeng
    assert span_problem(word, 0, 2) is not None  # 'ស្ត្រី'[:2] ends on a coeng
    assert span_problem(word, 3, len(word)) is not None  # starts with a coeng
    assert span_problem("ការងារ", 2, 4) is not None  # រង in ការងារ ends before the vowel ា
    assert span_problem("ការងារ", 0, 3) is None  # ការ is whole syllables
    assert span_problem("តុលាការ", 0, 4) is None  # តុលា, inside a longer word but on a boundary
    assert span_problem("ា", 0, 1) is not None  # a dependent vowel alone


# -- Search against the gold answers -----------------------------------------------------------
def test_whole_words_are_found_and_within_words_are_marked(searched):
    failures, expected, within_checked = [], 0, 0
    for gold in GOLD:
        if gold["query"] in searched.errors:
            failures.append(f"{label(gold)}: search raised {searched.errors[gold['query']]}")
            continue
        returned = {}
        for hit in searched.hits[gold["query"]]:
            returned.setdefault(hit.document, hit)
        for doc in gold["whole"]:
            expected += 1
            if doc not in returned:
                failures.append(f"{label(gold)}: whole-word document {doc} not found")
            elif within_word(returned[doc]) is not False:
                failures.append(f"{label(gold)}: {doc} has it as a whole word, hit says "
                                f"within_word={within_word(returned[doc])}")
        for doc in gold["within"]:
            if doc in returned:
                within_checked += 1
                if within_word(returned[doc]) is not True:
                    failures.append(f"{label(gold)}: {doc} has it only inside longer words, hit says "
                                    f"within_word={within_word(returned[doc])}")
    assert not failures, report("recall", failures, f"{expected} whole-word documents expected, "
                                f"{within_checked} within-word hits returned, {len(GOLD)} queries")


def test_no_document_is_found_that_does_not_contain_the_query(searched):
    failures, returned_total = [], 0
    for gold in GOLD:
        allowed, whole = set(gold["whole"]) | set(gold["within"]), set(gold["whole"])
        for hit in searched.hits[gold["query"]]:
            returned_total += 1
            if hit.document not in allowed:
                failures.append(f"{label(gold)}: {hit.document} found but does not contain it")
            elif within_word(hit) is False and hit.document not in whole:
                failures.append(f"{label(gold)}: {hit.document} marked whole-word but has it only "
                                f"inside longer words")
    assert not failures, report("false hits", failures,
                                f"{returned_total} hits returned for {len(GOLD)} queries")


def test_whole_word_hits_rank_above_within_word_hits(searched):
    failures, ranked = [], 0
    for gold in GOLD:
        hits = searched.hits[gold["query"]]
        if not hits:
            continue
        ranked += 1
        flags = [within_word(hit) for hit in hits]
        if gold["whole"] and (hits[0].document not in gold["whole"] or flags[0] is not False):
            failures.append(f"{label(gold)}: first hit is {hits[0].document} "
                            f"(within_word={flags[0]}), not a whole-word gold document")
        if True in flags and False in flags[flags.index(True):]:
            order = ", ".join(f"{h.document}{'*' if f else ''}" for h, f in zip(hits, flags))
            failures.append(f"{label(gold)}: a within-word hit ranks above a whole-word one: "
                            f"{order} (* = within)")
    assert not failures, report("ranking", failures, f"{ranked} queries with hits")


def unmark(snippet: str) -> tuple[str, list[int]]:
    """The snippet without its \\x02/\\x03 marks, and where the marks were in it."""
    plain, marks = [], []
    for ch in snippet:
        if ch in "\x02\x03":
            marks.append(len(plain))
        else:
            plain.append(ch)
    return "".join(plain), marks


def squeeze(text: str) -> tuple[str, list[int]]:
    """``text`` without zero-width spaces and with runs of white space as one space, and for
    each character left its offset in ``text`` (plus one past the end)."""
    kept, where = [], []
    for i, ch in enumerate(text):
        if ZERO_WIDTH.match(ch) or (ch.isspace() and kept and kept[-1] == " "):
            continue
        kept.append(" " if ch.isspace() else ch)
        where.append(i)
    return "".join(kept), where + [len(text)]


def snippet_problems(snippet: str, text: str) -> list[str]:
    plain, marks = unmark(snippet)
    problems = [f"a highlight mark cuts a syllable at {at}: {plain[max(0, at - 4):at + 4]!r}"
                for at in marks if splits_syllable(plain, at)]
    doc, where = squeeze(text)
    for piece in plain.split("…"):
        piece = squeeze(piece)[0].strip()
        found = doc.find(piece) if piece else -1
        if found >= 0:
            problem = span_problem(text, where[found], where[found + len(piece) - 1] + 1)
        elif piece and (splits_syllable(piece, 0) or splits_syllable(piece, len(piece))):
            problem = f"cuts a syllable: {piece[:6]!r}…{piece[-6:]!r}"
        else:
            problem = None
        if problem:
            problems.append(f"snippet piece {problem}")
    return problems


def shows_query(shown: str, query: str) -> bool:
    shown = fold(shown).replace(" ", "").lower()
    return any(fold(word).lower() in shown for word in query.replace('"', " ").split())


def test_snippets_and_highlights_keep_syllables_whole(searched):
    failures, checked = [], 0
    for gold in GOLD:
        for hit in searched.hits[gold["query"]]:
            checked += 1
            text = searched.texts.get(hit.document, "")
            where = f"{label(gold)} in {hit.document}"
            failures += [f"{where}: {problem}" for problem in snippet_problems(hit.snippet, text)]
            problem = span_problem(text, hit.start, hit.end)
            if problem:
                failures.append(f"{where}: highlight .start/.end {problem}")
            elif not shows_query(text[hit.start:hit.end], gold["query"]):
                failures.append(f"{where}: highlight {text[hit.start:hit.end]!r} shows no word of the query")
    assert not failures, report("syllable boundaries", failures, f"{checked} hits checked")


@pytest.mark.parametrize("query", ["តុលា", "ហុ៊ន", "នៅ", "ពេញ", "ហ៊ុន សែន"])
def test_cli_json_says_which_hits_are_within_words(cli, searched, query):
    [gold] = [gold for gold in GOLD if gold["query"] == query]
    result = cli("search", query, "--json", "--limit", "50", "--archive", str(searched.archive),
                 archive=False)
    assert result.code == 0, result.err
    hits = json.loads(result.out)
    failures = []
    for hit in hits:
        if hit["document"] not in set(gold["whole"]) | set(gold["within"]):
            failures.append(f"{hit['document']}: found but does not contain it")
        elif hit.get("within_word") is not (hit["document"] in gold["within"]):
            failures.append(f"{hit['document']}: \"within_word\": {hit.get('within_word', 'missing')}, "
                            f"expected {hit['document'] in gold['within']}")
    missing = set(gold["whole"]) - {hit["document"] for hit in hits}
    failures += [f"{doc}: whole-word document not listed" for doc in sorted(missing)]
    assert not failures, report(f"ekasar search --json {query!r}", failures, f"{len(hits)} hits")
