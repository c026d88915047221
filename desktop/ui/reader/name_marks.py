"""The dotted mark under people's and organisations' names (and inferred header values).

Qt's own underline runs just under the baseline, through the Khmer vowels and subscript
consonants written below it, so the reader draws the dots itself, below the lowest glyph.
"""

import re

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
    QTextLayout,
    QTextLine,
)

# Names (and inferred header values) are marked with a dotted line the reader draws itself
# (paint_dotted_marks), not with Qt's underline: that runs just under the baseline, through the
# Khmer vowels and consonants written below it (ុ ូ ួ, the coeng forms such as ្ត). The mark
# goes under the lowest Khmer glyph marked on its line instead; English keeps the usual
# underline position. Highlights only change colours, so a highlighted name keeps its mark.
DOTTED_MARK = QTextFormat.Property.UserProperty + 16
_KHMER = re.compile("[\u1780-\u17ff\u19e0-\u19ff]+")
_MARK_SLACK = 48.0  # how far below its block a mark may hang, at most (pixels)


def paint_dotted_marks(painter: QPainter, document: QTextDocument, area: QRectF, palette: QPalette) -> None:
    """Draw the dotted line under every marked run of ``document`` (names, inferred header
    values) in ``area``, in document coordinates, which ``painter`` paints in too."""
    engine = document.documentLayout()
    hit = engine.hitTest(QPointF(area.left(), max(0.0, area.top() - _MARK_SLACK)), Qt.HitTestAccuracy.FuzzyHit)
    block = document.findBlock(max(0, hit))
    painter.save()
    while block.isValid():
        rect = engine.blockBoundingRect(block)
        if rect.top() > area.bottom():
            break
        if rect.bottom() + _MARK_SLACK >= area.top():
            spans = _marked_spans(block)
            if spans:
                _paint_block_marks(painter, block, rect.topLeft(), spans, palette)
        block = block.next()
    painter.restore()


def _marked_spans(block) -> list[tuple[int, int, QTextCharFormat]]:
    """(start, end, format) of the marked fragments of ``block``, in the block's own positions."""
    spans = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        fragments += 1
        if fragment.charFormat().boolProperty(DOTTED_MARK):
            start = fragment.position() - block.position()
            spans.append((start, start + fragment.length(), fragment.charFormat()))
    return spans


def _paint_block_marks(painter: QPainter, block, origin: QPointF, spans, palette: QPalette) -> None:
    """The marks of one block, line by line, all of a line's at one height; ``origin``: where
    the block's layout sits in the document."""
    layout, text = block.layout(), block.text()
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        first, last = line.textStart(), line.textStart() + line.textLength()
        while last > first and text[last - 1].isspace():  # not under the space where a name wraps
            last -= 1
        pieces = [(max(a, first), min(b, last), fmt) for a, b, fmt in spans if max(a, first) < min(b, last)]
        if not pieces:
            continue
        depth, thickness = _mark_depth(layout, line, text, pieces)
        # On a whole pixel row, as Qt draws its own underlines; never into the next line (the
        # reader's line spacing leaves room under the lowest Khmer letters).
        y = int(line.y() + line.ascent() + depth + 0.999) + thickness / 2
        if number + 1 < layout.lineCount():
            y = min(y, int(layout.lineAt(number + 1).y() - thickness) + thickness / 2)
        on_text = y < line.y() + line.height()  # on the text's background, not the page's
        for a, b, fmt in pieces:
            pen = QPen(_mark_color(fmt, palette, on_text), thickness, Qt.PenStyle.DotLine)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(origin + QPointF(_x(line, a), y), origin + QPointF(_x(line, b), y))


def _x(line: QTextLine, position: int) -> float:
    x = line.cursorToX(position)
    return x[0] if isinstance(x, tuple) else x


def _mark_depth(layout: QTextLayout, line: QTextLine, text: str, pieces) -> tuple[float, float]:
    """How far below the baseline the marks of ``line`` go, and how thick they are: the fonts'
    underline position, or under the lowest Khmer glyph marked on the line, a little apart."""
    baseline = line.y() + line.ascent()
    depth, thickness, lowest = 0.0, 1.0, None
    for a, b, _fmt in pieces:
        for run in layout.glyphRuns(a, b - a):
            depth = max(depth, run.rawFont().underlinePosition())
            thickness = max(thickness, run.rawFont().lineThickness())
        for khmer in _KHMER.finditer(text, a, b):
            for run in layout.glyphRuns(khmer.start(), khmer.end() - khmer.start()):
                font = run.rawFont()
                for glyph, at in zip(run.glyphIndexes(), run.positions()):
                    bottom = at.y() - baseline + font.boundingRect(glyph).bottom()
                    lowest = bottom if lowest is None else max(lowest, bottom)
    if lowest is not None:
        depth = max(depth, lowest + 1.5 * thickness)
    return depth, thickness


def _mark_color(fmt: QTextCharFormat, palette: QPalette, on_text: bool) -> QColor:
    """The name's own colour where the mark lies on its background (black on a highlight), else
    the page's text colour: the mark reads in light and dark palettes alike."""
    if fmt.hasProperty(QTextFormat.Property.ForegroundBrush) and (
            on_text or not fmt.hasProperty(QTextFormat.Property.BackgroundBrush)):
        return fmt.foreground().color()
    return palette.color(QPalette.ColorRole.Text)
