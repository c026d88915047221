"""The main window's menus, annotation toolbar and reader context menu, with their shortcuts."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap

from desktop.store.annotations import COLORS
from desktop.ui.reader.text_document import HIGHLIGHT_COLORS


def add_action(window, name: str, text: str, slot, shortcut=None, menu=None, checkable=False) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is not None:
        keys = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.setCheckable(checkable)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    (action.toggled if checkable else action.triggered).connect(slot)
    window.addAction(action)
    if menu is not None:
        menu.addAction(action)
    window.actions_by_name[name] = action
    return action


def build_menus(window) -> None:
    """The menu bar; every action also lands in ``window.actions_by_name``."""
    bar = window.menuBar()
    _file_menu(window, bar.addMenu("&File"))
    _edit_menu(window, bar.addMenu("&Edit"))
    _view_menu(window, bar.addMenu("&View"))
    help_menu = bar.addMenu("&Help")
    add_action(window, "shortcuts", "&Keyboard shortcuts", window.show_shortcuts, "F1", help_menu)
    add_action(window, "about", "&About Ekasar", window.show_about, None, help_menu)


def _file_menu(window, file) -> None:
    add_action(window, "import", "&Import documents…", window.import_documents, "Ctrl+I", file)
    add_action(window, "exportNotes", "&Export notes…", window.export_notes, "Ctrl+E", file)
    add_action(window, "importNotes", "Import &notes from a colleague…", window.import_notes, None, file)
    file.addSeparator()
    add_action(window, "lock", "&Lock", window.lock_requested.emit, "Ctrl+L", file)
    quick_hide = add_action(window, "quickHide", "Quick &hide", window.quick_hide_requested.emit, "Ctrl+Shift+H", file)
    quick_hide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from any window
    add_action(window, "security", "Securit&y…", window.security_requested.emit, None, file)
    file.addSeparator()
    add_action(window, "quit", "&Quit", window.close, QKeySequence.StandardKey.Quit, file)


def _edit_menu(window, edit) -> None:
    add_action(window, "copy", "&Copy", window.reader.view.copy, QKeySequence.StandardKey.Copy, edit)
    add_action(window, "copyCitation", "Copy with c&itation", window.copy_with_citation, "Ctrl+Shift+C", edit)
    edit.addSeparator()
    add_action(window, "find", "&Find in document…", window.find_in_document, QKeySequence.StandardKey.Find, edit)
    add_action(window, "findNext", "Find &next", lambda: window._find_step(True), ["F3", "Ctrl+G"], edit)
    add_action(window, "findPrevious", "Find p&revious", lambda: window._find_step(False),
                 ["Shift+F3", "Ctrl+Shift+G"], edit)
    edit.addSeparator()
    add_action(window, "undoNote", "&Undo note change", window.note_actions.undo_note, QKeySequence.StandardKey.Undo, edit)
    add_action(window, "redoNote", "&Redo note change", window.note_actions.redo_note, ["Ctrl+Shift+Z", "Ctrl+Y"], edit)
    edit.addSeparator()
    colors = edit.addMenu("&Highlight selection")
    for number, color in enumerate(COLORS, 1):
        add_action(window, f"highlight_{color}", color.capitalize(),
                     lambda _=False, c=color: window.highlight_selection(c), f"Ctrl+Alt+{number}", colors)
    add_action(window, "addNote", "Add or edit a &note…", window.note_selection, "Ctrl+Alt+N", edit)
    add_action(window, "deleteNote", "&Delete highlight", window.note_actions.delete_highlight, "Ctrl+Alt+D", edit)
    add_action(window, "documentNote", "Add a note to this &document…", window.note_on_document, "Ctrl+Alt+M", edit)
    edit.addSeparator()
    add_action(window, "undoCuration", "Undo last &people curation", window.people_panel.undo, None, edit)
    add_action(window, "addEvent", "Add timeline &event from selection…", window.add_event_from_selection,
                 "Ctrl+Shift+E", edit)
    add_action(window, "undoTimeline", "Undo last &timeline change", window.timeline_panel.undo, "Ctrl+Alt+Z", edit)
    edit.addSeparator()
    add_action(window, "search", "&Search all documents", window.focus_search, ["Ctrl+K", "Ctrl+Shift+F"], edit)


def _view_menu(window, view) -> None:
    window.original_action = add_action(window, "original", "Show &original", window.reader.set_original,
                                        "Ctrl+U", view, checkable=True)
    window.reader.mode_changed.connect(window._sync_original_action)
    view.addSeparator()
    add_action(window, "zoomIn", "Zoom &in", lambda: window._zoom(1), ["Ctrl++", "Ctrl+="], view)
    add_action(window, "zoomOut", "Zoom &out", lambda: window._zoom(-1), "Ctrl+-", view)
    add_action(window, "zoomReset", "&Actual size", lambda: window._zoom(None), "Ctrl+0", view)
    view.addSeparator()
    add_action(window, "focusLibrary", "Go to &library", window.focus_library, "Ctrl+1", view)
    add_action(window, "focusReader", "Go to &reader", window.reader.view.setFocus, "Ctrl+2", view)
    add_action(window, "focusPeople", "Go to &people and organizations", window.focus_people, "Ctrl+3", view)
    add_action(window, "focusTimeline", "Go to the &timeline", window.focus_timeline, "Ctrl+4", view)
    add_action(window, "focusNotes", "Go to &notes", window.focus_notes, "Ctrl+5", view)
    window.underline_action = add_action(window, "underlineEntities", "&Underline people and organizations",
                                         window._set_underline, None, view, checkable=True)
    window.underline_action.setChecked(window.state.underline_entities())
    view.addSeparator()
    for dock in (window.library_dock, window.people_dock, window.search_dock, window.notes_dock, window.timeline_dock):
        toggle = dock.toggleViewAction()
        toggle.setText(f"{dock.windowTitle()} panel")
        view.addAction(toggle)


def build_annotation_tools(window) -> None:
    """The highlight colours, note and delete as a toolbar and in the reader's context menu."""
    toolbar = window.addToolBar("Annotate")
    toolbar.setObjectName("annotateToolbar")
    toolbar.setAccessibleName("Annotate")
    for color in COLORS:
        action = window.actions_by_name[f"highlight_{color}"]
        swatch = QPixmap(16, 16)
        swatch.fill(QColor(HIGHLIGHT_COLORS[color]))
        action.setIcon(QIcon(swatch))
        action.setToolTip(f"Highlight the selection in {color} ({action.shortcut().toString()})")
        toolbar.addAction(action)
    for name in ("addNote", "deleteNote"):
        toolbar.addAction(window.actions_by_name[name])
    toolbar.addSeparator()
    hide = window.actions_by_name["quickHide"]
    hide.setIcon(window.style().standardIcon(window.style().StandardPixmap.SP_TitleBarMinButton))
    toolbar.addAction(hide)
    window.reader.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    window.reader.view.customContextMenuRequested.connect(lambda point: _reader_menu(window, point))


def _reader_menu(window, point) -> None:
    menu = window.reader.view.createStandardContextMenu(point)
    menu.addAction(window.actions_by_name["copyCitation"])
    menu.addSeparator()
    colors = menu.addMenu("Highlight")
    for color in COLORS:
        colors.addAction(window.actions_by_name[f"highlight_{color}"])
    for name in ("addNote", "deleteNote", "documentNote", "addEvent"):
        menu.addAction(window.actions_by_name[name])
    menu.exec(window.reader.view.viewport().mapToGlobal(point))
    menu.deleteLater()
