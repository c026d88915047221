"""The interface in Khmer and in English (issue 18): every menu, dialog and panel, plain and
encrypted, locked and unlocked; View → Language switching the running window; --lang."""

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from desktop.ui.dialogs import offer_to_copy_link
from desktop.ui.first_run import ask_to_encrypt
from desktop.ui.language import LANGUAGES
from desktop.ui.stick_storage import ask_notes_location
from desktop.wording import language
from tests.ui.interface_texts import leftover_khmer, menu_texts, modal_texts, untranslated, widget_texts

PASSPHRASE = "correct horse battery staple"
DOCUMENT = "002_46b7dbb94abd75ab"
QUOTES = ("Prey Sar Prison",)  # the passages the walk selects
# Widgets that show the archive's own text: the reader, the lists of documents, hits and notes.
DATA_VIEWS = ("reader", "libraryTable", "searchResults", "peopleTable", "notesList", "guideText")


def data_of(library) -> set[str]:
    """What the archive itself says (titles, names, kinds, quotes): shown as written."""
    values: set[str] = set()
    for info in library.documents.all():
        values |= {v for v in (info.title, info.kind, info.author, info.publisher, info.id) if v}
    for person in library.people.summaries():
        values |= {person.name, person.khmer_name or "", *person.aliases}
    for event in library.timeline.events():
        values |= {event.title, event.quote, event.document_title}
    values |= {f"“{quote}”" for quote in QUOTES} | set(LANGUAGES.values())  # each language in its own script
    return {v for v in values if len(v) > 1}


def select_passage(window, quote: str) -> None:
    window.open_document(DOCUMENT)
    view = window.reader.view
    view.setTextCursor(view.document().find(quote))


def window_texts(qtbot, session, tmp_path: Path) -> list[tuple[str, str]]:
    """Everything the main window shows, its menus and the dialogs it opens."""
    window = session.window
    texts = []
    for dock in (window.library_dock, window.people_dock, window.notes_dock):
        dock.raise_()
        qtbot.wait(30)
        texts += widget_texts(window, DATA_VIEWS)
    for action in window.menuBar().actions():
        texts += menu_texts(action.menu(), action.text())
    texts += menu_texts(window.reader.view.createStandardContextMenu(), "reader menu")
    texts += modal_texts(qtbot, window.show_guide, skip=DATA_VIEWS)  # the guide is in Khmer in both
    for open_dialog in (window.show_shortcuts, window.show_about, window.export_notes,
                        window.import_documents, window.import_notes, lambda: ask_to_encrypt(window),
                        lambda: ask_notes_location("exFAT"),
                        lambda: offer_to_copy_link(window, "https://example.org/report")):
        texts += modal_texts(qtbot, open_dialog)
    texts += _annotation_dialogs(qtbot, window)
    texts += _panels_at_work(qtbot, window, tmp_path)
    texts += modal_texts(qtbot, session.show_security, inside=lambda dialog, seen: seen.extend(
        modal_texts(qtbot, dialog.findChild(QPushButton, "deleteNotesButton").click)))
    return texts


def _annotation_dialogs(qtbot, window) -> list:
    select_passage(window, "Prey Sar Prison")
    texts = modal_texts(qtbot, window.note_selection)
    select_passage(window, "Prey Sar Prison")
    texts += modal_texts(qtbot, window.add_event_from_selection)
    window.open_profile("kem-sokha")
    texts += widget_texts(window, DATA_VIEWS)
    texts += menu_texts(window.people_panel.curate_button.menu(), "curate")
    texts += modal_texts(qtbot, window.people_panel.rename)
    return texts


def _panels_at_work(qtbot, window, tmp_path: Path) -> list:
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=10_000):
        window.search_panel.field.setText("Sochua")
        window.search_panel.run_search()
    window.focus_timeline()
    window.timeline_panel.select_event(window.timeline_panel.shown[0].id)
    texts = widget_texts(window, DATA_VIEWS)
    document = tmp_path / "statement.txt"
    document.write_text("A statement.\n\nOn 3 May 2021 the court heard the case.\n", encoding="utf-8")
    with qtbot.waitSignal(window.import_paths([document]).ended, timeout=30_000):
        pass
    summary = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    texts += widget_texts(summary)
    summary.close()
    return texts


def locked_texts(qtbot, session) -> list:
    """The passphrase question, the plain screen while encrypting, the lock screen, and the
    encrypted notebook's security dialog."""
    texts = modal_texts(qtbot, session.encrypt, close=lambda dialog: _type_passphrase(dialog))
    qtbot.waitUntil(lambda: session.encrypted and session.window is not None, timeout=60_000)
    session.lock()
    texts += widget_texts(session.lock_screen)
    assert not session.unlock("not the passphrase")  # the refusal, as the lock screen shows it
    texts += widget_texts(session.lock_screen)
    assert session.unlock(PASSPHRASE)
    texts += modal_texts(qtbot, session.show_security)
    texts += modal_texts(qtbot, session.change_passphrase)
    return texts


def _type_passphrase(dialog) -> None:
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def every_text(qtbot, session, tmp_path: Path) -> list:
    """The plain notebook's window, its quick-hide screen, then encrypted: locked and unlocked."""
    texts = window_texts(qtbot, session, tmp_path)
    session.quick_hide()
    qtbot.waitUntil(lambda: session.lock_screen is not None, timeout=5000)
    texts += widget_texts(session.lock_screen)
    session.lock_screen.show_requested.emit()
    qtbot.waitUntil(lambda: session.window is not None, timeout=5000)
    return texts + locked_texts(qtbot, session)


def test_in_khmer_every_menu_dialog_and_panel_is_khmer(qtbot, session, tmp_path):
    session.change_language("km")
    qtbot.waitUntil(lambda: language() == "km" and session.window is not None)
    data = data_of(session.library)
    texts = every_text(qtbot, session, tmp_path)
    assert len(texts) > 400, "the walk did not reach the interface"
    shown = {text for _, text in texts}
    for reached in ("Ekasar ត្រូវបានលាក់", "Ekasar បានចាក់សោ", "សូមវាយ «លុបចោល» ដើម្បីបញ្ជាក់", "នាំចេញចំណាំ",
                    "ផ្លូវកាត់ក្តារចុច", "ចុចផ្លូវកាត់", "យល់ព្រម", "បោះបង់"):
        assert reached in shown  # quick-hide and lock screens, delete confirmation, export, Qt's buttons
    assert untranslated(texts, data) == [], "\n".join(map(repr, untranslated(texts, data)))
    assert leftover_khmer(texts, data), "control: the English check finds the Khmer interface"


def test_in_english_no_khmer_interface_text_is_left_over(qtbot, session, tmp_path):
    assert language() == "en"
    data = data_of(session.library)
    texts = every_text(qtbot, session, tmp_path)
    assert len(texts) > 400, "the walk did not reach the interface"
    assert leftover_khmer(texts, data) == [], "\n".join(map(repr, leftover_khmer(texts, data)))
    assert untranslated(texts, data), "control: the Khmer check finds the English interface"


def test_view_language_changes_the_running_window_where_it_was(qtbot, session):
    window = session.window
    window.open_document(DOCUMENT)
    window.people_dock.raise_()
    window.findChild(QAction, "language_km").trigger()
    qtbot.waitUntil(lambda: session.window is not window and session.window.isVisible())
    khmer = session.window
    assert [a.text() for a in khmer.menuBar().actions()] == ["ឯកសារ", "កែសម្រួល", "បណ្ណាល័យ", "ទិដ្ឋភាព", "ជំនួយ"]
    assert khmer.library_dock.windowTitle() == "បណ្ណាល័យ"
    assert khmer.reader.document.info.id == DOCUMENT  # the same document, still open
    assert "ឯកសារ ៥" in khmer.summary.text()  # counts in Khmer digits
    assert session.settings.value("interface/language") == "km"
    khmer.findChild(QAction, "arabicDigits").trigger()
    qtbot.waitUntil(lambda: session.window is not khmer and session.window.isVisible())
    assert "ឯកសារ 5" in session.window.summary.text()
    session.window.findChild(QAction, "language_en").trigger()
    qtbot.waitUntil(lambda: session.window.menuBar().actions()[0].text() == "&File")
    assert session.window.reader.document.info.id == DOCUMENT


def test_the_language_is_remembered_and_lang_overrides_it(qtbot, archive_path, data_dir):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session
    from tests.ui.conftest import settings_in

    settings_in(data_dir).setValue("interface/language", "km")
    first = Session(data_dir, str(archive_path), settings_in(data_dir), MainWindow)
    first.set_up_language()
    first.start()
    assert first.window.menuBar().actions()[0].text() == "ឯកសារ"
    first.shutdown()
    second = Session(data_dir, str(archive_path), settings_in(data_dir), MainWindow)
    second.set_up_language("en")  # ekasar --lang en
    second.start()
    assert second.window.menuBar().actions()[0].text() == "&File"
    assert settings_in(data_dir).value("interface/language") == "en"
    second.shutdown()


def test_lang_is_for_the_window_only(capsys):
    from desktop.cli import main

    assert main(["--lang", "km", "docs"]) == 2
    assert "--lang" in capsys.readouterr().err
