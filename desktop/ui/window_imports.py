"""Bringing things into the notebook from the window: documents, and a colleague's notes.

Both run as background operations (desktop/ui/operation.py) with their own database
connections, so the window answers (Quick hide, Lock) while a large file is read or a sealed
bundle's key is derived. The window refreshes what changed when the work ends.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from desktop.export.bundle_import import BundleError, read_bundle, read_sealed_bundle
from desktop.export.sealed_export import is_sealed_file
from desktop.services.import_report import ImportReport
from desktop.services.notices import DOCUMENTS, NOTES
from desktop.ui.dialogs import import_summary
from desktop.ui.operation import Operation
from desktop.wording import number, say


def import_filter() -> str:
    """The file dialog's choice of file types, in the interface language."""
    return say("WindowImports", "Documents (*.txt *.text *.md *.markdown *.html *.htm *.pdf *.docx *.odt *.epub *.doc);;"
                                "All files (*)")


def _worked_on(library, doc_id: str) -> bool:
    """Whether the user has notes, tags or collections on a document (so it is not replaced)."""
    return bool(library.notes.listing(document=doc_id) or library.organize.tags_of(doc_id)
                or library.organize.collections_of(doc_id))


class WindowImports:
    """The window's import actions; ``window`` is the MainWindow they report to."""

    def __init__(self, window) -> None:
        self.window = window
        self.operations: list[Operation] = []

    # Documents -------------------------------------------------------------------------
    def choose_documents(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, say("WindowImports", "Import documents"), "", import_filter(),
            options=QFileDialog.Option.DontUseNativeDialog,  # no host file-dialog history
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path], ocr: bool = False, replacing: dict[Path, str] | None = None) -> Operation:
        """Import files and folders; the summary opens when the work ends (or says it was cancelled).

        :param ocr: read PDFs' scanned pages by OCR.
        :param replacing: documents just imported from these files without OCR, removed (and kept
            among the removed, restorable) once the file is imported again with it.
        """
        progress = QProgressDialog(say("WindowImports", "Importing…"), say("WindowImports", "Cancel"), 0, 0,
                                   self.window)
        progress.setObjectName("importProgress")
        progress.setWindowTitle(say("WindowImports", "Import"))
        progress.setMinimumDuration(500)
        open_writer = self.window.library.open_writer

        def work(report_progress) -> ImportReport:
            with open_writer() as writer:  # this thread's own connections
                report = writer.imports.import_files(paths, report_progress, ocr=ocr)
                for path, _ in report.imported:
                    old = (replacing or {}).get(path)
                    if old and not _worked_on(writer, old):  # else both stay, nothing of the user's moves
                        writer.manage.remove(old)
                return report

        operation = Operation(work, "import", on_done=self._imported, on_failed=self._import_failed)
        operation.progressed.connect(lambda done, total: (progress.setMaximum(total), progress.setValue(done)))
        progress.canceled.connect(operation.cancel)
        operation.ended.connect(progress.close)
        operation.ended.connect(self._documents_changed)
        return self._run(operation)

    def _documents_changed(self) -> None:
        if self.window.closing:
            return
        self.window.library.changed_elsewhere(DOCUMENTS)  # the panels reload through the notice

    def _imported(self, report: ImportReport) -> None:
        title, details = import_summary(report)
        box = self._box(QMessageBox.Icon.Information, say("WindowImports", "Import"), title, "importSummary")
        if details:
            box.setInformativeText(details)
        if report.scanned:
            from desktop.ingest.readers.ocr import ocr_available  # PDFium loaded only when needed

            if ocr_available():
                self._offer_ocr(box, report)
        box.open()
        if report.imported:
            self.window.open_document(report.imported[0][1])

    def _offer_ocr(self, box: QMessageBox, report: ImportReport) -> None:
        """A button to read the scanned pages again, by OCR (Tesseract is installed)."""
        button = box.addButton(say("WindowImports", "Read scanned pages by OCR"), QMessageBox.ButtonRole.ActionRole)
        button.setObjectName("readByOcr")
        button.setToolTip(say("WindowImports", "Tesseract reads the text of the scanned pages on this computer; "
                                               "it takes a few seconds a page, and the text may contain errors"))
        scanned = dict(report.scanned)
        button.clicked.connect(lambda: self.import_paths(list(scanned), ocr=True,
                                                         replacing={p: i for p, i in scanned.items() if i}))

    def _import_failed(self, error: BaseException) -> None:
        text = say("WindowImports", "The import stopped: {error}").format(error=error)
        self._box(QMessageBox.Icon.Warning, say("WindowImports", "Import"), text, "importSummary").open()

    # A colleague's notes -----------------------------------------------------------------
    def import_notes(self, folder: str | None = None) -> Operation | None:
        """Merge a colleague's exchange bundle: a bundle folder (or its manifest), or a sealed bundle file."""
        folder = folder or QFileDialog.getOpenFileName(
            self.window,
            say("WindowImports", "Import notes: a .ekasar-sealed file, or the manifest-sha256.txt in a bundle folder"),
            "", say("WindowImports", "Ekasar notes (*.ekasar-sealed manifest-sha256.txt ekasar-notes.json);;"
                    "All files (*)"),
            "", QFileDialog.Option.DontUseNativeDialog)[0]
        if not folder:
            return None
        path = Path(folder)
        passphrase = None
        if is_sealed_file(path):  # opened and merged in memory: no plain copy on disk
            passphrase, ok = QInputDialog.getText(self.window, say("WindowImports", "Import notes"),
                                                  say("WindowImports", "Passphrase for {file}:").format(file=path.name),
                                                  QLineEdit.EchoMode.Password)
            if not ok:
                return None
        open_writer = self.window.library.open_writer

        def work(report_progress) -> dict[str, int]:
            incoming = read_sealed_bundle(path, passphrase) if passphrase is not None else read_bundle(path)
            report_progress(1, 2)
            with open_writer() as writer:
                return writer.notes.import_notes(incoming)

        self.window.statusBar().showMessage(say("WindowImports", "Importing notes…"))
        operation = Operation(work, "import notes", on_done=self._notes_imported, on_failed=self._notes_failed)
        return self._run(operation)

    def _notes_imported(self, counts: dict[str, int]) -> None:
        self.window.library.changed_elsewhere(NOTES)
        self.window.statusBar().showMessage(say("WindowImports", "Notes imported"), 4000)
        text = say("WindowImports", "Added {added}, skipped {skipped} already here, "
                   "{conflicts} conflicting edits kept beside yours (tagged #conflict).").format(
            added=number(counts["added"]), skipped=number(counts["skipped"]), conflicts=number(counts["conflicts"]))
        self._box(QMessageBox.Icon.Information, say("WindowImports", "Import notes"), text,
                  "importNotesSummary").open()

    def _notes_failed(self, error: BaseException) -> None:
        self.window.statusBar().clearMessage()
        if not isinstance(error, BundleError):
            error = BundleError(say("WindowImports", "the notes could not be imported: {error}").format(error=error))
        self._box(QMessageBox.Icon.Warning, say("WindowImports", "Import notes"), str(error),
                  "importNotesSummary").open()

    # Shared ----------------------------------------------------------------------------------
    def _run(self, operation: Operation) -> Operation:
        self.operations = [op for op in self.operations if op.is_running()] + [operation]
        return operation.start()

    def cancel(self) -> None:
        """The window is closing (or locking): stop, and deliver nothing to it."""
        for operation in self.operations:
            operation.cancel()

    def _box(self, icon, title: str, text: str, name: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box
