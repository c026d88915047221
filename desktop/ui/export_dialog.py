"""File → Export notes… (Ctrl+E): where (a detected stick or any folder), what, which format,
what to leave out, whether to encrypt; and a preview of exactly what will be written."""

from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.export.exporter import ExportPreview, ExportResult, export_notes, preview_export
from desktop.export.options import ExportOptions
from desktop.export.safe_write import ExportError
from desktop.services.library import Library
from desktop.ui.operation import Operation
from desktop.ui.widgets import named
from desktop.wording import digits, number, say, say_n, typed_digits

REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


def formats() -> dict[str, str]:
    """The formats offered, as the user reads them, each with its exporter's name."""
    return {say("ExportDialog", "Markdown (one file per document)"): "markdown",
            say("ExportDialog", "HTML (one printable page)"): "html",
            say("ExportDialog", "Web Annotation JSON-LD"): "json",
            say("ExportDialog", "CSV (spreadsheets)"): "csv",
            say("ExportDialog", "Exchange bundle (for another Ekasar)"): "bundle"}


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
    free = digits(f"{volume.bytesAvailable() / 1e9:.1f}")
    filesystem = bytes(volume.fileSystemType()).decode(errors="replace")
    return say("ExportDialog", "{label} — {free} GB free, {filesystem}").format(
        label=label, free=free, filesystem=filesystem)


class ExportDialog(QDialog):
    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(say("ExportDialog", "Export notes"))
        self.setObjectName("exportDialog")
        self.library = library
        self.result: ExportResult | None = None
        self.operation: Operation | None = None  # the export under way

        self.preview: ExportPreview | None = None
        self._build_choices()
        self._arrange()
        self._connect()
        self.refresh_drives()
        self.update_preview()
        screen = self.screen()
        self.resize(700, min(860, screen.availableGeometry().height() - 40 if screen else 860))  # 768-pixel screens

    # Layout ------------------------------------------------------------------------------
    def _build_choices(self) -> None:
        self.destination = named(QComboBox(), "exportDestination", say("ExportDialog", "Where to export"))
        self.choose = QPushButton(say("ExportDialog", "Choose a folder…"))
        self.scope = named(QComboBox(), "exportScope", say("ExportDialog", "Which notes"))
        self.scope.addItem(say("ExportDialog", "All notes"), None)
        notes = self.library.notes.listing()
        for tag in sorted({t for n in notes for t in n.tags}):
            self.scope.addItem(say("ExportDialog", "Tag #{tag}").format(tag=tag), f"tag:{tag}")
        for name, _count in self.library.organize.collections():
            self.scope.addItem(say("ExportDialog", "Collection: {name}").format(name=name), f"collection:{name}")
        for tag, _count in self.library.organize.tags():
            self.scope.addItem(say("ExportDialog", "Documents tagged #{tag}").format(tag=tag), f"doctag:{tag}")
        for doc_id in sorted({n.document_id for n in notes if n.document_id}):
            document = self.library.documents.cited(doc_id)
            self.scope.addItem(say("ExportDialog", "Document: {title}").format(
                title=document.info.title if document else doc_id), f"document:{doc_id}")
        self.person = named(QLineEdit(), "",
                            say("ExportDialog", "Only notes about or naming this person or organization"))
        self.person.setPlaceholderText(say("ExportDialog", "optional: a person or organization"))
        self.since = named(QLineEdit(), "", say("ExportDialog", "Only notes changed since this date"))
        self.since.setPlaceholderText(say("ExportDialog", "optional: changed since YYYY-MM-DD"))
        self.until = named(QLineEdit(), "", say("ExportDialog", "Only notes changed until this date"))
        self.until.setPlaceholderText(say("ExportDialog", "optional: changed until YYYY-MM-DD"))
        self.format = named(QComboBox(), "exportFormat", say("ExportDialog", "Format"))
        for label, fmt in formats().items():
            self.format.addItem(label, fmt)
        self.progress = QProgressBar()
        self.progress.hide()

    def _arrange(self) -> None:
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(self.choose)
        form = QFormLayout(self)
        for label, field in ((say("ExportDialog", "To"), where), (say("ExportDialog", "Notes"), self.scope),
                             (say("ExportDialog", "About"), self.person), (say("ExportDialog", "Since"), self.since),
                             (say("ExportDialog", "Until"), self.until), (say("ExportDialog", "Format"), self.format)):
            form.addRow(label, field)
        form.addRow(self._privacy_group())
        form.addRow(self._preview_group())
        form.addRow(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(say("ExportDialog", "Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        form.addRow(self.buttons)
        chain = [self.format, self.without_metadata, self.quotes_only, self.encrypt, self.passphrase,
                 self.passphrase_again, self.preview_files, self.preview_text]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    # Behaviour ---------------------------------------------------------------------------------
    def _connect(self) -> None:
        self.choose.clicked.connect(self._choose_folder)
        self.buttons.accepted.connect(self.run_export)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self, interval=2000)  # sticks come and go
        self._timer.timeout.connect(self.refresh_drives)
        self._timer.start()
        # Rebuilt a moment after the last change, not on every keystroke.
        self._preview_timer = QTimer(self, singleShot=True, interval=150)
        self._preview_timer.timeout.connect(self.update_preview)
        for signal in (self.destination.currentIndexChanged, self.scope.currentIndexChanged,
                       self.format.currentIndexChanged, self.person.textChanged, self.since.textChanged,
                       self.until.textChanged, self.without_metadata.toggled, self.quotes_only.toggled,
                       self.encrypt.toggled):
            signal.connect(self._preview_timer.start)

    def _privacy_group(self) -> QGroupBox:
        group = QGroupBox(say("ExportDialog", "What to leave out, and protection"))
        self.without_metadata = QCheckBox(say("ExportDialog", "Leave out dates, times and device details"))
        self.without_metadata.setObjectName("exportWithoutMetadata")
        self.without_metadata.setToolTip(say("ExportDialog", "No export date, no note dates, no Ekasar version; "
                                             "the folder's name and file times say nothing either"))
        self.quotes_only = QCheckBox(say("ExportDialog", "Quotes only (leave out my notes)"))
        self.quotes_only.setObjectName("exportQuotesOnly")
        self.quotes_only.setToolTip(say("ExportDialog", "Only the quoted passages and their sources: no note text, "
                                        "no tags, one colour; notes without a quote are left out"))
        self.encrypt = QCheckBox(say("ExportDialog", "Encrypt with a passphrase"))
        self.encrypt.setObjectName("exportEncrypt")
        self.encryption = QWidget()
        self.encryption.setObjectName("exportEncryption")
        explanation = QLabel(say(
            "ExportDialog",
            "The export becomes one file (.ekasar-sealed). Only Ekasar, or the standard recipe in "
            "docs/security-formats.md, can open it, and only with this passphrase. Nobody can recover "
            "a forgotten passphrase. A phrase of several words is best; tell it to the reader in person, "
            "not on the same stick."))
        explanation.setObjectName("exportEncryptionExplanation")
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("exportPassphrase")
        self.passphrase.setAccessibleName(say("ExportDialog", "Passphrase"))
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setObjectName("exportPassphraseAgain")
        self.passphrase_again.setAccessibleName(say("ExportDialog", "Passphrase again"))
        for field in (self.passphrase, self.passphrase_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        fields = QFormLayout()
        fields.addRow(say("ExportDialog", "Passphrase"), self.passphrase)
        fields.addRow(say("ExportDialog", "Again"), self.passphrase_again)
        column = QVBoxLayout(self.encryption)  # a wrapped label gets its full height here, not in a form row
        column.setContentsMargins(24, 0, 0, 0)
        column.addWidget(explanation)
        column.addLayout(fields)
        self.encryption.setVisible(False)
        self.encrypt.toggled.connect(self.encryption.setVisible)
        box = QVBoxLayout(group)
        for widget in (self.without_metadata, self.quotes_only, self.encrypt, self.encryption):
            box.addWidget(widget)
        return group

    def _preview_group(self) -> QGroupBox:
        group = QGroupBox(say("ExportDialog", "Preview: what will be written"))
        self.preview_summary = QLabel()
        self.preview_summary.setObjectName("exportPreviewSummary")
        self.preview_summary.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are never markup
        self.preview_summary.setWordWrap(True)
        self.preview_files = QListWidget()
        self.preview_files.setObjectName("exportPreviewFiles")
        self.preview_files.setAccessibleName(say("ExportDialog", "Files in the export"))
        self.preview_files.setMaximumHeight(110)
        self.preview_files.currentItemChanged.connect(self._show_file)
        self.preview_text = QPlainTextEdit()  # plain text: the notes are shown as written, never rendered
        self.preview_text.setObjectName("exportPreviewText")
        self.preview_text.setAccessibleName(say("ExportDialog", "Content of the chosen file"))
        self.preview_text.setReadOnly(True)
        self.preview_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.preview_text.setMinimumHeight(120)
        box = QVBoxLayout(group)
        box.addWidget(self.preview_summary)
        box.addWidget(self.preview_files)
        box.addWidget(self.preview_text, 1)
        return group

    def options(self) -> ExportOptions:
        passphrase = self.passphrase.text() if self.encrypt.isChecked() else None
        return ExportOptions(self.without_metadata.isChecked(), self.quotes_only.isChecked(), passphrase)

    def update_preview(self) -> None:
        """Build the export in memory and show its files; nothing is written or sealed."""
        folder = self.destination.currentData()
        keep = self.preview_files.currentItem().data(Qt.ItemDataRole.UserRole) \
            if self.preview_files.currentItem() else None
        self.preview_files.blockSignals(True)
        self.preview_files.clear()
        self.preview_files.blockSignals(False)
        try:
            self.preview = preview_export(self.selected_notes(), self.library.documents.cited,
                                          self.format.currentData(), self.options(),
                                          Path(folder) if folder else None)
        except ExportError as error:
            self.preview = None
            self.preview_summary.setText(say("ExportDialog", "Nothing to write: {error}.").format(error=error))
            self.preview_text.clear()
            return
        summary = self.preview.summary()
        self.preview_summary.setText(say("ExportDialog", "{summary}\nInside it:").format(summary=summary)
                                     if self.preview.sealed else summary)
        chosen = None
        for name in sorted(self.preview.files):
            size = len(self.preview.files[name])
            item = QListWidgetItem(say_n("ExportDialog", "{name} — {count} bytes", "", size).format(name=name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.preview_files.addItem(item)
            if name == keep:
                chosen = item
        self.preview_files.setCurrentItem(chosen or self.preview_files.item(0))

    def _show_file(self, item: QListWidgetItem | None) -> None:
        if item is None or self.preview is None:
            self.preview_text.clear()
            return
        self.preview_text.setPlainText(self.preview.text(item.data(Qt.ItemDataRole.UserRole)))

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
            self.destination.addItem(say("ExportDialog", "No stick detected: choose a folder"), None)
        index = self.destination.findData(keep)
        self.destination.setCurrentIndex(max(0, index))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, say("ExportDialog", "Export to folder"), "",
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
        notes = self.library.notes.about(person) if person else self.library.notes.listing()
        kind, _, value = (self.scope.currentData() or "").partition(":")
        if kind == "tag":
            notes = [n for n in notes if value in n.tags]
        elif kind == "document":
            notes = [n for n in notes if n.document_id == value]
        elif kind in ("collection", "doctag"):  # the notes on the documents in a collection, or with a tag
            held = self.library.organize.document_ids(**{"collection" if kind == "collection" else "tag": value})
            notes = [n for n in notes if n.document_id in held]
        since, until = typed_digits(self.since.text().strip()), typed_digits(self.until.text().strip())
        if since:
            notes = [n for n in notes if n.modified[: len(since)] >= since]
        if until:
            notes = [n for n in notes if n.modified[: len(until)] <= until]
        return notes

    def run_export(self) -> Operation | None:
        """Export off the UI thread (sealing derives a key: about a second); the dialog closes when
        it is done. Returns the operation, or None when the choices are not complete."""
        folder = self.destination.currentData()
        if folder is None:
            QMessageBox.information(self, say("ExportDialog", "Export"),
                                    say("ExportDialog", "Choose where to export first."))
            return None
        problem = self._passphrase_problem()
        if problem:
            self._warn(say("ExportDialog", "Passphrase"), problem, "exportPassphraseProblem")
            return None
        self.progress.show()
        self.export_button.setEnabled(False)
        notes = self.selected_notes()
        # Read here, on this thread's connection; the worker only formats and writes.
        documents = {n.document_id: self.library.documents.cited(n.document_id) for n in notes if n.document_id}
        fmt, options = self.format.currentData(), self.options()

        def work(progress) -> ExportResult:
            return export_notes(notes, documents.get, Path(folder), fmt, progress, options)

        self.operation = Operation(work, "export", on_done=self._exported, on_failed=self._export_failed)
        self.operation.progressed.connect(self._advance)
        return self.operation.start()

    def _advance(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _exported(self, result: ExportResult) -> None:
        self.result = result
        self.accept()

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.progress.hide()
        self._warn(say("ExportDialog", "Export failed"), str(error) if isinstance(error, ExportError) else
                   say("ExportDialog", "the export could not be written: {error}").format(error=error), "exportError")

    def reject(self) -> None:
        if self.operation is not None:
            self.operation.cancel()  # closed while writing: stop at the next file
        super().reject()

    def _passphrase_problem(self) -> str | None:
        if not self.encrypt.isChecked():
            return None
        if not self.passphrase.text():
            return say("ExportDialog", "Type a passphrase to encrypt the export with, twice.")
        if self.passphrase.text() != self.passphrase_again.text():
            return say("ExportDialog", "The two passphrases differ. Type the same passphrase in both fields.")
        return None

    def _warn(self, title: str, text: str, name: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def done(self, result: int) -> None:
        for field in (self.passphrase, self.passphrase_again):  # do not keep the passphrase around
            field.clear()
        super().done(result)

    def summary(self) -> str:
        r = self.result
        size, files = r.size, len(r.files)
        if r.sealed:
            return say_n("ExportDialog", "Encrypted, written and read back: {folder} ({count} bytes).\n"
                         "It opens only with its passphrase: in Ekasar (Import notes…, for an exchange bundle), "
                         "with 'ekasar unseal', or with the recipe in docs/security-formats.md.", "", size
                         ).format(folder=r.folder)
        return say_n("ExportDialog", "Exported and verified {count} files ({size} bytes) to {folder}.\n"
                     "Every file was read back and matches the manifest (manifest-sha256.txt).", "", files
                     ).format(size=number(size), folder=r.folder)
