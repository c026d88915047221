"""File → Export notes… (Ctrl+E): where (a detected stick or any folder), what, which format."""

from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
)

from desktop.export.exporter import ExportResult, export_notes
from desktop.export.safe_write import ExportError
from desktop.store.library import Library

FORMATS = {"Markdown (one file per document)": "markdown", "HTML (one printable page)": "html",
           "Web Annotation JSON-LD": "json", "CSV (spreadsheets)": "csv",
           "Exchange bundle (for another Ekasar)": "bundle"}
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


def removable_drives() -> list[QStorageInfo]:
    """Mounted volumes that look like sticks: under the usual mount points, writable, ready."""
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if volume.isValid() and volume.isReady() and not volume.isReadOnly() and root.startswith(REMOVABLE_ROOTS):
            drives.append(volume)
    return drives


def describe(volume: QStorageInfo) -> str:
    label = volume.displayName() or volume.rootPath()
    free = volume.bytesAvailable() / 1e9
    return f"{label} — {free:.1f} GB free, {bytes(volume.fileSystemType()).decode(errors='replace')}"


class ExportDialog(QDialog):
    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export notes")
        self.setObjectName("exportDialog")
        self.library = library
        self.result: ExportResult | None = None

        self.destination = QComboBox()
        self.destination.setObjectName("exportDestination")
        self.destination.setAccessibleName("Where to export")
        choose = QPushButton("Choose a folder…")
        choose.clicked.connect(self._choose_folder)
        self.scope = QComboBox()
        self.scope.setObjectName("exportScope")
        self.scope.setAccessibleName("Which notes")
        self.scope.addItem("All notes", None)
        notes = library.annotations()
        for tag in sorted({t for n in notes for t in n.tags}):
            self.scope.addItem(f"Tag #{tag}", f"tag:{tag}")
        for doc_id in sorted({n.document_id for n in notes if n.document_id}):
            document = library.document(doc_id)
            self.scope.addItem(f"Document: {document.info.title if document else doc_id}", f"document:{doc_id}")
        self.person = QLineEdit()
        self.person.setAccessibleName("Only notes about or naming this person or organization")
        self.person.setPlaceholderText("optional: a person or organization")
        self.since = QLineEdit()
        self.since.setAccessibleName("Only notes changed since this date")
        self.since.setPlaceholderText("optional: changed since YYYY-MM-DD")
        self.until = QLineEdit()
        self.until.setAccessibleName("Only notes changed until this date")
        self.until.setPlaceholderText("optional: changed until YYYY-MM-DD")
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        self.format.setAccessibleName("Format")
        self.format.addItems(list(FORMATS))
        self.progress = QProgressBar()
        self.progress.hide()

        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(choose)
        form = QFormLayout(self)
        form.addRow("To", where)
        form.addRow("Notes", self.scope)
        form.addRow("About", self.person)
        form.addRow("Since", self.since)
        form.addRow("Until", self.until)
        form.addRow("Format", self.format)
        form.addRow(self.progress)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run_export)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.refresh_drives()
        self._timer = QTimer(self, interval=2000)  # sticks come and go
        self._timer.timeout.connect(self.refresh_drives)
        self._timer.start()
        self.resize(560, 260)

    def refresh_drives(self) -> None:
        keep = self.destination.currentData()
        roots = [v.rootPath() for v in removable_drives()]
        current = [self.destination.itemData(i) for i in range(self.destination.count())]
        chosen = [p for p in current if p not in roots and p is not None and not str(p).startswith(REMOVABLE_ROOTS)]
        if current == roots + chosen:
            return
        self.destination.clear()
        for volume in removable_drives():
            self.destination.addItem(describe(volume), volume.rootPath())
        for path in chosen:
            self.destination.addItem(path, path)
        if self.destination.count() == 0:
            self.destination.addItem("No stick detected: choose a folder", None)
        index = self.destination.findData(keep)
        self.destination.setCurrentIndex(max(0, index))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Export to folder", "",
                                                  QFileDialog.Option.DontUseNativeDialog)
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        if self.destination.findData(folder) < 0:
            if self.destination.itemData(0) is None:
                self.destination.removeItem(0)
            self.destination.addItem(folder, folder)
        self.destination.setCurrentIndex(self.destination.findData(folder))

    def selected_notes(self):
        person = self.person.text().strip()
        notes = self.library.annotations_about(person) if person else self.library.annotations()
        kind, _, value = (self.scope.currentData() or "").partition(":")
        if kind == "tag":
            notes = [n for n in notes if value in n.tags]
        elif kind == "document":
            notes = [n for n in notes if n.document_id == value]
        since, until = self.since.text().strip(), self.until.text().strip()
        if since:
            notes = [n for n in notes if n.modified[: len(since)] >= since]
        if until:
            notes = [n for n in notes if n.modified[: len(until)] <= until]
        return notes

    def run_export(self) -> None:
        folder = self.destination.currentData()
        if folder is None:
            QMessageBox.information(self, "Export", "Choose where to export first.")
            return
        self.progress.show()
        self.export_button.setEnabled(False)

        def advance(done: int, total: int) -> None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            QApplication.processEvents()

        try:
            self.result = export_notes(self.selected_notes(), self.library.document, Path(folder),
                                       FORMATS[self.format.currentText()], advance)
        except ExportError as error:
            self.export_button.setEnabled(True)
            self.progress.hide()
            box = QMessageBox(QMessageBox.Icon.Warning, "Export failed", str(error), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("exportError")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.open()
            return
        self.accept()

    def summary(self) -> str:
        r = self.result
        return (f"Exported and verified {len(r.files)} files ({r.size:,} bytes) to {r.folder}.\n"
                "Every file was read back and matches the manifest (manifest-sha256.txt).")
