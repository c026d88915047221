"""The `ekasar` command: the window by default, sub-commands for scripting.

Every sub-command accepts ``--data-dir`` and ``--json``; bad input gives a
one-line error on stderr and exit status 2, never a traceback.
"""

import argparse
import json
import os
import sys
from dataclasses import replace
from pathlib import Path

from desktop.errors import EkasarError, NotFound
from desktop import __version__
from desktop.paths import bundled_seeds_dir, confine_if_portable, ensure_data_dir, resolve_data_dir
from desktop.store.build import BuildError, build_archive
from desktop.export.bundle_import import BundleError, read_bundle, read_sealed_bundle
from desktop.export.exporter import ExportResult, export_notes, preview_export, unseal_export
from desktop.export.notes_export import FORMATS as EXPORT_FORMATS
from desktop.export.options import ExportOptions
from desktop.export.safe_write import ExportError
from desktop.export.sealed_export import UnsealError, is_sealed_file
from desktop.security.prompt import NoPassphrase, read_passphrase
from desktop import security_cli
from desktop.store.annotations import COLORS as ANNOTATION_COLORS
from desktop.store.annotations import AnnotationError
from desktop.store.connect import Errors as DatabaseLibraryErrors
from desktop.services.library import Library
from desktop.services.locate import active_archive, open_library

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2


class UsageError(EkasarError):
    """Bad input from the command line; reported in one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line instead of usage + message
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _common(top_level: bool) -> argparse.ArgumentParser:
    """Options every command takes, before or after the sub-command's name.

    Sub-commands must not reset what was given before their name, hence SUPPRESS.
    """
    default = {} if top_level else {"default": argparse.SUPPRESS}
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", help="where your notes and imports live", **default)
    common.add_argument("--archive", metavar="FILE", help="read this archive instead of the bundled one",
                        **default)
    common.add_argument("--json", action="store_true", help="print JSON on stdout", **default)
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common(top_level=False)
    parser = _Parser(
        prog="ekasar",
        description="Ekasar (ឯកសារ): an offline reader for human-rights documents. "
        "With no command, opens the window.",
        parents=[_common(top_level=True)],
    )
    parser.add_argument("--version", action="version", version=f"ekasar {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check the archive, fonts, your database and data folder, and report")
    parser.add_argument("--smoke", metavar="DIR",
                        help="open the window, read, search, highlight and export to DIR, report, and quit "
                             "(for testing a bundle; it adds one highlight to your notes)")
    parser.add_argument("--quit-when-shown", action="store_true",
                        help="print 'window shown' once the window is up, and quit (for timing start-up)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    build = commands.add_parser("build", parents=[common], help="build an archive from a seeds folder")
    build.add_argument("--seeds", metavar="DIR", help="seeds folder (default: the bundled seeds)")
    build.add_argument("--out", metavar="FILE", default="archive.sqlite",
                       help="archive to write (default: ./archive.sqlite)")

    imp = commands.add_parser("import", parents=[common], help="import .txt, .md and .html files or folders")
    imp.add_argument("paths", nargs="+", metavar="PATH")

    commands.add_parser("docs", parents=[common], help="list the documents")

    show = commands.add_parser("show", parents=[common], help="print a document")
    show.add_argument("id", metavar="ID")
    show.add_argument("--original", action="store_true", help="the verbatim original, not the reading text")
    show.add_argument("--junk", action="store_true", help="the boilerplate removed from the reading text")

    people = commands.add_parser("people", parents=[common],
                                 help="people and organizations, or one profile")
    people.add_argument("id", nargs="?", metavar="ID", help="show this entity's full profile")
    people.add_argument("--kind", choices=["person", "organization"], help="only this kind")

    notes = commands.add_parser("notes", parents=[common], help="your highlights and notes")
    notes.add_argument("--tag", metavar="T", help="only annotations with this tag")
    notes.add_argument("--document", metavar="ID", help="only annotations of this document")

    annotate = commands.add_parser("annotate", parents=[common], help="highlight a passage (for scripting)")
    annotate.add_argument("id", metavar="ID", help="the document")
    annotate.add_argument("--quote", required=True, metavar="TEXT", help="the passage, as in the reading text")
    annotate.add_argument("--note", default="", metavar="TEXT", help="a note (Markdown)")
    annotate.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeat for more)")
    annotate.add_argument("--color", default="yellow", choices=list(ANNOTATION_COLORS))

    export = commands.add_parser("export", parents=[common], help="export notes to a folder or a stick")
    export.add_argument("--to", metavar="DIR", help="the folder (a mounted stick, for example); required "
                        "unless --preview")
    export.add_argument("--format", default="markdown", choices=list(EXPORT_FORMATS))
    export.add_argument("--tag", metavar="T", help="only notes with this tag")
    export.add_argument("--document", metavar="ID", help="only notes on this document")
    export.add_argument("--person", metavar="NAME", help="only notes about or naming this person or organization")
    export.add_argument("--without-metadata", action="store_true",
                        help="leave out dates, times, the Ekasar version and the date in the folder's name")
    export.add_argument("--quotes-only", action="store_true",
                        help="only the quoted passages and their sources: no note text, no tags, one colour")
    export.add_argument("--encrypt", action="store_true",
                        help="write one .ekasar-sealed file under a passphrase (asked twice on a terminal; "
                             "read as one line when piped)")
    export.add_argument("--preview", action="store_true", help="print what would be written, and write nothing")

    import_notes = commands.add_parser("import-notes", parents=[common],
                                       help="merge notes from an exchange bundle (a colleague's export)")
    import_notes.add_argument("path", metavar="PATH",
                              help="the bundle folder, or a .ekasar-sealed file (asks its passphrase)")

    unseal = commands.add_parser("unseal", parents=[common],
                                 help="open a .ekasar-sealed export into a new folder (asks its passphrase)")
    unseal.add_argument("file", metavar="FILE", help="the .ekasar-sealed file")
    unseal.add_argument("--to", required=True, metavar="DIR",
                        help="where to make the folder of plain files (they are readable by anyone there)")

    security_cli.add_commands(commands, common)

    timeline = commands.add_parser("timeline", parents=[common], help="dated events, oldest first")
    timeline.add_argument("--person", metavar="NAME", help="only events involving this person or organization")
    timeline.add_argument("--document", metavar="ID", help="only events from this document")

    search = commands.add_parser("search", parents=[common], help="full-text search (English and Khmer)")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results (default 20)")
    return parser


def _print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def library_for(args: argparse.Namespace) -> Library:
    """The library, after unlocking the notebook if it is encrypted (the passphrase is asked)."""
    data_dir = ensure_data_dir(resolve_data_dir(args.data_dir))
    return open_library(data_dir, args.archive, security_cli.unlock(data_dir))


def cmd_build(args: argparse.Namespace) -> int:
    seeds = Path(args.seeds) if args.seeds else bundled_seeds_dir()
    report = build_archive(seeds, Path(args.out))
    if args.json:
        _print_json({"path": str(report.path), "documents": report.documents,
                     "seconds": round(report.seconds, 3), "fingerprint": report.fingerprint})
    else:
        print(f"built {report.path}: {report.documents} documents in {report.seconds:.2f} s")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        report = library.imports.import_files([Path(p) for p in args.paths])
    if args.json:
        _print_json({
            "imported": [{"id": i, "path": str(p)} for p, i in report.imported],
            "already_present": [{"id": i, "path": str(p)} for p, i in report.already_present],
            "skipped": [{"path": str(s.path), "reason": s.reason} for s in report.skipped],
        })
    else:
        for path, doc_id in report.imported:
            print(f"{doc_id}\t{path}")
        for path, doc_id in report.already_present:
            print(f"{doc_id}\t{path}\t(already imported)")
        for skipped in report.skipped:
            print(f"skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
    if not report.skipped:
        return EXIT_OK
    return EXIT_PARTIAL if report.imported or report.already_present else EXIT_ERROR


def cmd_docs(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        documents = library.documents.all()
    if args.json:
        _print_json([d.as_json() for d in documents])
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
        _print_json({**document.info.as_json(), "format": document.format,
                     "text": body, "junk": document.junk, "meta": document.meta,
                     "sha256": document.text_sha256})
    elif args.junk:
        for block in document.junk:
            print(f"[{block['rule']} {block['start']}–{block['end']}]\n{block['text']}\n")
    else:
        sys.stdout.write(body if body.endswith("\n") else body + "\n")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    with library_for(args) as library:
        hits = library.search.run(args.query, args.limit).hits
    if args.json:
        _print_json([hit.as_json() for hit in hits])
    else:
        if not hits:
            print("no matches", file=sys.stderr)
        for hit in hits:
            print(f"{hit.document}  {hit.title}\n    {hit.marked_snippet('[', ']')}")
    return EXIT_OK


def cmd_people(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        if args.id:
            return _show_profile(library, args)
        people = [p for p in library.people.summaries() if args.kind in (None, p.kind)]
        if args.json:
            documents = library.people.document_ids()
            _print_json([p.as_json(documents.get(p.id, [])) for p in people])
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
        _print_json({
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


def cmd_notes(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        found = library.notes.listing(args.tag, args.document)
    if args.json:
        _print_json([a.as_json() for a in found])
        return EXIT_OK
    for a in found:
        flag = "" if a.status == "anchored" else "  (needs review)"
        tags = f"  #{' #'.join(a.tags)}" if a.tags else ""
        print(f"{a.document_id}  [{a.color}]  “{' '.join(a.quote.split())}”{tags}{flag}")
        if a.note:
            print(f"    {a.note}")
    if not found:
        print("no notes", file=sys.stderr)
    return EXIT_OK


def cmd_annotate(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        try:
            made = library.notes.annotate_quote(args.id, args.quote, color=args.color, note=args.note, tags=args.tag)
        except (AnnotationError, NotFound) as error:
            raise UsageError(str(error)) from None
    if args.json:
        _print_json(made.as_json())
    else:
        print(made.id)
    return EXIT_OK


def _passphrase(prompt: str, confirm: bool = False) -> str:
    try:
        return read_passphrase(prompt, confirm=confirm)
    except NoPassphrase as error:
        raise UsageError(str(error)) from None


def cmd_export(args: argparse.Namespace) -> int:
    if not args.to and not args.preview:
        raise UsageError("give the folder to export to with --to DIR")
    # "" only says the export will be sealed: a preview seals nothing and asks no passphrase.
    options = ExportOptions(args.without_metadata, args.quotes_only, "" if args.encrypt else None)
    with library_for(args) as library:
        notes = library.notes.about(args.person) if args.person else library.notes.listing()
        notes = [n for n in notes if (not args.tag or args.tag in n.tags)
                 and (not args.document or n.document_id == args.document)]
        try:
            if args.preview:
                return _print_preview(args, preview_export(notes, library.documents.get, args.format, options,
                                                           Path(args.to) if args.to else None))
            if args.encrypt:  # asked once the notes are open (an encrypted notebook asks its own first)
                options = replace(options, passphrase=_passphrase("Passphrase for the export: ", confirm=True))
            result = export_notes(notes, library.documents.get, Path(args.to), args.format, options=options)
        except ExportError as error:
            raise UsageError(str(error)) from None
    return _report_export(args, result, len(notes))


def _print_preview(args: argparse.Namespace, preview) -> int:
    if args.json:
        _print_json({"name": preview.name, "sealed": preview.sealed,
                     "written": [{"path": p, "bytes": n} for p, n in preview.written],
                     "files": {name: preview.text(name) for name in sorted(preview.files)}})
        return EXIT_OK
    print(preview.listing())
    for name in sorted(preview.files):
        print(f"\n----- {name} -----")
        text = preview.text(name)
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    print("(preview: nothing was written)", file=sys.stderr)
    return EXIT_OK


def _report_export(args: argparse.Namespace, result: ExportResult, notes: int) -> int:
    if args.json:
        _print_json({"folder": str(result.folder), "files": [str(p) for p in result.files],
                     "bytes": result.size, "notes": notes, "verified": True, "sealed": result.sealed})
    else:
        for path in result.files:
            print(path)
        what = "sealed" if result.sealed else "verified"
        print(f"{notes} notes, {len(result.files)} files, {result.size:,} bytes, {what}: {result.folder}",
              file=sys.stderr)
    return EXIT_OK


def cmd_unseal(args: argparse.Namespace) -> int:
    passphrase = _passphrase(f"Passphrase for {Path(args.file).name}: ")
    try:
        result = unseal_export(Path(args.file), passphrase, Path(args.to))
    except (UnsealError, ExportError) as error:
        raise UsageError(str(error)) from None
    if args.json:
        _print_json({"folder": str(result.folder), "files": [str(p) for p in result.files],
                     "bytes": result.size, "verified": True})
    else:
        for path in result.files:
            print(path)
        print(f"{len(result.files)} files, {result.size:,} bytes, verified: {result.folder}", file=sys.stderr)
    return EXIT_OK


def cmd_import_notes(args: argparse.Namespace) -> int:
    path = Path(args.path)
    with library_for(args) as library:  # an encrypted notebook asks its passphrase before the bundle's
        try:
            if path.is_file() and is_sealed_file(path):  # merged from memory: no plain copy on disk
                incoming = read_sealed_bundle(path, _passphrase(f"Passphrase for {path.name}: "))
            else:
                incoming = read_bundle(path)
        except BundleError as error:
            raise UsageError(str(error)) from None
        counts = library.notes.import_notes(incoming)
    if args.json:
        _print_json(counts)
    else:
        print(f"added {counts['added']}, skipped {counts['skipped']} already here, "
              f"{counts['conflicts']} conflicting edits kept beside yours (tagged #conflict)")
    return EXIT_OK


def cmd_timeline(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        if args.document and library.documents.get(args.document) is None:
            raise UsageError(f"no document with id {args.document!r} (see 'ekasar docs')")
        events = library.timeline.events(args.person, args.document)
    if args.json:
        _print_json([event.as_json() for event in events])
        return EXIT_OK
    for event in events:
        when = (event.date or "undated") + (f"–{event.end_date}" if event.end_date else "")
        mark = {"stated": "", "inferred": " (inferred)", "approximate": " (approx.)"}[event.certainty]
        print(f"{when:21}{mark:14} {event.title}   [{event.document}]")
    if not events:
        print("no events", file=sys.stderr)
    return EXIT_OK


COMMANDS = {"import-notes": cmd_import_notes, "unseal": cmd_unseal, "export": cmd_export, "notes": cmd_notes, "annotate": cmd_annotate, "timeline": cmd_timeline, "build": cmd_build, "import": cmd_import, "docs": cmd_docs,
            "show": cmd_show, "search": cmd_search, "people": cmd_people, **security_cli.COMMANDS}


def self_test(args: argparse.Namespace) -> int:
    from desktop.selftest import report, run_checks

    data_dir = resolve_data_dir(args.data_dir)
    try:
        archive = active_archive(ensure_data_dir(data_dir), args.archive)
    except (BuildError, OSError) as error:
        archive = Path(f"(unavailable: {error})")
    results = run_checks(data_dir, archive)
    if args.json:
        _print_json([{"check": name, "ok": passed, "detail": detail} for name, passed, detail in results])
    else:
        print(report(results))
    return EXIT_OK if all(passed for _, passed, _ in results) else EXIT_PARTIAL


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        # Before Qt or any library starts: in portable mode nothing may land under HOME.
        confine_if_portable(resolve_data_dir(args.data_dir))
        if args.self_test:
            return self_test(args)
        if args.command is not None and (args.smoke or args.quit_when_shown):
            raise UsageError("--smoke and --quit-when-shown are for the window: give no command")
        if args.command is None:
            from desktop.app import run_gui  # Qt is only loaded for the window

            return run_gui(args)
        return COMMANDS[args.command](args)
    except BrokenPipeError:
        # The reader of our output went away (`ekasar docs | head`): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except EkasarError as error:  # the one family: its message is the user's one line
        print(f"ekasar: error: {error}", file=sys.stderr)
    except (OSError, *DatabaseLibraryErrors) as error:  # sqlite3 and SQLCipher alike
        print(f"ekasar: error: {getattr(error, 'strerror', None) or error}"
              + (f": {error.filename}" if getattr(error, "filename", None) else ""), file=sys.stderr)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: still one line, details on request
        if os.environ.get("EKASAR_DEBUG"):
            raise
        print(f"ekasar: internal error: {type(error).__name__}: {error} "
              "(run again with EKASAR_DEBUG=1 for details)", file=sys.stderr)
    return EXIT_ERROR
