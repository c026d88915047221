"""Print and Save as PDF (issue 23, item 7): the open document with its highlights and a citation
header, and the notes; the PDF's Khmer and English text read back out of the file."""

import re

import pypdfium2
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.ui import printing
from desktop.ui.print_pages import paint_pages

ZW = "\u200b"
ENGLISH = [
    "The commune council met on 3 March 2023 in Phnom Penh.",
    "Sok Chenda said afterwards that the meeting was important.",
]
KHMER = (
    f"កាលពី​ថ្ងៃទី ៣ ខែមីនា ឆ្នាំ ២០២៣ លោក{ZW}កឹម{ZW}សុខា និង​លោក សុខ ចិន្តា បាន​ជួប​ជាមួយ​"
    f"គណបក្ស{ZW}សង្គ្រោះ{ZW}ជាតិ នៅ​ភ្នំពេញ។ ក្រោយមក សុខ ចិន្តា បាន​និយាយ​ថា ការ​ប្រជុំ​នោះ​មាន​សារៈសំខាន់។"
)
REPORT = f"Commune report\n\n{ENGLISH[0]}\n\n{KHMER}\n\n{ENGLISH[1]}\n\nខេមរា អ្នកការពារសិទ្ធិមនុស្ស ស្ត្រី\n"
GFW = "002_46b7dbb94abd75ab"


def khmer_words(text: str) -> list[str]:
    """The Khmer words of ``text`` (split at spaces, zero-width spaces and the full stop)."""
    return [w for w in re.split(r"[\s\u200b។]+", text) if re.search("[\u1780-\u17ff]", w)]


def bare(text: str) -> str:
    """Text compared without spaces of any kind: PDF extraction puts line breaks where it likes."""
    return re.sub(r"[\s\u200b]+", "", text)


def pdf_text(path) -> str:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def import_report(window, tmp_path) -> str:
    path = tmp_path / "commune-report.txt"
    path.write_text(REPORT, encoding="utf-8")
    [(_, doc_id)] = window.library.imports.import_files([path]).imported
    return doc_id


def save_as(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def has_colour(path, rgb: tuple[int, int, int]) -> bool:
    """Whether any pixel of the PDF's first page, rendered, has about the colour ``rgb``."""
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        bitmap = pdf[0].render(scale=1, rev_byteorder=True)  # RGB(A) order
        data, step = bytes(bitmap.buffer), bitmap.n_channels
        return any(all(abs(data[i + c] - rgb[c]) <= 6 for c in range(3)) for i in range(0, len(data) - step, step))
    finally:
        pdf.close()


def test_a_pdf_saved_from_the_reader_holds_its_khmer_and_english_text(window, tmp_path, monkeypatch):
    doc_id = import_report(window, tmp_path)
    window.library.notes.annotate_quote(doc_id, "សុខ ចិន្តា", color="green", note="ជួប​នៅ​ភ្នំពេញ")
    assert window.open_document(doc_id)
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    save_as(monkeypatch, target)
    window.actions_by_name["saveDocumentPdf"].trigger()

    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in target.parent.iterdir()] == ["report.pdf"]  # no temporary file left
    text = pdf_text(target)
    flat = " ".join(text.split())
    for sentence in ENGLISH:
        assert sentence in flat
    words = khmer_words(KHMER) + ["ខេមរា", "អ្នកការពារសិទ្ធិមនុស្ស", "ស្ត្រី"]
    assert len(words) > 25
    missing = [w for w in words if w not in bare(text)]
    assert missing == []  # subscripts, split vowels and ligatures read back as the characters typed
    assert bare(KHMER) in bare(text)  # and in the order typed
    # The citation header, and the note on the highlighted words after the text.
    assert f"Cite as: Commune report (Ekasar document {doc_id})" in flat
    assert "ជួប​នៅ​ភ្នំពេញ".replace(ZW, "") in bare(text)
    assert has_colour(target, (0x9b, 0xe3, 0x9b))  # the highlight, in its green


def test_print_uses_the_print_dialog_and_the_same_pages(window, tmp_path, monkeypatch):
    doc_id = import_report(window, tmp_path)
    window.open_document(doc_id)
    target = tmp_path / "printed.pdf"
    shown = []

    class PrintToFile:  # the user chooses "Print to file (PDF)" in the print dialog
        def __init__(self, printer, parent):
            self.printer = printer
            shown.append(printer.pageLayout().pageSize().id())

        def setWindowTitle(self, title):  # noqa: N802 - Qt's name
            pass

        def exec(self):
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(target))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing, "QPrintDialog", PrintToFile)
    window.actions_by_name["printDocument"].trigger()
    assert shown and bare(KHMER) in bare(pdf_text(target))

    # A printer (not a file) gets the same pages, painted by the same code.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    printing.set_up_page(printer, "Commune report")
    document, _title = printing.document_for_print(window.reader)
    runs = paint_pages(document, printer)
    assert len(runs) == len(pypdfium2.PdfDocument(str(target))) >= 1
    assert ENGLISH[0] in " ".join(pdf_text(tmp_path / "printer.pdf").split())


def test_the_notes_print_and_save_as_pdf_as_the_notes_panel_lists_them(window, tmp_path, monkeypatch):
    doc_id = import_report(window, tmp_path)
    window.library.notes.annotate_quote(doc_id, "គណបក្ស", color="pink", note="**ពិនិត្យ** ឈ្មោះ​គណបក្ស",
                                        tags=["party"])
    window.library.notes.annotate_quote(GFW, "Prey Sar Prison", color="yellow", note="Where she was held")
    window.library.notes.add_note("entity", "Check his 2017 statements", target_id="kem-sokha")
    panel = window.notes_panel
    panel.reload()
    target = tmp_path / "notes.pdf"
    save_as(monkeypatch, target)
    window.actions_by_name["saveNotesPdf"].trigger()
    text = pdf_text(target)
    flat = " ".join(text.split())
    assert "Ekasar notes" in flat and "3 notes" in flat
    assert "Note on Kem Sokha" in flat and "Check his 2017 statements" in flat
    assert "Where she was held" in flat and "Prey Sar Prison" in flat
    assert bare("ពិនិត្យ ឈ្មោះ​គណបក្ស") in bare(text) and "**" not in text  # the Markdown rendered
    assert f"Ekasar document {doc_id}" in flat and f"Ekasar document {GFW}" in flat and "#party" in flat

    panel.document.setCurrentIndex(panel.document.findData(GFW))  # the panel lists one document's notes
    filtered = tmp_path / "filtered.pdf"
    save_as(monkeypatch, filtered)
    [_print, save] = panel.print_button.menu().actions()  # the panel's own Print… button
    save.trigger()
    flat = " ".join(pdf_text(filtered).split())
    assert "Where she was held" in flat and "គណបក្ស" not in flat


def test_printing_a_document_needs_one_open(window, tmp_path, monkeypatch):
    actions = window.actions_by_name
    assert actions["printDocument"].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    for name in ("printDocument", "saveDocumentPdf"):
        assert not actions[name].isEnabled()
        assert "Open a document" in actions[name].toolTip()
    assert actions["saveNotesPdf"].isEnabled()
    window.open_document(GFW)
    for name in ("printDocument", "saveDocumentPdf"):
        assert actions[name].isEnabled() and "Open a document" not in actions[name].toolTip()
    window.library_actions.follow("no-such-document")  # the open document went away: the reader closes
    assert not actions["printDocument"].isEnabled()
