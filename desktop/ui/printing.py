"""File → Print… and Save as PDF… of the open document and of the notes.

The document is printed as the reader shows it (its reading text or its original, with the
highlights in their colours), under a citation header and followed by its notes; the notes as
the Notes panel lists them. Both are QTextDocuments in the bundled fonts, painted by
desktop/ui/print_pages.py; a PDF is written through a temporary file and a rename.
"""

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths
from PySide6.QtGui import QColor, QFont, QKeySequence, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desktop import APP_NAME
from desktop.export.names import safe_name
from desktop.export.safe_write import ExportError, write_atomically
from desktop.render.sanitize import markdown_to_html
from desktop.render.text import citation, visible_controls
from desktop.store.annotations import Annotation
from desktop.ui.fonts import reading_font
from desktop.ui.notes_panel import color_names
from desktop.ui.print_pages import paint_pages, pdf_bytes, set_up_page
from desktop.ui.reader.reading_style import building_in, for_paper
from desktop.ui.reader.text_document import HIGHLIGHT_COLORS, InertDocument, render_original, render_reading
from desktop.ui.security_prefs import neutral_name
from desktop.wording import say, say_n

PRINT_POINTS = 11.0


def add_print_actions(window, menu, add_action) -> None:
    """The four actions in the File menu (``add_action`` is window_menus'), kept in step with
    whether a document is open."""
    window.printing = printing = WindowPrinting(window)
    add_action(window, "printDocument", say("Printing", "&Print…"), printing.print_document,
               QKeySequence.StandardKey.Print, menu)
    add_action(window, "saveDocumentPdf", say("Printing", "Save as P&DF…"), printing.save_document_pdf,
               "Ctrl+Shift+P", menu)
    add_action(window, "printNotes", say("Printing", "Print no&tes…"), printing.print_notes, None, menu)
    add_action(window, "saveNotesPdf", say("Printing", "Save notes as PD&F…"), printing.save_notes_pdf, None, menu)
    menu.setToolTipsVisible(True)  # a greyed-out Print… says why
    menu.aboutToShow.connect(printing.update)
    printing.connect()


def _cite(document, note: Annotation | None = None) -> str:
    """The citation the exports use: title, date (Ekasar document id, page)."""
    info = document.info
    pages = None
    if note is not None and note.target == "passage" and note.status == "anchored":
        pages = document.page_span(note.start, note.end)
    return citation(info.title, info.date, info.id, pages).removeprefix("— ")


def _insert_line(cursor: QTextCursor, text: str, fmt: QTextCharFormat, block: QTextBlockFormat | None = None) -> None:
    cursor.insertBlock(block or QTextBlockFormat(), fmt)
    cursor.insertText(text, fmt)


def _small() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontPointSize(PRINT_POINTS - 1.5)
    return fmt


def _heading() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontPointSize(PRINT_POINTS + 3)
    return fmt


def _what(note: Annotation, names: dict[str, str]) -> str:
    """What a note is on, when it quotes no passage."""
    if note.target == "entity":
        return say("Printing", "Note on {name}").format(name=names.get(note.target_id, note.target_id))
    if note.target == "event":
        return say("Printing", "Note on a timeline event")
    return say("Printing", "Note on the whole document")


def _insert_note(cursor: QTextCursor, note: Annotation, cited: str, names: dict[str, str]) -> None:
    """One note: its colour, the passage quoted, the note (its Markdown rendered through the
    sanitiser), its tags and where it is from."""
    spaced = QTextBlockFormat()
    spaced.setTopMargin(10)
    quote = " ".join(note.quote.split()) if note.target == "passage" else ""
    swatch = QTextCharFormat()
    swatch.setForeground(QColor(HIGHLIGHT_COLORS.get(note.color, "#ffe066")).darker(130))
    cursor.insertBlock(spaced, QTextCharFormat())
    cursor.insertText("■ ", swatch)
    # Quotes in marks, not slanted: Khmer has no italic face, and a slanted one reads poorly.
    cursor.insertText(f"“{visible_controls(quote)}”" if quote else _what(note, names), _small())
    if note.note:
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(markdown_to_html(note.note))
    tags = "  ".join(f"#{tag}" for tag in note.tags)
    meta = "  ·  ".join(part for part in (color_names().get(note.color, note.color), tags, cited) if part)
    _insert_line(cursor, meta, _small())


def document_for_print(reader) -> tuple[QTextDocument, str]:
    """What the reader shows, under a citation header and followed by the document's notes."""
    document = reader.document
    font = reading_font(PRINT_POINTS)
    with building_in(for_paper()):  # dark text on white paper, whatever theme the screen shows
        if reader.showing_original:
            rendered = render_original(document, font)
        else:
            rendered, _layout = render_reading(document, font, (), reader.highlights)
    cursor = QTextCursor(rendered)
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())  # the reader's header moves down a line
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    spaced = QTextBlockFormat()
    spaced.setBottomMargin(8)
    cursor.setBlockFormat(spaced)
    cursor.insertText(say("Printing", "Cite as: {citation}").format(citation=_cite(document)), _small())
    notes = [n for n in reader.highlights if n.note or n.target != "passage"]
    if notes:
        cursor.movePosition(QTextCursor.MoveOperation.End)
        count = len(notes)
        _insert_line(cursor, say_n("Printing", "Notes ({count})", "", count), _heading())
        for note in sorted(notes, key=lambda n: (n.start, n.created)):
            _insert_note(cursor, note, "", {})
    return rendered, visible_controls(document.info.title)


def notes_heading(neutral: bool) -> str:
    return say("Printing", "Notes") if neutral else say("Printing", "Ekasar notes")


def notes_for_print(library, notes: list[Annotation], heading: str) -> QTextDocument:
    """The notes, in the order given, each citing its document, under ``heading``."""
    document = InertDocument()  # a note's Markdown loads nothing, not even a local file
    document.setDefaultFont(reading_font(PRINT_POINTS))
    document.setDocumentMargin(0)
    cursor = QTextCursor(document)
    cursor.insertText(heading, _heading())
    count = len(notes)
    _insert_line(cursor, say_n("Printing", "{count} notes", "", count), _small())
    cited: dict[str, object] = {}
    names = {p.id: p.name for p in library.people.summaries()} if any(n.target == "entity" for n in notes) else {}
    for note in notes:
        if note.document_id and note.document_id not in cited:
            cited[note.document_id] = library.documents.cited(note.document_id)
        source = cited.get(note.document_id)
        _insert_note(cursor, note, _cite(source, note) if source is not None else "", names)
    return document


class _ShowFollower(QObject):
    """Calls back when the watched widget is shown or hidden: the reader's view is shown when a
    document opens and hidden when it closes."""

    def __init__(self, callback, parent) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._callback()
        return False


class WindowPrinting:
    """The window's print and PDF actions."""

    def __init__(self, window) -> None:
        self.window = window

    def connect(self) -> None:
        view = self.window.reader.view
        self._follower = _ShowFollower(self.update, view)
        view.installEventFilter(self._follower)
        panel = self.window.notes_panel  # the Notes panel's own Print… button
        panel.print_requested.connect(self.print_notes)
        panel.pdf_requested.connect(self.save_notes_pdf)
        self.update()

    def update(self) -> None:
        actions = self.window.actions_by_name
        open_ = self.window.reader.document is not None
        tips = {
            "printDocument": (say("Printing", "Print the open document with its highlights and a citation"),
                              say("Printing", "Open a document to print it")),
            "saveDocumentPdf": (say("Printing", "Save the open document as a PDF, with its highlights and a citation"),
                                say("Printing", "Open a document to save it as a PDF")),
        }
        for name, (enabled, disabled) in tips.items():
            if name in actions:
                actions[name].setEnabled(open_)
                actions[name].setToolTip(enabled if open_ else disabled)
        for name in ("printNotes", "saveNotesPdf"):
            if name in actions:
                actions[name].setToolTip(say("Printing", "The notes the Notes panel lists (all of them unless "
                                                         "filtered)"))

    # The open document -----------------------------------------------------------------------
    def print_document(self) -> None:
        if self.window.reader.document is not None:
            self._print(*document_for_print(self.window.reader))

    def save_document_pdf(self) -> None:
        if self.window.reader.document is not None:
            document, title = document_for_print(self.window.reader)
            self._save(document, title, title)

    # The notes -------------------------------------------------------------------------------
    def _notes(self) -> list[Annotation] | None:
        notes = self.window.notes_panel.shown_notes()
        if not notes:
            self.window.statusBar().showMessage(say("Printing", "There are no notes to print"), 5000)
            return None
        return notes

    def print_notes(self) -> None:
        if (notes := self._notes()) is not None:
            title = notes_heading(self.window.chrome.neutral)
            self._print(notes_for_print(self.window.library, notes, title), title)

    def save_notes_pdf(self) -> None:
        if (notes := self._notes()) is not None:
            title = notes_heading(self.window.chrome.neutral)
            self._save(notes_for_print(self.window.library, notes, title), title, title)

    def _job_name(self, title: str) -> str:
        """The print job's name, which the print system keeps in its history and shows in
        notifications: never a document's title when titles are kept private, nor "Ekasar" in
        neutral mode."""
        chrome = self.window.chrome
        return neutral_name() if chrome.neutral or chrome.private_titles else title

    # Printing and writing ----------------------------------------------------------------------
    def _print(self, document: QTextDocument, title: str) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_up_page(printer, title, self._creator())
        printer.setDocName(self._job_name(title))
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(say("Printing", "Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            # "Print to file": our own PDF, whose Khmer can be copied, written safely
            self._write(document, title, Path(printer.outputFileName()))
            return
        try:
            paint_pages(document, printer)
        except OSError:
            QMessageBox.warning(self.window, say("Printing", "Print"), say("Printing", "The printer could not "
                                                                                      "be started."))
            return
        self.window.statusBar().showMessage(say("Printing", "Sent to the printer"), 5000)

    def _save(self, document: QTextDocument, title: str, name: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / safe_name(name, ".pdf"))
        # Qt's own dialog, as every picker here: the system's would list the file in its recent files.
        path, _ = QFileDialog.getSaveFileName(self.window, say("Printing", "Save as PDF"), suggested,
                                              say("Printing", "PDF files (*.pdf)"),
                                              options=QFileDialog.Option.DontUseNativeDialog)
        if not path:
            return
        path = Path(path)
        if path.suffix.lower() != ".pdf":  # "report" typed: the dialog asked about "report", not "report.pdf"
            path = path.with_name(path.name + ".pdf")
            if path.exists() and not self._replace(path):
                return
        self._write(document, title, path)

    def _replace(self, path: Path) -> bool:
        answer = QMessageBox.question(self.window, say("Printing", "Save as PDF"),
                                      say("Printing", "{name} already exists. Replace it?").format(name=path.name))
        return answer == QMessageBox.StandardButton.Yes

    def _creator(self) -> str:
        return "" if self.window.chrome.neutral else APP_NAME

    def _write(self, document: QTextDocument, title: str, path: Path) -> None:
        try:
            write_atomically(path, pdf_bytes(document, title, self._creator()))
        except ExportError as error:
            QMessageBox.warning(self.window, say("Printing", "Save as PDF"), str(error))
            return
        self.window.statusBar().showMessage(say("Printing", "Saved {name}").format(name=path.name), 5000)
