"""The library: the archive and the user's notebook, with the services the CLI and the window use.

``library.documents``, ``.search``, ``.people``, ``.notes``, ``.timeline``, ``.imports``, ``.manage``
(editing and removing imports) and ``.organize`` (tags and collections) each have one job; they
share one holder of the two databases (``library.db``) and announce what they change on
``library.notices``. One library per thread: SQLite connections are not shared across threads
(``open_reader`` and ``open_writer`` give another thread its own).
"""

import functools
from pathlib import Path

from desktop.data_folder import DataFolder
from desktop.disk import partials
from desktop.security.datakey import DataKey
from desktop.services.documents import DocumentsService
from desktop.services.import_report import ImportReport
from desktop.services.manage import ManageService
from desktop.services.notes import NotesService
from desktop.services.notices import Notices
from desktop.services.organize import OrganizeService
from desktop.services.people import PeopleService
from desktop.services.search import SearchService
from desktop.services.timeline import TimelineService
from desktop.store.databases import Databases, NotebookIsEncrypted

__all__ = ["ImportReport", "Library", "NotebookIsEncrypted"]


class Library:
    def __init__(self, archive_path: Path, data_dir: Path, read_only: bool = False,
                 key: DataKey | None = None) -> None:
        self.db = Databases(archive_path, data_dir, read_only, key)
        try:
            self.notices = Notices()
            self.documents = DocumentsService(self.db)
            self.search = SearchService(self.db)
            self.people = PeopleService(self.db, self.documents, self.notices)
            self.notes = NotesService(self.db, self.documents, self.people, self.notices)
            self.timeline = TimelineService(self.db, self.documents, self.people, self.notices)
            self.manage = ManageService(self.db, self.documents, self.notices)  # edit, remove, restore
            self.organize = OrganizeService(self.db, self.documents, self.notices)  # tags, collections
            if not read_only:
                self.notes.reanchor()  # the archive may have been rebuilt since the user last wrote
                partials.keep_journal_in(DataFolder(data_dir).partials)
                partials.sweep()  # what a killed export left on a stick that is plugged in
        except Exception:
            self.db.close()
            raise

    @functools.cached_property
    def imports(self):
        """Importing files: the readers and extraction are loaded on first use, not at start."""
        from desktop.services.imports import ImportService

        return ImportService(self.db, self.people, self.notices)

    # The files and connections, for those who open more ------------------------------------
    @property
    def archive_path(self) -> Path:
        return self.db.archive_path

    @property
    def data_dir(self) -> Path:
        return self.db.data_dir

    @property
    def key(self) -> DataKey | None:
        return self.db.key

    @property
    def user_conn(self):
        return self.db.user_conn

    @property
    def safekeeping(self):
        return self.db.safekeeping

    def open_reader(self) -> "Library":
        """A read-only library on the same files and key, for another thread."""
        return Library(self.archive_path, self.data_dir, read_only=True, key=self.key)

    def open_writer(self) -> "Library":
        """A library with its own writing connection on the same files and key, for background
        work on another thread (an import). Each of its writes is its own committed transaction."""
        return Library(self.archive_path, self.data_dir, key=self.key)

    def changed_elsewhere(self, kind: str) -> None:
        """Another connection (a background import) wrote to the notebook: announce it here, so
        what was cached is forgotten and what is shown follows."""
        self.notices.announce(kind)

    def back_up_if_changed(self) -> Path | None:
        return self.db.back_up_if_changed()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
