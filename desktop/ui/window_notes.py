"""The window's note actions: highlighting the selection, writing a note on a passage, a whole
document, a person or an event, re-attaching, deleting, undoing. Each change is stored by the notes
service, which announces it; the reader and the notes panel repaint from that notice."""

import functools

from PySide6.QtWidgets import QDialog

from desktop.errors import EkasarError
from desktop.store.connect import Errors as DatabaseLibraryErrors
from desktop.ui.dialogs import show_refusal
from desktop.ui.notes_panel import NoteDialog
from desktop.wording import say


def reporting(action):
    """A note action that cannot be stored (the notebook was deleted or replaced by another
    Ekasar, it stayed busy past SQLite's wait, the disk is full…) says so in a dialog, and never
    reports the change as saved."""
    @functools.wraps(action)
    def guarded(self, *args, **kwargs):
        try:
            return action(self, *args, **kwargs)
        except (EkasarError, *DatabaseLibraryErrors) as error:
            reason = str(error)
            if not isinstance(error, EkasarError) and ("locked" in reason or "busy" in reason):
                reason = say("WindowNotes", "the notebook is busy (an import or another Ekasar is writing to it); "
                             "try again in a moment")
            show_refusal(self.window, say("WindowNotes", "Notes"),
                         say("WindowNotes", "This change was not saved: {reason}").format(reason=reason),
                         "noteNotSaved")
            return None
    return guarded


class WindowNotes:
    def __init__(self, window) -> None:
        self.window = window

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 4000)

    @reporting
    def highlight_selection(self, color: str) -> None:
        span = self.window.reader.selected_span()
        if span is None:
            self._ask_for_selection()
            return
        existing = self.window.reader.highlight_at_cursor()
        if existing is not None and (existing.start, existing.end) == span:
            self.window.library.notes.edit(existing.id, color=color)
        else:
            self.window.library.notes.annotate(self.window.reader.document.info.id, *span, color=color)
        self._say(say("WindowNotes", "Highlighted"))

    @reporting
    def note_selection(self) -> None:
        """Add a note to the selected passage, or edit the note of the highlight under the cursor."""
        existing = self.window.reader.highlight_at_cursor()
        span = self.window.reader.selected_span()
        if existing is None and span is None:
            self._ask_for_selection()
            return
        quote = existing.quote if existing else self.window.reader.document.text[span[0] : span[1]]
        dialog = NoteDialog(self.window, quote, self.window.notes_panel.known_tags(),
                            *((existing.note, existing.tags, existing.color) if existing else ()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        note, tags, color = dialog.values()
        if existing is not None:
            self.window.library.notes.edit(existing.id, note=note, tags=tags, color=color)
        else:
            self.window.library.notes.annotate(self.window.reader.document.info.id, *span, color=color, note=note, tags=tags)
        self._say(say("WindowNotes", "Note saved"))

    def note_on_document(self) -> None:
        if self.window.reader.document is None:
            self.window.statusBar().showMessage(say("WindowNotes", "Open a document first"), 5000)
            return
        self.note_on("document", self.window.reader.document.info.id)

    @reporting
    def note_on(self, target: str, document_id: str, target_id: str | None = None) -> None:
        """A note on a whole document, a person or organization, or a timeline event."""
        heading = {
            "document": say("WindowNotes", "A note on the whole document"),
            "entity": say("WindowNotes", "A note on {entity}").format(entity=target_id),
            "event": say("WindowNotes", "A note on this event"),
        }[target]
        dialog = NoteDialog(self.window, heading, self.window.notes_panel.known_tags())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        note, tags, _color = dialog.values()
        self.window.library.notes.add_note(target, note, document_id, target_id, tags)
        self._say(say("WindowNotes", "Note saved"))

    @reporting
    def reattach_note(self, annotation_id: str) -> None:
        """Attach a note needing review to the passage selected in its document."""
        note = next((a for a in self.window.library.notes.listing() if a.id == annotation_id), None)
        if note is None:
            return
        showing = self.window.reader.document is not None and self.window.reader.document.info.id == note.document_id
        span = self.window.reader.selected_span() if showing else None
        if span is None:
            if not showing:
                self.window.open_document(note.document_id)
            message = say("WindowNotes", "Select the passage in this document, then re-attach")
            self.window.statusBar().showMessage(message, 6000)
            return
        self.window.library.notes.reattach(annotation_id, *span)
        self._say(say("WindowNotes", "Note re-attached"))

    @reporting
    def delete_highlight(self) -> None:
        existing = self.window.reader.highlight_at_cursor()
        if existing is None:
            self.window.statusBar().showMessage(say("WindowNotes", "Place the cursor in a highlight to delete it"), 5000)
            return
        self.window.library.notes.delete(existing.id)
        self._say(say("WindowNotes", "Highlight deleted (Ctrl+Z undoes)"))

    @reporting
    def undo_note(self) -> None:
        undone = self.window.library.notes.undo()
        self._say(say("WindowNotes", "Undone") if undone else say("WindowNotes", "Nothing to undo"))

    @reporting
    def redo_note(self) -> None:
        redone = self.window.library.notes.redo()
        self._say(say("WindowNotes", "Redone") if redone else say("WindowNotes", "Nothing to redo"))

    def _ask_for_selection(self) -> None:
        self.window.statusBar().showMessage(say("WindowNotes", "Select a passage in the reading text first"), 5000)
