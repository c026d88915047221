"""The window's library actions: a document's details, removing an imported document (with Undo),
and collections. Each change is stored by a service, which announces it; the library, the reader's
header, search, people, the timeline and notes follow from the notice."""

import functools

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QPushButton

from desktop.errors import EkasarError
from desktop.render.text import visible_controls
from desktop.store.connect import Errors as DatabaseLibraryErrors
from desktop.ui.dialogs import show_refusal
from desktop.ui.document_dialog import DocumentChoices, DocumentDialog
from desktop.wording import say, say_n

MESSAGE_MS = 10_000  # how long "Removed … Undo" stays in the status bar


def reporting(action):
    """A library action that cannot be stored says why in a dialog, and never reports it done."""
    @functools.wraps(action)
    def guarded(self, *args, **kwargs):
        try:
            return action(self, *args, **kwargs)
        except (EkasarError, *DatabaseLibraryErrors) as error:
            show_refusal(self.window, say("WindowLibrary", "Library"),
                         say("WindowLibrary", "This change was not made: {reason}").format(reason=error),
                         "libraryChangeRefused")
            return None
    return guarded


class WindowLibrary:
    def __init__(self, window) -> None:
        self.window = window
        self.undo_button: QPushButton | None = None
        self._undo_text = ""  # the status message the Undo button goes with
        self._removed_here: list[str] = []  # ids this window removed, the last one last: what Undo puts back

    def connect(self) -> None:
        """Once the panels exist: their requests, and the status bar's Undo button."""
        panel = self.window.library_panel
        panel.details_requested.connect(self.show_details)
        panel.remove_requested.connect(self.remove)
        panel.collect_requested.connect(self.collect)
        search = self.window.search_panel  # a search hit, once the window opened it: every hit marked
        search.hit_chosen.connect(self._mark_every_hit)
        search.spans_found.connect(self.window.reader.search_marks.offer)
        self.undo_button = QPushButton(say("WindowLibrary", "Undo"))
        self.undo_button.setObjectName("undoRemoveButton")
        self.undo_button.setAccessibleName(say("WindowLibrary", "Undo removing the document"))
        self.undo_button.clicked.connect(self.undo_remove)
        self.undo_button.hide()
        status = self.window.statusBar()
        status.addPermanentWidget(self.undo_button)
        status.messageChanged.connect(lambda text: text == self._undo_text or self.undo_button.hide())

    def _mark_every_hit(self, hit) -> None:
        reader = self.window.reader
        if reader.document is not None and reader.document.info.id == hit.document:
            reader.search_marks.show_hits(hit.document, self.window.search_panel.spans_for(hit), (hit.start, hit.end))

    def _say(self, message: str, timeout: int = 5000) -> None:
        self.undo_button.hide()
        self.window.statusBar().showMessage(message, timeout)

    def _chosen(self, doc_id: str | None) -> str | None:
        """The document asked for, else the one in the reader, else the library's current one."""
        reader = self.window.reader.document
        return doc_id or (reader.info.id if reader is not None else None) or self.window.library_panel.current_id()

    @property
    def _library(self):
        return self.window.library

    # Details ---------------------------------------------------------------------------------
    @reporting
    def show_details(self, doc_id: str | None = None) -> None:
        doc_id = self._chosen(doc_id)
        document = self._library.documents.get(doc_id) if doc_id else None
        if document is None:
            self._say(say("WindowLibrary", "Choose a document in the library first"))
            return
        organize = self._library.organize
        choices = DocumentChoices(self._library.manage.kinds(), [t for t, _ in organize.tags()],
                                  [name for name, _ in organize.collections()], organize.tags_of(doc_id),
                                  organize.collections_of(doc_id))
        dialog = DocumentDialog(self.window, document, self._library.manage.is_imported(doc_id), choices)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.details:  # only the fields the user changed: another Ekasar's edits of others stay
            self._library.manage.edit(doc_id, **dialog.details)
        added, taken_off = dialog.tag_changes()  # so do tags given meanwhile elsewhere
        if added:
            organize.tag(doc_id, added)
        if taken_off:
            organize.untag(doc_id, taken_off)
        chosen, member_of = dialog.chosen_collections(), set(choices.member_of)
        for name in sorted(chosen - member_of):
            organize.add(name, [doc_id])
        for name in sorted(member_of - chosen):
            organize.remove(name, [doc_id])
        self._say(say("WindowLibrary", "Details saved"))

    # Removing, with Undo -------------------------------------------------------------------------
    @reporting
    def remove(self, doc_id: str | None = None) -> None:
        """Remove an imported document; the status bar offers Undo (so does Edit → Undo remove)."""
        doc_id = self._chosen(doc_id)
        if not doc_id:
            return
        if not self._library.manage.is_imported(doc_id):
            self._say(say("WindowLibrary", "Archive documents cannot be removed: only documents you imported"))
            return
        removed = self._library.manage.remove(doc_id)
        self._removed_here = [*(i for i in self._removed_here if i != doc_id), doc_id]
        title, notes, events = visible_controls(removed.title), removed.notes, removed.events
        if notes:
            text = say_n("WindowLibrary", "Removed “{title}”; its {count} notes are kept, under Needs review", "",
                         notes).format(title=title)
        else:
            text = say("WindowLibrary", "Removed “{title}”").format(title=title)
        if events:
            text += " " + say_n("WindowLibrary", "(your {count} timeline events on it stay on the timeline)", "",
                                events)
        self._undo_text = text
        self.window.statusBar().showMessage(text, MESSAGE_MS)
        self.undo_button.show()

    @reporting
    def undo_remove(self) -> None:
        """Put back the document this window removed last (the one its message named), with its
        notes anchored again — never one removed meanwhile by another Ekasar."""
        kept = {r.id: r for r in self._library.manage.removed()}
        self._removed_here = [doc_id for doc_id in self._removed_here if doc_id in kept]
        if not self._removed_here:
            self._say(say("WindowLibrary", "No removed document to put back"))
            return
        last = kept[self._removed_here.pop()]
        anchored = self._library.manage.restore(last.id)
        self.window.library_panel.select(last.id)
        self._say(say_n("WindowLibrary", "Put back “{title}”, with {count} notes", "", anchored)
                  .format(title=visible_controls(last.title)))

    def follow(self, doc_id: str) -> None:
        """The document in the reader was edited (show its new details) or removed (close it)."""
        if self._library.documents.get(doc_id) is not None:
            self.window.open_document(doc_id, self.window.reader.reading_offset())
            return
        reader = self.window.reader  # (the reader has no "close" of its own yet)
        reader.document = None
        for part in (reader.view, reader.mode_bar, reader.find_bar):
            part.hide()
        reader.empty.show()
        self._library.documents.set_open_document_id(None)
        self.window.chrome.follow_document()

    # Collections ---------------------------------------------------------------------------------
    def _ask_name(self, title: str, label: str, name: str = "") -> str | None:
        typed, ok = QInputDialog.getText(self.window, title, label, QLineEdit.EchoMode.Normal, name)
        return typed.strip() if ok and typed.strip() else None

    def _ask_collection(self, title: str) -> str | None:
        names = [name for name, _ in self._library.organize.collections()]
        if not names:
            self._say(say("WindowLibrary", "There are no collections yet"))
            return None
        shown = self.window.library_panel.collection.currentData()
        chosen, ok = QInputDialog.getItem(self.window, title, say("WindowLibrary", "Collection:"), names,
                                          names.index(shown) if shown in names else 0, False)
        return chosen if ok else None

    @reporting
    def collect(self, doc_id: str, name: str, add: bool) -> None:
        """Put a document in a collection ("": a new one, named when asked), or take it out."""
        organize = self._library.organize
        if not add:
            organize.remove(name, [doc_id])
            self._say(say("WindowLibrary", "Taken out of “{name}”").format(name=visible_controls(name)))
            return
        if not name:
            name = self._ask_name(say("WindowLibrary", "New collection"), say("WindowLibrary", "Name:"))
            if name is None:
                return
            name = organize.create(name)
        organize.add(name, [doc_id])
        self._say(say("WindowLibrary", "Added to “{name}”").format(name=visible_controls(name)))

    @reporting
    def new_collection(self) -> None:
        name = self._ask_name(say("WindowLibrary", "New collection"), say("WindowLibrary", "Name:"))
        if name is not None:
            made = self._library.organize.create(name)
            self.window.library_panel.set_scope(collection=made)
            self._say(say("WindowLibrary", "Made the collection “{name}”").format(name=visible_controls(made)))

    @reporting
    def rename_collection(self) -> None:
        old = self._ask_collection(say("WindowLibrary", "Rename collection"))
        new = old and self._ask_name(say("WindowLibrary", "Rename collection"), say("WindowLibrary", "New name:"), old)
        if new:
            renamed = self._library.organize.rename(old, new)
            self._say(say("WindowLibrary", "Renamed to “{name}”").format(name=visible_controls(renamed)))

    @reporting
    def delete_collection(self) -> None:
        name = self._ask_collection(say("WindowLibrary", "Delete collection"))
        if name is None:
            return
        question = say("WindowLibrary", "Delete the collection “{name}”? Its documents stay in the library, "
                                        "with their notes.").format(name=visible_controls(name))
        answer = QMessageBox.question(self.window, say("WindowLibrary", "Delete collection"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._library.organize.delete(name)
            self._say(say("WindowLibrary", "Deleted the collection “{name}”").format(name=visible_controls(name)))
