"""The View menu's reading settings (theme, line spacing), its Contents list, and the margin
marks' clicks, wired to the window."""

from dataclasses import replace

from PySide6.QtGui import QActionGroup, QTextCursor

from desktop.ui.reader.contents import ContentsList
from desktop.ui.reader.reading_style import apply_style, current, save_style, saved_style
from desktop.wording import say


def _themes() -> list[tuple[str, str]]:
    return [("light", say("Menus", "&Light")), ("sepia", say("Menus", "&Sepia")), ("dark", say("Menus", "&Dark"))]


def _spacings() -> list[tuple[str, str]]:
    return [("normal", say("Menus", "&Normal")), ("relaxed", say("Menus", "&Relaxed")), ("wide", say("Menus", "&Wide"))]


def _choose(window, **change) -> None:
    style = replace(current(), **change)
    if style != current():
        save_style(window.state.settings, style)
        apply_style(window.reader, style)


def _radio_menu(window, menu, add_action, prefix: str, choices, chosen: str, field: str) -> None:
    group = QActionGroup(window)
    group.setExclusive(True)
    for name, text in choices:
        action = add_action(window, f"{prefix}_{name}", text,
                            lambda on, n=name: on and _choose(window, **{field: n}), None, menu, checkable=True)
        group.addAction(action)
        action.setChecked(name == chosen)  # already in use: choosing it again changes nothing


def add_reading_menus(window, view_menu, add_action) -> None:
    """View → Reading theme, Line spacing and Contents (Ctrl+Shift+O), as the user left them."""
    style = saved_style(window.state.settings)
    apply_style(window.reader, style)  # before the first document is built
    _radio_menu(window, view_menu.addMenu(say("Menus", "Reading t&heme")), add_action, "theme", _themes(),
                style.theme, "theme")
    _radio_menu(window, view_menu.addMenu(say("Menus", "Line &spacing")), add_action, "spacing", _spacings(),
                style.spacing, "spacing")
    window.contents_list = ContentsList(window.reader)
    add_action(window, "contents", say("Menus", "&Contents…"), window.contents_list.open_list, "Ctrl+Shift+O",
               view_menu)
    window.reader.margin.note_chosen.connect(lambda note: open_note_of(window, note))


def open_note_of(window, note) -> None:
    """A margin mark was clicked: open its highlight's note as Add or edit a note does for the
    highlight under the cursor (Ctrl+Alt+N)."""
    panel = window.reader
    if panel.document is None or panel.showing_original:
        return
    cursor = QTextCursor(panel.view.document())
    cursor.setPosition(panel.layout_map.position_of(note.start))
    cursor.setPosition(panel.layout_map.position_of(note.end), QTextCursor.MoveMode.KeepAnchor)
    panel.view.setTextCursor(cursor)
    window.actions_by_name["addNote"].trigger()
    cursor.clearSelection()  # the highlight's colour shows again, the cursor at its start
    cursor.setPosition(panel.layout_map.position_of(note.start))
    panel.view.setTextCursor(cursor)
