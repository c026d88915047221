"""File → Export notes… (Ctrl+E): where (a detected stick or any folder), what, which format,
what to leave out, whether to encrypt; and a preview of exactly what will be written."""

from pathlib import Path

from PySide6.QtCore import QSettings, QStorageInfo, Qt, QTimer
from PySide6.QtWidgets import (
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
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.export.exporter import ExportPreview, ExportResult, export_notes, preview_export
from desktop.export.html_fonts import without_font_data
from desktop.export.options import ExportOptions
from desktop.export.safe_write import ExportError
from desktop.services.library import Library
from desktop.ui.export_privacy import PrivacyChoices
from desktop.ui.export_where import FolderMemory, notebook_encrypted, summary_box
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
    def __init__(self, library: Library, parent=None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(say("ExportDialog", "Export notes"))
        self.setObjectName("exportDialog")
        self.library = library
        self.folders = FolderMemory(settings, remember=not notebook_encrypted(library))
        self.result: ExportResult | None = None
        self.operation: Operation | None = None  # the export under way

        self.preview: ExportPreview | None = None
        self._build_choices()
        self._arrange()
        self._connect()
        self.refresh_drives()
        self._update_export_button()
        self.update_preview()
        self._fit_screen()

    def _fit_screen(self) -> None:
        """As tall as the choices need, but never taller than the screen leaves room for (a 768-pixel
        laptop, a 700-pixel netbook): the choices scroll instead."""
        screen = self.screen()
        available = screen.availableGeometry() if screen else None
        room = available.height() - 60 if available else 700
        margins = self.layout().contentsMargins()
        wanted = (self.choices.sizeHint().height() + self.buttons.sizeHint().height() + margins.top()
                  + margins.bottom() + 2 * self.layout().spacing() + 8)
        # Wide enough for the choices beside the scroll bar, so that only the height ever scrolls.
        width = max(700, self.choices.minimumSizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width()
                    + margins.left() + margins.right() + 4)
        self.resize(min(width, available.width() - 40) if available else width,
                    max(self.minimumSizeHint().height(), min(wanted, room)))

    # Layout ------------------------------------------------------------------------------
    def _build_choices(self) -> None:
        self.destination = named(QComboBox(), "exportDestination", say("ExportDialog", "Where to export"))
        self.destination.setPlaceholderText(say("ExportDialog", "Choose a folder, or plug in a USB stick"))
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
        self.choices = QWidget()
        form = QFormLayout(self.choices)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(say("ExportDialog", "To"), where)
        if not self.folders.remembers:
            form.addRow(self._not_remembered())
        for label, field in ((say("ExportDialog", "Notes"), self.scope),
                             (say("ExportDialog", "About"), self.person), (say("ExportDialog", "Since"), self.since),
                             (say("ExportDialog", "Until"), self.until), (say("ExportDialog", "Format"), self.format)):
            form.addRow(label, field)
        self.privacy = PrivacyChoices()
        for name in ("without_metadata", "quotes_only", "encrypt", "passphrase", "passphrase_again"):
            setattr(self, name, getattr(self.privacy, name))
        form.addRow(self.privacy)
        form.addRow(self._preview_group())
        self.scroll = scroll = QScrollArea()  # on a small screen the choices scroll; the buttons stay in sight
        scroll.setObjectName("exportChoices")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.choices)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(say("ExportDialog", "Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        column = QVBoxLayout(self)
        column.addWidget(scroll, 1)
        column.addWidget(self.progress)
        column.addWidget(self.buttons)
        chain = [self.format, self.without_metadata, self.quotes_only, self.encrypt, self.passphrase,
                 self.passphrase_again, self.preview_files, self.preview_text]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    # Behaviour ---------------------------------------------------------------------------------
    def _connect(self) -> None:
        self.choose.clicked.connect(self._choose_folder)
        self.buttons.accepted.connect(self.run_export)
        self.destination.currentIndexChanged.connect(self._update_export_button)
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

    def _not_remembered(self) -> QLabel:
        line = QLabel(say("ExportDialog", "Your notebook is encrypted, so the folder you export to is not "
                                          "remembered: it would tell where you work."))
        line.setObjectName("exportFolderNotRemembered")
        line.setTextFormat(Qt.TextFormat.PlainText)
        line.setWordWrap(True)
        return line

    def _update_export_button(self) -> None:
        chosen = self.destination.currentData() is not None
        self.export_button.setEnabled(chosen and self.operation is None)
        self.export_button.setToolTip("" if chosen else say("ExportDialog", "Choose a folder or a USB stick to "
                                                                            "export to first"))

    def _preview_group(self) -> QGroupBox:
        group = QGroupBox(say("ExportDialog", "Preview: what will be written"))
        self.preview_summary = QLabel()
        self.preview_summary.setObjectName("exportPreviewSummary")
        self.preview_summary.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are never markup
        self.preview_summary.setWordWrap(True)
        self.layout_line = QLabel(say("ExportDialog", "Your files go in data/; beside them, a list of their "
                                  "checksums (the manifest) lets anyone check that nothing was changed, and "
                                  "README.txt explains this in English and Khmer."))
        self.layout_line.setObjectName("exportLayoutExplanation")
        self.layout_line.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_line.setWordWrap(True)
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
        box.addWidget(self.layout_line)
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
        self.layout_line.setVisible(not self.preview.sealed)  # a sealed file becomes a folder when opened
        chosen = None
        for name in self.preview.entries():  # every file the summary counts
            size = len(self.preview.content(name))
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
        self.preview_text.setPlainText(without_font_data(self.preview.text(item.data(Qt.ItemDataRole.UserRole))))

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
        index = self.destination.findData(keep)
        self.destination.setCurrentIndex(max(0, index) if self.destination.count() else -1)  # -1: the hint shows

    def _choose_folder(self) -> None:
        start = self.folders.start([v.rootPath() for v in removable_drives()])
        folder = QFileDialog.getExistingDirectory(self, say("ExportDialog", "Export to folder"), start,
                                                  QFileDialog.Option.DontUseNativeDialog)
        if folder:
            self.folders.remember(folder)
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        if self.destination.findData(folder) < 0:
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
        problem = self.privacy.passphrase_problem()
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
        self.folders.remember(str(result.folder.parent))
        self.accept()

    def _export_failed(self, error: BaseException) -> None:
        self.operation = None
        self._update_export_button()
        self.progress.hide()
        self._warn(say("ExportDialog", "Export failed"), str(error) if isinstance(error, ExportError) else
                   say("ExportDialog", "the export could not be written: {error}").format(error=error), "exportError")

    def reject(self) -> None:
        if self.operation is not None:
            self.operation.cancel()  # closed while writing: stop at the next file
        super().reject()

    def _warn(self, title: str, text: str, name: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def done(self, result: int) -> None:
        self._timer.stop()
        self._preview_timer.stop()  # a preview due after closing would read a library that may be gone
        for field in (self.passphrase, self.passphrase_again):  # do not keep the passphrase around
            field.clear()
        super().done(result)

    def summary_box(self, parent) -> QMessageBox:
        """What was written, with Open folder (the folder the export is in, for a sealed file)."""
        folder = self.result.folder.parent if self.result.sealed else self.result.folder
        return summary_box(parent, self.summary(), folder)

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
