"""Writing entities, aliases, facts and mentions (archive build and imports)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop.errors import EkasarError
from desktop.extract import tolerant_find
from desktop.extract.authority import Entity
from desktop.extract.mentions import Mention

if TYPE_CHECKING:  # the builder's and importer's types: name finding is not loaded to read the archive
    from desktop.extract.authority import Authority
    from desktop.extract.candidates import Candidate


class CitationError(EkasarError, ValueError):
    """A fact's quote is not in the document it cites."""


def write_authority(conn: sqlite3.Connection, authority: Authority, texts: dict[str, str]) -> None:
    """Reviewed entities with aliases and facts; every fact's quote is located in its document.

    :raises CitationError: a fact cites a missing document or a passage not in it.
    """
    for entity in authority.entities:
        conn.execute(
            "INSERT INTO entities (id, name, kind, khmer_name, khmer_name_source, reviewed) "
            "VALUES (?, ?, ?, ?, ?, 1)",
            (entity.id, entity.name, entity.kind, entity.khmer_name, entity.khmer_name_source),
        )
        _write_aliases(conn, entity)
        for idx, fact in enumerate(entity.facts):
            if fact.document not in texts:
                raise CitationError(f"{entity.id}: fact cites unknown document {fact.document}")
            span = tolerant_find.find_quote(texts[fact.document], fact.quote)
            if span is None:
                raise CitationError(f"{entity.id}: quote not found in {fact.document}: {fact.quote[:60]!r}")
            conn.execute(
                'INSERT INTO facts (entity_id, idx, text, document_id, start, "end") VALUES (?, ?, ?, ?, ?, ?)',
                (entity.id, idx, fact.text, fact.document, *span),
            )


def _write_aliases(conn: sqlite3.Connection, entity: Entity) -> None:
    rows = [(entity.id, alias, 0) for alias in entity.aliases if alias != entity.name]
    rows += [(entity.id, alias, 1) for alias in entity.short_forms]
    conn.executemany("INSERT OR IGNORE INTO aliases (entity_id, alias, short) VALUES (?, ?, ?)", rows)


def write_mentions(conn: sqlite3.Connection, document_rowid: int, mentions: Iterable[Mention]) -> None:
    conn.executemany(
        'INSERT INTO mentions (entity_id, document_rowid, start, "end") VALUES (?, ?, ?, ?)',
        [(m.entity_id, document_rowid, m.start, m.end) for m in mentions],
    )


def write_candidates(conn: sqlite3.Connection, document_rowid: int, candidates: Iterable[Candidate]) -> None:
    """Unreviewed entities proposed for a document, with their mentions."""
    for candidate in candidates:
        conn.execute(
            "INSERT OR IGNORE INTO entities (id, name, kind, khmer_name, reviewed) VALUES (?, ?, ?, ?, 0)",
            (candidate.id, candidate.name, candidate.kind, candidate.khmer_name),
        )
        write_mentions(conn, document_rowid, (Mention(candidate.id, a, b) for a, b in candidate.spans))


def refresh_counts(conn: sqlite3.Connection) -> None:
    """Store each entity's mention and document counts (what the people list shows)."""
    conn.execute(
        """
        UPDATE entities SET mention_count = counted.mentions, document_count = counted.documents
        FROM (SELECT entity_id, count(*) AS mentions, count(DISTINCT document_rowid) AS documents
              FROM mentions GROUP BY entity_id) AS counted
        WHERE counted.entity_id = entities.id
        """
    )


def load_entities(conn: sqlite3.Connection) -> list[Entity]:
    """Entities with their aliases, as the extractor needs them (for imports)."""
    aliases: dict[str, tuple[list[str], list[str]]] = {}
    for entity_id, alias, short in conn.execute("SELECT entity_id, alias, short FROM aliases"):
        aliases.setdefault(entity_id, ([], []))[1 if short else 0].append(alias)
    return [
        Entity(id=entity_id, name=name, kind=kind, aliases=tuple(aliases.get(entity_id, ([], []))[0]),
               short_forms=tuple(aliases.get(entity_id, ([], []))[1]), khmer_name=khmer,
               reviewed=bool(reviewed))
        for entity_id, name, kind, khmer, reviewed in conn.execute(
            "SELECT id, name, kind, khmer_name, reviewed FROM entities")
    ]
