"""What to leave out of an export, and whether to seal it: chosen before anything is written.

- ``without_metadata``: nothing that says when, with which program version or on which
  machine: no export time, no created/modified times, no version, a folder name without a
  date, file times set to a fixed date. Quotes, notes, tags, colours and the citation of
  the public document stay.
- ``quotes_only``: the quoted passages and where they come from, nothing the user added:
  no note text, no tags (any tag can tell why a passage mattered), every highlight in the
  default colour (a colour can be a private code too), and no notes without a quote
  (notes on a whole document, a person or an event are nothing but the user's words).
- ``passphrase``: the files go into one sealed file (``desktop.security.sealed``)
  instead of a folder; nothing is written in plain text on the way.
"""

from dataclasses import dataclass, field, replace

from desktop.store.annotations import COLORS, Annotation

FORMATS = ("markdown", "html", "json", "csv", "bundle")  # what notes are exported as

DEFAULT_COLOR = COLORS[0]


@dataclass(frozen=True)
class ExportOptions:
    without_metadata: bool = False
    quotes_only: bool = False
    # None: a folder of plain files. A string: one sealed file ("" is enough for a preview, not to export).
    passphrase: str | None = field(default=None, repr=False)  # never in a log or a traceback

    @property
    def sealed(self) -> bool:
        return self.passphrase is not None


def only_quotes(notes: list[Annotation]) -> list[Annotation]:
    """The passages the notes quote, with the user's own words, tags and colours taken out."""
    return [replace(n, note="", tags=[], color=DEFAULT_COLOR) for n in notes if n.target == "passage" and n.quote]
