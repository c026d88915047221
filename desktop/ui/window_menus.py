"""The main window's menus, annotation toolbar and reader context menu, with their shortcuts."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop.store.annotations import COLORS
from desktop.ui.language import arabic_digits
from desktop.ui.language_menu import build_language_menu
from desktop.ui.printing import add_print_actions
from desktop.ui.reader.reading_menu import add_reading_menus
from desktop.ui.reader.text_document import HIGHLIGHT_COLORS
from desktop.ui.widgets import swatch_icon
from desktop.wording import say


def color_name(color: str) -> str:
    """A highlight colour's name as the menus show it."""
    return {
        "yellow": say("Menus", "Yellow"),
        "green": say("Menus", "Green"),
        "blue": say("Menus", "Blue"),
        "pink": say("Menus", "Pink"),
        "purple": say("Menus", "Purple"),
    }.get(color, color)


def _highlight_tip(color: str) -> str:
    """The tooltip of a colour's toolbar button, without its shortcut."""
    return {
        "yellow": say("Menus", "Highlight the selection in yellow ({keys})"),
        "green": say("Menus", "Highlight the selection in green ({keys})"),
        "blue": say("Menus", "Highlight the selection in blue ({keys})"),
        "pink": say("Menus", "Highlight the selection in pink ({keys})"),
        "purple": say("Menus", "Highlight the selection in purple ({keys})"),
    }.get(color, "{keys}")


def _panel_toggles(window) -> list:
    """Each dock with the name its show/hide action has in the View menu."""
    return [
        (window.library_dock, say("Menus", "Library panel")),
        (window.people_dock, say("Menus", "People panel")),
        (window.search_dock, say("Menus", "Search panel")),
        (window.notes_dock, say("Menus", "Notes panel")),
        (window.timeline_dock, say("Menus", "Timeline panel")),
    ]


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
    _file_menu(window, bar.addMenu(say("Menus", "&File")))
    _edit_menu(window, bar.addMenu(say("Menus", "&Edit")))
    _library_menu(window, bar.addMenu(say("Menus", "&Library")))
    _view_menu(window, bar.addMenu(say("Menus", "&View")))
    help_menu = bar.addMenu(say("Menus", "&Help"))
    add_action(window, "shortcuts", say("Menus", "&Keyboard shortcuts"), window.show_shortcuts, "F1", help_menu)
    add_action(window, "guide", say("Menus", "User &guide in Khmer…"), window.show_guide, None, help_menu)
    add_action(window, "about", say("Menus", "&About Ekasar"), window.show_about, None, help_menu)


def _file_menu(window, file) -> None:
    add_action(window, "import", say("Menus", "&Import documents…"), window.import_documents, "Ctrl+I", file)
    add_action(window, "exportNotes", say("Menus", "&Export notes…"), window.export_notes, "Ctrl+E", file)
    add_action(window, "importNotes", say("Menus", "Import &notes from a colleague…"), window.import_notes,
               None, file)
    file.addSeparator()
    add_print_actions(window, file, add_action)  # Print…, Save as PDF…, of the document and of the notes
    file.addSeparator()
    file.setToolTipsVisible(True)  # a greyed Lock says why
    add_action(window, "lock", say("Menus", "&Lock"), window.lock_requested.emit, "Ctrl+L", file)
    quick_hide = add_action(window, "quickHide", say("Menus", "Quick &hide"), window.quick_hide_requested.emit,
                            "Ctrl+Shift+H", file)
    quick_hide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from any window
    add_action(window, "security", say("Menus", "Securit&y…"), window.security_requested.emit, None, file)
    file.addSeparator()
    add_action(window, "quit", say("Menus", "&Quit"), window.close, QKeySequence.StandardKey.Quit, file)


def _edit_menu(window, edit) -> None:
    notes = window.note_actions
    add_action(window, "copy", say("Menus", "&Copy"), window.reader.view.copy, QKeySequence.StandardKey.Copy, edit)
    add_action(window, "copyCitation", say("Menus", "Copy with c&itation"), window.copy_with_citation,
               "Ctrl+Shift+C", edit)
    edit.addSeparator()
    add_action(window, "find", say("Menus", "&Find in document…"), window.find_in_document,
               QKeySequence.StandardKey.Find, edit)
    add_action(window, "findNext", say("Menus", "Find &next"), lambda: window._find_step(True), ["F3", "Ctrl+G"], edit)
    add_action(window, "findPrevious", say("Menus", "Find p&revious"), lambda: window._find_step(False),
               ["Shift+F3", "Ctrl+Shift+G"], edit)
    marks = window.reader.search_marks  # the search's hits in the reader (Alt+Down, Alt+Up)
    for action in (marks.next_action, marks.previous_action):
        edit.addAction(action)
        window.search_panel.addAction(action)  # its keys work from the results too
        window.actions_by_name[action.objectName()] = action
    edit.addSeparator()
    add_action(window, "undoNote", say("Menus", "&Undo note change"), notes.undo_note,
               QKeySequence.StandardKey.Undo, edit)
    add_action(window, "redoNote", say("Menus", "&Redo note change"), notes.redo_note, ["Ctrl+Shift+Z", "Ctrl+Y"], edit)
    edit.addSeparator()
    colors = edit.addMenu(say("Menus", "&Highlight selection"))
    for number, color in enumerate(COLORS, 1):
        add_action(window, f"highlight_{color}", color_name(color),
                   lambda _=False, c=color: window.highlight_selection(c), f"Ctrl+Alt+{number}", colors)
    add_action(window, "addNote", say("Menus", "Add or edit a &note…"), window.note_selection, "Ctrl+Alt+N", edit)
    add_action(window, "deleteNote", say("Menus", "&Delete highlight"), notes.delete_highlight, "Ctrl+Alt+D", edit)
    add_action(window, "documentNote", say("Menus", "Add a note to this &document…"), window.note_on_document,
               "Ctrl+Alt+M", edit)
    edit.addSeparator()
    add_action(window, "undoCuration", say("Menus", "Undo last &people curation"), window.people_panel.undo,
               None, edit)
    add_action(window, "addEvent", say("Menus", "Add timeline &event from selection…"),
               window.add_event_from_selection, "Ctrl+Shift+E", edit)
    add_action(window, "undoTimeline", say("Menus", "Undo last &timeline change"), window.timeline_panel.undo,
               "Ctrl+Alt+Z", edit)
    add_action(window, "undoRemove", say("Menus", "Undo re&move document"), window.library_actions.undo_remove,
               None, edit)
    edit.addSeparator()
    add_action(window, "search", say("Menus", "&Search all documents"), window.focus_search,
               ["Ctrl+K", "Ctrl+Shift+F"], edit)


def _library_menu(window, document) -> None:
    """The open (or chosen) document's details, removing it, and collections. (Not "Document": in
    Khmer that is the File menu's name too.)"""
    actions = window.library_actions
    add_action(window, "documentDetails", say("Menus", "Document &details…"), lambda: actions.show_details(), "Ctrl+Alt+I",
               document)
    add_action(window, "removeDocument", say("Menus", "&Remove document"), lambda: actions.remove(), None, document)
    document.addSeparator()
    add_action(window, "newCollection", say("Menus", "&New collection…"), actions.new_collection, None, document)
    add_action(window, "renameCollection", say("Menus", "Rena&me collection…"), actions.rename_collection, None,
               document)
    add_action(window, "deleteCollection", say("Menus", "De&lete collection…"), actions.delete_collection, None,
               document)


def _view_menu(window, view) -> None:
    window.original_action = add_action(window, "original", say("Menus", "Show &original"),
                                        window.reader.set_original, "Ctrl+U", view, checkable=True)
    window.reader.mode_changed.connect(window._sync_original_action)
    view.addSeparator()
    add_action(window, "zoomIn", say("Menus", "Zoom &in"), lambda: window._zoom(1), ["Ctrl++", "Ctrl+="], view)
    add_action(window, "zoomOut", say("Menus", "Zoom &out"), lambda: window._zoom(-1), "Ctrl+-", view)
    add_action(window, "zoomReset", say("Menus", "&Actual size"), lambda: window._zoom(None), "Ctrl+0", view)
    add_reading_menus(window, view, add_action)  # reading theme, line spacing, contents
    view.addSeparator()
    add_action(window, "focusLibrary", say("Menus", "Go to &library"), window.focus_library, "Ctrl+1", view)
    add_action(window, "focusReader", say("Menus", "Go to &reader"), window.reader.view.setFocus, "Ctrl+2", view)
    add_action(window, "focusPeople", say("Menus", "Go to &people and organizations"), window.focus_people,
               "Ctrl+3", view)
    add_action(window, "focusTimeline", say("Menus", "Go to the &timeline"), window.focus_timeline, "Ctrl+4", view)
    add_action(window, "focusNotes", say("Menus", "Go to &notes"), window.focus_notes, "Ctrl+5", view)
    window.underline_action = add_action(window, "underlineEntities",
                                         say("Menus", "&Underline people and organizations"),
                                         window._set_underline, None, view, checkable=True)
    window.underline_action.setChecked(window.state.underline_entities())
    build_language_menu(window, view, arabic_digits(window.state.settings))
    view.addSeparator()
    for dock, text in _panel_toggles(window):
        toggle = dock.toggleViewAction()
        toggle.setText(text)
        view.addAction(toggle)
    add_action(window, "resetLayout", say("Menus", "Reset the &layout"), window.reset_layout, None, view)


def build_annotation_tools(window) -> None:
    """The highlight colours, note and delete as a toolbar and in the reader's context menu."""
    toolbar = window.addToolBar(say("Menus", "Annotate"))
    toolbar.setObjectName("annotateToolbar")
    toolbar.setAccessibleName(say("Menus", "Annotate"))
    for color in COLORS:
        action = window.actions_by_name[f"highlight_{color}"]
        action.setIcon(swatch_icon(HIGHLIGHT_COLORS[color]))
        action.setToolTip(_highlight_tip(color).format(keys=action.shortcut().toString()))
        toolbar.addAction(action)
    for name in ("addNote", "deleteNote"):
        toolbar.addAction(window.actions_by_name[name])
    toolbar.addSeparator()
    toolbar.addAction(window.actions_by_name["quickHide"])
    # Named, not a bare icon: the title-bar minimize glyph read as an unlabelled grey bar.
    toolbar.widgetForAction(window.actions_by_name["quickHide"]).setToolButtonStyle(
        Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.reader.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    window.reader.view.customContextMenuRequested.connect(lambda point: _reader_menu(window, point))


def _reader_menu(window, point) -> None:
    menu = window.reader.view.createStandardContextMenu(point)
    menu.addAction(window.actions_by_name["copyCitation"])
    menu.addSeparator()
    colors = menu.addMenu(say("Menus", "Highlight"))
    for color in COLORS:
        colors.addAction(window.actions_by_name[f"highlight_{color}"])
    for name in ("addNote", "deleteNote", "documentNote", "addEvent"):
        menu.addAction(window.actions_by_name[name])
    menu.exec(window.reader.view.viewport().mapToGlobal(point))
    menu.deleteLater()
