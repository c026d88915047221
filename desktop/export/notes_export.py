"""Annotations as files: Markdown, one printable HTML page, Web Annotation JSON-LD, CSV, and an
exchange bundle another Ekasar can import. Every format is built in memory, then bagged."""

import csv
import io
import json
from collections.abc import Callable
from datetime import datetime, timezone
from html import escape

from desktop import __version__
from desktop.export.html_fonts import FAMILIES, font_faces, licence_file
from desktop.export.names import safe_name
from desktop.render.sanitize import markdown_to_html
from desktop.render.text import cited_where
from desktop.store.annotations import Annotation
from desktop.store.documents import Document

BUNDLE_NAME = "ekasar-notes.json"
BUNDLE_FORMAT = "ekasar-notes"


def _page(document: Document | None, note: Annotation) -> tuple[int, int] | None:
    """The first and last page a passage is on, in a paged document (a PDF's), if it is still
    anchored there."""
    if document is None or note.target != "passage" or note.status != "anchored":
        return None
    return document.page_span(note.start, note.end)


def _citation(document: Document | None, doc_id: str, page: tuple[int, int] | None = None) -> str:
    where = f"Ekasar document {cited_where(doc_id, page)}"
    if document is None:
        return where
    info = document.info
    return f"{info.title}" + (f", {info.date}" if info.date else "") + f" ({where})"


def _yaml(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def markdown(notes: list[Annotation], document: Callable[[str], Document | None],
             without_metadata: bool = False) -> dict[str, bytes]:
    """One file per document with YAML front matter, each annotation a quote block; and an index.

    Holds no times or versions either way (``without_metadata`` changes nothing here).
    """
    by_document: dict[str, list[Annotation]] = {}
    for note in notes:
        by_document.setdefault(note.document_id, []).append(note)
    files, used, index = {}, set(), ["# Ekasar notes", ""]
    for doc_id, group in sorted(by_document.items()):
        doc = document(doc_id) if doc_id else None
        title = doc.info.title if doc else ("Notes on people and organizations" if not doc_id else doc_id)
        name = safe_name(title, ".md", used)
        tags = sorted({t for n in group for t in n.tags})
        lines = ["---", f"title: {_yaml(title)}", f"document: {_yaml(doc_id)}"]
        if doc and doc.info.date:
            lines.append(f"date: {_yaml(doc.info.date)}")
        if doc and doc.info.publisher:
            lines.append(f"source: {_yaml(doc.info.publisher)}")
        lines += [f"tags: [{', '.join(_yaml(t) for t in tags)}]", "---", "", f"# {title}", ""]
        for note in sorted(group, key=lambda n: (n.start, n.created)):
            if note.quote:
                lines += [f"> {line}" for line in note.quote.splitlines()] + [""]
            if note.note:
                lines += [note.note, ""]
            meta = [f"colour: {note.color}"] + ([" ".join(f"#{t}" for t in note.tags)] if note.tags else [])
            if note.status != "anchored":
                meta.append("needs review")
            lines += [f"*{' · '.join(meta)}* — {_citation(doc, doc_id, _page(doc, note))}", "", "---", ""]
        files[name] = "\n".join(lines).encode("utf-8")
        index.append(f"- [{title}](<{name}>) — {len(group)} notes")
    files[safe_name("index", ".md", used)] = ("\n".join(index) + "\n").encode("utf-8")
    return files


def html(notes: list[Annotation], document: Callable[[str], Document | None],
         without_metadata: bool = False) -> dict[str, bytes]:
    """One self-contained, printable page: styles and the Khmer and Latin fonts inside it, nothing
    fetched (and no times); the fonts' licence beside it."""
    parts = ["<!doctype html><html><head><meta charset='utf-8'><title>Ekasar notes</title><style>", font_faces(),
             f"body{{font-family:{FAMILIES};max-width:42em;margin:2em auto;"
             "line-height:1.5;color:#111}blockquote{border-left:4px solid #ccc;margin:0;padding:.2em 1em}"
             ".meta{color:#555;font-size:.9em}.note{margin:.4em 0 1.4em}@media print{body{margin:0}}",
             "</style></head><body><h1>Ekasar notes</h1>"]
    for note in sorted(notes, key=lambda n: (n.document_id, n.start, n.created)):
        doc = document(note.document_id) if note.document_id else None
        if note.quote:
            parts.append(f"<blockquote>{escape(note.quote)}</blockquote>")
        if note.note:
            parts.append(f"<div class='note'>{markdown_to_html(note.note)}</div>")
        tags = " ".join(f"#{escape(t)}" for t in note.tags)
        cited = _citation(doc, note.document_id, _page(doc, note))
        parts.append(f"<p class='meta'>{escape(note.color)} {tags} — {escape(cited)}</p>")
    parts.append("</body></html>")
    return {"notes.html": "".join(parts).encode("utf-8"), **licence_file()}


def web_annotation(notes: list[Annotation], document: Callable[[str], Document | None],
                   without_metadata: bool = False) -> dict[str, bytes]:
    """W3C Web Annotation JSON-LD: TextQuoteSelector and TextPositionSelector per annotation,
    and a FragmentSelector naming the page of a PDF's passage (the PDF fragment ``page=``)."""
    items, documents_by_id = [], {}
    for note in notes:
        if note.document_id not in documents_by_id:
            documents_by_id[note.document_id] = document(note.document_id) if note.document_id else None
        page = _page(documents_by_id[note.document_id], note)
        body = ([{"type": "TextualBody", "value": note.note, "format": "text/markdown", "purpose": "commenting"}]
                if note.note else [])
        body += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in note.tags]
        target: dict = {"source": f"ekasar:document/{note.document_id}"}
        if note.target == "passage":
            target["selector"] = [
                {"type": "TextQuoteSelector", "exact": note.quote, "prefix": note.prefix, "suffix": note.suffix},
                {"type": "TextPositionSelector", "start": note.start, "end": note.end},
            ]
            if page:  # the PDF fragment names one page: the passage's first
                target["selector"].append({"type": "FragmentSelector", "value": f"page={page[0]}",
                                           "conformsTo": "http://tools.ietf.org/rfc/rfc3778"})
        elif note.target_id:
            target["source"] = f"ekasar:{note.target}/{note.target_id}"
        times = {} if without_metadata else {"created": note.created, "modified": note.modified}
        items.append({"id": f"urn:uuid:{note.id}", "type": "Annotation", **times, "body": body, "target": target})
    documents = {}
    for doc_id in sorted({n.document_id for n in notes if n.document_id}):
        doc = document(doc_id)
        if doc is not None:
            documents[f"ekasar:document/{doc_id}"] = doc.info.as_json() | {"sha256": doc.text_sha256}
    collection = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
                  "label": "Ekasar notes", "total": len(items), "items": items, "documents": documents}
    return {"notes.jsonld": json.dumps(collection, ensure_ascii=False, indent=2).encode("utf-8")}


def csv_file(notes: list[Annotation], document: Callable[[str], Document | None],
             without_metadata: bool = False) -> dict[str, bytes]:
    out = io.StringIO()
    writer = csv.writer(out)
    times = [] if without_metadata else ["created", "modified"]
    writer.writerow(["id", "document", "title", "quote", "note", "tags", "color", "start", "end", "page", "status",
                     *times])
    for n in notes:
        doc = document(n.document_id) if n.document_id else None
        writer.writerow([n.id, n.document_id, doc.info.title if doc else "", n.quote, n.note, "; ".join(n.tags),
                         n.color, n.start, n.end, _csv_pages(_page(doc, n)), n.status,
                         *[getattr(n, t) for t in times]])
    return {"notes.csv": ("\ufeff" + out.getvalue()).encode("utf-8")}


def _csv_pages(pages: tuple[int, int] | None) -> str:
    if not pages:
        return ""
    return str(pages[0]) if pages[0] == pages[1] else f"{pages[0]}–{pages[1]}"


def bundle(notes: list[Annotation], document: Callable[[str], Document | None],
           without_metadata: bool = False) -> dict[str, bytes]:
    """Everything another Ekasar needs to import these notes (without times, it dates them on import)."""
    left_out = ("created", "modified") if without_metadata else ()
    data = {
        "format": BUNDLE_FORMAT, "version": 1,
        **({} if without_metadata else {"ekasar": __version__,
                                         "exported": datetime.now(timezone.utc).isoformat(timespec="seconds")}),
        "annotations": [{k: v for k, v in n.__dict__.items() if k not in left_out} for n in notes],
        "documents": {d: document(d).info.as_json() | {"sha256": document(d).text_sha256}
                      for d in sorted({n.document_id for n in notes if n.document_id}) if document(d)},
    }
    return {BUNDLE_NAME: json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")}


BUILDERS = {"markdown": markdown, "html": html, "json": web_annotation, "csv": csv_file, "bundle": bundle}
