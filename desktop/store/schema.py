"""Schemas of the two databases, as sqlite-utils migrations.

The archive (read-only at run time) and the user database share the
document tables, so a document a user imports is stored, indexed and searched
exactly like a seed.
"""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desktop.store.tokenizers import KHMER_TOKENIZER, LATIN_TOKENIZER

SCHEMA_VERSION = 8  # of the archive; the user database migrates itself

archive_migrations = Migrations("ekasar-archive")
user_migrations = Migrations("ekasar-user")


def create_document_tables(db: Database) -> None:
    """Documents, their paragraphs and Khmer runs, and both full-text indexes."""
    db.executescript(
        """
        CREATE TABLE documents (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            kind TEXT,
            author TEXT,
            publisher TEXT,
            date TEXT,
            language TEXT NOT NULL DEFAULT '[]',   -- JSON list of BCP 47 codes
            format TEXT NOT NULL,                  -- text, markdown or html
            original_sha256 TEXT NOT NULL,
            text_sha256 TEXT NOT NULL,
            meta TEXT NOT NULL DEFAULT '{}',       -- JSON: inferred-value notes, extra fields
            -- Large columns last: SQLite walks every column before the one it
            -- reads, so search reading `text` never touches `original`.
            text TEXT NOT NULL,                    -- reading text (cleaned)
            junk TEXT NOT NULL DEFAULT '[]',       -- JSON: removed boilerplate blocks
            original BLOB NOT NULL                 -- verbatim source (zlib-compressed UTF-8)
        );
        CREATE TABLE paragraphs (
            document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (document_rowid, idx)
        ) WITHOUT ROWID;
        """
    )
    create_word_index(db)
    create_khmer_tables(db)


def create_word_index(db: Database) -> None:
    db["documents"].enable_fts(["title", "text"], tokenize=LATIN_TOKENIZER)
    # Title matches count double when ranking.
    db.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('rank', 'bm25(2.0, 1.0)')")


def create_khmer_tables(db: Database) -> None:
    """The Khmer index (desktop/khmer/index_text.py): a document's Khmer as
    clusters and as words. Khmer has no spaces between words, so the word
    index's tokenizer would cut it into wrong fragments."""
    db.execute(
        """
        CREATE TABLE khmer_text (
            document_rowid INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
            syllables TEXT NOT NULL,
            words TEXT NOT NULL,
            places TEXT NOT NULL                   -- JSON: where each piece starts (index_text.py)
        )
        """
    )
    db["khmer_text"].enable_fts(["syllables", "words"], tokenize=KHMER_TOKENIZER)


def create_listing_index(db: Database) -> None:
    """Everything the library list shows, so listing 50,000 documents reads
    this index rather than the (large) document rows."""
    db.execute(
        "CREATE INDEX documents_listing ON documents"
        "(title COLLATE NOCASE, date, kind, publisher, author, language, id)"
    )


@archive_migrations()
def m001_documents(db: Database) -> None:
    create_document_tables(db)
    db.execute("CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@user_migrations()
def m001_imported_documents(db: Database) -> None:
    create_document_tables(db)
    db.execute("ALTER TABLE documents ADD COLUMN file_name TEXT")
    db.execute("ALTER TABLE documents ADD COLUMN imported_at TEXT")
    # Re-importing a file is recognised by its hash.
    db.execute("CREATE INDEX documents_original_sha256 ON documents(original_sha256)")


def create_entity_tables(db: Database) -> None:
    """People and organizations, their aliases, sourced facts and mentions.

    Mentions refer to entities by id (text), so mentions in the user's
    imports can point at archive entities and curation survives rebuilds.
    """
    db.executescript(
        """
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('person', 'organization')),
            khmer_name TEXT,
            khmer_name_source TEXT,
            reviewed INTEGER NOT NULL DEFAULT 0,   -- 1: from the authority file
            mention_count INTEGER NOT NULL DEFAULT 0,
            document_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE aliases (
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            short INTEGER NOT NULL DEFAULT 0,        -- counted only with the full name nearby
            PRIMARY KEY (entity_id, alias)
        ) WITHOUT ROWID;
        CREATE TABLE facts (
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            text TEXT NOT NULL,
            document_id TEXT NOT NULL,
            start INTEGER NOT NULL,                  -- the quoted passage in the reading text
            "end" INTEGER NOT NULL,
            PRIMARY KEY (entity_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE mentions (
            entity_id TEXT NOT NULL,
            document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX mentions_by_entity ON mentions(entity_id, document_rowid);
        CREATE INDEX mentions_by_document ON mentions(document_rowid, start);
        """
    )


@archive_migrations(name="m002_listing_index")
def archive_listing_index(db: Database) -> None:
    create_listing_index(db)


@user_migrations(name="m002_listing_index")
def user_listing_index(db: Database) -> None:
    create_listing_index(db)


@archive_migrations(name="m003_entities")
def archive_entities(db: Database) -> None:
    create_entity_tables(db)


@user_migrations(name="m003_entities")
def user_entities(db: Database) -> None:
    """Candidates found in imports, their mentions, and the user's curation."""
    create_entity_tables(db)
    db.executescript(
        """
        CREATE TABLE curations (
            id INTEGER PRIMARY KEY,                  -- order of the changes, for undo
            action TEXT NOT NULL CHECK (action IN
                ('rename', 'add_alias', 'remove_alias', 'merge', 'reviewed', 'reject')),
            entity_id TEXT NOT NULL,
            value TEXT,                              -- new name, alias, or merge target
            created TEXT NOT NULL
        );
        CREATE INDEX curations_by_entity ON curations(entity_id);
        """
    )


def create_event_tables(db: Database) -> None:
    """Dated events extracted from documents (one per date expression)."""
    db.executescript(
        """
        CREATE TABLE events (
            -- An event's id is "ev-<document id>-<date_start>": stable across
            -- rebuilds, and not stored (the key below gives it).
            document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
            date_start INTEGER NOT NULL,             -- where the date expression starts
            date TEXT,                               -- ISO 8601 partial; NULL when undated
            end_date TEXT,
            precision TEXT CHECK (precision IN ('day', 'month', 'year')),
            certainty TEXT NOT NULL CHECK (certainty IN ('stated', 'inferred', 'approximate')),
            title TEXT NOT NULL,
            start INTEGER NOT NULL,                  -- the quoted sentence(s) in the reading text; the
            "end" INTEGER NOT NULL,                  -- summary is that text, so it is not stored twice
            entities TEXT NOT NULL DEFAULT '[]',     -- JSON: ids of people and organizations involved
            PRIMARY KEY (document_rowid, date_start)
        ) WITHOUT ROWID;
        """
    )


@archive_migrations(name="m004_events")
def archive_events(db: Database) -> None:
    create_event_tables(db)


@user_migrations(name="m004_events")
def user_events(db: Database) -> None:
    """Events of imports, the user's own events, edits of extracted ones, and their history."""
    create_event_tables(db)
    db.executescript(
        """
        CREATE TABLE user_events (
            id TEXT PRIMARY KEY,                     -- user-<uuid>
            document_id TEXT NOT NULL,               -- the cited passage (archive or imported document)
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            date TEXT,
            end_date TEXT,
            title TEXT NOT NULL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        -- An edit of an extracted event, by id: survives rebuilding the archive.
        CREATE TABLE event_overrides (
            event_id TEXT PRIMARY KEY,
            title TEXT,
            date TEXT,
            end_date TEXT,
            modified TEXT NOT NULL
        );
        -- Undo: the state of a row before each change (NULL: the row did not exist).
        CREATE TABLE event_history (
            id INTEGER PRIMARY KEY,
            table_name TEXT NOT NULL CHECK (table_name IN ('user_events', 'event_overrides')),
            row_id TEXT NOT NULL,
            before TEXT
        );
        """
    )


@user_migrations(name="m005_annotations")
def user_annotations(db: Database) -> None:
    """Highlights, notes and tags; every change is kept for undo and redo."""
    db.executescript(
        """
        CREATE TABLE annotations (
            id TEXT PRIMARY KEY,                     -- a UUID
            target TEXT NOT NULL DEFAULT 'passage'   -- what the note is on
                CHECK (target IN ('passage', 'document', 'entity', 'event')),
            target_id TEXT,                          -- the entity or event id, for those targets
            document_id TEXT NOT NULL,               -- '' for a note on a person or organization
            text_sha256 TEXT NOT NULL,               -- the reading text the selectors were made on
            quote TEXT NOT NULL,                     -- W3C TextQuoteSelector: exact, prefix, suffix
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            start INTEGER NOT NULL,                  -- TextPositionSelector (last known place)
            "end" INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('anchored', 'needs_review')),
            color TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',         -- JSON list
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX annotations_by_document ON annotations(document_id);
        -- Every change, as the row before and after it (JSON; NULL: no row).
        -- Undo walks back through it, redo forward; a new change drops what was undone.
        CREATE TABLE annotation_history (
            id INTEGER PRIMARY KEY,
            annotation_id TEXT NOT NULL,
            before TEXT,
            after TEXT,
            undone INTEGER NOT NULL DEFAULT 0
        );
        """
    )


@user_migrations(name="m006_reading_state")
def user_reading_state(db: Database) -> None:
    # Which document is open and where each was left: activity, so kept with the
    # notes (encrypted with them), not in settings.ini.
    db.execute("CREATE TABLE reading_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@user_migrations(name="m007_khmer_words")
def user_khmer_words(db: Database) -> None:
    """The Khmer substring index gives way to clusters and words (look-alike
    spellings in one form, no hit inside a cluster, whole words first), and
    the word index stops reading Khmer letters as parts of English words."""
    from desktop.khmer.index_text import index_text

    for table in ("khmer_runs_fts", "khmer_runs", "khmer_text_fts", "khmer_text", "documents_fts"):
        db.execute(f"DROP TABLE IF EXISTS {table}")
    create_word_index(db)
    db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
    create_khmer_tables(db)
    for rowid, text in db.execute("SELECT rowid, text FROM documents").fetchall():
        indexed = index_text(text)
        if indexed is not None:
            insert_khmer_text(db.conn, rowid, indexed)


def insert_khmer_text(conn, rowid: int, indexed) -> None:
    """A document's entry in the Khmer index (a KhmerIndexText)."""
    conn.execute(
        "INSERT INTO khmer_text (document_rowid, syllables, words, places) VALUES (?, ?, ?, ?)",
        (rowid, indexed.syllables, indexed.words, indexed.places),
    )
    conn.execute(
        "INSERT INTO khmer_text_fts (rowid, syllables, words) VALUES (?, ?, ?)",
        (rowid, indexed.syllables, indexed.words),
    )


@user_migrations(name="m008_document_tags")
def user_document_tags(db: Database) -> None:
    """The user's tags on documents, archive or imported (by id: they survive rebuilding the archive).
    One tag whatever its case: the first spelling given is kept."""
    db.executescript(
        """
        CREATE TABLE document_tags (
            document_id TEXT NOT NULL,
            tag TEXT NOT NULL COLLATE NOCASE,
            added TEXT NOT NULL,
            PRIMARY KEY (document_id, tag)
        ) WITHOUT ROWID;
        CREATE INDEX document_tags_by_tag ON document_tags(tag, document_id);
        """
    )


@user_migrations(name="m009_collections")
def user_collections(db: Database) -> None:
    """Named collections of documents (archive or imported, by id), as in a reference manager."""
    db.executescript(
        """
        CREATE TABLE collections (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created TEXT NOT NULL
        );
        CREATE TABLE collection_documents (
            collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
            document_id TEXT NOT NULL,
            added TEXT NOT NULL,
            PRIMARY KEY (collection_id, document_id)
        ) WITHOUT ROWID;
        CREATE INDEX collection_documents_by_document ON collection_documents(document_id);
        """
    )


@user_migrations(name="m010_removed_documents")
def user_removed_documents(db: Database) -> None:
    """Imported documents the user removed, kept whole so the removal can be undone exactly
    (desktop/store/removal.py): the document's row and every row that hung on it."""
    db.execute(
        """
        CREATE TABLE removed_documents (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            removed_at TEXT NOT NULL,
            copy BLOB NOT NULL,                      -- zlib-compressed JSON: the rows, by table
            original BLOB NOT NULL,                  -- the documents row's original, as it was stored
            moved_notes TEXT NOT NULL DEFAULT '[]'   -- JSON: ids of the notes the removal sent to review
        )
        """
    )


@user_migrations(name="m011_purged_documents")
def user_purged_documents(db: Database) -> None:
    """What is kept of an imported document deleted for good, so that the user's notes and events on
    it still cite it (desktop/store/tombstones.py): no text, only what a citation needs."""
    db.execute(
        """
        CREATE TABLE purged_documents (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            date TEXT,
            pages TEXT NOT NULL DEFAULT '[]',          -- JSON: where each page started (a PDF's)
            text_sha256 TEXT NOT NULL,                 -- of the reading text the notes were made on
            edited_events TEXT NOT NULL DEFAULT '[]',  -- JSON: rows of its extracted events the user edited
            purged_at TEXT NOT NULL
        )
        """
    )


# The later migrations (registered after these, so applied after them).
from desktop.store import migrations as _later  # noqa: F401
