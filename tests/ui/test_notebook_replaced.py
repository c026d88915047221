"""The window whose notebook another Ekasar deleted says so, and reports nothing as saved."""

import subprocess
import sys

from PySide6.QtWidgets import QMessageBox

from tests.conftest import ROOT

GFW = "002_46b7dbb94abd75ab"


def test_a_highlight_after_the_notebook_was_deleted_elsewhere_is_not_reported_saved(window, data_dir):
    window.open_document(GFW)
    view = window.reader.view
    view.setTextCursor(view.document().find("Prey Sar Prison"))
    window.highlight_selection("yellow")
    assert len(window.library.notes.listing()) == 1  # the control: saved while the notebook stands
    deleted = subprocess.run([sys.executable, "-m", "desktop", "delete-notes", "--confirm", "DELETE",
                              "--data-dir", str(data_dir)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert deleted.returncode == 0, deleted.stderr
    window.statusBar().clearMessage()
    view.setTextCursor(view.document().find("charges of insurrection"))
    window.highlight_selection("green")
    warning = window.findChild(QMessageBox, "noteNotSaved")
    assert warning is not None and "deleted or replaced" in warning.text()
    assert window.statusBar().currentMessage() != "Highlighted"
