"""The two full-text indexes' tokenizers, and the word index's applied to a query.

Kept apart from the schema so searching does not import the migrations.
"""

import sqlite3
import threading

# Khmer is a separator to the word index (the Khmer index has it): English
# glued to Khmer (ក្រុមហ៊ុនGoogleនិង) is a word of its own.
KHMER_SEPARATORS = "".join(map(chr, [*range(0x1780, 0x1800), *range(0x19E0, 0x1A00)]))
LATIN_TOKENIZER = f"porter unicode61 remove_diacritics 2 separators '{KHMER_SEPARATORS}'"
# The Khmer index holds clusters and words already cut and space-separated.
KHMER_TOKENIZER = "ascii"


class _WordIndexTerms:
    """The terms the word index stores for a text (stemmed, folded), read
    back from a one-row FTS5 table in memory with the same tokenizer."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            conn.execute(f"CREATE VIRTUAL TABLE words USING fts5(text, tokenize=\"{LATIN_TOKENIZER}\")")
            conn.execute("CREATE VIRTUAL TABLE terms USING fts5vocab(words, instance)")
            self._conn = conn
        return self._conn

    def __call__(self, text: str) -> list[str]:
        with self._lock:
            conn = self._connection()
            conn.execute("INSERT INTO words (rowid, text) VALUES (1, ?)", (text,))
            try:
                return [term for (term,) in conn.execute("SELECT term FROM terms ORDER BY offset")]
            finally:
                conn.execute("DELETE FROM words")


word_index_terms = _WordIndexTerms()
