import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.ui.main_window import MainWindow
from desktop.ui.models.document_list import DocumentIdRole, DocumentListModel


@pytest.fixture
def settings(data_dir):
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, library, settings):
    win = MainWindow(library, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_model_passes_qt_model_checks(qtmodeltester, library):
    qtmodeltester.check(DocumentListModel(library.documents()))


def test_window_lists_documents_and_shows_the_cleaned_text(window, qtbot):
    assert window.model.rowCount() == 5
    assert "5 documents" in window.status.text()
    index = window.model.index(1)
    rect = window.document_list.visualRect(index)
    qtbot.mouseClick(window.document_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: "Five Questions" in window.reader.toPlainText())
    assert "session_start" not in window.reader.toPlainText()
    assert index.data(DocumentIdRole) == "001_4d211d3b45014089"


def test_khmer_text_reaches_the_reader(window):
    assert window.open_document("002_46b7dbb94abd75ab")
    assert "ខេមរា" in window.reader.toPlainText()


def test_window_size_is_remembered(qtbot, library, settings):
    first = MainWindow(library, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)  # the offscreen screen is 800×600
    first.close()
    second = MainWindow(library, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (720, 520)
