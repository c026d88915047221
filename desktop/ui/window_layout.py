"""The window's first layout, and View → Reset layout: the reader gets most of the screen.

Side panels take a share of the window's width (not fixed pixels, which starve the reader on a
1366×768 laptop) and the timeline starts folded to a strip along the bottom.
"""

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication

LEFT_SHARE, RIGHT_SHARE = 0.22, 0.19  # of the window's width: library (with people, notes), search
TIMELINE_SHARE = 0.34  # of the window's height, when the timeline is open
ROOMY = QSize(1500, 940)  # screens smaller than this get a maximized window
ROOMY_SIZE = QSize(1440, 900)


def available_area(window) -> QRect:
    """Where a window can go on the screen it is on (without task bars)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def first_size(window) -> None:
    """Size a window that has no saved geometry: maximized on a laptop screen, or a roomy window
    centred on a larger one."""
    area = available_area(window)
    if area.width() < ROOMY.width() or area.height() < ROOMY.height():
        window.resize(area.size())
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    size = ROOMY_SIZE.boundedTo(area.size())
    window.resize(size)
    window.move(area.center() - QRect(0, 0, size.width(), size.height()).center())


def proportion_docks(window, size: QSize | None = None) -> None:
    """Give the docks their share of ``size`` (the window's own size by default)."""
    size = size or window.size()
    left = max(window.library_dock.minimumSizeHint().width(), round(size.width() * LEFT_SHARE))
    right = max(window.search_dock.minimumSizeHint().width(), round(size.width() * RIGHT_SHARE))
    window.resizeDocks([window.library_dock, window.search_dock], [left, right], Qt.Orientation.Horizontal)
    if not window.timeline_strip.collapsed:
        window.resizeDocks([window.timeline_dock], [round(size.height() * TIMELINE_SHARE)], Qt.Orientation.Vertical)
    else:
        window.resizeDocks([window.timeline_dock], [window.timeline_strip.maximumHeight()], Qt.Orientation.Vertical)


def reset_layout(window) -> None:
    """Every panel back where it starts: library, people and notes as tabs on the left, search on
    the right, the timeline folded along the bottom."""
    for dock, area in ((window.library_dock, Qt.DockWidgetArea.LeftDockWidgetArea),
                       (window.people_dock, Qt.DockWidgetArea.LeftDockWidgetArea),
                       (window.notes_dock, Qt.DockWidgetArea.LeftDockWidgetArea),
                       (window.search_dock, Qt.DockWidgetArea.RightDockWidgetArea),
                       (window.timeline_dock, Qt.DockWidgetArea.BottomDockWidgetArea)):
        dock.setFloating(False)
        window.addDockWidget(area, dock)
        dock.show()
    window.tabifyDockWidget(window.library_dock, window.people_dock)
    window.tabifyDockWidget(window.people_dock, window.notes_dock)
    window.library_dock.raise_()
    window.set_timeline_collapsed(True)
    proportion_docks(window)
