"""Render the README screenshots from the real window (run under Xvfb by `make screenshots`).

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/make_screenshots.py

On the laptop screen most users have, in the layout a first start gives.

The Khmer ones are taken with a window manager (openbox, when installed) drawing the title bars
with the bundled fonts, so the pictures show the Khmer window title as a desktop shows it.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop import APP_NAME  # noqa: E402
from desktop.app import create_application  # noqa: E402
from desktop.services.notebook import Notebook  # noqa: E402
from desktop.ui.settings import settings_for  # noqa: E402
from desktop.services.locate import open_library  # noqa: E402
from desktop.ui.language import apply_language  # noqa: E402
from desktop.ui.lock_screen import LockScreen  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.security_dialog import SecurityDialog  # noqa: E402
from desktop.ui.security_prefs import SecurityPrefs  # noqa: E402
from desktop.wording import say  # noqa: E402


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def search(window: MainWindow, query: str) -> None:
    shown = []
    window.search_panel.results_shown.connect(shown.append)
    window.focus_search()
    window.search_panel.field.setText(query)
    window.search_panel.run_search()
    deadline = time.monotonic() + 10
    while not shown and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    window.search_panel.results_shown.disconnect(shown.append)


def every_hit_found(window: MainWindow) -> None:
    """Wait until the first document's every hit is listed under it, and open that list."""
    model = window.search_panel.model
    deadline = time.monotonic() + 10
    while model.rowCount(model.index(0)) == 0 and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    window.search_panel.results.expand(model.index(0))


def save(window: MainWindow, name: str) -> None:
    settle()
    OUT.mkdir(parents=True, exist_ok=True)
    # What the X server shows (grab() would repaint widgets off-screen, stale ones included).
    window.screen().grabWindow(window.winId()).save(str(OUT / name))
    print(OUT / name)


def save_framed(widget, name: str) -> None:
    """``widget`` with its title bar, as the screen shows it (menus open over it included)."""
    settle()
    frame = widget.frameGeometry()
    widget.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(str(OUT / name))
    print(OUT / name)


def start_window_manager(folder: Path):
    """openbox, drawing title bars with the bundled fonts; None when it is not installed."""
    if shutil.which("openbox") is None:
        print("openbox is not installed: the Khmer screenshots have no title bar")
        return None
    config = folder / "fonts.conf"
    config.write_text(f"<?xml version='1.0'?><fontconfig><dir>{ROOT / 'resources' / 'fonts'}</dir>"
                      f"<cachedir>{folder / 'cache'}</cachedir></fontconfig>", encoding="utf-8")
    manager = subprocess.Popen(["openbox", "--sm-disable"], env={**os.environ, "FONTCONFIG_FILE": str(config)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    return manager


def khmer_screenshots(data_dir: Path, library) -> None:
    """The window, a menu, a dialog and the lock screen in Khmer."""
    apply_language("km")
    window = MainWindow(library, settings_for(data_dir))
    window.move(40, 30)
    window.resize(1366 - 80, 768 - 60)
    window.show()
    settle(3)
    window.reset_layout()  # as a first start lays it out (the English pictures opened the timeline)
    window.open_document("002_46b7dbb94abd75ab")
    save_framed(window, "main-window-km.png")
    view = window.menuBar().actions()[2]
    window.menuBar().setActiveAction(view)
    settle(1)
    save_framed(window, "menu-km.png")
    window.menuBar().activeAction().menu().hide()
    dialog = SecurityDialog(window, Notebook(data_dir), SecurityPrefs(settings_for(data_dir)))
    dialog.show()
    save_framed(dialog, "security-dialog-km.png")
    dialog.close()
    lock = LockScreen(True, say("Session", "{name} — locked").format(name=APP_NAME))
    lock.resize(640, 420)
    lock.show()
    save_framed(lock, "lock-screen-km.png")
    lock.close()
    window.close()
    apply_language("en")


def pdf_screenshot(window: MainWindow, data_dir: Path) -> None:
    """A PDF imported page by page: a search hit names its page, the reader marks each page."""
    from tests.ingest.readers.pdf_samples import SamplePage, typeset

    header = "Land Rights Quarterly — Issue 4"
    pages = [
        SamplePage(["Villagers in Kampong Speu protested on 3 March 2024 against the sugar concession, "
                    "saying the company had fenced their rice fields before the harvest.",
                    "The provincial governor met their representatives the next day."], header, "1"),
        SamplePage(["Lawyer Sok Dara said that the Battambang verdict ignored the land law and the "
                    "evidence the families had gathered over three years.",
                    "ក្រុមគ្រួសារចំនួនសែសិបនៅតែមិនទាន់ទទួលបានសំណងនៅឡើយ។"], header, "2"),
    ]
    path = data_dir / "land-quarterly.pdf"
    path.write_bytes(typeset(pages, {"Title": "Land Rights Quarterly 4", "Author": "Monitoring Team"}))
    window.library.imports.import_files([path])
    window.library_panel.refresh()
    search(window, "Battambang verdict ignored")
    window.search_panel._open(window.search_panel.model.index(0))
    save(window, "pdf-pages.png")


def main() -> None:
    create_application()
    apply_language("en")  # as a start in English does: plural forms and all
    with tempfile.TemporaryDirectory() as data:
        data_dir = Path(data)
        library = open_library(data_dir, None)
        window = MainWindow(library, settings_for(data_dir))
        window.show()
        settle(4)  # let the dock layout settle before the first picture

        window.open_document("000_38d99342b0af7827")
        window.reader.view.setFocus()
        save(window, "reading.png")

        search(window, "treason")
        every_hit_found(window)
        window.search_panel._open(window.search_panel.model.index(2, 0, window.search_panel.model.index(0)))
        save(window, "search-treason.png")

        search(window, "ខេមរា")
        window.search_panel._open(window.search_panel.model.index(0))
        window.reader.view.set_zoom(4)
        hit = window.search_panel.model.hits[0]
        window.reader.show_hit(hit.start, hit.end)
        save(window, "khmer.png")
        window.reader.view.set_zoom(0)

        window.open_document("001_4d211d3b45014089")
        window.reader.set_original(True)
        save(window, "original.png")

        window.open_profile("kem-sokha")
        window.people_panel.splitter.setSizes([260, 640])
        context = next(c for c in window.library.people.profile("kem-sokha").contexts if c.document.startswith("004"))
        window.open_passage(context.document, context.start, context.end)
        save(window, "people.png")

        document = library.documents.get("002_46b7dbb94abd75ab")
        for quote, color, note, tags in (
            ("Prey Sar Prison", "yellow", "Held here with six colleagues; **released on bail** 22 July 2014.",
             ["prison", "2014"]),
            ("charges of insurrection", "pink", "Check the court file number.", ["charges", "follow-up"]),
            ("Khemara (Khmer: ខេមរា)", "green", "First women's organization she founded.", ["organizations"]),
        ):
            start = document.text.index(quote)
            library.notes.annotate(document.info.id, start, start + len(quote), color, note, tags)
        window.notes_panel.reload()
        window.open_passage(document.info.id, document.text.index("Prey Sar Prison"),
                            document.text.index("Prey Sar Prison") + len("Prey Sar Prison"))
        window.focus_notes()
        save(window, "notes.png")

        window.actions_by_name["theme_sepia"].trigger()
        window.open_document("004_be89756c2a9d109d")
        save(window, "reading-sepia.png")
        window.actions_by_name["theme_light"].trigger()

        window.timeline_panel.filter_to("Mu Sochua")
        window.timeline_panel.lanes.setCurrentText("By document")
        window.focus_timeline()  # opens it from its strip
        window.search_dock.hide()  # room for the reader beside the open timeline
        window.resizeDocks([window.timeline_dock], [240], Qt.Orientation.Vertical)
        window.timeline_panel.select_event(
            next(e.id for e in window.timeline_panel.shown if "released" in e.title))
        save(window, "timeline.png")
        window.search_dock.show()

        pdf_screenshot(window, data_dir)
        window.close()
        manager = start_window_manager(data_dir)
        try:
            khmer_screenshots(data_dir, library)
        finally:
            if manager is not None:
                manager.terminate()
        library.close()


if __name__ == "__main__":
    main()
