"""The command line's side of the encrypted notebook: unlocking for a command, and the
``encrypt``, ``change-passphrase`` and ``delete-notes`` commands."""

import argparse
import sys
from pathlib import Path

from desktop.paths import ensure_data_dir, resolve_data_dir
from desktop.security.datakey import DataKey
from desktop.services.notebook import CONFIRM_WORD, Notebook
from desktop.security.prompt import NoPassphrase, read_passphrase


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    commands.add_parser("encrypt", parents=[common],
                        help="encrypt your notes with a passphrase (asked twice; it cannot be recovered)")
    commands.add_parser("change-passphrase", parents=[common],
                        help="change the notebook's passphrase (the notes are not rewritten)")
    delete = commands.add_parser("delete-notes", parents=[common],
                                 help="destroy your notes, highlights, imports and their backups")
    delete.add_argument("--confirm", metavar="WORD",
                        help=f"give the word {CONFIRM_WORD} here instead of typing it when asked")


def unlock(data_dir: Path) -> DataKey | None:
    """Finish any interrupted operation; the data key if the notebook is encrypted (asks)."""
    notebook = Notebook(data_dir)
    done = notebook.recover()
    if done:
        print(f"ekasar: {done}", file=sys.stderr)
    if not notebook.is_encrypted():
        return None
    return notebook.unlock(read_passphrase("Notebook passphrase: "))


def cmd_encrypt(args: argparse.Namespace) -> int:
    data_dir = ensure_data_dir(resolve_data_dir(args.data_dir))
    notebook = Notebook(data_dir)
    notebook.recover()
    if notebook.is_encrypted():
        print("ekasar: the notebook is already encrypted (see 'ekasar change-passphrase')", file=sys.stderr)
        return 2
    notebook.encrypt(read_passphrase("New passphrase: ", confirm=True)).wipe()
    print("Your notes are encrypted. Without the passphrase nobody, including you, can read them.")
    return 0


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    notebook = Notebook(ensure_data_dir(resolve_data_dir(args.data_dir)))
    notebook.recover()
    if not notebook.is_encrypted():
        raise NoPassphrase("the notebook is not encrypted (see 'ekasar encrypt')")
    old = read_passphrase("Current passphrase: ")
    notebook.change_passphrase(old, read_passphrase("New passphrase: ", confirm=True))
    print("Passphrase changed.")
    return 0


def cmd_delete_notes(args: argparse.Namespace) -> int:
    notebook = Notebook(ensure_data_dir(resolve_data_dir(args.data_dir)))
    word = args.confirm
    if word is None:
        print(f"This destroys your notes, highlights, imported documents and their backups. "
              f"Type {CONFIRM_WORD} to go on: ", end="", file=sys.stderr, flush=True)
        word = (sys.stdin.readline() if sys.stdin else "").strip()
    if word != CONFIRM_WORD:
        print("ekasar: nothing was deleted", file=sys.stderr)
        return 1
    notebook.delete_notes()
    print("Your notes are deleted.")
    return 0


COMMANDS = {"encrypt": cmd_encrypt, "change-passphrase": cmd_change_passphrase, "delete-notes": cmd_delete_notes}
