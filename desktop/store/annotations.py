"""Annotations in the user's database: committed on every change, with undo and redo."""

import json
import sqlite3
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

from desktop.errors import EkasarError
from desktop.annotate.anchor import Selector, anchor, select
from desktop.wording import say
from desktop.store.transaction import transaction

COLORS = ("yellow", "green", "blue", "pink", "purple")
_COLUMNS = ("id", "document_id", "text_sha256", "quote", "prefix", "suffix", "start", "end", "status",
            "color", "note", "tags", "created", "modified", "target", "target_id")
TARGETS = ("passage", "document", "entity", "event")


class AnnotationError(EkasarError, ValueError):
    """An annotation cannot be made or changed; the message says why."""


@dataclass
class Annotation:
    id: str
    document_id: str
    text_sha256: str
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int
    status: str
    color: str
    note: str = ""
    tags: list[str] = field(default_factory=list)
    created: str = ""
    modified: str = ""
    target: str = "passage"  # or a note on a whole document, a person/organization, an event
    target_id: str | None = None

    def as_json(self) -> dict:
        return {"id": self.id, "document": self.document_id, "quote": self.quote, "prefix": self.prefix,
                "suffix": self.suffix, "start": self.start, "end": self.end, "color": self.color,
                "note": self.note, "tags": self.tags, "created": self.created, "modified": self.modified,
                "status": self.status}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def _row(annotation: Annotation) -> dict:
    row = asdict(annotation)
    row["tags"] = json.dumps(annotation.tags, ensure_ascii=False)
    return row


def _from_row(row) -> Annotation:
    values = dict(zip(_COLUMNS, row))
    values["tags"] = json.loads(values["tags"])
    return Annotation(**values)


def _get(conn: sqlite3.Connection, annotation_id: str) -> Annotation | None:
    columns = ", ".join(f'"{c}"' for c in _COLUMNS)
    row = conn.execute(f"SELECT {columns} FROM annotations WHERE id = ?", (annotation_id,)).fetchone()
    return _from_row(row) if row else None


def _put(conn: sqlite3.Connection, annotation: Annotation | None, annotation_id: str) -> None:
    conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
    if annotation is not None:
        row = _row(annotation)
        columns = ", ".join(f'"{c}"' for c in _COLUMNS)
        conn.execute(f"INSERT INTO annotations ({columns}) VALUES ({', '.join('?' for _ in _COLUMNS)})",
                     [row[c] for c in _COLUMNS])


def _change(conn: sqlite3.Connection, annotation_id: str, after: Annotation | None) -> None:
    """Apply one change and record it, in one transaction (committed before returning)."""
    with transaction(conn):
        _record_change(conn, annotation_id, after)


def _record_change(conn: sqlite3.Connection, annotation_id: str, after: Annotation | None,
                   forget_redo: bool = True) -> None:
    """Apply one change and record it, inside the caller's transaction."""
    before = _get(conn, annotation_id)
    if forget_redo:  # no redo after a new change
        conn.execute("DELETE FROM annotation_history WHERE undone = 1")
    _put(conn, after, annotation_id)
    conn.execute(
        "INSERT INTO annotation_history (annotation_id, before, after) VALUES (?, ?, ?)",
        (annotation_id, json.dumps(_row(before)) if before else None,
         json.dumps(_row(after)) if after else None),
    )


def _no_annotation(annotation_id: str) -> str:
    return say("Store", "no annotation {id}").format(id=annotation_id)


def _clean_tags(tags: list[str]) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in tags if t and t.strip()))


def add(conn: sqlite3.Connection, document_id: str, text: str, text_sha256: str, start: int, end: int,
        color: str = "yellow", note: str = "", tags: list[str] | None = None) -> Annotation:
    if color not in COLORS:
        raise AnnotationError(f"colour must be one of {', '.join(COLORS)}")
    try:
        selector = select(text, start, end)
    except ValueError as error:
        raise AnnotationError(str(error)) from None
    now = _now()
    annotation = Annotation(str(uuid.uuid4()), document_id, text_sha256, selector.quote, selector.prefix,
                            selector.suffix, start, end, "anchored", color, note, _clean_tags(tags or []),
                            now, now)
    _change(conn, annotation.id, annotation)
    return annotation


def add_note(conn: sqlite3.Connection, target: str, document_id: str, note: str, target_id: str | None = None,
             tags: list[str] | None = None, color: str = "yellow") -> Annotation:
    """A note on a whole document, a person or organization, or a timeline event (no passage)."""
    if target not in TARGETS[1:]:
        raise AnnotationError(f"a note is on a {', '.join(TARGETS[1:])}")
    if target != "document" and not target_id:
        raise AnnotationError(f"a note on an {target} needs its id")
    now = _now()
    annotation = Annotation(str(uuid.uuid4()), document_id, "", "", "", "", 0, 0, "anchored", color, note,
                            _clean_tags(tags or []), now, now, target, target_id)
    _change(conn, annotation.id, annotation)
    return annotation


def reattach(conn: sqlite3.Connection, annotation_id: str, text: str, text_sha256: str, start: int,
             end: int) -> Annotation:
    """Attach an annotation (one needing review) to a newly selected passage."""
    current = _get(conn, annotation_id)
    if current is None:
        raise AnnotationError(_no_annotation(annotation_id))
    selector = select(text, start, end)
    changed = Annotation(**{**asdict(current), "text_sha256": text_sha256, "quote": selector.quote,
                            "prefix": selector.prefix, "suffix": selector.suffix, "start": start, "end": end,
                            "status": "anchored", "target": "passage", "modified": _now()})
    _change(conn, annotation_id, changed)
    return changed


def detach(conn: sqlite3.Connection, annotation_id: str) -> Annotation:
    """Keep an annotation whose passage is gone as a note on its document (the old quote stays)."""
    current = _get(conn, annotation_id)
    if current is None:
        raise AnnotationError(_no_annotation(annotation_id))
    changed = Annotation(**{**asdict(current), "status": "anchored", "target": "document", "modified": _now()})
    _change(conn, annotation_id, changed)
    return changed


def edit(conn: sqlite3.Connection, annotation_id: str, note: str | None = None, tags: list[str] | None = None,
         color: str | None = None) -> Annotation:
    current = _get(conn, annotation_id)
    if current is None:
        raise AnnotationError(_no_annotation(annotation_id))
    if color is not None and color not in COLORS:
        raise AnnotationError(f"colour must be one of {', '.join(COLORS)}")
    changed = Annotation(**{**asdict(current), "note": current.note if note is None else note,
                            "tags": current.tags if tags is None else _clean_tags(tags),
                            "color": color or current.color, "modified": _now()})
    _change(conn, annotation_id, changed)
    return changed


def delete(conn: sqlite3.Connection, annotation_id: str) -> None:
    if _get(conn, annotation_id) is None:
        raise AnnotationError(_no_annotation(annotation_id))
    _change(conn, annotation_id, None)


def undo(conn: sqlite3.Connection) -> str | None:
    """Undo the latest change not yet undone; return the annotation's id."""
    return _replay(conn, undone=False)


def redo(conn: sqlite3.Connection) -> str | None:
    """Redo the earliest undone change; return the annotation's id."""
    return _replay(conn, undone=True)


def _replay(conn: sqlite3.Connection, undone: bool) -> str | None:
    """Undo (restore the state before the latest change) or redo (the state after the earliest undone)."""
    state, order = ("after", "ASC") if undone else ("before", "DESC")  # fixed strings, not input
    row = conn.execute(f"SELECT id, annotation_id, {state} FROM annotation_history WHERE undone = ? "
                       f"ORDER BY id {order} LIMIT 1", (int(undone),)).fetchone()
    if row is None:
        return None
    history_id, annotation_id, snapshot = row
    with transaction(conn):
        _put(conn, _from_json(snapshot), annotation_id)
        conn.execute("UPDATE annotation_history SET undone = ? WHERE id = ?", (int(not undone), history_id))
    return annotation_id


def _from_json(value: str | None) -> Annotation | None:
    if value is None:
        return None
    data = json.loads(value)
    data["tags"] = json.loads(data["tags"])
    return Annotation(**data)


def listing(conn: sqlite3.Connection, tag: str | None = None, document_id: str | None = None) -> list[Annotation]:
    columns = ", ".join(f'"{c}"' for c in _COLUMNS)
    where, params = [], []
    if document_id:
        where.append("document_id = ?")
        params.append(document_id)
    if tag:
        where.append("EXISTS (SELECT 1 FROM json_each(tags) WHERE value = ?)")
        params.append(tag)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = conn.execute(f"SELECT {columns} FROM annotations {clause} ORDER BY created, id", params)
    return [_from_row(row) for row in rows]


def stale_documents(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(document id, hash the annotations were made on) pairs present in the annotations."""
    return conn.execute("SELECT DISTINCT document_id, text_sha256 FROM annotations WHERE target = 'passage'").fetchall()


def reanchor(conn: sqlite3.Connection, document_id: str, old_sha256: str, text: str, new_sha256: str) -> int:
    """Re-anchor a document's annotations made on an older text; return how many need review.

    Not an undoable change: it records where the passages are now. A passage
    that cannot be found keeps its quote and goes to review; nothing is deleted.
    """
    columns = ", ".join(f'"{c}"' for c in _COLUMNS)
    rows = conn.execute(f"SELECT {columns} FROM annotations WHERE document_id = ? AND text_sha256 = ? "
                        "AND target = 'passage'", (document_id, old_sha256)).fetchall()
    lost = 0
    with transaction(conn):
        for row in rows:
            annotation = _from_row(row)
            found = anchor(text, Selector(annotation.quote, annotation.prefix, annotation.suffix,
                                          annotation.start, annotation.end))
            if found is None:
                lost += 1
                conn.execute("UPDATE annotations SET status = 'needs_review' WHERE id = ?", (annotation.id,))
                continue
            fresh = select(text, *found)
            conn.execute(
                'UPDATE annotations SET text_sha256 = ?, quote = ?, prefix = ?, suffix = ?, start = ?, "end" = ?, '
                "status = 'anchored' WHERE id = ?",
                (new_sha256, fresh.quote, fresh.prefix, fresh.suffix, fresh.start, fresh.end, annotation.id),
            )
    return lost


def import_annotations(conn: sqlite3.Connection, incoming: list[Annotation]) -> dict[str, int]:
    """Merge annotations from another Ekasar by UUID; the importer's own are never overwritten.

    New ones are added; identical ones skipped; one that differs from a local
    annotation with the same id is added beside it as a copy tagged "conflict"
    (its id derived from the original's id and content, so importing the same
    bundle again adds nothing).
    """
    counts = {"added": 0, "skipped": 0, "conflicts": 0}
    conn.execute("BEGIN IMMEDIATE")  # all or nothing, and one commit (one sync) for the whole merge
    try:
        conn.execute("DELETE FROM annotation_history WHERE undone = 1")  # once, not per note
        for annotation in incoming:
            _merge_one(conn, annotation, counts)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return counts


def _merge_one(conn: sqlite3.Connection, annotation: Annotation, counts: dict[str, int]) -> None:
    local = _get(conn, annotation.id)
    if local is None:
        _record_change(conn, annotation.id, annotation, forget_redo=False)
        counts["added"] += 1
        return
    if _same(local, annotation):
        counts["skipped"] += 1
        return
    copy_id = str(uuid.uuid5(uuid.NAMESPACE_URL,
                             f"ekasar-conflict:{annotation.id}:{json.dumps(_row(annotation), sort_keys=True)}"))
    if _get(conn, copy_id) is not None:
        counts["skipped"] += 1
        return
    tags = list(dict.fromkeys([*annotation.tags, "conflict"]))
    _record_change(conn, copy_id, Annotation(**{**asdict(annotation), "id": copy_id, "tags": tags}),
                   forget_redo=False)
    counts["conflicts"] += 1


def _same(a: Annotation, b: Annotation) -> bool:
    keys = ("document_id", "quote", "start", "end", "color", "note", "tags", "target", "target_id")
    return all(getattr(a, k) == getattr(b, k) for k in keys)
