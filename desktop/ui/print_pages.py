"""Laying a QTextDocument out on pages and painting it on a printer or into a PDF.

One path for both: Print… paints on the QPrinter the dialog set up, Save as PDF… on a
QPdfWriter; so the PDF test covers printing too. Each page is also painted once on a recorder
that keeps the text of every run Qt draws, in order, for the PDF's ActualText
(desktop/render/print_pdf_text.py): without it, Khmer copied from the PDF is garbled.
"""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPaintEngine,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
    QTransform,
)

from desktop.render.print_pdf_text import with_actual_text

LAYOUT_DPI = 96  # laid out as the reader lays it out on a screen, then scaled to the page
PAGE_MARGINS_MM = QMarginsF(18, 16, 18, 16)
PDF_DPI = 300


class _TextRecorder(QPaintEngine):
    """A paint engine that draws nothing and keeps the text of each run it is asked to draw, or
    None for a run drawn off the page: Qt draws the last line of a page again above the next
    one, cut away there by the clip but still text in the PDF (read twice, without this)."""

    def __init__(self, page_height: float) -> None:
        super().__init__(QPaintEngine.PaintEngineFeature.AllFeatures)
        self.texts: list[str | None] = []
        self._page_height = page_height
        self._transform = QTransform()

    def begin(self, device) -> bool:
        return True

    def end(self) -> bool:
        return True

    def updateState(self, state) -> None:  # noqa: N802 - Qt override
        if state.state() & QPaintEngine.DirtyFlag.DirtyTransform:
            self._transform = state.transform()

    # Nothing but text is kept; every drawing call is answered, as Qt's defaults for some
    # (lines, rectangles given as arrays) do not survive the trip through the binding.
    def drawPixmap(self, *args) -> None:  # noqa: N802 - Qt override
        pass

    drawImage = drawTiledPixmap = drawPath = drawRects = drawLines = drawEllipse = drawPixmap  # noqa: N815
    drawPoints = drawPolygon = drawPixmap  # noqa: N815

    def drawTextItem(self, point, item) -> None:  # noqa: N802 - Qt override
        baseline = self._transform.map(point).y()
        self.texts.append(item.text() if 0 <= baseline <= self._page_height else None)

    def type(self) -> QPaintEngine.Type:
        return QPaintEngine.Type.User


class _RecordingDevice(QPaintDevice):
    """Measures like ``like`` (the printer), so the same runs are drawn on both."""

    def __init__(self, like: QPaintDevice) -> None:
        super().__init__()
        self._like = like
        self.engine = _TextRecorder(like.pageLayout().paintRectPixels(like.resolution()).height())

    def paintEngine(self) -> QPaintEngine:  # noqa: N802 - Qt override
        return self.engine

    def metric(self, metric) -> int:
        return self._like.metric(metric)


def _paper_palette() -> QPalette:
    """Dark text on white paper, whatever the screen's theme."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    return palette


def _lay_out(document: QTextDocument, device) -> tuple[float, QSizeF]:
    """Lay ``document`` out in pages of ``device``'s printable area; return (scale, page size)."""
    layout_device = QImage(1, 1, QImage.Format.Format_RGB32)  # 96 dpi, whatever the screen
    layout_device.setDotsPerMeterX(round(LAYOUT_DPI / 0.0254))
    layout_device.setDotsPerMeterY(round(LAYOUT_DPI / 0.0254))
    document._layout_device = layout_device  # kept alive as long as the document uses it
    document.documentLayout().setPaintDevice(layout_device)
    area = device.pageLayout().paintRectPixels(device.resolution())
    scale = device.logicalDpiY() / LAYOUT_DPI
    page = QSizeF(area.width() / scale, area.height() / scale)
    document.setPageSize(page)
    return scale, page


def _paint_page(painter: QPainter, document: QTextDocument, number: int, scale: float, page: QSizeF) -> None:
    painter.save()
    painter.scale(scale, scale)
    painter.translate(0, -number * page.height())
    context = QAbstractTextDocumentLayout.PaintContext()
    # A line ending right on the page's edge would also be drawn, cut off, on the next page, and
    # its text read twice out of the PDF: the lines drawn are those a pixel inside the page.
    area = QRectF(0, number * page.height(), page.width(), page.height())
    context.clip = area.adjusted(0, 1, 0, -1)
    context.palette = _paper_palette()
    painter.setClipRect(area)
    document.documentLayout().draw(painter, context)
    painter.restore()


def paint_pages(document: QTextDocument, device) -> list[list[str | None]]:
    """Paint ``document`` on ``device`` (a QPrinter or QPdfWriter), page after page; return the
    text of each run drawn (None: drawn off the page), page by page."""
    scale, page = _lay_out(document, device)
    texts: list[list[str | None]] = []
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer could not be started")
    try:
        for number in range(document.pageCount()):
            if number:
                device.newPage()
            recorder = _RecordingDevice(device)
            record = QPainter(recorder)
            _paint_page(record, document, number, scale, page)
            record.end()
            texts.append(recorder.engine.texts)
            _paint_page(painter, document, number, scale, page)
    finally:
        painter.end()
    return texts


def set_up_page(device, title: str, creator: str = "Ekasar") -> None:
    """A4 with comfortable margins, the document's title as the PDF's (and its creator: none in
    neutral mode)."""
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter))
    if isinstance(device, QPdfWriter):
        device.setTitle(title)
        device.setCreator(creator)


def pdf_bytes(document: QTextDocument, title: str, creator: str = "Ekasar") -> bytes:
    """``document`` as a PDF whose Khmer and English text can be searched and copied."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    set_up_page(writer, title, creator)
    texts = paint_pages(document, writer)
    del writer  # the file is finished when the writer goes
    buffer.close()
    return with_actual_text(bytes(data.data()), texts)
