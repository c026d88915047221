"""Migrations after those in schema.py (which is full), on the same two sets.

A set applies its migrations in the order they were registered: schema.py imports this module at
its end, so these always come after its own.
"""

from sqlite_utils import Database

from desktop.store.schema import archive_migrations, user_migrations


def add_event_anchors(db: Database) -> None:
    """Where a relative date ("two weeks later") counts from: the sentence with the date it was
    counted from, in the reading text (NULL for every other event)."""
    db.execute("ALTER TABLE events ADD COLUMN anchor_start INTEGER")
    db.execute("ALTER TABLE events ADD COLUMN anchor_end INTEGER")


@archive_migrations(name="m005_event_anchors")
def archive_event_anchors(db: Database) -> None:
    add_event_anchors(db)


@user_migrations(name="m012_event_anchors")
def user_event_anchors(db: Database) -> None:
    # Only adds columns: the events of imports, and the user's events and edits, stay as they were.
    add_event_anchors(db)


@user_migrations(name="m013_event_dismissals")
def user_event_dismissals(db: Database) -> None:
    """An extracted event the user marked as not an event: its override says so. Kept by the event's
    id like an edit, so it stays dismissed after a rebuild and after its document is removed and
    restored. Undo snapshots taken before this column have none: restoring one leaves it 0."""
    db.execute("ALTER TABLE event_overrides ADD COLUMN dismissed INTEGER NOT NULL DEFAULT 0")


@user_migrations(name="m014_override_quotes")
def user_override_quotes(db: Database) -> None:
    # What an edited or dismissed event was (its sentence, its extracted date), to find it again
    # when a newer Ekasar reads its document differently (desktop/store/override_keys.py).
    db.execute("ALTER TABLE event_overrides ADD COLUMN quote TEXT")
    db.execute("ALTER TABLE event_overrides ADD COLUMN extracted_date TEXT")
