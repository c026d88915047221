"""The timeline as TimelineJS JSON and as CSV."""

import csv
import io
import json

from desktop.store.timeline import TimelineEvent
from desktop.render.text import cited_where

CSV_COLUMNS = ["id", "date", "end_date", "precision", "certainty", "title", "summary", "quote",
               "document", "document_title", "start", "end", "people", "organizations", "source", "page"]


def _timelinejs_date(date: str) -> dict:
    parts = date.split("-")
    keys = ("year", "month", "day")
    return {key: str(int(value)) for key, value in zip(keys, parts)}


def timelinejs(events: list[TimelineEvent], title: str = "Ekasar timeline") -> dict:
    """A TimelineJS 3 document. Undated events cannot be placed on it and are left out."""
    items = []
    for event in events:
        if not event.date:
            continue
        item = {
            "unique_id": event.id,
            "start_date": _timelinejs_date(event.date),
            "text": {
                "headline": event.title,
                "text": f"“{event.quote}” — {event.document_title} ({cited_where(event.document, event.page)}). "
                        f"Date {event.certainty}, {event.precision} precision.",
            },
            "group": ", ".join(event.people[:1] or event.organizations[:1]) or event.document_title,
        }
        if event.end_date:
            item["end_date"] = _timelinejs_date(event.end_date)
        items.append(item)
    return {"title": {"text": {"headline": title, "text": f"{len(items)} events"}}, "events": items}


def timelinejs_bytes(events: list[TimelineEvent], title: str = "Ekasar timeline") -> bytes:
    return json.dumps(timelinejs(events, title), ensure_ascii=False, indent=2).encode("utf-8")


def csv_bytes(events: list[TimelineEvent]) -> bytes:
    """One row per event; UTF-8 with a byte-order mark so spreadsheets read Khmer correctly."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for e in events:
        writer.writerow([e.id, e.date or "", e.end_date or "", e.precision or "", e.certainty, e.title,
                         e.summary, e.quote, e.document, e.document_title, e.start, e.end,
                         "; ".join(e.people), "; ".join(e.organizations), e.source, e.page or ""])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
