"""Asking for a passphrase on the command line: hidden on a terminal, one line from a pipe."""

import getpass
import sys

from desktop.errors import EkasarError


class NoPassphrase(EkasarError, ValueError):
    """No passphrase was given, or the two entries differ."""


def read_passphrase(prompt: str = "Passphrase: ", confirm: bool = False) -> str:
    """A passphrase from the terminal (not echoed), or the next line of standard input when
    piped (for scripts: ``printf '%s\\n' "$PASS" | ekasar ...``); never from an argument or
    the environment, which other users can read."""
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Again: ") != first:
            raise NoPassphrase("the two passphrases differ")
    else:
        line = sys.stdin.readline() if sys.stdin is not None else ""
        first = line[:-1] if line.endswith("\n") else line
    if not first:
        raise NoPassphrase("no passphrase given")
    return first
