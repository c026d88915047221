"""The main window: library and search panels docked around the reader; menus and state."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from desktop import APP_NAME
from desktop.render.profile_html import parse_link
from desktop.services.notices import DOCUMENTS, NOTES, PEOPLE
from desktop.services.library import Library
from desktop.store.search import Hit
from desktop.ui.dialogs import about_text, offer_to_copy_link, shortcuts_dialog
from desktop.ui.jobs import BackgroundSearch
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.guide_dialog import guide_dialog
from desktop.ui.library_panel import LibraryPanel
from desktop.ui.notice_bridge import NoticeBridge
from desktop.ui.notes_panel import NotesPanel
from desktop.ui.people_panel import PeoplePanel
from desktop.ui.reader.panel import ReaderPanel
from desktop.ui.search_panel import SearchPanel
from desktop.ui.state import WindowState
from desktop.ui.timeline_panel import TimelinePanel
from desktop.ui.timeline_strip import TimelineStrip
from desktop.ui.window_imports import WindowImports
from desktop.ui.window_chrome import WindowChrome
from desktop.ui.window_layout import TIMELINE_SHARE, available_area, first_size, proportion_docks, reset_layout
from desktop.ui.window_library import WindowLibrary
from desktop.ui.window_menus import build_annotation_tools, build_menus
from desktop.ui.window_notes import WindowNotes
from desktop.wording import number, say, say_n



class MainWindow(QMainWindow):
    # Handled by the session (desktop/ui/session.py), which owns the notebook's key.
    lock_requested = Signal()
    quick_hide_requested = Signal()
    security_requested = Signal()
    language_requested = Signal(str)  # View → Language: "en" or "km"
    digits_requested = Signal(bool)  # View → Language → Arabic digits

    def __init__(self, library: Library, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.library = library
        self.notices = NoticeBridge(library.notices, self)  # panels and the reader follow changes
        self.notices.noticed.connect(self._noticed)
        self.closing = False
        self.note_actions = WindowNotes(self)
        self.imports = WindowImports(self)
        self.library_actions = WindowLibrary(self)  # details, removing (with Undo), collections
        self.state = WindowState(settings)
        self.setAccessibleName(APP_NAME)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        self._build_panels()
        self.chrome = WindowChrome(self)  # the title, what can work now, the zoom level
        self.chrome.show_title()
        self._connect_panels()
        self.summary = QLabel()
        self.summary.setObjectName("archiveSummary")
        self.summary.setAccessibleName(say("MainWindow", "What the archive holds"))
        self.statusBar().addPermanentWidget(self.chrome.progress)
        self.statusBar().addPermanentWidget(self.chrome.zoom)
        self.statusBar().addPermanentWidget(self.summary)
        self._update_summary()

        self.actions_by_name: dict[str, QAction] = {}
        build_menus(self)
        build_annotation_tools(self)
        self.chrome.follow_document()
        self._set_tab_order()
        self._restore()

    # Layout: the reader in the middle, the panels docked around it ---------------------------
    def _build_panels(self) -> None:
        self.reader = ReaderPanel()
        self.reader.view.set_zoom(self.state.zoom())
        self.setCentralWidget(self.reader)
        self.library_panel = LibraryPanel(self.library)
        self.library_dock = self._dock(say("MainWindow", "Library"), say("MainWindow", "Library panel"), "libraryDock",
                                       self.library_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.search_service = BackgroundSearch(self.library, self)
        self.search_panel = SearchPanel(self.search_service, self.library)
        self.search_dock = self._dock(say("MainWindow", "Search"), say("MainWindow", "Search panel"), "searchDock",
                                      self.search_panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self.people_panel = PeoplePanel(self.library)
        self.people_dock = self._dock(say("MainWindow", "People"), say("MainWindow", "People panel"), "peopleDock",
                                      self.people_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.notes_panel = NotesPanel(self.library)
        self.notes_dock = self._dock(say("MainWindow", "Notes"), say("MainWindow", "Notes panel"), "notesDock",
                                     self.notes_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.timeline_panel = TimelinePanel(self.library)
        self.timeline_strip = TimelineStrip(self.timeline_panel)  # starts folded: the reader keeps the height
        self.timeline_strip.set_collapsed(self.state.timeline_collapsed())
        self.timeline_strip.collapsed_changed.connect(self.set_timeline_collapsed)
        self.timeline_dock = self._dock(say("MainWindow", "Timeline"), say("MainWindow", "Timeline panel"),
                                        "timelineDock", self.timeline_strip, Qt.DockWidgetArea.BottomDockWidgetArea)
        # Panels sharing a side are tabs; tabified once every dock is in place.
        # (One group only: Qt 6.11 leaves a stray tab bar on screen with two.)
        self.tabifyDockWidget(self.library_dock, self.people_dock)
        self.tabifyDockWidget(self.people_dock, self.notes_dock)
        self.library_dock.raise_()

    # Behaviour: what choosing something in a panel does -------------------------------------
    def _connect_panels(self) -> None:
        self.reader.link_clicked.connect(self._link_clicked)
        self.library_panel.document_chosen.connect(self.open_document)
        self.search_panel.hit_chosen.connect(self.open_hit)
        self.people_panel.passage_chosen.connect(self.open_passage)
        self.people_panel.curated.connect(self._curated)
        self.people_panel.note_requested.connect(lambda entity_id: self.note_on("entity", "", entity_id))
        self.notes_panel.passage_chosen.connect(self.open_passage)
        self.notes_panel.entity_chosen.connect(self.open_profile)
        self.notes_panel.reattach_requested.connect(self.note_actions.reattach_note)
        self.timeline_panel.passage_chosen.connect(lambda d, a, b: self.open_passage(d, a, b, focus_reader=False))
        self.timeline_panel.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.timeline_panel.note_requested.connect(lambda event: self.note_on("event", event.document, event.id))
        for panel in (self.library_panel, self.people_panel, self.notes_panel, self.timeline_panel, self.search_panel):
            self.notices.noticed.connect(panel.on_notice)
        self.library_actions.connect()

    def _dock(self, title: str, accessible_name: str, name: str, widget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(accessible_name)
        self.addDockWidget(area, dock)
        return dock

    def _set_tab_order(self) -> None:
        """Tab moves left to right: library filter, list, reader, search field, results."""
        chain = [self.library_panel.filter, self.library_panel.table, self.reader.view,
                 self.search_panel.field, self.search_panel.results]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # Documents -----------------------------------------------------------------
    def open_document(self, doc_id: str, offset: int | None = None) -> bool:
        """Show ``doc_id`` in the reader at ``offset`` (default: where it was last read)."""
        document = self.library.documents.get(doc_id)
        if document is None:
            self.statusBar().showMessage(say("MainWindow", "No document {id}").format(id=doc_id), 5000)
            return False
        self._remember_position()
        mentions = self.library.people.mentions_in(doc_id) if self.state.underline_entities() else []
        highlights = self.library.notes.listing(document=doc_id)
        self.reader.show_document(document, self.library.documents.reading_position(doc_id) if offset is None else offset,
                                  mentions, highlights)
        self.library_panel.select(doc_id)
        self.library.documents.set_open_document_id(doc_id)
        self.chrome.follow_document()
        return True

    def open_hit(self, hit: Hit) -> None:
        self.open_passage(hit.document, hit.start, hit.end)

    def open_passage(self, doc_id: str, start: int | None, end: int | None, focus_reader: bool = True) -> None:
        """Open a document at a passage (reading-text offsets), highlighted."""
        if self.open_document(doc_id, start or 0):
            self.reader.show_hit(start, end)
            if focus_reader:
                self.reader.view.setFocus()

    def add_event_from_selection(self) -> None:
        """A new timeline event citing the passage selected in the reader."""
        span = self.reader.selected_span()
        if span is None:
            self.statusBar().showMessage(
                say("MainWindow", "Select the passage the event is based on, in the reading text"), 5000)
            return
        start, end = span
        self.timeline_dock.show()
        self.set_timeline_collapsed(False)
        self.timeline_panel.add_from_passage(self.reader.document.info.id, start, end,
                                             self.reader.document.text[start:end])

    # Notes (desktop/ui/window_notes.py does the work) ---------------------------
    def highlight_selection(self, color: str) -> None:
        self.note_actions.highlight_selection(color)

    def note_selection(self) -> None:
        self.note_actions.note_selection()

    def note_on_document(self) -> None:
        self.note_actions.note_on_document()

    def note_on(self, target: str, document_id: str, target_id: str | None = None) -> None:
        self.note_actions.note_on(target, document_id, target_id)

    def _notes_changed(self, message: str) -> None:
        """Every change is already stored, and announced (``_noticed`` repaints): say so."""
        self.statusBar().showMessage(message, 4000)

    def _noticed(self, notice) -> None:
        """What the window itself shows of a change: the open document's highlights and
        underlines, and the library summary. The panels follow the notices themselves."""
        shown = self.reader.document.info.id if self.reader.document is not None else None
        if notice.kind == NOTES and shown is not None and notice.document_id in (None, shown):
            self.reader.set_highlights(self.library.notes.listing(document=shown))
        elif notice.kind == PEOPLE and shown is not None and self.state.underline_entities():
            self.open_document(shown, self.reader.reading_offset())
        elif notice.kind == DOCUMENTS:
            self._update_summary()
            if shown is not None and notice.document_id == shown:  # edited (new details) or removed
                self.library_actions.follow(shown)

    def focus_notes(self) -> None:
        self.notes_dock.show()
        self.notes_dock.raise_()
        self.notes_panel.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_timeline(self) -> None:
        self.timeline_dock.show()
        self.timeline_dock.raise_()
        self.set_timeline_collapsed(False)
        self.timeline_panel.ensure_loaded()
        self.timeline_panel.canvas.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_profile(self, entity_id: str) -> None:
        self.people_dock.show()
        self.people_dock.raise_()
        self.people_panel.show_entity(entity_id)

    def _link_clicked(self, href: str) -> None:
        link = parse_link(href)
        if link is None:
            offer_to_copy_link(self, href)
        elif link[0] == "entity":
            self.open_profile(link[1][0])

    def _set_underline(self, on: bool) -> None:
        self.state.set_underline_entities(on)
        if self.reader.document is not None:
            self.open_document(self.reader.document.info.id, self.reader.reading_offset())

    def _curated(self, message: str) -> None:
        self.statusBar().showMessage(message, 5000)

    def _remember_position(self) -> None:
        if self.reader.document is not None and not self.reader.showing_original:
            self.library.documents.set_reading_position(self.reader.document.info.id, self.reader.reading_offset())

    def _sync_original_action(self, original: bool) -> None:
        self.original_action.blockSignals(True)
        self.original_action.setChecked(original)
        self.original_action.blockSignals(False)

    # Actions -----------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.focus()

    def focus_people(self) -> None:
        self.people_dock.show()
        self.people_dock.raise_()
        self.people_panel.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_library(self) -> None:
        self.library_dock.show()
        self.library_dock.raise_()
        self.library_panel.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def find_in_document(self) -> None:
        if self.reader.document is not None:
            self.reader.find_bar.open_bar()

    def _find_step(self, forward: bool) -> None:
        if self.reader.document is None:
            return
        if not self.reader.find_bar.isVisible():
            self.reader.find_bar.open_bar()
        self.reader.find_bar.step(forward)

    def _zoom(self, change: int | None) -> None:
        steps = 0 if change is None else self.reader.view.zoom_steps + change
        self.reader.view.set_zoom(steps)
        self.state.set_zoom(self.reader.view.zoom_steps)
        self.chrome.show_zoom()

    def copy_with_citation(self) -> None:
        if self.reader.copy_with_citation():
            self.statusBar().showMessage(say("MainWindow", "Copied with citation"), 3000)
        else:
            self.statusBar().showMessage(say("MainWindow", "Select a passage in the reader first"), 3000)

    def import_documents(self) -> None:
        self.imports.choose_documents()

    def import_paths(self, paths: list[Path]):
        """Import in the background; returns the operation (its ``ended`` signal marks the end)."""
        return self.imports.import_paths(paths)

    def export_notes(self) -> None:
        dialog = ExportDialog(self.library, self, self.state.settings)  # it remembers the last folder there
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result is not None:
            dialog.summary_box(self).open()  # with Open folder

    def import_notes(self, folder: str | None = None):
        return self.imports.import_notes(folder)

    def show_shortcuts(self) -> None:
        shortcuts_dialog(self, list(self.actions_by_name.values())).exec()

    def show_guide(self) -> None:
        guide_dialog(self).open()

    def show_about(self) -> None:
        QMessageBox.about(self, say("MainWindow", "About {app}").format(app=APP_NAME), about_text())

    def _update_summary(self) -> None:
        counts = self.library.documents.counts()
        archive, imported = counts["archive"], counts["user"]
        if imported:
            text = say_n("MainWindow", "Archive: {count} documents in English and Khmer · {imported} imported", "",
                         archive).format(imported=number(imported))
        else:
            text = say_n("MainWindow", "Archive: {count} documents in English and Khmer", "", archive)
        self.summary.setText(text)

    # State -------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.state.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            first_size(self)
            proportion_docks(self, available_area(self).size())
        docks = self.state.dock_state()
        if docks is not None:
            self.restoreState(docks)
        columns = self.state.library_columns()
        if columns is not None:
            self.library_panel.table.horizontalHeader().restoreState(columns)
        self._adopt_legacy_reading_state()
        doc_id = self.library.documents.open_document_id()
        if doc_id and self.library.documents.key_of(doc_id) is not None:
            self.open_document(doc_id)

    def set_timeline_collapsed(self, collapsed: bool) -> None:
        """Fold the timeline to its strip or open it, at a share of the window's height; remembered."""
        if collapsed != self.timeline_strip.collapsed:
            self.timeline_strip.set_collapsed(collapsed)
        self.state.set_timeline_collapsed(collapsed)
        height = self.timeline_strip.maximumHeight() if collapsed else round(self.height() * TIMELINE_SHARE)
        self.resizeDocks([self.timeline_dock], [height], Qt.Orientation.Vertical)

    def reset_layout(self) -> None:
        reset_layout(self)

    def _adopt_legacy_reading_state(self) -> None:
        open_doc, positions = self.state.take_legacy_reading_state()
        for doc_id, offset in positions.items():
            self.library.documents.set_reading_position(doc_id, offset)
        if open_doc:
            self.library.documents.set_open_document_id(open_doc)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.closing = True
        self.imports.cancel()
        self._remember_position()
        self.state.set_library_columns(self.library_panel.table.horizontalHeader().saveState())
        self.state.save_window(self.saveGeometry(), self.saveState())
        self.search_panel.shutdown()  # its searches, and its finding every hit of their results
        self.timeline_panel.shutdown()
        super().closeEvent(event)
