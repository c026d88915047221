"""Where the user was reading: the open document and each document's position."""

OPEN_DOCUMENT = "open_document"
POSITION = "position:"


def read_value(conn, key: str) -> str | None:
    row = conn.execute("SELECT value FROM reading_state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def write_value(conn, key: str, value: str) -> None:
    conn.execute("INSERT INTO reading_state (key, value) VALUES (?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))
