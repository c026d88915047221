"""Sub-commands for the user's notes: notes, annotate, export, unseal, import-notes."""

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from desktop.data_folder import DataFolder
from desktop.disk import partials
from desktop.paths import ensure_data_dir, resolve_data_dir
from desktop.commands.common import (
    EXIT_OK,
    UsageError,
    ask_passphrase,
    library_for,
    print_json,
)
from desktop.errors import NotFound
from desktop.export.bundle_import import BundleError, read_bundle, read_sealed_bundle
from desktop.export.exporter import (
    ExportResult,
    export_notes,
    preview_export,
    unseal_export,
)
from desktop.export.options import ExportOptions
from desktop.export.safe_write import ExportError
from desktop.export.sealed_export import UnsealError, is_sealed_file
from desktop.store.annotations import AnnotationError


def cmd_notes(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        found = library.notes.listing(args.tag, args.document)
    if args.json:
        print_json([a.as_json() for a in found])
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
        print_json(made.as_json())
    else:
        print(made.id)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    if not args.to and not args.preview:
        raise UsageError("give the folder to export to with --to DIR")
    # "" only says the export will be sealed: a preview seals nothing and asks no passphrase.
    options = ExportOptions(args.without_metadata, args.quotes_only, "" if args.encrypt else None)
    with library_for(args) as library:
        notes = library.notes.about(args.person) if args.person else library.notes.listing()
        notes = [n for n in notes if (not args.tag or args.tag in n.tags)
                 and (not args.document or n.document_id == args.document)]
        if args.collection is not None or args.document_tag is not None:  # the documents' own scope
            try:
                scope = library.organize.document_ids(args.document_tag, args.collection)
            except NotFound as error:
                raise UsageError(str(error)) from None
            notes = [n for n in notes if n.document_id in scope]
        try:
            if args.preview:
                return _print_preview(args, preview_export(notes, library.documents.cited, args.format, options,
                                                           Path(args.to) if args.to else None))
            if args.encrypt:  # asked once the notes are open (an encrypted notebook asks its own first)
                options = replace(options, passphrase=ask_passphrase("Passphrase for the export: ", confirm=True))
            result = export_notes(notes, library.documents.cited, Path(args.to), args.format, options=options)
        except ExportError as error:
            raise UsageError(str(error)) from None
    return _report_export(args, result, len(notes))


def _print_preview(args: argparse.Namespace, preview) -> int:
    if args.json:
        print_json({"name": preview.name, "sealed": preview.sealed,
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
        print_json({"folder": str(result.folder), "files": [str(p) for p in result.files],
                     "bytes": result.size, "notes": notes, "verified": True, "sealed": result.sealed})
    else:
        for path in result.files:
            print(path)
        what = "sealed" if result.sealed else "verified"
        print(f"{notes} notes, {len(result.files)} files, {result.size:,} bytes, {what}: {result.folder}",
              file=sys.stderr)
    return EXIT_OK


def cmd_unseal(args: argparse.Namespace) -> int:
    passphrase = ask_passphrase(f"Passphrase for {Path(args.file).name}: ")
    data_dir = ensure_data_dir(resolve_data_dir(args.data_dir))
    partials.keep_journal_in(DataFolder(data_dir).partials)  # what it writes is plain: recorded
    partials.sweep()
    try:
        result = unseal_export(Path(args.file), passphrase, Path(args.to))
    except (UnsealError, ExportError) as error:
        raise UsageError(str(error)) from None
    if args.json:
        print_json({"folder": str(result.folder), "files": [str(p) for p in result.files],
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
                incoming = read_sealed_bundle(path, ask_passphrase(f"Passphrase for {path.name}: "))
            else:
                incoming = read_bundle(path)
        except BundleError as error:
            raise UsageError(str(error)) from None
        counts = library.notes.import_notes(incoming)
    if args.json:
        print_json(counts)
    else:
        print(f"added {counts['added']}, skipped {counts['skipped']} already here, "
              f"{counts['conflicts']} conflicting edits kept beside yours (tagged #conflict)")
    return EXIT_OK
