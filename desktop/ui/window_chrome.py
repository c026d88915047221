"""What the main window says around the reader: its title (private or neutral when asked), whether
Lock and the annotation tools can work now (greyed, saying why, when not), and the zoom level."""

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QToolButton

from desktop import APP_NAME
from desktop.render.text import visible_controls
from desktop.ui.reader.view import BASE_POINT_SIZE, ZOOM_STEP
from desktop.ui.security_prefs import neutral_name
from desktop.ui.widgets import named
from desktop.wording import number, say

DOCUMENT_TOOLS = ("addNote", "deleteNote", "documentNote", "addEvent", "copyCitation")


class WindowChrome:
    def __init__(self, window) -> None:
        self.window = window
        self.neutral = False  # the task bar shows "Documents", not what is being read
        self.private_titles = False  # the task bar shows "Ekasar", not the document's title
        self.encrypted = False
        self.zoom = named(QToolButton(), "zoomLevel")
        self.zoom.setAutoRaise(True)
        self.zoom.clicked.connect(lambda: window._zoom(None))
        self.progress = named(QLabel(), "readingProgress")
        self.progress.setToolTip(say("MainWindow", "How far through the document the reader is"))
        window.reader.view.verticalScrollBar().valueChanged.connect(lambda _value: self.show_progress())

    # The title -------------------------------------------------------------------------------
    def show_title(self) -> None:
        """The open document's title, unless kept private; only Latin letters otherwise (a window
        manager without a Khmer font would show "ឯកសារ" as boxes)."""
        document = self.window.reader.document
        if self.neutral:
            self.window.setWindowTitle(neutral_name())
        elif document is None or self.private_titles:
            self.window.setWindowTitle(APP_NAME)
        else:
            self.window.setWindowTitle(f"{visible_controls(document.info.title)} — {APP_NAME}")

    def set_title_privacy(self, neutral: bool, private_titles: bool) -> None:
        self.neutral, self.private_titles = neutral, private_titles
        self.show_title()

    # What can work now ------------------------------------------------------------------------
    def set_lock_available(self, encrypted: bool) -> None:
        """Lock needs a passphrase: with plain notes it is greyed, saying why, and Quick hide says
        it hides (it cannot lock)."""
        self.encrypted = encrypted
        action = self.window.actions_by_name["lock"]
        action.setEnabled(encrypted)
        tip = (say("MainWindow", "Lock the notes; your passphrase opens them again") if encrypted else
               say("MainWindow", "Encrypt your notes to be able to lock them (File → Security…)"))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        self.set_quick_hide_keys(self.window.actions_by_name["quickHide"].shortcut().toString())

    def set_quick_hide_keys(self, keys: str) -> None:
        action = self.window.actions_by_name["quickHide"]
        action.setShortcut(QKeySequence(keys))
        keys = action.shortcut().toString()
        tip = (say("MainWindow", "Hide every window and lock ({keys})") if self.encrypted else
               say("MainWindow", "Hide every window ({keys})"))
        action.setToolTip(tip.format(keys=keys))

    def follow_document(self) -> None:
        """A document opened or closed: the title, and the tools that work on one."""
        self.show_title()
        actions = self.window.actions_by_name
        open_ = self.window.reader.document is not None
        names = [name for name in actions if name.startswith("highlight_")] + list(DOCUMENT_TOOLS)
        for name in names:
            if name in actions:
                actions[name].setEnabled(open_)
        self.show_zoom()
        self.show_progress()

    def show_progress(self) -> None:
        """How far through the open document the reader is, by its scroll bar (any view)."""
        bar = self.window.reader.view.verticalScrollBar()
        if self.window.reader.document is None:
            self.progress.clear()
            return
        whole = bar.maximum() - bar.minimum()
        percent = 100 if whole <= 0 else round(100 * (bar.value() - bar.minimum()) / whole)
        self.progress.setText(say("MainWindow", "{percent}% through").format(percent=number(percent)))

    # Zoom ------------------------------------------------------------------------------------------
    def show_zoom(self) -> None:
        steps = self.window.reader.view.zoom_steps
        percent = round((BASE_POINT_SIZE + steps * ZOOM_STEP) / BASE_POINT_SIZE * 100)
        self.zoom.setText(say("MainWindow", "{percent}%").format(percent=number(percent)))
        self.zoom.setToolTip(say("MainWindow", "Text size; click for the actual size (Ctrl+0). Larger: Ctrl++, "
                                               "smaller: Ctrl+-"))
        self.zoom.setAccessibleName(say("MainWindow", "Text size {percent}%").format(percent=number(percent)))
