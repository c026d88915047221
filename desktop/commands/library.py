"""Sub-commands that manage the library: edit, remove, restore, removed, tag, untag, tags, collection."""

import argparse
import sys

from desktop.commands.common import EXIT_OK, Parser, UsageError, library_for, print_json
from desktop.services.library import Library
from desktop.store.document_edits import FIELDS

COLLECTION_ACTIONS = ("list", "show", "create", "add", "remove", "rename", "delete")


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    edit = commands.add_parser("edit", parents=[common],
                               help="change an imported document's title, author, publisher, date or kind")
    edit.add_argument("id", metavar="ID")
    for name in FIELDS:
        edit.add_argument(f"--{name}", metavar="TEXT" if name != "date" else "YYYY[-MM[-DD]]",
                          help="the new value ('' clears it)" if name != "title" else "the new title")
    remove = commands.add_parser("remove", parents=[common],
                                 help="remove imported documents ('ekasar restore ID' puts one back); "
                                      "their notes are kept, for review")
    remove.add_argument("ids", nargs="+", metavar="ID")
    remove.add_argument("--purge", action="store_true",
                        help="delete the documents for good, and any copy kept of removed ones, with their tags "
                             "and collections (your notes and timeline events on them stay, citing their title)")
    restore = commands.add_parser("restore", parents=[common], help="put removed documents back, with their notes")
    restore.add_argument("ids", nargs="+", metavar="ID")
    commands.add_parser("removed", parents=[common], help="list the removed documents that can be restored")
    for name, what in (("tag", "add tags to a document"), ("untag", "take tags off a document")):
        command = commands.add_parser(name, parents=[common], help=what + " (archive or imported)")
        command.add_argument("id", metavar="ID")
        command.add_argument("tags", nargs="+", metavar="TAG")
    tags = commands.add_parser("tags", parents=[common], help="every document tag, or one document's tags")
    tags.add_argument("id", nargs="?", metavar="ID")
    _add_collection_command(commands, common)


def _add_collection_command(commands, common: argparse.ArgumentParser) -> None:
    collection = commands.add_parser("collection", parents=[common],
                                     help="named collections of documents: list, show, create, add, remove, "
                                          "rename, delete")
    actions = collection.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    actions.add_parser("list", parents=[common], help="every collection, with its number of documents")
    show = actions.add_parser("show", parents=[common], help="the documents in a collection")
    show.add_argument("name", metavar="NAME")
    create = actions.add_parser("create", parents=[common], help="make an empty collection")
    create.add_argument("name", metavar="NAME")
    for name, what in (("add", "put documents in a collection (made if there is none of that name)"),
                       ("remove", "take documents out of a collection (they stay in the library)")):
        action = actions.add_parser(name, parents=[common], help=what)
        action.add_argument("name", metavar="NAME")
        action.add_argument("ids", nargs="+", metavar="ID")
    rename = actions.add_parser("rename", parents=[common], help="rename a collection")
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW")
    delete = actions.add_parser("delete", parents=[common], help="delete a collection (never its documents)")
    delete.add_argument("name", metavar="NAME")


def cmd_edit(args: argparse.Namespace) -> int:
    changes = {name: getattr(args, name) for name in FIELDS if getattr(args, name) is not None}
    if not changes:
        raise UsageError("give at least one of --title, --author, --publisher, --date, --kind")
    with library_for(args) as library:
        changed = library.manage.edit(args.id, **changes)
        info = library.manage.info(args.id)
    if args.json:
        print_json({**info.as_json(), "changed": sorted(changed)})
    else:
        print(f"{info.id}  {info.date or '—':10}  {info.title}")
        print(f"changed: {', '.join(sorted(changed))}" if changed else "nothing changed", file=sys.stderr)
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        removed_ids = {r.id for r in library.manage.removed()}
        for doc_id in args.ids:  # every one checked before anything is removed
            if not (args.purge and doc_id in removed_ids):
                library.manage.check_removable(doc_id)
        done = []
        for doc_id in dict.fromkeys(args.ids):
            title = library.documents.cited(doc_id).info.title
            if args.purge:
                notes = len(library.notes.listing(document=doc_id))
                events = library.manage.events_on(doc_id)
                library.manage.purge(doc_id)
                done.append({"id": doc_id, "title": title, "purged": True, "notes": notes, "events": events})
            else:
                done.append({**library.manage.remove(doc_id).as_json(), "purged": False})
    if args.json:
        print_json(done)
        return EXIT_OK
    for item in done:
        what = "deleted for good" if item["purged"] else "removed"
        print(f"{what} {item['id']}  {item['title']}  "
              f"({item['notes']} notes and {item['events']} timeline events kept)")
    if not args.purge:
        print("'ekasar restore ID' puts a removed document back; 'ekasar removed' lists them", file=sys.stderr)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        kept = {r.id: r for r in library.manage.removed()}
        missing = [doc_id for doc_id in args.ids if doc_id not in kept]
        if missing:
            raise UsageError(f"no removed document with id {missing[0]!r} (see 'ekasar removed')")
        done = [{"id": doc_id, "title": kept[doc_id].title, "notes_anchored": library.manage.restore(doc_id)}
                for doc_id in dict.fromkeys(args.ids)]
    if args.json:
        print_json(done)
    else:
        for item in done:
            print(f"restored {item['id']}  {item['title']}  ({item['notes_anchored']} notes anchored again)")
    return EXIT_OK


def cmd_removed(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        removed = library.manage.removed()
    if args.json:
        print_json([r.as_json() for r in removed])
    else:
        for r in removed:
            print(f"{r.id}  removed {r.removed_at}  {r.title}  ({r.notes} notes in review, {r.events} timeline events)")
        if not removed:
            print("no removed documents", file=sys.stderr)
    return EXIT_OK


def _print_tags(args: argparse.Namespace, library: Library, doc_id: str, key: str, changed: list[str]) -> int:
    tags = library.organize.tags_of(doc_id)
    if args.json:
        print_json({"id": doc_id, "tags": tags, key: changed})
    else:
        print(f"{doc_id}: {' '.join('#' + t for t in tags) or '(no tags)'}")
    return EXIT_OK


def cmd_tag(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        return _print_tags(args, library, args.id, "added", library.organize.tag(args.id, args.tags))


def _say_if_unknown(library: Library, doc_id: str) -> None:
    """Tags can be listed and taken off any id (one deleted for good may have kept some from before)."""
    if library.documents.cited(doc_id) is None:
        print(f"(no document with id {doc_id!r} in the library)", file=sys.stderr)


def cmd_untag(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        _say_if_unknown(library, args.id)
        return _print_tags(args, library, args.id, "removed", library.organize.untag(args.id, args.tags))


def cmd_tags(args: argparse.Namespace) -> int:
    with library_for(args) as library:
        if args.id:
            _say_if_unknown(library, args.id)
            found = {"id": args.id, "tags": library.organize.tags_of(args.id),
                     "collections": library.organize.collections_of(args.id)}
            if args.json:
                print_json(found)
            else:
                print(f"{args.id}: {' '.join('#' + t for t in found['tags']) or '(no tags)'}")
                for name in found["collections"]:
                    print(f"  in collection: {name}")
            return EXIT_OK
        counted = library.organize.tags()
    if args.json:
        print_json([{"tag": tag, "documents": count} for tag, count in counted])
    else:
        for tag, count in counted:
            print(f"#{tag}  ({_documents(count)})")
        if not counted:
            print("no document tags", file=sys.stderr)
    return EXIT_OK


def _documents(count: int) -> str:
    return "1 document" if count == 1 else f"{count} documents"


def cmd_collection(args: argparse.Namespace) -> int:
    action = args.action or "list"
    with library_for(args) as library:
        organize = library.organize
        if action == "list":
            found = organize.collections()
            if args.json:
                print_json([{"name": name, "documents": count} for name, count in found])
            for name, count in [] if args.json else found:
                print(f"{name}  ({_documents(count)})")
            return EXIT_OK
        if action == "show":
            return _show_collection(args, library)
        result = _change_collection(action, args, organize)
    if args.json:
        print_json(result)
    else:
        print(result["said"])
    return EXIT_OK


def _change_collection(action: str, args: argparse.Namespace, organize) -> dict:
    name = " ".join(args.name.split())
    if action == "create":
        made = organize.create(name)
        return {"name": made, "said": f"made collection {made}"}
    if action == "rename":
        renamed = organize.rename(name, args.new_name)
        return {"name": renamed, "was": name, "said": f"renamed {name} to {renamed}"}
    if action == "delete":
        held = organize.delete(name)
        return {"name": name, "documents": held,
                "said": f"deleted collection {name} (its {len(held)} documents stay in the library)"}
    if action == "add":
        added = organize.add(name, args.ids, create=True)
        return {"name": name, "added": added, "said": f"{added} documents added to {name}"}
    removed = organize.remove(name, args.ids)
    return {"name": name, "removed": removed, "said": f"{removed} documents taken out of {name}"}


def _show_collection(args: argparse.Namespace, library: Library) -> int:
    ids = library.organize.documents_in(args.name)
    keys = [key for key in map(library.documents.key_of, ids) if key is not None]
    infos = library.documents.infos(keys)
    documents = sorted(infos.values(), key=lambda d: d.id)
    if args.json:
        print_json([d.as_json() for d in documents])
    else:
        for d in documents:
            print(f"{d.id}  {d.date or '—':10}  {d.title}")
        if len(documents) < len(ids):
            print(f"({len(ids) - len(documents)} removed documents not shown)", file=sys.stderr)
    return EXIT_OK


COMMANDS = {"edit": cmd_edit, "remove": cmd_remove, "restore": cmd_restore, "removed": cmd_removed,
            "tag": cmd_tag, "untag": cmd_untag, "tags": cmd_tags, "collection": cmd_collection}
