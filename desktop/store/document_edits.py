"""Editing an imported document's details: title, author, publisher, date and kind.

Only the user's database is written (archive documents are read-only). The title is also in the
word index, so its entry there is replaced in the same transaction: search finds the new title,
never the old one.
"""

import datetime
import json
import re
import sqlite3

from desktop.errors import DocumentNotFound, EkasarError
from desktop.store.transaction import transaction
from desktop.wording import number, say, typed_digits

FIELDS = ("title", "author", "publisher", "date", "kind")
MAX_LENGTH = 1000  # characters in one field
# The catalog's rule (desktop/ingest/catalog.py): a year, a month or a day, never more precise
# than what is known. [0-9], not \d: other scripts' digits are turned into 0-9 first.
_ISO_DATE = re.compile(r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")
# Control characters pasted into a detail (from a terminal, a PDF's metadata): they would rewrite
# a terminal the title is printed to and hide in every export. Escape sequences go whole (CSI, OSC
# ended as terminals end one, and ESC with its next character); then every other C0 and C1 control
# (BEL, NUL, DEL…). Line breaks, tabs and the other characters Python counts as spaces become one
# space. Bidi controls stay as typed: everywhere a title is shown they are shown as marks
# (desktop/render/text.py visible_controls, and inert() in a terminal), never obeyed.
_ESCAPE_SEQUENCE = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
                              r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
                              r"|\x1b[ -/]*[0-~]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


class DocumentEditError(EkasarError, ValueError):
    """A document's details cannot be changed as asked; the message says why."""


def check_document_date(value: str | None) -> str | None:
    """A document date as YYYY, YYYY-MM or YYYY-MM-DD (Khmer digits read as 0-9), None when blank.

    :raises DocumentEditError: any other form, or a day the calendar does not have (2023-02-30).
    """
    if value is None or not value.strip():
        return None
    value = typed_digits(value.strip())
    if not _ISO_DATE.match(value):
        raise DocumentEditError(say("Documents", "the date must be YYYY, YYYY-MM or YYYY-MM-DD (such as 2024, "
                                                 "2024-03 or 2024-03-03), not {value}").format(value=repr(value)))
    if len(value) == 10:
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            raise DocumentEditError(say("Documents", "there is no such day: {value}")
                                    .format(value=repr(value))) from None
    return value


def one_line(value: str | None) -> str:
    """``value`` as a detail is stored: its controls dropped (see above), its spaces collapsed."""
    return " ".join(_CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", value or "")).split())


def clean_details(changes: dict[str, str | None]) -> dict[str, str | None]:
    """``changes`` checked and tidied: one line each with no control characters, blank as None,
    the date checked.

    :raises DocumentEditError: an unknown field, an empty title, a bad date, a value too long.
    """
    cleaned: dict[str, str | None] = {}
    for name, value in changes.items():
        if name not in FIELDS:
            raise DocumentEditError(f"unknown document field {name!r}")
        text = one_line(value)
        if len(text) > MAX_LENGTH:
            raise DocumentEditError(say("Documents", "a document's title, author, publisher or kind can be at most "
                                                     "{limit} characters").format(limit=number(MAX_LENGTH)))
        cleaned[name] = check_document_date(text) if name == "date" else (text or None)
    if "title" in cleaned and cleaned["title"] is None:
        raise DocumentEditError(say("Documents", "a document needs a title"))
    return cleaned


def edit_details(conn: sqlite3.Connection, doc_id: str, changes: dict[str, str | None]) -> dict[str, str | None]:
    """Change an imported document's details; return the fields that changed, with their new values.

    A changed field is the user's from now on: what the import noted about how it was inferred is
    dropped, and the field is listed in the document's ``meta["edited"]``. One transaction,
    committed before returning.

    :raises DocumentNotFound: no imported document ``doc_id`` (archive documents are not here).
    :raises DocumentEditError: see ``clean_details``.
    """
    cleaned = clean_details(changes)
    row = conn.execute(f"SELECT rowid, meta, {', '.join(FIELDS)} FROM main.documents WHERE id = ?",
                       (doc_id,)).fetchone()
    if row is None:
        raise DocumentNotFound(doc_id)
    rowid, meta = row[0], json.loads(row[1])
    current = dict(zip(FIELDS, row[2:]))
    changed = {name: value for name, value in cleaned.items() if current[name] != value}
    if not changed:
        return {}
    inferred = meta.get("inferred", {})
    for name in changed:
        inferred.pop(name, None)
    if "inferred" in meta and not inferred:
        del meta["inferred"]
    if meta.get("from_file"):  # what the file stated of itself is no longer what is shown
        meta["from_file"] = [name for name in meta["from_file"] if name not in changed]
    meta["edited"] = sorted(set(meta.get("edited", [])) | set(changed))
    assignments = ", ".join(f"{name} = ?" for name in changed)
    with transaction(conn):
        if "title" in changed:  # an external-content index: the old entry goes by its old values
            conn.execute("INSERT INTO main.documents_fts (documents_fts, rowid, title, text) "
                         "SELECT 'delete', rowid, title, text FROM main.documents WHERE rowid = ?", (rowid,))
        conn.execute(f"UPDATE main.documents SET {assignments}, meta = ? WHERE rowid = ?",
                     [*changed.values(), json.dumps(meta, ensure_ascii=False, sort_keys=True), rowid])
        if "title" in changed:
            conn.execute("INSERT INTO main.documents_fts (rowid, title, text) "
                         "SELECT rowid, title, text FROM main.documents WHERE rowid = ?", (rowid,))
    return changed


def known_kinds(conn: sqlite3.Connection) -> list[str]:
    """Every kind a document has, archive or imported, to offer when editing one."""
    rows = conn.execute("SELECT kind FROM archive.documents WHERE kind IS NOT NULL UNION "
                        "SELECT kind FROM main.documents WHERE kind IS NOT NULL")
    return sorted({row[0] for row in rows}, key=str.casefold)
