"""The people panel in the real window: profiles, mentions, curation with undo."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog

from desktop.store.build import build_archive
from desktop.services.library import Library
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import settings_in

GFW, REMARKS = "002_46b7dbb94abd75ab", "004_be89756c2a9d109d"


def click_anchor(qtbot, browser, prefix: str, text: str | None = None) -> str:
    """Click, with the mouse, the first link in ``browser`` whose address starts with
    ``prefix`` (and whose text is ``text``, if given)."""
    document = browser.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if href.startswith(prefix) and text in (None, fragment.text()):
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                point = browser.cursorRect(cursor).center()
                qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
                return href
            it += 1
        block = block.next()
    raise AssertionError(f"no link starting with {prefix}")


def people_names(window) -> set[str]:
    model = window.people_panel.model
    return {model.person_at(row).name for row in range(model.rowCount())}


def test_people_model_passes_qt_model_checks(qtmodeltester, window):
    qtmodeltester.check(window.people_panel.model)


def test_profile_mention_click_lands_on_the_highlighted_passage(window, qtbot):
    window.focus_people()
    qtbot.keyClicks(window.people_panel.filter, "Brad")
    qtbot.waitUntil(lambda: window.people_panel.model.rowCount() == 1)
    window.people_panel.table.selectRow(0)
    assert "Asia Director of Human Rights Watch" in window.people_panel.profile.toPlainText()
    click_anchor(qtbot, window.people_panel.profile, f"ekasar:doc/{REMARKS}/", text="Brad Adams")
    qtbot.waitUntil(lambda: window.reader.document is not None and window.reader.view.hit is not None)
    assert window.reader.document.info.id == REMARKS
    view = window.reader.view
    assert view.hit.selectedText() == "Brad Adams"
    assert view.viewport().rect().contains(view.cursorRect(view.hit))


def test_fact_citation_opens_its_passage(window, qtbot):
    window.open_profile("khemara")
    click_anchor(qtbot, window.people_panel.profile, f"ekasar:doc/{GFW}/")  # the first link: a fact
    qtbot.waitUntil(lambda: window.reader.view.hit is not None)
    assert window.reader.view.hit.selectedText() == (
        "She formed the first organization for women, called Khemara (Khmer: ខេមរា)")


def test_mentions_in_the_reader_open_profiles(window, qtbot):
    window.open_document(GFW)
    click_anchor(qtbot, window.reader.view, "ekasar:entity/hem-heng")
    qtbot.waitUntil(lambda: window.people_panel.current_id == "hem-heng")
    assert window.people_dock.isVisible()
    assert "Ambassador Extraordinary and Plenipotentiary" in window.people_panel.profile.toPlainText()


def test_merge_two_entities_and_undo(window, qtbot, monkeypatch):
    panel = window.people_panel
    panel.show_entity("ministry-of-womens-affairs")
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda *a, **k: ("Khemara (khemara)", True))
    panel.merge()
    assert "Ministry of Women's Affairs" not in people_names(window)
    assert panel.current_id == "khemara"
    assert "Ministry of Women's Affairs" in panel.profile.toPlainText()  # now listed as another name
    window.actions_by_name["undoCuration"].trigger()
    assert "Ministry of Women's Affairs" in people_names(window)
    assert "Merged here" not in panel.profile.toPlainText()


def test_rejected_candidate_disappears_and_stays_gone_after_rebuild(qtbot, tmp_path, seeds_copy, data_dir):
    (seeds_copy / "900_field_notes.txt").write_text(
        "Field notes\n\nKhieu Sambath said the village was empty. Khieu Sambath left.\n")
    archive = tmp_path / "archive.sqlite"
    build_archive(seeds_copy, archive)

    def open_window():
        library = Library(archive, data_dir)
        window = MainWindow(library, settings_in(data_dir))
        qtbot.addWidget(window)
        window.show()
        return window, library

    window, library = open_window()
    window.focus_people()
    window.people_panel.kind.setCurrentText("Unreviewed")
    assert people_names(window) == {"Khieu Sambath"}
    window.people_panel.table.selectRow(0)
    assert "not reviewed" in window.people_panel.profile.toPlainText()
    window.people_panel._record("reject")
    assert people_names(window) == set()
    window.close()
    library.close()

    build_archive(seeds_copy, archive)  # rebuild
    window, library = open_window()
    assert "Khieu Sambath" not in people_names(window)
    window.close()
    library.close()
