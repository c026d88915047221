"""The archive's reading texts, stored compressed.

A built archive keeps its documents in ``document_store`` with each reading
text zlib-compressed, and ``documents`` is a view that gives the texts back
through the ``ekasar_text`` SQL function, so every query, and FTS5 reading its
content for snippets, works as on the user's database (where ``documents`` is
a table: imported texts are few, and stay in the notebook as they are). Every
connection that reads the archive registers the function (``register``).
"""

import sqlite3
import zlib

FUNCTION = "ekasar_text"
STORE = "document_store"


class _Inflate:
    """Decompresses one text, keeping the last: a timeline or a profile reads many
    passages of one document in a row, each through the view."""

    def __init__(self) -> None:
        self._last: tuple[bytes, str] = (b"", "")

    def __call__(self, blob: bytes | None) -> str | None:
        if blob is None:
            return None
        last = self._last  # one read: other threads may replace it meanwhile
        if blob == last[0]:
            return last[1]
        text = zlib.decompress(blob).decode("utf-8")
        self._last = (blob, text)
        return text


def register(conn) -> None:
    """Let ``conn`` (sqlite3 or SQLCipher) read the archive's compressed texts."""
    conn.create_function(FUNCTION, 1, _Inflate(), deterministic=True)


def _compress(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 9)


def compact_documents(conn: sqlite3.Connection) -> None:
    """Move a freshly built archive's documents into ``document_store`` with compressed
    texts, and put the ``documents`` view in their place (indexes follow the table)."""
    (table_sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'documents'").fetchone()
    store_sql = table_sql.replace("CREATE TABLE documents", f"CREATE TABLE {STORE}", 1)
    store_sql = store_sql.replace("text TEXT NOT NULL,", "text BLOB NOT NULL,", 1)
    assert STORE in store_sql and "text BLOB" in store_sql, "the documents table is not as expected"
    indexes = [sql for (sql,) in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents' AND sql IS NOT NULL")]
    columns = [row[1] for row in conn.execute("PRAGMA table_info(documents)")]
    conn.create_function("ekasar_compress", 1, _compress, deterministic=True)
    register(conn)
    conn.execute(store_sql)
    stored = ", ".join("ekasar_compress(text)" if column == "text" else f'"{column}"' for column in columns)
    conn.execute(f"INSERT INTO {STORE} SELECT {stored} FROM documents")
    conn.execute("DROP TABLE documents")
    for sql in indexes:
        conn.execute(sql.replace(" ON documents", f" ON {STORE}", 1))
    shown = ", ".join(f"{FUNCTION}(text) AS text" if column == "text" else f'"{column}"' for column in columns)
    conn.execute(f"CREATE VIEW documents AS SELECT {shown} FROM {STORE}")
