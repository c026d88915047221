"""What every sub-command shares: exit codes, one-line usage errors, JSON output, the library."""

import argparse
import json
import sys

from desktop import security_cli
from desktop.errors import EkasarError
from desktop.paths import ensure_data_dir, resolve_data_dir
from desktop.render.text import inert, inert_json
from desktop.security.prompt import NoPassphrase, read_passphrase
from desktop.services.library import Library
from desktop.services.locate import open_library

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2


class UsageError(EkasarError):
    """Bad input from the command line; reported in one line."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line instead of usage + message
        raise UsageError(f"{message} (see '{self.prog} --help')")


def common_options(top_level: bool) -> argparse.ArgumentParser:
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


def print_json(value: object) -> None:
    sys.stdout.write(inert_json(json.dumps(value, ensure_ascii=False, indent=2)) + "\n")


class InertStream:
    """A text stream that shows terminal controls instead of obeying them (``render.text.inert``):
    a document title cannot retitle, clear or rewrite the user's terminal. ``raw`` is the stream
    itself, for verbatim output to a pipe."""

    def __init__(self, raw) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        return self.raw.write(inert(text))

    def __getattr__(self, name: str):
        return getattr(self.raw, name)


def library_for(args: argparse.Namespace) -> Library:
    """The library, after unlocking the notebook if it is encrypted (the passphrase is asked)."""
    data_dir = ensure_data_dir(resolve_data_dir(args.data_dir))
    return open_library(data_dir, args.archive, security_cli.unlock(data_dir))


def ask_passphrase(prompt: str, confirm: bool = False) -> str:
    try:
        return read_passphrase(prompt, confirm=confirm)
    except NoPassphrase as error:
        raise UsageError(str(error)) from None
