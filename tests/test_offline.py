"""Ekasar never opens an internet socket, nor starts a process that could: start-up, reading,
searching, importing, annotating, exporting and exchanging notes, in the window and the CLI."""

import socket
import subprocess
import sys

import pytest

from desktop.services.library import Library


class Watch:
    active = False
    events: list[str] = []

    @classmethod
    def hook(cls, event: str, args: tuple) -> None:
        if not cls.active:
            return
        if event == "socket.__new__" and args and args[1] in (socket.AF_INET, socket.AF_INET6):
            cls.events.append(f"internet socket {args}")
        elif event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request"):
            cls.events.append(f"{event} {args!r}")
        elif event in ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn"):
            cls.events.append(f"{event} {args!r}")


sys.addaudithook(Watch.hook)


@pytest.fixture
def watched():
    Watch.events = []
    Watch.active = True
    yield Watch.events
    Watch.active = False


def test_no_network_and_no_processes_through_the_whole_workflow(watched, qtbot, archive_path, data_dir, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.app import create_application
    from desktop.export.bundle_import import read_bundle
    from desktop.export.exporter import export_notes
    from desktop.export.options import FORMATS
    from desktop.ui.main_window import MainWindow

    create_application()
    report = tmp_path / "report.html"
    report.write_text("<html><title>Report</title><img src='http://tracker.example/p.gif'>"
                      "<p>Hun Sen met villagers in Kampong Speu on 3 March 2023.</p></html>")
    library = Library(archive_path, data_dir)
    window = MainWindow(library, QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.open_document("002_46b7dbb94abd75ab")
    window.reader.set_original(True)
    window.reader.set_original(False)
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=5000):
        window.search_panel.field.setText("Prey Sar")
        window.search_panel.run_search()
    window.import_paths([report])
    library.notes.annotate_quote("002_46b7dbb94abd75ab", "Prey Sar Prison", note="held", tags=["t"])
    window.timeline_panel.ensure_loaded()
    window.open_profile("hun-sen")
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = None
    for fmt in FORMATS:
        result = export_notes(library.notes.listing(), library.documents.get, stick, fmt)
        bundle = result.folder if fmt == "bundle" else bundle
    library.notes.import_notes(read_bundle(bundle))
    window.close()
    library.close()
    assert watched == []


def test_the_watch_would_see_a_connection(watched):
    with pytest.raises(OSError):
        socket.create_connection(("192.0.2.1", 9), timeout=0.01)  # TEST-NET, never reachable
    assert watched  # the check is not blind


def test_the_watch_would_see_a_process(watched):
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    assert any("subprocess.Popen" in event for event in watched)
