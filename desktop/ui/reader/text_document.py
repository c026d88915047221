"""Building the QTextDocument the reader shows, and mapping reading-text offsets into it.

The document is built with a QTextCursor from plain strings and formats, never
from the document's own markup: a document cannot inject HTML. Markdown is
rendered through the sanitiser first.
"""

import bisect
import re
from html import escape
from dataclasses import dataclass, field

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
)

from desktop.render.profile_html import entity_link
from desktop.render.sanitize import markdown_to_html
from desktop.render.text import find_links, junk_in_original, plain_tooltip, visible_controls
from desktop.store.documents import Document
from desktop.ui.reader.name_marks import DOTTED_MARK
from desktop.ui.reader.page_marks import mark_page_start, pages_by_paragraph
from desktop.ui.reader.reading_style import DEFAULT_SPACING, LINE_SPACINGS, current as reading_style
from desktop.wording import date_text, say

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
LINE_HEIGHT_PERCENT = LINE_SPACINGS[DEFAULT_SPACING]  # as built before the user chooses
PARAGRAPH_SPACING_EM = 0.9


@dataclass
class Layout:
    """Where each paragraph of the reading text starts in the rendered document."""

    starts: list[int] = field(default_factory=list)  # offsets in the reading text
    ends: list[int] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)  # positions in the QTextDocument
    exact: list[bool] = field(default_factory=list)  # rendered character for character

    def position_of(self, offset: int) -> int:
        """Document position of a reading-text offset (start of its paragraph if inexact)."""
        if not self.starts:
            return 0
        i = max(0, bisect.bisect_right(self.starts, offset) - 1)
        if not self.exact[i]:
            return self.positions[i]
        return self.positions[i] + min(max(0, offset - self.starts[i]), self.ends[i] - self.starts[i])

    def offset_of(self, position: int) -> int:
        """Reading-text offset of a document position (inverse of position_of)."""
        if not self.positions:
            return 0
        i = max(0, bisect.bisect_right(self.positions, position) - 1)
        if not self.exact[i]:
            return self.starts[i]
        return self.starts[i] + min(max(0, position - self.positions[i]), self.ends[i] - self.starts[i])


def _secondary_color() -> QColor:
    return QColor(reading_style().colors.secondary)


def _char(size_adjustment: int = 0, bold: bool = False, secondary: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if size_adjustment:
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, size_adjustment)
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if secondary:
        fmt.setForeground(_secondary_color())
    return fmt


def _paragraph_format(font: QFont) -> QTextBlockFormat:
    block = QTextBlockFormat()
    block.setLineHeight(reading_style().line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    block.setBottomMargin(font.pointSizeF() * 1.33 * PARAGRAPH_SPACING_EM)
    return block


class InertDocument(QTextDocument):
    """A document that loads no resource, whoever asks: no images, no files, no network.

    (QTextDocument's default would read local files for file: URLs.)
    """

    def __init__(self) -> None:
        super().__init__()
        self.refused_resources: list[str] = []

    def loadResource(self, resource_type: int, url):  # noqa: N802 - Qt override
        self.refused_resources.append(url.toString())
        return None


def _new_document(font: QFont) -> QTextDocument:
    document = InertDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(24)
    document.setUndoRedoEnabled(False)
    return document


def _metadata_lines(doc: Document) -> list[list[tuple[str, str | None]]]:
    """Header lines as (text, tooltip) pieces; inferred values, and those read from the
    file's own properties, say so."""
    info, inferred = doc.info, doc.meta.get("inferred", {})
    from_file = say("ReaderText", "as the file's own properties state it")

    def piece(key: str, value: str | None, known: str, guessed: str, unknown: str) -> list[tuple[str, str | None]]:
        """``known`` or (when inferred) ``guessed`` with ``{key}`` filled in, or ``unknown``."""
        if value:
            note = inferred.get(key)
            stated = from_file if key in doc.meta.get("from_file", ()) else None
            return [((guessed if note else known).format(**{key: visible_controls(value)}), note or stated)]
        if key in inferred:
            return [(unknown, inferred[key])]
        return []

    first = piece("author", info.author, say("ReaderText", "By {author}"), say("ReaderText", "By {author} (inferred)"),
                  say("ReaderText", "By unknown"))
    first += piece("publisher", info.publisher, "{publisher}", say("ReaderText", "{publisher} (inferred)"),
                   say("ReaderText", "unknown"))
    first += piece("date", date_text(info.date), "{date}", say("ReaderText", "{date} (inferred)"),
                   say("ReaderText", "unknown")) or [(say("ReaderText", "Undated"), None)]
    first += [(info.kind.capitalize(), None)] if info.kind and info.kind != "imported" else []
    notices = [[(notice, None)] for notice in doc.meta.get("notices", [])]  # pages without text…
    # The id and the text's SHA-256 are in Document details (Ctrl+Alt+I): here they were clutter.
    return [first, *notices]


def _insert_header(cursor: QTextCursor, doc: Document) -> None:
    cursor.insertText(visible_controls(doc.info.title), _char(2, bold=True))
    # Spaced as the text is: room below the line for Khmer letters and the dotted marks.
    spaced = QTextBlockFormat()
    spaced.setLineHeight(reading_style().line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    for line in _metadata_lines(doc):
        cursor.insertBlock(spaced)
        for i, (text, tooltip) in enumerate(line):
            fmt = _char(-1, secondary=True)
            if i:
                cursor.insertText("  ·  ", fmt)
            if tooltip:
                fmt.setToolTip(plain_tooltip(tooltip))
                fmt.setProperty(DOTTED_MARK, True)  # an inferred value, or one the file states
            cursor.insertText(text, fmt)
    rule = QTextBlockFormat()
    rule.setProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength.Type.PercentageLength, 100))
    rule.setBottomMargin(6)
    cursor.insertBlock(rule)
    cursor.insertBlock(QTextBlockFormat())


def _insert_plain_paragraph(cursor: QTextCursor, text: str, normal: QTextCharFormat) -> None:
    """Insert ``text`` character for character; addresses become (inert) links."""
    pos = 0
    for link in find_links(text):
        cursor.insertText(text[pos : link.start].replace("\n", "\u2028"), normal)
        fmt = QTextCharFormat(normal)
        fmt.setAnchor(True)
        fmt.setAnchorHref(link.address if "://" in link.address or link.address.startswith("mailto:")
                          else "https://" + link.address)
        fmt.setFontUnderline(True)
        fmt.setForeground(QColor(reading_style().colors.link))
        fmt.setToolTip(say("ReaderText", "{address} — links are never opened; click to copy the address")
                       .format(address=link.address))
        cursor.insertText(text[link.start : link.end], fmt)
        pos = link.end
    cursor.insertText(text[pos:].replace("\n", "\u2028"), normal)


HIGHLIGHT_COLORS = {"yellow": "#ffe066", "green": "#9be39b", "blue": "#9cc9ff", "pink": "#ffb3d1",
                    "purple": "#d3b3ff"}


def render_reading(doc: Document, font: QFont, mentions: list[tuple[str, int, int]] = (),
                   highlights: list = ()) -> tuple[QTextDocument, Layout]:
    """The reading view: header, then the cleaned text paragraph by paragraph.

    ``mentions`` (entity id, start, end in the reading text) are marked with a
    dotted line (see DOTTED_MARK) and link to the entity's profile; ``highlights``
    (annotations) are drawn behind the text in their colour, their note shown on hover.
    """
    document = _new_document(font)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    _insert_header(cursor, doc)
    block, normal, layout = _paragraph_format(font), QTextCharFormat(), Layout()
    page_starts = pages_by_paragraph(doc.pages, doc.paragraphs)
    for i, (start, end) in enumerate(doc.paragraphs):
        if i:
            cursor.insertBlock(block, normal)
        else:
            cursor.setBlockFormat(block)
        if i in page_starts:
            mark_page_start(cursor, page_starts[i], page_starts[i] in doc.meta.get("ocr_pages", ()))
        layout.starts.append(start)
        layout.ends.append(end)
        layout.positions.append(cursor.position())
        text = doc.text[start:end]
        if doc.format == "markdown":
            cursor.insertHtml(markdown_to_html(text))
            _color_links(QTextCursor(document), layout.positions[-1], cursor.position())
            layout.exact.append(False)
        else:
            _insert_plain_paragraph(cursor, text, normal)
            layout.exact.append(True)
    _mark_mentions(cursor, layout, mentions)
    _mark_highlights(cursor, layout, highlights)
    cursor.endEditBlock()
    return document, layout


# What a highlight changes, and where each fragment keeps what it looked like before, so taking
# the highlight off restores it exactly (a link keeps its colour and its tooltip).
_LOOKS = (QTextFormat.Property.BackgroundBrush, QTextFormat.Property.ForegroundBrush,
          QTextFormat.Property.TextToolTip)
_HIGHLIGHTED = QTextFormat.Property.UserProperty + 1
_BEFORE = {look: QTextFormat.Property.UserProperty + 2 + number for number, look in enumerate(_LOOKS)}


def _mark_highlights(cursor: QTextCursor, layout: Layout, highlights) -> None:
    for note in highlights:
        if note.status != "anchored" or note.target != "passage":
            continue
        a, b = layout.position_of(note.start), layout.position_of(note.end)
        if b <= a:
            continue
        # The note is Markdown: shown rendered, through the sanitiser.
        tip = markdown_to_html(note.note) if note.note else say("ReaderText", "<p><i>(no note)</i></p>")
        if note.tags:
            tip += "<p>" + " ".join(f"#{escape(t)}" for t in note.tags) + "</p>"
        for start, end, fmt in _pieces(cursor.document(), a, b):
            if not fmt.hasProperty(_HIGHLIGHTED):
                fmt.setProperty(_HIGHLIGHTED, True)
                for look, saved in _BEFORE.items():
                    if fmt.hasProperty(look):
                        fmt.setProperty(saved, fmt.property(look))
            fmt.setBackground(QColor(HIGHLIGHT_COLORS.get(note.color, "#ffe066")))
            fmt.setForeground(QColor("black"))  # readable on the light highlight in dark mode too
            fmt.setToolTip(tip)
            _apply(cursor, start, end, fmt)


def update_highlights(document: QTextDocument, layout: Layout, old, new) -> None:
    """Repaint the highlights of a rendered reading view in place: no re-render, so the scroll
    position, the cursor and the selection stay where the reader left them."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for note in old:
        if note.status == "anchored" and note.target == "passage":
            _unmark(cursor, layout.position_of(note.start), layout.position_of(note.end))
    _mark_highlights(cursor, layout, new)
    cursor.endEditBlock()


def _pieces(document: QTextDocument, a: int, b: int) -> list[tuple[int, int, QTextCharFormat]]:
    """(start, end, format) of every text fragment between positions ``a`` and ``b``; read in
    full first, as changing a format splits fragments under an iterator."""
    pieces = []
    block = document.findBlock(a)
    while block.isValid() and block.position() < b:
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            start, end = max(fragment.position(), a), min(fragment.position() + fragment.length(), b)
            if start < end:
                pieces.append((start, end, QTextCharFormat(fragment.charFormat())))
            fragments += 1
        block = block.next()
    return pieces


def _unmark(cursor: QTextCursor, a: int, b: int) -> None:
    """Give the text between positions ``a`` and ``b`` back the look it had before highlighting."""
    for start, end, fmt in _pieces(cursor.document(), a, b):
        if not fmt.hasProperty(_HIGHLIGHTED):
            continue
        for look, saved in _BEFORE.items():
            if fmt.hasProperty(saved):
                fmt.setProperty(look, fmt.property(saved))
                fmt.clearProperty(saved)
            else:
                fmt.clearProperty(look)
        fmt.clearProperty(_HIGHLIGHTED)
        _apply(cursor, start, end, fmt)


def _apply(cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.setCharFormat(fmt)


def _color_links(cursor: QTextCursor, a: int, b: int) -> None:
    """Links the Markdown brought in the reading theme's link colour (Qt's own is dark blue, hard
    to read on a dark page)."""
    for start, end, fmt in _pieces(cursor.document(), a, b):
        if fmt.isAnchor():
            fmt.setForeground(QColor(reading_style().colors.link))
            _apply(cursor, start, end, fmt)


def _mark_mentions(cursor: QTextCursor, layout: Layout, mentions) -> None:
    for entity_id, start, end in mentions:
        a, b = layout.position_of(start), layout.position_of(end)
        if b <= a:
            continue
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(entity_link(entity_id))
        fmt.setProperty(DOTTED_MARK, True)  # the dotted line is drawn by paint_dotted_marks
        fmt.setToolTip(say("ReaderText", "Open the profile"))
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


def render_original(doc: Document, font: QFont) -> QTextDocument:
    """The verbatim original as plain text, with the removed boilerplate struck through."""
    document = _new_document(font)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    note = say("ReaderText", "Verbatim original. Passages struck through were removed from the reading text "
               "as web boilerplate; nothing here is interpreted as markup.")
    spaced = QTextBlockFormat()
    spaced.setBottomMargin(12)
    cursor.setBlockFormat(spaced)
    cursor.insertText(note, _char(-1, secondary=True))
    # Every line of the file is its own block, with no paragraph spacing (but the line spacing).
    lines = QTextBlockFormat()
    lines.setLineHeight(reading_style().line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.insertBlock(lines, QTextCharFormat())
    body_start = cursor.position()
    # Same length as shown: control characters become visible replacement marks.
    original = _CONTROLS.sub("\ufffd", doc.original.replace("\r\n", "\n").replace("\r", "\n"))
    cursor.insertText(original)
    junk = QTextCharFormat()
    junk.setFontStrikeOut(True)
    junk.setBackground(QColor(220, 80, 60, 60))
    for start, end, rule in junk_in_original(original, doc.junk):
        fmt = QTextCharFormat(junk)
        fmt.setToolTip(say("ReaderText", "Removed from the reading text ({rule})").format(rule=rule))
        cursor.setPosition(body_start + start)
        cursor.setPosition(body_start + end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
    cursor.endEditBlock()
    return document
