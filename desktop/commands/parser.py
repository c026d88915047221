"""The `ekasar` command line: options and sub-commands."""

import argparse

from desktop import __version__, security_cli
from desktop.commands import library as library_commands
from desktop.commands.common import Parser, common_options
from desktop.export.options import FORMATS as EXPORT_FORMATS
from desktop.store.annotations import COLORS as ANNOTATION_COLORS


def build_parser() -> argparse.ArgumentParser:
    common = common_options(top_level=False)
    parser = Parser(
        prog="ekasar",
        description="Ekasar (ឯកសារ): an offline reader for human-rights documents. "
        "With no command, opens the window.",
        parents=[common_options(top_level=True)],
    )
    parser.add_argument("--version", action="version", version=f"ekasar {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check the archive, fonts, your database and data folder, and report")
    parser.add_argument("--smoke", metavar="DIR",
                        help="open the window, read, search, highlight and export to DIR, report, and quit "
                             "(for testing a bundle; it adds one highlight to your notes)")
    parser.add_argument("--lang", choices=("km", "en"),
                        help="the window's language: km (ខ្មែរ) or en; remembered, like View → Language "
                             "(default: the last one chosen, else the system's)")
    parser.add_argument("--quit-when-shown", action="store_true",
                        help="print 'window shown' once the window is up, and quit (for timing start-up)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    _add_reading_commands(commands, common)
    _add_note_commands(commands, common)
    library_commands.add_commands(commands, common)
    security_cli.add_commands(commands, common)
    _add_timeline_and_search(commands, common)
    return parser


def _add_reading_commands(commands, common: argparse.ArgumentParser) -> None:
    build = commands.add_parser("build", parents=[common], help="build an archive from a seeds folder")
    build.add_argument("--seeds", metavar="DIR", help="seeds folder (default: the bundled seeds)")
    build.add_argument("--out", metavar="FILE", default="archive.sqlite",
                       help="archive to write (default: ./archive.sqlite)")

    imp = commands.add_parser("import", parents=[common],
                              help="import files (.txt, .md, .html, .pdf, .docx, .odt, .epub) or folders")
    imp.add_argument("paths", nargs="+", metavar="PATH")
    imp.add_argument("--ocr", action="store_true",
                     help="read scanned PDF pages by OCR (needs Tesseract: tesseract-ocr, tesseract-ocr-khm)")

    commands.add_parser("docs", parents=[common], help="list the documents")

    show = commands.add_parser("show", parents=[common], help="print a document")
    show.add_argument("id", metavar="ID")
    show.add_argument("--original", action="store_true", help="the verbatim original, not the reading text")
    show.add_argument("--junk", action="store_true", help="the boilerplate removed from the reading text")

    people = commands.add_parser("people", parents=[common],
                                 help="people and organizations, or one profile")
    people.add_argument("id", nargs="?", metavar="ID", help="show this entity's full profile")
    people.add_argument("--kind", choices=["person", "organization"], help="only this kind")


def _add_note_commands(commands, common: argparse.ArgumentParser) -> None:

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
    export.add_argument("--collection", metavar="NAME", help="only notes on the documents in this collection")
    export.add_argument("--document-tag", metavar="TAG", help="only notes on the documents with this tag")
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



def _add_timeline_and_search(commands, common: argparse.ArgumentParser) -> None:
    timeline = commands.add_parser("timeline", parents=[common], help="dated events, oldest first")
    timeline.add_argument("--person", metavar="NAME", help="only events involving this person or organization")
    timeline.add_argument("--document", metavar="ID", help="only events from this document")

    search = commands.add_parser("search", parents=[common], help="full-text search (English and Khmer)")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results (default 20)")
