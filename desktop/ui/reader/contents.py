"""The contents of the open document: its headings (Markdown) and its pages (PDF), in a small
list that drops down over the reader (View → Contents, Ctrl+Shift+O); choosing one scrolls
the reader there."""

import re
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from desktop.render.text import page_label, visible_controls
from desktop.wording import say

_ATX_OPEN = re.compile(r" {0,3}(#{1,6})[ \t]")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"[*_`]+")
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Entry:
    level: int  # 1–6 for a heading, 0 for a page
    title: str
    offset: int  # where it begins in the reading text


def _heading(paragraph: str) -> tuple[int, str] | None:
    """(level, words) of a Markdown heading opening ``paragraph``, if it opens with one."""
    lines = paragraph.split("\n")
    found = _ATX_OPEN.match(lines[0])
    if found:  # the rest of the line, without a closing run of #s (string work: no backtracking)
        level, title = len(found.group(1)), lines[0][found.end():].strip(" \t")
        closing = title.rstrip("#")
        if closing != title and (not closing or closing[-1] in " \t"):
            title = closing.strip(" \t")
    elif len(lines) > 1 and _SETEXT.match(lines[1]) and lines[0].strip():
        level, title = (1 if lines[1].strip().startswith("=") else 2), lines[0]
    else:
        return None
    title = " ".join(_EMPHASIS.sub("", _LINK.sub(r"\1", title)).split())
    return (level, visible_controls(title)) if title else None


def contents_of(doc) -> list[Entry]:
    """The headings of a Markdown document and the pages of a paged one, in reading order."""
    entries = []
    if doc.format == "markdown":
        for start, end in doc.paragraphs:
            heading = _heading(doc.text[start:end])
            if heading is not None:
                entries.append(Entry(heading[0], heading[1], start))
    if len(doc.pages) > 1:
        entries += [Entry(0, page_label(page), start) for page, start in enumerate(doc.pages, 1)]
    return sorted(entries, key=lambda entry: (entry.offset, entry.level))


class ContentsList(QFrame):
    """A drop-down list over the reader ``panel``; Enter or a click goes there, Esc closes it."""

    def __init__(self, panel) -> None:
        super().__init__(panel, Qt.WindowType.Popup)
        self.panel = panel
        self.setObjectName("contentsList")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(say("Contents", "Contents"))
        title = QLabel("<b>" + say("Contents", "Contents") + "</b>")
        title.setMargin(4)
        self.list = QListWidget()
        self.list.setAccessibleName(say("Contents", "Contents of the document"))
        self.list.itemActivated.connect(self._go)
        self.list.itemClicked.connect(self._go)
        self.empty = QLabel()
        self.empty.setObjectName("contentsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setMargin(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(title)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)

    def entries(self) -> list[Entry]:
        return [self.list.item(i).data(ENTRY_ROLE) for i in range(self.list.count())]

    def open_list(self) -> None:
        """Fill the list from the open document and drop it down at the reader's top left."""
        document = self.panel.document
        entries = contents_of(document) if document is not None else []
        self.list.clear()
        for entry in entries:
            indent = "    " * max(0, entry.level - 1)
            item = QListWidgetItem(indent + entry.title)
            item.setData(ENTRY_ROLE, entry)
            self.list.addItem(item)
        if document is None:
            self.empty.setText(say("Contents", "Open a document to see its contents."))
        elif not entries:
            self.empty.setText(say("Contents", "This document has no headings or pages to list."))
        self.list.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        view = self.panel.view if self.panel.view.isVisible() else self.panel
        width = min(420, max(260, view.width() // 2))
        height = max(140, min(view.height() * 2 // 3, 70 + 24 * max(1, len(entries))))
        self.setGeometry(view.mapToGlobal(QPoint(8, 8)).x(), view.mapToGlobal(QPoint(8, 8)).y(), width, height)
        self.show()
        if entries:
            here = self.panel.reading_offset()
            current = max((i for i, e in enumerate(entries) if e.offset <= here), default=0)
            self.list.setCurrentRow(current)
            self.list.setFocus(Qt.FocusReason.PopupFocusReason)

    def _go(self, item: QListWidgetItem) -> None:
        entry = item.data(ENTRY_ROLE)
        self.close()
        if entry is None or self.panel.document is None:
            return
        if self.panel.showing_original:
            self.panel.set_original(False)
        self.panel.view.scroll_to_position(self.panel.layout_map.position_of(entry.offset))
        self.panel.view.setFocus(Qt.FocusReason.OtherFocusReason)
