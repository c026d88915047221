"""What a user reads in a window, widget by widget, and which of it is left untranslated.

Used by tests/ui/test_interface_language.py: in Khmer every interface text must hold Khmer
script (data, numbers, shortcuts and the product name aside); in English none may."""

import re

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit, QMenu,
    QTableView, QTabBar, QTextEdit, QTreeView, QWidget,
)

KHMER = re.compile("[\u1780-\u17ff]")
LATIN_WORD = re.compile("[A-Za-z]{2,}")
PATH = re.compile(r"^(/|[A-Za-z]:\\)\S*$")
# Key names in shortcuts (Ctrl+Shift+H), format and product names: the same in every language.
KEEP = re.compile(r"\b(Ctrl|Shift|Alt|Meta|Esc|Del|PgUp|PgDown|F\d+|Ekasar|SHA-256|SQLCipher|Argon2id|AES-GCM|"
                  r"AND|OR|NOT|USB|PDF|CSV|ZIP|JSON|JSON-LD|TimelineJS|Markdown|HTML|UTF-8|MB|GB|KB|MiB|"
                  r"Noto|Sans|Serif|Khmer|SIL|OFL|Qt|exFAT|FAT|NTFS|FUSE|ekasar)\b")
# Words the English interface shows in Khmer on purpose: the product's Khmer name, the
# language's own name in View → Language, and the Khmer example in the search help.
KHMER_IN_ENGLISH = ("ឯកសារ", "ខ្មែរ", "ខេមរា")


def plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def widget_texts(top: QWidget, skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(where, text) for everything shown in ``top``: titles, labels, buttons, placeholders,
    tabs, headers, combo items, tooltips, accessible names; widgets named in ``skip`` (the
    reader, lists of documents) hold data and are left out."""
    found = [(f"{top.objectName()}: title", top.windowTitle())]
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and (not widget.isVisibleTo(top) or _inside(widget, skip)):
            continue
        where = widget.objectName() or type(widget).__name__
        found += [(where, text) for text in _texts_of(widget)]
    return [(where, plain(text)) for where, text in found if text and text.strip()]


def _inside(widget: QWidget, skip: tuple[str, ...]) -> bool:
    while widget is not None:
        if widget.objectName() in skip:
            return True
        widget = widget.parentWidget()
    return False


def _texts_of(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    elif isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    elif isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QDockWidget):
        texts.append(widget.windowTitle())
    elif isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count())]
    elif isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QTextEdit) and widget.isReadOnly():
        texts.append(widget.toPlainText())
    if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        model = widget.model()
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
                  for c in range(model.columnCount(QModelIndex()))]
    return texts


def menu_texts(menu: QMenu, where: str = "menu") -> list[tuple[str, str]]:
    found = [(where, menu.title())]
    for action in menu.actions():
        found += [(f"{where} › {action.objectName()}", action.text()), (action.objectName(), action.toolTip())]
        if action.menu() is not None:
            found += menu_texts(action.menu(), f"{where} › {action.text()}")
    return [(w, t) for w, t in found if t]


def untranslated(texts, data: set[str]) -> list[tuple[str, str]]:
    """The Khmer interface's texts with English words left in them (data strings aside)."""
    bad = []
    for where, text in texts:
        rest = text
        for value in sorted(data, key=len, reverse=True):
            rest = rest.replace(value, " ")
        if PATH.match(rest.strip()):
            continue  # a folder or file name, as the system writes it
        if not KHMER.search(rest) and LATIN_WORD.search(KEEP.sub(" ", rest)):
            bad.append((where, text))
    return bad


def leftover_khmer(texts, data: set[str]) -> list[tuple[str, str]]:
    """The English interface's texts with Khmer in them (data and the allowed words aside)."""
    bad = []
    for where, text in texts:
        rest = text
        for value in sorted(data | set(KHMER_IN_ENGLISH), key=len, reverse=True):
            rest = rest.replace(value, " ")
        if KHMER.search(rest):
            bad.append((where, text))
    return bad


def modal_texts(qtbot, trigger, inside=None, close=None, skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """Run ``trigger``, which opens a dialog (exec() or open()); read what it shows, call
    ``inside(dialog, texts)`` if given (to open a dialog from it), then close it."""
    seen: list = []
    before = set(QApplication.topLevelWidgets())

    def look() -> None:
        dialog = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible() and w.isWindow()), None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, look)
            return
        try:
            texts = widget_texts(dialog, skip)
            if inside is not None:
                inside(dialog, texts)
            seen.append(texts)
        except Exception as error:  # noqa: BLE001 - raised again below, once the dialog is closed
            seen.append(error)
        (close or (lambda d: d.reject() if hasattr(d, "reject") else d.close()))(dialog)

    QTimer.singleShot(0, look)
    trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    if isinstance(seen[0], Exception):
        raise seen[0]
    return seen[0]
