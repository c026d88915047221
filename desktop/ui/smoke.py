"""`ekasar --smoke DIR`: drive the real window through a short session, then report.

Made for testing a bundle where it will run (a bare Debian root, a network
namespace, an empty HOME): it reads an English and a Khmer document and checks
they are drawn with the bundled fonts, searches in both languages, highlights
a passage with a note, and exports the notes to DIR. Each step is one line of
the report; the first failure stops the run.
"""

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from desktop.errors import EkasarError
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.fonts import READING_FAMILIES

SMOKE_TAG = "smoke-test"
KHMER_WORD = "ខេមរា"  # in the bilingual seed
SEARCHES = ("Battambang", KHMER_WORD)


class SmokeFailed(EkasarError, RuntimeError):
    pass


def _wait_for(signal, timeout_ms: int = 15000) -> list:
    """Run the event loop until ``signal`` fires; return its arguments."""
    loop, got = QEventLoop(), []

    def fired(*args) -> None:
        got.append(args)
        loop.quit()

    signal.connect(fired)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(fired)
    if not got:
        raise SmokeFailed(f"timed out after {timeout_ms / 1000:.0f} s")
    return list(got[0])


def _let_it_draw() -> None:
    """One turn of the event loop, so what was just shown is laid out and painted."""
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


def drawn_families(view) -> dict[str, int]:
    """Font family → glyphs drawn in the reader's document, every block laid out (as when scrolled to);
    -1 if any glyph is missing."""
    families: dict[str, int] = {}
    document = view.document()
    block = document.begin()
    while block.isValid():
        document.documentLayout().blockBoundingRect(block)  # laid out even if not on screen (a small window)
        layout = block.layout()
        for run in layout.glyphRuns(0, block.length()) if layout is not None else ():
            name, glyphs = run.rawFont().familyName(), list(run.glyphIndexes())
            if 0 in glyphs:  # glyph 0 is the "missing glyph" box
                families[name] = -1
            elif families.get(name, 0) >= 0:
                families[name] = families.get(name, 0) + len(glyphs)
        block = block.next()
    return families


def _read(window, doc_id: str, expected: list[str]) -> str:
    if not window.open_document(doc_id):
        raise SmokeFailed(f"cannot open {doc_id}")
    _let_it_draw()
    window.reader.view.viewport().grab()  # draw it, as on screen: lays out the visible text
    families = drawn_families(window.reader.view)
    broken = [name for name, count in families.items() if count < 0]
    if broken:
        raise SmokeFailed(f"{doc_id}: missing glyphs in {', '.join(broken)}")
    absent = [name for name in expected if name not in families]
    if absent:
        raise SmokeFailed(f"{doc_id}: not drawn with {', '.join(absent)} (drawn with {sorted(families)})")
    return ", ".join(f"{name} ({count} glyphs)" for name, count in sorted(families.items()))


def run_smoke(window, export_dir: Path) -> list[str]:
    """Exercise the window; return the report lines. :raises SmokeFailed: at the first step that fails."""
    report = []
    window.show()
    _let_it_draw()
    documents = window.library.documents.all()
    english = next(d for d in documents if d.language == ["en"])
    khmer = next((d for d in documents if "km" in d.language), None)
    if khmer is None:
        raise SmokeFailed("the archive holds no Khmer document")
    report.append(f"read English {english.id}: {_read(window, english.id, READING_FAMILIES[:1])}")
    report.append(f"read Khmer {khmer.id}: {_read(window, khmer.id, READING_FAMILIES)}")

    for query in SEARCHES:
        window.search_panel.field.setText(query)
        window.search_panel.run_search()
        (total,) = _wait_for(window.search_panel.results_shown)
        if total < 1:
            raise SmokeFailed(f"search {query!r} found nothing")
        report.append(f"search {query!r}: {total} documents")

    view = window.reader.view
    cursor = view.document().find(KHMER_WORD)
    if cursor.isNull():
        raise SmokeFailed(f"{khmer.id} has no {KHMER_WORD} to highlight")
    view.setTextCursor(cursor)
    window.highlight_selection("yellow")
    made = [a for a in window.library.notes.listing(document=khmer.id) if a.quote == KHMER_WORD]
    if not made:  # (a second run finds and recolours the first run's highlight)
        raise SmokeFailed("the highlight was not saved")
    newest = max(made, key=lambda a: a.modified)
    window.library.notes.edit(newest.id, note="Checked by the smoke test", tags=[SMOKE_TAG])
    report.append(f"highlighted “{newest.quote}” in {khmer.id} with a note")

    dialog = ExportDialog(window.library, window)
    dialog.set_folder(str(export_dir))
    dialog.format.setCurrentIndex(0)  # Markdown
    operation = dialog.run_export()
    if operation is not None:
        _wait_for(operation.ended, 60_000)
    if dialog.result is None:
        raise SmokeFailed(f"the export to {export_dir} failed")
    report.append(f"exported {len(dialog.result.files)} files ({dialog.result.size:,} bytes) to {dialog.result.folder}")
    dialog.deleteLater()
    return report
