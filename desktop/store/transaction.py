"""One write transaction on the user's connection, which is opened in autocommit mode (each
statement its own transaction, and ``with conn:`` then commits nothing together): all of the
statements inside are kept, or none."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error; a savepoint inside a caller's
    transaction."""
    if conn.in_transaction:
        conn.execute("SAVEPOINT ekasar_step")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO SAVEPOINT ekasar_step")
                conn.execute("RELEASE SAVEPOINT ekasar_step")
            raise
        conn.execute("RELEASE SAVEPOINT ekasar_step")
        return
    conn.execute("BEGIN IMMEDIATE")  # the write lock first: no other writer slips in between
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
