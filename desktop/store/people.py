"""People and organizations as the user sees them: archive and imports, with curation applied."""

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from desktop.store.curation import Overlay
from desktop.store.documents import page_at, page_starts

CONTEXT_CHARS = 70
MAX_CONTEXTS = 400  # mention contexts listed in a profile (counts stay exact)


@dataclass
class PersonSummary:
    id: str
    name: str
    kind: str
    aliases: list[str]
    khmer_name: str | None
    mentions: int
    documents: int
    reviewed: bool

    def as_json(self, document_ids: list[str]) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "aliases": self.aliases,
                "khmer_name": self.khmer_name, "documents": document_ids, "mentions": self.mentions,
                "reviewed": self.reviewed}


@dataclass
class Fact:
    text: str
    document: str
    document_title: str
    start: int
    end: int
    quote: str
    page: int | None = None  # in a paged document (a PDF)


@dataclass
class MentionContext:
    document: str
    start: int
    end: int
    before: str
    text: str
    after: str
    page: int | None = None  # in a paged document (a PDF)


@dataclass
class Profile:
    summary: PersonSummary
    khmer_name_source: str | None
    facts: list[Fact] = field(default_factory=list)
    documents: list[tuple[str, str, str | None, int]] = field(default_factory=list)  # id, title, date, count
    contexts: list[MentionContext] = field(default_factory=list)
    co_mentioned: list[tuple[str, str, str, int]] = field(default_factory=list)  # id, name, kind, shared docs
    merged: list[str] = field(default_factory=list)


def _rows(conn: sqlite3.Connection):
    return conn.execute(
        "SELECT id, name, kind, khmer_name, reviewed, mention_count, document_count FROM entities"
    ).fetchall()


def _aliases(conn: sqlite3.Connection) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for entity_id, alias in conn.execute("SELECT entity_id, alias FROM aliases ORDER BY short, alias"):
        found[entity_id].append(alias)
    return found


def summaries(databases: list[sqlite3.Connection], overlay: Overlay) -> list[PersonSummary]:
    """Every entity not rejected or merged away, with curated names, aliases and counts."""
    base: dict[str, PersonSummary] = {}
    aliases: dict[str, list[str]] = defaultdict(list)
    archive, user = databases
    for conn in databases:
        for entity_id, alias_list in _aliases(conn).items():
            aliases[entity_id].extend(a for a in alias_list if a not in aliases[entity_id])
        for entity_id, name, kind, khmer, reviewed, mentions, documents in _rows(conn):
            if entity_id in base:
                base[entity_id].reviewed |= bool(reviewed)
            else:  # counts: the archive's are stored; the user's are counted below
                stored = conn is archive
                base[entity_id] = PersonSummary(entity_id, name, kind, [], khmer, mentions if stored else 0,
                                                documents if stored else 0, bool(reviewed))
    # Imports mention archive entities too: count every mention in the user's documents.
    for entity_id, mentions, documents in user.execute(
        "SELECT entity_id, count(*), count(DISTINCT document_rowid) FROM mentions GROUP BY entity_id"
    ):
        if entity_id in base:
            base[entity_id].mentions += mentions
            base[entity_id].documents += documents
    shown: dict[str, PersonSummary] = {}
    for entity_id, person in base.items():
        if entity_id in overlay.rejected or overlay.target(entity_id) != entity_id:
            continue
        person.name = overlay.names.get(entity_id, person.name)
        person.reviewed = person.reviewed or entity_id in overlay.reviewed
        shown[entity_id] = person
    for entity_id, person in base.items():  # fold merged entities into their targets
        target = overlay.target(entity_id)
        if target != entity_id and target in shown and entity_id not in overlay.rejected:
            shown[target].mentions += person.mentions
            shown[target].documents += person.documents  # refined below where it matters
            aliases[target].extend([person.name, *aliases.get(entity_id, [])])
    for entity_id, person in shown.items():
        names = [a for a in [*aliases.get(entity_id, []), *overlay.added_aliases.get(entity_id, [])]
                 if a != person.name]
        removed = overlay.removed_aliases.get(entity_id, set())
        person.aliases = list(dict.fromkeys(a for a in names if a not in removed))
    if overlay.merged_into:
        for target in {overlay.target(i) for i in overlay.merged_into} & shown.keys():
            shown[target].documents = len(document_ids(databases, overlay.group(target, base.keys())))
    return sorted(shown.values(), key=lambda p: (-p.mentions, p.name.casefold()))


def document_ids(databases: list[sqlite3.Connection], ids: list[str]) -> list[str]:
    """Ids of the documents mentioning any of ``ids`` (archive first, in id order)."""
    found: list[str] = []
    for conn in databases:
        found += [row[0] for row in conn.execute(
            "SELECT DISTINCT d.id FROM mentions m JOIN documents d ON d.rowid = m.document_rowid "
            "WHERE m.entity_id IN (SELECT value FROM json_each(?)) ORDER BY d.id", (json.dumps(ids),))]
    return list(dict.fromkeys(found))


def all_document_ids(databases: list[sqlite3.Connection]) -> dict[str, list[str]]:
    """Entity id → ids of documents mentioning it, for every entity at once."""
    found: dict[str, list[str]] = defaultdict(list)
    for conn in databases:
        for entity_id, doc_id in conn.execute(
            "SELECT DISTINCT m.entity_id, d.id FROM mentions m JOIN documents d ON d.rowid = m.document_rowid "
            "ORDER BY m.entity_id, d.id"
        ):
            found[entity_id].append(doc_id)
    return found


def profile(databases: list[sqlite3.Connection], overlay: Overlay, entity_id: str,
            people: list[PersonSummary]) -> Profile | None:
    entity_id = overlay.target(entity_id)
    summary = next((p for p in people if p.id == entity_id), None)
    if summary is None:
        return None
    all_ids = {row[0] for conn in databases for row in conn.execute("SELECT id FROM entities")}
    group = overlay.group(entity_id, all_ids)
    source = next((row[0] for conn in databases for row in conn.execute(
        "SELECT khmer_name_source FROM entities WHERE id = ?", (entity_id,)) if row[0]), None)
    result = Profile(summary, source, merged=[i for i in group if i != entity_id])
    ids_json = json.dumps(group)
    for conn in databases:
        for text, doc_id, title, start, end, body in conn.execute(
            'SELECT f.text, f.document_id, d.title, f.start, f."end", substr(d.text, f.start + 1, f."end" - f.start) '
            "FROM facts f JOIN documents d ON d.id = f.document_id "
            "WHERE f.entity_id IN (SELECT value FROM json_each(?)) ORDER BY f.entity_id, f.idx", (ids_json,)
        ):
            result.facts.append(Fact(text, doc_id, title, start, end, body))
        result.documents += conn.execute(
            """SELECT d.id, d.title, d.date, counted.n FROM (
                   SELECT document_rowid, count(*) AS n FROM mentions
                   WHERE entity_id IN (SELECT value FROM json_each(?)) GROUP BY document_rowid
               ) AS counted JOIN documents d ON d.rowid = counted.document_rowid ORDER BY d.id""", (ids_json,)
        ).fetchall()
        budget = MAX_CONTEXTS - len(result.contexts)
        for doc_id, start, end, before, text, after in conn.execute(
            f"""SELECT d.id, m.start, m."end",
                   substr(d.text, max(1, m.start - {CONTEXT_CHARS} + 1), min(m.start, {CONTEXT_CHARS})),
                   substr(d.text, m.start + 1, m."end" - m.start),
                   substr(d.text, m."end" + 1, {CONTEXT_CHARS})
            FROM mentions m JOIN documents d ON d.rowid = m.document_rowid
            WHERE m.entity_id IN (SELECT value FROM json_each(?))
            ORDER BY d.id, m.start LIMIT ?""", (ids_json, max(0, budget))
        ):
            result.contexts.append(MentionContext(doc_id, start, end, before, text, after))
    _add_pages(databases, result)
    result.co_mentioned = _co_mentioned(databases, overlay, group, people)
    return result


def _add_pages(databases: list[sqlite3.Connection], result: Profile) -> None:
    """The page of each fact and mention in a paged document."""
    ids = {fact.document for fact in result.facts} | {context.document for context in result.contexts}
    pages = {doc_id: starts for conn in databases for doc_id, starts in page_starts(conn, ids).items()}
    for item in [*result.facts, *result.contexts]:
        if item.document in pages:
            item.page = page_at(pages[item.document], item.start)


def _co_mentioned(databases, overlay: Overlay, group: list[str], people: list[PersonSummary],
                  limit: int = 10) -> list[tuple[str, str, str, int]]:
    shared: dict[str, int] = defaultdict(int)
    for conn in databases:
        for other, documents in conn.execute(
            """WITH shared AS (SELECT DISTINCT document_rowid FROM mentions
                               WHERE entity_id IN (SELECT value FROM json_each(?)))
               SELECT entity_id, count(DISTINCT document_rowid) FROM mentions
               WHERE document_rowid IN (SELECT document_rowid FROM shared)
                 AND entity_id NOT IN (SELECT value FROM json_each(?))
               GROUP BY entity_id""", (json.dumps(group), json.dumps(group))
        ):
            shared[overlay.target(other)] += documents
    by_id = {p.id: p for p in people}
    ranked = sorted(((i, n) for i, n in shared.items() if i in by_id and i not in group),
                    key=lambda item: (-item[1], by_id[item[0]].name))
    return [(i, by_id[i].name, by_id[i].kind, n) for i, n in ranked[:limit]]


def mentions_in_document(conn: sqlite3.Connection, document_rowid: int) -> list[tuple[str, int, int]]:
    return conn.execute(
        'SELECT entity_id, start, "end" FROM mentions WHERE document_rowid = ? ORDER BY start',
        (document_rowid,),
    ).fetchall()
