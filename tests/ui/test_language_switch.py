"""Changing the language never interrupts: work under way finishes, its message stays, what is
typed is kept; and the DELETE word and dates typed with Khmer digits are understood."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.store.timeline import check_date
from desktop.ui.security_dialog import confirms
from desktop.ui.session import Session
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import settings_in
from tests.ui.test_long_work import large_report  # noqa: F401 (fixture)


def visible_box(name: str):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()), None)


def test_a_switch_during_an_import_waits_for_it_and_for_its_summary(qtbot, session, large_report):  # noqa: F811
    window = session.window
    operation = window.import_paths([large_report])
    window.findChild(QAction, "language_km").trigger()
    assert operation.is_running() and session.window is window  # not rebuilt under the import
    assert "ភាសានឹងប្ដូរ" not in window.statusBar().currentMessage()  # said in the language chosen before
    with qtbot.waitSignal(operation.ended, timeout=120_000):
        pass
    qtbot.waitUntil(lambda: visible_box("importSummary") is not None)
    qtbot.wait(700)  # longer than the switch waits between looks
    summary = visible_box("importSummary")
    assert summary is not None and session.window is window  # the summary is still there to read
    assert "Imported 1 document." in summary.text()
    summary.close()
    qtbot.waitUntil(lambda: session.window is not window and session.window.isVisible(), timeout=5000)
    assert session.window.menuBar().actions()[0].text() == "ឯកសារ"
    assert len(session.library.documents.all()) == 6  # the import finished: five archive documents and it


def test_choosing_the_language_shown_meanwhile_takes_the_change_back(qtbot, session, large_report):  # noqa: F811
    window = session.window
    operation = window.import_paths([large_report])
    window.findChild(QAction, "language_km").trigger()
    window.findChild(QAction, "language_en").trigger()
    with qtbot.waitSignal(operation.ended, timeout=120_000):
        pass
    qtbot.waitUntil(lambda: visible_box("importSummary") is not None)
    visible_box("importSummary").close()
    qtbot.wait(700)
    assert session.window is window and session.settings.value("interface/language") == "en"


def test_the_window_rebuilt_in_another_language_is_opened_like_the_first(qtbot, archive_path, data_dir):
    opened = []
    session = Session(data_dir, str(archive_path), settings_in(data_dir), MainWindow,
                      lambda window, library: opened.append(window))  # e.g. the stick's backups start here
    session.start()
    session.window.findChild(QAction, "language_km").trigger()
    qtbot.waitUntil(lambda: len(opened) == 2)
    assert opened[1] is session.window and opened[1] is not opened[0]
    session.shutdown()


def test_the_delete_word_is_understood_however_it_was_typed():
    word = "លុបចោល"
    assert confirms("លុបចោល", word)
    assert confirms(" \u200bល\u17bbបច\u17c1\u17b6ល ", word)  # ោ typed as េ + ា, spaces and a zero-width space
    assert confirms("DELETE", word)  # a keyboard without Khmer
    assert not confirms("លុប", word) and not confirms("delete", word) and not confirms("", word)


def test_dates_typed_with_khmer_digits_are_stored_as_iso():
    assert check_date("២០២៣-០៧-២២") == "2023-07-22"
    assert check_date("២០២៣") == "2023"


def test_the_security_settings_count_in_khmer_digits_and_read_them(qtbot, session):
    from PySide6.QtWidgets import QSpinBox

    from desktop.ui.language import apply_language
    from desktop.ui.security_dialog import SecurityDialog

    apply_language("km")
    dialog = SecurityDialog(session.window, session.notebook, session.prefs)
    qtbot.addWidget(dialog)
    minutes = dialog.findChild(QSpinBox, "autoLockMinutes")
    minutes.setValue(10)
    assert minutes.text().startswith("១០")
    minutes.lineEdit().setText("២៥" + minutes.suffix())  # typed on a Khmer keyboard's number row
    minutes.interpretText()
    assert minutes.value() == 25
    assert dialog.findChild(QSpinBox, "wipeAfterCount").text() == "១០"
