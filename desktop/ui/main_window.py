"""The main window: the library list beside the reading view."""

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QTextBrowser,
)

from desktop.store.library import Library
from desktop.ui.models.document_list import DocumentIdRole, DocumentListModel


class MainWindow(QMainWindow):
    def __init__(self, library: Library, settings: QSettings) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.setWindowTitle("Ekasar — ឯកសារ")

        self.model = DocumentListModel(library.documents(), self)
        self.document_list = QListView()
        self.document_list.setObjectName("documentList")
        self.document_list.setModel(self.model)
        self.document_list.setAccessibleName("Documents")
        self.document_list.selectionModel().currentChanged.connect(self._show_current)

        self.reader = QTextBrowser()
        self.reader.setObjectName("reader")
        self.reader.setOpenLinks(False)  # nothing is ever followed or fetched
        self.reader.setAccessibleName("Document text")
        self.reader.setPlaceholderText("Choose a document on the left to read it.")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.document_list)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

        self.status = QLabel(f"{self.model.rowCount()} documents")
        self.statusBar().addPermanentWidget(self.status)
        quit_action = self.menuBar().addMenu("&File").addAction("&Quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self._restore_state()

    def open_document(self, doc_id: str) -> bool:
        for row in range(self.model.rowCount()):
            index = self.model.index(row)
            if index.data(DocumentIdRole) == doc_id:
                self.document_list.setCurrentIndex(index)
                return True
        return False

    def _show_current(self, current) -> None:
        if not current.isValid():
            return
        document = self.library.document(current.data(DocumentIdRole))
        if document is None:
            return
        # Plain text: the document is never interpreted as markup.
        self.reader.setPlainText(document.text)
        self.statusBar().showMessage(document.info.title)

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
