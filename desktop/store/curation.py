"""The user's corrections to people and organizations, kept in user.sqlite.

Curation is a list of changes applied, in order, over whatever the archive
says; it refers to entities by id, so it survives rebuilding or replacing the
archive. Undo removes the latest change.
"""

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone

from desktop.errors import EkasarError
from desktop.wording import say
from desktop.store.transaction import transaction

ACTIONS = ("rename", "add_alias", "remove_alias", "merge", "reviewed", "reject")


class CurationError(EkasarError, ValueError):
    pass


@dataclass
class Overlay:
    """The effect of all curation: what to show instead of the raw entities."""

    names: dict[str, str] = field(default_factory=dict)
    added_aliases: dict[str, list[str]] = field(default_factory=dict)
    removed_aliases: dict[str, set[str]] = field(default_factory=dict)
    merged_into: dict[str, str] = field(default_factory=dict)
    reviewed: set[str] = field(default_factory=set)
    rejected: set[str] = field(default_factory=set)

    def target(self, entity_id: str) -> str:
        """Where an entity now lives (following merges)."""
        seen = set()
        while entity_id in self.merged_into and entity_id not in seen:
            seen.add(entity_id)
            entity_id = self.merged_into[entity_id]
        return entity_id

    def group(self, entity_id: str, all_ids) -> list[str]:
        """The entity and every entity merged into it."""
        return [entity_id] + [i for i in all_ids if i != entity_id and self.target(i) == entity_id]


def load_overlay(conn: sqlite3.Connection) -> Overlay:
    overlay = Overlay()
    for action, entity_id, value in conn.execute("SELECT action, entity_id, value FROM curations ORDER BY id"):
        if action == "rename":
            overlay.names[entity_id] = value
        elif action == "add_alias":
            overlay.added_aliases.setdefault(entity_id, []).append(value)
            overlay.removed_aliases.get(entity_id, set()).discard(value)
        elif action == "remove_alias":
            overlay.removed_aliases.setdefault(entity_id, set()).add(value)
            if value in overlay.added_aliases.get(entity_id, []):
                overlay.added_aliases[entity_id].remove(value)
        elif action == "merge":
            overlay.merged_into[entity_id] = value
        elif action == "reviewed":
            overlay.reviewed.add(entity_id)
        elif action == "reject":
            overlay.rejected.add(entity_id)
    return overlay


def record(conn: sqlite3.Connection, action: str, entity_id: str, value: str | None = None) -> int:
    """Store one change (committed at once); returns its id."""
    if action not in ACTIONS:
        raise CurationError(f"unknown curation {action!r}")
    if action in ("rename", "add_alias", "remove_alias", "merge") and not (value or "").strip():
        raise CurationError(f"{action} needs a value")
    if action == "merge" and value == entity_id:
        raise CurationError(say("Store", "an entity cannot be merged into itself"))
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO curations (action, entity_id, value, created) VALUES (?, ?, ?, ?)",
            (action, entity_id, value.strip() if value else None,
             datetime.now(timezone.utc).isoformat(timespec="seconds")),
        )
    return cursor.lastrowid


def undo_last(conn: sqlite3.Connection) -> tuple[str, str, str | None] | None:
    """Remove the latest change; return what it was, or None if there is nothing to undo."""
    row = conn.execute("SELECT id, action, entity_id, value FROM curations ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    with transaction(conn):
        conn.execute("DELETE FROM curations WHERE id = ?", (row[0],))
    return row[1], row[2], row[3]
