"""Sub-commands that read the library: build, import, docs, show, search, people, timeline."""

import argparse
import sys
from pathlib import Path

from desktop.commands.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_PARTIAL,
    UsageError,
    library_for,
    print_json,
)
from desktop.paths import bundled_seeds_dir
from desktop.services.library import Library


def cmd_build(args: argparse.Namespace) -> int:
    from desktop.store.build import build_archive  # the builder only for this command

    seeds = Path(args.seeds) if args.seeds else bundled_seeds_dir()
    report = build_archive(seeds, Path(args.out))
    if args.json:
        print_json({"path": str(report.path), "documents": report.documents,
                     "seconds": round(report.seconds, 3), "fingerprint": report.fingerprint})
    else:
        print(f"built {report.path}: {report.documents} documents in {report.seconds:.2f} s")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    if args.ocr:
        from desktop.ingest.readers.ocr import ocr_available

        if not ocr_available():
            raise UsageError("--ocr needs Tesseract with Khmer or English (Debian: apt-get install tesseract-ocr "
                             "tesseract-ocr-khm)")
    with library_for(args) as library:
        report = library.imports.import_files([Path(p) for p in args.paths], ocr=args.ocr)
    if args.json:
        print_json({
            "imported": [{"id": i, "path": str(p)} for p, i in report.imported],
            "already_present": [{"id": i, "path": str(p)} for p, i in report.already_present],
            "skipped": [{"path": str(s.path), "reason": s.reason} for s in report.skipped],
            "notices": [{"path": str(p), "notice": n} for p, n in report.notices],
            "scanned": [{"path": str(p), "id": i} for p, i in report.scanned],
        })
    else:
        for path, doc_id in report.imported:
            print(f"{doc_id}\t{path}")
        for path, doc_id in report.already_present:
            print(f"{doc_id}\t{path}\t(already imported)")
        for path, notice in report.notices:
            print(f"note {path}: {notice}", file=sys.stderr)
        for skipped in report.skipped:
            print(f"skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
    if not report.skipped:
        return EXIT_OK
    return EXIT_PARTIAL if report.imported or report.already_present else EXIT_ERROR


def cmd_docs(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        documents = library.documents.all()
    if args.json:
        print_json([d.as_json() for d in documents])
    else:
        for d in documents:
            print(f"{d.id}  {d.date or '—':10}  {d.title}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        document = library.documents.get(args.id)
    if document is None:
        raise UsageError(f"no document with id {args.id!r} (see 'ekasar docs')")
    body = document.original if args.original else document.text
    if args.json:
        print_json({**document.info.as_json(), "format": document.format,
                     "text": body, "junk": document.junk, "meta": document.meta,
                     "sha256": document.text_sha256})
    elif args.junk:
        for block in document.junk:
            print(f"[{block['rule']} {block['start']}–{block['end']}]\n{block['text']}\n")
    else:
        # Verbatim to a pipe or a file (scripts get the exact text); shown inert on a terminal.
        out = sys.stdout if sys.stdout.isatty() else getattr(sys.stdout, "raw", sys.stdout)
        out.write(body if body.endswith("\n") else body + "\n")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    with library_for(args) as library:
        hits = library.search.run(args.query, args.limit).hits
    if args.json:
        print_json([hit.as_json() for hit in hits])
    else:
        if not hits:
            print("no matches", file=sys.stderr)
        for hit in hits:
            page = f", p. {hit.page}" if hit.page else ""
            within = "  (only inside longer words)" if hit.within_word else ""
            print(f"{hit.document}{page}  {hit.title}{within}\n    {hit.marked_snippet('[', ']')}")
    return EXIT_OK


def cmd_people(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        if args.id:
            return _show_profile(library, args)
        people = [p for p in library.people.summaries() if args.kind in (None, p.kind)]
        if args.json:
            documents = library.people.document_ids()
            print_json([p.as_json(documents.get(p.id, [])) for p in people])
        else:
            for p in people:
                flag = "" if p.reviewed else "  (unreviewed)"
                print(f"{p.id:40} {p.kind:12} {p.mentions:5} mentions in {p.documents:3} documents  {p.name}{flag}")
    return EXIT_OK


def _show_profile(library: Library, args: argparse.Namespace) -> int:
    found = library.people.profile(args.id)
    if found is None:
        raise UsageError(f"no person or organization with id {args.id!r} (see 'ekasar people')")
    p = found.summary
    if args.json:
        print_json({
            **p.as_json([d[0] for d in found.documents]),
            "khmer_name_source": found.khmer_name_source,
            "merged": found.merged,
            "facts": [{"text": f.text, "document": f.document, "title": f.document_title,
                       "start": f.start, "end": f.end, "quote": f.quote} for f in found.facts],
            "document_mentions": [{"id": d, "title": t, "date": date, "mentions": n}
                                  for d, t, date, n in found.documents],
            "contexts": [{"document": c.document, "start": c.start, "end": c.end,
                          "text": f"{c.before}[{c.text}]{c.after}"} for c in found.contexts],
            "co_mentioned": [{"id": i, "name": n, "kind": k, "documents": d} for i, n, k, d in found.co_mentioned],
        })
        return EXIT_OK
    print(f"{p.name} ({p.kind}{'' if p.reviewed else ', unreviewed'})")
    if p.khmer_name:
        print(f"Khmer: {p.khmer_name}")
    if p.aliases:
        print("Also: " + "; ".join(p.aliases))
    for fact in found.facts:
        print(f"- {fact.text}\n    “{' '.join(fact.quote.split())}” ({fact.document}, {fact.start}–{fact.end})")
    print(f"{p.mentions} mentions in {len(found.documents)} documents:")
    for doc_id, title, date, count in found.documents:
        print(f"  {doc_id}  {date or '—':10}  {count:3}×  {title}")
    for context in found.contexts[:20]:
        line = " ".join(f"{context.before}[{context.text}]{context.after}".split())
        print(f"    {context.document}: …{line}…")
    if found.co_mentioned:
        print("Mentioned with: " + ", ".join(f"{n} ({d})" for _i, n, _k, d in found.co_mentioned))
    return EXIT_OK


def cmd_timeline(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        if args.document and library.documents.get(args.document) is None:
            raise UsageError(f"no document with id {args.document!r} (see 'ekasar docs')")
        events = library.timeline.events(args.person, args.document)
    if args.json:
        print_json([event.as_json() for event in events])
        return EXIT_OK
    for event in events:
        when = (event.date or "undated") + (f"–{event.end_date}" if event.end_date else "")
        mark = {"stated": "", "inferred": " (inferred)", "approximate": " (approx.)"}[event.certainty]
        print(f"{when:21}{mark:14} {event.title}   [{event.document}]")
    if not events:
        print("no events", file=sys.stderr)
    return EXIT_OK
