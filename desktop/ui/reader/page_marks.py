"""Page markers in the reading view of a paged document (a PDF).

The first paragraph of each page carries its page number as a block
property and more space above it; the view paints a thin rule and "p. 12"
in that space. Nothing is inserted into the text, so offsets, copy and
highlights are untouched. (Qt lays out the larger of two neighbouring
margins, not their sum, and a block's rectangle starts below its margin.)
"""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat

from desktop.render.text import page_label
from desktop.wording import say

PAGE_START = QTextFormat.Property.UserProperty + 17  # the page number a block begins
PAGE_BY_OCR = QTextFormat.Property.UserProperty + 18  # that page's text was read by OCR
PAGE_GAP = 18.0  # extra space above a page's first paragraph, for its marker (pixels)


def pages_by_paragraph(pages: list[int], paragraphs: list[tuple[int, int]]) -> dict[int, int]:
    """Paragraph index → the page that begins with it (the last, where pages without text share it)."""
    found, index = {}, 0
    for page, start in enumerate(pages, 1):
        while index < len(paragraphs) and paragraphs[index][1] <= start:
            index += 1
        if index < len(paragraphs):
            found[index] = page
    return found


def mark_page_start(cursor: QTextCursor, page: int, by_ocr: bool = False) -> None:
    """Mark the cursor's block as the start of ``page`` (whose text OCR read, if ``by_ocr``)."""
    fmt = QTextBlockFormat(cursor.blockFormat())
    fmt.setProperty(PAGE_START, page)
    fmt.setProperty(PAGE_BY_OCR, by_ocr)
    fmt.setTopMargin(max(fmt.topMargin(), fmt.bottomMargin()) + PAGE_GAP)  # beyond the paragraph gap
    cursor.setBlockFormat(fmt)


def paint_page_marks(painter: QPainter, document: QTextDocument, area: QRectF, palette: QPalette) -> None:
    """Draw the rule and the page number above every marked block in ``area`` (document coordinates)."""
    engine = document.documentLayout()
    block = document.findBlock(max(0, engine.hitTest(QPointF(area.left(), area.top()), Qt.HitTestAccuracy.FuzzyHit)))
    block = block.previous() if block.previous().isValid() else block
    block = block.previous() if block.previous().isValid() else block  # its marker may hang into the area
    painter.save()
    painter.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText), 1))
    font = painter.font()
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
    painter.setFont(font)
    while block.isValid():
        rect = engine.blockBoundingRect(block)
        if rect.top() - PAGE_GAP > area.bottom():  # its marker too is below the area
            break
        page = block.blockFormat().property(PAGE_START)
        if page:
            y = rect.top() - PAGE_GAP * 0.5  # in the space above the page's first paragraph
            text = page_label(page)
            if block.blockFormat().boolProperty(PAGE_BY_OCR):
                text = say("ReaderText", "{page} · OCR").format(page=text)
            width = painter.fontMetrics().horizontalAdvance(text) + 4
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right() - width - 4, y))
            label = QRectF(rect.right() - width, y - PAGE_GAP / 2, width, PAGE_GAP)
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        block = block.next()
    painter.restore()
