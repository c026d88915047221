"""The `ekasar` command: the window by default, sub-commands for scripting.

Every sub-command accepts ``--data-dir`` and ``--json``; bad input gives a
one-line error on stderr and exit status 2, never a traceback.
"""

import argparse
import errno
import os
import sys
from pathlib import Path

from desktop.commands.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_PARTIAL,
    InertStream,
    UsageError,
    print_json,
)
from desktop.commands.parser import build_parser
from desktop.errors import BuildError, EkasarError
from desktop.security.no_dumps import forbid_crash_dumps
from desktop.paths import confine_if_portable, ensure_data_dir, resolve_data_dir
from desktop.services.locate import active_archive
from desktop.store.connect import Errors as DatabaseLibraryErrors

def _commands() -> dict:
    """Each command's function, imported when a command runs (the window needs none of them)."""
    from desktop import security_cli
    from desktop.commands import library, notes, reading

    return {"import-notes": notes.cmd_import_notes, "unseal": notes.cmd_unseal, "export": notes.cmd_export,
            "notes": notes.cmd_notes, "annotate": notes.cmd_annotate, "timeline": reading.cmd_timeline,
            "build": reading.cmd_build, "import": reading.cmd_import, "docs": reading.cmd_docs,
            "show": reading.cmd_show, "search": reading.cmd_search, "people": reading.cmd_people,
            **security_cli.COMMANDS, **library.COMMANDS}


def self_test(args: argparse.Namespace) -> int:
    from desktop.selftest import report, run_checks

    data_dir = resolve_data_dir(args.data_dir)
    try:
        archive = active_archive(ensure_data_dir(data_dir), args.archive)
    except (BuildError, OSError) as error:
        archive = Path(f"(unavailable: {error})")
    results = run_checks(data_dir, archive)
    if args.json:
        print_json([{"check": name, "ok": passed, "detail": detail} for name, passed, detail in results])
    else:
        print(report(results))
    return EXIT_OK if all(passed for _, passed, _ in results) else EXIT_PARTIAL


def main(argv: list[str] | None = None) -> int:
    """Run ``ekasar ARGV``. Everything printed shows terminal controls instead of obeying them
    (a document's title cannot retitle or clear the terminal)."""
    forbid_crash_dumps()  # before any note or key is in memory
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = (InertStream(s) if s is not None else s for s in streams)
    try:
        return _run(argv)
    finally:
        sys.stdout, sys.stderr = streams


def _run(argv: list[str] | None) -> int:
    try:
        args = build_parser().parse_args(argv)
        # Before Qt or any library starts: in portable mode nothing may land under HOME.
        confine_if_portable(resolve_data_dir(args.data_dir))
        if args.self_test:
            return self_test(args)
        if args.command is not None and (args.smoke or args.quit_when_shown or args.lang):
            raise UsageError("--smoke, --quit-when-shown and --lang are for the window: give no command")
        if args.command is None:
            from desktop.app import run_gui  # Qt is only loaded for the window

            return run_gui(args)
        return _commands()[args.command](args)
    except BrokenPipeError:
        # The reader of our output went away (`ekasar docs | head`): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except EkasarError as error:  # the one family: its message is the user's one line
        print(f"ekasar: error: {error}", file=sys.stderr)
    except (OSError, *DatabaseLibraryErrors) as error:  # sqlite3 and SQLCipher alike
        print(f"ekasar: error: {_system_error(error)}", file=sys.stderr)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: still one line, details on request
        if os.environ.get("EKASAR_DEBUG"):
            raise
        print(f"ekasar: internal error: {type(error).__name__}: {error} "
              "(run again with EKASAR_DEBUG=1 for details)", file=sys.stderr)
    return EXIT_ERROR


def _system_error(error: BaseException) -> str:
    """One line for an operating-system or database error; a full disk said plainly."""
    if getattr(error, "errno", None) == errno.ENOSPC or "disk is full" in str(error):
        return "the disk is full: free some space, then try again (what was saved before is intact)"
    message = getattr(error, "strerror", None) or str(error)
    return message + (f": {error.filename}" if getattr(error, "filename", None) else "")
