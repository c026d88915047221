"""One family for every error Ekasar raises on purpose.

Each error's message is one line a user can read ("no document with id 'x'"); the CLI prints it
after "ekasar: error:" and the window shows it in a dialog. The built-in class each error also
derives from (ValueError, OSError…) is kept, so code that catches those still does.
Messages are put in the interface language when the error is made (the window sets it at start;
the CLI leaves everything English).
"""

from desktop.wording import say


class EkasarError(Exception):
    """An error with a message meant for the user, raised by the services and the store."""


class BuildError(EkasarError, RuntimeError):
    """The archive could not be built; the message says which file and why."""


class NotFound(EkasarError, LookupError):
    """A document, note, event or person that is not (or no longer) there."""


class DocumentNotFound(NotFound):
    def __init__(self, doc_id: str) -> None:
        super().__init__(say("Errors", "no document with id {doc_id}").format(doc_id=repr(doc_id)))
        self.doc_id = doc_id
