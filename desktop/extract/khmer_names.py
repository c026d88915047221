"""Khmer names in Khmer text: known names found, and people and organizations proposed.

A name is found in the matching form of the text (desktop/extract/khmer_text.py): through
zero-width spaces, look-alike spellings and spaces between words, always starting and ending
between clusters. A name of one or two syllables must stand alone, as the search does: ហ៊ុន
inside ក្រុមហ៊ុន ("company") is not Hun.

A person is proposed after a title (លោក, លោកស្រី, ឯកឧត្តម…): a family name and a given name
of one to three syllables each, with a space, a zero-width space or nothing between them, ending
where the next word the finder knows starts (បាន, និង, ថា…), or at a space or punctuation. An
organization is proposed from an organization word (គណបក្ស, ក្រសួង…) and what follows it,
up to such a word or a space.
"""

from collections.abc import Iterator

from desktop.extract.khmer_text import KhmerRun, cluster_boundary, is_letter, name_key, syllable_count
from desktop.extract.khmer_words import (
    FAMILY_WORDS,
    GENERIC,
    KNOWN,
    ORGANIZATION_STOPS,
    ORGANIZATIONS,
    PERSON_STOPS,
    ROLES,
    TITLE_WORDS,
    Words,
)

MAX_PART_SYLLABLES = 3  # a family or a given name
MAX_JOINED_SYLLABLES = 4  # both written together, with nothing between them
MAX_ORG_SYLLABLES = 12  # after the organization word: longer is a sentence, not a name


def stands_alone(run: KhmerRun, i: int, j: int) -> bool:
    """Whether ``run.text[i:j]`` is a word of its own: a separator, punctuation or a known word
    on each side, not more letters of a longer word."""
    s = run.text
    before = i == 0 or i in run.breaks or not is_letter(s[i - 1]) or KNOWN.ends_at(run, i)
    after = j >= len(s) or j in run.breaks or not is_letter(s[j]) or KNOWN.at(run, j) is not None
    return before and after


class KhmerNames:
    """Khmer names, each with its owners (whatever the caller wants back for it)."""

    def __init__(self) -> None:
        self._owners: dict[str, list] = {}
        self._by_prefix: dict[str, list[str]] = {}
        self._short: set[str] = set()

    def add(self, name: str, owner) -> str | None:
        """Add ``name`` for ``owner``; its matching key, or None if it cannot be matched."""
        key = name_key(name)
        if len(key) < 2 or not "\u1780" <= key[0] <= "\u17b3" or not cluster_boundary(key + " ", len(key)):
            return None
        if key not in self._owners:
            self._owners[key] = []
            bucket = self._by_prefix.setdefault(key[:2], [])
            bucket.append(key)
            bucket.sort(key=len, reverse=True)  # the longest name first
            if syllable_count(key) <= 2:
                self._short.add(key)
        self._owners[key].append(owner)
        return key

    def keys(self) -> set[str]:
        return set(self._owners)

    def __bool__(self) -> bool:
        return bool(self._owners)

    def find(self, runs: list[KhmerRun]) -> Iterator[tuple[int, int, list]]:
        """(start, end, owners) of every name in ``runs``, left to right, longest first."""
        for run in runs:
            s, after = run.text, 0
            for i in run.cluster_starts():
                if i < after:
                    continue  # inside the previous name
                for key in self._by_prefix.get(s[i : i + 2], ()):
                    j = i + len(key)
                    if s.startswith(key, i) and cluster_boundary(s, j) and (
                            key not in self._short or stands_alone(run, i, j)):
                        yield (*run.span(i, j), self._owners[key])
                        after = j
                        break


def proposals(runs: list[KhmerRun], known: set[str]) -> Iterator[tuple[str, str, str]]:
    """(key, name, kind) of each person after a title and organization after an organization word
    in ``runs``, except names whose key is ``known``."""
    for run in runs:
        s, i, alone = run.text, 0, True
        while i < len(s):
            if not is_letter(s[i]) or not run.syllable_boundary(i):
                alone = alone or not is_letter(s[i])
                i += 1
                continue
            alone = alone or i in run.breaks
            word = KNOWN.at(run, i)
            if word is None:
                i, alone = max(run.next_cluster(i), i + 1), False
                continue
            found = None
            if word in TITLE_WORDS and (alone or syllable_count(word) > 2):
                found = _person(run, i + len(word))
            elif word in ORGANIZATIONS:
                found = _organization(run, i, i + len(word))
            if found is None:
                i, alone = i + len(word), True
                continue
            key, name, kind, i = found
            alone = True
            if key not in known:
                yield key, name, kind


def _words_end(run: KhmerRun, p: int, stops: Words, ends_at_spaces_only: bool = False) -> int:
    """Where the words from ``p`` end: at punctuation, at a separator (only at a space, if
    ``ends_at_spaces_only``), or where a known word of ``stops`` starts. Known words are read
    whole, so a stop inside a longer word (មាន in ព័ត៌មាន) ends nothing."""
    s, j = run.text, p
    separators = run.spaces if ends_at_spaces_only else run.breaks
    while j < len(s) and is_letter(s[j]) and not (j > p and j in separators):
        word = KNOWN.at(run, j) if run.syllable_boundary(j) else None
        if word is None:
            j = max(run.next_cluster(j), j + 1)
        elif word not in stops or (j == p and word in FAMILY_WORDS and p + len(word) in run.breaks):
            j += len(word)  # "Chea" is also "is": it opens a name when a separator follows it
        else:
            break
    return j


def _person(run: KhmerRun, p: int) -> tuple[str, str, str, int] | None:
    """The name after a title ending at ``p``: (key, name, "person", end) or None."""
    s = run.text
    while (word := KNOWN.at(run, p)) in ROLES:  # "Mr lawyer Sam Sokong", "His Excellency Deputy PM …"
        p += len(word)
    first_end = _words_end(run, p, PERSON_STOPS)
    first = syllable_count(s, p, first_end)
    if first_end < len(s) and first_end in run.breaks:
        second_end = _words_end(run, first_end, PERSON_STOPS)
        if 1 <= first <= MAX_PART_SYLLABLES and 1 <= syllable_count(s, first_end, second_end) <= MAX_PART_SYLLABLES:
            return s[p:second_end], f"{s[p:first_end]} {s[first_end:second_end]}", "person", second_end
    if MAX_PART_SYLLABLES <= first <= MAX_JOINED_SYLLABLES:  # family and given name written together
        return s[p:first_end], s[p:first_end], "person", first_end
    return None


def _organization(run: KhmerRun, i: int, k: int) -> tuple[str, str, str, int] | None:
    """The organization named by the organization word at ``i:k`` and what follows it, up to a
    word that ends names or a space (a zero-width space does not end it)."""
    s = run.text
    j = _words_end(run, k, ORGANIZATION_STOPS, ends_at_spaces_only=True)
    rest = syllable_count(s, k, j)
    if not 1 <= rest <= MAX_ORG_SYLLABLES or _only_generic(run, k, j):
        return None  # "the party" or "the opposition party" is not a name
    return s[i:j], s[i:j], "organization", j


def _only_generic(run: KhmerRun, start: int, end: int) -> bool:
    while start < end:
        word = GENERIC.at(run, start)
        if word is None or start + len(word) > end:
            return False
        start += len(word)
    return True
